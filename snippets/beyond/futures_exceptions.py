"""result() raises the worker's exception again; a process pool adds the
worker's traceback.
"""

import re
import traceback
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def divide(a, b):
    return a / b


def tail(text):
    """The last lines of a traceback: file paths cut to the base name, no quotes
    or ~~^~~ lines.
    """
    lines = [
        re.sub(r'File ".*[\\/]', 'File "', line)
        for line in text.strip().splitlines()
    ]
    return [line for line in lines if line.strip(' ~^"')][-3:]


if __name__ == "__main__":
    for executor_class in (ThreadPoolExecutor, ProcessPoolExecutor):
        with executor_class(max_workers=2) as executor:
            future = executor.submit(divide, 1, 0)
            print(
                f"{executor_class.__name__}: exception() ->",
                repr(future.exception()),
            )
            try:
                future.result()  # raises the same exception again
            except ZeroDivisionError as e:
                functions = [
                    frame.name
                    for frame in traceback.extract_tb(e.__traceback__)
                ]
                print("  'divide' in its own traceback?", "divide" in functions)
                print(
                    "  __cause__:",
                    type(e.__cause__).__name__ if e.__cause__ else None,
                )
                if e.__cause__:
                    for line in tail(str(e.__cause__)):
                        print("   |", line)

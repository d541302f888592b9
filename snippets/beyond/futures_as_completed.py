"""as_completed() yields each future as it finishes, whatever the order
of submission.
"""

import threading
from concurrent.futures import ThreadPoolExecutor, as_completed


def task(name, gate):
    gate.wait()  # held until the main thread opens this task's gate
    return name.upper()


if __name__ == "__main__":
    names = ["a", "b", "c"]
    gates = {name: threading.Event() for name in names}
    with ThreadPoolExecutor(max_workers=3) as executor:
        futures = {
            executor.submit(task, name, gates[name]): name for name in names
        }
        finished = as_completed(futures)
        for name in ["c", "a", "b"]:  # let the tasks finish in this order
            gates[name].set()
            future = next(finished)  # the only task that can finish now
            print(
                f"submitted as {futures[future]!r}, "
                f"finished with {future.result()!r}"
            )

"""apply_async()'s callback runs in the parent process, but in a helper thread,
not the main thread.
"""

import multiprocessing as mp
import os
import threading


def square(x):
    return x * x


if __name__ == "__main__":
    seen = {}

    def callback(result):
        seen.update(
            result=result, pid=os.getpid(), thread=threading.current_thread()
        )

    with mp.Pool(1) as pool:
        pool.apply_async(square, (7,), callback=callback).wait()
    print("callback got:", seen["result"])
    print("in the parent process:", seen["pid"] == os.getpid())
    print("in the main thread:", seen["thread"] is threading.main_thread())

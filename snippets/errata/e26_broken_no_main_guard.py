"""The notes' queue example in its shape: queue and processes at the top level,
no main guard (broken on purpose).
"""

import multiprocessing as mp

# spawn: the default on Windows and macOS (on Linux, forkserver from 3.14)
ctx = mp.get_context("spawn")
queue = ctx.Queue(3)


def write():
    for i in range(3):
        queue.put(i)


# A spawn child re-imports this file to find write(), runs these lines again,
# and fails.
writer = ctx.Process(target=write)
writer.start()
writer.join()
assert writer.exitcode == 0, (
    "the child re-ran the module's top level and failed"
)

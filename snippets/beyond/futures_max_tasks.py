"""max_tasks_per_child (Python 3.11+): a worker exits after that many tasks and
is replaced.
"""

import os
from concurrent.futures import ProcessPoolExecutor


def where():
    return os.getpid()


if __name__ == "__main__":
    # Without mp_context, max_tasks_per_child makes the pool use the spawn
    # start method.
    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=2) as executor:
        # One task at a time: with tasks queued up, a worker's exit can hang the
        # pool (gh-115634).
        pids = [executor.submit(where).result() for _ in range(4)]
    print(
        "tasks:", len(pids), "| worker processes that ran them:", len(set(pids))
    )
    print("tasks per worker:", [pids.count(pid) for pid in dict.fromkeys(pids)])

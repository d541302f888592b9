"""A recursive function that takes the same lock: a Lock deadlocks itself, an
RLock does not.
"""

import threading

# A tree as nested lists: a root with three children, one of which has a child.
TREE = [[], [[]], []]


def count_nodes(tree, lock):
    # Each call takes the lock, and so does each recursive call it makes. A real
    # program would call lock.acquire() with no timeout and hang for ever; the
    # timeout lets this demo report the deadlock instead.
    if not lock.acquire(timeout=0.1):
        raise TimeoutError(
            "waited for a lock that this same thread already holds"
        )
    try:
        return 1 + sum(count_nodes(child, lock) for child in tree)
    finally:
        lock.release()


for name, lock in [("Lock", threading.Lock()), ("RLock", threading.RLock())]:
    try:
        print(f"{name:5}: {count_nodes(TREE, lock)} nodes")
    except TimeoutError as e:
        print(f"{name:5}: TimeoutError, {e}")

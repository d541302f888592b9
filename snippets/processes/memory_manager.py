"""Manager: a server process holds the objects; other processes reach them
through proxies.
"""

import multiprocessing


def record(scores, name, points):
    # a message to the manager's process, not a local change
    scores[name] = points


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:  # starts the server process
        scores = manager.dict()
        print("type:", type(scores).__name__)
        children = [
            multiprocessing.Process(target=record, args=(scores, name, points))
            for name, points in (("ann", 3), ("bob", 5))
        ]
        for p in children:
            p.start()
        for p in children:
            p.join()
        print("scores:", dict(sorted(scores.items())))
    # leaving the with block shut the server process down
    print("after the with block:", multiprocessing.active_children())

"""A wrong answer to child-result: a plain list inside a Manager's dict. The
child changes a copy of the list it got from the proxy, and the change never
reaches the manager's process."""

from multiprocessing import Manager, Process

HALVES = [range(1, 51), range(51, 101)]


def add_up(numbers, shared):
    shared["sums"].append(sum(numbers))


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.dict(sums=[])
        children = [Process(target=add_up, args=(h, shared)) for h in HALVES]
        for child in children:
            child.start()
        for child in children:
            child.join()
        print("total:", sum(shared["sums"]))

"""A wrong answer to child-result: a list passed as an argument. Each child
appends to its own copy; the parent's list stays empty."""

from multiprocessing import Process

HALVES = [range(1, 51), range(51, 101)]


def add_up(numbers, sums):
    sums.append(sum(numbers))


if __name__ == "__main__":
    sums = []
    children = [Process(target=add_up, args=(h, sums)) for h in HALVES]
    for child in children:
        child.start()
    for child in children:
        child.join()
    print("total:", sum(sums))

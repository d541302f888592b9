"""A solution to child-result: each child puts its sum into a Queue, and the
parent gets one sum per child, then joins them."""

from multiprocessing import Process, Queue

HALVES = [range(1, 51), range(51, 101)]


def add_up(numbers, sums):
    sums.put(sum(numbers))  # pickled, sent to the parent through a pipe


if __name__ == "__main__":
    sums = Queue()
    children = [Process(target=add_up, args=(h, sums)) for h in HALVES]
    for child in children:
        child.start()
    total = sum(sums.get() for _ in children)  # get before join
    for child in children:
        child.join()
    print("total:", total)

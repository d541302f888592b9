"""Exercise child-result: two children each add up half of the numbers. Get
their sums back to the parent, which prints the total."""

from multiprocessing import Process

HALVES = [range(1, 51), range(51, 101)]
total = 0


def add_up(numbers):
    global total
    total += sum(numbers)  # changes this child's own total only


if __name__ == "__main__":
    children = [Process(target=add_up, args=(half,)) for half in HALVES]
    for child in children:
        child.start()
    for child in children:
        child.join()
    print("total:", total)

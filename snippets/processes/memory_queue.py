"""multiprocessing.Queue: the child puts results, the parent gets them."""

import multiprocessing


def square(numbers, results):
    for n in numbers:
        results.put(n * n)  # pickled and sent through a pipe to the parent


if __name__ == "__main__":
    results = multiprocessing.Queue()
    p = multiprocessing.Process(target=square, args=([1, 2, 3], results))
    p.start()
    # get before join
    print("from the queue:", [results.get() for _ in range(3)])
    p.join()

"""Define the task at the top level of the module: the workers of every start
method can then find it.
"""

import multiprocessing as mp


def double(x):
    return 2 * x


if __name__ == "__main__":
    answers = set()
    for method in ("fork", "spawn", "forkserver"):
        if method in mp.get_all_start_methods():
            with mp.get_context(method).Pool(1) as pool:
                answers.add(pool.apply(double, (21,)))
    print("every start method available here returned:", answers)

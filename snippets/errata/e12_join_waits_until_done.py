"""join() blocks until the child has finished ("until", not "guide"); after it,
the exit code is known.
"""

import multiprocessing as mp


def work(done):
    done.value = 1


if __name__ == "__main__":
    done = mp.Value("i", 0)
    child = mp.Process(target=work, args=(done,))
    child.start()
    child.join()
    print(
        "after join(): alive:",
        child.is_alive(),
        "| work done:",
        done.value == 1,
        "| exit code:",
        child.exitcode,
    )

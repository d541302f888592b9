"""Two processes print at once: how their lines mix changes from run to run."""

import time
from multiprocessing import Barrier, Process


def count(name, start):
    start.wait()  # both processes set off together
    for i in range(1, 4):
        print(f"{name} {i}", flush=True)
        time.sleep(0.001)  # a pause, in which the other process may print


if __name__ == "__main__":
    start = Barrier(2)
    child = Process(target=count, args=("child ", start))
    child.start()
    count("parent", start)
    child.join()

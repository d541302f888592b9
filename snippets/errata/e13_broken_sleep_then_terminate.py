"""The notes' pattern: sleep(0.1), then terminate(), hoping the child has got
going (broken on purpose).
"""

import multiprocessing as mp
import time


def child(lines, start_up):
    # stands for a start-up slower than 0.1 s: spawn, a busy machine
    start_up.wait()
    lines.value += 1  # the child's first line of output


if __name__ == "__main__":
    lines = mp.Value("i", 0)
    start_up = mp.Event()  # never set: this forces the unlucky order
    p = mp.Process(target=child, args=(lines, start_up))
    p.start()
    time.sleep(0.1)  # the notes' guess at how long the child needs
    p.terminate()
    p.join()
    assert lines.value > 0, "terminated before the child did anything"

"""Subclassing Process: put the child's work in run(), and call
super().__init__() first.
"""

import multiprocessing


class Countdown(multiprocessing.Process):
    def __init__(self, start_at):
        # sets up the Process machinery: always call it first
        super().__init__()
        # must be picklable: spawn and forkserver pickle the object
        self.start_at = start_at

    # runs in the child; start() calls it there, never call it yourself
    def run(self):
        # in the child, current_process() is this object; in a direct call,
        # run() would find MainProcess
        me = multiprocessing.current_process().name
        print(f"child ({me}):", *range(self.start_at, 0, -1), "lift-off")


class Forgetful(multiprocessing.Process):
    def __init__(self, start_at):
        self.start_at = start_at  # super().__init__() is missing

    def run(self):
        print("never runs")


if __name__ == "__main__":
    p = Countdown(3)
    p.start()
    p.join()
    print("parent: exitcode =", p.exitcode)

    try:
        Forgetful(3).start()
    except AttributeError as e:
        print("parent: Forgetful(3).start() raised", type(e).__name__)

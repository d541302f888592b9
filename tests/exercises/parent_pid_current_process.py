"""A wrong answer to parent-pid: current_process() in the child is the child
itself, not the process that asked for it."""

import multiprocessing
import os


def report(conn):
    asked_by = multiprocessing.current_process().pid
    conn.send((os.getppid(), asked_by))
    conn.close()


if __name__ == "__main__":
    ctx = multiprocessing.get_context("forkserver")
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=report, args=(sender,))
    child.start()
    os_parent, asked_by = receiver.recv()
    child.join()
    print("the child's OS parent is me:    ", os_parent == os.getpid())
    print("the child was started by me:    ", asked_by == os.getpid())

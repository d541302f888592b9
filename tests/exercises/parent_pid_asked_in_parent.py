"""A wrong answer to parent-pid: parent_process() called in the parent. The
main process has no parent process of its own: it returns None."""

import multiprocessing
import os


def report(conn):
    conn.send(os.getppid())
    conn.close()


if __name__ == "__main__":
    ctx = multiprocessing.get_context("forkserver")
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=report, args=(sender,))
    child.start()
    os_parent = receiver.recv()
    child.join()
    asked_by = multiprocessing.parent_process().pid
    print("the child's OS parent is me:    ", os_parent == os.getpid())
    print("the child was started by me:    ", asked_by == os.getpid())

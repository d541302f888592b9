"""Exercise parent-pid: under forkserver (Linux's default from Python 3.14),
find out which Python process asked for the child."""

import multiprocessing
import os


def report(conn):
    conn.send(os.getppid())  # the child's parent, as the OS sees it
    conn.close()


if __name__ == "__main__":
    ctx = multiprocessing.get_context("forkserver")  # keep this
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=report, args=(sender,))
    child.start()
    os_parent = receiver.recv()
    child.join()
    print("the child's OS parent is me:    ", os_parent == os.getpid())
    # Wrong: the OS parent is the fork server. Have the child send the pid
    # of the process that asked for it, and compare that one here.
    print("the child was started by me:    ", os_parent == os.getpid())

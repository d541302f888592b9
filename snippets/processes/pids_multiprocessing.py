"""A child started with multiprocessing: Process.pid is its pid, and its parent
is us.
"""

import multiprocessing
import os


def report(conn):
    conn.send((os.getpid(), os.getppid()))  # the child's own view of its ids
    conn.close()


if __name__ == "__main__":
    # with spawn, we start the child ourselves
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    p = ctx.Process(target=report, args=(sender,))
    p.start()
    child_pid, child_ppid = receiver.recv()
    p.join()

    print("child's getpid() == p.pid:         ", child_pid == p.pid)
    print("child's getppid() == my getpid():  ", child_ppid == os.getpid())

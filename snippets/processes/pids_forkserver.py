"""With the forkserver start method, a child's operating-system parent is the
fork server.
"""

import multiprocessing
import os


def report(conn):
    # The OS parent, and the Python process that asked for this child.
    conn.send((os.getppid(), multiprocessing.parent_process().pid))
    conn.close()


if __name__ == "__main__":
    ctx = multiprocessing.get_context("forkserver")
    answers = []
    for _ in range(2):
        receiver, sender = ctx.Pipe(duplex=False)
        p = ctx.Process(target=report, args=(sender,))
        p.start()
        answers.append(receiver.recv())
        p.join()
    (ppid1, logical1), (ppid2, _) = answers

    print("child's getppid() == my getpid():           ", ppid1 == os.getpid())
    print("both children have the same OS parent:      ", ppid1 == ppid2)
    print(
        "child's parent_process().pid == my getpid():", logical1 == os.getpid()
    )

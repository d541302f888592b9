"""A process that has put items on a queue cannot exit until they are in
the pipe.
"""

import multiprocessing


def produce(q):
    # far more than a pipe holds by default: the feeder thread blocks
    q.put("x" * 1_000_000)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=produce, args=(q,))
    p.start()
    p.join(timeout=0.5)  # a plain p.join() here would wait forever: a deadlock
    print("after join(0.5): child alive?", p.is_alive())
    # reading empties the pipe, so the child's feeder thread can finish
    data = q.get()
    p.join()
    print(
        "after get()    : got", len(data), "characters; exitcode =", p.exitcode
    )

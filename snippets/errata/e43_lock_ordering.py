"""Two threads that take two locks in opposite orders deadlock; in one agreed
order they cannot.
"""

import threading

a, b = threading.Lock(), threading.Lock()


def opposite_orders():
    holding = threading.Barrier(2)
    got = {}

    def worker(name, first, second):
        with first:
            holding.wait()  # each thread now holds one lock and wants the other
            # without a timeout: wait for ever
            got[name] = second.acquire(timeout=0.2)
            holding.wait()  # neither lets go before both have tried
            if got[name]:
                second.release()

    threads = [
        threading.Thread(target=worker, args=("t1", a, b)),
        threading.Thread(target=worker, args=("t2", b, a)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return dict(sorted(got.items()))


def same_order():
    def worker():
        for _ in range(1000):
            with a, b:  # every thread: a first, then b
                pass

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return "both finished"


print("opposite orders, second lock acquired:", opposite_orders())
print("same order:", same_order())

"""A deadlock shown without hanging: two transfers take two locks in
opposite order.
"""

import threading

TIMEOUT = 0.2  # how long each thread waits for its second lock before giving up


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


alice, bob = Account("alice", 100), Account("bob", 100)
# The barriers stand in for bad luck: they force the worst interleaving on
# every run.
both_hold_one = threading.Barrier(2)
both_have_tried = threading.Barrier(2)
report = {}


def transfer(source, target, amount):
    with source.lock:  # first lock: the account money leaves
        both_hold_one.wait()  # now each thread holds one lock ...
        # ... and wants the other's
        got_it = target.lock.acquire(timeout=TIMEOUT)
        both_have_tried.wait()  # nobody lets go before both have given up
        if not got_it:
            report[source.name] = (
                f"holds {source.name}, gave up waiting for {target.name}"
            )
            return
        try:
            source.balance -= amount
            target.balance += amount
            report[source.name] = f"moved {amount} to {target.name}"
        finally:
            target.lock.release()


threads = [
    threading.Thread(target=transfer, args=(alice, bob, 10)),
    threading.Thread(target=transfer, args=(bob, alice, 20)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(report):
    print(f"{name:5} -> {report[name]}")
print(f"balances: alice {alice.balance}, bob {bob.balance}")

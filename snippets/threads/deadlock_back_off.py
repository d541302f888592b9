"""Recovering from a deadlock by backing off: on a timeout, release the held
lock, pause for a random while and try again.
"""

import random
import threading
import time

TIMEOUT = 0.05  # how long to wait for the second lock


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


alice, bob = Account("alice", 100), Account("bob", 100)
both_hold_one = threading.Barrier(2)
both_have_tried = threading.Barrier(2)
report = {}


def transfer(source, target, amount):
    attempt = 0
    while True:
        attempt += 1
        with source.lock:
            if attempt == 1:
                # force a deadlock on the first attempt, as before
                both_hold_one.wait()
            got_it = target.lock.acquire(timeout=TIMEOUT)
            if attempt == 1:
                both_have_tried.wait()
            if got_it:
                try:
                    source.balance -= amount
                    target.balance += amount
                finally:
                    target.lock.release()
                report[source.name] = (
                    f"moved {amount} to {target.name}, "
                    f"first attempt failed: {attempt > 1}"
                )
                return
        # Recover: the with block has released source.lock. Wait a random while,
        # so that the two threads do not retry in step, then try again.
        time.sleep(random.uniform(0, 0.05))


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

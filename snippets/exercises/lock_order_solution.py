"""A solution to lock-order: every thread takes the two locks in one
global order, by account number."""

import threading

TIMEOUT = 0.2  # waiting this long for the second lock means a deadlock


class Account:
    def __init__(self, number, name, balance):
        self.number = number  # every account has its own number
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


alice, bob = Account(1, "alice", 100), Account(2, "bob", 100)
both_hold_one = threading.Barrier(2)
report = {}


def bad_luck():
    """Wait (at most 0.2 s) for the other thread to hold a lock too: the
    worst moment for both to ask for their second lock. Leave it as it is."""
    try:
        both_hold_one.wait(timeout=0.2)
    except threading.BrokenBarrierError:
        pass  # the other thread could not take a lock: no bad luck


def transfer(source, target, amount):
    # One order for every thread: the lower account number first.
    first, second = sorted((source, target), key=lambda a: a.number)
    with first.lock:
        bad_luck()
        if not second.lock.acquire(timeout=TIMEOUT):
            report[source.name] = "gave up: deadlock"
            return
        try:
            source.balance -= amount
            target.balance += amount
            report[source.name] = f"moved {amount} to {target.name}"
        finally:
            second.lock.release()


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
print("deadlock avoided?", "gave up: deadlock" not in report.values())
print(f"balances: alice {alice.balance}, bob {bob.balance}")

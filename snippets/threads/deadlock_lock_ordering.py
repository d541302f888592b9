"""Preventing a deadlock: every transfer locks the two accounts in one
global order.
"""

import threading

ROUNDS = 1000


class Account:
    def __init__(self, number, name, balance):
        # the global order: always lock the lower number first
        self.number = number
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


alice, bob = Account(1, "alice", 5000), Account(2, "bob", 5000)
start_together = threading.Barrier(2)


def transfer(source, target, amount):
    first, second = sorted((source, target), key=lambda account: account.number)
    # same order in every thread: no cycle is possible
    with first.lock, second.lock:
        source.balance -= amount
        target.balance += amount


def worker(source, target, amount):
    start_together.wait()
    for _ in range(ROUNDS):
        transfer(source, target, amount)


threads = [
    threading.Thread(target=worker, args=(alice, bob, 2)),
    threading.Thread(target=worker, args=(bob, alice, 1)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"{2 * ROUNDS} transfers done, none stuck")
print(f"balances: alice {alice.balance}, bob {bob.balance}")

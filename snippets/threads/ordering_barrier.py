"""A Barrier ends each round only when every thread has finished its step
in it.
"""

import threading

NAMES = "ABC"
ROUNDS = 2
row = [None] * len(NAMES)  # this round's results, one slot per thread
said = []


def end_of_round():
    # A Barrier runs its action once per round, after every thread has arrived.
    said.extend(row)


round_done = threading.Barrier(len(NAMES), action=end_of_round)


def worker(i):
    for _ in range(ROUNDS):
        row[i] = NAMES[i]  # within a round, the threads run in any order
        # nobody starts the next round until all have finished this one
        round_done.wait()


threads = [
    threading.Thread(target=worker, args=(i,)) for i in range(len(NAMES))
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(" ".join(said))

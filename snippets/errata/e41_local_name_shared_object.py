"""A local variable is private to its call, but the object it names may be
shared by threads.
"""

import threading

shared = []


def work(name, items):
    mine = items  # a local name...
    mine.append(name)  # ...for the one list every thread was given


threads = [
    threading.Thread(target=work, args=(name, shared)) for name in ("a", "b")
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("the list after both threads:", sorted(shared))

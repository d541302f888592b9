"""Each thread has its own stack: two threads in one function, each with its
own locals.
"""

import threading

# lets each thread go on only when both are inside count()
both_inside = threading.Barrier(2)
totals = {}


def count(name, times):
    total = 0  # a local variable, in this thread's own frame of count()
    for _ in range(times):
        total += 1
    both_inside.wait()  # both threads are now inside count() at the same time
    totals[name] = total


a = threading.Thread(target=count, args=("a", 3))
b = threading.Thread(target=count, args=("b", 5))
a.start()
b.start()
a.join()
b.join()
print("a counted", totals["a"], "and b counted", totals["b"])

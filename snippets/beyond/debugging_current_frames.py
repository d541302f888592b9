"""Where is each thread of this process stuck?

Asked from inside: sys._current_frames() and threading.enumerate().
"""

import sys
import threading
import time
import traceback

a, b = threading.Lock(), threading.Lock()
both_hold_one = threading.Barrier(2)


def transfer(first, second):
    with first:
        both_hold_one.wait()  # each thread now holds one lock...
        with second:  # ...and waits for the other's: a deadlock
            pass


def where(thread):
    """The innermost frame of this file in the thread's stack.

    As text: function, line number and code.
    """
    stack = traceback.extract_stack(sys._current_frames()[thread.ident])
    frame = [f for f in stack if f.filename == __file__][-1]
    code = frame.line.split("#")[0].strip()
    return f"{frame.name}(), line {frame.lineno}: {code}"


threading.Thread(
    target=transfer, args=(a, b), name="a-then-b", daemon=True
).start()
threading.Thread(
    target=transfer, args=(b, a), name="b-then-a", daemon=True
).start()
while any("with second" not in where(t) for t in threading.enumerate()[1:]):
    time.sleep(0.01)  # wait until both threads are stuck at `with second`

for thread in threading.enumerate():
    if thread is threading.current_thread():
        print(f"{thread.name:10} this thread, printing the report")
    else:
        print(f"{thread.name:10} {where(thread)}")

"""What Linux reports for a running thread and for a blocked one. Linux only:
reads /proc.
"""

import threading
import time


def kernel_state(thread):
    # The third field of /proc/<pid>/task/<tid>/stat is the task's state letter.
    with open(f"/proc/self/task/{thread.native_id}/stat") as f:
        stat = f.read()
    # the name in parentheses may contain spaces
    return stat[stat.rindex(")") + 2]


go = threading.Event()
walker = threading.Thread(target=go.wait)  # blocks in go.wait() until go is set
walker.start()

# The main thread is running while it reads its own state.
print(
    "main thread, reading its own state:",
    kernel_state(threading.current_thread()),
)

# The walker reaches go.wait() very soon after start(); look until the kernel
# shows it asleep.
deadline = time.monotonic() + 5
while kernel_state(walker) != "S":
    if time.monotonic() > deadline:
        raise SystemExit("the walker never blocked")
    time.sleep(0.001)
print("walker, blocked in go.wait():", kernel_state(walker))

go.set()
walker.join()

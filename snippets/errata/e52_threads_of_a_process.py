"""The threads the notes mean are the threads of a process: one pid for all, a
kernel id each.
"""

import os
import threading

seen = {}
# no thread ends before the others have started
all_alive = threading.Barrier(3)


def work(name):
    seen[name] = (os.getpid(), threading.get_native_id())
    all_alive.wait()


threads = [threading.Thread(target=work, args=(f"T{i}",)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
pids = {pid for pid, _ in seen.values()}
native_ids = {native for _, native in seen.values()}
assert pids == {os.getpid()} and len(native_ids) == len(threads)
print("threads:", len(seen), "| processes they run in:", len(pids))
print("the process is this one:", pids == {os.getpid()})
print("kernel ids, one per thread:", len(native_ids))

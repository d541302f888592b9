"""threading.local(): one object, and each thread sees its own attributes
on it.
"""

import threading

# one object; each thread sees its own attributes on it
context = threading.local()
both_have_written = threading.Barrier(2)
read_back = {}


def handle(user):
    context.user = user  # same object, same attribute name, in both threads
    both_have_written.wait()  # neither reads until both have written
    read_back[user] = context.user


threads = [
    threading.Thread(target=handle, args=(user,)) for user in ("alice", "bob")
]
for t in threads:
    t.start()
for t in threads:
    t.join()

for user in sorted(read_back):
    print(f"the thread that wrote {user!r} reads back {read_back[user]!r}")
print("the main thread sees a user:", hasattr(context, "user"))

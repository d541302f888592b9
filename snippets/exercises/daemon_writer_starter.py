"""Exercise daemon-writer: a writer thread saves what the main thread hands
it, then closes its file; make the program end only after both."""

import queue
import threading

records = queue.Queue()


def writer():
    try:
        while True:
            record = records.get()
            print(f"writer: saved {record}")
    finally:
        print("writer: file closed")  # the clean-up that must happen


# daemon=True, or else the writer, waiting in get() for ever, would keep the
# program from ending
threading.Thread(target=writer, daemon=True).start()
for record in ("a", "b", "c"):
    records.put(record)
print("main: done")

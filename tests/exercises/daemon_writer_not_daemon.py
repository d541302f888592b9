"""Wrong answer to daemon-writer: daemon=False alone; the writer waits in get() for ever, and the interpreter waits for it."""

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


threading.Thread(target=writer, daemon=False).start()
for record in ("a", "b", "c"):
    records.put(record)
print("main: done")

"""Wrong answer to daemon-writer: records.join() waits until every record is saved, but the writer is still a daemon thread, abandoned at exit: its finally never runs."""

import queue
import threading

records = queue.Queue()


def writer():
    try:
        while True:
            record = records.get()
            print(f"writer: saved {record}")
            records.task_done()
    finally:
        print("writer: file closed")  # the clean-up that must happen


threading.Thread(target=writer, daemon=True).start()
for record in ("a", "b", "c"):
    records.put(record)
records.join()
print("main: done")

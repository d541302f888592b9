"""A solution to daemon-writer: a non-daemon writer that a sentinel stops,
and the main thread joins it: every record is saved and the file closed."""

import queue
import threading

DONE = object()  # the sentinel: no record is `is`-identical to it
records = queue.Queue()


def writer():
    try:
        while True:
            record = records.get()
            if record is DONE:  # nothing more will come: return
                return
            print(f"writer: saved {record}")
    finally:
        print("writer: file closed")  # the clean-up that must happen


saver = threading.Thread(target=writer)  # not a daemon: it ends by itself
saver.start()
for record in ("a", "b", "c"):
    records.put(record)
records.put(DONE)
saver.join()  # the writer has saved everything and closed its file
print("main: done")

"""Another thread may release a Lock, but not an RLock: that
raises RuntimeError.
"""

import threading


def release(lock, results, name):
    try:
        lock.release()
        results[name] = "released by another thread"
    except RuntimeError:
        results[name] = (
            "RuntimeError: only the thread that holds it may release it"
        )


results = {}
for name, lock in [("Lock ", threading.Lock()), ("RLock", threading.RLock())]:
    lock.acquire()  # the main thread takes it ...
    helper = threading.Thread(target=release, args=(lock, results, name))
    helper.start()  # ... and another thread tries to release it
    helper.join()
    print(f"{name}: {results[name]}")

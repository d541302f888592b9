"""enumerate(), active_count(), current_thread(), main_thread(), ident
and native_id.
"""

import threading


def names():
    return sorted(t.name for t in threading.enumerate())


release = threading.Event()
recorded = threading.Event()
seen = {}


def work():
    # Any thread may call these functions, not only the main thread.
    seen["names"] = names()
    seen["is main"] = threading.current_thread() is threading.main_thread()
    seen["ident"] = threading.get_ident()
    seen["native id"] = threading.get_native_id()
    recorded.set()
    release.wait()


finished = threading.Thread(target=lambda: None, name="finished")
finished.start()
finished.join()
helper = threading.Thread(target=release.wait, name="helper", daemon=True)
worker = threading.Thread(target=work, name="worker")
# helper and worker not started, finished has ended
print("before start:  ", names())

helper.start()
worker.start()
recorded.wait()
print("while running: ", names(), "active_count() =", threading.active_count())
print("seen by worker:", seen["names"])
in_main = threading.current_thread() is threading.main_thread()
print(
    "current_thread() is main_thread(): in main",
    in_main,
    "/ in worker",
    seen["is main"],
)
print("worker.ident == get_ident() in worker:", worker.ident == seen["ident"])
print(
    "worker.native_id == get_native_id() in worker:",
    worker.native_id == seen["native id"],
)
print(
    "worker's ident differs from main's:", worker.ident != threading.get_ident()
)

release.set()
worker.join()
helper.join()
print("after join:    ", names())

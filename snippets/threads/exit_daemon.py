"""A daemon thread blocked forever does not keep the process alive."""

import threading

never = threading.Event()  # nobody ever sets it
waiting = threading.Event()


def wait_forever():
    try:
        print("daemon: waiting for an event that never comes")
        waiting.set()
        never.wait()
    finally:
        # never printed: the thread is simply abandoned
        print("daemon: finally")


threading.Thread(target=wait_forever, daemon=True).start()
waiting.wait()
print("main: last line of the script")

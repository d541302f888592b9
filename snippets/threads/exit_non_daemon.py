"""The main thread's code ends, but the interpreter waits for
non-daemon threads.
"""

import atexit
import threading

main_done = threading.Event()


def work():
    main_done.wait()  # go on only once the main thread has run its last line
    print("worker: still running after the main thread's last line")


atexit.register(
    print, "atexit: handlers run once the non-daemon threads have finished"
)
threading.Thread(target=work).start()  # not joined anywhere in this script
print("main: last line of the script")
main_done.set()

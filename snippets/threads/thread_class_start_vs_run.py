"""start() runs run() in a new thread; calling run() yourself is an
ordinary call.
"""

import threading


def where():
    print("running in", threading.current_thread().name)


# no new thread: runs right here
threading.Thread(target=where, name="worker-1").run()

worker = threading.Thread(target=where, name="worker-2")
worker.start()  # a new thread calls run()
worker.join()

"""threading.enumerate() is a function any thread can call; it lists only the
threads alive right now.
"""

import threading

seen = []
finished = threading.Thread(target=lambda: None, name="finished")
finished.start()
finished.join()

looker = threading.Thread(
    target=lambda: seen.extend(t.name for t in threading.enumerate()),
    name="looker",
)
looker.start()
looker.join()
print("threading.enumerate() called in 'looker':", seen)

"""A thread blocked in os.read() has let go of the GIL: the main thread runs
Python meanwhile.
"""

import os
import threading

r, w = os.pipe()
received = []
reader = threading.Thread(target=lambda: received.append(os.read(r, 100)))
reader.start()
# Python code, almost always while the reader already waits in os.read()
total = sum(i * i for i in range(100_000))
# had the reader kept the GIL while waiting, the main thread could not get here
os.write(w, b"hello")
reader.join()
print("main thread computed:", total)
print("reader thread received:", received[0])

"""put() appends the object to a buffer inside this process; a feeder thread
then pickles it and writes it to a pipe.
"""

import multiprocessing as mp
import threading

if __name__ == "__main__":
    q = mp.Queue()
    print("threads before put():", [t.name for t in threading.enumerate()])
    q.put({"answer": 42})
    print("threads after put(): ", [t.name for t in threading.enumerate()])
    print("get():", q.get())
    q.close()
    q.join_thread()

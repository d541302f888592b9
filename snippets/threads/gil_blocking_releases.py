"""A thread blocked in I/O lets another thread run Python code."""

import socket
import threading

left, right = socket.socketpair()  # two connected sockets, no network involved
waiting = threading.Event()


def reader():
    print("reader: waiting in recv()")
    waiting.set()
    data = left.recv(100)  # blocks until main writes to the other end
    print("reader: got", data)


t = threading.Thread(target=reader)
t.start()
waiting.wait()

# The reader almost always sits in recv() by now (nothing here waits for
# that), while this thread runs plain Python code.
# If recv() kept the GIL, the loop could never run and the program would hang.
total = sum(i * i for i in range(100_000))
print("main: computed", total, "while the reader was blocked")
right.sendall(b"hello")

t.join()
left.close()
right.close()

"""shared_memory.SharedMemory: a named block of bytes that any process can
attach to.
"""

import multiprocessing
from multiprocessing import shared_memory


def shout(name):
    # attach to the existing block
    block = shared_memory.SharedMemory(name=name)
    block.buf[:5] = bytes(block.buf[:5]).upper()  # change it in place
    block.close()  # detach; the block itself stays


if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=5)
    try:
        block.buf[:5] = b"hello"
        p = multiprocessing.Process(target=shout, args=(block.name,))
        p.start()
        p.join()
        print("parent reads:", bytes(block.buf[:5]))
    finally:
        block.close()  # every process closes its own view...
        block.unlink()  # ...and one process, once, frees the block

"""What crosses between interpreters.

A few types are shared, other objects are copied (pickled).
"""

try:
    from concurrent import interpreters  # new in Python 3.14
except ImportError:
    interpreters = None


def main():
    queue = interpreters.create_queue()
    samples = [None, True, 42, 1.5, "text", b"bytes", (1, "a")]
    samples += [[1, 2], {"a": 1}]
    samples += [memoryview(bytearray(4)), queue]
    for obj in samples:
        shareable = interpreters.is_shareable(obj)
        print(f"{type(obj).__name__:10} shareable? {shareable}")

    interp = interpreters.create()
    buffer = bytearray(4)
    interp.prepare_main(view=memoryview(buffer), queue=queue)  # both shareable
    interp.exec("view[0] = 255\nqueue.put(('wrote', view[0]))")
    print("from the queue:", queue.get(), "| buffer here:", list(buffer))

    items = [1, 2, 3]
    # items goes over as a pickled copy: the copy gets the 4
    interp.call(list.append, items, 4)
    print("items here after the other interpreter appended 4:", items)
    interp.close()


if __name__ == "__main__":
    if interpreters is None:
        print("concurrent.interpreters needs Python 3.14 or newer")
    else:
        main()

"""What crosses between interpreters: a few types are shared, most objects are copied (pickled)."""

try:
    from concurrent import interpreters  # new in Python 3.14
except ImportError:
    interpreters = None


def main():
    queue = interpreters.create_queue()
    samples = [None, True, 42, 1.5, "text", b"bytes", (1, "a"), [1, 2], {"a": 1}]
    samples += [memoryview(bytearray(4)), queue]
    for obj in samples:
        print(f"{type(obj).__name__:10} shareable? {interpreters.is_shareable(obj)}")

    buffer = bytearray(4)
    items = [1, 2, 3]
    interp = interpreters.create()
    interp.prepare_main(view=memoryview(buffer), items=items)  # the view is shared, items copied
    interp.exec("view[0] = 255\nitems.append(4)")
    print("buffer after the other interpreter wrote to it:", list(buffer))
    print("items after the other interpreter appended:   ", items)

    interp.prepare_main(queue=queue)
    interp.exec("queue.put(('done', len(items)))")  # a tuple of shareable objects
    print("from the queue:", queue.get())
    interp.close()


if __name__ == "__main__":
    if interpreters is None:
        print("concurrent.interpreters needs Python 3.14 or newer")
    else:
        main()

"""At exit, multiprocessing joins non-daemon children and terminates
daemon ones.
"""

import multiprocessing


def patient(started, parent_done):
    # Tell the parent this child holds its Events. Under spawn and forkserver
    # the parent removes their semaphores early in its exit, so a child still
    # unpickling them then would fail.
    started.set()
    parent_done.wait()  # go on only once the parent has run its last line
    print("non-daemon child: the parent's code has ended, and I still finish")


def wait_forever(ready, never):
    try:
        print("daemon child: waiting for an event that never comes", flush=True)
        ready.set()
        never.wait()
    finally:
        # never printed: terminate() ends the process
        print("daemon child: finally")


if __name__ == "__main__":
    started = multiprocessing.Event()
    parent_done = multiprocessing.Event()
    ready = multiprocessing.Event()
    never = multiprocessing.Event()  # nobody ever sets it
    multiprocessing.Process(target=patient, args=(started, parent_done)).start()
    multiprocessing.Process(
        target=wait_forever, args=(ready, never), daemon=True
    ).start()
    started.wait()
    ready.wait()
    print("parent: last line of the script", flush=True)  # no join() anywhere
    parent_done.set()

"""Process.interrupt() (Python 3.14+) sends SIGINT to the child.

There it is a KeyboardInterrupt, which the child can handle.
"""

import multiprocessing


def child(ready, never):
    try:
        ready.set()
        never.wait()
    except KeyboardInterrupt:
        print("child: KeyboardInterrupt, cleaning up", flush=True)
        # returning normally: exit code 0 (left uncaught, it prints a
        # traceback, exit code 1)


def main():
    ready, never = multiprocessing.Event(), multiprocessing.Event()
    p = multiprocessing.Process(target=child, args=(ready, never))
    p.start()
    ready.wait()
    p.interrupt()  # POSIX: SIGINT to the child
    p.join()
    print("exitcode:", p.exitcode)


if __name__ == "__main__":
    if hasattr(multiprocessing.Process, "interrupt"):
        main()
    else:
        print("Process.interrupt() needs Python 3.14 or newer")

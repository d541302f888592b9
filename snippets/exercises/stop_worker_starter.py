"""Exercise stop-worker: stop the worker in a way that lets it clean up."""

from multiprocessing import Event, Process


def work(started, stop):
    try:
        print("worker: started", flush=True)
        started.set()
        stop.wait()  # its work would go here, until it is asked to stop
    finally:
        print("worker: cleaned up", flush=True)


if __name__ == "__main__":
    started, stop = Event(), Event()
    worker = Process(target=work, args=(started, stop))
    worker.start()
    started.wait()  # now it is surely running
    # terminate() ends it there and then: its finally clause never runs.
    # Ask it to stop instead, then wait for it.
    worker.terminate()
    worker.join()
    print("exit code:", worker.exitcode)

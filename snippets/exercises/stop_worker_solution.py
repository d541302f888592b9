"""A solution to stop-worker: an Event asks the worker to stop, so it ends
by itself, through its finally clause, and join() waits for that."""

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
    stop.set()  # a request: the worker stops when it sees it
    worker.join()  # until it has cleaned up and ended
    print("exit code:", worker.exitcode)

"""A wrong answer to stop-worker: a daemon, not joined. It is still running
when the parent prints, and at the parent's exit multiprocessing terminates
it: no clean-up either."""

from multiprocessing import Event, Process


def work(started, stop):
    try:
        print("worker: started", flush=True)
        started.set()
        stop.wait()
    finally:
        print("worker: cleaned up", flush=True)


if __name__ == "__main__":
    started, stop = Event(), Event()
    worker = Process(target=work, args=(started, stop), daemon=True)
    worker.start()
    started.wait()
    print("exit code:", worker.exitcode)

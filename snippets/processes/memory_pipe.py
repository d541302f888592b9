"""multiprocessing.Pipe: two connected ends, one for each process."""

import multiprocessing


def double(conn):
    while (n := conn.recv()) is not None:  # None means "no more work"
        conn.send(n * 2)
    conn.close()


if __name__ == "__main__":
    # duplex: both ends can send and receive
    mine, theirs = multiprocessing.Pipe()
    p = multiprocessing.Process(target=double, args=(theirs,))
    p.start()
    for n in (1, 2, 3):
        mine.send(n)
        print(n, "->", mine.recv())
    mine.send(None)
    p.join()

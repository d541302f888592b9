"""Value and Array live in shared memory; += on a Value needs its lock."""

import multiprocessing


def work(index, total, slots):
    for _ in range(1000):
        # += reads, then writes: without the lock, updates get lost
        with total.get_lock():
            total.value += 1
    slots[index] = index * 10  # each child writes only its own slot


if __name__ == "__main__":
    total = multiprocessing.Value("i", 0)  # "i": a C int
    slots = multiprocessing.Array("i", 3)  # three C ints, all 0
    children = [
        multiprocessing.Process(target=work, args=(i, total, slots))
        for i in range(3)
    ]
    for p in children:
        p.start()
    for p in children:
        p.join()
    print("total:", total.value)
    print("slots:", slots[:])

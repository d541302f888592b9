"""Wrong answer to queue-sentinel: an object() sentinel is pickled on its way through the queue, and the copy is never `is` DONE."""

from multiprocessing import Process, Queue

DONE = object()


def produce(q):
    for word in "a sentinel marks the end".split():
        q.put(word)
    q.put(DONE)  # after the last word: no more will come


def consume(q):
    words = []
    while (word := q.get()) is not DONE:  # blocks until the next item
        words.append(word)
    print("consumer got:", " ".join(words))


if __name__ == "__main__":
    q = Queue()
    producer = Process(target=produce, args=(q,))
    consumer = Process(target=consume, args=(q,))
    producer.start()
    consumer.start()
    producer.join()
    consumer.join()
    print("exit codes:", producer.exitcode, consumer.exitcode)

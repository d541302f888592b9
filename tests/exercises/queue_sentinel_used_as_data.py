"""Wrong answer to queue-sentinel: the consumer uses the sentinel as a word before it checks for it, and fails."""

from multiprocessing import Process, Queue

DONE = None


def produce(q):
    for word in "a sentinel marks the end".split():
        q.put(word)
    q.put(DONE)  # after the last word: no more will come


def consume(q):
    words = []
    while True:
        word = q.get()
        words.append(word)
        if word is DONE:
            break
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

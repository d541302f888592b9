"""Exercise queue-sentinel: the consumer process must take every word the
producer puts, however many there are, and then stop."""

from multiprocessing import Process, Queue


def produce(q):
    for word in "a sentinel marks the end".split():
        q.put(word)
    # Nothing tells the consumer that this was the last word.


def consume(q):
    words = []
    for _ in range(3):  # a guess: the consumer cannot know how many will come
        words.append(q.get())
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

"""Creating a thread by subclassing Thread: override run(), call
super().__init__() first.
"""

import threading


class SquareSum(threading.Thread):
    def __init__(self, numbers):
        # sets up the thread; must come first
        super().__init__(name="square-sum")
        self.numbers = numbers
        self.result = None

    def run(self):  # start() runs this in the new thread
        self.result = sum(n * n for n in self.numbers)


worker = SquareSum([1, 2, 3])
worker.start()
worker.join()
print(worker.name, "result:", worker.result)  # the result waits on the object


class Forgetful(threading.Thread):
    def __init__(self):
        self.result = None  # no super().__init__()


try:
    Forgetful().start()
except RuntimeError as e:
    print("Forgetful().start():", e)

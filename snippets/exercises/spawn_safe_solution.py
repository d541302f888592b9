"""A solution to spawn-safe: the target at top level, the queue passed as an
argument, and the code that starts the child under the main guard."""

import multiprocessing


def shout(word, replies):  # top level: the child finds it by its name
    replies.put(f"{word.upper()}! (from {__name__})")


def main():
    ctx = multiprocessing.get_context("spawn")
    replies = ctx.Queue()  # the parent's queue, given to the child
    child = ctx.Process(target=shout, args=("hello", replies))
    child.start()
    print("child sent:", replies.get())
    child.join()
    print("exit code:", child.exitcode)


if __name__ == "__main__":  # the child imports this file: it must not run
    main()

"""A wrong answer to spawn-safe: the target is at top level and main() is
guarded, but the queue is still a global. The child, importing this file,
makes a queue of its own and puts into that one: the parent waits for ever."""

import multiprocessing

ctx = multiprocessing.get_context("spawn")
replies = ctx.Queue()


def shout(word):
    replies.put(f"{word.upper()}! (from {__name__})")


def main():
    child = ctx.Process(target=shout, args=("hello",))
    child.start()
    print("child sent:", replies.get())
    child.join()
    print("exit code:", child.exitcode)


if __name__ == "__main__":
    main()

"""A wrong answer to spawn-safe: the target is at top level and gets the
queue as an argument, but main() is not guarded. The child, importing this
file, runs main() too and fails to start a child of its own (RuntimeError),
so it never puts a reply: the parent waits for ever."""

import multiprocessing


def shout(word, replies):
    replies.put(f"{word.upper()}! (from {__name__})")


def main():
    ctx = multiprocessing.get_context("spawn")
    replies = ctx.Queue()
    child = ctx.Process(target=shout, args=("hello", replies))
    child.start()
    print("child sent:", replies.get())
    child.join()
    print("exit code:", child.exitcode)


main()

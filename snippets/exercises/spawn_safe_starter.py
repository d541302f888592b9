"""Exercise spawn-safe: this program would run with the fork start method.
Make it run with spawn, the one start method every platform has."""

import multiprocessing

ctx = multiprocessing.get_context("spawn")  # keep: it must run under spawn
replies = ctx.Queue()


def main():
    def shout(word):  # nested in main(): spawn cannot pickle it
        replies.put(f"{word.upper()}! (from {__name__})")

    child = ctx.Process(target=shout, args=("hello",))
    child.start()
    print("child sent:", replies.get())
    child.join()
    print("exit code:", child.exitcode)


main()

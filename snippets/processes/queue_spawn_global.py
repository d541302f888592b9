"""Under spawn, a module-level Queue is a different queue in every child: pass
it as an argument.
"""

import multiprocessing
import queue

ctx = multiprocessing.get_context("spawn")
# runs again in the child, which re-imports this file: a second queue
GLOBAL_Q = ctx.Queue()


def child(q):
    # Here GLOBAL_Q is the child's own queue; q is the parent's, received as
    # an argument.
    GLOBAL_Q.put("sent through the global")
    q.put("sent through the argument")


if __name__ == "__main__":
    # the parent's queue, passed explicitly
    p = ctx.Process(target=child, args=(GLOBAL_Q,))
    p.start()
    print("parent got:", GLOBAL_Q.get())
    # the child has exited: anything else it sent to this queue would be here
    # by now
    p.join()
    try:
        GLOBAL_Q.get_nowait()
    except queue.Empty:
        print(
            "parent: nothing else arrived; "
            "the child's GLOBAL_Q was another queue"
        )

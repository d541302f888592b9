"""A race condition: the same two increments give 2 or 1, depending only on the
order of steps.
"""

import threading


def run(schedule):
    """Two threads read, then write, the counter; each step waits for its turn
    in the schedule.
    """
    state = {"counter": 0, "step": 0}
    turn = threading.Condition()

    def step(name, action):
        with turn:
            turn.wait_for(lambda: schedule[state["step"]] == name)
            action()
            state["step"] += 1
            turn.notify_all()

    def add_one(name):
        read = {}
        step(name, lambda: read.update(value=state["counter"]))
        step(name, lambda: state.update(counter=read["value"] + 1))

    threads = [
        threading.Thread(target=add_one, args=(name,)) for name in ("A", "B")
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return state["counter"]


one_after_the_other = run("AABB")
interleaved = run("ABAB")
assert (one_after_the_other, interleaved) == (2, 1)
print("A reads, A writes, B reads, B writes -> counter =", one_after_the_other)
print("A reads, B reads, A writes, B writes -> counter =", interleaved)

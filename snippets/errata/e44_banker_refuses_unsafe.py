"""The banker grants a request only if every customer could still finish
afterwards; even a small request may wait.
"""


def is_safe(free, held, claim):
    """True if some order lets every customer get its full claim, finish and
    hand it all back.
    """
    need = [c - h for c, h in zip(claim, held)]
    finished = [False] * len(held)
    progress = True
    while progress:
        progress = False
        for p, done in enumerate(finished):
            if not done and need[p] <= free:
                free += held[p]  # p can finish and hand back what it holds
                finished[p] = progress = True
    return all(finished)


# the most each of P0, P1, P2 may ever hold; the system has 12 units
claim = [10, 4, 9]
held = [5, 2, 2]
print("now: 3 units free; state safe:", is_safe(3, held, claim))
# P2 asks for 1 more unit. It is free, and it is the smallest request
# possible, but:
print(
    "if P2 got 1 more unit; state safe:",
    is_safe(2, [5, 2, 3], claim),
    "-> the banker makes P2 wait",
)

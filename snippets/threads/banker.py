"""The banker's algorithm: deadlock avoidance by granting only requests that
leave a safe state.

A state is *safe* when there is at least one order in which every process can
obtain all the resources it may still claim, finish, and hand back what it
holds. The banker grants a request only if the state after granting it would
still be safe; otherwise the process waits. Dijkstra described the algorithm;
the example below is the textbook case of Silberschatz, Galvin and Gagne,
*Operating System Concepts*.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Vector = tuple[int, ...]


@dataclass(frozen=True)
class State:
    """Who holds what, and who may still ask for what.

    Attributes:
        available: Free units of each resource type.
        maximum: ``maximum[p][r]`` is the most of resource ``r`` that process
            ``p`` may ever hold at once (its declared claim).
        allocation: ``allocation[p][r]`` is what process ``p`` holds now.

    Raises:
        ValueError: The vectors do not fit together (different numbers of
            processes or resource types), an amount is negative, or a process
            holds more than its maximum claim.
    """

    available: Vector
    maximum: tuple[Vector, ...]
    allocation: tuple[Vector, ...]

    def __post_init__(self) -> None:
        width = len(self.available)
        if len(self.maximum) != len(self.allocation):
            raise ValueError(
                "maximum and allocation must list the same processes"
            )
        for p, (claim, held) in enumerate(zip(self.maximum, self.allocation)):
            if len(claim) != width or len(held) != width:
                raise ValueError(
                    f"process {p}: every vector needs {width} resource types"
                )
            if any(h > c for h, c in zip(held, claim)):
                raise ValueError(
                    f"process {p} holds more than its maximum claim"
                )
            if any(h < 0 for h in held):
                raise ValueError(f"process {p} cannot hold a negative amount")
        if any(a < 0 for a in self.available):
            raise ValueError("available units cannot be negative")

    @property
    def need(self) -> tuple[Vector, ...]:
        """What each process may still request: ``maximum - allocation``."""
        return tuple(_sub(c, h) for c, h in zip(self.maximum, self.allocation))


def safe_sequence(state: State) -> list[int] | None:
    """Find an order in which every process can finish, or ``None`` if the state
    is unsafe.

    Scans the processes in number order, pass after pass. Each unfinished
    process whose remaining need fits in the free resources is assumed to
    run to completion and hand back everything it holds, which can only
    increase what is free. The search stops when a whole pass finishes no one.
    Because finishing a process never hurts the others, picking any process
    that fits is as good as any other: if this scan gets stuck, every order
    does, and the state is unsafe.

    Args:
        state: The state to check.

    Returns:
        The process numbers in a safe completion order, or ``None`` when no
        such order exists.
    """
    free = state.available
    need = state.need
    finished = [False] * len(need)
    order: list[int] = []
    progress = True
    while progress:
        progress = False
        for p, done in enumerate(finished):
            if not done and _fits(need[p], free):
                free = _add(free, state.allocation[p])
                finished[p] = True
                order.append(p)
                progress = True
    return order if all(finished) else None


def is_safe(state: State) -> bool:
    """Whether every process can still finish, in some order.

    Args:
        state: The state to check.

    Returns:
        ``True`` if a safe sequence exists (see `safe_sequence`).
    """
    return safe_sequence(state) is not None


def request(state: State, process: int, amounts: Sequence[int]) -> State | None:
    """Grant ``process`` the ``amounts`` it asks for, if that keeps the
    state safe.

    Args:
        state: The current state.
        process: The number of the requesting process.
        amounts: How many units of each resource type it asks for.

    Returns:
        The new state if the request is granted; ``None`` if the process must
        wait (the resources are not free now, or granting them would make the
        state unsafe).

    Raises:
        ValueError: The request exceeds the process's declared maximum claim,
            or it is malformed (an unknown process, a wrong number of resource
            types, a negative amount).
    """
    amounts = tuple(amounts)
    if not 0 <= process < len(state.allocation):
        raise ValueError(f"there is no process {process}")
    if len(amounts) != len(state.available):
        raise ValueError(
            f"a request needs {len(state.available)} amounts, "
            "one per resource type"
        )
    if any(a < 0 for a in amounts):
        raise ValueError("a request cannot ask for a negative amount")
    if not _fits(amounts, state.need[process]):
        raise ValueError(
            f"process {process} asks for more than its maximum claim"
        )
    if not _fits(amounts, state.available):
        return None
    allocation = list(state.allocation)
    allocation[process] = _add(allocation[process], amounts)
    granted = State(
        _sub(state.available, amounts), state.maximum, tuple(allocation)
    )
    return granted if is_safe(granted) else None


def _fits(amounts: Vector, limit: Vector) -> bool:
    return all(a <= b for a, b in zip(amounts, limit))


def _add(a: Vector, b: Vector) -> Vector:
    return tuple(x + y for x, y in zip(a, b))


def _sub(a: Vector, b: Vector) -> Vector:
    return tuple(x - y for x, y in zip(a, b))


if __name__ == "__main__":
    # Five processes, three resource types (A, B, C), as in the textbook.
    textbook = State(
        available=(3, 3, 2),
        maximum=((7, 5, 3), (3, 2, 2), (9, 0, 2), (2, 2, 2), (4, 3, 3)),
        allocation=((0, 1, 0), (2, 0, 0), (3, 0, 2), (2, 1, 1), (0, 0, 2)),
    )
    print("safe sequence:", safe_sequence(textbook))
    after_p1 = request(textbook, 1, (1, 0, 2))
    print("P1 asks (1, 0, 2):", "granted" if after_p1 else "must wait")
    print(
        "then P4 asks (3, 3, 0):",
        "granted" if request(after_p1, 4, (3, 3, 0)) else "must wait",
    )
    print(
        "then P0 asks (0, 2, 0):",
        "granted" if request(after_p1, 0, (0, 2, 0)) else "must wait",
    )

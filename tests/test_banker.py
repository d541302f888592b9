"""The banker's algorithm of snippets/threads/banker.py, on textbook cases.

The module is shown on docs/reference/index.md and used on docs/threads/deadlock.md;
these tests check the answers it computes, not only that it runs.
"""

from __future__ import annotations

import pytest
from threads.banker import State, is_safe, request, safe_sequence


def finishes_everyone(state: State, order: list[int]) -> bool:
    """Replay `order` by hand: each process's need must fit in what is free when its turn comes."""
    free = list(state.available)
    for p in order:
        if any(n > f for n, f in zip(state.need[p], free)):
            return False
        free = [f + h for f, h in zip(free, state.allocation[p])]
    return sorted(order) == list(range(len(state.allocation)))


# Silberschatz, Galvin and Gagne, Operating System Concepts: five processes, resource types A, B, C
# with 10, 5 and 7 units in all.
SILBERSCHATZ = State(
    available=(3, 3, 2),
    maximum=((7, 5, 3), (3, 2, 2), (9, 0, 2), (2, 2, 2), (4, 3, 3)),
    allocation=((0, 1, 0), (2, 0, 0), (3, 0, 2), (2, 1, 1), (0, 0, 2)),
)


def single(available: int, claims: dict[str, tuple[int, int]]) -> State:
    """A one-resource state from {name: (holds, maximum)}, in the order given."""
    return State(
        available=(available,),
        maximum=tuple((m,) for _, m in claims.values()),
        allocation=tuple((h,) for h, _ in claims.values()),
    )


class TestSilberschatz:
    def test_need_is_maximum_minus_allocation(self):
        assert SILBERSCHATZ.need == ((7, 4, 3), (1, 2, 2), (6, 0, 0), (0, 1, 1), (4, 3, 1))

    def test_the_state_is_safe_with_the_textbook_sequence(self):
        assert safe_sequence(SILBERSCHATZ) == [1, 3, 4, 0, 2]
        assert finishes_everyone(SILBERSCHATZ, [1, 3, 4, 0, 2])
        assert is_safe(SILBERSCHATZ)

    def test_p1_asks_1_0_2_and_is_granted(self):
        after = request(SILBERSCHATZ, 1, (1, 0, 2))
        assert after is not None
        assert after.available == (2, 3, 0)
        assert after.allocation[1] == (3, 0, 2)
        assert after.need[1] == (0, 2, 0)
        assert safe_sequence(after) == [1, 3, 4, 0, 2]

    def test_then_p4_asks_3_3_0_which_is_not_free(self):
        after = request(SILBERSCHATZ, 1, (1, 0, 2))
        assert request(after, 4, (3, 3, 0)) is None  # only (2, 3, 0) is free

    def test_then_p0_asks_0_2_0_which_is_free_but_unsafe(self):
        after = request(SILBERSCHATZ, 1, (1, 0, 2))
        assert request(after, 0, (0, 2, 0)) is None
        # Granting it anyway would leave (2, 1, 0) free: nobody's need fits.
        forced = State((2, 1, 0), after.maximum, ((0, 3, 0), *after.allocation[1:]))
        assert safe_sequence(forced) is None
        assert not is_safe(forced)

    def test_a_request_never_changes_the_state_it_is_given(self):
        request(SILBERSCHATZ, 1, (1, 0, 2))
        # Literals: a value read before the request would be the same object, changed with it.
        assert SILBERSCHATZ.available == (3, 3, 2)
        assert SILBERSCHATZ.allocation == ((0, 1, 0), (2, 0, 0), (3, 0, 2), (2, 1, 1), (0, 0, 2))


class TestClassicUnsafeState:
    """Silberschatz's single-resource example: 12 tape drives, three processes."""

    SAFE = single(3, {"P0": (5, 10), "P1": (2, 4), "P2": (2, 9)})

    def test_safe_with_p1_p0_p2(self):
        assert safe_sequence(self.SAFE) == [1, 0, 2]

    def test_one_more_drive_for_p2_makes_it_unsafe(self):
        # Only P1 can finish; it returns 4 drives, and then P0 needs 5 and P2 needs 6.
        unsafe = single(2, {"P0": (5, 10), "P1": (2, 4), "P2": (3, 9)})
        assert safe_sequence(unsafe) is None
        assert request(self.SAFE, 2, (1,)) is None

    def test_unsafe_is_not_the_same_as_deadlocked(self):
        # Nobody is stuck yet: P1's need fits in what is free, so P1 can run and finish.
        # Unsafe only means the banker can no longer promise that everyone will.
        unsafe = single(2, {"P0": (5, 10), "P1": (2, 4), "P2": (3, 9)})
        assert unsafe.need[1] == (2,) and unsafe.available == (2,)
        assert safe_sequence(unsafe) is None


class TestTanenbaum:
    """Tanenbaum, Modern Operating Systems: the single-resource banker (10 units) and the safe/unsafe pair."""

    def test_everyone_holds_nothing_is_safe(self):
        start = single(10, {"A": (0, 6), "B": (0, 5), "C": (0, 4), "D": (0, 7)})
        assert is_safe(start)
        assert finishes_everyone(start, safe_sequence(start))

    def test_two_units_free_is_safe_because_c_can_finish(self):
        state = single(2, {"A": (1, 6), "B": (1, 5), "C": (2, 4), "D": (4, 7)})
        order = safe_sequence(state)
        assert order is not None and order[0] == 2  # C first: it needs exactly the 2 free units
        assert finishes_everyone(state, order)

    def test_one_more_unit_for_b_would_be_unsafe(self):
        state = single(2, {"A": (1, 6), "B": (1, 5), "C": (2, 4), "D": (4, 7)})
        assert request(state, 1, (1,)) is None
        assert not is_safe(single(1, {"A": (1, 6), "B": (2, 5), "C": (2, 4), "D": (4, 7)}))

    def test_the_same_unit_for_c_is_granted(self):
        state = single(2, {"A": (1, 6), "B": (1, 5), "C": (2, 4), "D": (4, 7)})
        after = request(state, 2, (1,))
        assert after is not None and after.available == (1,) and after.allocation[2] == (3,)

    def test_safe_unsafe_pair(self):
        safe = single(3, {"A": (3, 9), "B": (2, 4), "C": (2, 7)})
        assert safe_sequence(safe) == [1, 2, 0]  # B, then C, then A
        assert request(safe, 0, (1,)) is None  # A asks for one more: unsafe
        assert not is_safe(single(2, {"A": (4, 9), "B": (2, 4), "C": (2, 7)}))
        assert request(safe, 1, (2,)) is not None  # B asks for all it still needs: fine


class TestRequests:
    def test_beyond_the_maximum_claim_raises(self):
        with pytest.raises(ValueError, match="maximum claim"):
            request(SILBERSCHATZ, 1, (2, 0, 0))  # P1 may ask for at most (1, 2, 2) more

    def test_beyond_what_is_available_must_wait(self):
        # P0 may still ask for (7, 4, 3), but only (3, 3, 2) is free.
        assert request(SILBERSCHATZ, 0, (4, 0, 0)) is None

    def test_the_whole_remaining_need_when_it_fits_is_granted(self):
        after = request(SILBERSCHATZ, 3, (0, 1, 1))
        assert after is not None and after.need[3] == (0, 0, 0)

    @pytest.mark.parametrize(
        ("process", "amounts"),
        [(5, (0, 0, 0)), (-1, (0, 0, 0)), (1, (1, 0)), (1, (-1, 0, 0))],
        ids=["no-such-process", "negative-process", "wrong-width", "negative-amount"],
    )
    def test_malformed_requests_raise(self, process, amounts):
        with pytest.raises(ValueError):
            request(SILBERSCHATZ, process, amounts)


class TestStateChecks:
    def test_holding_more_than_the_claim_is_rejected(self):
        with pytest.raises(ValueError, match="maximum claim"):
            single(1, {"A": (5, 4)})

    def test_negative_numbers_are_rejected(self):
        with pytest.raises(ValueError):
            single(-1, {"A": (0, 4)})
        with pytest.raises(ValueError):
            single(1, {"A": (-1, 4)})

    def test_vectors_must_have_one_entry_per_resource_type(self):
        with pytest.raises(ValueError):
            State(available=(1, 1), maximum=((1,),), allocation=((0,),))
        with pytest.raises(ValueError):
            State(available=(1,), maximum=((1,), (1,)), allocation=((0,),))

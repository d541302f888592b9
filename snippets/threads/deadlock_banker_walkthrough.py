"""The banker's algorithm with one resource type (10 units):
Tanenbaum's example.
"""

from banker import State, request, safe_sequence

NAMES = "ABCD"
state = State(
    available=(2,),
    maximum=((6,), (5,), (4,), (7,)),  # each customer's declared claim
    allocation=((1,), (1,), (2,), (4,)),  # what each holds now
)


def show(state):
    print("customer  holds  claim  may still ask")
    for name, held, claim, need in zip(
        NAMES, state.allocation, state.maximum, state.need
    ):
        print(f"{name:>8}  {held[0]:>5}  {claim[0]:>5}  {need[0]:>13}")
    print(f"free: {state.available[0]}")


def explain_safety(state):
    order = safe_sequence(state)
    free = state.available[0]
    if order is None:
        needs = ", ".join(
            f"{name} {need[0]}" for name, need in zip(NAMES, state.need)
        )
        print(
            f"  {free} free; still to ask: {needs}. "
            "Nobody can be sure to finish: unsafe"
        )
        return
    for p in order:
        name, need, claim = NAMES[p], state.need[p][0], state.maximum[p][0]
        before, free = free, free + state.allocation[p][0]
        print(f"  {name} may still ask for {need} <= {before} free: ", end="")
        print(f"it can finish and return {claim} -> {free} free")
    print("  safe order:", ", ".join(NAMES[p] for p in order))


show(state)
print("Is this state safe?")
explain_safety(state)

print(
    "B asks for 1 unit:",
    "granted" if request(state, 1, (1,)) else "must wait, although 2 are free",
)
print("If it were granted:")
explain_safety(State((1,), state.maximum, ((1,), (2,), (2,), (4,))))

after = request(state, 2, (2,))
print("C asks for 2 units:", "granted" if after else "must wait")

"""`counter += 1` is several bytecode instructions: a read, an addition,
a write.
"""

import dis

counter = 0


def add_one():
    global counter
    counter += 1


instructions = list(dis.get_instructions(add_one))
read, write = [
    i for i, ins in enumerate(instructions) if ins.argval == "counter"
]
print(instructions[read].opname, instructions[read].argval)
print("...", write - read - 1, "instructions in between ...")
print(instructions[write].opname, instructions[write].argval)

"""The GIL belongs to an interpreter, not to the language: ask which interpreter
runs your code.
"""

import sys

print("this interpreter:", sys.implementation.name)

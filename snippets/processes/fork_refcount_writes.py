"""In CPython, merely using an ordinary (not immortal) object writes to it:
its reference count changes.
"""

import sys

# imagine a large table loaded before fork()
prices = {"milk": 1.2, "eggs": 2.5}

before = sys.getrefcount(prices)
alias = prices  # the dict's contents do not change; it only gets one more name
print("one more reference, refcount grew by:", sys.getrefcount(prices) - before)
del alias
print("reference dropped, back as before:", sys.getrefcount(prices) == before)

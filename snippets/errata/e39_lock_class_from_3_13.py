"""threading.Lock is a class only from Python 3.13; before, it was a function
returning a lock. On every version it cannot be subclassed.
"""

import inspect
import sys
import threading

is_class = inspect.isclass(threading.Lock)
assert is_class == (sys.version_info >= (3, 13))
print(
    "threading.Lock is a class exactly on 3.13 and later:",
    is_class == (sys.version_info >= (3, 13)),
)
# works on every version, for isinstance() checks
lock_type = type(threading.Lock())
print(
    "isinstance(threading.Lock(), type(threading.Lock())):",
    isinstance(threading.Lock(), lock_type),
)

try:
    # a function before 3.13, a type closed to subclasses from 3.13
    class MyLock(threading.Lock):
        pass

except TypeError:
    print("class MyLock(threading.Lock) raises TypeError: True")
else:
    print("class MyLock(threading.Lock) raises TypeError: False")

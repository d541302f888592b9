"""platform.python_implementation() names the interpreter; its documented names
are spelled as below.
"""

import platform

documented = ("CPython", "IronPython", "Jython", "PyPy")
name = platform.python_implementation()
assert name in documented
print("documented names:", ", ".join(documented))
print("this interpreter:", name)

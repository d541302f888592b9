"""Whether threads can run Python code in parallel depends on the build: ask
the interpreter.
"""

import sys
import sysconfig

# a 3.13+ free-threaded build
free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
# sys._is_gil_enabled() exists from 3.13; before it, CPython always had its
# GIL on.
gil_on = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
print("free-threaded build:", free_threaded)
print("GIL enabled:", gil_on)

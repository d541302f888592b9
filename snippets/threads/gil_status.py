"""Ask the running interpreter about its GIL."""

import sys
import sysconfig

# 1 on a free-threaded build (python3.13t, python3.14t); 0 or None otherwise.
free_threaded_build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))

# sys._is_gil_enabled() exists from Python 3.13 on. Older versions have no
# free-threaded build at all, so there the GIL is always enabled.
if hasattr(sys, "_is_gil_enabled"):
    gil_enabled = sys._is_gil_enabled()
else:
    gil_enabled = True

print("free-threaded build:", free_threaded_build)
print("GIL enabled:", gil_enabled)
print("switch interval:", sys.getswitchinterval(), "seconds")

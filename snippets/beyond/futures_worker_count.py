"""How many workers: os.process_cpu_count() (Python 3.13+),
else os.cpu_count().
"""

import os
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

# The CPUs this process may use (3.13+), or all the CPUs of the machine; either
# can be None.
cpus = (
    os.process_cpu_count()
    if hasattr(os, "process_cpu_count")
    else os.cpu_count()
) or 1

if __name__ == "__main__":
    # _max_workers is private; read here only to check the documented defaults.
    with ThreadPoolExecutor() as threads:
        print(
            "ThreadPoolExecutor()  default == min(32, cpus + 4):",
            threads._max_workers == min(32, cpus + 4),
        )
    with ProcessPoolExecutor() as processes:
        # at most 61 on Windows
        expected = min(cpus, 61) if sys.platform == "win32" else cpus
        print(
            "ProcessPoolExecutor() default == cpus            :",
            processes._max_workers == expected,
        )

"""Pick the executor for CPU-bound work from what the interpreter says about
its GIL.
"""

import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def gil_enabled():
    # Python 3.10-3.12 always have the GIL; 3.13+ can tell.
    return sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True


def cpu_executor(max_workers):
    """Threads run Python code in parallel only without the GIL; otherwise
    use processes.
    """
    if gil_enabled():
        return ProcessPoolExecutor(max_workers=max_workers)
    return ThreadPoolExecutor(max_workers=max_workers)


def count_primes(limit):
    """Pure-Python CPU-bound work: the number of primes below limit."""
    return sum(
        all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit)
    )


if __name__ == "__main__":
    with cpu_executor(max_workers=2) as pool:
        print("CPU-bound work goes to a", type(pool).__name__)
        print(
            "primes below 10000 and 20000:",
            list(pool.map(count_primes, [10_000, 20_000])),
        )

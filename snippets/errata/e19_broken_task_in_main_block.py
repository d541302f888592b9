"""The notes' rule in the main block (task first, pool second) hangs under
spawn, on purpose.
"""

import multiprocessing as mp

if __name__ == "__main__":
    # Defined before the pool, as the notes advise, but not at the module's
    # top level.
    def double(x):
        return 2 * x

    with mp.get_context("spawn").Pool(1) as pool:
        # The worker re-imports this module, finds no double() and crashes;
        # apply() never returns.
        print(pool.apply(double, (21,)))

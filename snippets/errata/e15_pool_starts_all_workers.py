"""Pool(3) starts all three worker processes at once, before it is given
any task.
"""

import multiprocessing as mp

if __name__ == "__main__":
    with mp.Pool(3) as pool:
        print(
            "worker processes right after Pool(3):", len(mp.active_children())
        )

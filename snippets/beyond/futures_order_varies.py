"""With nothing to order them, tasks finish in an order that changes
from run to run, and as_completed() hands them over in that order.
"""

import random
import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def fetch(name):
    # Stands for a network call: how long it takes is not up to us.
    time.sleep(random.uniform(0.01, 0.05))
    return name.upper()


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=4) as executor:
        futures = {executor.submit(fetch, name): name for name in "abcd"}
        order = [futures[future] for future in as_completed(futures)]
    print("finished in the order:", " ".join(order))
    print("results, sorted:", sorted(future.result() for future in futures))

"""Under spawn, pool workers import the main module: only module level matters,
not order.
"""

import multiprocessing
import pickle


def run_task(pickled_function, argument):
    """Do what a pool worker does with a task: unpickle the function, then
    call it.

    A real worker that fails to unpickle a task dies and the task is lost, so
    that pool.apply() would wait forever. Unpickling here, inside the task,
    lets the error be caught and shown.
    """
    try:
        # looks the name up in the worker's __main__
        function = pickle.loads(pickled_function)
    except AttributeError as e:
        return f"{type(e).__name__} while unpickling the task"
    return function(argument)


def defined_before(x):
    return x * 10


if __name__ == "__main__":
    # the worker starts and imports this file
    pool = multiprocessing.get_context("spawn").Pool(1)


# module level: the worker defines it when it imports this file
def defined_after(x):
    return x * 100


if __name__ == "__main__":
    with pool:
        for function in (defined_before, defined_after):
            result = pool.apply(run_task, (pickle.dumps(function), 1))
            print(f"{function.__name__}: {result}")

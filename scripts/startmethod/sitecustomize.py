"""Imported at start-up by every snippet the tests run when SNIPPETS_START_METHOD is set.

It makes the whole snippet, and the processes it starts, use that
multiprocessing start method, without a line about it in the snippet itself.
"""

import os

_method = os.environ.get("SNIPPETS_START_METHOD")
if _method:
    import multiprocessing

    # force=True: a spawned child runs this too, before multiprocessing sets
    # the parent's method in it.
    multiprocessing.set_start_method(_method, force=True)

"""Debug mode names a step that blocks the event loop: "Executing <Task ...>
took 0.301 seconds".
"""

import asyncio
import logging
import re
import time

# How asyncio's warning starts for a step of blocking_handler() or
# fixed_handler()
HANDLER_STEP = r"Executing <Task \w+ name='[^']*' coro=<\w+_handler"


class StableForm(logging.Handler):
    """Print asyncio's warnings about the handlers' steps, without what changes
    from run to run: paths, 'created at', time.
    """

    def emit(self, record):
        message = record.getMessage()
        # On a busy machine a step of main() can run over the limit now and
        # then: only the handlers' own steps are shown.
        if not re.match(HANDLER_STEP, message):
            return
        # the file's base name only
        message = re.sub(r"(defined at )\S*[\\/]", r"\1", message)
        # a line of asyncio's own source
        message = re.sub(r" created at \S+", "", message)
        message = re.sub(r"took \d+\.\d+ seconds", "took ... seconds", message)
        print(f"{record.levelname} {record.name}: {message}")


async def blocking_handler():
    time.sleep(0.3)  # a blocking call: the whole event loop stops here


async def fixed_handler():
    # the loop goes on while a thread waits
    await asyncio.to_thread(time.sleep, 0.3)


async def main():
    # default 0.1 seconds; higher, so that ordinary steps are rarely reported
    asyncio.get_running_loop().slow_callback_duration = 0.2
    await asyncio.create_task(blocking_handler())
    await asyncio.create_task(fixed_handler())
    print("done")


logging.getLogger("asyncio").addHandler(StableForm())
asyncio.run(main(), debug=True)  # or: python -X dev, or PYTHONASYNCIODEBUG=1

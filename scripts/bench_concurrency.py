"""Measure threads, processes and asyncio on a CPU-bound and an I/O-bound job.

    .venv/bin/python scripts/bench_concurrency.py                  # full size, into docs/assets/bench/
    .venv/bin/python scripts/bench_concurrency.py --size tiny --out /tmp/bench
    .venv/bin/python scripts/bench_concurrency.py --note "laptop on battery"
    .venv/bin/python scripts/bench_concurrency.py --replot          # redraw the plots only
    python3.14t scripts/bench_concurrency.py --out docs/assets/bench/free-threaded
    python3.14 scripts/bench_concurrency.py --out docs/assets/bench/default-build
                 # a free-threaded build and the default build of the same CPython source, built
                 # alike, for the choosing page's section on the free-threaded build

(On Windows: .venv\\Scripts\\python scripts\\bench_concurrency.py.) It needs
nothing but the standard library.

The job is always the same fixed amount of work, split into equal tasks and
handed to 1, 2 and 4 workers: threads (ThreadPoolExecutor), processes
(ProcessPoolExecutor, default start method) and asyncio (that many worker
coroutines on one event loop). A plain loop without any concurrency is the
baseline ("sequential").

The CPU-bound job is also handed to the two process pools of the standard
library, multiprocessing.Pool and ProcessPoolExecutor, under every start
method the platform has (fork, forkserver, spawn; Windows has only spawn):
what starting the worker processes costs depends on both. These runs are
interleaved with the others; the ProcessPoolExecutor with the default start
method is the "processes" model above, measured once and shown in both places.
results.json keeps them under jobs["process-start"], and they get a plot of
their own (process-start.svg); a results.json written before they existed
still redraws (--replot) and still builds the pages, without them.

* CPU-bound task: a pure-Python loop (a sum of squares modulo 7).
* I/O-bound task: a fixed wait. time.sleep() stands for a blocking call such
  as a socket read: like one, it releases the GIL while it waits; the asyncio
  version awaits asyncio.sleep(). Nothing touches the network.

Each measurement is wall-clock time from creating the executor (or the event
loop) until the last result is back and the workers are shut down, so the cost
of starting worker processes is included. The repetitions are interleaved
(every configuration once, then every configuration again, ...) so that a
burst of load from elsewhere on the machine spreads over all of them, and the
median is reported. On Linux a load guard also looks at how much CPU other
programs use just before and just after each measurement, and measures again
after a quiet spell when they were busy (for at most --patience seconds in
all); results.json records what it saw for every sample.

Writes to --out: results.json (the machine, the Python, the parameters, every
sample and the medians), the plots cpu-bound.svg, io-bound.svg and
process-start.svg with Chinese text and their .en.svg twins with English text (drawn by hand
in scripts/bench_plots.py, no plotting library), and prints a summary table. A
wrong argument stops it with a one-line message.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from cli import Parser

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "docs" / "assets" / "bench"
WORKERS = (1, 2, 4)
MODELS = ("threads", "processes", "asyncio")
# The process-start variants of the CPU-bound job, in the order of their bars and rows.
EXECUTORS = ("ProcessPoolExecutor", "Pool")
START_METHODS = ("fork", "forkserver", "spawn")

# size -> task parameters. "full" takes about 15 minutes on an otherwise idle 2-core machine
# (4 before the process-start variants); "tiny" only checks that everything works (the tests
# use it), in a few seconds: almost all of them spent starting processes with spawn and forkserver.
SIZES = {
    "full": {
        "cpu_tasks": 4,
        "cpu_n": 5_000_000,  # one task: ~0.3 s of pure-Python work on a 2020s x86-64 core
        "io_tasks": 8,
        "io_latency": 0.1,  # seconds one task waits
        "repeat": 15,
        "patience": 1200,  # seconds the load guard may spend waiting for a quiet machine
    },
    "tiny": {
        "cpu_tasks": 4,
        "cpu_n": 2_000,
        "io_tasks": 4,
        "io_latency": 0.002,
        "repeat": 1,
        "patience": 0,  # no load guard: a check, not a measurement
    },
}


# ---------------------------------------------------------------- the command line


def arguments() -> tuple[argparse.Namespace, dict]:
    """The arguments and the parameters of the size asked for, checked: a wrong one stops the
    script with one line. --replot, which measures nothing, is done here and exits."""
    parser = Parser(
        prog="python scripts/bench_concurrency.py",
        description="Time threads, processes and asyncio on a CPU-bound and an I/O-bound job; "
        "write results.json and the plots (cpu-bound, io-bound, process-start).",
    )
    parser.add_argument(
        "--size",
        choices=sorted(SIZES),
        default="full",
        help="full (default, minutes) or tiny (a check)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help=f"output folder (default {DEFAULT_OUT.relative_to(ROOT)})",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        help="measurements per configuration (default: 15 for full, 1 for tiny)",
    )
    parser.add_argument(
        "--patience",
        type=float,
        help="seconds the load guard may spend waiting for other programs to go quiet and measuring again "
        "(default: 1200 for full, 0 for tiny; 0 turns the guard off)",
    )
    parser.add_argument(
        "--replot",
        action="store_true",
        help="measure nothing: redraw the plots from the results.json already in --out",
    )
    parser.add_argument(
        "--note", default="", help="a remark stored with the results, e.g. what else was running"
    )
    args = parser.parse_args()
    params = dict(SIZES[args.size])
    if args.repeat is not None:
        if args.repeat < 1:
            parser.error(f"--repeat must be at least 1, not {args.repeat}")
        params["repeat"] = args.repeat
    if args.patience is not None:
        # NaN would pass `< 0` and end up in results.json, which JSON cannot hold.
        if not math.isfinite(args.patience) or args.patience < 0:
            parser.error(
                f"--patience must be a number of seconds, 0 or more, not {args.patience:g}"
            )
        params["patience"] = args.patience
    if args.replot:
        # Imported here, not with the modules that measuring needs: redrawing needs none of them.
        from bench_plots import write_plots

        try:
            results = json.loads((args.out / "results.json").read_text(encoding="utf-8"))
            names = write_plots(args.out, results, models=MODELS, workers=WORKERS)
        except FileNotFoundError:
            parser.error(
                f"no results.json in {str(args.out)!r} to redraw the plots from: measure first "
                f"(leave out --replot), or give --out the folder that has one"
            )
        except (OSError, ValueError, KeyError, TypeError) as e:
            parser.error(f"cannot redraw the plots from {str(args.out / 'results.json')!r}: {e}")
        print(f"redrew {', '.join(names)} in {args.out}")
        sys.exit(0)

    try:
        args.out.mkdir(parents=True, exist_ok=True)
        probe = args.out / ".write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as e:
        parser.error(f"cannot write to --out {str(args.out)!r}: {e.strerror or e}")
    return args, params


INTERRUPTED = "scripts/bench_concurrency.py: interrupted"

if __name__ == "__main__":
    # Before the imports below (asyncio alone takes about a tenth of a second of CPU), so that a
    # wrong argument, or --replot, does not wait for them. Workers started by spawn or forkserver
    # run this file without this block and import them all: that is part of the start-up cost
    # measured, the same as when the imports came first.
    try:
        ARGS, PARAMS = arguments()
    except KeyboardInterrupt:
        sys.exit(INTERRUPTED)

import asyncio
import datetime
import functools
import multiprocessing
import os
import platform
import statistics
import subprocess
import sysconfig
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from bench_plots import write_plots

# ---------------------------------------------------------------- the tasks
# Module-level, so that worker processes can import them under every start method.


def cpu_task(n: int) -> int:
    """Pure-Python arithmetic: holds the GIL for the whole loop."""
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def io_task(latency: float) -> float:
    """A blocking wait that releases the GIL, like a read from a socket."""
    time.sleep(latency)
    return latency


async def cpu_task_async(n: int) -> int:
    # Nothing to await: the coroutine runs the loop to the end without giving
    # the event loop a chance to run anything else.
    return cpu_task(n)


async def io_task_async(latency: float) -> float:
    await asyncio.sleep(latency)
    return latency


# ---------------------------------------------------------------- running the job


def run_sequential(kind: str, args: list) -> list:
    task = cpu_task if kind == "cpu" else io_task
    return [task(a) for a in args]


def run_pool(executor_class, workers: int, kind: str, args: list) -> list:
    task = cpu_task if kind == "cpu" else io_task
    with executor_class(max_workers=workers) as pool:
        return list(pool.map(task, args))


def run_process_variant(executor: str, method: str, workers: int, kind: str, args: list) -> list:
    """One of the two process pools, its workers started by the start method `method`."""
    task = cpu_task if kind == "cpu" else io_task
    context = multiprocessing.get_context(method)
    if executor == "Pool":
        with context.Pool(processes=workers) as pool:
            results = pool.map(task, args)
            # Leaving the with-block would terminate() the workers; closing and joining
            # waits for them to exit, as ProcessPoolExecutor's shutdown does.
            pool.close()
            pool.join()
        return results
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(task, args))


def start_methods() -> tuple[str, ...]:
    """The start methods of START_METHODS this platform has."""
    available = multiprocessing.get_all_start_methods()
    return tuple(m for m in START_METHODS if m in available)


def variant_model(executor: str, method: str) -> str:
    """The name a process-start variant is measured under: "Pool:spawn"."""
    return f"{executor}:{method}"


async def _run_asyncio(workers: int, kind: str, args: list) -> list:
    task = cpu_task_async if kind == "cpu" else io_task_async
    queue: asyncio.Queue = asyncio.Queue()
    for i, a in enumerate(args):
        queue.put_nowait((i, a))
    results: list = [None] * len(args)

    async def worker() -> None:
        while not queue.empty():
            i, a = queue.get_nowait()
            results[i] = await task(a)

    await asyncio.gather(*(worker() for _ in range(workers)))
    return results


def run_once(model: str, workers: int, kind: str, args: list, expected: list) -> float:
    started = time.perf_counter()
    if model == "sequential":
        results = run_sequential(kind, args)
    elif model == "threads":
        results = run_pool(ThreadPoolExecutor, workers, kind, args)
    elif model == "processes":
        results = run_pool(ProcessPoolExecutor, workers, kind, args)
    elif ":" in model:
        results = run_process_variant(*model.split(":"), workers, kind, args)
    else:
        results = asyncio.run(_run_asyncio(workers, kind, args))
    seconds = time.perf_counter() - started
    if results != expected:
        raise RuntimeError(
            f"{model} with {workers} worker(s) returned wrong results for the {kind} job"
        )
    return seconds


def configurations(process_start: bool = False) -> list[tuple[str, int]]:
    """What one round measures; with process_start, the variants of the process pools too
    (but for ProcessPoolExecutor with the default start method: that is "processes")."""
    configs = [("sequential", 1)] + [(model, n) for model in MODELS for n in WORKERS]
    if process_start:
        default = multiprocessing.get_start_method()
        configs += [
            (variant_model(executor, method), n)
            for executor in EXECUTORS
            for method in start_methods()
            if (executor, method) != ("ProcessPoolExecutor", default)
            for n in WORKERS
        ]
    return configs


def process_start_rows(rows: list[dict]) -> list[dict]:
    """The process-start variants out of the CPU-bound job's rows, in EXECUTORS x START_METHODS x
    WORKERS order; ProcessPoolExecutor with the default start method is the "processes" rows."""
    default = multiprocessing.get_start_method()
    by = {(r["model"], r["workers"]): r for r in rows}
    out = []
    for executor in EXECUTORS:
        for method in start_methods():
            for n in WORKERS:
                same = executor == "ProcessPoolExecutor" and method == default
                row = by[("processes" if same else variant_model(executor, method), n)]
                fields = {k: v for k, v in row.items() if k != "model"}
                out.append(
                    {"executor": executor, "start_method": method, "default": method == default}
                    | fields
                )
    return out


# ---------------------------------------------------------------- other programs' load


def _cpu_busy_seconds() -> float | None:
    """CPU seconds all CPUs have spent busy since boot (Linux /proc/stat); None elsewhere."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(x) for x in f.readline().split()[1:9]]
    except (OSError, ValueError):
        return None
    user, nice, system, idle, iowait, irq, softirq, steal = fields
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


class LoadGuard:
    """Keeps measurements away from bursts of load by other programs on the machine.

    Between two measurements this program is idle, so whatever CPU time is
    used in that gap belongs to someone else. The guard samples a short gap
    before and after each measurement; if other programs used more than
    `limit` CPU cores on average there, it waits until the machine is quiet
    and measures again, as long as its time budget (`patience` seconds) lasts.
    Each sample records the load it saw, so the data shows what was kept.
    Without /proc/stat (macOS, Windows) it only measures.
    """

    def __init__(self, patience: float, limit: float = 0.2, gap: float = 0.3):
        self.patience, self.limit, self.gap = patience, limit, gap
        self.spent = 0.0  # seconds spent waiting and measuring again
        self.redone = 0
        self.works = patience > 0 and _cpu_busy_seconds() is not None
        self._last: float | None = None  # the gap after one measurement is the gap before the next

    def others(self) -> float | None:
        """CPU cores other programs used on average over the next `gap` seconds."""
        if not self.works:
            return None
        busy, started = _cpu_busy_seconds(), time.perf_counter()
        time.sleep(self.gap)
        return max(0.0, (_cpu_busy_seconds() - busy) / (time.perf_counter() - started))

    def _wait_for_quiet(self) -> float | None:
        load = self.others()
        while load is not None and load > self.limit and self.spent < self.patience:
            self.spent += self.gap
            load = self.others()
        return load

    def measure(self, run) -> dict:
        before = self._last if self._last is not None else self.others()
        while True:
            seconds = run()
            after = self._last = self.others()
            busy = [x for x in (before, after) if x is not None]
            if not busy or max(busy) <= self.limit or self.spent >= self.patience:
                return {"s": seconds, "others_before": before, "others_after": after}
            self.redone += 1
            self.spent += seconds
            before = self._wait_for_quiet()

    def summary(self) -> dict:
        return {
            "active": self.works,
            "limit_cores": self.limit,
            "gap_s": self.gap,
            "patience_s": self.patience,
            "spent_s": round(self.spent, 1),
            "measurements_redone": self.redone,
        }


def measure(
    kind: str, args: list, repeat: int, guard: LoadGuard, configs: list[tuple[str, int]]
) -> list[dict]:
    samples: dict[tuple[str, int], list[dict]] = {c: [] for c in configs}
    expected = run_sequential(kind, args)
    for r in range(repeat):
        for model, workers in configs:
            sample = guard.measure(
                functools.partial(run_once, model, workers, kind, args, expected)
            )
            samples[(model, workers)].append(sample)
        print(
            f"  {kind}: round {r + 1}/{repeat} done ({guard.redone} measurements redone so far)",
            file=sys.stderr,
            flush=True,
        )
    baseline = statistics.median(x["s"] for x in samples[("sequential", 1)])
    rows = []
    for model, workers in configs:
        times = [x["s"] for x in samples[(model, workers)]]
        median = statistics.median(times)
        rows.append(
            {
                "model": model,
                "workers": workers,
                "median_s": round(median, 6),
                "min_s": round(min(times), 6),
                "max_s": round(max(times), 6),
                "speedup": float(f"{baseline / median:.3g}"),
                "samples_s": [round(t, 6) for t in times],
                # CPU cores other programs used just before and just after each sample
                "others_cores": [
                    [
                        None if x[k] is None else round(x[k], 2)
                        for k in ("others_before", "others_after")
                    ]
                    for x in samples[(model, workers)]
                ],
            }
        )
    return rows


# ---------------------------------------------------------------- the machine


def virtual_machine() -> bool | None:
    """True when the Linux kernel reports running under a hypervisor; None when it cannot tell."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags"):
                return "hypervisor" in line.split()
    except OSError:
        pass
    return None


def cpu_model() -> str:
    try:
        if sys.platform.startswith("linux"):
            for line in Path("/proc/cpuinfo").read_text().splitlines():
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
        if sys.platform == "darwin":
            out = subprocess.run(
                ["sysctl", "-n", "machdep.cpu.brand_string"],
                capture_output=True,
                text=True,
                timeout=5,
            )
            if out.returncode == 0 and out.stdout.strip():
                return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return platform.processor() or platform.machine() or "unknown"


def machine() -> dict:
    gil_check = getattr(sys, "_is_gil_enabled", None)  # Python 3.13+
    info = {
        "cpu_model": cpu_model(),
        "cpu_count": os.cpu_count(),
        "virtual_machine": virtual_machine(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "free_threaded_build": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
        "gil_enabled": gil_check() if gil_check else True,
        "start_method": multiprocessing.get_start_method(),
    }
    if hasattr(os, "sched_getaffinity"):
        info["cpus_usable"] = len(os.sched_getaffinity(0))
    # How this Python was built (./configure's arguments; none on Windows): whether it has
    # profile-guided optimization (--enable-optimizations) changes every time measured.
    configure = sysconfig.get_config_var("CONFIG_ARGS")
    if configure is not None:
        info["configure"] = configure
    return info


def load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):  # Windows has no load average
        return None


# ---------------------------------------------------------------- measuring


def main(args: argparse.Namespace, params: dict) -> int:
    info = machine()
    load_before = load_average()
    started = datetime.datetime.now(datetime.timezone.utc)
    print(
        f"bench_concurrency: size {args.size}, {params['repeat']} round(s) per job", file=sys.stderr
    )
    guard = LoadGuard(params["patience"])
    cpu_all = measure(
        "cpu",
        [params["cpu_n"]] * params["cpu_tasks"],
        params["repeat"],
        guard,
        configurations(process_start=True),
    )
    cpu_rows = [r for r in cpu_all if ":" not in r["model"]]
    start_rows = process_start_rows(cpu_all)
    io_rows = measure(
        "io",
        [params["io_latency"]] * params["io_tasks"],
        params["repeat"],
        guard,
        configurations(),
    )
    results = {
        "size": args.size,
        "date": started.strftime("%Y-%m-%d"),
        "machine": info,
        "load_average_before": load_before,
        "load_average_after": load_average(),
        "note": args.note,
        "load_guard": guard.summary(),
        "parameters": params,
        "timing": "wall clock (time.perf_counter) from creating the executor or event loop to the last result, "
        "worker start-up included; the median of the repetitions, which were interleaved; others_cores: the CPU "
        "cores other programs used on average in the gap just before and just after each kept sample",
        "jobs": {
            "cpu-bound": {
                "task": f"{params['cpu_tasks']} tasks, each a pure-Python loop of {params['cpu_n']:,} iterations",
                "results": cpu_rows,
            },
            "io-bound": {
                "task": f"{params['io_tasks']} tasks, each a blocking wait of {params['io_latency']} s "
                "(time.sleep; asyncio.sleep for asyncio)",
                "results": io_rows,
            },
            "process-start": {
                "task": "the CPU-bound job, handed to multiprocessing.Pool and to ProcessPoolExecutor "
                f"under each start method ({', '.join(start_methods())}); measured in the same rounds, "
                f"speed-up over the same sequential run; ProcessPoolExecutor with the default start "
                f"method ({info['start_method']}) is the cpu-bound job's processes rows",
                "results": start_rows,
            },
        },
    }
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    names = write_plots(args.out, results, models=MODELS, workers=WORKERS)

    print(
        f"Python {info['python']} ({'free-threaded' if info['free_threaded_build'] else 'with the GIL'}), "
        f"{info['cpu_count']} CPUs, {info['cpu_model']}, start method {info['start_method']}"
    )
    for job, rows in (("cpu-bound", cpu_rows), ("io-bound", io_rows)):
        print(f"\n{job}: median seconds (speed-up over sequential)")
        for r in rows:
            print(
                f"  {r['model']:<10} {r['workers']} worker(s)  {r['median_s']:8.3f} s  x{r['speedup']}"
            )
    print("\nprocess start-up (the CPU-bound job): median seconds (speed-up over sequential)")
    for r in start_rows:
        method = r["start_method"] + (" (default)" if r["default"] else "")
        print(
            f"  {r['executor']:<19} {method:<20} {r['workers']} worker(s)  "
            f"{r['median_s']:8.3f} s  x{r['speedup']}"
        )
    print(f"\nwrote results.json, {', '.join(names)} in {args.out}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(ARGS, PARAMS))
    except KeyboardInterrupt:
        sys.exit(INTERRUPTED)

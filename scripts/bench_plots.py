"""The plots of scripts/bench_concurrency.py: a bar chart per job and language, SVG drawn by hand.

Three charts, each in Chinese (NAME.svg) and English (NAME.en.svg): the
CPU-bound and the I/O-bound job by model and worker count (cpu-bound,
io-bound), and the CPU-bound job handed to the two process pools under each
start method (process-start), drawn only when results.json has those runs.

Drawn by hand so that the benchmark needs nothing but the standard library.
The measuring stays in bench_concurrency.py; this module only turns the
results it wrote (results.json) into pictures, which is also all --replot does.
"""

from __future__ import annotations

import math
from pathlib import Path
from xml.sax.saxutils import escape

COLOURS = {"threads": "#3b82f6", "processes": "#f59e0b", "asyncio": "#10b981"}
# The start methods' bars in the process-start plot (fork is the amber of "processes" on Linux).
METHOD_COLOURS = {"fork": "#f59e0b", "forkserver": "#8b5cf6", "spawn": "#ef4444"}
TEXT = "#888"  # mid grey: readable on the light and on the dark palette
FONT = (
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', "
    "'Noto Sans CJK SC', Arial, sans-serif"
)

# After the Python version in a plot's description, when the results are of a free-threaded build.
BUILDS = {
    "zh": {False: "（自由线程构建，GIL 没有启用）", True: "（自由线程构建，GIL 重新启用了）"},
    "en": {
        False: " (free-threaded build, with the GIL off)",
        True: " (free-threaded build, GIL re-enabled)",
    },
}


def _build(info: dict, language: str) -> str:
    """Nothing for a default build; for a free-threaded one, that it is, and whether its GIL was on."""
    if not info.get("free_threaded_build"):
        return ""
    return BUILDS[language][bool(info.get("gil_enabled"))]


# The plots' words in each language of the site. The Chinese plot is NAME.svg,
# the English one NAME.en.svg: the site's i18n plugin gives each language's
# page its own file for the same link.
WORDS = {
    "zh": {
        "suffix": "",
        "title": {"cpu": "CPU 密集型任务：纯 Python 循环", "io": "I/O 密集型任务：阻塞等待"},
        "job": {"cpu": "CPU 密集型任务", "io": "I/O 密集型任务"},
        "model": {
            "sequential": "顺序执行",
            "threads": "线程",
            "processes": "进程",
            "asyncio": "asyncio",
        },
        "baseline": "顺序执行：不并发",
        "workers": lambda n: f"{n} 个工作者",
        "axis": lambda repeat: f"秒（{repeat} 次测量的中位数）",
        "footer": "每次的总工作量相同；越低越快",
        "seconds": lambda text: f"{text} 秒",
        "sep": "；",
        "desc": lambda job, parts, info: (
            f"柱状图：{job}分别交给 1、2、4 个工作者完成时的耗时，越低越快。{parts}。"
            f"测量环境：Python {info['python']}{_build(info, 'zh')}，{info['cpu_count']} 个 CPU（{info['cpu_model']}）。"
        ),
        "start_title": "按启动方法比较两种进程池",
        "start_footer": "CPU 密集型任务；越低越快",
        "default": lambda method: f"{method}（默认）",
        "start_desc": lambda parts, info: (
            f"柱状图：CPU 密集型任务交给 ProcessPoolExecutor（上）和 multiprocessing.Pool（下），"
            f"用各个启动方法启动 1、2、4 个工作进程时的耗时，越低越快。{parts}。"
            f"测量环境：Python {info['python']}{_build(info, 'zh')}，{info['cpu_count']} 个 CPU（{info['cpu_model']}）。"
        ),
    },
    "en": {
        "suffix": ".en",
        "title": {"cpu": "CPU-bound job: pure-Python loops", "io": "I/O-bound job: blocking waits"},
        "job": {"cpu": "the CPU-bound job", "io": "the I/O-bound job"},
        "model": {
            "sequential": "sequential",
            "threads": "threads",
            "processes": "processes",
            "asyncio": "asyncio",
        },
        "baseline": "sequential: no concurrency",
        "workers": lambda n: f"{n} worker" + ("s" if n > 1 else ""),
        "axis": lambda repeat: f"seconds (median of {repeat})",
        "footer": "the same total work every time; lower is faster",
        "seconds": lambda text: f"{text} s",
        "sep": "; ",
        "desc": lambda job, parts, info: (
            f"Bar chart: how long {job} takes with 1, 2 and 4 workers; lower is faster. {parts}. "
            f"Measured with Python {info['python']}{_build(info, 'en')} on {info['cpu_count']} CPUs ({info['cpu_model']})."
        ),
        "start_title": "The two process pools by start method",
        "start_footer": "the CPU-bound job; lower is faster",
        "default": lambda method: f"{method} (default)",
        "start_desc": lambda parts, info: (
            "Bar chart: how long the CPU-bound job takes when ProcessPoolExecutor (top) and "
            "multiprocessing.Pool (bottom) start 1, 2 and 4 worker processes with each start method; "
            f"lower is faster. {parts}. "
            f"Measured with Python {info['python']}{_build(info, 'en')} on {info['cpu_count']} CPUs ({info['cpu_model']})."
        ),
    },
}


def _nice_top(value: float) -> tuple[float, float]:
    """A round axis maximum at or above value, and its tick step (at most 5 ticks)."""
    magnitude = 10 ** math.floor(math.log10(value)) if value > 0 else 1.0
    for factor in (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10):
        step = magnitude * factor
        ticks = math.ceil(value / step - 1e-9)
        if ticks <= 5:
            return step * max(ticks, 1), step
    raise AssertionError("unreachable")


def _fmt(seconds: float) -> str:
    """An axis label: 0, 0.25, 1.5, 10."""
    return f"{seconds:.3g}"


def _fmt_value(seconds: float) -> str:
    """A measured time, as the pages' tables show it: 1.23, 0.40; tiny runs get 2 significant digits."""
    return f"{seconds:.2f}" if seconds >= 0.1 else f"{seconds:.2g}"


def _text_width(text: str, size: float) -> float:
    """A rough width of text in a sans-serif font (CJK characters are square), enough to centre a legend."""
    return sum(1.0 if ord(c) >= 0x2E80 else 0.56 for c in text) * size


def describe(kind: str, rows: list[dict], info: dict, lang: str) -> str:
    words = WORDS[lang]
    parts = []
    for r in rows:
        model = words["model"][r["model"]]
        seconds = words["seconds"](_fmt_value(r["median_s"]))
        if r["model"] == "sequential":
            parts.append(f"{model} {seconds}")
        else:
            parts.append(f"{model}, {words['workers'](r['workers'])}: {seconds}")
    return words["desc"](words["job"][kind], words["sep"].join(parts), info)


def render_svg(
    kind: str,
    rows: list[dict],
    repeat: int,
    info: dict,
    lang: str,
    *,
    models: tuple[str, ...],
    workers: tuple[int, ...],
) -> str:
    """One job's plot: a group of bars per worker count in `workers`, a bar per model in `models`."""
    words = WORDS[lang]
    title = words["title"][kind]
    width, height = 400, 330
    left, right, top, bottom = 56, 8, 92, 50
    plot_w, plot_h = width - left - right, height - top - bottom
    by = {(r["model"], r["workers"]): r["median_s"] for r in rows}
    baseline = by[("sequential", 1)]
    y_max, step = _nice_top(max(by.values()) * 1.1)

    def y(v: float) -> float:
        return top + plot_h - v / y_max * plot_h

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{kind}-title {kind}-desc" font-family="{FONT}" fill="{TEXT}">',
        f'<title id="{kind}-title">{escape(title)}</title>',
        f'<desc id="{kind}-desc">{escape(describe(kind, rows, info, lang))}</desc>',
        f'<text x="{width / 2:g}" y="20" text-anchor="middle" font-size="16" font-weight="bold">'
        f"{escape(title)}</text>",
    ]
    # legend: the three models in one row, the baseline under them, both centred
    _legend(out, width, [(words["model"][m], COLOURS[m]) for m in models], words["baseline"])
    # y axis: grid lines and labels
    ticks = round(y_max / step)
    for i in range(ticks + 1):
        v = step * i
        out.append(
            f'<line x1="{left}" y1="{y(v):.1f}" x2="{width - right}" y2="{y(v):.1f}" stroke="{TEXT}" '
            f'stroke-opacity="{0.6 if i == 0 else 0.25}" stroke-width="1"/>'
        )
        out.append(
            f'<text x="{left - 5}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="13">{_fmt(v)}</text>'
        )
    out.append(
        f'<text transform="translate(14 {top + plot_h / 2:.1f}) rotate(-90)" text-anchor="middle" '
        f'font-size="13">{escape(words["axis"](repeat))}</text>'
    )
    # bars: one group per worker count
    group_w = plot_w / len(workers)
    bar_w, bar_gap = 32, 3
    for g, n in enumerate(workers):
        group_x = (
            left + g * group_w + (group_w - len(models) * bar_w - (len(models) - 1) * bar_gap) / 2
        )
        for b, model in enumerate(models):
            v = by[(model, n)]
            bx = group_x + b * (bar_w + bar_gap)
            tip = (
                f"{words['model'][model]}, {words['workers'](n)}: {words['seconds'](_fmt_value(v))}"
            )
            out.append(
                f'<rect x="{bx:.1f}" y="{y(v):.1f}" width="{bar_w}" height="{top + plot_h - y(v):.1f}" '
                f'fill="{COLOURS[model]}"><title>{escape(tip)}</title></rect>'
            )
            out.append(
                f'<text x="{bx + bar_w / 2:.1f}" y="{y(v) - 4:.1f}" text-anchor="middle" font-size="12">'
                f"{_fmt_value(v)}</text>"
            )
        out.append(
            f'<text x="{left + g * group_w + group_w / 2:.1f}" y="{top + plot_h + 19}" text-anchor="middle" '
            f'font-size="14">{escape(words["workers"](n))}</text>'
        )
    # the sequential baseline, drawn over the bars
    out.append(
        f'<line x1="{left}" y1="{y(baseline):.1f}" x2="{width - right}" y2="{y(baseline):.1f}" stroke="{TEXT}" '
        f'stroke-width="2" stroke-dasharray="5 3"/>'
    )
    out.append(
        f'<text x="{width / 2:g}" y="{height - 8}" text-anchor="middle" font-size="13">'
        f"{escape(words['footer'])}</text>"
    )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _ordered(values) -> list:
    return list(dict.fromkeys(values))


def executor_name(executor: str) -> str:
    """A process pool as the plot and the table name it: ProcessPoolExecutor, multiprocessing.Pool."""
    return "multiprocessing.Pool" if executor == "Pool" else executor


def method_name(method: str, default: bool, lang: str) -> str:
    """A start method as the plot and the table name it: fork, or fork (default)."""
    return WORDS[lang]["default"](method) if default else method


def describe_start(rows: list[dict], info: dict, lang: str) -> str:
    words = WORDS[lang]
    parts = [
        f"{executor_name(r['executor'])}, {method_name(r['start_method'], r['default'], lang)}, "
        f"{words['workers'](r['workers'])}: {words['seconds'](_fmt_value(r['median_s']))}"
        for r in rows
    ]
    return words["start_desc"](words["sep"].join(parts), info)


def render_start_svg(rows: list[dict], baseline: float, repeat: int, info: dict, lang: str) -> str:
    """The process-start plot: a panel per pool (ProcessPoolExecutor above, Pool below), in each a
    group of bars per worker count and a bar per start method, on one scale; the dashed line is the
    sequential run of the same job."""
    words = WORDS[lang]
    executors = _ordered(r["executor"] for r in rows)
    methods = _ordered(r["start_method"] for r in rows)
    workers = _ordered(r["workers"] for r in rows)
    defaults = {r["start_method"] for r in rows if r["default"]}
    by = {(r["executor"], r["start_method"], r["workers"]): r["median_s"] for r in rows}
    title = words["start_title"]
    width, left, right = 400, 56, 8
    panel_top, plot_h, panel_gap = 100, 160, 70  # the first panel's label, the bars' height
    plot_w = width - left - right
    height = panel_top + len(executors) * (plot_h + panel_gap) + 20
    y_max, step = _nice_top(max([*by.values(), baseline]) * 1.1)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="start-title start-desc" font-family="{FONT}" fill="{TEXT}">',
        f'<title id="start-title">{escape(title)}</title>',
        f'<desc id="start-desc">{escape(describe_start(rows, info, lang))}</desc>',
        f'<text x="{width / 2:g}" y="20" text-anchor="middle" font-size="16" font-weight="bold">'
        f"{escape(title)}</text>",
    ]
    # legend: the start methods in one row, the baseline under them, both centred
    names = {m: method_name(m, m in defaults, lang) for m in methods}
    _legend(out, width, [(names[m], METHOD_COLOURS[m]) for m in methods], words["baseline"])
    for p, executor in enumerate(executors):
        label_y = panel_top + p * (plot_h + panel_gap)
        top = label_y + 14

        def y(v: float, top: float = top) -> float:
            return top + plot_h - v / y_max * plot_h

        out.append(
            f'<text x="{left}" y="{label_y}" font-size="14" font-weight="bold">{escape(executor_name(executor))}</text>'
        )
        for i in range(round(y_max / step) + 1):
            v = step * i
            out.append(
                f'<line x1="{left}" y1="{y(v):.1f}" x2="{width - right}" y2="{y(v):.1f}" '
                f'stroke="{TEXT}" stroke-opacity="{0.6 if i == 0 else 0.25}" stroke-width="1"/>'
            )
            out.append(
                f'<text x="{left - 5}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="13">'
                f"{_fmt(v)}</text>"
            )
        out.append(
            f'<text transform="translate(14 {top + plot_h / 2:.1f}) rotate(-90)" text-anchor="middle" '
            f'font-size="13">{escape(words["axis"](repeat))}</text>'
        )
        group_w = plot_w / len(workers)
        bar_w, bar_gap = 32, 3
        for g, n in enumerate(workers):
            group_x = (
                left
                + g * group_w
                + (group_w - len(methods) * bar_w - (len(methods) - 1) * bar_gap) / 2
            )
            for b, method in enumerate(methods):
                v = by[(executor, method, n)]
                bx = group_x + b * (bar_w + bar_gap)
                tip = (
                    f"{executor_name(executor)}, {names[method]}, {words['workers'](n)}: "
                    f"{words['seconds'](_fmt_value(v))}"
                )
                out.append(
                    f'<rect x="{bx:.1f}" y="{y(v):.1f}" width="{bar_w}" '
                    f'height="{top + plot_h - y(v):.1f}" fill="{METHOD_COLOURS[method]}">'
                    f"<title>{escape(tip)}</title></rect>"
                )
                out.append(
                    f'<text x="{bx + bar_w / 2:.1f}" y="{y(v) - 4:.1f}" text-anchor="middle" '
                    f'font-size="12">{_fmt_value(v)}</text>'
                )
            out.append(
                f'<text x="{left + g * group_w + group_w / 2:.1f}" y="{top + plot_h + 19}" '
                f'text-anchor="middle" font-size="14">{escape(words["workers"](n))}</text>'
            )
        out.append(
            f'<line x1="{left}" y1="{y(baseline):.1f}" x2="{width - right}" y2="{y(baseline):.1f}" '
            f'stroke="{TEXT}" stroke-width="2" stroke-dasharray="5 3"/>'
        )
    out.append(
        f'<text x="{width / 2:g}" y="{height - 8}" text-anchor="middle" font-size="13">'
        f"{escape(words['start_footer'])}</text>"
    )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def write_plots(
    out_dir: Path, results: dict, *, models: tuple[str, ...], workers: tuple[int, ...]
) -> list[str]:
    """Draw cpu-bound.svg and io-bound.svg (Chinese) and their .en.svg twins from the results, and
    process-start.svg and .en.svg when the results have those runs; return the names.

    `models` and `workers` are what the benchmark measured, in the order the bars stand in; passed
    in, not imported, because bench_concurrency.py, which defines them, imports this module. The
    process-start plot takes its pools, start methods and worker counts from its rows."""
    written = []
    for kind, job in (("cpu", "cpu-bound"), ("io", "io-bound")):
        rows = results["jobs"][job]["results"]
        for lang, words in WORDS.items():
            name = f"{job}{words['suffix']}.svg"
            svg = render_svg(
                kind,
                rows,
                results["parameters"]["repeat"],
                results["machine"],
                lang,
                models=models,
                workers=workers,
            )
            (out_dir / name).write_text(svg, encoding="utf-8")
            written.append(name)
    start = results["jobs"].get("process-start")
    if start:
        cpu = results["jobs"]["cpu-bound"]["results"]
        baseline = next(r["median_s"] for r in cpu if r["model"] == "sequential")
        for lang, words in WORDS.items():
            name = f"process-start{words['suffix']}.svg"
            svg = render_start_svg(
                start["results"],
                baseline,
                results["parameters"]["repeat"],
                results["machine"],
                lang,
            )
            (out_dir / name).write_text(svg, encoding="utf-8")
            written.append(name)
    return written


def _legend(out: list[str], width: float, entries: list[tuple[str, str]], baseline: str) -> None:
    """A row of colour swatches with their names, and the dashed baseline's under it, centred."""
    swatch, gap, size = 13, 16, 14
    items = [(name, colour, _text_width(name, size)) for name, colour in entries]
    x = (width - sum(swatch + 5 + w for _, _, w in items) - gap * (len(items) - 1)) / 2
    for name, colour, w in items:
        out.append(f'<rect x="{x:.1f}" y="36" width="{swatch}" height="{swatch}" fill="{colour}"/>')
        out.append(
            f'<text x="{x + swatch + 5:.1f}" y="48" font-size="{size}">{escape(name)}</text>'
        )
        x += swatch + 5 + w + gap
    x = (width - 24 - 5 - _text_width(baseline, size)) / 2
    out.append(
        f'<line x1="{x:.1f}" y1="64" x2="{x + 24:.1f}" y2="64" stroke="{TEXT}" stroke-width="2" '
        f'stroke-dasharray="5 3"/>'
    )
    out.append(f'<text x="{x + 29:.1f}" y="69" font-size="{size}">{escape(baseline)}</text>')

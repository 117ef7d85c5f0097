"""How loading, selection, filtering and grouping scale with the number of facts.

    python benchmarks/scale.py                       # 10k, 100k and 1M facts
    python benchmarks/scale.py --facts 10000 100000  # some sizes only
    python benchmarks/scale.py --loads-only --repeat 3 --facts 1000000  # the loads alone, each run listed
    XDG_CACHE_HOME=$(mktemp -d) python benchmarks/scale.py --child phases DIR  # a load's steps, checked then cached
    python benchmarks/scale.py --child window DIR --profile /tmp/w.prof  # where the window step's time goes
    python benchmarks/scale.py --loads-only --baseline /tmp/old  # and a checkout of older code, run by run

For each size a synthetic folder is written once (benchmarks/synth.py, kept in
--workdir) and every measurement runs in a fresh process, so peak memory (ru_maxrss)
belongs to that measurement alone:

- floor: pandas' own ``read_csv`` of the same facts.csv (all columns as text);
- cold load: ``load_fact_base`` with an empty cache (every fact checked);
- warm load: ``load_fact_base`` with the cache the cold load left;
- the window (offscreen Qt, shown): tree selections (table, quote and plots updated,
  painted), table-row selections (quote and plots), filter keystrokes (the work one
  debounced keystroke triggers, painted), grouping switches, View ▸ Show only conflicts
  turned on and off and tree jumps while it is on (claims across sources: the Agreement
  column and the Sources panel are on, as for any base of several sources); peak memory of
  the whole process against the loaded DataFrame's ``memory_usage(deep=True)``.

Prints a Markdown table; --json FILE also writes the raw figures. Times are wall clock on
a shared machine: compare each figure with the floor measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    """CPU time of this process so far, every thread's, user and system: on a shared box it moves less with the
    other users' load than the wall clock does (a load on two free cores can spend more CPU than wall time)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


# ---- measurements, each run in its own process ---------------------------------------------

def floor(data: Path) -> dict[str, Any]:
    import pandas as pd

    # Text columns as Python strings, as the app holds them (explorer.model.load.fastload sets it): with
    # pyarrow installed pandas 3 would otherwise convert every column to Arrow, nearly doubling the floor.
    pd.set_option("mode.string_storage", "python")
    t0, c0 = time.perf_counter(), _cpu_seconds()
    frame = pd.read_csv(data / "facts.csv", dtype=str, keep_default_na=False)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "cpu_seconds": _cpu_seconds() - c0, "rows": len(frame), "peak_mb": _peak_mb(),
            "frame_mb": frame.memory_usage(deep=True).sum() / 2**20}


def load(data: Path) -> dict[str, Any]:
    from explorer.model import load_fact_base

    writes: list[Any] = []
    t0, c0 = time.perf_counter(), _cpu_seconds()
    # As the app loads: the cold and the warm load; a cold load's cache entry is written after the facts are shown.
    base = load_fact_base(data, use_cache=True, cache_writes=writes)
    seconds, cpu = time.perf_counter() - t0, _cpu_seconds() - c0
    t0 = time.perf_counter()
    for write in writes:
        write.run()
    return {"seconds": seconds, "cpu_seconds": cpu, "facts": len(base.facts), "problems": len(base.problems),
            "peak_mb": _peak_mb(),
            "frame_mb": base.facts.memory_usage(deep=True).sum() / 2**20,
            "entry_seconds": time.perf_counter() - t0 if writes else None}


def phases(data: Path) -> dict[str, Any]:
    """Where a checked load's time goes, then a cached one's: seconds per step of ``load_fact_base``."""
    import functools

    from explorer.model.load import cache, factbase

    spent: dict[str, float] = {}

    def timed(module: Any, name: str) -> None:
        real = getattr(module, name)

        @functools.wraps(real)
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - start
        setattr(module, name, run)

    for name in ("read_sources", "read_facts", "add_derived", "add_claims", "claims_arrays", "restore_claims"):
        timed(factbase, name)
    for name in ("key_for", "load", "store"):
        timed(cache, name)
    out: dict[str, Any] = {}
    for kind in ("checked", "cached"):
        spent.clear()
        t0 = time.perf_counter()
        factbase.load_fact_base(data, use_cache=True)
        out[kind] = {"seconds": time.perf_counter() - t0, **{k: round(v, 3) for k, v in spent.items()}}
    return out


def tree_nodes(proxy: Any) -> list[Any]:
    """Every index of the tree's model from its first row down (the tree expanded, each one a node to jump to)."""
    nodes = []
    stack = [proxy.index(0, 0)]
    while stack:
        index = stack.pop()
        nodes.append(index)
        stack.extend(proxy.index(r, 0, index) for r in range(proxy.rowCount(index)))
    return nodes


def window(data: Path, selections: int, profile: Path | None = None) -> dict[str, Any]:
    """The window step; with ``profile``, cProfile runs inside every timed step (their times then include it)
    and its statistics are written to that file (``python -m pstats FILE``)."""
    import cProfile
    import gc

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from explorer.app import build_window, dispose

    app = QApplication.instance() or QApplication([])
    from explorer.ui import theme

    theme.apply(False)  # the light theme, as the app starts (its style and palette)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    t0 = time.perf_counter()
    win = build_window(data, settings, load_async=True)  # as the app loads: in a worker
    win.resize(1280, 800)
    win.show()
    while win.fact_base is None and time.perf_counter() - t0 < 600:
        app.processEvents()
        time.sleep(0.005)
    built = time.perf_counter() - t0
    # The plot tabs not on screen fill themselves a moment after the data is shown.
    waited = time.perf_counter()
    while not all(win.plots._filled.get(k) is win.fact_base for k, _ in win.plots.TABS) \
            and time.perf_counter() - waited < 120:
        app.processEvents()
        time.sleep(0.005)
    # So does the tree of the other grouping (from session 7; older code has nothing to wait for).
    prepared = getattr(win.nav.tree_model, "prepared", None)
    while prepared is not None and not prepared() and time.perf_counter() - waited < 120:
        app.processEvents()
        time.sleep(0.005)
    # And (from session 8) the window freezes what it made ahead once it is made, a poll interval later.
    import explorer.app

    settled = time.perf_counter() + 2 * getattr(explorer.app, "PREPARED_POLL_MS", 0) / 1000
    while time.perf_counter() < settled:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    load_at_start = os.getloadavg()[0]  # the machine is shared: said beside every window figure
    rng = random.Random(7)

    def settle() -> None:
        # Layout and paint of what changed: a view's delayed layout runs in the first pass, and
        # the paint it asks for is posted, so only a second pass puts it on screen.
        app.processEvents()
        app.processEvents()

    profiler = cProfile.Profile() if profile is not None else None
    # The cyclic garbage collector's passes inside each timed step, for the tail: (generation, ms) each.
    collections: list[tuple[int, float]] = []
    collecting: list[float] = []

    def on_collect(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collecting[:] = [time.perf_counter()]
        elif collecting:
            collections.append((info["generation"], (time.perf_counter() - collecting[0]) * 1000))

    gc_ms: dict[str, list[list[float]]] = {}  # step name -> per timed action, the ms of each collection in it

    def timed(action: Any, step: str = "other") -> float:
        if profiler is not None:
            profiler.enable()
        collections.clear()
        start = time.perf_counter()
        action()
        settle()
        took = (time.perf_counter() - start) * 1000
        if profiler is not None:
            profiler.disable()
        gc_ms.setdefault(step, []).append([round(ms, 2) for _, ms in collections])
        return took

    gc.callbacks.append(on_collect)

    tree, proxy = win.nav.tree, win.nav.tree_proxy
    tree.expandAll()
    nodes = tree_nodes(proxy)
    # A jump to any node of the expanded tree (the tree scrolls and repaints whole) ...
    tree_ms = [timed(lambda: tree.setCurrentIndex(rng.choice(nodes)), "tree") for _ in range(selections)]
    # ... and the arrow key to the next node down, as a person reads the tree.
    tree.setCurrentIndex(proxy.index(0, 0))
    settle()
    tree_down_ms = [timed(lambda: QTest.keyClick(tree, Qt.Key.Key_Down), "tree_down") for _ in range(selections)]
    tree.setCurrentIndex(proxy.index(0, 0))
    settle()
    table = win.table
    n_rows = win.table.model().rowCount()
    table_ms = [timed(lambda: table.setCurrentIndex(table.model().index(rng.randrange(n_rows), 0)), "table")
                for _ in range(selections)]
    table.setCurrentIndex(table.model().index(0, 0))
    settle()
    table_down_ms = [timed(lambda: QTest.keyClick(table, Qt.Key.Key_Down), "table_down") for _ in range(selections)]
    # A keystroke: what the debounced filter does with the text typed so far. Above
    # MainWindow.ASYNC_FILTER_FACTS the search runs in a worker: the UI thread is busy only
    # while it hands the text over and while it shows the answer, so both are timed, and
    # so is the wait until the filtered tree and table are on screen.
    applied: list[float] = []
    show = win._show_filter

    def timed_show(text: str, mask: Any) -> None:
        start = time.perf_counter()
        show(text, mask)
        settle()
        applied.append((time.perf_counter() - start) * 1000)

    win._show_filter = timed_show  # type: ignore[method-assign]
    # From MainWindow.ASYNC_FILTER_FACTS a child process does the searching once it has the texts
    # (started right after loading): measure typing once it is there, and say when that was.
    from explorer.model.search.index import search_index

    base = win.fact_base
    assert base is not None, "the window did not load the data"
    server_wait = time.perf_counter()
    async_filter = len(base.facts) >= win.session.ASYNC_FILTER_FACTS
    while async_filter and search_index(base).server is None and time.perf_counter() - server_wait < 60:
        app.processEvents()
        time.sleep(0.01)
    server_wait = time.perf_counter() - server_wait
    words = ["port", "steel", "harbour growth", "城", "revenue of", "zzz", "pioneer jade"]
    key_ms, key_latency_ms = [], []
    for word in words:
        for text in [word[:i] for i in range(1, len(word) + 1)] + [""]:
            done = len(applied)
            collections.clear()
            start = time.perf_counter()
            win.nav.filter_edit.setText(text)
            win.nav.flush_filter()
            settle()
            handed = (time.perf_counter() - start) * 1000
            while len(applied) == done:
                time.sleep(0.0005)
                app.processEvents()
            key_latency_ms.append((time.perf_counter() - start) * 1000)
            key_ms.append(max(handed, applied[-1]))
            gc_ms.setdefault("keystroke", []).append([round(ms, 2) for _, ms in collections])
    repaint_ms = [timed(win.repaint) for _ in range(30)]
    group_ms = [timed(lambda g=g: win.set_grouping(g)) for g in ("sector", "city") * 3]
    # Claims across sources: the Agreement column and the Sources panel are on whenever a base has
    # several sources; View ▸ Show only conflicts narrows tree and table through the filter's mask.
    claims = _claims_state(win)
    conflicts_ms = [timed(lambda on=on: win.set_conflicts_only(on)) for on in (True, False) * 3]
    win.set_conflicts_only(True)
    settle()
    conflict_nodes = tree_nodes(proxy)
    tree.expandAll()
    settle()
    conflict_tree_ms = [timed(lambda: tree.setCurrentIndex(rng.choice(conflict_nodes)))
                        for _ in range(selections // 3)] if conflict_nodes else []
    win.set_conflicts_only(False)
    result = {
        "build_window_s": built,
        "tree_select_ms": tree_ms, "table_select_ms": table_ms, "tree_down_ms": tree_down_ms,
        "table_down_ms": table_down_ms, "keystroke_ms": key_ms,
        "keystroke_latency_ms": key_latency_ms, "grouping_ms": group_ms, "repaint_ms": repaint_ms,
        "conflicts_only_ms": conflicts_ms, "conflicts_tree_select_ms": conflict_tree_ms, "claims": claims,
        "async_filter": async_filter,
        "search_server": async_filter and search_index(base).server is not None,
        "search_server_wait_s": server_wait,
        "facts": len(win.fact_base.facts) if win.fact_base is not None else 0,
        "frame_mb": win.fact_base.facts.memory_usage(deep=True).sum() / 2**20 if win.fact_base is not None else 0,
        "peak_mb": _peak_mb(),
        "load_average": [load_at_start, os.getloadavg()[0]],
        "gc_ms": gc_ms, "gc_frozen": gc.get_freeze_count(), "gc_tracked": len(gc.get_objects()),
    }
    gc.callbacks.remove(on_collect)
    dispose(win)
    if profiler is not None and profile is not None:
        profiler.dump_stats(str(profile))
    return result


def _claims_state(win: Any) -> dict[str, Any]:
    """Whether the window compares sources (Agreement column, Sources panel) and the facts' agreement."""
    from explorer.model.claims.agreement import CONFLICT, CORROBORATED, SINGLE
    from explorer.ui.fact_table import AGREEMENT_COLUMN

    agreement = win.table_model.agreement
    kinds = {} if agreement is None else {
        name: int((agreement.kind == k).sum()) for name, k in
        (("corroborated", CORROBORATED), ("conflict", CONFLICT), ("single", SINGLE))}
    return {"agreement_column": not win.table.isColumnHidden(AGREEMENT_COLUMN),
            "sources_panel": win.claims_panel.isVisible(), "rows": win.table_model.rowCount(), **kinds}


# ---- driver ----------------------------------------------------------------------------------

def _child(kind: str, data: Path, env: dict[str, str], selections: int, root: Path = ROOT) -> dict[str, Any]:
    """One measurement in a fresh process; ``root``: another checkout whose code this script measures."""
    if root != ROOT:  # the venv's editable install would otherwise import this tree
        env = {**env, "PYTHONPATH": str(root)}
    out = subprocess.run([sys.executable, str(HERE / "scale.py"), "--child", kind, str(data),
                          "--selections", str(selections)], env=env, capture_output=True, text=True, cwd=root,
                         timeout=1800)
    if out.returncode != 0:
        raise RuntimeError(f"{kind} on {data} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(n: int, workdir: Path, selections: int, repeat: int, window_too: bool = True,
            baseline: Path | None = None) -> dict[str, Any]:
    data = workdir / f"synth-{n}"
    if not (data / "sources.csv").is_file():
        subprocess.run([sys.executable, str(HERE / "synth.py"), "--facts", str(n), "--out", str(data)], check=True)
    cache = Path(tempfile.mkdtemp(prefix="fe-cache-"))
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("FACT_EXPLORER_NO_CACHE", None)
    floors, colds, warms, olds = [], [], [], []
    load_before = os.getloadavg()
    try:
        for _ in range(repeat):
            floors.append(_child("floor", data, env, selections))
            if baseline is not None:  # the older code's checked load, in the same run, between the floor and ours
                shutil.rmtree(cache / "fact-explorer", ignore_errors=True)
                olds.append(_child("load", data, env, selections, root=baseline))
            shutil.rmtree(cache / "fact-explorer", ignore_errors=True)
            colds.append(_child("load", data, env, selections))
            warms.append(_child("load", data, env, selections))
        win = _child("window", data, env, selections) if window_too else None
    finally:
        shutil.rmtree(cache, ignore_errors=True)  # ~300 MB at 1M facts
    return {"n": n, "size_mb": (data / "facts.csv").stat().st_size / 2**20, "floor": floors, "cold": colds,
            "warm": warms, "window": win, "load_average": [load_before, os.getloadavg()], "baseline": olds}


def _median(runs: list[dict[str, Any]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def _cpu(run: dict[str, Any]) -> str:
    return f"{run['cpu_seconds']:.2f} s" if run.get("cpu_seconds") is not None else "–"


def report_loads(results: list[dict[str, Any]]) -> str:
    """The loads alone (``--loads-only``): each run's figures against the floor of the same run."""
    old = any(r.get("baseline") for r in results)
    lines = ["| facts (csv MB) | run | read_csv floor | load, checked | ÷ floor | load, cached (claims on) | ÷ floor "
             "| load average (1 min, before → after) | then the cache entry written |"
             + (" baseline, checked | ÷ floor |" if old else "") + " CPU: floor / checked / baseline |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |" + (" ---: | ---: |" if old else "")
             + " ---: |"]
    for r in results:
        (before, after) = r["load_average"]
        olds = r.get("baseline") or [None] * len(r["floor"])
        for i, (f, c, w, o) in enumerate(zip(r["floor"], r["cold"], r["warm"], olds), 1):
            lines.append(f"| {r['n']:,} ({r['size_mb']:.0f}) | {i} | {f['seconds']:.2f} s | {c['seconds']:.2f} s | "
                         f"**{c['seconds'] / f['seconds']:.2f}x** | {w['seconds']:.2f} s | "
                         f"**{w['seconds'] / f['seconds']:.2f}x** | {before[0]:.2f} → {after[0]:.2f} | "
                         + (f"{c['entry_seconds']:.2f} s |" if c.get("entry_seconds") is not None else "– |")
                         + (f" {o['seconds']:.2f} s | **{o['seconds'] / f['seconds']:.2f}x** |" if o else "")
                         + f" {_cpu(f)} / {_cpu(c)}" + (f" / {_cpu(o)}" if o else "") + " |")
    return "\n".join(lines)


def report(results: list[dict[str, Any]]) -> str:
    def pair(values: list[float]) -> str:
        return f"{_pct(values, .5):.1f} / {_pct(values, .99):.1f} ms"

    lines = [
        "| facts (csv MB) | read_csv floor | load, checked | load, cached | cached / floor | peak RSS / frame |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        f, c, w, win = _median(r["floor"], "seconds"), _median(r["cold"], "seconds"), _median(r["warm"], "seconds"), \
            r["window"]
        lines.append(
            f"| {r['n']:,} ({r['size_mb']:.0f}) | {f:.2f} s | {c:.2f} s ({c / f:.1f}x) | {w:.2f} s | "
            f"**{w / f:.2f}x** | {win['peak_mb']:.0f} / {win['frame_mb']:.0f} MB "
            f"(**{win['peak_mb'] / win['frame_mb']:.1f}x**) |")
    lines += [
        "",
        "| facts | repaint floor p50 | tree: jump p50 / p99 | tree: ↓ p50 / p99 | row: jump p50 / p99 | "
        "row: ↓ p50 / p99 | keystroke UI p50 / p99 | keystroke → shown p50 / p99 | grouping p50 / max |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        win = r["window"]
        k, g, lat = win["keystroke_ms"], win["grouping_ms"], win["keystroke_latency_ms"]
        searched = " (child process)" if win.get("search_server") else " (worker)" if win["async_filter"] else ""
        lines.append(
            f"| {r['n']:,} | {_pct(win['repaint_ms'], .5):.1f} ms | {pair(win['tree_select_ms'])} | "
            f"{pair(win['tree_down_ms'])} | {pair(win['table_select_ms'])} | {pair(win['table_down_ms'])} | "
            f"{pair(k)}{searched} | {_pct(lat, .5):.0f} / {_pct(lat, .99):.0f} ms | "
            f"{_pct(g, .5):.0f} / {max(g):.0f} ms |")
    lines += [
        "",
        "Against the floor of the same run (each p99, or the grouping's max, ÷ the repaint floor's p50), with the "
        "load average (1 min) while the window step ran:",
        "",
        "| facts | load average | repaint floor p50 | tree jump | tree ↓ | row jump | row ↓ | keystroke UI "
        "| keystroke → shown | grouping max |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        win = r["window"]
        floor_ms = _pct(win["repaint_ms"], .5)
        during = win.get("load_average", [float("nan")] * 2)
        p99s = [_pct(win[k], .99) for k in ("tree_select_ms", "tree_down_ms", "table_select_ms", "table_down_ms",
                                            "keystroke_ms", "keystroke_latency_ms")]
        lines.append(f"| {r['n']:,} | {during[0]:.2f} → {during[1]:.2f} | {floor_ms:.1f} ms | "
                     + " | ".join(f"{v / floor_ms:.0f}x" for v in p99s)
                     + f" | {max(win['grouping_ms']) / floor_ms:.0f}x |")
    lines += [
        "",
        "| facts | rows (stated + derived) | Agreement column / Sources panel | corroborated / conflict / single "
        "| Show only conflicts on/off p50 / max | tree jump, conflicts only p50 / p99 |",
        "| --- | ---: | --- | ---: | ---: | ---: |",
    ]
    for r in results:
        win = r["window"]
        c = win["claims"]
        rows = max(c["rows"], 1)
        toggles, jumps = win["conflicts_only_ms"], win["conflicts_tree_select_ms"]
        lines.append(
            f"| {r['n']:,} | {c['rows']:,} | {'on' if c['agreement_column'] else 'off'} / "
            f"{'on' if c['sources_panel'] else 'off'} | "
            + " / ".join(f"{c.get(k, 0) / rows:.0%}" for k in ("corroborated", "conflict", "single"))
            + f" | {_pct(toggles, .5):.0f} / {max(toggles):.0f} ms | {pair(jumps) if jumps else '–'} |")
    return "\n".join(lines)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    import pandas
    import PySide6

    return (f"{cpu}, {os.cpu_count()} cores (shared), Python {platform.python_version()}, "
            f"pandas {pandas.__version__}, PySide6 {PySide6.__version__}, {platform.system()} {platform.release()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "fact-explorer-bench")
    parser.add_argument("--selections", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3, help="runs of the floor and the loads (medians)")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--loads-only", action="store_true",
                        help="the floor and the loads only (no window), every run listed")
    parser.add_argument("--baseline", type=Path, default=None,
                        help="with --loads-only: also the checked load of the code in this folder (a git archive "
                             "of an older commit), in each run right after the floor")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "DIR"), help=argparse.SUPPRESS)
    parser.add_argument("--profile", type=Path, default=None,
                        help="with --child window DIR: cProfile the timed steps (selections, grouping, conflicts; not "
                             "the keystrokes' waits) and write the statistics to this file")
    args = parser.parse_args(argv)
    if args.child:
        kind, data = args.child[0], Path(args.child[1])
        result = {"floor": floor, "load": load, "phases": phases}[kind](data) if kind != "window" \
            else window(data, args.selections, args.profile)
        print(json.dumps(result))
        return 0
    args.workdir.mkdir(parents=True, exist_ok=True)
    results = []
    for n in args.facts:
        print(f"measuring {n:,} facts …", file=sys.stderr)
        repeat = args.repeat if n < 1_000_000 or args.loads_only else 1
        results.append(measure(n, args.workdir, args.selections, repeat, window_too=not args.loads_only,
                               baseline=args.baseline.resolve() if args.baseline and args.loads_only else None))
    print(f"Machine: {machine()}; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} at the end\n")
    print(report_loads(results) if args.loads_only else report(results))
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

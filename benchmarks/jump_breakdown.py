"""Where the time of a click goes at scale: the window's own handlers and the paint of each widget.

    xvfb-run -a python benchmarks/jump_breakdown.py FOLDER --jumps 300 [--table] [--profile F]
    (FOLDER: /tmp/fact-explorer-bench/synth-1000000, made by benchmarks/scale.py)

Loads the folder as the app does (in a worker), waits until the plot tabs and the other grouping's tree are made,
then jumps to random nodes of the expanded tree (or, with --table, to random rows of the table) as
``benchmarks/scale.py`` does, and times each jump in three parts: the call that sets the selection (the window's
handlers run inside it), the first pass of the event loop (layouts, and the paint of what changed) and the second.
Inside them it times the handlers of the selection (wrapped) and every paint event by widget (an application
event filter that delivers the event itself, through the scroll area for a viewport). Prints p50 and p99 of each
part and the parts of the slowest jumps. A diagnosis, not a figure held to a target: issue 15's figures are
``benchmarks/scale.py``'s.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--jumps", type=int, default=300)
    parser.add_argument("--table", action="store_true", help="jump to random rows of the table, not tree nodes")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the jumps to this file (pstats format)")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication

    from benchmarks.scale import tree_nodes
    from explorer.app import build_window, dispose
    from explorer.ui import theme

    app = QApplication.instance() or QApplication([])
    theme.apply(False)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    started = time.perf_counter()
    win = build_window(args.folder, settings, load_async=True)
    win.resize(1280, 800)
    win.show()
    while win.fact_base is None and time.perf_counter() - started < 600:
        app.processEvents()
        time.sleep(0.005)
    print(f"loaded in {time.perf_counter() - started:.1f} s", flush=True)
    waited = time.perf_counter()
    while time.perf_counter() - waited < 120 and not (win.plots.settled() and win.nav.tree_model.prepared()):
        app.processEvents()
        time.sleep(0.005)
    settle_until = time.perf_counter() + 1
    while time.perf_counter() < settle_until:
        app.processEvents()
        time.sleep(0.005)

    parts: dict[str, float] = collections.defaultdict(float)

    def wrap(owner: Any, name: str, label: str) -> None:
        method = getattr(owner, name)

        def timed(*a: Any, **k: Any) -> Any:
            start = time.perf_counter()
            try:
                return method(*a, **k)
            finally:
                parts[label] += (time.perf_counter() - start) * 1000

        setattr(owner, name, timed)

    wrap(win.table_proxy, "refilter", "handler: table refilter")
    wrap(win.plots, "set_node", "handler: plots.set_node")
    wrap(win.plots, "select_fact", "handler: plots.select_fact")
    wrap(win.quote, "show_fact", "handler: quote.show_fact")
    wrap(win.claims_panel, "show_fact", "handler: claims_panel.show_fact")

    class PaintTimer(QObject):
        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
            if event.type() != QEvent.Type.Paint:
                return False
            parent = obj.parent()
            start = time.perf_counter()
            if isinstance(parent, QAbstractScrollArea) and parent.viewport() is obj:
                parent.viewportEvent(event)  # (a viewport's paint reaches its view through the scroll area)
                name = type(parent).__name__
            else:
                obj.event(event)
                name = f"{type(parent).__name__ if parent is not None else ''}>{type(obj).__name__}"
            parts[f"paint: {name}"] += (time.perf_counter() - start) * 1000
            return True

    paint_timer = PaintTimer()
    app.installEventFilter(paint_timer)

    tree, proxy = win.nav.tree, win.nav.tree_proxy
    tree.expandAll()
    nodes = tree_nodes(proxy)
    rng = random.Random(7)
    steps: list[tuple[float, float, float, float, dict[str, float]]] = []
    profiler = cProfile.Profile() if args.profile else None
    if profiler is not None:
        profiler.enable()
    for _ in range(args.jumps):
        parts.clear()
        start = time.perf_counter()
        if args.table:
            model = win.table.model()
            win.table.setCurrentIndex(model.index(rng.randrange(model.rowCount()), 0))
        else:
            tree.setCurrentIndex(rng.choice(nodes))
        called = time.perf_counter()
        app.processEvents()
        first = time.perf_counter()
        app.processEvents()
        second = time.perf_counter()
        steps.append(((second - start) * 1000, (called - start) * 1000, (first - called) * 1000,
                      (second - first) * 1000, dict(parts)))
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(str(args.profile))
    app.removeEventFilter(paint_timer)

    def column(i: int) -> list[float]:
        return [float(step[i]) for step in steps]  # type: ignore[arg-type]

    print(f"{len(steps)} {'rows' if args.table else 'tree nodes'}, load average {os.getloadavg()[0]:.2f}")
    for i, name in enumerate(("whole jump", "the call (handlers)", "first pass", "second pass")):
        print(f"{name:48s} p50 {_pct(column(i), .5):6.1f} ms   p99 {_pct(column(i), .99):6.1f} ms")
    names = sorted({k for step in steps for k in step[4]}, key=lambda k: -sum(s[4].get(k, 0.0) for s in steps))
    for name in names:
        values = [step[4].get(name, 0.0) for step in steps]
        if sum(values) / len(values) >= 0.05:
            print(f"  {name:46s} p50 {_pct(values, .5):6.2f} ms   p99 {_pct(values, .99):6.2f} ms")
    print("slowest jumps:")
    for total, call, first, second, where in sorted(steps, key=lambda s: -s[0])[:5]:
        top = ", ".join(f"{k} {v:.1f}" for k, v in sorted(where.items(), key=lambda kv: -kv[1])[:6])
        print(f"  {total:5.1f} ms (call {call:.1f}, passes {first:.1f} + {second:.1f}): {top}")
    dispose(win)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

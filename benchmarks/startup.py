"""Start-up of ``fact-explorer --quit-after-show`` against two floors measured in the same run.

    python benchmarks/startup.py [--runs 9] [--compare TREE ...]

Runs everything inside one Xvfb server (``xvfb-run``, real xcb windows), so the X server's
own start is not counted, and interleaves the programs run by run so that the noise of
a shared machine falls on all of them alike. Each figure is wall time from spawning the
process until a window is painted (exposed, then ``repaint()``), as a median of --runs:

- floor "empty window": a script that imports PySide6.QtWidgets and shows an empty
  1280x800 QWidget, with Python's cyclic garbage collector off (as ``fact-explorer`` has it
  until its data is shown: collections during these imports cost ~70 ms, which no program
  has to pay);
- floor "imports": the same, after ``import pandas, pyqtgraph``;
- app "window": ``fact-explorer --quit-after-show`` until its first window (frame, menus,
  tree, "Loading…") is painted;
- app "usable": the same run until the window with the bundled data is painted
  (it exits right after). ``--quit-after-show`` loads the data as a person's start does
  (``explorer.app.run``: a small folder at once, a large one in a worker), so this is what a
  person waits for. Its settings are those the warm-up run left, as a first session leaves them:
  the first fact of the tree's first node is selected, and in the bundled data that is an event,
  for which the plot tab says "Nothing to plot";
- app "usable, at a plotted figure": the same start for a person whose last session ended on a
  figure the plot on screen draws (the settings' ``lastFact``: the first stated figure of the data
  folder whose metric more than one city gives, found from ``facts.csv``), so the first paint
  has a chart with its bars, axes and legend (issue 15, session 7: the row above leaves them out).

The floor's imports are the ones the first window with data cannot do without: PySide6's
QtWidgets (the window), pandas (the fact base; it imports numpy and pyarrow) and pyqtgraph (the
plot shown beside the table). The app's own modules, its windows and loading the data are
what the app adds.

All programs run with their byte code cached (``PYTHONPYCACHEPREFIX``, a temporary folder
filled by the warm-up run; ``PYTHONDONTWRITEBYTECODE`` dropped), as an installed app has it:
pip byte-compiles a wheel's modules at install, and the libraries of the floor had theirs.
Without it, a checkout run with ``PYTHONDONTWRITEBYTECODE`` compiled the app's ~55 modules from
source at every start (~60-90 ms no installed copy pays).

The app reports its two moments on stderr when FACT_EXPLORER_STARTUP_TIMES is set.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = r"""
import gc, sys, time
gc.disable()  # as fact-explorer does for its start-up: collections during the imports are not a floor
{imports}
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
w = QWidget()
w.resize(1280, 800)
w.show()
def poll():
    h = w.windowHandle()
    if h is None or not h.isExposed():
        QTimer.singleShot(5, poll)
        return
    w.repaint()
    sys.stderr.write(f"startup: window {{time.time():.6f}}\n")
    app.quit()
QTimer.singleShot(0, poll)
app.exec()
"""


def _app_command() -> list[str]:
    installed = Path(sys.executable).with_name("fact-explorer")
    return [str(installed)] if installed.exists() else [sys.executable, "-m", "explorer"]


def _plotted_fact(folder: Path) -> str:
    """The first stated figure of ``folder`` whose metric more than one city gives: "Across cities" plots it."""
    with (folder / "facts.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["kind"] == "figure"]
    cities: dict[str, set[str]] = {}
    for row in rows:
        cities.setdefault(row["metric"].casefold(), set()).add(row["city"])
    return next(r["id"] for r in rows if len(cities[r["metric"].casefold()]) > 1)


def _run(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise RuntimeError(f"{cmd} failed:\n{out.stderr[-2000:]}")
    marks = {}
    for line in out.stderr.splitlines():
        if line.startswith("startup: "):
            _, event, at = line.split()
            marks[event] = (float(at) - start) * 1000
    marks["exit"] = (time.time() - start) * 1000
    return marks


def _load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def inner(runs: int, compare: list[Path]) -> int:
    scratch = Path(tempfile.mkdtemp())
    settings = scratch / "settings.ini"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "FACT_EXPLORER_STARTUP_TIMES": "1",
           "PYTHONPYCACHEPREFIX": str(scratch / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    from explorer.model.files.paths import bundled_data_dir

    plotted = scratch / "plotted.ini"
    plotted.write_text(f"[General]\nlastFact={_plotted_fact(bundled_data_dir())}\nplotTab=across\n", encoding="utf-8")
    programs = {
        "empty window": [sys.executable, "-c", FLOOR.format(imports="")],
        "imports": [sys.executable, "-c", FLOOR.format(imports="import pandas, pyqtgraph")],
        "app": [*_app_command(), "--quit-after-show", "--settings", str(settings)],
        "app plotted": [*_app_command(), "--quit-after-show", "--settings", str(plotted)],
    }
    # --compare: the app of other source trees (a `git archive` of another commit), run the same way.
    others = {str(tree): {**env, "PYTHONPATH": str(tree.resolve())} for tree in compare}
    load_before = _load_average()
    for cmd in programs.values():  # warm the file cache and write the byte code once
        _run(cmd, env)
    for other_env in others.values():
        _run(programs["app"], other_env)
        _run(programs["app plotted"], other_env)
    times: dict[str, list[float]] = {"empty window": [], "imports": [], "app window": [], "app usable": [],
                                     "app plotted": []}
    for name in others:
        times[f"{name} window"], times[f"{name} usable"], times[f"{name} plotted"] = [], [], []
    for _ in range(runs):
        times["empty window"].append(_run(programs["empty window"], env)["window"])
        times["imports"].append(_run(programs["imports"], env)["window"])
        marks = _run(programs["app"], env)
        times["app window"].append(marks["window"])
        times["app usable"].append(marks["data"])
        times["app plotted"].append(_run(programs["app plotted"], env)["data"])
        for name, other_env in others.items():
            marks = _run(programs["app"], other_env)
            times[f"{name} window"].append(marks["window"])
            times[f"{name} usable"].append(marks["data"])
            times[f"{name} plotted"].append(_run(programs["app plotted"], other_env)["data"])
    med = {k: statistics.median(v) for k, v in times.items()}
    shutil.rmtree(scratch, ignore_errors=True)
    print(f"{runs} runs each, interleaved, one Xvfb server (xcb), byte code cached; medians, with min-max "
          f"(load average {load_before} before, {_load_average()} after):\n")
    print("| program | median | min-max | ratio | target |")
    print("| --- | ---: | ---: | ---: | --- |")
    print(f"| floor: empty window | {med['empty window']:.0f} ms | {min(times['empty window']):.0f}-"
          f"{max(times['empty window']):.0f} ms | | |")
    print(f"| floor: imports (PySide6.QtWidgets, pandas, pyqtgraph) + empty window | {med['imports']:.0f} ms | "
          f"{min(times['imports']):.0f}-{max(times['imports']):.0f} ms | | |")
    print(f"| app: window with frame, tree, \"Loading…\" | {med['app window']:.0f} ms | "
          f"{min(times['app window']):.0f}-{max(times['app window']):.0f} ms | "
          f"**{med['app window'] / med['empty window']:.2f}x** empty window | ≤ 1.5x |")
    print(f"| app: usable, bundled data painted | {med['app usable']:.0f} ms | "
          f"{min(times['app usable']):.0f}-{max(times['app usable']):.0f} ms | "
          f"**{med['app usable'] / med['imports']:.2f}x** imports | ≤ 1.1x |")
    print(f"| app: usable at a plotted figure (chart drawn) | {med['app plotted']:.0f} ms | "
          f"{min(times['app plotted']):.0f}-{max(times['app plotted']):.0f} ms | "
          f"**{med['app plotted'] / med['imports']:.2f}x** imports | ≤ 1.1x |")
    for name in others:
        for stage, floor in (("window", "empty window"), ("usable", "imports"), ("plotted", "imports")):
            got = times[f"{name} {stage}"]
            print(f"| {name}: {stage} | {med[f'{name} {stage}']:.0f} ms | {min(got):.0f}-{max(got):.0f} ms | "
                  f"{med[f'{name} {stage}'] / med[floor]:.2f}x {floor} | |")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--compare", type=Path, action="append", default=[], metavar="TREE",
                        help="also time the app of this source tree (e.g. `git archive` of another commit, "
                             "unpacked), interleaved with the others; may be given more than once")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.inner:
        return inner(args.runs, args.compare)
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("xvfb-run is not installed (Debian: apt-get install xvfb xauth)", file=sys.stderr)
        return 2
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    cmd = [xvfb, "-a", "-s", "-screen 0 1280x800x24", sys.executable, __file__, "--inner", "--runs", str(args.runs),
           *(f"--compare={tree}" for tree in args.compare)]
    return subprocess.run(cmd, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())

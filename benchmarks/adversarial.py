"""Time and peak memory of the figure extractor on hostile text, at growing sizes (issue 11.11).

Run: ``python benchmarks/adversarial.py`` (1, 2.5, 5 and 10 MB of each kind, ~15 min on a
shared 2-core box); ``--sizes 0.25 0.5`` for a quick look, ``--kinds numbers chain`` for some
kinds only. Each measurement runs in a fresh process, so one run's memory is not another's.

Kinds of text (each UTF-8, cut to the size asked):

- ``numbers``: numbers with thousands separators and decimals, blank-separated, no full stop
  anywhere: one "sentence" with a figure every 7 characters;
- ``cr``: the labelled articles with CR-only line ends and no full stops (". " becomes ", "):
  only the line ends break the text into sentences;
- ``chain``: "from 1 to 2 to 3 to 4 …", one sentence of "from … to …" pairs;
- ``prose``: the labelled articles as they are, repeated (the ordinary case);
- ``dashes``: "1-2-3-4-…" on one line, no line break (each number far from its line's start);
- ``wide_row``: a plain-text table with one header and one row of thousands of cells;
- ``words``: numbers in words with "and" and "point", one after another;
- ``phrases``: "sales rose 3 percent and half our customers came back " repeated with no full stop and no line
  break: one sentence of figures with their words (a figure's line start ever further away);
- ``digits``: one unbroken run of digits, the first half ASCII, the rest full-width (１２…): a single "number" as long
  as the text;
- ``places``: a figure, then county names ("Pingtan, ") and Chinese county and district names (平潭县，台北市大安区，)
  repeated with no line break: every name is looked up, each with the words around it.
- ``money``: amounts said without a currency, as talk gives them ("The zone did 48 billion of trade", "put in 400
  million of that", "I'd take two thousand, two and a half thousand"), repeated: each is weighed against the whole
  text's currencies (once per text, not once per amount).

``--quote-panel`` measures instead the quote panel of the window (issue 11.14): a data folder
whose one source has N MB of text and a fact at its end, loaded, then the fact shown
(``QuotePanel.show_fact`` until the event loop is idle); the floor is reading the text from disk.

``--review`` measures the review dialog on each kind of text: how long its constructor holds the
UI thread, how long until the candidates are in its table, and the longest the event loop went
without a turn meanwhile (a 10 ms timer's largest gap: what a person feels as a freeze).

Per size: the extractor's wall time (``extract`` with a vocabulary of cities and sectors, as
the import window calls it) and how far it raised the process's peak resident memory above
what the process held with the text built; beside it, the floor, a plain regex scan for
numbers over the same text in the same process. Linear means seconds per MB and MB of memory
per MB of text stay roughly constant as the size grows.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
KINDS = ("numbers", "cr", "chain", "prose", "dashes", "wide_row", "words", "phrases", "digits", "places", "money")
_FLOOR = re.compile(r"\d[\d,.]*")


def _articles() -> str:
    paths = [ROOT / "data" / "sources" / "dalian-trillion-yuan-2026.txt", *sorted(ARTICLES.glob("*.txt"))]
    return "\n".join(p.read_text(encoding="utf-8") for p in paths) + "\n"


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def make_text(kind: str, size: int) -> str:
    """``size`` characters of one kind of hostile text (see the module's docstring)."""
    if kind == "numbers":
        rnd = random.Random(size)
        parts: list[str] = []
        total = 0
        while total < size:
            n = rnd.randint(1, 999_999)
            part = f"{n:,} " if rnd.random() < 0.7 else f"{n / 100:.2f} "
            parts.append(part)
            total += len(part)
        return "".join(parts)[:size]
    if kind == "cr":
        return _repeat(_articles().replace(". ", ", ").replace(".\n", ",\n").replace("\n", "\r"), size)
    if kind == "dashes":  # "1-2-3-4-..." on one line: every number's line start is far away
        return ("1-2-3-4-" * (size // 8 + 1))[:size]
    if kind == "wide_row":  # a plain-text table of one header and one row of thousands of cells
        n = max(2, size // 14)
        head = "(RMB million)  " + "  ".join(str(1990 + i % 40) for i in range(n)) + "\n"
        row = "Revenue  " + "  ".join(f"{100 + i % 900}.5" for i in range(n)) + "\n"
        return (head + row)[:size]
    if kind == "words":  # numbers in words with "and" and "point", one long run
        unit = "one hundred and twenty-three thousand four hundred and fifty-six point seven eight yuan, "
        return (unit * (size // len(unit) + 1))[:size]
    if kind == "chain":
        parts = ["from 1"]
        total, i = 6, 2
        while total < size:
            part = f" to {i}"
            parts.append(part)
            total += len(part)
            i += 1
        return "".join(parts)[:size]
    if kind == "phrases":  # figures with words in one endless sentence, no line break
        return _repeat("sales rose 3 percent and half our customers came back ", size)
    if kind == "digits":  # one unbroken run of digits, ASCII then full-width (a number as long as the text)
        return ("1" * (size // 2) + "１２" * size)[:size]
    if kind == "places":  # county names on one endless line, after a figure
        names = "Pingtan, Yilan County, 平潭县，台北市大安区，"
        return ("Exports rose 5 percent. 出口增长5%。" + _repeat(names, size))[:size]
    if kind == "money":  # amounts without a currency, in a Chinese city's talk
        return _repeat("HOST: Kashgar? LI: The zone did 48 billion of trade, and the county put in 400 million of that. "
                       "On a Saturday I'd take two thousand, two and a half thousand.\n", size)
    if kind == "prose":
        return _repeat(_articles(), size)
    raise ValueError(f"unknown kind {kind!r}")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def measure(kind: str, size: int) -> dict[str, float]:
    """One measurement, in this process: floor and extractor time, extra peak memory, candidates."""
    sys.path.insert(0, str(ROOT))
    from explorer.model.extract import extract

    text = make_text(kind, size)
    started = time.perf_counter()
    numbers = sum(1 for _ in _FLOOR.finditer(text))
    floor = time.perf_counter() - started
    before = _peak_mb()
    started = time.perf_counter()
    found = extract(text, "bench", {"Dalian": ["大连"], "Shenyang": ["沈阳"]},
                    {"macro economy": "Macro economy", "port and trade": "Port and trade"})
    seconds = time.perf_counter() - started
    longest = max((len(c.quote) for c in found), default=0)
    return {"floor": floor, "seconds": seconds, "extra_mb": _peak_mb() - before, "candidates": len(found),
            "numbers": numbers, "longest_quote": longest, "mb": len(text.encode("utf-8")) / 1e6}


def _huge_source(folder: Path, size: int) -> str:
    """A valid data folder whose one source has ``size`` characters with fact H1 at its end; returns its id."""
    import csv
    import hashlib

    (folder / "sources").mkdir(parents=True)
    (folder / "sectors.csv").write_bytes((ROOT / "data" / "sectors.csv").read_bytes())
    (folder / "cities.csv").write_text("id,name,name_zh,kind\nQingdao,Qingdao,青岛,city\n", encoding="utf-8")
    last = "Qingdao's exports rose 4.5% in 2025.\n"
    text = _repeat("A line of commentary on the harbour of 青岛, its cranes and its ships.\r\n", size - len(last)) + last
    raw = text.encode("utf-8")
    (folder / "sources" / "big.txt").write_bytes(raw)
    (folder / "sources.csv").write_text(
        "id,title,date,date_note,path,sha256,language,publisher\n"
        f"big,A long log,2025,,sources/big.txt,{hashlib.sha256(raw).hexdigest()},en,bench\n", encoding="utf-8")
    with (folder / "facts.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["id", "kind", "source_id", "city", "sector", "entity", "metric", "value", "unit", "qualifier",
                      "period", "as_printed", "quote", "start", "end", "note"])
        start = len(text) - len(last)
        out.writerow(["H1", "figure", "big", "Qingdao", "port and trade", "Qingdao", "exports", "4.5", "%", "exact",
                      "2025", "4.5%", last.strip(), start, start + len(last.strip()), ""])
    return "H1"


def measure_quote_panel(size: int) -> dict[str, float]:
    """One measurement of the quote panel, in this process (see the module's docstring)."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from explorer.model.load.factbase import load_fact_base
    from explorer.ui.quote_view import QuotePanel

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        fact = _huge_source(Path(tmp) / "data", size)
        started = time.perf_counter()
        (Path(tmp) / "data" / "sources" / "big.txt").read_text(encoding="utf-8")
        floor = time.perf_counter() - started
        base = load_fact_base(Path(tmp) / "data", use_cache=False)
        panel = QuotePanel()
        panel.resize(500, 700)
        panel.show()
        app.processEvents()
        before = _peak_mb()
        started = time.perf_counter()
        panel.show_fact(base, fact)
        app.processEvents()
        seconds = time.perf_counter() - started
        shown = panel.view.document().characterCount()
        panel.close()
    return {"floor": floor, "seconds": seconds, "extra_mb": _peak_mb() - before, "shown": shown,
            "mb": size / 1e6}


def measure_review(kind: str, size: int) -> dict[str, float]:
    """One measurement of the review dialog, in this process (see the module's docstring)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from explorer.model.load.factbase import load_fact_base
    from explorer.ui.import_dialog import ImportDialog

    app = QApplication.instance() or QApplication([])
    base = load_fact_base(ROOT / "data", use_cache=False)
    source = next(iter(base.sources))
    text = make_text(kind, size)
    gaps = [0.0]
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        gaps.append(clock.restart() / 1000)

    timer.timeout.connect(tick)
    started = time.perf_counter()
    clock.start()
    timer.start()
    dialog = ImportDialog(base, ROOT / "data", text, source_id=source)  # never accepted: nothing is written
    built = time.perf_counter() - started
    dialog.show()
    while not dialog.ready:
        app.processEvents()
        time.sleep(0.001)
    ready = time.perf_counter() - started
    app.processEvents()
    gaps.append(clock.restart() / 1000)
    timer.stop()
    rows = dialog.model.rowCount()
    dialog.done(0)
    return {"built": built, "ready": ready, "gap": max(gaps), "rows": rows, "mb": len(text.encode("utf-8")) / 1e6}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2.5, 5, 10], help="sizes in MB")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--quote-panel", action="store_true", help="measure the quote panel on huge sources instead")
    parser.add_argument("--review", action="store_true", help="measure the review dialog instead")
    parser.add_argument("--one", nargs=2, metavar=("KIND", "CHARS"), help=argparse.SUPPRESS)  # the child's job
    args = parser.parse_args(argv)
    if args.one:
        kind, size = args.one[0], int(args.one[1])
        job = measure_quote_panel(size) if kind == "quote" else measure_review(kind[7:], size) \
            if kind.startswith("review:") else measure(kind, size)
        print(json.dumps(job))
        return 0
    if args.review:
        print(f"{'kind':8} {'MB':>5} {'UI held by the constructor':>26} {'candidates shown after':>22} "
              f"{'longest event-loop gap':>22} {'rows':>8}")
        for kind in args.kinds:
            for mb in args.sizes:
                out = subprocess.run([sys.executable, __file__, "--one", f"review:{kind}", str(int(mb * 1_000_000))],
                                     check=True, capture_output=True, text=True).stdout
                r = json.loads(out.strip().splitlines()[-1])
                print(f"{kind:8} {r['mb']:5.2f} {r['built']:25.2f}s {r['ready']:21.2f}s {r['gap']:21.2f}s "
                      f"{int(r['rows']):8d}", flush=True)
        return 0
    if args.quote_panel:
        print(f"{'M chars':>9} {'floor (read)':>12} {'show_fact':>9} {'+peak MB':>9} {'characters laid out':>19}")
        for mb in args.sizes:
            out = subprocess.run([sys.executable, __file__, "--one", "quote", str(int(mb * 1_000_000))],
                                 check=True, capture_output=True, text=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            print(f"{r['mb']:9.1f} {r['floor']:11.3f}s {r['seconds']:8.2f}s {r['extra_mb']:9.0f} {int(r['shown']):19,d}",
                  flush=True)
        return 0
    print(f"{'kind':8} {'MB':>5} {'floor':>7} {'extract':>8} {'s/MB':>6} {'x floor':>8} {'+peak MB':>9} "
          f"{'MB/MB':>6} {'candidates':>10} {'longest quote':>13}")
    for kind in args.kinds:
        for mb in args.sizes:
            out = subprocess.run([sys.executable, __file__, "--one", kind, str(int(mb * 1_000_000))],
                                 check=True, capture_output=True, text=True).stdout
            r = json.loads(out)
            print(f"{kind:8} {r['mb']:5.2f} {r['floor']:6.3f}s {r['seconds']:7.2f}s {r['seconds'] / r['mb']:6.2f} "
                  f"{r['seconds'] / r['floor']:7.0f}x {r['extra_mb']:9.0f} {r['extra_mb'] / r['mb']:6.0f} "
                  f"{int(r['candidates']):10d} {int(r['longest_quote']):13d}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

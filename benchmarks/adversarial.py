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
- ``prose``: the labelled articles as they are, repeated (the ordinary case).

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
KINDS = ("numbers", "cr", "chain", "prose")
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
    if kind == "chain":
        parts = ["from 1"]
        total, i = 6, 2
        while total < size:
            part = f" to {i}"
            parts.append(part)
            total += len(part)
            i += 1
        return "".join(parts)[:size]
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2.5, 5, 10], help="sizes in MB")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--one", nargs=2, metavar=("KIND", "CHARS"), help=argparse.SUPPRESS)  # the child's job
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]))))
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

"""Recall and precision of the figure extractor on the labelled articles, beside quantulum3, and its speed.

Run: ``python benchmarks/extraction.py`` (quantulum3 comes with ``pip install -e '.[bench]'``;
without it the baseline columns say so). Prints one table row per text and tool, then the
time to extract 1 MB of text.

A labelled figure is *found* when a candidate overlaps its words in the text and has the
same value, unit and qualifier. Precision is the share of candidates that overlap a
labelled figure. quantulum3 has no qualifiers: its "strict" recall takes every quantity as
"exact"; its "value+unit" recall ignores the qualifier (for both tools). Its units are
mapped to the fact base's base units generously (a dimensionless number may stand for a
count, a rank or a fraction).
"""

from __future__ import annotations

import csv
import math
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from explorer.model.extract import extract  # noqa: E402
from explorer.model.numbers import to_base  # noqa: E402

ARTICLES = ROOT / "tests" / "fixtures" / "articles"
TEXTS = (
    ("Dalian (bundled article)", ROOT / "data" / "sources" / "dalian-trillion-yuan-2026.txt",
     ARTICLES / "dalian-trillion-yuan-2026.labels.csv"),
    ("Liaoning ports (wire style)", ARTICLES / "liaoning-ports-2025.txt", ARTICLES / "liaoning-ports-2025.labels.csv"),
    # Labelled before the extractor first saw it, and not tuned on afterwards: the honest estimate.
    ("Harbin winter (held out)", ARTICLES / "harbin-winter-2025.txt", ARTICLES / "harbin-winter-2025.labels.csv"),
)

_QUANTULUM_UNITS = {
    "chinese yuan": "yuan", "renminbi": "yuan", "united states dollar": "US$", "dollar": "US$",
    "percentage": "%", "per cent": "%", "percent": "%", "percentage point": "percentage points",
    "tonne": "tons", "ton": "tons", "short ton": "tons", "metric ton": "tons", "hour": "hours", "day": "days",
    "month": "months", "year": "years", "twenty-foot equivalent unit": "TEU", "count": "times",
}


@dataclass(frozen=True)
class Label:
    value: float
    unit: str
    qualifier: str
    start: int
    end: int


@dataclass(frozen=True)
class Found:
    """One proposed figure, in base units for comparison across tools."""

    value: float
    base: str
    unit: str  # as the tool names it ("" for quantulum3)
    qualifier: str
    start: int
    end: int


@dataclass(frozen=True)
class Score:
    recall: float
    recall_value_unit: float
    precision: float
    n_labels: int
    n_found: int
    seconds: float
    missed: tuple[str, ...]


def read_labels(path: Path) -> list[Label]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [Label(float(r["value"]), r["unit"], r["qualifier"], int(r["printed_start"]), int(r["printed_end"]))
                for r in csv.DictReader(fh)]


def ours(text: str) -> list[Found]:
    out = []
    for c in extract(text):
        value, base = to_base(c.value, c.unit)
        out.append(Found(value, base, c.unit, c.qualifier, c.printed_start, c.printed_end))
    return out


def quantulum(text: str) -> list[Found] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantities = parser.parse(text)
    out = []
    for q in quantities:
        name = q.unit.name
        base = _QUANTULUM_UNITS.get(name, "dimensionless" if name == "dimensionless" else f"?{name}")
        out.append(Found(float(q.value), base, "", "exact", q.span[0], q.span[1]))
    return out


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _same_figure(label: Label, found: Found, strict_unit: bool) -> bool:
    value, base = to_base(label.value, label.unit)
    if strict_unit:
        return found.unit == label.unit and math.isclose(found.value, value, rel_tol=1e-6)
    if found.base == base and math.isclose(found.value, value, rel_tol=1e-3):
        return True
    if found.base == "dimensionless":
        if base in ("count", "rank", "year", "times", "TEU") and math.isclose(found.value, value, rel_tol=1e-3):
            return True
        if base == "%" and math.isclose(found.value * 100, value, rel_tol=1e-3):
            return True
    return False


def score(text: str, labels: list[Label], finder, strict_unit: bool) -> Score | None:  # noqa: ANN001
    started = time.perf_counter()
    found = finder(text)
    seconds = time.perf_counter() - started
    if found is None:
        return None
    hit = hit_vu = 0
    missed = []
    for label in labels:
        near = [f for f in found if _overlaps(label.start, label.end, f.start, f.end)]
        same = [f for f in near if _same_figure(label, f, strict_unit)]
        if same:
            hit_vu += 1
        if any(f.qualifier == label.qualifier for f in same):
            hit += 1
        else:
            got = "; ".join(f"{f.value:g} {f.unit or f.base} {f.qualifier}" for f in near) or "nothing"
            missed.append(f"{text[label.start:label.end]!r} ({label.value:g} {label.unit} {label.qualifier}): {got}")
    real = sum(any(_overlaps(label.start, label.end, f.start, f.end) for label in labels) for f in found)
    n = len(labels)
    return Score(hit / n, hit_vu / n, real / len(found) if found else 0.0, n, len(found), seconds, tuple(missed))


def megabyte_seconds() -> tuple[int, float]:
    texts = [path.read_text(encoding="utf-8") for _, path, _ in TEXTS]
    text = ""
    while len(text.encode("utf-8")) < 1_000_000:
        text += "\n".join(texts) + "\n"
    started = time.perf_counter()
    extract(text, "bench", {"Dalian": ["大连"], "Shenyang": ["沈阳"]}, {"macro economy": "Macro economy"})
    return len(text.encode("utf-8")), time.perf_counter() - started


def main(verbose: bool = "-v" in sys.argv) -> int:
    print(f"{'text':30} {'tool':11} {'labels':>6} {'found':>5} {'recall':>7} {'value+unit':>10} "
          f"{'precision':>9} {'time':>7}")
    for name, text_path, labels_path in TEXTS:
        text = text_path.read_text(encoding="utf-8")
        labels = read_labels(labels_path)
        for tool, finder, strict in (("extract", ours, True), ("quantulum3", quantulum, False)):
            result = score(text, labels, finder, strict)
            if result is None:
                print(f"{name:30} {tool:11} not installed (pip install -e '.[bench]')")
                continue
            print(f"{name:30} {tool:11} {result.n_labels:6d} {result.n_found:5d} {result.recall:7.1%} "
                  f"{result.recall_value_unit:10.1%} {result.precision:9.1%} {result.seconds:6.2f}s")
            if verbose:
                for line in result.missed:
                    print(f"    missed {line}")
    size, seconds = megabyte_seconds()
    print(f"extract on {size / 1e6:.2f} MB of text: {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

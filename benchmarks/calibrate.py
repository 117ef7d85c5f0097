"""The guesses' calibration table (``explorer.model.extract.calibration.CALIBRATED``) measured on every labelled set.

    python benchmarks/calibrate.py            # every set of extraction.SETS, two worker processes

For each guessing rule (language, field, the confidence the rule gives): its guesses and the share right, pooled, and
what ``shown_confidence`` makes of its per-set counts, beside what the table shows now. All in-sample: every set
here has been looked at. ``tests/extraction/test_calibration.py`` holds the table to this measure.
"""

from __future__ import annotations

import argparse
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extraction as bx  # noqa: E402

from explorer.model.extract.calibration import CALIBRATED, shown_confidence  # noqa: E402

Rule = tuple[str, str, float]


def set_counts(item: tuple[str, Path]) -> dict[Rule, tuple[int, int]]:
    """(guesses, right) of each rule on one set (uncalibrated confidences, as the rules give them)."""
    counts: dict[Rule, tuple[int, int]] = {}
    for (lang, field), got in bx.guess_outcomes([item], calibrated=False).items():
        for confidence, right in got:
            key = (lang, field, round(confidence, 3))
            n, r = counts.get(key, (0, 0))
            counts[key] = (n + 1, r + int(right))
    return counts


def measured_table(jobs: int = 2) -> dict[Rule, tuple[float, int, int]]:
    """Each rule -> (what shown_confidence gives from its per-set counts, guesses, right), over every set."""
    items = list(bx.SETS.items())
    if jobs > 1:
        with Pool(jobs) as pool:
            per_set = pool.map(set_counts, items, chunksize=4)
    else:
        per_set = [set_counts(item) for item in items]
    by_rule: dict[Rule, list[tuple[int, int]]] = {}
    for counts in per_set:
        for key, value in counts.items():
            by_rule.setdefault(key, []).append(value)
    return {key: (shown_confidence(sets), sum(n for n, _ in sets), sum(r for _, r in sets))
            for key, sets in by_rule.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    print(f"{len(bx.SETS)} sets; rule: guesses, right (pooled); shown now -> measured")
    for key, (shown, n, r) in sorted(measured_table(args.jobs).items()):
        now = CALIBRATED.get(key)
        flag = "" if now is not None and abs(now - shown) < 0.051 else "   <- differs"
        print(f"{key[0]} {key[1]:6} {key[2]:<5} {n:6d} {r / n:6.1%}   {now if now is not None else '-'!s:>5} -> "
              f"{shown:.2f}{flag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Recall and precision of `extract` pooled over every labelled set of `extraction.SETS`, English and Chinese apart.

    python benchmarks/pooled.py                  # every set, two worker processes
    python benchmarks/pooled.py --sets 'heldout3[0-9][0-9]' --save misses.json

The per-set tables of `benchmarks/extraction.py` score each set alone; this pools them (the in-sample figures of
BENCHMARKS.md), and with ``--save`` writes every text's misses and false candidates as JSON, to compare two versions
of the code text by text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extraction as bx  # noqa: E402

from explorer.model.extract import looks_chinese  # noqa: E402


def score_file(path: str) -> tuple[str, str, int, int, int, int, int, int, list[str], list[str]]:
    text = Path(path).read_text(encoding="utf-8")
    labels = bx.read_base_labels(Path(path).with_suffix(".labels.csv"))
    r = bx.score_base(text, labels, bx.ours_full(text))
    return (path, "zh" if looks_chinese(text) else "en", r.n_labels, r.hits, r.hits_value_unit, r.n_found,
            r.true_found, r.period_right, list(r.missed), list(r.false))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sets", default="", help="a regular expression the texts' paths must match")
    parser.add_argument("--save", default="", help="write each text's misses and false candidates to this JSON file")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    files = sorted(str(t) for folder in bx.SETS.values() for t in folder.glob("*.txt")
                   if not args.sets or re.search(args.sets, str(t)))
    with Pool(args.jobs) as pool:
        results = pool.map(score_file, files, chunksize=4)
    totals: dict[str, list[int]] = {}
    for _, lang, *counts, _, _ in results:
        row = totals.setdefault(lang, [0] * 6)
        for i, value in enumerate(counts):
            row[i] += value
    print(f"{'lang':4} {'texts':>5} {'labels':>6} {'recall':>15} {'value+unit':>10} {'precision':>9} {'false':>5} "
          f"{'periods':>7}")
    for lang, (n, hits, hits_vu, found, true, periods) in sorted(totals.items()):
        texts = sum(1 for r in results if r[1] == lang)
        print(f"{lang:4} {texts:5d} {n:6d} {hits / n:8.2%} ({hits:5d}) {hits_vu / n:10.2%} {true / max(1, found):9.2%} "
              f"{found - true:5d} {periods / max(1, hits):7.2%}")
    if args.save:
        Path(args.save).write_text(json.dumps({r[0]: {"missed": r[8], "false": r[9]} for r in results}),
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

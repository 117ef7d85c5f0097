"""Train the bare-amount model (explorer/model/extract/bare_amounts.py) on the labelled texts of every spent set.

    python scripts/train_bare_amounts.py            # cross-validated table, then writes bare_amounts.csv
    python scripts/train_bare_amounts.py --dry-run  # the table only

Rows: what ``bare_amounts.judge`` is given in every English text of a spent set, read with the model switched off
(the numbers the rules leave with no unit, in a text whose money is the yuan, and the rules' own bare amounts in
yuan). A row is money when the label over it is in yuan. The sets are those of ``benchmarks/extraction.py``'s SETS,
less any whose line says "not yet measured" (a held-out set is never trained on before it is measured once). The
table is by set (``GroupKFold``: a set's texts are judged by a model trained without them): for each threshold, the
labels that become right (a yuan label with the candidate's value and qualifier), those lost (a count labelled right
before) and the false ones made (a number in words, dropped without the model, over no label).

Needs scikit-learn (``pip install -e '.[train]'``), in an environment of its own: with scikit-learn installed,
quantulum3 (the baseline of ``benchmarks/extraction.py``) loads its own classifier, pickled by another version of
scikit-learn, and fails. The app reads only the CSV.
"""

from __future__ import annotations

import argparse
import collections
import csv
import dataclasses
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import extraction as bench  # noqa: E402

from explorer.model.extract import bare_amounts, extract  # noqa: E402
from explorer.model.extract.chinese import looks_chinese  # noqa: E402
from explorer.model.extract.core import SPOKEN_BARE, Candidate  # noqa: E402

MIN_TEXTS = 3  # a feature seen in fewer training rows than this is dropped
C = 3.0  # inverse strength of the L2 penalty (cross-validated against 1 and 10 in the commit that set it)


def spent_sets() -> list[tuple[str, Path]]:
    source = (ROOT / "benchmarks" / "extraction.py").read_text(encoding="utf-8")
    fresh = {line.split('"')[1] for line in source.splitlines() if "not yet measured" in line and '"' in line}
    return [(name, path) for name, path in bench.SETS.items() if name not in fresh]


def rows() -> list[dict[str, object]]:
    """What ``bare_amounts.judge`` is given in every English text of the spent sets, with the model off: the numbers
    with no unit it would judge (those in words that nothing else gives a unit are dropped after it), and the rules'
    own bare amounts in yuan (more of what money talk looks like)."""
    given: list[tuple[str, Candidate, frozenset[str]]] = []

    def record(text: str, found: list[Candidate], flags: frozenset[str]) -> set[int]:
        given.extend((text, dataclasses.replace(c), flags) for c in found
                     if c.value != 0 and (c.unit == "count" and c.note.startswith("no unit")
                                          or c.unit == "yuan" and "the currency unsaid" in c.note))
        return set()  # (nothing dropped: the rules' own reading)

    out: list[dict[str, object]] = []
    seen: set[Path] = set()
    judge = bare_amounts.judge
    bare_amounts.judge = record  # type: ignore[assignment]
    try:
        for name, folder in spent_sets():
            for path in sorted(folder.glob("*.txt")):
                labels_path = path.with_name(path.stem + ".labels.csv")
                if path in seen or not labels_path.exists():
                    continue
                seen.add(path)
                text = path.read_text(encoding="utf-8")
                if looks_chinese(text):
                    continue
                given.clear()
                extract(text, "train", *bench._VOCAB)  # (english.refine calls judge only where the money is the yuan)
                labels = bench.read_base_labels(labels_path)
                for text_given, c, flags in given:
                    judged = c.unit == "count"
                    never = judged and bare_amounts.never_money(text_given, c)  # (never asked if money)
                    over = [lab for lab in labels if bench._overlaps(lab.start, lab.end, c.printed_start, c.printed_end)]
                    label = over[0] if over else None
                    money = label is not None and label.base == "yuan"
                    same = label is not None and label.qualifier == c.qualifier and \
                        math.isclose(label.value, c.value, rel_tol=1e-6)
                    dropped = c.note.startswith(SPOKEN_BARE)  # (gone without the model: no count lost, a false one made)
                    out.append({
                        "set": name, "money": money, "judged": judged, "never": never,
                        "won": judged and money and same,
                        "lost": judged and not dropped and same and label.base in ("count", "people"),  # type: ignore[union-attr]
                        "new false": judged and dropped and label is None,
                        "no figure": label is None,
                        "features": bare_amounts.features(text, c, flags),
                    })
    finally:
        bare_amounts.judge = judge  # type: ignore[assignment]
    return out


def fit(train: list[dict[str, object]], target: str = "money"):  # noqa: ANN201
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = collections.Counter(name for row in train for name in row["features"])  # type: ignore[attr-defined]
    keep = {name for name, n in seen.items() if n >= MIN_TEXTS}
    vectors = DictVectorizer()
    x = vectors.fit_transform([{name: 1 for name in row["features"] if name in keep} for row in train])  # type: ignore[attr-defined]
    model = LogisticRegression(C=C, max_iter=5000).fit(x, [row[target] for row in train])
    return vectors, model, keep


def cross_validated(data: list[dict[str, object]], target: str = "money") -> list[float]:
    from sklearn.model_selection import GroupKFold

    p = [0.0] * len(data)
    for train, test in GroupKFold(n_splits=5).split(data, groups=[row["set"] for row in data]):
        vectors, model, keep = fit([data[i] for i in train], target)
        x = vectors.transform([{n: 1 for n in data[i]["features"] if n in keep} for i in test])  # type: ignore[attr-defined]
        for i, q in zip(test, model.predict_proba(x)[:, 1]):
            p[i] = float(q)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print the table, write nothing")
    args = parser.parse_args(argv)
    every = rows()
    data = [r for r in every if not r["never"]]  # (the money model is never asked of an age, an hour, ...)
    print(f"{sum(bool(r['judged']) for r in data)} numbers with no unit and "
          f"{sum(not r['judged'] for r in data)} the rules made yuan, in {len({r['set'] for r in data})} sets; "
          f"{sum(bool(r['money']) for r in data)} labelled yuan, {sum(bool(r['won']) for r in data)} of them with "
          f"the candidate's value and qualifier; {sum(bool(r['lost']) for r in data)} counts labelled right")
    p = cross_validated(data)
    print("threshold  made yuan  labels won  labels lost  new false  (by set: each set judged by a model trained "
          "without it)")
    for t in (0.4, 0.5, 0.6, 0.7, 0.8):
        chosen = [r for r, q in zip(data, p) if q >= t and r["judged"]]
        won, lost, false = (sum(bool(r[k]) for r in chosen) for k in ("won", "lost", "new false"))
        mark = "  <- THRESHOLD" if t == bare_amounts.THRESHOLD else ""
        print(f"{t:9.1f}  {len(chosen):9d}  {won:10d}  {lost:11d}  {false:9d}{mark}")
    for talk, name in ((True, "transcripts"), (False, "other texts")):
        cells = []
        for t in (0.6, 0.7, 0.8, 0.9):
            chosen = [r for r, q in zip(data, p) if q >= t and r["judged"] and ("transcript" in r["features"]) == talk]
            cells.append(f"{t}: {len(chosen)}/{sum(bool(r['won']) for r in chosen)}/{sum(bool(r['lost']) for r in chosen)}")
        print(f"  {name} (made yuan/won/lost): " + ", ".join(cells))
    bins = [(0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]
    print("calibration (cross-validated): probability shown, numbers, share labelled yuan")
    for lo, hi in bins:
        inside = [r for r, q in zip(data, p) if lo <= q < hi and r["judged"]]
        if inside:
            share = sum(bool(r["money"]) for r in inside) / len(inside)
            print(f"  {lo:.1f}-{min(hi, 1):.1f}  {len(inside):4d}  {share:.0%}")
    counts = [r for r in every if r["judged"]]  # (the second model: of the numbers with no unit, which are no figure)
    q = cross_validated(counts, "no figure")
    print(f"no figure: {sum(bool(r['no figure']) for r in counts)} of {len(counts)} numbers with no unit are under no "
          "label\nthreshold  dropped  false ones dropped  labels lost")
    for t in (0.7, 0.8, 0.9, 0.95):
        chosen = [r for r, x in zip(counts, q) if x >= t]
        false = sum(bool(r["no figure"]) for r in chosen)
        mark = "  <- NOT_FIGURE_THRESHOLD" if t == bare_amounts.NOT_FIGURE_THRESHOLD else ""
        print(f"{t:9.2f}  {len(chosen):7d}  {false:18d}  {len(chosen) - false:11d}{mark}")
    if args.dry_run:
        return 0
    write(bare_amounts.WEIGHTS_FILE, *fit(data)[:2])
    write(bare_amounts.NOT_FIGURE_FILE, *fit(counts, "no figure")[:2])
    return 0


def write(path: Path, vectors, model) -> None:  # noqa: ANN001
    names = vectors.get_feature_names_out()
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["feature", "weight"])
        out.writerow(["(intercept)", f"{model.intercept_[0]:.6f}"])
        for name, weight in sorted(zip(names, model.coef_[0]), key=lambda nw: -abs(nw[1])):
            if abs(weight) >= 1e-3:  # (what fewer would change is under 0.1 of a score over a hundred features)
                out.writerow([name, f"{weight:.4f}"])
    print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    raise SystemExit(main())

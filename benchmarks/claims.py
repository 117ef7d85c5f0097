"""How long building the claims takes for N facts, against a pandas groupby floor measured in the same run.

    python benchmarks/claims.py                    # 1M facts (synthetic folder written once to --workdir)
    python benchmarks/claims.py --facts 100000

The facts of a ``benchmarks/synth.py`` folder are read with pandas (every fact stated, in base
units through the units table), then timed, best of --runs:

- floor: ``groupby(["city", "metric_id", "period", "base_unit"]).ngroup()`` and each group's
  min/max/count of ``value_base`` — what grouping the same key columns costs in pandas alone;
- metric ids: matching every fact's metric text to the metrics table (``MetricTable.metric_ids``);
- claims: ``build_claims`` — codes, intervals from the printed precision and qualifier, and each
  fact's agreeing / agreeing-elsewhere / conflicting counts (what load computes);
- the agreement view (``build_agreement_view``: the Agreement column, built once per load);
- an import: the claims of all facts merged from those without a random 1% of them
  (``merge_claims``, what the window does when it reloads after an import) against ``build_claims``;
- then once each: the pairs of neighbours (``Claims.relations``), the export's five columns
  (``Claims.columns``) and the conflicting pairs (``Claims.conflicts``), which are built on demand.

Synthetic claims are large (entities of one city report the same metric for the same period with
random values), so nearly every fact is in conflict: a worst case for the pair lists.
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def _best(fn, runs: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def main(argv: list[str] | None = None) -> int:
    import numpy as np
    import pandas as pd

    from benchmarks import synth
    from explorer.model.claims.agreement import build_agreement_view
    from explorer.model.claims.grouping import build_claims, merge_claims
    from explorer.model.load import fastload  # noqa: F401 - the app's pandas settings (str columns hold Python strings)
    from explorer.model.numbers import UNITS
    from explorer.model.vocab.vocabulary import load_vocabulary

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "fact-explorer-bench")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    data = args.workdir / f"synth-{args.facts}"
    if not (data / "facts.csv").is_file():
        print(f"writing {data} ...", file=sys.stderr)
        synth.write(args.facts, data)
    facts = pd.read_csv(data / "facts.csv", dtype=str, keep_default_na=False)
    facts["value"] = facts["value"].astype(float)
    codes, uniques = pd.factorize(facts["unit"])
    facts["value_base"] = facts["value"] * np.array([UNITS[u].factor for u in uniques])[codes]
    facts["base_unit"] = np.array([UNITS[u].base for u in uniques], dtype=object)[codes]
    facts["derived"] = False
    n = len(facts)
    vocab = load_vocabulary(data, [])

    t_ids, metric_ids = _best(lambda: vocab.metrics.metric_ids(facts["metric"].to_numpy(dtype=object)), args.runs)
    keyed = facts.assign(metric_id=metric_ids)

    def floor() -> object:
        by = keyed.groupby(["city", "metric_id", "period", "base_unit"], sort=False)
        return by.ngroup(), by["value_base"].agg(["min", "max", "count"])

    t_floor, _ = _best(floor, args.runs)
    t_claims, claims = _best(lambda: build_claims(facts, metric_ids, UNITS), args.runs)
    # As a load builds it: once per claims, from the ranks and sorts build_claims hands over (each run its own claims).
    fresh = [build_claims(facts, metric_ids, UNITS) for _ in range(args.runs)]
    t_view, _ = _best(lambda: build_agreement_view(fresh.pop()), args.runs)
    rng = np.random.default_rng(15)
    held = np.zeros(n, dtype=bool)
    held[rng.choice(n, max(n // 100, 1), replace=False)] = True
    before = build_claims(facts[~held].reset_index(drop=True), metric_ids[~held], UNITS)
    t_merge, merged = _best(lambda: merge_claims(before, facts, metric_ids, UNITS), args.runs)
    assert merged is not None and (merged.conflicting == claims.conflicting).all()  # type: ignore[attr-defined]
    t0 = time.perf_counter()
    pairs = claims.relations()  # type: ignore[attr-defined]
    t_pairs = time.perf_counter() - t0
    t0 = time.perf_counter()
    claims.columns()  # type: ignore[attr-defined]
    t_columns = time.perf_counter() - t0
    t0 = time.perf_counter()
    conflicts = claims.conflicts()  # type: ignore[attr-defined]
    t_conflicts = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n_claims = int(claims.claim.max()) + 1  # type: ignore[attr-defined]
    agreement = pd.Series(claims.agreement).value_counts()  # type: ignore[attr-defined]

    print(f"{n:,} facts, {n_claims:,} claims ({n / n_claims:.1f} facts each), {len(pairs):,} neighbour pairs, "
          f"{len(conflicts):,} conflicting pairs listed; "
          + ", ".join(f"{k} {v:,}" for k, v in agreement.items())
          + f"; Python {platform.python_version()}, pandas {pd.__version__}, numpy {np.__version__}; "
          f"peak RSS {peak:,.0f} MB")
    print()
    print("| step | time | vs floor |")
    print("| --- | ---: | ---: |")
    for name, t in (("floor: pandas groupby of the key columns + min/max/count", t_floor),
                    ("metric ids (match to metrics.csv)", t_ids),
                    ("build_claims (on load)", t_claims),
                    ("agreement view (on load)", t_view),
                    ("merge_claims: 1% more facts, as an import adds them", t_merge),
                    ("relations: neighbour pairs (on demand)", t_pairs),
                    ("export columns incl. the pairs' text (on demand)", t_columns),
                    ("conflicts listing table (on demand)", t_conflicts)):
        print(f"| {name} | {t:.2f} s | {t / t_floor:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

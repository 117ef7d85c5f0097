"""Write a valid synthetic data folder of N facts, for the scale benchmarks.

    python benchmarks/synth.py --facts 100000 --out /tmp/facts-100k

Many cities (with Chinese names), sectors, entities and source texts; every quote is a
real sentence of its source at its offsets, every figure's words occur in its quote and
parse to its value, so ``fact-explorer validate --data DIR`` accepts the folder. The same
N and seed always give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import sys
import time
from pathlib import Path

SENTENCES_PER_SOURCE = 1000
FIGURES_PER_SENTENCE = 3
_ZH = "大连沈阳长春哈尔滨京津沪渝广深杭苏宁锡常徐温台嘉湖绍金衢舟丽合芜蚌淮马铜安黄滁阜宿六亳池宣福厦莆三泉漳南龙宁"
_SECTORS = (
    "macro economy", "industry", "petrochemicals", "equipment manufacturing", "shipbuilding",
    "port and trade", "openness and investment", "innovation", "population and talent", "finance",
    "agriculture", "tourism", "logistics", "energy", "construction", "retail", "digital economy",
    "healthcare", "education", "real estate", "steel", "automotive", "aviation", "fisheries",
)
_WORDS = ("Heavy", "Port", "Harbour", "Northern", "Coastal", "Bay", "Summit", "Golden", "Pine", "Iron",
          "River", "Star", "Jade", "Eastern", "Pioneer", "Crystal", "Maple", "Silver", "Delta", "Union")
_KINDS = ("Industry", "Holdings", "Shipyard", "Logistics", "Energy", "Motors", "Bank", "Pharma",
          "Steel", "Textiles", "Foods", "Software", "Chemicals", "Airlines", "Grid")
# (metric, unit, how the number is printed after its value): every unit is in explorer.model.numbers.UNITS.
_FIGURES = (
    ("revenue", "billion yuan", " billion yuan"),
    ("net profit", "million yuan", " million yuan"),
    ("output", "million tons", " million tons"),
    ("container throughput", "million TEU", " million TEU"),
    ("growth of value added", "%", "%"),
    ("share of exports", "%", "%"),
    ("employees", "people", " people"),
    ("new enterprises", "enterprises", " enterprises"),
    ("investment", "billion yuan", " billion yuan"),
    ("exports", "billion US$", " billion US$"),
    ("patents granted", "patents", " patents"),
    ("projects signed", "projects", " projects"),
)
_QUALIFIERS = (("exact", "reached"), ("over", "surpassed"), ("approximately", "stood at about"),
               ("under", "stayed below"), ("expected_over", "is expected to exceed"),
               ("range", "was in the"))
_PERIODS = ("2019", "2020", "2021", "2022", "2023", "2024", "2025", "", "2025-06-30", "first half of 2025")


def _number(rng: random.Random, unit: str) -> tuple[float, str]:
    """A value and its digits as printed ("1,204", "12.5")."""
    if unit == "%":
        value = round(rng.uniform(0.1, 99.9), 1)
        return value, f"{value:g}"
    if unit in ("people", "enterprises", "patents", "projects"):
        value = float(rng.randint(10, 250_000))
        return value, f"{int(value):,}"
    value = round(rng.uniform(1, 2500), 2)
    return value, f"{value:,.2f}".rstrip("0").rstrip(".")


def _cities(n_cities: int, rng: random.Random) -> list[tuple[str, str, str]]:
    cities = [("Dalian", "大连"), ("Shenyang", "沈阳"), ("Changchun", "长春"), ("Harbin", "哈尔滨")]
    for i in range(len(cities), n_cities):
        zh = "".join(rng.choice(_ZH) for _ in range(2)) + "市"
        cities.append((f"City{i:04d}", zh))
    return [(cid, cid, zh) for cid, zh in cities]


def write(n_facts: int, out: Path, seed: int = 20260123) -> dict[str, int]:
    """Write the data folder; returns how many of each thing it holds."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    (out / "sources").mkdir(exist_ok=True)
    n_cities = min(400, max(8, n_facts // 2500))
    cities = _cities(n_cities, rng)
    n_entities = max(10, n_facts // 40)
    entities = [(f"{rng.choice(_WORDS)} {rng.choice(_WORDS)} {rng.choice(_KINDS)} {i}",
                 rng.randrange(n_cities)) for i in range(n_entities)]
    n_sentences = -(-n_facts // FIGURES_PER_SENTENCE)
    n_sources = max(1, -(-n_sentences // SENTENCES_PER_SOURCE))

    with (out / "cities.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id", "name", "name_zh", "kind"])
        w.writerows([*c, "city"] for c in cities)
    with (out / "sectors.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id", "name", "description"])
        w.writerows([s, s.capitalize(), f"Synthetic sector {i}"] for i, s in enumerate(_SECTORS))

    source_rows = []
    facts_fh = (out / "facts.csv").open("w", encoding="utf-8", newline="")
    facts = csv.writer(facts_fh, lineterminator="\n")
    facts.writerow(["id", "kind", "source_id", "city", "sector", "entity", "metric", "value", "unit",
                    "qualifier", "period", "as_printed", "quote", "start", "end", "note"])
    written = 0
    for s in range(n_sources):
        sid = f"src-{s:05d}"
        parts: list[str] = [f"Synthetic economic report {s}.\n\n"]
        pos = len(parts[0])
        rows = []
        for _ in range(SENTENCES_PER_SOURCE):
            if written + len(rows) >= n_facts:
                break
            entity, city_i = rng.choice(entities)
            city = cities[city_i][0]
            sector = rng.choice(_SECTORS)
            period = rng.choice(_PERIODS)
            when = f"In {period}, " if period else "Last year, "
            picks = rng.sample(_FIGURES, FIGURES_PER_SENTENCE)
            clauses, figs = [], []
            for metric, unit, suffix in picks:
                qualifier, verb = rng.choice(_QUALIFIERS)
                value, digits = _number(rng, unit)
                printed = f"{digits}{suffix}"
                if metric == "net profit" and rng.random() < 0.2:
                    clause, value = f"posted a net loss of {printed}", -value
                    qualifier = "exact"
                elif qualifier == "range":
                    clause = f"{metric} {verb} {printed} range"
                else:
                    clause = f"{metric} {verb} {printed}"
                clauses.append(clause)
                figs.append((metric, unit, qualifier, value, printed))
            quoted = f" (\"{rng.choice(_WORDS).lower()}\" in the report's words)" if rng.random() < 0.05 else ""
            sentence = (f"{when}{entity} of {city} ({sector}): {clauses[0]}, {clauses[1]}, "
                        f"and {clauses[2]}{quoted}.")
            start, end = pos, pos + len(sentence)
            for metric, unit, qualifier, value, printed in figs:
                if written + len(rows) >= n_facts:
                    break
                num = written + len(rows) + 1
                value_text = f"{value:.2f}".rstrip("0").rstrip(".")
                rows.append([f"F{num:07d}", "figure", sid, city, sector, entity, metric, value_text, unit,
                             qualifier, period, printed, sentence, start, end,
                             "synthetic" if num % 17 == 0 else ""])
            parts.append(sentence + " ")
            pos = end + 1
            if rng.random() < 0.1:
                parts.append("\n")
                pos += 1
        text = "".join(parts)
        raw = text.encode("utf-8")
        path = f"sources/{sid}.txt"
        (out / path).write_bytes(raw)
        source_rows.append([sid, f"Synthetic report {s}", "2026-01", "", path, hashlib.sha256(raw).hexdigest(),
                            "en", "synthetic"])
        facts.writerows(rows)
        written += len(rows)
    facts_fh.close()
    with (out / "sources.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id", "title", "date", "date_note", "path", "sha256", "language", "publisher"])
        w.writerows(source_rows)
    return {"facts": written, "sources": n_sources, "cities": n_cities, "sectors": len(_SECTORS),
            "entities": n_entities}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, required=True, help="number of facts to write")
    parser.add_argument("--out", type=Path, required=True, help="data folder to create (or overwrite)")
    parser.add_argument("--seed", type=int, default=20260123)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    counts = write(args.facts, args.out, args.seed)
    size = (args.out / "facts.csv").stat().st_size
    print(f"{args.out}: " + ", ".join(f"{v} {k}" for k, v in counts.items())
          + f"; facts.csv {size / 1e6:.1f} MB; {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A forecast or target never confirms nor contradicts what was reported (review of 2026-12-01): not in the
derived figures' checks, not in claims (also "expected to exceed"), and an outcome is plotted before a
forecast of the same period. Texts written for this test; figures invented."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

from explorer.model import load_fact_base
from explorer.model.claims.grouping import claims_of
from explorer.model.series import Scope, before_after

TEXTS = {
    "a": "Report A\n\nAnshan's GDP was 2,000 billion yuan in 2021. Anshan's GDP is expected to exceed 2,600 billion "
         "yuan in 2023. Anshan's GDP grew 10% over 2021-2023.\n",
    "b": "Report B\n\nFushun's GDP was 1,000 billion yuan in 2021 and 1,100 billion yuan in 2023. The plan targets "
         "GDP growth of 50% over 2021-2023.\nAnshan's GDP was 2,200 billion yuan in 2023.\n",
}
# id, source, city, metric, value, unit, qualifier, period, as printed, quote
FACTS = [
    ("A1", "a", "Anshan", "GDP", "2000", "billion yuan", "exact", "2021", "2,000 billion yuan",
     "Anshan's GDP was 2,000 billion yuan in 2021."),
    ("A2", "a", "Anshan", "GDP", "2600", "billion yuan", "expected_over", "2023", "2,600 billion yuan",
     "Anshan's GDP is expected to exceed 2,600 billion yuan in 2023."),
    ("A3", "a", "Anshan", "GDP growth", "10", "%", "exact", "2021–2023", "10%",
     "Anshan's GDP grew 10% over 2021-2023."),
    ("B1", "b", "Fushun", "GDP", "1000", "billion yuan", "exact", "2021", "1,000 billion yuan",
     "Fushun's GDP was 1,000 billion yuan in 2021 and 1,100 billion yuan in 2023."),
    ("B2", "b", "Fushun", "GDP", "1100", "billion yuan", "exact", "2023", "1,100 billion yuan",
     "Fushun's GDP was 1,000 billion yuan in 2021 and 1,100 billion yuan in 2023."),
    ("B3", "b", "Fushun", "GDP growth", "50", "%", "forecast", "2021–2023", "50%",
     "The plan targets GDP growth of 50% over 2021-2023."),
    ("B4", "b", "Anshan", "GDP", "2200", "billion yuan", "exact", "2023", "2,200 billion yuan",
     "Anshan's GDP was 2,200 billion yuan in 2023."),
]


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


@pytest.fixture
def base(tmp_path: Path):
    (tmp_path / "sources").mkdir()
    sources = []
    for sid, text in TEXTS.items():
        (tmp_path / "sources" / f"{sid}.txt").write_text(text, encoding="utf-8")
        sources.append([sid, f"Report {sid.upper()}", "2024-01", "", f"sources/{sid}.txt",
                        hashlib.sha256(text.encode("utf-8")).hexdigest(), "en", "test"])
    _write(tmp_path / "sources.csv", ["id", "title", "date", "date_note", "path", "sha256", "language", "publisher"],
           sources)
    _write(tmp_path / "cities.csv", ["id", "name", "name_zh"], [["Anshan", "Anshan", "鞍山"], ["Fushun", "Fushun", "抚顺"]])
    _write(tmp_path / "sectors.csv", ["id", "name"], [["economy", "Economy"]])
    rows = []
    for fid, sid, city, metric, value, unit, qual, period, printed, quote in FACTS:
        start = TEXTS[sid].index(quote)
        rows.append([fid, "figure", sid, city, "economy", city, metric, value, unit, qual, period, printed, quote,
                     str(start), str(start + len(quote)), ""])
    _write(tmp_path / "facts.csv", ["id", "kind", "source_id", "city", "sector", "entity", "metric", "value", "unit",
                                    "qualifier", "period", "as_printed", "quote", "start", "end", "note"], rows)
    loaded = load_fact_base(tmp_path)
    assert not [p for p in loaded.problems if p.severity == "error"], loaded.problems
    return loaded


def test_a_missed_target_neither_confirms_nor_contradicts_the_arithmetic(base) -> None:
    facts = base.facts.set_index("id")
    checks = " ".join(str(c) for c in facts["check"].fillna("")) if "check" in facts else ""
    derived = facts[facts["derived"].astype(bool)]
    fushun = derived[(derived["city"] == "Fushun") & derived["metric"].str.startswith("change in")]
    assert len(fushun) == 1  # 1,000 → 1,100: 10%, an outcome; the plan's 50% is a target, not a check of it
    assert "B3" not in checks
    anshan = derived[(derived["city"] == "Anshan") & derived["metric"].str.startswith("change in")]
    assert set(anshan["qualifier"]) <= {"expected_over", "forecast"}  # computed from a forecast end
    assert "A3" not in checks  # the outcome's 10% is not contradicted by a forecast's arithmetic
    assert not [p for p in base.problems if "contradicted by the arithmetic" in p.message]


def test_expected_to_exceed_is_in_no_claim_with_the_outcome(base) -> None:
    claims = claims_of(base)
    ids = list(base.facts["id"])
    a2, b4 = ids.index("A2"), ids.index("B4")
    assert claims.claim[a2] != claims.claim[b4]
    assert claims.conflicts().empty
    assert "forecast" in str(claims.labels[claims.claim[a2]])


def test_before_and_after_shows_the_outcome_of_a_period_not_its_forecast(base) -> None:
    view = before_after(base, Scope())
    shown = {str(r.id) for chart in view.charts for r in chart.records}
    assert "B4" in shown and "A2" not in shown

"""The same months written two ways are one period: a claim, the window's Agreement column and the import.

An English report's "first three quarters" is read as "2023-Q1-Q3", a Chinese release's 1—9月 as "2023-01..09";
before, claims compared the two as text, so the same figure from the two sources stood "single" in each and a
tenfold slip between them was never shown.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import numpy as np
import pytest

from explorer.model import load_fact_base
from explorer.model.claims.grouping import build_claims, merge_claims
from explorer.model.extract import extract
from explorer.model.numbers import UNITS
from explorer.model.periods import months_of, same_months, same_months_all
from explorer.model.series import Scope, series
from tests.helpers import read_rows, write_rows
from tests.model.test_claims import frame

OTHER_REGION = Path(__file__).resolve().parents[1] / "data" / "other_region"


@pytest.mark.parametrize(("written", "same"), [
    ("2023-Q1-Q3", "2023-Q1-Q3"), ("2023-01..09", "2023-Q1-Q3"), ("2023-1..9", "2023-Q1-Q3"),
    ("2023-H1", "2023-H1"), ("2023-01..06", "2023-H1"), ("2023-Q1-Q2", "2023-H1"),
    ("2023-H2", "2023-H2"), ("2023-07..12", "2023-H2"), ("2023-Q3-Q4", "2023-H2"),
    ("2023-Q1", "2023-Q1"), ("2023-01..03", "2023-Q1"), ("2023-07..09", "2023-Q3"), ("2023-10..12", "2023-Q4"),
    ("2023-10..10", "2023-10"), ("2023-10", "2023-10"), ("2023-3", "2023-03"),
    ("2023-01..12", "2023"), ("2023-Q1-Q4", "2023"), ("2023", "2023"),
    ("2023-01..10", "2023-01..10"), ("2023-02..05", "2023-02..05"), (" 2023-01..08 ", "2023-01..08"),
    # not months of one year: as written
    ("2019–2023", "2019–2023"), ("2023-05-03", "2023-05-03"), ("", ""), ("2023-13", "2023-13"),
    ("2023-09..03", "2023-09..03"), ("2023-Q3-Q1", "2023-Q3-Q1"), ("the decade to 2023", "the decade to 2023"),
])
def test_the_same_months_are_written_one_way(written: str, same: str) -> None:
    assert same_months(written) == same
    assert same_months(same) == same  # and that way is its own


def test_months_of_reads_a_period_of_one_years_months() -> None:
    assert months_of("2023-Q1-Q3") == ("2023", 1, 9)
    assert months_of("2023-H2") == ("2023", 7, 12)
    assert months_of("2023") is None and months_of("2019–2023") is None


def test_a_column_of_periods_is_read_once_per_distinct_period() -> None:
    column = np.array(["2023-01..09", "2023-Q1-Q3", "", "2023-01..09", "2022"], dtype=object)
    assert same_months_all(column).tolist() == ["2023-Q1-Q3", "2023-Q1-Q3", "", "2023-Q1-Q3", "2022"]
    assert same_months_all(np.zeros(0, dtype=object)).tolist() == []


def test_a_claim_holds_the_same_months_however_written() -> None:
    facts = frame(("EN", "wire", 512.4, "billion yuan", "exact", "512.4 billion yuan", "2023-Q1-Q3"),
                  ("ZH", "bureau", 5124, "亿元", "exact", "5124亿元", "2023-01..09"),
                  ("SU", "summary", 5124, "billion yuan", "exact", "5,124 billion yuan", "2023-1..9"),
                  ("Q1", "wire", 150.2, "billion yuan", "exact", "150.2 billion yuan", "2023-01..03"),
                  ("Q1b", "bureau", 1502, "亿元", "exact", "1502亿元", "2023-Q1"))
    claims = build_claims(facts, np.full(len(facts), "gdp", dtype=object), UNITS)
    en, zh, su, q1, q1b = (claims.for_fact(i) for i in range(5))
    assert en.claim == zh.claim == su.claim == "Ningbo · gdp · 2023-Q1-Q3 · yuan"
    assert (en.agreement, zh.agreement, su.agreement) == ("corroborated", "corroborated", "conflict")
    slip = next(r for r in su.conflicts_with if r.fact_id == "ZH")
    assert slip.slip == 1 and "likely unit slip" in slip.note  # the 亿 misread across the two notations
    assert q1.claim == q1b.claim == "Ningbo · gdp · 2023-Q1 · yuan" != en.claim  # other months: another claim
    assert q1.agreement == "corroborated"


def test_an_import_in_the_other_notation_joins_the_claim_it_had() -> None:
    before = frame(("EN", "wire", 512.4, "billion yuan", "exact", "512.4 billion yuan", "2023-Q1-Q3"))
    old = build_claims(before, np.full(1, "gdp", dtype=object), UNITS)
    after = frame(("EN", "wire", 512.4, "billion yuan", "exact", "512.4 billion yuan", "2023-Q1-Q3"),
                  ("ZH", "bureau", 5124, "亿元", "exact", "5124亿元", "2023-01..09"))
    merged = merge_claims(old, after, np.full(2, "gdp", dtype=object), UNITS)
    assert merged is not None
    assert merged.for_fact(0).claim == merged.for_fact(1).claim
    assert list(merged.agreement) == ["corroborated", "corroborated"]


# ---- a folder a person made: two sources, one figure, two notations ---------------------------------------

ENGLISH = ("Wuxi quarterly review (made-up test text)\n\n"
           "In the first three quarters of 2023, Wuxi's gross domestic product reached 1,102.4 billion yuan, "
           "the city's statistics bureau said.\n")
CHINESE = ("无锡经济简报（测试用文本）\n\n2023年1—9月，无锡市实现地区生产总值11024亿元。\n"
           "苏州市同期实现地区生产总值17980亿元。\n")
SUMMARY = ("Digest (made-up test text)\n\nWuxi: GDP of 11,024 billion yuan in January-September 2023.\n")


def _add_source(data: Path, source_id: str, text: str, language: str, *facts: dict[str, str]) -> None:
    path = data / "sources" / f"{source_id}.txt"
    path.write_text(text, encoding="utf-8")
    header, rows = read_rows(data / "sources.csv")
    rows.append({**{k: "" for k in header}, "id": source_id, "title": text.splitlines()[0], "date": "2023-10",
                 "path": f"sources/{source_id}.txt", "language": language, "publisher": "Fact Explorer tests",
                 "sha256": hashlib.sha256(path.read_bytes()).hexdigest()})
    write_rows(data / "sources.csv", header, rows)
    header, rows = read_rows(data / "facts.csv")
    for fact in facts:
        sentence = next(line for line in text.splitlines() if fact["as_printed"] in line)
        start = text.find(sentence)
        rows.append({**{k: "" for k in header}, "kind": "figure", "source_id": source_id, "city": "Wuxi",
                     "sector": "economy", "entity": "Wuxi", "metric": "GDP", "qualifier": "exact", "quote": sentence,
                     "start": str(start), "end": str(start + len(sentence)), **fact})
    write_rows(data / "facts.csv", header, rows)


@pytest.fixture
def two_notations(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(OTHER_REGION, data)
    _add_source(data, "wuxi-review-en", ENGLISH, "en", {"id": "WX-EN", "value": "1102.4", "unit": "billion yuan",
                                                         "period": "2023-Q1-Q3", "as_printed": "1,102.4 billion yuan"})
    _add_source(data, "wuxi-brief-zh", CHINESE, "zh", {"id": "WX-ZH", "value": "11024", "unit": "亿元",
                                                       "period": "2023-01..09", "as_printed": "11024亿元"},
                {"id": "SZ-ZH", "city": "Suzhou", "entity": "Suzhou", "value": "17980", "unit": "亿元",
                 "period": "2023-01..09", "as_printed": "17980亿元"})
    _add_source(data, "wuxi-digest", SUMMARY, "en", {"id": "WX-SU", "value": "11024", "unit": "billion yuan",
                                                     "period": "2023-01..09", "as_printed": "11,024 billion yuan"})
    return data


def test_a_folder_with_both_notations_loads_them_as_one_claim(two_notations: Path) -> None:
    base = load_fact_base(two_notations, use_cache=False)
    assert [p for p in base.problems if p.severity == "error"] == []
    en, zh, su = (base.claims.for_fact(base.row_of(i)) for i in ("WX-EN", "WX-ZH", "WX-SU"))
    assert en.claim == zh.claim == su.claim == "Wuxi · gdp · 2023-Q1-Q3 · yuan"
    assert (en.agreement, zh.agreement, su.agreement) == ("corroborated", "corroborated", "conflict")
    assert base.facts["period"].iloc[base.row_of("WX-ZH")] == "2023-01..09"  # each fact keeps its own text


def test_an_article_restating_a_figure_for_the_same_months_in_another_notation_proposes_it_once() -> None:
    text = ("无锡经济简报（测试用文本）\n\n2032年上半年，无锡市地区生产总值3124亿元，同比增长5.1%。\n\n"
            "2032年1—6月，全市地区生产总值3124亿元。\n")
    found = [c for c in extract(text, "brief") if c.as_printed == "3124亿元"]
    assert [c.period for c in found] == ["2032-H1", "2032-01..06"]
    assert "restates 3124亿元 (same claim)" in found[1].note and "restates" not in found[0].note


def test_compare_cities_offers_the_same_months_once_and_draws_both_cities(two_notations: Path) -> None:
    base = load_fact_base(two_notations, use_cache=False)
    offered = series(base, "across", Scope("WX-EN")).periods
    assert "2023-Q1-Q3" in offered and "2023-01..09" not in offered
    view = series(base, "across", Scope("WX-EN", period="2023-Q1-Q3"))
    assert view.period == "2023-Q1-Q3"
    [chart] = view.charts
    assert set(chart.rows["city"]) == {"Wuxi", "Suzhou"}  # Suzhou's 1—9月 beside Wuxi's first three quarters

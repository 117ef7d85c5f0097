"""The bundled fact base: every figure of the Dalian article, exactly as the text states it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import BUNDLED

ARTICLE = BUNDLED / "sources" / "dalian-trillion-yuan-2026.txt"
# The SHA-256 of the article as the project received it (the shared sources folder beside the checkout,
# read once by hand: tests read nothing outside the repository).
RECEIVED_SHA256 = "a78ad5bfe3521bd1a7c11b4f7cb26a7e6647f30ba65c4a891010764639fda805"

# (as_printed, metric, city, value, unit, qualifier, period): written from a reading of the
# article, independent of facts.csv.
EXPECTED = [
    ("1,000.21 billion yuan", "GDP", "Dalian", 1000.21, "billion yuan", "over", "2025"),
    ("700 billion yuan", "GDP", "Dalian", 700, "billion yuan", "exact", "2018"),
    ("900 billion yuan", "GDP", "Dalian", 900, "billion yuan", "exact", ""),
    ("one trillion yuan", "GDP", "Dalian", 1, "trillion yuan", "over", "2025"),
    ("910.03 billion yuan", "GDP", "Shenyang", 910.03, "billion yuan", "exact", ""),
    ("800 billion yuan", "GDP", "Changchun", 800, "billion yuan", "expected_over", ""),
    ("600 billion yuan", "GDP", "Harbin", 600, "billion yuan", "range", ""),
    ("98%", "share of the region's foreign trade containers", "Dalian", 98, "%", "over", ""),
    ("60%", "share of the region's crude oil imports", "Dalian", 60, "%", "over", ""),
    ("300 ports", "ports reached by shipping routes", "Dalian", 300, "ports", "over", ""),
    ("160 countries and regions", "countries and regions reached by shipping routes", "Dalian", 160,
     "countries and regions", "over", ""),
    ("a hundred", "Fortune 500 companies attracted", "Dalian", 100, "companies", "over", ""),
    ("40%", "share of the three northeastern provinces' foreign trade", "Dalian", 40, "%", "approximately", ""),
    ("11.7%", "growth of industrial value added", "Dalian", 11.7, "%", "exact", "2025"),
    ("4.1 percentage points", "change in industrial value-added growth from previous year", "Dalian", 4.1,
     "percentage points", "exact", "2025"),
    ("8.9%", "growth of petrochemical value added", "Dalian", 8.9, "%", "exact", "2025"),
    ("400 billion yuan", "size of green petrochemical cluster", "Dalian", 400, "billion yuan",
     "approximately", "2025"),
    ("15.4%", "growth of equipment manufacturing", "Dalian", 15.4, "%", "exact", "2025"),
    ("57.5%", "growth of railway and shipbuilding", "Dalian", 57.5, "%", "exact", "2025"),
    ("59%", "profit growth", "Dalian", 59, "%", "exact", ""),
    ("four months", "Kaito delivered ahead of schedule by", "Dalian", 4, "months", "exact", "2025-12-22"),
    ("300,000-ton", "Kaito deadweight", "Dalian", 300000, "tons", "exact", ""),
    ("28 sets", "core equipment sets delivered to Simandou", "Dalian", 28, "sets", "exact", "2026-01-17"),
    ("11.1 billion yuan", "revenue", "Dalian", 11.1, "billion yuan", "exact", "2022"),
    ("24.25 billion yuan", "revenue", "Dalian", 24.25, "billion yuan", "exact", "2025"),
    ("30 million yuan", "net profit", "Dalian", -30, "million yuan", "exact", "2022"),
    ("650 million yuan", "net profit", "Dalian", 650, "million yuan", "exact", "2025"),
    ("10,000 technology-based enterprises", "technology-based enterprises", "Dalian", 10000, "enterprises",
     "over", "2025"),
    ("75%", "growth of high-value invention patents per 10,000 people", "Dalian", 75, "%", "over",
     "five years to 2025"),
    ("2,475", "high-tech enterprises", "Dalian", 2475, "enterprises", "exact", "2020"),
    ("5,300", "high-tech enterprises", "Dalian", 5300, "enterprises", "exact", "2024"),
    ("114%", "growth of high-tech enterprises", "Dalian", 114, "%", "over", "2020–2024"),
    ("3.21%", "R&D expenditure as a share of GDP", "Dalian", 3.21, "%", "exact", ""),
    ("24.71%", "share of residents aged 60 and above", "Dalian", 24.71, "%", "exact", ""),
    ("16.87%", "share of residents aged 65 and above", "Dalian", 16.87, "%", "exact", ""),
    ("65%", "retention rate of local university graduates", "Dalian", 65, "%", "exact", "2025"),
    ("132,600 yuan", "per capita GDP", "Dalian", 132600, "yuan", "approximately", "2025"),
    ("fourth globally", "container port performance index global rank", "Dalian", 4, "rank", "exact", "2025"),
    ("43.8%", "growth of actual utilized foreign capital", "Dalian", 43.8, "%", "exact", "2025"),
    ("286 new foreign-invested enterprises", "new foreign-invested enterprises established", "Dalian", 286,
     "enterprises", "exact", "2025"),
    ("2029", "orders scheduled until", "Dalian", 2029, "year", "exact", ""),
]


def test_bundled_data_has_no_problems(base) -> None:
    assert base.problems == []
    assert len(base.stated) >= 50


def test_article_is_byte_for_byte_the_one_received() -> None:
    assert hashlib.sha256(ARTICLE.read_bytes()).hexdigest() == RECEIVED_SHA256
    text = ARTICLE.read_text(encoding="utf-8")
    assert "Dalina Area" in text and "全社会研发投入" in text


def test_source_sha256_is_recorded(base) -> None:
    assert base.sources["dalian-2026"].sha256 == hashlib.sha256(ARTICLE.read_bytes()).hexdigest()
    assert base.sources["dalian-2026"].verified


@pytest.mark.parametrize("printed,metric,city,value,unit,qualifier,period", EXPECTED,
                         ids=[e[0] + "|" + e[1][:20] for e in EXPECTED])
def test_every_figure_is_present_as_stated(base, printed, metric, city, value, unit, qualifier, period) -> None:
    rows = base.stated[(base.stated["as_printed"] == printed) & (base.stated["metric"] == metric)]
    assert len(rows) == 1, f"{printed!r} / {metric!r} not found exactly once"
    row = rows.iloc[0]
    assert (row["city"], row["value"], row["unit"], row["qualifier"], row["period"]) == (
        city, value, unit, qualifier, period)


def test_every_quote_is_verbatim_at_its_offsets(base) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    for row in base.stated.itertuples():
        assert text[row.start:row.end] == row.quote, row.id
        assert row.as_printed in row.quote, row.id


def test_events_carry_their_dates(base) -> None:
    events = base.stated[base.stated["kind"] == "event"].set_index("metric")["period"].to_dict()
    assert events["2025 economic data released"] == "2026-01-23"
    assert events["Kaito delivered early"] == "2025-12-22"
    assert events["Simandou equipment delivered"] == "2026-01-17"
    assert events["Dalian Area of the Pilot Free Trade Zone established"] == "2017"
    assert events["Friedman visits Dalian"] == "1998"
    assert events["Friedman returns to Dalian"] == "2004"


def test_typo_dalina_is_quoted_as_printed(base) -> None:
    assert base.stated["quote"].str.contains("The Dalina Area of the Liaoning Pilot FTZ").any()


def test_cities_have_chinese_names(base) -> None:
    zh = {c: base.cities[c].name_zh for c in ("Dalian", "Shenyang", "Changchun", "Harbin")}
    assert zh == {"Dalian": "大连", "Shenyang": "沈阳", "Changchun": "长春", "Harbin": "哈尔滨"}


def test_sectors_file_names_every_sector_used(base) -> None:
    sectors = pd.read_csv(BUNDLED / "sectors.csv")["id"]
    assert set(base.facts["sector"]) <= set(sectors)


def test_every_number_in_the_article_is_accounted_for(base) -> None:
    """Each number of the text is a fact's figure, part of a fact's period or metric, or left out on purpose."""
    import re

    text = ARTICLE.read_text(encoding="utf-8")
    left_out = {
        "500": "'Fortune 500' is a name, not a figure",
        "3": "'the only city in the Northeast to exceed 3%' is the threshold F34's 3.21% is compared with",
    }
    missing = []
    for m in re.finditer(r"\d[\d,.]*\d|\d", text):
        number = m.group(0)
        if number in left_out:
            continue
        around = base.stated[(base.stated["start"] <= m.start()) & (base.stated["end"] >= m.end())]
        as_figure = any(
            r.start + r.quote.find(r.as_printed) <= m.start() < m.end()
            <= r.start + r.quote.find(r.as_printed) + len(r.as_printed)
            for r in around.itertuples())
        in_period_or_metric = any(number in r.metric or number.lstrip("0") in re.split(r"\D+", r.period)
                                  for r in around.itertuples())
        if not (as_figure or in_period_or_metric):
            missing.append((number, text[max(0, m.start() - 30):m.end() + 10]))
    assert missing == []


def test_a_path_of_bundled_data_points_to_the_checkout() -> None:
    from explorer.model.files.paths import bundled_data_dir

    assert (bundled_data_dir() / "facts.csv").is_file()
    assert Path(bundled_data_dir()).resolve() == BUNDLED.resolve() or "_bundled" in str(bundled_data_dir())

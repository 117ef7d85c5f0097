"""The `forecast` qualifier end to end: found in English and Chinese text, loaded, shown with its qualifier
everywhere, and kept apart from outcomes in the claims."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from explorer.model import load_fact_base
from explorer.model.claims.grouping import build_claims
from explorer.model.derived import combined_qualifier
from explorer.model.extract import extract
from explorer.model.numbers import QUALIFIERS, UNITS, format_compact, format_figure, to_base
from tests.conftest import BUNDLED


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    ("Looking ahead, the city's GDP is expected to grow by around 5.5 percent in 2026.", "5.5 percent", "forecast"),
    ("Meanwhile the province has set a growth target of around 5 percent for 2026.", "5 percent", "forecast"),
    ("The jobless rate is expected to rise to 4.25 per cent by 2020.", "4.25 per cent", "forecast"),
    ("Growth of 6.5 percent is projected for 2025.", "6.5 percent", "forecast"),
    ("The port plans to handle 30 million TEUs next year.", "30 million TEUs", "forecast"),
    # a bound in a clause that expects or aims is a forecast lower bound
    ("Analysts said the city could top RMB1.8 trillion in output next year.", "RMB1.8 trillion", "expected_over"),
    ("Output was RMB425.8 billion, and the city aims to lift it beyond RMB500 billion by 2027.",
     "RMB500 billion", "expected_over"),
    # outcomes stay outcomes, even beside words of expectation
    ("Exports grew 7 percent, faster than expected.", "7 percent", "exact"),
    ("GDP was estimated to rise 3.7 per cent last year.", "3.7 per cent", "exact"),
])
def test_english_forecasts_and_targets(text: str, printed: str, qualifier: str) -> None:
    cand = next(c for c in extract(text, "T") if c.as_printed == printed)
    assert cand.qualifier == qualifier


def test_two_targets_in_one_sentence_each_keep_their_own_qualifier() -> None:
    found = extract("The commission expects throughput to exceed 25.5 million TEUs and plans to open at least 10 new "
                    "routes, while it aims for 3 percent growth.", "T")
    assert [(c.as_printed, c.qualifier) for c in found] == [
        ("25.5 million TEUs", "expected_over"), ("10 new routes", "expected_over"), ("3 percent", "forecast")]


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    ("2026年全市地区生产总值预期增长5.5%左右。", "5.5%", "forecast"),
    ("今年的目标是外贸进出口增长3%。", "3%", "forecast"),
    ("预计全年将超过1260万标准箱；货物吞吐量2.3亿吨左右。", "2.3亿吨", "approximately"),  # another clause
    ("全年地区生产总值增长5.6%。", "5.6%", "exact"),
])
def test_chinese_forecasts(text: str, printed: str, qualifier: str) -> None:
    cand = next(c for c in extract(text, "T") if c.as_printed == printed)
    assert cand.qualifier == qualifier


def test_a_forecast_is_never_shown_without_its_qualifier() -> None:
    assert "forecast" in QUALIFIERS
    assert format_figure(5.5, "%", "forecast") == "5.5% (forecast)"
    assert format_figure(5.5, "%", "forecast", derived=True) == "5.5% (forecast, derived)"
    assert format_compact(5.5, "%", "forecast") == "5.5% (forecast)"
    assert format_figure(1.8, "trillion yuan", "forecast").endswith("(forecast)")
    # a figure computed from a forecast is a forecast
    assert combined_qualifier([("forecast", 1), ("exact", -1)]) == "forecast"


def _frame(*facts: tuple[str, str, float, str]) -> pd.DataFrame:
    rows = []
    for fid, source, value, qualifier in facts:
        base_value, base_unit = to_base(value, "%")
        rows.append(dict(id=fid, kind="figure", source_id=source, city="Ningbo", metric="GDP growth", value=value,
                         unit="%", qualifier=qualifier, period="2026", as_printed=f"{value}%",
                         value_base=base_value, base_unit=base_unit, derived=False))
    return pd.DataFrame(rows)


def test_a_forecast_neither_corroborates_nor_conflicts_with_the_outcome() -> None:
    facts = _frame(("A", "s1", 5.5, "forecast"), ("B", "s2", 5.5, "exact"), ("C", "s3", 4.0, "exact"),
                   ("D", "s4", 5.6, "forecast"), ("E", "s5", 9.0, "forecast"))
    claims = build_claims(facts, np.full(len(facts), "gdp_growth", dtype=object), UNITS)
    agreement = dict(zip(facts["id"], claims.agreement))
    # the outcomes 5.5 and 4.0 conflict with each other only; the forecast 5.5 does not corroborate B
    assert agreement["B"] == agreement["C"] == "conflict"
    assert agreement["A"] == agreement["D"] == "corroborated"  # two sources forecasting about the same
    assert agreement["E"] == "conflict"  # with the other forecasts, not with the outcomes
    a = claims.for_fact(0)
    assert " · forecast" in a.claim and {r.fact_id for r in a.agrees_with} == {"D"}
    assert "B" not in {r.fact_id for r in (*a.agrees_with, *a.conflicts_with)}
    assert claims.for_fact(1).claim == "Ningbo · gdp_growth · 2026 · %"


@pytest.fixture
def forecast_base(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(BUNDLED, data)
    path = data / "facts.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
        fields = list(rows[0])
    gdp = next(r for r in rows if r["id"] == "F01")
    gdp["qualifier"] = "forecast"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fields)
        writer.writeheader()
        writer.writerows(rows)
    return data


def test_a_forecast_loads_and_the_table_shows_it_with_its_qualifier(forecast_base: Path, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from explorer.ui.fact_table import FIGURE_COLUMN, FactTableModel

    base = load_fact_base(forecast_base)
    assert [p for p in base.problems if p.severity == "error"] == []
    model = FactTableModel()
    model.set_fact_base(base)
    row = base.row_of("F01")
    figure = model.index(row, FIGURE_COLUMN).data()
    assert figure.endswith("(forecast)")
    tip = model.index(row, FIGURE_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert "forecast" in tip
    # every copy flavour says it too: the figure of the TSV and the citation
    from explorer.model.formats.clipboard import copy_citations_text, copy_forms

    forms = copy_forms(base, base.facts.iloc[[row]])
    assert all("(forecast)" in text for text in (forms.tsv, forms.html, forms.csv))
    assert "(forecast)" in copy_citations_text(base, base.facts.iloc[[row]])
    # F04 restates F01's outcome in the bundled article; as a forecast F01 is in a claim of its own
    f01 = base.claims.for_fact(row)
    assert " · forecast" in f01.claim and "F04" not in {r.fact_id for r in f01.agrees_with}


def test_merged_claims_keep_a_forecast_apart_as_built_claims_do() -> None:
    from explorer.model.claims.grouping import merge_claims

    old = _frame(("B", "s2", 5.5, "exact"), ("C", "s3", 5.5, "exact"))
    new = _frame(("B", "s2", 5.5, "exact"), ("C", "s3", 5.5, "exact"), ("A", "s1", 5.5, "forecast"),
                 ("D", "s4", 5.6, "forecast"))
    ids = np.full(len(new), "gdp_growth", dtype=object)
    merged = merge_claims(build_claims(old, ids[:2], UNITS), new, ids, UNITS)
    built = build_claims(new, ids, UNITS)
    assert merged is not None
    assert list(merged.agreement) == list(built.agreement) == ["corroborated"] * 4
    assert [r.fact_id for r in merged.for_fact(2).agrees_with] == ["D"]

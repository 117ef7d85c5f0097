"""Derived figures: computed from stated ones, labelled, and checked against the text's claims."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.synth import write as write_synth
from explorer.model import load_fact_base, pairs
from explorer.model.derived import add_derived, combined_qualifier, reference_add_derived
from explorer.model.formats.export import render
from explorer.model.load import factbase
from explorer.model.load.records import FactBase, facts_frame
from explorer.model.numbers import format_figure
from tests.conftest import BUNDLED
from tests.helpers import edit_fact, read_rows, write_rows
from tests.model.multisource import build


@pytest.fixture
def derived(base):
    return base.facts[base.facts["derived"]].set_index("metric")


def test_high_tech_growth_matches_over_114(derived) -> None:
    row = derived.loc["change in high-tech enterprises"]
    assert row["value"] == pytest.approx(114.1)
    assert row["inputs"] == "F31;F32" and row["period"] == "2020–2024"
    assert "(5,300 enterprises − 2,475 enterprises) / 2,475 enterprises" in row["formula"]
    assert row["check"].startswith("consistent with F33")
    assert row["qualifier"] == "exact" and row["kind"] == "derived" and row["derived"]


def test_previous_year_industrial_growth_is_implied(derived) -> None:
    row = derived.loc["growth of industrial value added (previous year, implied)"]
    assert row["value"] == pytest.approx(7.6) and row["period"] == "2024"
    assert row["formula"] == "11.7% − 4.1 percentage points = 7.6%"


def test_resident_population_from_gdp_per_capita(derived) -> None:
    row = derived.loc["resident population (implied)"]
    assert row["value"] == pytest.approx(1000.21e9 / 132600 / 1e6, abs=0.01)
    assert row["unit"] == "million people" and "approximate" in row["check"]


def test_heavy_industry_revenue_more_than_doubled(derived) -> None:
    row = derived.loc["ratio of revenue, 2025 to 2022"]
    assert row["value"] == pytest.approx(24.25 / 11.1, abs=0.005)
    assert row["check"] == "more than doubled" and row["inputs"] == "F25;F26"


def test_loss_to_profit_is_a_swing_not_a_percentage(derived) -> None:
    row = derived.loc["swing in net profit"]
    assert row["value"] == 680 and row["unit"] == "million yuan"
    assert "change in net profit" not in derived.index


def test_contradicted_claim_is_reported(data_copy: Path) -> None:
    # Pretend the text said "over 120%": 2,475 -> 5,300 is only +114.1%.
    line = edit_fact(data_copy, "F33", lambda r: r.update(value="120", as_printed="114%"))
    base = load_fact_base(data_copy)
    assert any(p.fact_id == "F33" and "differs from the number printed" in p.message for p in base.problems)
    edit_fact(data_copy, "F33", lambda r: r.update(value="114", qualifier="under"))
    base = load_fact_base(data_copy)
    bad = [p for p in base.problems if p.fact_id == "F33"]
    assert len(bad) == 1 and bad[0].line == line and "contradicted by the arithmetic" in bad[0].message
    assert "CONTRADICTS F33" in base.facts.set_index("metric").loc["change in high-tech enterprises", "check"]


def test_derived_from_a_lower_bound_says_so(derived) -> None:
    row = derived.loc["change in GDP"]
    assert row["formula"].startswith("(over 1,000.21 billion yuan − 700 billion yuan)")
    assert "so this is a lower bound (at least this)" in row["check"]
    population = derived.loc["resident population (implied)"]
    assert population["formula"].startswith("over 1,000.21 billion yuan / ≈ 132,600 yuan")


def test_derived_figures_keep_their_inputs_qualifier(derived) -> None:
    # D01: from "over 1,000.21 billion yuan" (2025) and "700 billion yuan" (2018).
    growth = derived.loc["change in GDP"]
    assert (growth["kind"], growth["qualifier"], growth["value"]) == ("derived", "over", pytest.approx(42.9))
    assert format_figure(growth["value"], growth["unit"], growth["qualifier"], True) == "over 42.9% (derived)"
    assert derived.loc["ratio of GDP, 2025 to 2018", "qualifier"] == "over"
    # GDP over a figure / an approximate per capita figure: approximate.
    assert derived.loc["resident population (implied)", "qualifier"] == "approximately"
    assert derived.loc["change in revenue", "qualifier"] == "exact"


def test_a_lower_bound_as_the_old_figure_makes_an_upper_bound(data_copy: Path) -> None:
    edit_fact(data_copy, "F01", lambda r: r.update(qualifier="exact", as_printed="1,000.21 billion yuan"))
    edit_fact(data_copy, "F02", lambda r: r.update(qualifier="over"))
    facts = load_fact_base(data_copy).facts.set_index("metric")
    assert facts.loc["change in GDP", "qualifier"] == "under"
    assert "an upper bound (at most this)" in facts.loc["change in GDP", "check"]
    assert facts.loc["ratio of GDP, 2025 to 2018", "qualifier"] == "under"


def test_the_export_carries_the_qualifier_and_the_kind_apart() -> None:
    import csv
    import io

    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(render(load_fact_base(BUNDLED), "csv").decode()))}
    growth = next(r for r in rows.values() if r["metric"] == "change in GDP")
    assert (growth["kind"], growth["qualifier"]) == ("derived", "over")


@pytest.mark.parametrize(("inputs", "result"), [
    ([("exact", -1), ("exact", 1)], "exact"),
    ([("exact", -1), ("over", 1)], "over"),  # growth: the new figure a lower bound
    ([("over", -1), ("exact", 1)], "under"),  # growth: the old figure a lower bound (a divisor)
    ([("under", -1), ("exact", 1)], "over"),
    ([("over", -1), ("over", 1)], "approximately"),  # bounds pulling in opposite directions
    ([("under", -1), ("over", 1)], "over"),  # both push the result up
    ([("approximately", -1), ("exact", 1)], "approximately"),
    ([("exact", 1), ("range", -1)], "approximately"),
    ([("expected_over", 1), ("exact", -1)], "expected_over"),
    # "expected to exceed" as the divisor: no bound, and still not an outcome (it stays out of outcomes' claims)
    ([("expected_over", -1), ("exact", 1)], "forecast"),
    ([("expected_over", 1), ("over", 1)], "expected_over"),
    ([("over", 1), ("over", 1)], "over"),  # a sum of two lower bounds
])
def test_qualifiers_follow_the_arithmetic(inputs, result) -> None:
    assert combined_qualifier(inputs) == result


@pytest.mark.parametrize(("qualifier", "shown"), [
    ("over", "over 42.9% (derived)"), ("under", "under 42.9% (derived)"), ("exact", "42.9% (derived)"),
    ("approximately", "≈ 42.9% (derived)"), ("expected_over", "> 42.9% (expected, derived)"),
])
def test_a_derived_figure_shows_its_qualifier_and_that_it_is_derived(qualifier, shown) -> None:
    assert format_figure(42.9, "%", qualifier, derived=True) == shown


@pytest.mark.parametrize(("gdp", "per_capita"), [("gross domestic product", "GDP per capita"),
                                                 ("地区生产总值", "人均地区生产总值")])
def test_gdp_spelled_otherwise_still_implies_growth_and_population(data_copy: Path, gdp: str, per_capita: str) -> None:
    # The population rule finds its inputs by metric id (metrics.csv), not by the words "GDP".
    for fid in ("F01", "F02"):
        edit_fact(data_copy, fid, lambda r: r.update(metric=gdp))
    edit_fact(data_copy, "F38", lambda r: r.update(metric=per_capita))
    facts = load_fact_base(data_copy, use_cache=False).facts.set_index("id")
    assert facts.loc["D:population:F01:F38", "value"] == pytest.approx(1000.21e9 / 132600 / 1e6, abs=0.01)
    assert facts.loc["D:change:F02:F01", "value"] == pytest.approx(42.9)
    assert facts.loc["D:change:F02:F01", "metric"] == f"change in {gdp}"


def test_a_metrics_table_without_per_capita_gdp_implies_no_population(data_copy: Path) -> None:
    header, rows = read_rows(data_copy / "metrics.csv")
    write_rows(data_copy / "metrics.csv", header, [r for r in rows if r["id"] != "per_capita_gdp"])
    facts = load_fact_base(data_copy, use_cache=False).facts.set_index("id")
    assert "D:population:F01:F38" not in facts.index
    assert "D:change:F02:F01" in facts.index  # the other rules need no metric id


# --- The column-wise add_derived against the per-fact reference --------------------------------

def _stated_only(folder: Path, monkeypatch: pytest.MonkeyPatch) -> FactBase:
    """The folder's fact base as loaded before the derived figures are added."""
    monkeypatch.setattr(factbase, "add_derived", lambda base: None)
    return load_fact_base(folder)


def _both(stated: FactBase) -> tuple[FactBase, FactBase]:
    new = dataclasses.replace(stated, facts=stated.facts.copy(), problems=list(stated.problems))
    old = dataclasses.replace(stated, facts=stated.facts.copy(), problems=list(stated.problems))
    add_derived(new)
    reference_add_derived(old)
    return new, old


def _assert_same(stated: FactBase) -> FactBase:
    new, old = _both(stated)
    pd.testing.assert_frame_equal(new.facts, old.facts)
    assert new.problems == old.problems
    return new


@pytest.mark.parametrize("folder", ["bundled", "other_region", "multisource", "synth"])
def test_column_wise_derived_equal_the_reference(folder: str, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    if folder == "bundled":
        path = BUNDLED
    elif folder == "other_region":
        path = Path(__file__).parent.parent / "data" / "other_region"
    elif folder == "multisource":
        path = build(tmp_path / "multi")
    else:
        path = tmp_path / "synth"
        write_synth(3000, path, seed=7)
    new = _assert_same(_stated_only(path, monkeypatch))
    assert new.facts["derived"].sum() > 0  # the comparison compared derived figures


_QUALS = ("exact", "", "over", "under", "approximately", "expected_over", "forecast", "range", "odd")
_UNITS = ("%", "billion yuan", "100 million yuan", "yuan", "yuan per person", "times", "亿元", "US$ billion",
          "percentage points", "")
_YEARS = ("2019", "2020", "2021", "2022", "2021-03", "2019–2022", "", "first half of 2021")


@pytest.mark.parametrize("seed", range(6))
def test_column_wise_derived_equal_the_reference_on_random_facts(
        seed: int, base: FactBase) -> None:
    """Ties at either end, forecasts, years as periods and spans, mixed units, losses, ids that collide."""
    rng = random.Random(seed)
    records: list[dict[str, object]] = []
    entities = [f"entity {i}" for i in range(12)]
    for i in range(1500):
        entity = rng.choice(entities)
        unit = rng.choice(_UNITS)
        value = rng.choice([0.0, -rng.uniform(1, 50), round(rng.uniform(0.1, 500), rng.choice([0, 1, 2])),
                            float(rng.randrange(1, 5))])
        fid = f"F{i:04d}" if rng.random() > 0.03 else f"F{i:04d};x"  # a ';' in an id splits in the derived id
        records.append(dict(
            id=fid, kind=rng.choice(["figure"] * 9 + ["event"]), source_id=rng.choice(["s1", "s2", "s3"]),
            city=rng.choice(["c1", "c2"]), sector="x", entity=entity,
            metric=rng.choice(["gdp", "per capita gdp", "revenue", "growth of gdp", "output"]),
            value=value, unit=unit, qualifier=rng.choice(_QUALS), period=rng.choice(_YEARS),
            as_printed="", quote="", start=None, end=None, note="",
            value_base=value, base_unit="yuan" if "yuan" in unit else unit, verified=rng.random() > 0.05,
            derived=False, formula="", inputs="", check="", line=i + 2))
    first = _both(dataclasses.replace(base, facts=facts_frame(records), problems=[]))[1].facts
    # Events (in no pair) that hold ids the derived figures will want: those take ":2", ":3".
    wanted = first.loc[first["derived"], "id"].tolist()
    events = [r for r in records if r["kind"] == "event"]
    for record, fid in zip(events, rng.sample(wanted, min(len(events), 20))):
        record["id"] = fid
    records[-1]["id"] = records[-2]["id"] = f"{wanted[0]}:2"
    new = _assert_same(dataclasses.replace(base, facts=facts_frame(records), problems=[]))
    made = new.facts[new.facts["derived"]]
    assert {"forecast", "approximately", "exact"} <= set(made["qualifier"])
    assert made["id"].str.contains(r":[23]$").any()


@pytest.mark.parametrize("n_columns, distinct", [(5, 7), (6, 3000)])  # the second renumbers before overflowing
def test_series_are_numbered_as_a_groupby_numbers_them(n_columns: int, distinct: int) -> None:
    import numpy as np


    rng = random.Random(n_columns)
    frame = pd.DataFrame({f"c{i}": [f"v{rng.randrange(distinct)}" for _ in range(20_000)] for i in range(n_columns)},
                         dtype=object)
    columns = list(frame.columns)
    made = pairs.tuple_codes([pd.factorize(frame[c].to_numpy(dtype=object)) for c in columns])
    np.testing.assert_array_equal(made, frame.groupby(columns, sort=False).ngroup().to_numpy())


def test_the_year_spans_looked_among_are_those_a_pattern_search_of_every_fact_finds() -> None:
    """The % facts for a span of years, matched once per distinct period: as pandas' str.contains of every row."""
    from explorer.model import derived

    rng = random.Random(3)
    periods = ["2019–2022", "2019-2022", "2019 – 2022", "2019 -2022\n", "x2019-2022", "2019-2022 ", "2019", "",
               "2019—2022", "٢٠١٩-٢٠٢٢", "2019-20221", "first half of 2021"]
    frame = pd.DataFrame({"unit": [rng.choice(["%", "yuan", "% ", ""]) for _ in range(3000)],
                          "period": [rng.choice(periods) for _ in range(3000)]}, index=range(5, 3005))
    percent = frame[frame["unit"] == "%"]
    expected = percent[percent["period"].str.contains(r"^\d{4}\s*[–-]\s*\d{4}$")]
    pd.testing.assert_frame_equal(derived._spans(frame), expected)
    assert 0 < len(expected) < len(percent)

"""The plot views, made from whatever a fact base holds (no Qt here)."""

from __future__ import annotations

import re

import pytest

from explorer.model import load_fact_base
from explorer.model import series as S
from tests.conftest import ROOT

OTHER = ROOT / "tests" / "data" / "other_region"


@pytest.fixture(scope="module")
def other():
    return load_fact_base(OTHER)


def rows(view: S.PlotView, chart: int = 0) -> list[tuple]:
    frame = view.charts[chart].rows
    return list(zip(frame["id"], frame["label"], frame["value"].round(6)))


def test_the_other_region_validates_cleanly(other) -> None:
    assert [str(p) for p in other.problems] == []
    assert len(other.stated) == 23 and len(other.sources) == 2


def test_across_cities_defaults_to_the_latest_common_period(other) -> None:
    view = S.series(other, "across", S.Scope("J03"))
    assert view.period == "2023" and view.title == "GDP in 4 cities"
    # One period for all: the bars do not repeat it; the subtitle says it once, with the unit.
    assert rows(view) == [("J01", "Suzhou 苏州", 2467.3), ("J03", "Nanjing 南京", 1742.1),
                          ("J05", "Wuxi 无锡", 1545.4), ("J06", "Nantong 南通", 1181.3)]
    assert view.subtitle == "in billion yuan · 2023"
    assert view.periods[:5] == (S.LATEST_EACH, "2024", "2023", "2022", "2021")


def test_across_cities_for_a_chosen_period_and_the_latest_of_each(other) -> None:
    view = S.series(other, "across", S.Scope("J03", period="2021"))
    assert [r[0] for r in rows(view)] == ["J14", "J16", "J18", "J20"]
    latest = S.series(other, "across", S.Scope("J03", period=S.LATEST_EACH))
    # Periods differ now (a 2024 forecast for Nantong): each bar names its own.
    assert ("J11", "Nantong 南通 (2024)", 1300.0) in rows(latest)
    assert "periods differ" in latest.subtitle


def test_across_cities_says_each_bars_period_when_they_differ(base) -> None:
    """Issue 10, point 6: the base GDP bars mix 2025, undated and a forecast."""
    view = S.series(base, "across", S.Scope("F42"))
    assert view.period == S.LATEST_EACH  # no dated period common to all cities
    assert [(i, label) for i, label, _ in rows(view)] == [
        ("F01", "Dalian 大连 (2025)"), ("F42", "Shenyang 沈阳 (undated)"),
        ("F43", "Changchun 长春 (undated)"), ("F44", "Harbin 哈尔滨 (undated)")]
    frame = view.charts[0].rows.set_index("id")
    assert (frame.loc["F44", "low"], frame.loc["F44", "high"]) == (600.0, 700.0)  # a range: 600 up to 700
    assert frame.loc["F43", "text"] == "> 800 (expected)"


def test_values_are_compared_in_base_units_and_shown_in_one_unit(base) -> None:
    view = S.series(base, "over_time", S.Scope("F01"))
    chart = view.charts[0]
    assert chart.unit == "billion yuan"
    # "one trillion yuan" (F04) is drawn as 1,000 billion yuan beside 1,000.21 billion yuan, never as 1.
    assert dict(zip(chart.rows["id"], chart.rows["value"])) == {"F02": 700.0, "F01": 1000.21, "F04": 1000.0}
    assert "1 figure(s) without a placeable period" in view.subtitle  # F03 has no year


def test_over_time_has_every_period_of_every_source(other) -> None:
    view = S.series(other, "over_time", S.Scope("J21"))
    chart = view.charts[0]
    assert chart.kind == "time" and view.title == "GDP of Suzhou 苏州 over time"
    points = list(zip(chart.rows["x"], chart.rows["value"], chart.rows["series"]))
    assert points == [(2019.0, 1923.6, "jiangsu-review-2024"), (2021.0, 2271.8, "jiangsu-bulletin-2022"),
                      (2022.0, 2395.8, "jiangsu-bulletin-2022"), (2023.0, 2467.3, "jiangsu-review-2024"),
                      (2023.0, 2460.0, "jiangsu-bulletin-2022")]
    assert chart.series_names == {
        "jiangsu-review-2024": "Four engines of the Yangtze delta (made-up test text)",
        "jiangsu-bulletin-2022": "Statistical notes for 2021 and 2022 (made-up test text)"}


def test_before_after_pairs_one_chart_per_unit_naming_cities(other) -> None:
    view = S.series(other, "before_after", S.Scope(node_label="All"))
    assert [c.unit for c in view.charts] == ["billion yuan", "%", "enterprises"]
    gdp = view.charts[0].rows
    assert list(zip(gdp["group"], gdp["label"], gdp["value"]))[:2] == [
        ("Suzhou 苏州: Suzhou — GDP", "2019", 1923.6), ("Suzhou 苏州: Suzhou — GDP", "2023", 2467.3)]
    growth = view.charts[1].rows
    assert list(zip(growth["id"], growth["label"])) == [("J22", "2022"), ("J09", "2023")]
    assert list(view.charts[2].rows["id"]) == ["J12", "J13"]


def test_shares_of_a_node(other) -> None:
    base = other
    rows_of_nanjing = base.facts.index[base.facts["city"] == "Nanjing"].to_numpy()
    view = S.series(base, "shares", S.Scope(rows=rows_of_nanjing, node=("city", "Nanjing"),
                                             node_label="Nanjing 南京"))
    assert view.title == "Shares and rates in %: Nanjing 南京"
    # The same metric twice: each bar names its entity too, and its period, as they differ.
    assert rows(view) == [("J23", "Nanjing services: share of the economy (2022)", 62.8),
                          ("J08", "Nanjing digital economy: share of the economy (2023)", 50.0)]
    every = S.series(base, "shares", S.Scope(node_label="All"))
    assert [r[0] for r in rows(every)] == ["J23", "J07", "J08", "J09", "J22"]
    assert rows(every)[0][1] == "Nanjing 南京 · Nanjing services: share of the economy (2022)"  # cities mixed


@pytest.mark.parametrize("key,scope,message", [
    ("across", S.Scope(None), "Nothing to plot: select a figure in the table."),
    ("across", S.Scope("E01"), "Nothing to plot: the selected fact E01 is an event, not a stated figure."),
    ("over_time", S.Scope("F42"), "Nothing to plot: no figure of “GDP” for Shenyang 沈阳 has a period"),
    ("shares", S.Scope(rows=None, node=("x",), node_label="Nowhere") , None),
])
def test_nothing_to_plot_names_what_is_missing(base, key, scope, message) -> None:
    view = S.spec_of(key).query(base, scope)
    if message is None:
        assert view.charts  # all facts: there are shares
        return
    assert not view.charts and view.empty.startswith(message)


def test_every_view_has_data_for_a_suitable_bundled_fact(base) -> None:
    dalian = base.facts.index[base.facts["city"] == "Dalian"].to_numpy()
    scope = S.Scope("F01", rows=dalian, node=("city", "Dalian"), node_label="Dalian")
    for key in (spec.key for spec in S.SERIES):
        assert S.series(base, key, scope).charts, key


def test_periods_on_a_time_axis() -> None:
    assert S.period_position("2019") == 2019.0
    assert S.period_position("2019-07") == pytest.approx(2019.5)
    assert S.period_position("2015–2019") == 2019.0
    assert S.period_position("") is None and S.period_position("the decade to 1999") is None
    assert S.display_unit("yuan", ["billion yuan", "trillion yuan", "billion yuan"]) == ("billion yuan", 1e9)
    assert S.display_unit("widgets", ["widgets"]) == ("widgets", 1.0)


PLOT_CODE = ["explorer/model/series.py", "explorer/ui/plots.py", "explorer/ui/plot_export.py", "explorer/ui/theme.py"]


def test_the_plot_code_names_no_city_year_or_metric_of_the_article() -> None:
    names = ["Dalian", "Shenyang", "Changchun", "Harbin", "Liaoning", "GDP", "trillion", "four cities",
             "growth of", "share of"]
    for path in PLOT_CODE:
        text = (ROOT / path).read_text(encoding="utf-8")
        for name in names:
            assert name.casefold() not in text.casefold(), (path, name)
        assert not re.search(r"\b20[12]\d\b", text), path


def test_no_app_module_names_the_bundled_articles_cities_or_years() -> None:
    """Generality: explorer/ takes cities, years and wording from the data, never from the bundled article (its
    examples in comments included, so that nobody copies one into a rule)."""
    names = ["Dalian", "Dalina", "Shenyang", "Changchun", "Harbin", "Liaoning", "大连", "沈阳", "长春", "哈尔滨",
             "four cities", "trillion-yuan club"]
    for path in sorted((ROOT / "explorer").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for name in names:
            assert name.casefold() not in text.casefold(), (path.relative_to(ROOT), name)
        found = re.findall(r"(?<![\d-])20(?:25|26)(?![\d-])", text)  # the article's years (not a date like 2026-12-01)
        assert not found, (path.relative_to(ROOT), found)

"""One test per bullet of issue 14's "What was missed", on sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from explorer.model.extract import extract
from explorer.model.numbers import to_base


def _found(text: str) -> list[tuple[str, float, str, str]]:
    return [(c.as_printed, c.value, c.unit, c.qualifier) for c in extract(text, "T")]


def test_currency_glued_to_the_digits_is_money_and_no_entity() -> None:
    assert _found("Guangdong's GDP reached RMB1,701.27 billion in 2023.") == [
        ("RMB1,701.27 billion", 1701.27, "billion yuan", "exact")]
    (cand,) = extract("Retail sales totalled nearly RMB61.22 billion.", "T")
    assert (cand.value, cand.unit, cand.qualifier) == (61.22, "billion yuan", "approximately")
    assert "RMB" not in cand.entity


@pytest.mark.parametrize(("text", "value", "base"), [
    ("The city is home to 12 million people.", 12e6, "people"),
    ("There are more than 3 million registered businesses in the province.", 3e6, "count"),
    ("The province exported 1.699 million vehicles in 2024.", 1.699e6, "count"),
    ("Its population (55.86 million) is large.", 55.86e6, "people"),
    ("The city had 10.4 million at the end of 2024, the census said of its population.", 10.4e6, "people"),
])
def test_n_million_with_a_noun_the_units_table_lacks(text: str, value: float, base: str) -> None:
    (cand,) = extract(text, "T")
    assert to_base(cand.value, cand.unit) == (pytest.approx(value), base)


def test_ranks_written_no_n_and_ratios_one_in_n() -> None:
    assert _found("Shenzhen ranked No. 1 in the country.") == [("No. 1", 1, "rank", "exact")]
    assert _found("Nearly 40 out of every 100 vehicles sold were electric.") == [
        ("40 out of every 100", 40, "%", "approximately")]
    assert _found("Today 1 in 4 residents is over 60 years old.")[0] == ("1 in 4", 25, "%", "exact")


@pytest.mark.parametrize("text", [
    "BEIJING, Jan. 12 (Xinhua) -- The talks went on.",
    "The deal was signed on Aug. 28, 2022, in Beijing.",
    "Talks were held on September 8 and 11.",
    "In the first three quarters of this year, output held up.",
])
def test_datelines_dates_and_period_spans_are_no_figures(text: str) -> None:
    assert _found(text) == []


def test_counts_of_any_noun_and_the_unit_of_the_next_figure() -> None:
    found = extract("The city now has 120 stores and 300 flights a week to 25 cities in 12 provinces.", "T")
    assert [(c.value, c.unit, c.note) for c in found] == [
        (120, "count", "a count of stores"), (300, "count", "a count of flights"),
        (25, "count", "a count of cities"), (12, "count", "a count of provinces")]
    assert all(c.confidence >= 0.6 for c in found)
    assert [(v, u) for _, v, u, _ in _found("Throughput is exceeding 160,000 and 170,000 TEUs.")] == [
        (160000, "TEU"), (170000, "TEU")]
    assert {q for *_, q in _found("Volumes held between 160,000 and 170,000 TEUs a week.")} == {"range"}


def test_targets_with_a_bound_and_signs_from_the_verb() -> None:
    assert _found("The city aims to push output over one trillion yuan by 2027.")[0][3] == "expected_over"
    assert _found("The port plans to open at least 10 new routes.")[0][3] == "expected_over"
    assert _found("Exports shrank by 25.3 percent.") == [("25.3 percent", -25.3, "%", "exact")]
    assert _found("Imports dropped 4.1 percent.")[0][1] == -4.1


@pytest.mark.parametrize(("text", "period"), [
    ("In the first five months of 2018, exports rose 7 percent.", "2018-01..05"),
    ("The city’s 2017’s GDP grew 6 percent.", "2017"),
    ("BEIJING, March 3, 2017 (Xinhua) -- GDP was estimated to rise 3.7 per cent last year.", "2016"),
])
def test_periods(text: str, period: str) -> None:
    cand = next(c for c in extract(text, "T") if c.unit == "%")
    assert cand.period == period


def test_sentence_opening_words_are_not_entities() -> None:
    for text in ("Output rose 5 percent.", "Trade grew 3 percent in the port.", "Research spending rose 9 percent."):
        (cand,) = extract(text, "T")
        assert cand.entity == ""


def test_a_city_named_in_the_sentence_is_guessed_from_the_gazetteer() -> None:
    (cand,) = extract("Qingdao's GDP grew 5.8 percent in 2025.", "T")
    assert cand.city == "Qingdao"


def test_restatements_are_marked_as_the_same_claim() -> None:
    found = extract("Container throughput reached 47.3 million TEU. The port handled 47.3 million TEU in all.", "T")
    assert len(found) == 2 and "same claim" in found[1].note and "same claim" not in found[0].note


def test_a_ratio_written_every_n_includes_one() -> None:
    found = _found("Of the cars shipped abroad, every 4 vehicles exported from China includes 1 vehicle made in Anhui.")
    assert found == [("every 4 vehicles exported from China includes 1 vehicle", 25, "%", "exact")]


@pytest.mark.parametrize(("text", "printed"), [
    ("The jobless rate is expected to rise to 4.25 per cent by 2020.", "4.25 per cent"),
    ("Growth of 6.5 percent is projected for 2025.", "6.5 percent"),
])
def test_forecasts_are_flagged(text: str, printed: str) -> None:
    cand = next(c for c in extract(text, "T") if c.as_printed == printed)
    assert cand.qualifier == "forecast"
    assert cand.period == re.search(r"(?:19|20)\d\d", text).group(0)  # type: ignore[union-attr]


def test_a_province_named_beside_the_city_is_not_the_entity_and_gdp_is_no_port_figure() -> None:
    sectors = {"macro economy": "Macro economy", "port and trade": "Port and trade"}
    (gdp, growth) = extract("Qingdao, a port city in Shandong Province, saw its GDP reach RMB1,701.27 billion in 2025, "
                            "up 5.8 percent.", "T", None, sectors)
    assert gdp.city == "Qingdao" and gdp.entity in ("Qingdao", "")
    assert gdp.sector != "port and trade"
    assert growth.entity in ("Qingdao", "")


def test_a_population_share_is_a_share_not_growth() -> None:
    (cand,) = extract("People aged 65 and above made up 14.2 percent of the population.", "T")
    assert cand.metric.startswith("share") or cand.metric == ""
    assert "growth" not in cand.metric


def test_the_year_a_zone_opened_is_no_period_of_its_figures() -> None:
    found = extract("The free trade zone, which opened in 2019, attracted 120 new firms last year.", "T")
    assert [c.period for c in found] == [""]
    dated = extract("BEIJING, March 3, 2026 (Xinhua) -- The free trade zone, which opened in 2019, attracted 120 "
                    "new firms last year.", "T")
    assert [c.period for c in dated if c.as_printed.startswith("120")] == ["2025"]


def test_hyphenated_fall_square_meters_and_a_bare_ratio() -> None:
    assert _found("Investment fell, dragged down by a 14.6-percent drop in real estate.")[0][:3] == (
        "14.6-percent", -14.6, "%")
    assert _found("The floor space sold was 12.35 million square meters.") == [
        ("12.35 million square meters", 12.35, "million square meters", "exact")]
    assert to_base(12.35, "million square meters") == (pytest.approx(12.35e6), "square meters")
    assert _found("The ratio of urban to rural income narrowed to 1.61.") == [("1.61", 1.61, "times", "exact")]

"""Round 39 of the extraction rules (session 35): rules from the misses of the spent held-out sets heldout519-522.

The texts are written here for the tests (other places and years); each rule has a control.
"""

from __future__ import annotations

from explorer.model.extract import extract
from tests.extraction.test_round35 import figures, qualifiers


def _got(text: str, published: str) -> dict[str, tuple[float, str, str, str]]:
    return {c.as_printed: (c.value, c.unit, c.qualifier, c.period) for c in extract(text, "t", published=published)}


def test_a_paragraph_naming_a_rating_system_keeps_its_figures() -> None:
    got = figures("Visits to the province's 5A-rated scenic areas, the top tier of the national rating system, rose "
                  "11.3 percent, while occupancy reached 78.5 percent in August.")
    assert "11.3 percent" in got and "78.5 percent" in got


def test_a_brokers_rating_key_has_no_figures() -> None:
    # (control)
    got = figures("Hexi Water: revenue rose 6.8%.\n\nRating system: BUY, total return expected above 15% over 12 "
                  "months; SELL, below -5%.")
    assert "6.8%" in got and "15%" not in got


REPORT = """Hexi to renovate 160 old compounds next year

The bureau delivered its report on December 19, 2031.

II. Tasks for 2032

- Old compounds: the city will renovate 160 compounds built before 2000 (2031: 148).
- Pipes: the renewed share of the old network will reach about 50 percent by the end of 2032 (end-2031: 41 percent).
"""


def test_this_years_outcome_in_brackets_beside_next_years_target_is_done() -> None:
    got = _got(REPORT, "2031-12-22")
    assert got["148"][2] == "exact" and got["41 percent"][2] == "exact"
    assert got["50 percent"][2] == "forecast"


def test_a_later_years_outcome_in_brackets_stays_a_forecast() -> None:
    # (control: a year after the text's own in the bracket is no outcome)
    got = _got(REPORT.replace("(2031: 148)", "(2033: 148)"), "2031-12-22")
    assert got["148"][2] != "exact"


def test_a_floor_set_for_a_later_year_is_expected() -> None:
    got = _got("提前谋划明年省重点项目，2033年省重点项目谋划储备数量不少于600个。", "2032-10-20")
    assert got["600个"][2] == "expected_over"


def test_a_later_years_standard_or_a_store_already_made_is_no_forecast() -> None:
    # (control: a rate set for next year; projects already stored)
    assert _got("2033年度城乡居民医保个人缴费标准为每人每年400元。", "2032-10-20")["400元"][2] == "exact"
    assert _got("目前已储备2033年专项债券项目312个。", "2032-10-20")["312个"][2] == "exact"


def test_above_the_regulatory_minimum_is_a_floor() -> None:
    assert qualifiers("The provision coverage ratio of 368.5% remained far above the regulatory minimum of 150%.")[
        "150%"] == "over"


def test_projections_that_put_a_figure_at_a_level_are_a_forecast() -> None:
    assert qualifiers("Projections by the bureau's research team put the province's resident population at around "
                      "45.9 million in 2036.")["45.9 million"] == "forecast"


def test_a_figure_put_at_a_level_by_officials_is_no_forecast() -> None:
    # (control)
    assert qualifiers("Officials put the losses at roughly 95 million yuan.")["95 million yuan"] != "forecast"


def test_a_difference_said_without_its_unit_takes_the_amounts() -> None:
    got = figures("The city's exporters shipped 126,000 TEUs of parts, about 18,000 more than a year earlier.")
    assert got["18,000"][1] == "TEU"


def test_a_count_of_other_things_after_an_amount_stays_a_count() -> None:
    # (control: the amount in tonnes, the difference in ships)
    assert figures("The port handled 3 million tonnes. About 120 more ships than last year called.")[
        "120 more ships"][1] != "tonnes"

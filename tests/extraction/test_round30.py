"""Round 30 of the extraction rules (session 28), from the misses of the sets spent before it: the year something
began ("a payment system introduced in 2031") is that event's year, not the year the text puts its figures in.

The texts are written here for the tests (an invented city, other years); each rule has a control.
"""

from __future__ import annotations

import pytest

from explorer.model.extract import extract


def periods(text: str) -> dict[str, str]:
    return {c.as_printed: c.period for c in extract(text, "t")}


HEAD = "Hexi depots buy early\n\nHEXI, Nov. 26 (Wire) - Hexi's depots bought 612,000 tonnes of maize, the bureau said. "


@pytest.mark.parametrize("sentence", [
    "Farmers were paid through a payment system introduced in 2031.",
    "The depots use a grading line set up in 2029.",
    "Its drying towers were built in 2030 with a state loan.",
])
def test_the_year_something_began_does_not_date_the_text(sentence: str) -> None:
    # the dateline gives no year and no figure is put "in" a year: the period is left for the reviewer
    assert periods(HEAD + sentence)["612,000 tonnes"] == ""


def test_a_year_the_text_puts_its_figures_in_still_dates_them() -> None:
    assert periods(HEAD + "Farmers were paid through a payment system in 2031.")["612,000 tonnes"] == "2031"
    assert periods(HEAD + "The depots bought 410,000 tonnes in 2031.")["612,000 tonnes"] == "2031"

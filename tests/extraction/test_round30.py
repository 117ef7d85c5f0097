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


def cities(text: str) -> dict[str, str]:
    return {c.as_printed: c.city for c in extract(text, "t")}


def test_a_text_whose_headline_names_a_province_and_no_city_is_about_the_province() -> None:
    text = ("Gansu economy grows 5.1 pct in 2033\n\nThe province's GDP reached 1.02 trillion yuan in 2033, up 5.1 "
            "percent, the provincial statistics bureau said.\n")
    assert set(cities(text).values()) == {"Gansu"}


@pytest.mark.parametrize("text", [
    # the province locates the county the text is about (a dateline): not the province's figures
    "In a mountain county, the hard sell goes live\n\nXIXIA COUNTY, Henan -- The hub sold 3,200 tonnes of "
    "mushrooms in 2033.\n",
    # the province names a firm
    "Zhejiang Hexi Husbandry Co., Ltd.\nAnnouncement on Hog Sales for October 2033\n\nThe company sold 451,100 "
    "hogs in October 2033.\n",
    # a city in the headline: the city's
    "Lanzhou economy grows 5.1 pct in 2033, Gansu says\n\nThe city's GDP reached 402 billion yuan in 2033.\n",
])
def test_a_province_that_locates_a_place_or_names_a_firm_or_stands_beside_a_city_is_not_the_text_s(text: str) -> None:
    assert "Gansu" not in cities(text).values() and "Henan" not in cities(text).values() and \
        "Zhejiang" not in cities(text).values()


def test_the_year_of_a_change_s_base_said_in_words_does_not_date_the_text() -> None:
    text = HEAD + "Tourism now makes up more than a fifth of the county's GDP, up from less than one tenth in 2029."
    assert periods(text)["612,000 tonnes"] == ""
    control = HEAD + "Tourism made up more than a fifth of the county's GDP in 2029."
    assert periods(control)["612,000 tonnes"] == "2029"

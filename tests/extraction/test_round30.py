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


@pytest.mark.parametrize("text", [
    "Zhejiang's Yiwu market thrives\n\nSales rose 5 percent to 200 billion yuan in 2033, the provincial paper said. "
    "The province's traders agreed.\n",  # a town of the province: its place is not named as a county
    "Yunnan tea town booms\n\nIn the hills of Menghai, tea output rose 8 percent to 42,000 tonnes in 2033.\n",
    "Grain prices climb\n\nBuyers from Heilongjiang lifted purchases in 2033. Purchases rose 5 percent to 3,000 "
    "tonnes in the year.\n",  # where buyers come from
    "Hainan Airlines flies more passengers\n\nPassengers rose 5 percent to 3 million in 2033, above the provincial "
    "average; the province's airports grew too.\n",  # a firm
    "Report: Anhui, Jiangxi lead growth\n\nGDP rose 6 percent in 2033 in each province; provincial data show it.\n",
])
def test_a_province_in_a_headline_about_a_town_a_firm_or_two_provinces_is_not_the_text_s(text: str) -> None:
    assert set(cities(text).values()) == {""}


def test_a_province_the_fact_base_has_already_is_shown_as_a_new_one_would_be() -> None:
    text = ("Gansu economy grows 5.1 pct in 2033\n\nThe province's GDP reached 1.02 trillion yuan in 2033, up 5.1 "
            "percent, the provincial statistics bureau said.\n")
    got = {c.as_printed: (c.city, c.city_confidence) for c in extract(text, "t", {"Gansu": ["Gansu", "甘肃"]})}
    assert {city for city, _ in got.values()} == {"Gansu"} and min(conf for _, conf in got.values()) >= 0.5


@pytest.mark.parametrize("sentence", [
    "Output was up from a year earlier in 2031, the bureau said.",  # the year is the figure's, not a base's
    "Prices rose from January to June in 2031 and fell after.",
    "The Expo opened in 2031 with 3,000 buyers.",  # "opened in" alone still dates a text
])
def test_a_year_after_up_from_or_opened_that_is_no_base_still_dates_the_text(sentence: str) -> None:
    assert periods(HEAD + sentence)["612,000 tonnes"] == "2031"


@pytest.mark.parametrize("text", [
    "Hexi fair closes\n\nThe fair was held at the Jilin City International Convention Center. Exports rose 12.7 "
    "percent to 37.8 billion yuan in 2033, the Jilin City Bureau of Commerce said.\n",
    "Hexi fair closes\n\nJILIN CITY, Sept. 16 (Wire) -- Exports of Jilin City rose 12.7 percent to 37.8 billion "
    "yuan in 2033.\n",
])
def test_a_province_of_the_fact_base_named_only_inside_a_city_s_name_is_that_city(text: str) -> None:
    # "Jilin", the province the fact base has, inside "Jilin City" (吉林市): the figures are the city's
    got = {c.as_printed: c.city for c in extract(text, "t", {"Jilin": ["Jilin", "吉林"]})}
    assert set(got.values()) == {"Jilin City"}


def qualifiers(text: str) -> dict[str, str]:
    return {c.as_printed: c.qualifier for c in extract(text, "t")}


def test_what_could_not_be_done_is_no_forecast() -> None:
    text = ("The curtailment rate -- the share of output that farms were told to hold back because the grid could "
            "not take it -- fell to 4.3 percent in 2033 from 7.9 percent in 2032, a drop of 3.6 percentage points.")
    got = qualifiers(text)
    assert got["4.3 percent"] == "exact" and got["3.6 percentage points"] == "exact"
    assert qualifiers("Output could reach 5 percent in 2034.")["5 percent"] == "forecast"  # the control


def test_places_moved_in_a_ranking_are_a_change_of_rank_signed_by_the_verb() -> None:
    text = "2033年，河池市GDP增速在全省排名前移6个位次，工业增速排名后移3个位次。"
    got = {c.as_printed: (c.value, c.unit) for c in extract(text, "t")}
    assert got == {"6个位次": (6.0, "个位次"), "3个位次": (-3.0, "个位次")}  # not a count of 6 (个)
    from explorer.model.numbers import to_base
    assert to_base(6.0, "个位次") == (6.0, "rank")


def test_a_cap_said_as_up_to_a_maximum_and_a_floor_as_a_minimum_are_bounds() -> None:
    got = qualifiers("In 2033 buyers receive 150 yuan per square metre, up to a maximum of 20,000 yuan per home. "
                     "The fee is 0.1 percent of the amount, with a minimum of 20 yuan.")
    assert got["20,000 yuan"] == "under" and got["20 yuan"] == "over"
    # the highest measured, not a cap
    assert qualifiers("Rainfall averaged 236.5 mm in 2033, with a maximum of 412.8 mm at Hexi Town.")["412.8 mm"] == \
        "exact"


def test_a_place_whose_name_begins_with_a_numeral_holds_no_figure() -> None:
    got = {c.as_printed for c in extract("受七台河第二发电厂机组检修影响，2033年电力生产下降2.1%，新增三台机组。", "t")}
    assert got == {"2.1%", "三台"}  # not 七台 (seven machines) of 七台河; 三台机组 is three units

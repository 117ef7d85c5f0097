"""Round 31 of the extraction rules (session 30), from the misses of the sets spent before it: a figure that is the
subject of a future verb is a forecast; a budget's "sets ... at" and "planned ... for 2033 is" plan; "a fall in ...
of N percent" and a deficit "held at" are negative; a new subject counted by "totalled" takes no unit from the
figure before it.

The texts are written here for the tests (an invented county, other years); each rule has a control.
"""

from __future__ import annotations

import pytest

from explorer.model.extract import extract
from tests.extraction.test_round30 import cities, periods


def found(text: str) -> list[tuple[str, float, str, str]]:
    return [(c.as_printed, c.value, c.unit, c.qualifier) for c in extract(text, "t")]


def one(text: str, printed: str) -> tuple[float, str, str]:
    hits = [(value, unit, qualifier) for as_printed, value, unit, qualifier in found(text) if as_printed == printed]
    assert len(hits) == 1, found(text)
    return hits[0]


@pytest.mark.parametrize(("text", "printed"), [
    ("Of the fund's 3 billion yuan, about 40 percent will come from county bonds.", "40 percent"),
    ("In 2033, 240 home care beds are to be set up across Hexi County.", "240"),
    ("Of the total, about 152 million yuan is expected from provincial grants.", "152 million yuan"),
    ("About 70 percent of the power will go to the provincial grid.", "70 percent"),
])
def test_a_figure_that_is_the_subject_of_a_future_verb_is_a_forecast(text: str, printed: str) -> None:
    assert one(text, printed)[2] == "forecast"


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    # the terms of a rule: what a buyer gets, not a forecast
    ("For homes of 144 square metres or less, half of the deed tax paid will be refunded to the buyer.", "half",
     "exact"),
    ("About 60 percent of the interest actually paid will be subsidized, the notice says.", "60 percent",
     "approximately"),
    # a share of those asked, before what they said
    ("Some 58 percent said they will hire more staff in 2033.", "58 percent", "approximately"),
    # an outcome that is not the subject of the future verb
    ("Exports rose 12 percent in 2032 and will keep growing, the bureau said.", "12 percent", "exact"),
])
def test_a_figure_before_a_rule_s_terms_or_an_outcome_stays_as_it_is(text: str, printed: str, qualifier: str) -> None:
    assert one(text, printed)[2] == qualifier


def test_a_budget_that_sets_amounts_and_planned_investment_for_a_year_are_plans() -> None:
    text = ("The draft budget of Hexi County submitted to this session sets general public budget expenditure at "
            "51.2 billion yuan and local general public budget revenue at 20.4 billion yuan. Planned investment for "
            "2033 is 2.3 billion yuan.")
    assert one(text, "51.2 billion yuan")[2] == "forecast"
    assert one(text, "20.4 billion yuan")[2] == "forecast"
    assert one(text, "2.3 billion yuan")[2] == "forecast"


def test_a_planned_investment_of_a_project_is_its_size() -> None:
    text = "The park, with a planned investment of 2.3 billion yuan, opened in 2032."
    assert one(text, "2.3 billion yuan")[2] == "exact"


def test_a_fall_in_a_measure_of_n_percent_is_negative() -> None:
    text = ("Targets for 2033 include growth of retail sales of 5 percent and a fall in water consumption per unit "
            "of output of about 3 percent.")
    assert one(text, "3 percent")[:2] == (-3.0, "%")
    assert one(text, "5 percent")[:2] == (5.0, "%")  # (a rise keeps its sign)


def test_a_deficit_held_at_an_amount_is_negative_and_other_amounts_held_are_not() -> None:
    text = ("The deficit of the county budget will be held at 1.2 billion yuan. Grain output will be held at "
            "2.6 million tonnes.")
    assert one(text, "1.2 billion yuan")[:2] == (-1.2, "billion yuan")
    assert one(text, "2.6 million tonnes")[:2] == (2.6, "million tonnes")


def test_a_new_subject_counted_by_its_verb_takes_no_unit_from_the_figure_before() -> None:
    text = ("Cargo and mail rose 4.1 percent to 8,100 tonnes, and aircraft movements totalled 27,314, about 1,200 "
            "more than in 2032.")
    assert one(text, "27,314")[1:] == ("count", "exact")


def test_a_bare_figure_compared_with_an_amount_still_takes_its_unit() -> None:
    text = "The airport handled 8,100 tonnes of cargo in 2033, against 7,800 in 2032."
    assert one(text, "7,800")[1] == "tonnes"


def test_a_wire_headlined_with_a_province_and_filed_from_a_city_is_about_the_province() -> None:
    text = ("Hubei's retail sales up 4.4 pct in first half\n\nWUHAN, July 18 (Hexi Wire) -- Retail sales in central "
            "China's Hubei Province rose 4.4 percent to 1.21 trillion yuan in the first half of 2033, the provincial "
            "statistics bureau said. Online sales grew 9.2 percent, and the province's catering revenue reached "
            "142.6 billion yuan.\n")
    assert set(cities(text).values()) == {"Hubei"}


def test_a_firm_s_release_filed_from_its_city_stays_the_city_s() -> None:
    text = ("Hexi Tyre Reports Third-Quarter 2033 Results\n\nZIBO, China, October 28, 2033 -- Hexi Tyre Co., Ltd., a "
            "Zibo-based maker of tyres, today announced revenue of RMB6.27 billion, up 8.1% year over year, for the "
            "quarter. Exports to Shandong's neighbours in the province grew.\n")
    assert set(cities(text).values()) == {"Zibo"}


@pytest.mark.parametrize(("text", "printed", "period"), [
    ("Hexi's industrial output grows 7.6 pct in Jan-Oct 2033", "7.6 pct", "2033-01..10"),
    ("HEXI, Nov. 20, 2033 (Wire) -- Hexi's land sales fell 9 pct in JAN-SEP, the bureau said.", "9 pct", "2033-01..09"),
    ("Hexi's exports up 4 pct in Jan-Jun 2033", "4 pct", "2033-H1"),
])
def test_a_range_of_shortened_month_names_is_a_part_of_the_year(text: str, printed: str, period: str) -> None:
    assert periods(text)[printed] == period


def test_a_name_that_begins_like_a_month_is_no_part_of_a_year() -> None:
    assert periods("HEXI, Nov. 20, 2033 (Wire) -- Jan-Erik Lund said sales rose 4 pct.")["4 pct"] == "2033"


def test_a_part_of_a_year_right_after_a_figure_is_its_own_even_of_another_year() -> None:
    text = "HEXI, Nov. 20, 2033 (Wire) -- The average price slipped to RMB7,150 in 10M33 from RMB7,480 in 10M32."
    assert periods(text) == {"RMB7,150": "2033-01..10", "RMB7,480": "2032-01..10"}
    text = ("HEXI, Oct. 20, 2033 (Wire) -- Exports rose to 4.1 billion yuan in the third quarter from 3.9 billion yuan "
            "in the second quarter.")
    assert periods(text) == {"4.1 billion yuan": "2033-07..09", "3.9 billion yuan": "2033-04..06"}


def test_the_quarter_is_the_report_s_not_a_quarter_of_another_year_compared_with() -> None:
    text = ("Hexi Cement: Operating Update for the Third Quarter of 2033\n\nIn the third quarter of 2033, sales rose "
            "6 percent to 2.1 million tonnes. Infrastructure made up about 55% of volume, compared with 41% in the "
            "third quarter of 2032.\n\nThe average selling price of cement was RMB287 per tonne in the quarter.\n")
    got = periods(text)
    assert got["41%"] == "2032-07..09" and got["RMB287"] == "2033-07..09", got



def test_a_year_a_headline_compares_with_is_not_the_year_of_the_text() -> None:
    text = ("Hexi tourism takes in 4.6 bln yuan over Spring Festival, beating 2029 level\n\nHEXI, Feb. 24 (Hexi Wire) "
            "-- Hexi received 3.82 million tourist visits during the holiday, the bureau said.\n")
    assert set(periods(text).values()) == {""}  # no year of its own: left for the reviewer, not 2029


def test_a_base_year_at_the_end_of_a_long_comparison_is_not_the_year_of_the_text() -> None:
    text = ("HEXI, Feb. 24 (Hexi Wire) -- Average hotel occupancy was 87.5 percent, against 79 percent a year "
            "earlier and 71.3 percent in 2029, the bureau said. Revenue for the whole of 2034 is expected to exceed "
            "68 billion yuan, after 61.2 billion yuan in 2033.\n")
    assert periods(text)["87.5 percent"] != "2029"


def test_a_forecast_s_year_is_not_the_year_of_a_text_that_names_no_other() -> None:
    text = ("HEXI, Nov. 26 (Hexi Wire) -- Depots in Hexi have bought 612,000 tonnes of maize, the bureau said.\n\n"
            "An analyst expects the average maize price to ease to about 1.14 yuan per jin in the first quarter of "
            "2034.\n")
    assert periods(text)["612,000 tonnes"] == ""  # not 2034: the text does not say which year it is


def test_how_far_a_place_lies_from_another_holds_at_any_time() -> None:
    text = ("HEXI, March 4, 2033 (Hexi Wire) -- Trade through Hexi rose 9 percent in 2032, the bureau said.\n\n"
            "The Hexi port, 17 kilometres west of the county seat, handled 460 trucks a day in 2032. The airport lies "
            "26 km away. Metro Line 1 runs 22.6 kilometres from the north gate to the station.")
    got = periods(text)
    assert got["17 kilometres"] == "" and got["26 km"] == ""
    assert got["22.6 kilometres"] == "2032"  # (a line's length: dated as the text's other figures)


@pytest.mark.parametrize(("text", "expected"), [
    ("Hexi home stock shrinks\n\nHEXI, Oct. 9, 2033 (Wire) -- Unsold homes stood at 4.86m sq m at end-September, down "
     "from 5.31m sq m at end-2032.", {"4.86m sq m": "2033-09..09", "5.31m sq m": "2032"}),
    ("Hexi drugmaker's costs fall\n\nHEXI, Oct. 9, 2033 (Wire) -- The selling expense ratio for the first nine months "
     "declined to 27.9% from 30.6% in the same period of 2032.", {"27.9%": "2033-01..09", "30.6%": "2032-01..09"}),
    ("Hexi fair draws more firms\n\nHEXI, Oct. 9, 2033 (Wire) -- About 1,100 exhibitors took part in the fair, up "
     "from 860 last year.", {"1,100": "2033", "860": "2032"}),
])
def test_the_base_of_a_change_takes_the_time_named_right_after_it(text: str, expected: dict[str, str]) -> None:
    assert periods(text) == expected


def test_a_base_with_no_time_of_its_own_keeps_the_figure_s() -> None:
    text = ("Hexi fair draws more firms\n\nHEXI, Oct. 9, 2033 (Wire) -- About 1,100 exhibitors took part in the fair "
            "in 2033, up from 860, the organisers said.")
    assert periods(text) == {"1,100": "2033", "860": "2033"}


def test_a_bracketed_figure_of_a_part_of_an_earlier_year_takes_that_part() -> None:
    text = ("HEXI SHOES CO., LTD.\nINTERIM RESULTS ANNOUNCEMENT FOR THE SIX MONTHS ENDED 30 JUNE 2033\n\n"
            "- Revenue increased by 8.4% to RMB2,146.8 million (1H2032: RMB1,980.4 million)\n"
            "- Nine-month exports were RMB512.0 million (9M2032: RMB430.1 million)\n"
            "- Basic earnings per share RMB0.23 (2032: RMB0.19)\n")
    got = periods(text)
    assert got["RMB1,980.4 million"] == "2032-H1" and got["RMB430.1 million"] == "2032-01..09"
    assert got["RMB0.19"][:4] == "2032"


def test_a_stock_at_the_end_of_a_year_named_right_after_it_is_of_that_year() -> None:
    text = ("Hexi Urban Investment: rating affirmed\n\nHEXI, March 3, 2034 (Wire) -- The company's total debt rose to "
            "CNY41.2 billion at end-2033 from CNY37.9 billion a year before. Hexi now has 46 swap stations, up from 19 "
            "at the end of last year.")
    got = periods(text)
    assert got["CNY41.2 billion"] == "2033" and got["CNY37.9 billion"] == "2032" and got["19"] == "2033"


def test_a_sentence_that_turns_to_a_year_dates_its_paragraph() -> None:
    text = ("Chairman's address to the 2034 annual general meeting\n\nIn 2033 revenue rose 9 percent to 8.1 billion "
            "yuan.\n\nLet me say a few words about 2034. In the first quarter, revenue rose 14.6 percent to 2.21 "
            "billion yuan, and we aim for 10 billion yuan for the year.\n\nAs for 2035, we will build a second plant.")
    got = periods(text)
    assert got["8.1 billion yuan"] == "2033" and got["2.21 billion yuan"] == "2034-01..03"

"""Round 37 of the extraction rules (session 35): the defects a read-only review found in 669027b, and rules from the
misses of the spent held-out sets heldout503, heldout504 and heldout506.

The texts are written here for the tests (other places and years); each rule has a control.
"""

from __future__ import annotations

from explorer.model.extract import extract
from tests.extraction.test_round35 import figures, qualifiers, values
from tests.extraction.test_round36 import _cities


def _periods(text: str, published: str = "2031-12-20") -> dict[str, str]:
    return {c.as_printed: c.period for c in extract(text, "t", published=published)}


# -- "N <noun> out of M" followed by a verb or an adverb is a share (669027b took them for counts) --

def test_a_share_with_its_noun_between_and_a_singular_verb_after_is_a_share() -> None:
    for text, printed, share in (("One household out of five owns a car in Hexi.", "One household out of five", 20.0),
                                 ("One firm out of 10 has closed since March.", "One firm out of 10", 10.0),
                                 ("One village out of three was without a clinic.", "One village out of three", 33.33)):
        assert figures(text)[printed][:2] == (share, "%"), text


def test_a_share_with_an_adverb_or_a_preposition_after_the_whole_is_a_share() -> None:
    for text, printed in (("Seven firms out of 10 across Hexi reported higher orders.", "Seven firms out of 10"),
                          ("Eight respondents out of 10 always pay by phone.", "Eight respondents out of 10"),
                          ("Four households out of 10 perhaps own a car.", "Four households out of 10")):
        got = figures(text)
        assert got[printed][1] == "%" and "10" not in got, text


def test_a_whole_that_counts_a_plural_noun_stays_a_count() -> None:
    # (control: 669027b's own cases)
    got = figures("The team scored two goals out of 10 shots.")
    assert got["two"][1] == "count" and got["10"][1] == "count"
    assert figures("One went out of 10 firms.")["10 firms"][1] != "%"


# -- a reporting "say" after a relative clause: the head before the clause decides (not the clause's verb) --

def test_say_after_a_clause_about_something_else_reports_for_a_plural_head() -> None:
    assert qualifiers("Officials at the bureau, which oversees the sector, say 30 percent of firms have cut jobs.")[
        "30 percent"] == "exact"
    assert qualifiers("Local banks in Hexi, which as a group lend to farmers, say 30 percent of loans are small.")[
        "30 percent"] == "exact"


def test_say_after_a_clause_of_a_singular_head_is_a_hedge() -> None:
    assert qualifiers("Pork, which cost 20 yuan a kilo in May, say 25 yuan now, is dearer.")["25 yuan"] == \
        "approximately"
    assert qualifiers("In Hexi, a ticket that took, say 3 hours to buy, cost 120 yuan.")["3 hours"] == "approximately"
    assert qualifiers("Pork, which is cheap, say 20 yuan a kilo, sells well.")["20 yuan"] == "approximately"


def _titled_period(note: str) -> str:
    """The period of a figure under a monthly bulletin's title that ends with ``note``."""
    text = f"Monthly Throughput Bulletin, October 2031 {note}\n\nThe port handled 2.3 million tonnes of cargo.\n"
    return _periods(text)["2.3 million tonnes"]


# -- a monthly title's bracket: any note but a part of the year keeps the month --

def test_a_monthly_titles_note_in_brackets_keeps_its_month() -> None:
    for note in ("(Preliminary)", "(Revised)", "(No. 10)", "(English summary)"):
        assert _titled_period(note) == "2031-10..10", note


def test_a_titles_bracket_naming_a_part_of_the_year_does_not_date_to_the_month() -> None:
    for note in ("(January-October)", "(year to date)", "(first half)"):
        assert _titled_period(note) != "2031-10..10", note


# -- a level a series started from is no floor; a price that starts from one is --

def test_a_level_starting_from_a_year_is_no_floor() -> None:
    assert qualifiers("Starting from 5 percent in 2031, the ratio will rise one point a year.")["5 percent"] != "over"
    assert qualifiers("The minimum wage, starting from 2,100 yuan in 2030, has been raised twice.")[
        "2,100 yuan"] == "exact"
    assert qualifiers("Fees were priced from 50 yuan in 2020 and rose to 80 yuan.")["50 yuan"] == "exact"


def test_tickets_that_start_from_a_price_in_a_year_are_a_floor() -> None:
    # (control: 669027b's case)
    assert qualifiers("Tickets start from 380 yuan in 2035, up from 280 yuan.")["380 yuan"] == "over"


# -- an issuer's line with a bulletin's number is still an issuer's line --

BULLETIN = """Monthly banking bulletin
Issued by the Shanxi Provincial Bureau of Statistics, Bulletin No. 105.

At the end of May, outstanding loans in the province stood at 2.10 trillion yuan, up 6.1 percent year on year.
Datong and Datong's banks lead, and Datong grew. The province's NPL ratio was 1.6 percent.
"""


def test_an_issuers_line_with_a_bulletin_number_names_the_province() -> None:
    got = _cities(BULLETIN)
    assert got["2.10 trillion yuan"] == got["1.6 percent"] == "Shanxi"


def test_an_issuers_line_with_a_figure_is_a_story_line() -> None:
    # (control: a figure on the line makes it a sentence of the story, the city named most below wins)
    got = _cities(BULLETIN.replace("Bulletin No. 105.", "loans up 2,100 million yuan."))
    assert got["2.10 trillion yuan"] == "Datong"


# -- "the region" after money put into a bloc is still the text's region --

def test_the_region_after_investment_in_a_bloc_is_the_texts_own() -> None:
    text = ("Guangxi bulletin\n\nFirms in the region invested 3 billion yuan in Southeast Asia last year, and the "
            "region's exports rose 10 percent.")
    assert _cities(text, "2034-06-01")["10 percent"] == "Guangxi"


def test_the_region_after_a_blocs_own_growth_is_the_blocs() -> None:
    # (control: "Growth in Southeast Asia": the region is the bloc)
    text = "Guangxi bulletin\n\nGrowth in Southeast Asia slowed to 4 percent, and the region's exports rose 10 percent."
    assert _cities(text, "2034-06-01")["10 percent"] == ""


# -- heldout504: a hedged upper end of a spoken range with its noun after; a target set as "around"; dragged down --

def test_a_spoken_range_with_a_hedged_upper_end_before_its_noun_is_a_range() -> None:
    got = qualifiers('"On a good Saturday we sell four thousand, maybe five thousand lift passes."')
    assert got["four thousand"] == got["five thousand"] == "range"


def test_two_counts_listed_with_a_comma_are_no_range() -> None:
    # (control: no hedge between)
    got = qualifiers("The park sold 4,000 day passes, 5,000 season passes and 300 gift cards.")
    assert "range" not in got.values()


def test_a_control_target_set_around_a_level_is_a_forecast() -> None:
    assert qualifiers("From January to October, the CPI rose 0.3 percent, well within the annual control target of "
                      "around 2 percent.")["2 percent"] == "forecast"


def test_a_figure_kept_below_a_plain_control_target_is_under() -> None:
    # (control: the convention of the earlier sets: a control target's level is a ceiling)
    assert qualifiers("The jobless rate stayed below the provincial control target of 5.5 percent.")[
        "5.5 percent"] == "under"
    assert qualifiers("Spending stayed within the debt limit of 72.5 billion yuan.")["72.5 billion yuan"] == "under"


def test_what_dragged_a_rate_down_by_points_is_negative() -> None:
    assert values("Food prices fell 1.6 percent, dragging down the CPI by about 0.29 percentage points.")[
        "0.29 percentage points"] == -0.29
    assert values("Food prices fell 1.6 percent, pulling down the CPI by 0.3 percentage points.")[
        "0.3 percentage points"] == -0.3


def test_what_pushed_a_rate_up_stays_positive() -> None:
    # (control)
    assert values("Energy prices rose, pushing up the CPI by 0.1 percentage points.")["0.1 percentage points"] == 0.1


# -- heldout503: "and half will go abroad" --

def test_a_half_after_and_with_its_verb_is_a_share() -> None:
    got = figures('"This year we will sell around 30,000 of them, and half will go abroad."')
    assert got["half"][:2] == (50.0, "%")


def test_a_half_after_and_with_no_verb_is_no_share() -> None:
    # (control: "and half measures": no verb after it)
    assert "half" not in figures("Prices rose again this year, and half measures will not do.")


# -- heldout506: 低于三成 is a bound, not a difference; 1%人口抽样调查 names a survey --

def test_a_share_in_tenths_below_which_a_rate_stays_is_a_bound() -> None:
    got = figures("新蔡县等传统农业大县城镇化率仍低于三成，县域城镇化仍有较大提升空间。")
    assert got["三成"] == (30.0, "%", "under")


def test_a_share_in_tenths_below_an_average_is_a_difference() -> None:
    # (control: 低于全省平均水平约一成: that much below)
    assert figures("该县人均收入低于全省平均水平约一成。")["一成"][0] == -10.0


def test_the_sampling_fraction_of_a_survey_is_no_figure() -> None:
    got = figures("根据2031年全国1%人口抽样调查结果推算，年末全市常住人口672.4万人。")
    assert "1%" not in got and "672.4万人" in got


def test_a_percentage_before_other_words_stays_a_figure() -> None:
    # (control)
    assert figures("全市常住人口增长1%，抽样调查显示满意度较高。")["1%"][0] == 1.0


# -- from heldout508, 509, 511 and 513 (measured at fbac7cf) --

def test_a_count_over_a_thousand_with_old_in_its_sentence_is_no_age() -> None:
    assert qualifiers("Hexi renovates over 1,800 old residential compounds in 2031")["1,800"] == "over"


def test_an_age_bound_stays_no_figure() -> None:
    # (control: "over 60" in a sentence about the old is an age)
    assert "60" not in figures("Residents over 60 and old people living alone get free check-ups.")


def test_a_ranges_lower_end_before_a_noun_takes_no_unit_from_before() -> None:
    text = ("Hexi added 320 km of railway in 2031. For 2032, the department plans to renovate another 1,500 to 1,700 "
            "old compounds.")
    got = figures(text)
    assert got["1,500"][1] == got["1,700"][1] == "count"


def test_a_bare_range_after_an_amount_takes_its_unit() -> None:
    # (control: both ends bare, the range ends its sentence)
    got = figures('"A cart is 3,000 yuan. A big one is 3,500 to 4,000."')
    assert got["3,500"][1] == got["4,000"][1] == "yuan"


def test_a_cut_by_an_estimated_amount_is_negative() -> None:
    assert values("The drought cut grain output by an estimated 6,200 tonnes.")["6,200 tonnes"] == -6200


def test_a_cut_of_a_list_by_a_share_is_negative() -> None:
    assert values("The city cut spending on official receptions, vehicles and trips abroad by 12 percent last year.")[
        "12 percent"] == -12


def test_a_rise_after_a_cut_in_another_clause_stays_positive() -> None:
    # (control: the comma ends the cut's clause)
    assert values("The bank cut rates last year, helping output expand by 5 percent.")["5 percent"] == 5


def test_a_level_that_fell_below_a_bound_is_no_fall() -> None:
    got = figures("Occupancy averaged 63 percent, though it fell below 30 percent in March.")
    assert got["30 percent"] == (30.0, "%", "under")


def test_a_fall_by_under_or_less_than_a_share_is_negative() -> None:
    # (control)
    assert values("Output fell by under 2 percent.")["2 percent"] == -2
    assert values("Exports fell less than 2 percent.")["2 percent"] == -2


def test_rates_that_run_from_one_price_to_another_are_a_range() -> None:
    got = qualifiers("Nightly rates across the town run from 160 to 450 yuan.")
    assert got["160"] == got["450 yuan"] == "range"


def test_prices_that_rose_from_one_level_to_another_are_no_range() -> None:
    # (control)
    assert "range" not in qualifiers("Prices rose from 160 to 450 yuan.").values()


def test_a_plan_for_another_amount_is_a_forecast() -> None:
    assert qualifiers("The city plans another 2,000 in 2032, most of them in industrial parks.")["2,000"] == "forecast"


def test_another_amount_built_is_no_forecast() -> None:
    # (control)
    assert qualifiers("The city built another 2,000 in 2030, most of them in industrial parks.")["2,000"] == "exact"


def test_a_budget_set_at_an_amount_for_a_year_is_a_forecast() -> None:
    got = qualifiers("General public budget expenditure is set at 56.3 billion yuan for 2032, up 2.4 percent.")
    assert got["56.3 billion yuan"] == got["2.4 percent"] == "forecast"


def test_a_rule_set_at_a_share_is_no_forecast() -> None:
    # (control)
    assert qualifiers("Rents are set at 85 percent of market levels.")["85 percent"] == "exact"

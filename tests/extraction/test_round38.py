"""Round 38 of the extraction rules (session 35): the defects a read-only review found in 3b8a85b and 69f8d63, and
rules from the misses of the spent held-out sets heldout515-518.

The texts are written here for the tests (other places and years); each rule has a control.
"""

from __future__ import annotations

from tests.extraction.test_round35 import figures, qualifiers, values
from tests.extraction.test_round36 import _cities
from tests.extraction.test_round37 import _titled_period

# -- the review of 3b8a85b and 69f8d63 --

def test_a_rise_after_a_cut_joined_by_and_stays_positive() -> None:
    assert values("The city cut taxes on small firms, and their profits jumped by 12 percent.")["12 percent"] == 12
    assert values("Hexi cut red tape for start-ups, and registrations surged by 30 percent.")["30 percent"] == 30


def test_a_cut_over_a_list_of_places_is_negative() -> None:
    assert values("Hexi trimmed staff at its offices in Lanshan, Beiyuan and Xitang by 10 percent.")["10 percent"] == -10


def test_down_or_declined_under_a_share_is_a_fall() -> None:
    assert figures("Shares of the bank were down under 1 percent in early trade.")["1 percent"] == (-1.0, "%", "under")
    assert values("Sales declined under 1 percent year on year.")["1 percent"] == -1


def test_a_share_of_those_a_fee_is_paid_by_is_no_fall() -> None:
    assert values("The reform brought down fees paid by 70 percent of small firms.")["70 percent"] == 70


def test_a_count_out_of_a_count_of_plural_nouns_stays_counts() -> None:
    for text, whole in (("The store sold four cakes out of 10 orders on Monday.", "10"),
                        ("Inspectors found faults at two stalls out of 12 shops checked in Hexi.", "12")):
        got = figures(text)
        assert got[whole][1] == "count" and "%" not in {unit for _, unit, _ in got.values()}, text


def test_say_inside_a_relative_clause_is_a_hedge() -> None:
    assert qualifiers("In most towns, a flat that measures, say 90 square metres, sells for 1 million yuan.")[
        "90 square metres"] == "approximately"
    assert qualifiers("Farmers growing rice, which needs, say 500 cubic metres of water a mu, earn little.")[
        "500 cubic metres"] == "approximately"


def test_say_after_a_whole_relative_clause_of_a_plural_head_reports() -> None:
    # (control)
    assert qualifiers("Officials at the bureau, which oversees the sector, say 30 percent of firms have cut jobs.")[
        "30 percent"] == "exact"


def test_a_titles_abbreviated_part_of_the_year_does_not_date_to_the_month() -> None:
    for note in ("(Jan-Oct)", "(YTD)", "(Jan.-Oct.)", "(Running Total)"):
        assert _titled_period(note) != "2031-10..10", note


def test_goods_starting_or_offered_from_a_price_in_a_year_are_a_floor() -> None:
    assert qualifiers("Packages starting from 2,999 yuan in 2032 went on sale on Monday.")["2,999 yuan"] == "over"
    assert qualifiers("Tours are offered from 1,200 yuan in 2031, including meals.")["1,200 yuan"] == "over"


def test_a_level_that_started_from_a_figure_and_then_rose_is_no_floor() -> None:
    # (control: 3b8a85b's cases)
    assert qualifiers("Starting from 5 percent in 2031, the ratio will rise one point a year.")["5 percent"] == "exact"
    assert qualifiers("Fees were priced from 50 yuan in 2020 and rose to 80 yuan.")["50 yuan"] == "exact"


def test_the_region_after_a_blocs_factories_is_the_blocs() -> None:
    text = ("Nanning's exports rose 8 percent. Factories in Southeast Asia are busy, and the region's output rose 5.2 "
            "percent.")
    assert _cities(text)["5.2 percent"] == ""


def test_a_bare_range_ending_before_a_comma_takes_the_amounts_unit() -> None:
    got = figures("Hexi added 320 km of railway in 2031. In 2032 it will add 150 to 170, officials said.")
    assert got["150"][1] == got["170"][1] == "km"


def test_a_gap_in_tenths_below_an_average_with_a_bound_is_negative() -> None:
    assert figures("该县人均收入低于全省平均水平不到一成。")["一成"][0] == -10.0


def test_a_statutory_floor_of_spending_is_no_forecast() -> None:
    assert qualifiers("Spending on education is set at no less than 4 percent of GDP, as the law requires.")[
        "4 percent"] == "over"


# -- from heldout515-518 (measured at 69f8d63 and d213a34) --

def test_a_conversion_in_brackets_keeps_its_hedge_in_a_forecast() -> None:
    got = qualifiers("Hexi will invest 4.8 billion yuan (about 670 million U.S. dollars) in energy storage by 2038.")
    assert got["4.8 billion yuan"] == "forecast" and got["670 million U.S. dollars"] == "approximately"


def test_a_hedged_amount_in_a_forecast_is_a_forecast() -> None:
    # (control: no bracket)
    assert qualifiers("The city expects revenue of about 4.8 billion yuan this year.")["4.8 billion yuan"] == "forecast"


def test_the_energy_of_a_storage_station_after_its_power_is_a_figure() -> None:
    got = figures("Its first phase of 100 MW/400 MWh started up in June 2031.")
    assert got["100 MW"][0] == 100_000 and got["400 MWh"][0] == 400_000  # (in kW and kWh)


def test_a_fraction_after_a_slash_is_no_figure() -> None:
    # (control)
    assert "4" not in figures("Growth was 3/4 of that.")


def test_a_decline_narrower_than_before_is_a_rise_of_the_rate() -> None:
    text = "Investment fell 3.2 percent, a decline 0.8 percentage points narrower than in the first nine months."
    assert values(text)["0.8 percentage points"] == 0.8


def test_a_decline_wider_than_before_stays_negative() -> None:
    # (control)
    text = "Investment fell 3.2 percent, a decline 0.8 percentage points wider than in the first nine months."
    assert values(text)["0.8 percentage points"] == -0.8


def test_the_price_bound_of_goods_a_rule_is_for_is_no_figure() -> None:
    got = figures("Sales jumped, helped by subsidies of up to 500 yuan for mobile phones priced below 6,000 yuan.")
    assert "6,000 yuan" not in got and "500 yuan" in got


def test_a_price_a_thing_is_sold_at_stays_a_figure() -> None:
    # (control)
    assert figures("The phone is priced at 6,000 yuan.")["6,000 yuan"][0] == 6000


def test_money_paid_or_costing_without_its_currency_is_in_the_texts_currency() -> None:
    got = figures('A bed costs 80 yuan. "The repairs cost me two hundred thousand, and the insurance paid half."')
    assert got["two hundred thousand"][:2] == (200000.0, "yuan")
    got = figures('Rooms cost 300 yuan. "When I opened in 2029 I paid 9,000 a month," she says.')
    assert got["9,000"][1] == "yuan"


def test_a_count_paid_or_a_text_without_currency_stays_a_count() -> None:
    # (control: workers paid; no currency named in the text)
    assert figures("Rooms cost 300 yuan. The firm will pay 300 workers a bonus.")["300"][1] != "yuan"
    assert "yuan" not in {unit for _, unit, _ in figures("We paid 9,000 a month for it.").values()}


def test_a_programme_named_in_quotes_is_no_forecast() -> None:
    got = qualifiers("依托县电商直播基地开展“主播培育计划”，累计培育本土主播210名，带动农产品销售2.3亿元。")
    assert got["210名"] == "exact" and got["2.3亿元"] == "exact"


def test_a_plan_for_this_year_is_a_forecast() -> None:
    # (control)
    assert qualifiers("实施“百县千村计划”，今年计划培育主播300名。")["300名"] == "forecast"


def test_a_lower_end_said_in_full_before_an_upper_end_in_ten_thousands() -> None:
    got = figures("一个月下来能挣个8000到1万块钱。")
    assert got["8000"][:2] == (8000.0, "yuan")  # (8,000 yuan, not 8,000 万)


def test_a_lower_end_in_the_upper_ends_ten_thousands() -> None:
    # (control: 3到5万元, both in 万元)
    assert figures("投资3到5万元。")["3"][:2] == (30000.0, "yuan")


# -- a web page's metadata line between the headline and the dateline (heldout507, heldout515) --

WIRE = """Shaanxi's foreign trade nears 400 bln yuan in Jan-Oct

Source: Xinhua | Editor: Li Qian | 2031-11-19 16:05:27

XI'AN, Nov. 19 (Xinhua) -- Foreign trade of northwest China's Shaanxi Province rose 6.7 percent year on year \
to 391.6 billion yuan in the first 10 months of 2031, Xi'an Customs said on Wednesday.

Exports climbed 12.4 percent to 247.3 billion yuan. The province's imports fell 1.9 percent, and provincial officials
expect the province's trade to grow further.
"""


def test_a_metadata_line_under_the_headline_leaves_the_text_the_provinces() -> None:
    got = _cities(WIRE, "2031-11-19")
    assert got["391.6 billion yuan"] == got["12.4 percent"] == "Shaanxi"


def test_a_source_line_naming_the_issuer_still_names_the_region() -> None:
    # (control: "Source: <issuer>" with no "|" is an issuer's line)
    text = ("Inner Mongolia's economy grows 5.6 percent in first half of 2031\n\nSource: Inner Mongolia Autonomous "
            "Region Bureau of Statistics\nReleased: 2031-07-17 15:30\n\nOn July 17, the region's statistics bureau said "
            "regional GDP grew 5.6 percent. Baotou's output rose 7 percent. The region's retail sales rose 4.1 percent, "
            "and regional investment rose 3 percent.\n")
    got = _cities(text, "2031-07-17")
    assert got["4.1 percent"] == "Inner Mongolia"


# -- a second review, of abafc63 --

def test_a_budget_or_spending_set_at_an_amount_is_a_forecast() -> None:
    for text, printed in (("The budget for 2032 is set at 56.3 billion yuan.", "56.3 billion yuan"),
                          ("Fiscal spending is set at 4.2 trillion yuan this year.", "4.2 trillion yuan"),
                          ("Outlays are set at 9 billion yuan for 2032, officials said.", "9 billion yuan")):
        assert qualifiers(text)[printed] == "forecast", text


def test_a_sentence_starting_from_a_level_gives_no_floor() -> None:
    assert qualifiers("Starting from 18 percent in 2028, the share fell to 12 percent.")["18 percent"] == "exact"
    assert qualifiers("The minimum wage, starting from 2,100 yuan in 2030, has been raised twice.")[
        "2,100 yuan"] == "exact"


def test_a_hedged_share_in_brackets_is_no_conversion() -> None:
    assert qualifiers("The plant will employ 3,000 people (about 40 percent of them locals) by 2033.")[
        "40 percent"] == "forecast"


def test_a_price_said_as_a_predicate_is_a_figure() -> None:
    assert figures("The new model is priced below 6,000 yuan, the company said.")["6,000 yuan"] == (6000.0, "yuan",
                                                                                                 "under")


def test_a_price_bound_in_a_condition_or_of_a_group_is_no_figure() -> None:
    assert "100,000 yuan" not in figures("The subsidy is 6,000 yuan if it is priced below 100,000 yuan.")
    assert "7,000 yuan" not in figures("Nearly a third of the units sold in November were priced below 7,000 yuan "
                                       "per sq m.")


def test_counts_paid_stay_counts() -> None:
    assert figures("Bonuses reach 2,000 yuan. The firm pays 15 staff and 40 interns.")["15"][1] == "count"
    assert figures("Each visit costs 60 yuan. The county paid 40 of the 60 villages on time.")["40"][1] == "count"


def test_money_paid_before_a_time_is_money() -> None:
    # (control)
    text = 'A car costs 90,000 yuan. "A new compact sedan that cost 130,000 three years ago, you can drive out."'
    assert figures(text)["130,000"][1] == "yuan"


def test_the_distance_of_a_consumption_rate_is_no_figure() -> None:
    assert "100 km" not in figures("The car uses 13.5 kWh/100 km, the maker says.")


def test_a_singular_share_with_any_verb_in_s_is_a_share() -> None:
    assert figures("One worker out of four works from home in Hexi.")["One worker out of four"][:2] == (25.0, "%")


def test_a_rate_that_declined_below_a_bound_is_no_fall() -> None:
    assert figures("Unemployment declined below 5 percent in May.")["5 percent"] == (5.0, "%", "under")


def test_say_after_a_restrictive_clause_is_a_hedge() -> None:
    assert qualifiers("Loans that run longer, say 30 years, carry higher rates.")["30 years"] == "approximately"


def test_what_dragged_down_demand_for_a_noun_in_ed_by_a_share_is_a_fall() -> None:
    assert values("Weak pig prices dragged down demand for feed by 3 percent.")["3 percent"] == -3


def test_a_titles_dated_revision_note_keeps_its_month() -> None:
    for note in ("(revised Nov 12)", "(Seasonally Adjusted Annual Rate)"):
        assert _titled_period(note) == "2031-10..10", note


def test_a_forecast_word_in_scare_quotes_is_a_forecast() -> None:
    assert qualifiers("该企业今年“有望”实现销售收入3亿元。")["3亿元"] == "forecast"


def test_a_falling_range_in_ten_thousands_keeps_its_scale() -> None:
    assert figures("每亩收益从1.8到1.2万元不等。")["1.8"][:2] == (18000.0, "yuan")


def test_a_drop_of_points_smaller_than_others_is_the_drop() -> None:
    assert values("Margins saw a drop of 0.3 percentage points smaller than rivals' margins.")[
        "0.3 percentage points"] == -0.3

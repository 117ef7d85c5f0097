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


# -- from heldout524 and 525 (measured at the extractor of 9845f05) --

def test_a_cut_per_ten_thousand_yuan_or_a_shrink_by_a_further_amount_is_negative() -> None:
    got = figures("The department aims to cut water use per 10,000 yuan of GDP by around 3 percent. It also plans to "
                  "shrink the overdraft area by a further 300 square kilometres.")
    assert got["3 percent"][0] == -3 and got["300 square kilometres"][0] < 0


def test_a_rise_by_a_further_share_after_a_cut_stays_positive() -> None:
    # (control)
    assert figures("The city cut fees, and sales rose by a further 3 percent.")["3 percent"][0] == 3


def test_the_tonnage_class_of_a_berth_or_of_ships_is_no_figure() -> None:
    assert "225,000-tonne" not in figures("The second phase will add a 225,000-tonne berth.")
    assert "100,000 deadweight tonnes" not in figures("The port handled 87 calls by ships of 100,000 deadweight "
                                                      "tonnes or more.")


def test_tonnes_delivered_or_handled_stay_figures() -> None:
    # (control)
    assert "212,000 deadweight tonnes" in figures("The yard delivered nine vessels totalling about 212,000 deadweight "
                                                  "tonnes.")
    assert "2,000 tonnes" in figures("The port handled 2,000 tonnes of coal.")


# -- a third review (of 2e5b2bc, 6928b13 and 9845f05) --

def test_a_later_year_in_a_date_or_a_name_sets_no_target() -> None:
    for text, printed in (("全市2033年到期的地方政府债券余额85亿元。", "85亿元"),
                          ("自2033年1月1日起最低工资调整为每月2500元。", "2500元"),
                          ("2033年运动会主场馆座位数达6万个。", "6万个"),
                          ("《河西市国土空间总体规划（2021—2035年）》实施以来新增绿地120公顷。", "120公顷")):
        assert _got(text, "2032-10-20")[printed][2] == "exact", text


def test_last_years_figure_in_brackets_beside_a_brokers_forecast_in_june_stays_a_forecast() -> None:
    got = _got("We raise our EPS forecasts for 2032 to RMB1.45 (2031: RMB1.20).", "2031-06-20")
    assert got["RMB1.20"][2] == "forecast"


def test_a_part_of_the_year_gone_in_brackets_is_done() -> None:
    # (control)
    got = _got("We expect revenue of RMB5.1 billion in 2031 (1H2031: RMB2.3 billion).", "2031-08-20")
    assert got["RMB2.3 billion"][2] == "exact"


def test_figures_put_at_a_level_despite_forecasts_are_no_forecast() -> None:
    assert qualifiers("Despite rosy forecasts, the bureau put last year's grain output at 2.3 million tonnes.")[
        "2.3 million tonnes"] == "exact"


def test_a_rating_key_with_a_horizon_in_brackets_has_no_figures() -> None:
    got = figures("Hexi Water: revenue rose 6.8%.\n\nRating system (12-month horizon): BUY, total return expected "
                  "above 15%; SELL, below -5%.")
    assert "6.8%" in got and "15%" not in got


def test_a_threshold_or_a_spending_per_head_set_at_an_amount_is_a_rule() -> None:
    assert qualifiers("The revenue threshold for small taxpayers is set at 5 million yuan.")["5 million yuan"] == \
        "exact"
    assert qualifiers("Expenditure on each pupil is set at 12,000 yuan by provincial rules.")["12,000 yuan"] == \
        "exact"


def test_a_conversion_after_a_currency_symbols_amount_keeps_its_hedge() -> None:
    assert qualifiers("The city will invest RMB4.8 billion (about US$670 million) in the park by 2033.")[
        "US$670 million"] == "approximately"


def test_money_paid_monthly_or_more_than_planned_is_money() -> None:
    assert figures("Prices are in yuan. The job pays 6,000 monthly.")["6,000"][1] == "yuan"
    assert figures("Prices are in yuan. It cost 300 more than planned.")["300"][1] == "yuan"


def test_a_price_bound_in_a_proviso_or_of_goods_now_on_sale_is_no_figure() -> None:
    assert "500 yuan" not in figures("Vouchers can be used on goods provided they are priced below 500 yuan.")
    assert "100,000 yuan" not in figures("Cars now priced below 100,000 yuan qualify for the trade-in subsidy.")
    assert "6,000 yuan" in figures("The phone is now priced below 6,000 yuan.")  # (its price)


def test_a_decline_of_or_a_fall_by_below_a_share_is_negative() -> None:
    assert figures("Output posted a decline of below 1 percent in May.")["1 percent"][0] == -1
    assert figures("Exports fell by below 2 percent.")["2 percent"][0] == -2


def test_a_source_line_naming_a_provincial_issuer_with_a_date_names_the_province() -> None:
    text = ("Industrial economy report\nSource: Statistics Bureau of Jiangxi Province | 2031-06-19\nThe province's "
            "industrial output rose 7.2 percent in May. The province's retail sales rose 4.1 percent.")
    assert {c.city for c in extract(text, "t", published="2031-06-20")} == {"Jiangxi"}


def test_an_annual_bulletin_titled_with_december_is_the_years() -> None:
    got = _got("Statistical bulletin for December 2031 (annual)\n\nIndustrial output rose 6 percent.\n", "2032-01-20")
    assert got["6 percent"][3] == "2031"

"""Round 27 of the extraction rules (session 25), from the misses of the sets spent before it: a year's outcome in
brackets beside a target, a fall said once for two subjects, "a dozen", a count made an adjective.

The texts are written here for the tests (an invented city, other years); each rule has a control.
"""

from __future__ import annotations

from explorer.model.extract import extract


def figures(text: str) -> dict[str, tuple[float, str, str, str]]:
    return {c.as_printed: (c.value, c.unit, c.qualifier, c.period) for c in extract(text, "t")}


REPORT = ("Report on the Work of the Government of Hexi\n"
          "Delivered on 12 January 2034 at the First Session of the Municipal People's Congress\n"
          "\n"
          "II. Targets for 2034\n"
          "\n"
          "The main targets for this year are as follows, with last year's outcomes in brackets:\n"
          "- GDP growth of around 5.5% (2033: 6.4%);\n"
          "- growth of fixed-asset investment of about 6% (2033: 4.7%);\n"
          "- more than 30,000 new urban jobs (2033: 31,900).\n")


def test_last_years_outcome_in_brackets_beside_a_target_is_that_years_figure() -> None:
    got = figures(REPORT)
    assert got["6.4%"] == (6.4, "%", "exact", "2033")
    assert got["4.7%"] == (4.7, "%", "exact", "2033")
    assert got["31,900"] == (31900, "count", "exact", "2033")
    # the targets beside them stay targets (control)
    assert got["5.5%"][2:] == ("forecast", "2034") and got["6%"][2:] == ("forecast", "2034")
    assert got["30,000"][2:] == ("expected_over", "2034")


def test_a_later_years_figure_in_brackets_stays_a_forecast() -> None:
    got = figures(REPORT.replace("(2033: 6.4%)", "(2036: 6.4%)"))
    assert got["6.4%"][2:] == ("forecast", "2036")


def test_a_fall_said_once_for_two_subjects_is_a_fall_of_both() -> None:
    got = figures("In 2033 energy use per unit of GDP fell by about 3%, and carbon dioxide emissions per unit of GDP "
                  "by around four percent.")
    assert got["3%"][0] == -3 and got["four percent"][0] == -4
    got = figures("In 2034 energy use per unit of GDP is to fall by about 3%, and carbon dioxide emissions per unit "
                  "of GDP by around three percent.")
    assert got["three percent"][:3] == (-3, "%", "forecast")
    got = figures("In 2033 exports fell by 3%, and imports rose by 4%.")  # control: a verb of its own
    assert got["4%"][0] == 4


def test_a_dozen_is_about_twelve() -> None:
    got = figures("In 2031 he sometimes sailed with barely a dozen passengers on board.")
    assert got["a dozen"][:3] == (12, "count", "approximately")
    got = figures("More than a dozen firms moved into the Hexi park in 2031, and it hired another dozen workers.")
    assert got["a dozen"][:3] == (12, "count", "over")
    assert got["another dozen"][:2] == (12, "people")


def test_dozens_half_a_dozen_a_dozen_years_and_a_price_a_dozen_are_no_dozen() -> None:
    got = figures("Dozens of firms came in 2031. Half a dozen shops closed. A dozen years ago the square was empty. "
                  "Grilled oysters are still 36 yuan a dozen.")
    assert not any(printed.lower().endswith("dozen") for printed in got)
    assert got["36 yuan"][:2] == (36, "yuan")


def test_a_count_made_an_adjective_is_no_price_said_again() -> None:
    got = figures("We charged around 560 yuan a night in 2031, says the manager of the 180-room Lotus Hotel.")
    assert got["180"][:2] == (180, "count")
    got = figures("Mud crab was 120 yuan a jin in 2031. Blue crab, 90.")  # control: a price said again
    assert got["90"][1] == "yuan"


def test_confident_of_hitting_a_figure_is_a_forecast() -> None:
    got = figures('Hexi aims for growth of around 5.5 percent in 2033. "We are confident of hitting five and a half '
                  'percent if demand holds up," she said.')
    assert got["five and a half percent"][:3] == (5.5, "%", "forecast")
    got = figures("In 2032 Hexi's growth was 5.2 percent, the bureau said.")  # control: an outcome
    assert got["5.2 percent"][2] == "exact"


def test_a_figure_for_the_full_year_is_not_of_the_part_named_before_it() -> None:
    text = ("Hexi, Oct. 20, 2033 - Judging from the first three quarters, we are confident of reaching about 7 "
            "percent for the full year. In the first three quarters, GDP grew 6.8 percent.")
    got = figures(text)
    assert got["7 percent"][3] == "2033" and got["6.8 percent"][3] == "2033-Q1-Q3"


def test_what_an_intention_is_for_is_planned_too() -> None:
    text = "【村支书】我们村呢，明年想把游客量做到八万人次，让每户村民每年从旅游上多挣三千块钱。"
    got = {c.as_printed: c for c in extract(text, "t", published="2033-11")}
    assert got["三千块钱"].qualifier == "forecast" and got["八万人次"].qualifier == "forecast"
    text = "【村支书】去年游客量是五万人次，让每户多挣了两千元。"  # control: done
    got = {c.as_printed: c for c in extract(text, "t", published="2033-11")}
    assert got["两千元"].qualifier == "exact"


def test_next_year_in_a_chinese_sentence_dates_its_figures_the_year_after_writing() -> None:
    text = "【村支书】我们村呢，明年想把游客量做到八万人次，让每户村民每年从旅游上多挣三千块钱。今年游客量是五万人次。"
    got = {c.as_printed: c for c in extract(text, "t", published="2033-11")}
    assert got["八万人次"].period == "2034" and got["三千块钱"].period == "2034"
    assert got["五万人次"].period == "2033"  # control: this year's


def test_a_gap_behind_is_negative() -> None:
    got = figures("In 2032 the urbanisation rate reached 67.5 percent, so Hexi is still 6.3 percentage points behind.")
    assert got["6.3 percentage points"][0] == -6.3
    got = figures("In 2032 Hexi's urbanisation rate was 6.3 percentage points above the average.")  # control
    assert got["6.3 percentage points"][0] == 6.3


def test_a_running_order_and_a_route_number_are_no_figures() -> None:
    got = figures("Transcript | Broadcast: Thursday, 3 December 2032, 19:30 | Item 2 of 6\n\nWhen I change to the "
                  "number 12 bus, I wait. The fund for Item 2 of the budget is 6 million yuan.")
    assert "6" not in got and "12" not in got
    assert got["6 million yuan"][:2] == (6, "million yuan")  # control


def test_an_amount_said_again_rounded_is_approximate() -> None:
    text = "和溪市前三季度实现地区生产总值1058.3亿元，同比增长5.9%。市统计局负责人表示，一千零五十八亿元的总量来之不易。"
    got = {c.as_printed: c for c in extract(text, "t", published="2033-10")}
    assert (got["一千零五十八亿元"].value, got["一千零五十八亿元"].qualifier) == (1058, "approximately")
    assert got["1058.3亿元"].qualifier == "exact"
    got = figures("In 2033 Hexi Silk's revenue was RMB1,284.5 million. The chairman said the RMB1,285 million was a "
                  "record.")
    assert got["RMB1,285 million"][2] == "approximately" and got["RMB1,284.5 million"][2] == "exact"


def test_a_rate_or_another_amount_is_no_rounded_restatement() -> None:
    got = figures("In 2033 Hexi's GDP grew 5.2% and exports rose 5%. Revenue was RMB1,284.5 million and costs "
                  "RMB1,284 million.")
    assert got["5%"][2] == "exact" and got["RMB1,284 million"][2] == "exact"


def test_a_rounded_restatement_says_which_figure_it_rounds() -> None:
    got = {c.as_printed: c for c in extract("In 2033 Hexi Silk's revenue was RMB1,284.5 million. The chairman said "
                                             "the RMB1,285 million was a record.", "t")}
    assert "RMB1,284.5 million said again, rounded" in got["RMB1,285 million"].note


def test_a_spoken_fall_in_kuai_after_a_comparison_is_negative_money() -> None:
    got = {c.as_printed: c for c in extract("2031年，前腿肉十三块一斤，比去年这个时候低了两块多，买的人反倒多了。", "t")}
    assert (got["两块多"].value, got["两块多"].unit, got["两块多"].qualifier) == (-2, "块钱", "over")
    got = {c.as_printed: c for c in extract("2031年，一只西瓜切成了三块，两块多给了孩子。", "t")}  # control: pieces
    assert "两块多" not in got and "三块" not in got

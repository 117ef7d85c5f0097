"""Round 21 of the extraction rules (session 19): the period of a figure, from the spent sets' period misses.

The texts are written here for the tests (invented towns and figures); each rule has a control that must keep its
old reading.
"""

from __future__ import annotations

import pytest

from explorer.model.extract import extract


def period_of(text: str, printed: str) -> str:
    got = [c.period for c in extract(text, "t") if c.as_printed == printed]
    assert got, f"{printed!r} not found in {text!r}"
    return got[0]


# --- a date in the masthead at the top is the year of writing, like a dateline -----------------------------------

MASTHEAD = ("RIVERTOWN BUSINESS BRIEF\n"
            "Newsletter of the Rivertown Chamber of Commerce | Issue No. 9 | August 2034\n\n"
            "ECONOMY AT A GLANCE\n\n"
            "Dear members,\n\n"
            "- GDP: RMB 58.7 billion, up 4.9% y-o-y.\n"
            "- Retail sales: RMB 23.4 billion, up 5.3%.\n\n"
            + "The bureau's notes on the figures run long, as they do every quarter, and we leave them out. " * 10 +
            "\n\nHouseholds\n"
            "- Resident population at the end of 2033 (latest data): 2.52 million.\n")


def test_a_masthead_date_dates_the_figures_before_a_year_named_later() -> None:
    assert period_of(MASTHEAD, "RMB 58.7 billion") == "2034"
    assert period_of(MASTHEAD, "5.3%") == "2034"
    assert period_of(MASTHEAD, "2.52 million") == "2033"  # (its own year)


def test_a_date_at_the_foot_still_gives_way_to_the_year_figures_are_put_in() -> None:  # control
    text = ("Rivertown's output rose to 58.7 billion yuan. The figures are for the year. Output was 40 billion yuan "
            "in 2031.\n\nPosted by the bureau\nAugust 2034\n")
    assert period_of(text, "58.7 billion yuan") == "2031"


# --- a year a figure is compared with is not the year an article is about ----------------------------------------

@pytest.mark.parametrize("base", [
    "1,930 more employees than at the end of 2033",
    "up 3.4 percentage points from the end of 2033",
    "against 2,100 in the whole of 2033",
    "31 percent above the level of 2033",
])
def test_a_compared_year_is_not_the_reference(base: str) -> None:
    text = ("Rivertown Housing Fund Bulletin\n\nDate of issue: 20 October 2034\n\n"
            f"From January to September, 142,600 employees paid into the fund, {base}. Contributions totalled "
            "1.86 billion yuan.")
    # the year of issue, not the compared one; since session 22, with the months of the sentence before it
    assert period_of(text, "1.86 billion yuan") == "2034-01..09"


def test_a_year_figures_are_put_in_near_the_top_still_is_the_reference() -> None:  # control
    text = ("Rivertown Housing Fund Bulletin\n\nDate of issue: 20 March 2034\n\n"
            "In 2033, 142,600 employees paid into the fund. Contributions totalled 1.86 billion yuan.")
    assert period_of(text, "1.86 billion yuan") == "2033"


# --- an undated report: the year after a "same period of" year, never a target's year ------------------------------

def test_the_same_months_of_a_year_make_an_undated_report_the_year_after() -> None:
    text = ("RIVERTOWN, Oct. 21 (Wire) -- Freight through the town's port hit a record in the first nine months, "
            "customs said on Tuesday.\n\nCargo reached 2.86 million tonnes, up 18.4 percent. Trucks averaged 520 "
            "a day, up from some 430 a day in the same two months of 2033.\n\nOfficials want freight to exceed "
            "4 million tonnes in 2035.")
    assert period_of(text, "2.86 million tonnes") == "2034"


def test_a_target_year_is_not_the_year_of_an_undated_report() -> None:
    text = ("RIVERTOWN, Oct. 21 (Wire) -- Three listed companies reported higher sales.\n\nThe maker expects "
            "shipments to exceed 230,000 tonnes and will spend 1.6 billion yuan on a plant due to start production "
            "in 2036.\n\nThe town's output grew 6.8 percent in 2034, the bureau said.")
    assert period_of(text, "Three listed companies") != "2036"
    assert period_of(text, "6.8 percent") == "2034"


# --- "last year" that a figure is compared with does not date it ---------------------------------------------------

@pytest.mark.parametrize(("sentence", "printed"), [
    ("the city's grain output is estimated at 9.32 million tonnes, up 1.6 percent on last year.", "9.32 million tonnes"),
    ("the airport handled 618 flights during the week, 74 more than during last year's festival.", "618"),
    ("its share slipped to 44.3 percent from 53.1 percent in October last year.", "44.3 percent"),
    ("the stations number 1,146, with 212 added since last year's flood season.", "1,146"),
    ("turnover topped 300 billion yuan last year, and the town now has 42 textile mills.", "42"),
])
def test_last_year_compared_with_does_not_date_the_figure(sentence: str, printed: str) -> None:
    text = f"Rivertown Market Report, 30 November 2034\n\nSUMMARY - With the harvest in, {sentence}"
    assert period_of(text, printed).startswith("2034")  # ("in October": 2034-10..10)


def test_a_figure_of_last_year_keeps_last_years_period() -> None:  # control
    text = ("Rivertown Market Report, 30 November 2034\n\nSUMMARY - The town's grain output was 9.1 million tonnes "
            "last year, the bureau said.")
    assert period_of(text, "9.1 million tonnes") == "2033"


@pytest.mark.parametrize("sentence", [
    "During the National Day holiday the town received 1.08 million tourist visits.",
    "Over Golden Week the town received 1.08 million tourist visits.",
])
def test_the_october_holiday_is_october(sentence: str) -> None:
    text = f"RIVERTOWN, Oct. 9, 2034 (Wire) -- {sentence}"
    assert period_of(text, "1.08 million") == "2034-10..10"


def test_a_figure_of_no_holiday_keeps_its_year() -> None:  # control
    text = "RIVERTOWN, Oct. 9, 2034 (Wire) -- This year the town received 11.8 million tourist visits."
    assert period_of(text, "11.8 million") == "2034"


# --- Chinese: a month that opens a clause, 截至N月底, holidays of a fixed month, no year of a past event ----------------

def test_a_month_that_opens_a_clause_is_the_period_of_its_figures() -> None:
    text = ("2034年11月5日，某公司发布产销快报。10月，公司出口摩托车2.36万辆，同比增长19.4%，出口占当月销量的58.3%。"
            "1—10月累计出口21.5万辆。")
    assert period_of(text, "2.36万辆") == "2034-10..10"
    assert period_of(text, "58.3%") == "2034-10..10"
    assert period_of(text, "21.5万辆") == "2034-01..10"


def test_a_date_is_no_month_of_figures() -> None:  # control
    text = "2034年11月5日讯 全年预计完成投资12.5亿元。10月9日，项目开工。"
    assert period_of(text, "12.5亿元") == "2034"


@pytest.mark.parametrize(("text", "printed", "period"), [
    ("2034年11月5日讯 截至10月底，已建成436.5公里，完成率103.9%。", "436.5公里", "2034-01..10"),
    ("2034年11月5日讯 截至2034年9月末，贷款余额102.6亿元。", "102.6亿元", "2034-01..09"),
])
def test_up_to_the_end_of_a_month_is_from_january(text: str, printed: str, period: str) -> None:
    assert period_of(text, printed) == period


@pytest.mark.parametrize(("sentence", "period"), [
    ("国庆假期8天，全市接待游客108.3万人次。", "2034-10..10"),
    ("中秋国庆假期期间，全市接待游客108.3万人次。", "2034-10..10"),
    ("暑期，全市接待游客108.3万人次。", "2034-07..08"),
])
def test_a_holiday_of_a_fixed_month(sentence: str, period: str) -> None:
    assert period_of(f"2034年10月9日讯 {sentence}", "108.3万人次") == period


def test_the_year_of_a_past_event_does_not_date_an_undated_report() -> None:
    text = ("巴克图口岸货运量突破百万吨\n\n新华社乌鲁木齐10月16日电 今年前三季度，口岸进出口货运量达107.4万吨，"
            "同比增长18.6%。\n\n口岸始建于上世纪中叶，1994年经国务院批准对第三国开放。")
    assert not period_of(text, "107.4万吨").startswith("1994")


def test_the_first_year_of_a_report_still_dates_it() -> None:  # control
    text = "2033年全市经济运行情况\n\n全年地区生产总值达到412.6亿元，同比增长5.1%。"
    assert period_of(text, "412.6亿元") == "2033"


@pytest.mark.parametrize(("sentence", "printed", "period"), [
    ("Investment totaled 186.4 million yuan from January to October, up 12.7 percent.", "186.4 million yuan",
     "2034-01..10"),
    ("The city shipped 38.6 GW between January and September.", "38.6 GW", "2034-01..09"),
    ("In the January-October period, sales rose 5 percent.", "5 percent", "2034-01..10"),
    ("Visits reached 6.84 million in January and February.", "6.84 million", "2034-01..02"),
])
def test_a_span_of_months_in_words(sentence: str, printed: str, period: str) -> None:
    assert period_of(f"RIVERTOWN, Nov. 16, 2034 -- {sentence}", printed) == period


def test_a_month_alone_is_still_one_month() -> None:  # control
    assert period_of("RIVERTOWN, Nov. 16, 2034 -- In October, exports rose 3 percent.", "3 percent") == "2034-10..10"


def test_the_holiday_named_before_dates_a_figure_of_the_holiday() -> None:
    text = ("RIVERTOWN, Oct. 9, 2034 (Wire) -- The town received 1.1 million visits during the National Day holiday. "
            "Hotels filled 92 percent of their rooms over the holiday, the bureau said.")
    assert period_of(text, "92 percent") == "2034-10..10"


def test_a_figure_of_no_part_keeps_its_year_beside_one_of_a_holiday() -> None:  # control
    text = ("RIVERTOWN, Oct. 9, 2034 (Wire) -- The town received 1.1 million visits during the National Day holiday. "
            "This year the town has 42 hotels, the bureau said.")
    assert period_of(text, "42") == "2034"


def test_a_part_of_a_year_a_year_earlier() -> None:
    text = ("RIVERTOWN, Nov. 16, 2034 -- In the first ten months, 314 trains ran inbound, up from 236 a year earlier, "
            "the bureau said.")
    assert period_of(text, "314") == "2034-01..10"
    assert period_of(text, "236") == "2033-01..10"


def test_a_change_from_the_end_of_a_year_is_not_of_that_year() -> None:
    text = ("RIVERTOWN, Nov. 16, 2034 -- The town grew fast this year. Of its villages, 96.2 percent now have a "
            "road, up 3.4 percentage points from the end of 2033.")
    assert period_of(text, "3.4 percentage points") == "2034"


def test_a_stock_at_the_end_of_a_year_is_of_that_year() -> None:  # control
    text = "RIVERTOWN, Nov. 16, 2034 -- The town grew fast. Deposits stood at 5 billion yuan at the end of 2033."
    assert period_of(text, "5 billion yuan") == "2033"


@pytest.mark.parametrize("story", [
    "汪春华2019年回到老家，成了村里第一个养蟹的人。",
    "2019年，她牵头成立了这家合作社。",
    "热贡艺术2009年被列入人类非物质文化遗产代表作名录。",
    "从2012年起，这里规划建设光伏园区。",
])
def test_the_year_of_a_story_does_not_date_the_figures_after_it(story: str) -> None:
    text = f"村里的新日子\n\n{story}今年以来，合作社销售红枣86.5万斤，带动农户增收。"
    assert not period_of(text, "86.5万斤").startswith(("2009", "2012", "2019"))


def test_a_year_of_figures_still_dates_the_figures_after_it() -> None:  # control
    text = "村里的新日子\n\n2033年，村民人均可支配收入达到2.8万元。合作社销售红枣86.5万斤。"
    assert period_of(text, "86.5万斤") == "2033"


def figures_of(text: str) -> list[str]:
    return [c.as_printed for c in extract(text, "t")]


def test_a_reference_to_a_note_is_no_figure() -> None:
    text = "Retail sales totalled 108.9 billion yuan in 2033, up 4.7%.[1] The town had 4.16 million people.[12] " \
           "See note [3]."
    assert figures_of(text) == ["108.9 billion yuan", "4.7%", "4.16 million"]


def test_a_clock_time_with_its_leading_zero_is_no_figure() -> None:
    assert figures_of("This page was last edited on 2 October 2033, at 08:14 (UTC). Sales rose 4.7%.") == ["4.7%"]


def test_a_score_or_ratio_with_a_colon_is_still_read() -> None:  # control
    assert "21" in figures_of("The home side won 21:19 before a crowd of 8,000.")


def qualifier_of(text: str, printed: str) -> str:
    got = [c.qualifier for c in extract(text, "t") if c.as_printed == printed]
    assert got, f"{printed!r} not found in {text!r}"
    return got[0]


@pytest.mark.parametrize(("text", "printed"), [
    ("Where do you want the group in three years? Revenue above 6 billion yuan by 2038.", "6 billion yuan"),
    ("At present 91.5 percent of children are in public kindergartens, and we want that above 93 percent by 2037.",
     "93 percent"),
    ("Raise the basic pension by at least 50 yuan a month by 2038.", "50 yuan"),
])
def test_a_bound_set_for_a_year_to_come_is_expected(text: str, printed: str) -> None:
    assert qualifier_of(text, printed) == "expected_over"


def test_a_bound_reached_by_a_past_year_stays_a_bound() -> None:  # control
    assert qualifier_of("Visits had risen to more than 3 million by 2029.", "3 million") == "over"


@pytest.mark.parametrize(("text", "printed"), [
    ("据市气象台预报，7月22日至24日我市仍有一次降雨过程，南部山区局部100毫米以上。", "100毫米"),
    ("俺估计，春节前天一冷，黄瓜价格还能回到两块以上。", "两块"),
])
def test_a_bound_in_a_weather_forecast_or_a_guess_of_prices_is_expected(text: str, printed: str) -> None:
    assert qualifier_of(text, printed) == "expected_over"


def test_a_bound_measured_stays_a_bound() -> None:  # control
    assert qualifier_of("据市气象台统计，7月22日南部山区降雨量达100毫米以上。", "100毫米") == "over"

"""Round 32 of the extraction rules (session 31): a period the text does not give is left empty for the reviewer,
not guessed from a year the text names for something else.

The texts are written here for the tests (an invented county, other years); each rule has a control.
"""

from __future__ import annotations

import pytest

from explorer.model.extract import extract
from tests.extraction.test_round30 import periods

# A wire with a yearless dateline and no year in its headline or its first 1,000 characters: nothing says which
# year it was written in. Its later paragraphs name 2029 (when a farm was finished) and 2031 (a year's sales).
LEAD = ("Hexi wind fleet passes 3 gigawatts as the port city bets on hydrogen\n\n"
        "HEXI, Nov. 24 (Coast Wire) -- Hexi's offshore wind farms now have 3.1 gigawatts of capacity, the city's "
        "energy bureau said, as the old oil town turns its windy coast into a source of power for the factories "
        "inland. "
        + "Engineers describe the work at sea as slow and costly, and the farms are built in the calm months only. "
        * 8)
YEARS = "\n\nThe first farm, finished in 2029, sold 310 million kWh in 2031, when the grid link opened.\n\n"
LATER = ("Cost remains the sticking point. A kilogram of hydrogen from the new plant costs about 22 yuan, against "
         "13 yuan for hydrogen made from coal, said Li Wen, an engineer.\n")


def test_a_text_that_gives_no_year_of_its_own_leaves_the_period_of_a_yearless_sentence_empty() -> None:
    got = periods(LEAD + YEARS + LATER)
    # the year named for the figure itself is its period
    assert got["310 million kWh"] == "2031"
    # not the first year the text names (the year a farm was finished), nor the year of an earlier sentence
    assert got["3.1 gigawatts"] == ""
    assert got["22 yuan"] == ""
    assert got["13 yuan"] == ""


def test_the_date_a_reviewer_types_dates_what_the_text_says_is_now() -> None:
    # (the review's "Published" field: what "now" counts from; a yearless sentence of a text that names other years
    # stays empty, not given one of those years)
    got = {c.as_printed: c.period for c in extract(LEAD + YEARS + LATER, "t", published="2034-11-24")}
    assert got["310 million kWh"] == "2031"
    assert got["3.1 gigawatts"] == "2034"
    assert got["22 yuan"] == ""


def test_a_text_about_a_year_named_early_still_gives_its_figures_that_year() -> None:
    # control: the year the text's first figures are put in is the year it is about
    text = ("Hexi wind fleet passes 3 gigawatts\n\nHEXI, Nov. 24 (Coast Wire) -- Hexi's wind farms generated 1.2 "
            "billion kWh in 2033, the city's energy bureau said.\n\n" + LATER)
    got = periods(text)
    assert got["1.2 billion kWh"] == "2033"
    assert got["22 yuan"] == "2033"


MONTHLY = ("Hexi Municipal Bureau of Statistics\n\nConsumer Prices in Hexi, October 2034\n\nReleased 12 November 2034\n\n"
           "The consumer price index rose 0.4 percent year on year. Food prices fell 1.2 percent, and the prices of "
           "services rose 0.9 percent. From January to October, consumer prices rose 0.3 percent.\n")


def test_a_report_titled_with_a_month_gives_its_figures_that_month() -> None:
    got = periods(MONTHLY)
    assert got["0.4 percent"] == got["1.2 percent"] == got["0.9 percent"] == "2034-10..10"
    assert got["0.3 percent"] == "2034-01..10"  # (a figure that names its own months keeps them)


@pytest.mark.parametrize("title", [
    "Hexi Business Newsletter, October 2034",  # a newsletter's issue, not the month its figures are of
    "HEXI REVIEW | October 2034",
    "Issued in Hexi, October 2034",
])
def test_a_title_month_that_is_an_issue_or_a_date_gives_no_month(title: str) -> None:
    got = periods(MONTHLY.replace("Consumer Prices in Hexi, October 2034", title))
    assert got["0.4 percent"] == "2034"


def test_a_report_that_opens_with_its_months_to_date_gives_them_to_its_figures() -> None:
    text = ("Hexi's fiscal revenue grows steadily in the first ten months\n\nSource: Hexi Municipal Bureau of Finance | "
            "Release date: 2034-11-18\n\nFrom January to October 2034, the city's general public budget revenue "
            "reached 17.84 billion yuan, an increase of 4.6% year on year. Of this, tax revenue was 12.97 billion yuan, "
            "up 3.1%.\n\nFive of the seven counties recorded growth, with Ningxi County leading at 9.7%. In October "
            "alone, revenue was 1.52 billion yuan.\n")
    got = periods(text)
    assert got["17.84 billion yuan"] == got["12.97 billion yuan"] == got["9.7%"] == "2034-01..10"
    assert got["1.52 billion yuan"] == "2034-10..10"  # (a month of its own)


def test_months_to_date_after_a_month_s_figures_are_not_the_report_s_period() -> None:
    # control: a monthly release gives its month's figures first and the months to date after them
    text = ("Hexi consumer prices\n\nRelease date: 2034-11-12\n\nThe consumer price index rose 0.4% year on year. "
            "From January to October, consumer prices rose 0.3% on average.\n\nFood prices fell 1.2%.\n")
    got = periods(text)
    assert got["0.3%"] == "2034-01..10"
    assert got["1.2%"] == "2034"


def holiday_wire(headline: str, opening: str) -> str:
    return (f"{headline}\n\nHEXI, Nov. 3, 2034 (Wire) -- {opening} 1.2 million visits, up 8.6 percent, and spending "
            "reached 980 million yuan.\n\nHotels were 86 percent full.\n")


@pytest.mark.parametrize(("opening", "months"), [
    ("Over the Spring Festival holiday (Feb. 15-23), Hexi received", "2034-02..02"),
    ("During the rainstorm from July 17 to 20, Hexi received", "2034-07..07"),
    ("Over the National Day and Mid-Autumn Festival holiday, from 30 September to 8 October, Hexi received", "2034-09..10"),
])
def test_a_report_on_an_event_gives_its_figures_the_event_s_months(opening: str, months: str) -> None:
    got = periods(holiday_wire("Hexi's holiday tourism revenue tops 980 mln yuan", opening))
    assert got["1.2 million"] == got["980 million yuan"] == got["86 percent"] == months


@pytest.mark.parametrize("opening", [
    "The survey, carried out from Sept. 1 to 26, found that Hexi received",  # (no event: when a survey was made)
    "Despite storms on June 3 and 4, Hexi received",  # (an aside: the report is not about the storms)
    "Prices rose 5 to 7 percent, and Hexi received",  # (a range of figures, no days)
])
def test_a_range_of_days_that_is_no_event_gives_no_months(opening: str) -> None:
    assert periods(holiday_wire("Hexi report", opening))["980 million yuan"] == "2034"


def test_a_chinese_holiday_with_its_days_in_brackets_gives_its_figures_their_months() -> None:
    text = ("河西市春节假期消费市场红火\n\n发布时间：2034-02-24\n\n2034年春节假期（2月18日至26日），"
            "河西市重点商贸企业实现销售额12.6亿元，同比增长8.6%。\n\n假期期间，全市接待游客326.8万人次，同比增长11.3%。\n")
    got = periods(text)
    assert got["12.6亿元"] == got["326.8万人次"] == "2034-02..02"


def test_a_holiday_named_again_is_the_same_holiday() -> None:
    text = ("国庆假期我市消费市场繁荣活跃\n\n发布时间：2034-10-09\n\n今年国庆假期，"
            "全市重点商贸企业累计实现销售额18.74亿元，同比增长8.6%。\n\n从消费结构看，今年假期消费呈现新特点。全市汽车销售企业累计销售汽车4862辆，同比增长6.4%。\n\n"
            "今年以来，全市社会消费品零售总额增长5.2%。\n")
    got = periods(text)
    assert got["18.74亿元"] == got["4862辆"] == "2034-10..10"
    assert got["5.2%"] == "2034"  # (the year so far: no holiday named in its sentence)


INTERIM = ("Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility "
           "for the contents of this announcement, make no representation as to its accuracy or completeness.\n\n"
           "HEXI FOODS HOLDINGS LIMITED\n(Stock Code: 9999)\n\n"
           "ANNOUNCEMENT OF INTERIM RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 2034\n\n"
           "The board announces the unaudited interim results of the Group for the six months ended 30 June 2034.\n\n"
           "FINANCIAL HIGHLIGHTS\n\n- Revenue increased by 9.6% to RMB1,482.3 million (1H2033: RMB1,352.4 million).\n"
           "- Gross profit margin decreased by 1.4 percentage points to 20.3%.\n\n"
           "BUSINESS REVIEW\n\nThe Group served 214 cities. In June alone it opened 12 stores.\n")


def test_an_interim_report_s_title_gives_its_half_to_every_section() -> None:
    got = periods(INTERIM)
    assert got["9.6%"] == got["RMB1,482.3 million"] == got["20.3%"] == got["214"] == "2034-H1"
    assert got["RMB1,352.4 million"] == "2033-H1"
    assert got["12"] == "2034-06..06"  # (a month of its own)


def test_a_monthly_announcement_s_title_month_leaves_its_year_to_date_figures_theirs() -> None:
    # control: a month's title does not carry through the sections as a half-year's does (its year to date is named)
    text = INTERIM.replace("INTERIM RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 2034", "HOG SALES FOR OCTOBER 2034") \
        .replace("The Group served 214 cities", "From January to October 2034, the Group sold 4.3 million hogs")
    assert periods(text)["4.3 million"] == "2034-01..10"


def test_a_title_under_the_issuing_body_s_name_gives_the_text_its_year() -> None:
    text = ("Hexi Municipal Bureau of Ecology and Environment\n\nBulletin on Ambient Air Quality in Hexi, 2034\n\n"
            "Released 23 January 2035\n\nThe city recorded 291 days of good or excellent air quality, 79.7% of the "
            "monitoring days.\n")
    got = periods(text)
    assert got["291 days"] == got["79.7%"] == "2034"


def test_a_season_s_years_in_a_title_give_no_year() -> None:
    # control: "2034/35" names two years (a season, a school year): neither is taken from the title
    text = ("Hexi Municipal Bureau of Education\n\nStatistical Bulletin on Education in Hexi, 2034/35 School Year\n\n"
            "The district had 214 schools of all kinds.\n")
    assert periods(text)["214"] != "2034"


def test_a_dated_chinese_release_that_says_this_year_is_of_the_year_it_was_written() -> None:
    text = ("河西港前三季度旅客吞吐量增长9.6%\n\n来源：河西市交通运输局　　发布时间：2034-10-21 09:15\n\n"
            "今年前三季度，河西港完成旅客吞吐量168.4万人次，同比增长9.6%。\n\n"
            "前三季度，国际邮轮23艘次，约为2033年全年的1.8倍。\n")
    got = periods(text)
    assert got["168.4万人次"] == got["23艘"] == "2034-Q1-Q3"


def test_a_chinese_text_without_a_date_still_takes_the_year_it_names() -> None:
    # control: with no date of writing, 今年 says nothing of the year; the year the text names first stays its year
    text = "今年前三季度，河西港完成旅客吞吐量168.4万人次，同比增长9.6%。\n\n2034年全年，河西港完成旅客吞吐量200万人次。\n"
    assert periods(text)["168.4万人次"] == "2034-Q1-Q3"


def test_a_sentence_of_the_full_year_under_an_interim_title_keeps_the_year() -> None:
    text = INTERIM.replace("BUSINESS REVIEW\n\n", "OUTLOOK\n\nFor the full year, the board expects revenue of RMB3,100 "
                           "million.\n\n")
    assert periods(text)["RMB3,100 million"] == "2034"


def test_another_holiday_s_holiday_is_not_the_holiday_named_first() -> None:
    text = ("2034年国庆假期期间，河西市接待游客326.8万人次。\n\n"
            "2034年全年，河西市接待游客3000万人次，其中春节假期接待游客120万人次。\n")
    assert periods(text)["120万人次"] != "2034-10..10"


def test_a_january_work_report_saying_this_year_is_a_key_year_is_of_the_year_before() -> None:
    text = ("政府工作报告\n\n发布时间：2035-01-10\n\n今年是实施规划的关键一年。"
            "回顾过去一年，上半年全市出口增长8%，全年新增就业5万人。2034年，全市生产总值增长5.5%。\n")
    got = periods(text)
    assert got["5万人"] != "2035"

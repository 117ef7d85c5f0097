"""Periods counted from when a text was written (``extract(..., published=...)``): 今年, 去年, 目前, "this year",
"last year" and a part of the year with no year of its own take the year of publication; with none known they
stay empty rather than guessed. The texts are written for these tests."""

from __future__ import annotations

import pytest

from explorer.model.extract import extract

ZH = ("荆州规上工业平稳增长\n\n新华社武汉11月20日电 记者从荆州市统计局获悉，今年前10个月，荆州市规模以上工业增加值同比增长"
      "7.2%，比去年同期加快0.4个百分点。去年全市接待游客3120万人次。全市社会消费品零售总额完成1180.6亿元。"
      "目前全市共有农民专业合作社850家，比去年增加36家。\n")
EN = ("Jingzhou exports climb\n\nWUHAN, Nov. 20 (Xinhua) -- Exports from Jingzhou rose 8.2 percent in the first ten "
      "months of this year, the city said. Last year the city port handled 3.1 million tonnes of grain. The city now "
      "has 850 farm cooperatives.\n")


def periods(text: str, published: str | None) -> dict[str, str]:
    return {c.as_printed: c.period for c in extract(text, published=published)}


def test_a_chinese_text_with_no_year_is_dated_from_its_publication() -> None:
    assert set(periods(ZH, "").values()) == {""}  # nothing known: nothing guessed
    got = periods(ZH, "2031-11-20")
    assert got["7.2%"] == got["0.4个百分点"] == "2031-01..10"  # 今年前10个月
    assert got["3120万人次"] == "2030"  # 去年 governs its own sentence …
    assert got["1180.6亿元"] == "2031-01..10"  # … and not the next one
    assert got["850家"] == got["36家"] == "2031"  # 目前; 比去年 is the base compared with, not the period
    assert periods(ZH, "2033")["3120万人次"] == "2032"


def test_an_english_text_with_an_undated_dateline_is_dated_from_its_publication() -> None:
    assert set(periods(EN, "").values()) == {""}
    got = periods(EN, "2031-11-20")
    assert got == {"8.2 percent": "2031-01..10", "3.1 million tonnes": "2030", "850": "2031"}


@pytest.mark.parametrize("top", ["发布时间：2031-11-20 09:30", "2031年11月20日"])
def test_the_date_the_text_gives_is_what_it_counts_from_by_default(top: str) -> None:
    text = ZH.replace("\n\n", f"\n{top}\n\n", 1)
    assert periods(text, None)["3120万人次"] == "2030"
    assert periods(text, "2035")["3120万人次"] == "2034"  # a date the reviewer gives wins


def test_a_date_at_the_foot_does_not_move_the_year_the_figures_are_put_in() -> None:
    text = ("Announcement on an acquisition\n\nThe Company intends to acquire a 65% equity interest in the Target. "
            "Revenue of the Target: 1,862.4 for 2030. As at 31 December 2030, the Target had total assets of "
            "RMB1,525.3 million and net assets of RMB763.9 million.\n\nThe Board\n19 May 2031\n")
    got = periods(text, None)
    assert got["RMB1,525.3 million"] == got["RMB763.9 million"] == "2030"


def test_a_whole_year_named_in_the_text_still_governs_its_figures() -> None:
    text = "2029年全市地区生产总值达到3120.5亿元，比上年增长5.1%。今年前三季度，全市实现地区生产总值2480.2亿元。"
    got = periods(text, "2030-11")
    assert got["3120.5亿元"] == "2029" and got["2480.2亿元"] == "2030-Q1-Q3"


def test_the_year_of_a_base_figure_is_not_the_year_of_the_text() -> None:
    text = ("Yantai online sales jump in festival\n\nYANTAI, Nov. 13 (Xinhua) -- Online retail sales in Yantai reached "
            "6.2 billion yuan during this year's shopping festival, up 12.4 percent year on year. Analysts expect "
            "livestream sales to exceed 15 billion yuan for the full year, up from 11.8 billion yuan in 2030.\n")
    got = periods(text, None)
    assert got["11.8 billion yuan"] == "2030"  # the base's own year …
    assert got["6.2 billion yuan"] == got["12.4 percent"] == ""  # … not the festival's: no date, no year guessed
    assert periods(text, "2031-11-13")["6.2 billion yuan"] == "2031"


def test_a_masthead_of_several_fields_dates_the_text() -> None:
    from explorer.model.extract.dates import publication_date

    text = ("YANTAI BUSINESS BRIEF\nNewsletter of the Yantai Chamber of Commerce | Issue No. 31 | August 2031\n\n"
            "Dear members,\n")
    assert publication_date(text) == ("2031-08", "Newsletter of the Yantai Chamber of Commerce | Issue No. 31 | "
                                                 "August 2031")


@pytest.mark.parametrize(("sentence", "printed", "period"), [
    ("去年前三季度，全市规上工业增加值2480.2亿元。", "2480.2亿元", "2030-Q1-Q3"),
    ("去年上半年，全市实现地区生产总值900.5亿元。", "900.5亿元", "2030-H1"),
    ("截至去年底，全市共有合作社1200家。", "1200家", "2030"),
    ("去年全年，全市接待游客1300万人次。", "1300万人次", "2030"),
    ("全市现有合作社1250家，去年全年为1300家。", "1250家", "2031"),  # the later 去年 is the other figure's
    ("村集体经济收入86.5万元，比去年全年增加31.2万元。", "31.2万元", "2031"),  # 比去年: the base
    ("2029年全市GDP增长5.1%，主要体现在工业增加值增长8%。", "8%", "2029"),  # 体现在 is no 现在
    ("现在全镇有企业200多家。", "200多家", "2031"),
])
def test_years_back_from_the_publication_in_chinese(sentence: str, printed: str, period: str) -> None:
    assert periods("新华社武汉11月20日电 " + sentence, "2031-11-20")[printed] == period


def test_a_date_given_wins_over_a_date_at_the_top_and_one_read_does_not() -> None:
    text = ("Port traffic\n\nWUHAN, Nov. 20 (Xinhua) -- The port, opened on 3 March 2019, handled 3.1 million tonnes "
            "of grain last year.\n")
    assert periods(text, "2031-11-20")["3.1 million tonnes"] == "2030"  # the reviewer's date

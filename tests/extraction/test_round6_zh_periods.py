"""Chinese periods (issue 14.2), from the eighth held-out set (spent), in other words: a monthly release dated only
by its 发布时间 line, and a single month written N月份."""

from __future__ import annotations

from explorer.model.extract import extract


def _periods(text: str) -> dict[str, str]:
    return {c.as_printed: c.period for c in extract(text, "T")}


def test_a_release_dated_only_by_its_release_line_takes_its_year() -> None:
    text = ("前10个月全市经济运行情况\n发布时间：2031-11-20 09:30　　来源：市统计局\n\n"
            "前10个月，全市规模以上工业增加值同比增长6.2%，增速比1—9月回落0.3个百分点。"
            "10月份，全市规模以上工业增加值同比增长4.7%。\n")
    periods = _periods(text)
    assert periods["6.2%"] == "2031-01..10"
    assert periods["4.7%"] == "2031-10..10"  # one month
    assert periods["0.3个百分点"] == "2031-01..10"  # 比1—9月: the period compared with is not the figure's


def test_a_release_early_in_the_year_on_the_whole_year_before() -> None:
    text = "2月份经济数据\n发布时间：2032-02-05\n\n全年，全市地区生产总值增长5.1%。\n"
    assert _periods(text)["5.1%"] == "2031"


def test_a_text_that_names_its_year_keeps_it() -> None:
    text = "发布时间：2032-01-20\n\n2031年，全市地区生产总值增长5.1%。\n"
    assert _periods(text)["5.1%"] == "2031"  # control: the year it names

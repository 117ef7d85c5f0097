"""Session 14's rules, each written here in new words (the texts are written for these tests): an index's points,
hours measured (not hours that name a service or a metric), first place as a rank (not a priority)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extraction.test_round14 import figures, imported


def test_an_index_in_points_its_change_and_its_range() -> None:
    text = ("十月份，全市物流景气指数为1124.6点，比上月上升8.35点；价格指数为987.20点，比上月下降3.4点。"
            "预计下月指数将在1110点至1130点之间波动。")
    assert figures(text) == [
        ("1124.6点", 1124.6, "点", "exact"), ("8.35点", 8.35, "点", "exact"), ("987.20点", 987.2, "点", "exact"),
        ("3.4点", -3.4, "点", "exact"), ("1110点", 1110.0, "点", "range"), ("1130点", 1130.0, "点", "range")]


@pytest.mark.parametrize("text", [  # controls: a time of day, a threshold defined, a threshold explained
    "早上6点，批发市场已经开门。",
    "该指数以100点为荣枯线，高于100点表示行业扩张。",
    # (the review's: a time after an index is named, points made, thresholds said otherwise)
    "物价指数将于明天上午10点发布。",
    "景气指数发布会于下午3点在市统计局举行。",
    "围绕指数编制，专家提出3点建议。",
    "该指数在100点以上表示扩张，100点以下表示收缩。",
    "该指数高于100点即表明行业扩张。",
])
def test_points_that_are_no_index_reading_are_no_figure(text: str) -> None:
    assert figures(text) == []


def test_an_index_that_fell_or_fell_below() -> None:
    assert figures("综合指数较上日下跌42点。") == [("42点", -42.0, "点", "exact")]
    assert figures("综合指数当日跌破2900点。") == [("2900点", 2900.0, "点", "under")]  # a level it fell below


@pytest.mark.parametrize(("text", "expected"), [
    ("全年光伏平均利用小时数为1,386小时，比上年减少52小时。",
     [("1,386小时", 1386.0, "小时", "exact"), ("52小时", -52.0, "小时", "exact")]),
    ("进口整车平均通关时间压缩至4.5小时以内。", [("4.5小时", 4.5, "小时", "under")]),
    ("冷链配送时长由上年的9小时缩短至7.5小时。", [("9小时", 9.0, "小时", "exact"), ("7.5小时", 7.5, "小时", "exact")]),
    ("从果园到餐桌最快只要5小时。", [("5小时", 5.0, "小时", "exact")]),
])
def test_hours_measured_are_figures(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [  # controls: a service's hours, a metric's definition
    "园区实行24小时预约通关。",
    "臭氧日最大8小时平均浓度达标。",
    # (the review's: 使用时 and 长时间 hold no duration; a service's round-the-clock hours)
    "该设备使用时需提前2小时预约。",
    "平台长时间保持24小时在线服务。",
])
def test_hours_that_name_a_service_or_a_metric_are_no_figure(text: str) -> None:
    assert figures(text) == []


def test_hours_saved_are_hours_less() -> None:
    assert figures("企业办理时间平均每单节省了3小时。") == [("3小时", -3.0, "小时", "exact")]


def test_a_trips_length_in_hours_is_no_count() -> None:  # (it gave 3个, a count of nothing)
    assert figures("坐高铁过来不到3个小时。") == []


def test_first_place_is_rank_one() -> None:
    assert figures("今年全县茶叶产量位居全市各县区首位。") == [("首位", 1.0, "rank", "exact")]
    assert figures("出口额居全省各地市首位。") == [("首位", 1.0, "rank", "exact")]


@pytest.mark.parametrize("text", [  # controls: a priority, an industry's name, residents
    "企业始终把质量放在首位。",
    "全县把茶产业作为首位产业来抓。",
    "城乡居民首位关心的是就业。",
    # (the review's: 居 inside another word, before a priority)
    "全县把宜居环境建设摆在首位。",
    "我们始终把安居工程放在首位。",
    "社区居委会把就业服务放在首位。",
])
def test_first_place_as_a_priority_is_no_rank(text: str) -> None:
    assert figures(text) == []


def test_the_import_accepts_points_hours_and_first_place(tmp_path: Path) -> None:
    rows, problems = imported(tmp_path, "本月市场景气指数为1056.3点，居全省同类市场首位；平均发货时长为6.2小时。")
    assert [(r["as_printed"], r["value"], r["unit"]) for r in rows] == [
        ("1056.3点", "1056.3", "点"), ("首位", "1", "rank"), ("6.2小时", "6.2", "小时")]
    assert problems == []


@pytest.mark.parametrize(("text", "expected"), [
    ("本期公司债券期限为7年，每年付息一次。", [("7年", 7.0, "years", "exact")]),
    ("该笔经营贷剩余期限12年。", [("12年", 12.0, "years", "exact")]),
    ("公积金贷款期限最长不超过25年。", [("25年", 25.0, "years", "under")]),
    ("新增专项债券加权平均期限为14.2年。", [("14.2年", 14.2, "years", "exact")]),
])
def test_a_loans_or_bonds_term_in_years(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [  # controls: a tier's bound, the dates of a term, years and months
    "贷款期限10年以上的，利率下限不变。",
    "贷款期限为2年6个月。",
    "贷款期限5年（含）以下的，按一年期执行。",
    "政策实施期限为2027年至2031年。",
])
def test_a_terms_tier_or_dates_are_no_figure(text: str) -> None:
    assert [f for f in figures(text) if f[2] == "years"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The surveyed jobless rate averaged 5.2 percent, within the city's control target of 5.5 percent.",
     [("5.2 percent", 5.2, "%", "exact"), ("5.5 percent", 5.5, "%", "under")]),
    ("Government debt stood at 64.3 billion yuan, within the limit of 66.8 billion yuan set by the province.",
     [("64.3 billion yuan", 64.3, "billion yuan", "exact"), ("66.8 billion yuan", 66.8, "billion yuan", "under")]),
])
def test_a_figure_kept_within_a_stated_limit_gives_the_limit_as_an_upper_bound(
        text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


def test_a_target_reached_for_stays_a_target() -> None:  # control: a plain target, not a limit
    assert figures("Forest cover reached 58 percent, below the target of 65 percent in the plan.")[1][3] == "forecast"


def periods(text: str) -> list[tuple[str, str]]:
    from explorer.model.extract import extract

    return [(c.as_printed, c.period) for c in extract(text, published="")]


def test_an_interim_reports_figures_are_of_its_half_year() -> None:
    text = ("INTERIM RESULTS ANNOUNCEMENT FOR THE SIX MONTHS ENDED 30 JUNE 2031\n\n"
            "Revenue rose 8.2% to RMB412.6 million. The Board does not recommend an interim dividend. "
            "For the full year 2031 we expect revenue to exceed RMB900 million.")
    assert periods(text) == [("8.2%", "2031-H1"), ("RMB412.6 million", "2031-H1"), ("RMB900 million", "2031")]


def test_nine_months_ended_are_the_first_three_quarters() -> None:
    text = "Operating data for the nine months ended September 30, 2031\n\nThe group sold 1,240 units, up 6%."
    assert periods(text) == [("1,240 units", "2031-Q1-Q3"), ("6%", "2031-Q1-Q3")]


def test_a_year_ended_keeps_the_whole_year() -> None:  # control
    text = "Annual results for the year ended 31 December 2031\n\nRevenue rose 8.2% to RMB412.6 million."
    assert [p for _, p in periods(text)] == ["2031", "2031"]


def test_a_half_year_reports_figures_are_of_its_first_half() -> None:
    text = ("江城精工股份有限公司\n2031年半年度报告摘要\n\n报告期内，公司实现营业收入12.6亿元，同比增长8.4%。"
            "公司预计2031年全年营业收入将超过26亿元。")
    assert periods(text) == [("12.6亿元", "2031-H1"), ("8.4%", "2031-H1"), ("26亿元", "2031")]


def test_an_annual_reports_figures_keep_the_year() -> None:  # control
    text = "江城精工股份有限公司\n2031年年度报告摘要\n\n报告期内，公司实现营业收入12.6亿元，同比增长8.4%。"
    assert [p for _, p in periods(text)] == ["2031", "2031"]

"""Chinese rules of the second round (forecast over 左右, ranges, 翻一番, classifiers, rate changes, amounts that
define a group, release dates, 全年), on sentences written for these tests (not the labelled texts)."""

from __future__ import annotations

import re

import pytest

from explorer.model.extract import extract
from explorer.model.numbers import to_base


def _found(text: str) -> dict[str, tuple[float, str, str, str]]:
    return {c.as_printed: (c.value, c.unit, c.qualifier, c.period) for c in extract(text, "T")}


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    # a forecast word governs over an approximate one: a plain forecast or target
    ("2027年某市发展的预期目标是：生产总值增长6%左右；外贸进出口增长4%左右。", "6%", "forecast"),
    ("2027年某市发展的预期目标是：生产总值增长6%左右；外贸进出口增长4%左右。", "4%", "forecast"),
    ("某县今年计划工业增加值增长8.5%左右。", "8.5%", "forecast"),
    ("全县居民收入增长7%左右的预期目标，与全省目标一致。", "7%", "forecast"),
    # with a lower bound, anywhere in the list after 预期目标: expected_over
    ("2027年的预期目标是：生产总值增长6%左右；城镇新增就业3万人以上。", "3万人", "expected_over"),
    ("力争港口吞吐量突破3亿吨，航空货运规模达到40万吨。", "40万吨", "forecast"),
    # no forecast word: 左右 stays approximately, even after a forecast of an earlier ；-clause with no colon
    ("去年全市粮食产量120万吨左右。", "120万吨", "approximately"),
    ("预计年内将超过900万标准箱；铁矿石吞吐量1.1亿吨左右。", "1.1亿吨", "approximately"),
    # 计划总投资 is a project's size, 完成目标 a target met: no forecast
    ("全年新开工计划总投资5亿元以上项目212个。", "212个", "exact"),
    ("全市超额完成年度目标，粮食产量达到85万吨。", "85万吨", "exact"),
    # 首破 and 破: over a bound
    ("某市生产总值首破8000亿元。", "8000亿元", "over"),
    # 近两倍: approximately
    ("全年工业机器人产量增长近两倍。", "两倍", "approximately"),
])
def test_qualifiers(text: str, printed: str, qualifier: str) -> None:
    assert _found(text)[printed][2] == qualifier


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("固定资产投资增长5%—7%。", "5%", "7%", "%"),
    ("固定资产投资增长5%-7%。", "5%", "7%", "%"),
    ("计划新开国际航线4至5条。", "4", "5条", "条"),
    ("预计新增就业岗位3到4万个。", "3", "4万个", "万个"),
])
def test_ranges_are_two_figures_both_range(text: str, low: str, high: str, unit: str) -> None:
    found = _found(text)
    assert found[low][1:3] == (unit if unit != "%" else "%", "range")
    assert found[high][1:3] == (unit, "range")
    assert found[low][0] < found[high][0]


def test_a_month_span_and_a_year_span_stay_no_range() -> None:
    found = _found("1-5月，某市出口增长3.2%。2021-2025年累计投资800亿元。")
    assert found["3.2%"][2] == "exact"
    assert found["800亿元"][2] == "exact"


@pytest.mark.parametrize(("text", "printed", "value"), [
    ("高新技术企业数量比五年前翻一番。", "翻一番", 2.0),
    ("全市经济总量比2010年翻两番。", "翻两番", 4.0),
])
def test_doubling_is_a_multiple(text: str, printed: str, value: float) -> None:
    assert _found(text)[printed][:3] == (value, "倍", "exact")


@pytest.mark.parametrize(("text", "printed", "base"), [
    ("中欧班列全年开行875列。", "875列", 875),
    ("机场旅客吞吐量达到1350万人次。", "1350万人次", 13_500_000),
    ("全市新增充电桩2.4万台套。", "2.4万台套", 24_000),
    ("年出栏生猪36万头。", "36万头", 360_000),
])
def test_classifiers_after_a_number_are_counts(text: str, printed: str, base: float) -> None:
    value, unit, _, _ = _found(text)[printed]
    assert to_base(value, unit)[0] == pytest.approx(base)


@pytest.mark.parametrize(("text", "value"), [
    ("利润总额下降3.1%，降幅比上半年收窄2.2个百分点。", 2.2),  # the fall narrowed: the rate rose
    ("利润总额下降3.1%，降幅比上半年扩大1.4个百分点。", -1.4),
    ("出口增长6.1%，增幅比一季度收窄0.7个百分点。", -0.7),
    ("出口增长6.1%，增速比一季度加快0.9个百分点。", 0.9),
])
def test_a_change_of_a_rate_takes_its_sign_from_the_rate_and_the_verb(text: str, value: float) -> None:
    points = [c for c in extract(text, "T") if c.unit == "percentage points"]
    assert [c.value for c in points] == [value]


@pytest.mark.parametrize("text", [
    "限额以上单位指年主营业务收入500万元及以上的零售业法人企业。",
    "全市产值3000万元以上企业达到820家。",
])
def test_an_amount_that_defines_a_group_is_no_figure(text: str) -> None:
    assert not [c for c in extract(text, "T") if c.unit.endswith("元")]


def test_an_amount_over_a_bound_before_a_noun_of_no_group_stays_a_figure() -> None:
    found = _found("全市数字经济规模达到800亿元以上水平。")
    assert found["800亿元"][2] == "over"


def test_a_release_date_is_no_period_and_a_whole_year_governs_its_sentence() -> None:
    text = ("某市2024年统计公报\n2025年3月10日\n全年生产总值2345.6亿元，增长5.1%。"
            "前11个月出口增长3.3%。全年固定资产投资增长2.0%，其中工业投资增长9.9%。")
    found = _found(text)
    assert found["2345.6亿元"][3] == "2024"  # not the release date's 2025
    assert found["3.3%"][3] == "2024-01..11"
    assert found["9.9%"][3] == "2024"  # 全年 of its sentence, not the 前11个月 of the one before


def _sectors() -> dict[str, str]:
    from explorer.model.extract.importing import sector_catalogue

    return {sid: ";".join(entry.keywords) for sid, entry in sector_catalogue().items()}


def _sector_of(text: str, printed: str) -> str:
    return next(c.sector for c in extract(text, "T", None, _sectors()) if c.as_printed == printed)


def test_a_figure_takes_the_sector_its_own_clause_names() -> None:
    text = "全县生产总值增长4.9%；规模以上工业增加值增长7.3%；固定资产投资增长2.2%。"
    assert _sector_of(text, "4.9%") == "macro economy"
    assert _sector_of(text, "7.3%") == "industry"
    assert _sector_of(text, "2.2%") == "construction and investment"  # 投资 alone is no foreign capital


def test_a_clause_with_no_subject_takes_the_sector_of_the_clause_before() -> None:
    text = "全县生产总值2035.6亿元，增长4.9%；社会消费品零售总额812.5亿元，增长3.7%，增速高于全省1.1个百分点。"
    assert _sector_of(text, "4.9%") == "macro economy"
    assert _sector_of(text, "3.7%") == _sector_of(text, "812.5亿元") == "retail and consumption"
    assert _sector_of(text, "1.1个百分点") == "retail and consumption"


def test_disposable_income_of_residents_is_no_population_figure() -> None:
    assert _sector_of("全县居民人均可支配收入41236元，增长5.0%。", "41236元") == "employment and income"


def test_a_generic_head_after_a_sector_word_is_that_sector() -> None:
    text = "全县规模以上工业增加值增长6.1%，其中装备制造业增长9.4%。"
    assert _sector_of(text, "6.1%") == "industry"
    assert _sector_of(text, "9.4%") == "equipment manufacturing"


@pytest.mark.parametrize(("text", "printed"), [
    ("全年经济运行实现预期目标，生产总值增长5.6%。", "5.6%"),
    ("出口好于预期，全年增长7.2%。", "7.2%"),
])
def test_a_target_met_or_a_comparison_with_expectations_is_no_forecast(text: str, printed: str) -> None:
    assert _found(text)[printed][2] == "exact"


def _metric_of(text: str, printed: str) -> str:
    return next(c.metric for c in extract(text, "T") if c.as_printed == printed)


@pytest.mark.parametrize(("text", "printed", "metric"), [
    # the subject of a growth id and a growth verb: that growth
    ("全县固定资产投资比上年下降1.9%。", "1.9%", "fixed_asset_investment_growth"),
    # a growth metric is no metric of an amount: the amount takes the level's id
    ("全县地区生产总值增长5.6%，总量迈上900亿元台阶。", "900亿元", "gdp"),
    # a rate that is a metric itself, raised to a level
    ("全县研发经费投入强度提高到2.31%。", "2.31%", "rd_share_of_gdp"),
    # an amount in US$ of a metric in yuan
    ("人均地区生产总值98765元，折合1.4万美元。", "1.4万美元", "per_capita_gdp"),
    # a change of a level, a part of a whole, a gap in points: no id
    ("年末常住人口523.6万人，比上年末增加2.1万人。", "2.1万人", ""),
    ("全县进出口总额812.3亿元，其中出口502.1亿元。", "502.1亿元", ""),
    ("地区生产总值增长5.2%，增速比全省高0.4个百分点。", "0.4个百分点", ""),
    # a list's items are apart: the 5% of retail sales is no investment growth
    ("预期目标是：固定资产投资增长6%；社会消费品零售总额增长5%左右。", "5%", ""),
])
def test_metric_ids_fit_the_figure(text: str, printed: str, metric: str) -> None:
    got = _metric_of(text, printed)
    assert (got if re.fullmatch(r"[a-z0-9_]+", got) else "") == metric  # free text for the reviewer is no id


def test_the_three_industries_are_parts_of_gdp() -> None:
    assert _sector_of("分产业看，第三产业增加值1234.5亿元，增长5.9%。", "1234.5亿元") == "macro economy"


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("2025年上半年，全县新增市场主体超过1.3万户。", "1.3万户", "新增市场主体"),
    ("全县生产总值增长5.2%，增速比上年提高0.4个百分点。", "0.4个百分点", "增速"),
])
def test_a_figure_no_metric_id_fits_keeps_its_clauses_words_for_the_reviewer(text: str, printed: str,
                                                                              name: str) -> None:
    cand = next(c for c in extract(text, "T") if c.as_printed == printed)
    assert (cand.metric, cand.metric_confidence) == (name, pytest.approx(0.3))

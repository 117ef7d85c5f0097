"""The Chinese rules of the extractor, on short sentences written for these tests (not the labelled texts)."""

from __future__ import annotations

import pytest

from explorer.model.extract import extract, extract_with_tokens
from explorer.model.extract.chinese import gazetteer, looks_chinese, new_cities
from explorer.model.numbers import to_base


def _one(text: str, printed: str, cities: dict[str, list[str]] | None = None):
    found = [c for c in extract(text, "T", cities) if c.as_printed == printed]
    assert len(found) == 1, [c.as_printed for c in extract(text, "T", cities)]
    return found[0]


def test_chinese_text_is_recognised_and_an_english_one_is_not() -> None:
    assert looks_chinese("2024年，某市地区生产总值达到3456.7亿元。")
    assert not looks_chinese("In 2024 the city's GDP reached 345.67 billion yuan (3456.7亿元).")


@pytest.mark.parametrize(("text", "printed", "base", "unit"), [
    ("2024年，某市地区生产总值达到3456.7亿元。", "3456.7亿元", 345_670_000_000, "yuan"),
    ("全市生产总值首次迈上2.1万亿元台阶。", "2.1万亿元", 2.1e12, "yuan"),
    ("实际使用外资12.5亿美元。", "12.5亿美元", 1.25e9, "US$"),
    ("年末常住人口853.2万人。", "853.2万人", 8_532_000, "people"),
    ("港口货物吞吐量4.6亿吨。", "4.6亿吨", 4.6e8, "tons"),
    ("集装箱吞吐量987万标准箱。", "987万标准箱", 9_870_000, "TEU"),
    ("城镇居民人均可支配收入48765元。", "48765元", 48765, "yuan"),
    ("新登记市场主体12.3万户。", "12.3万户", 123_000, "count"),
    ("全市共有高新技术企业3210家。", "3210家", 3210, "count"),
    ("新开通国际航线7条。", "7条", 7, "count"),
])
def test_scales_and_units_come_from_the_units_table(text: str, printed: str, base: float, unit: str) -> None:
    cand = _one(text, printed)
    value, base_unit = to_base(cand.value, cand.unit)
    assert base_unit == unit
    assert value == pytest.approx(base)
    assert cand.quote == text  # the sentence, verbatim


def test_full_width_digits_are_read_and_the_quote_keeps_them() -> None:
    text = "各类市场主体达到１２３．６万户，增长８．２％。"
    found = extract(text, "T")
    assert [c.as_printed for c in found] == ["１２３．６万户", "８．２％"]
    assert to_base(found[0].value, found[0].unit) == (pytest.approx(1_236_000), "count")
    assert found[1].value == pytest.approx(8.2) and found[1].unit == "%"
    assert found[0].quote == text


@pytest.mark.parametrize(("text", "printed", "value", "unit"), [
    ("工业投资同比增长7.4%。", "7.4%", 7.4, "%"),
    ("社会消费品零售总额比上年下降1.8%。", "1.8%", -1.8, "%"),
    ("增速比上年提高0.6个百分点。", "0.6个百分点", 0.6, "percentage points"),
    ("增速比一季度回落0.3个百分点。", "0.3个百分点", -0.3, "percentage points"),
    ("进口降幅收窄至2.2%。", "2.2%", -2.2, "%"),
    ("户籍人口减少1.4万人。", "1.4万人", -1.4, "万人"),
    ("出口总额是上年的两倍。", "两倍", 2, "倍"),
    ("民营经济贡献了近三成的税收。", "三成", 30, "%"),
])
def test_signs_come_from_the_verb_and_chinese_numerals_are_numbers(text: str, printed: str, value: float,
                                                                   unit: str) -> None:
    cand = _one(text, printed)
    assert cand.value == pytest.approx(value)
    assert cand.unit == unit


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    ("全年接待游客约1.2亿人次。", "1.2亿人次", "approximately"),
    ("研发投入近86亿元。", "86亿元", "approximately"),
    ("外贸总额超过5000亿元。", "5000亿元", "over"),
    ("全市机动车保有量突破300万辆。", "300万辆", "over"),
    ("外贸航线达到80条以上。", "80条", "over"),
    ("粮食产量120万吨左右。", "120万吨", "approximately"),
    ("通达40多个国家和地区。", "40多个", "over"),
    ("建成各类园区120余个。", "120余个", "over"),
    ("预计全年旅游收入将突破900亿元。", "900亿元", "expected_over"),
    ("力争到年底研发投入强度超过3%。", "3%", "expected_over"),
    ("新增城镇就业不足10万人。", "10万人", "under"),
    ("某市GDP同比增长6.1%。", "6.1%", "exact"),
])
def test_qualifiers(text: str, printed: str, qualifier: str) -> None:
    assert _one(text, printed).qualifier == qualifier


def test_a_trillion_written_without_a_digit_is_one_trillion_yuan() -> None:
    cand = _one("该市经济总量迈入万亿元城市行列。", "万亿元")
    assert to_base(cand.value, cand.unit) == (pytest.approx(1e12), "yuan")
    assert cand.qualifier == "over"


def test_ranks_but_not_sector_names_dates_or_section_numbers() -> None:
    text = ("一、综合\n2024年8月15日，据统计，该市经济总量居全省第二，是第二大外贸城市；"
            "第一产业增加值增长3.1%，第三季度增长较快。")
    found = extract(text, "T")
    assert [(c.as_printed, c.value, c.unit) for c in found] == [
        ("第二", 2, "rank"), ("第二", 2, "rank"), ("3.1%", 3.1, "%")]


@pytest.mark.parametrize(("text", "printed", "period"), [
    ("2024年，某市实现地区生产总值3456.7亿元。", "3456.7亿元", "2024"),
    ("2024年上半年，某市出口增长4.4%。", "4.4%", "2024-H1"),
    ("2024年前三季度，全市社会消费品零售总额1234.5亿元。", "1234.5亿元", "2024-Q1-Q3"),
    ("2024年前7个月，进出口总额654.3亿元。", "654.3亿元", "2024-01..07"),
    ("2024年1-5月，规模以上工业增加值增长5.5%。", "5.5%", "2024-01..05"),
])
def test_periods(text: str, printed: str, period: str) -> None:
    assert _one(text, printed).period == period


def test_a_period_named_earlier_in_the_text_governs_the_next_paragraph_and_a_comparison_does_not() -> None:
    text = "2023年上半年，某市出口增长4.4%。\n进口增长2.1%，增速比一季度回落0.5个百分点。"
    found = extract(text, "T")
    assert [(c.as_printed, c.period) for c in found] == [
        ("4.4%", "2023-H1"), ("2.1%", "2023-H1"), ("0.5个百分点", "2023-H1")]


def test_whole_year_forecast_is_that_year_only_in_its_clause() -> None:
    text = "2024年前10个月，港口完成吞吐量456万标准箱，预计全年将超过550万标准箱；货物吞吐量1.1亿吨。"
    found = {c.as_printed: c for c in extract(text, "T")}
    assert found["456万标准箱"].period == "2024-01..10"
    assert found["550万标准箱"].period == "2024" and found["550万标准箱"].qualifier == "expected_over"
    assert found["1.1亿吨"].period == "2024-01..10"


def test_cities_by_their_chinese_names_from_the_fact_base_and_the_gazetteer() -> None:
    known = {"Lanzhou": ["Lanzhou", "兰州"]}
    text = "2024年，兰州市地区生产总值3456.7亿元。西宁市地区生产总值1876.5亿元。"
    found = extract(text, "T", known)
    assert [(c.as_printed, c.city) for c in found] == [("3456.7亿元", "Lanzhou"), ("1876.5亿元", "Xining")]
    assert [(p.name, p.name_zh) for p in new_cities(found, known)] == [("Xining", "西宁市")]


def test_the_gazetteer_has_prefecture_level_cities_with_english_names() -> None:
    places = gazetteer()
    cities = [p for p in places.values() if p.kind == "city"]
    assert len(cities) > 300
    assert places["厦门市"].name == "Xiamen" and places["厦门市"].province == "Fujian"
    assert places["乌鲁木齐市"].name == "Urumqi"


def test_a_guess_below_the_threshold_is_left_empty() -> None:
    text = "据统计，该地区全年增长4.2%。"  # no city, no metric named: nothing is guessed
    cand = _one(text, "4.2%")
    assert cand.city == "" and cand.city_confidence == 0
    assert cand.metric == "" and cand.metric_confidence == 0


def test_a_figure_restated_in_the_same_article_is_marked_as_the_same_claim() -> None:
    text = "2024年某市GDP达到3456.7亿元。\n2024年，全市地区生产总值3456.7亿元，增长5.1%。"
    first, again = (c for c in extract(text, "T") if c.as_printed == "3456.7亿元")
    assert "same claim" not in first.note
    assert "same claim" in again.note and first.as_printed in again.note


def test_dates_years_and_month_spans_are_not_figures_but_are_numbers() -> None:
    text = "新华社某地12月18日电 2024年1-11月，全市进出口增长6.3%，前11个月新增企业1.2万家。"
    found, tokens = extract_with_tokens(text, "T")
    assert [c.as_printed for c in found] == ["6.3%", "1.2万家"]
    kinds = {t.text: t.kind for t in tokens}
    assert kinds["2024"] == "date" and kinds["18"] == "date"


def test_chinese_extraction_reports_progress() -> None:
    calls: list[tuple[int, int]] = []
    extract_with_tokens("2024年，某市地区生产总值3456.7亿元。" * 2000, "T",
                        progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1]


def test_a_part_year_ends_at_a_whole_year_of_an_earlier_sentence_and_a_base_year_is_no_period() -> None:
    text = ("2025年上半年，投资下降2.7%，前三季度降幅收窄至0.8%，全年实现增长1.2%。社会消费品零售总额达到4638.5亿元。"
            "全年跨境电商进出口额2108亿元，是2020年的两倍。")
    found = {c.as_printed: c.period for c in extract(text, "T")}
    assert found["0.8%"] == "2025-Q1-Q3" and found["4638.5亿元"] == "2025"
    assert found["两倍"] == "2025" and found["2108亿元"] == "2025"

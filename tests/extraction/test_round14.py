"""Session 12's rules, each written here in new words (the texts are written for these tests).

First the two wrong figures a reviewer found in session 11: a table's growth column given the unit of its row's
单位 cell, and a change and a level (下调20元至3元: by 20, to 3) read as a range."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from explorer.model.extract import extract


def figures(text: str) -> list[tuple[str, float, str, str]]:
    return [(c.as_printed, c.value, c.unit, c.qualifier) for c in extract(text, published="")]


def imported(tmp_path: Path, text: str) -> tuple[list[dict[str, str]], list[str]]:
    """The rows File ▸ Import article… proposes for ``text`` (a copy of the bundled data folder), and what the
    import's checks say of them once the reviewer has filled city, sector and metric."""
    from explorer.model.extract import importing
    from explorer.model.load.factbase import load_fact_base

    data = tmp_path / "data"
    shutil.copytree(Path(__file__).resolve().parents[2] / "data", data)
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    base = load_fact_base(data)
    read = importing.read_article(article, data)
    rows = importing.fact_rows(importing.candidates_for(read.text, read.source_id, base), set())
    rows = [dict(r, city=next(iter(base.cities)), sector=next(iter(base.sectors)), metric=r["metric"] or "m")
            for r in rows]
    return rows, [p.message for p in importing.check(data, read, rows)]


def test_a_growth_column_is_in_percent_though_each_row_names_its_unit() -> None:
    text = ("表2 主要经济指标\n"
            "指标｜单位｜绝对数｜比上年增长\n"
            "地区生产总值｜亿元｜356.2｜-1.8\n"
            "货物出口额｜亿美元｜41.7｜6.3\n")
    assert [f[:3] for f in figures(text)] == [
        ("356.2", 356.2, "亿元"), ("-1.8", -1.8, "%"), ("41.7", 41.7, "亿美元"), ("6.3", 6.3, "%")]


def test_a_units_column_still_gives_the_amounts_their_unit() -> None:  # control
    text = ("指标｜单位｜绝对数\n"
            "粮食产量｜万吨｜88.4\n"
            "货物出口额｜亿美元｜41.7\n")
    assert [f[:3] for f in figures(text)] == [("88.4", 88.4, "万吨"), ("41.7", 41.7, "亿美元")]


@pytest.mark.parametrize(("text", "expected"), [
    ("受供应增加影响，该品种批发价下调15元至6元。", [("15元", -15.0, "元", "exact"), ("6元", 6.0, "元", "exact")]),
    ("门票价格下调1,200元至800元。", [("1,200元", -1200.0, "元", "exact"), ("800元", 800.0, "元", "exact")]),
])
def test_a_cut_by_one_amount_to_a_smaller_one_is_a_change_and_a_level(
        text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "ends"), [
    ("回购资金总额为3,000万元至6,000万元。", [("3,000万元", 3000.0), ("6,000万元", 6000.0)]),
    ("每亩补贴300元至500元。", [("300元", 300.0), ("500元", 500.0)]),
    ("预计亏损800万元至1200万元。", [("800万元", -800.0), ("1200万元", -1200.0)]),
])
def test_a_range_that_runs_up_stays_a_range(text: str, ends: list[tuple[str, float]]) -> None:  # control
    assert [(f[0], f[1]) for f in figures(text) if f[3] == "range"] == ends


# English speech: a range said with a comma, its unit said once ("three hundred, three hundred and twenty
# kilometres"), and money whose currency goes unsaid after a verb of paying or keeping.

@pytest.mark.parametrize(("text", "expected"), [
    ("The hotel's average rate was 430, 450 yuan in the spring.",
     [("430", 430.0, "yuan", "range"), ("450 yuan", 450.0, "yuan", "range")]),
    ("On a long day I drive two hundred, two hundred and forty kilometres.",
     [("two hundred", 200.0, "km", "range"), ("two hundred and forty kilometres", 240.0, "km", "range")]),
    ("Weekday occupancy is seventy percent, seventy-five at weekends.",
     [("seventy percent", 70.0, "%", "range"), ("seventy-five", 75.0, "%", "range")]),
    ("A crate of pears goes for eighteen, twenty yuan.",
     [("eighteen", 18.0, "yuan", "range"), ("twenty yuan", 20.0, "yuan", "range")]),
])
def test_a_range_said_with_a_comma_gives_both_ends_the_unit(
        text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "Two ports, three paths: the region's plan for its coast.",  # a headline's counts, no range
    "The line runs through the city's two districts, three counties and one county-level city.",
    "Profit rose to 40, and 30 percent of it came from exports.",  # far apart: 40 is no end of 30%
    "The club has 12, 50 percent more than last year.",  # a count and a share: the second is no end of a range
])
def test_numbers_parted_by_a_comma_that_are_no_range(text: str) -> None:  # control
    assert all(f[3] != "range" for f in figures(text))
    assert all(f[0].lower() not in ("three", "ports") for f in figures(text))


@pytest.mark.parametrize(("text", "printed"), [
    ("Fares are set in yuan. In a good month I clear 8,500, in a bad one less.", "8,500"),
    ("Everything here is priced in yuan. I paid 720 for the textbooks this term.", "720"),
    ("Wages are paid in yuan. I pay my two pickers 4,200 a month.", "4,200"),
])
def test_money_paid_or_kept_without_its_currency_is_yuan_in_a_text_of_yuan(text: str, printed: str) -> None:
    assert [f[2] for f in figures(text) if f[0] == printed] == ["yuan"]


def test_the_next_bare_amount_after_a_price_or_a_pay_takes_its_unit() -> None:
    text = "Cabbage is 0.7 yuan a jin. Last year it was 1.1. In a good month I clear 9,000, in a bad month 6,500."
    assert [(f[0], f[2]) for f in figures(text)] == [
        ("0.7 yuan", "yuan"), ("1.1", "yuan"), ("9,000", "yuan"), ("6,500", "yuan")]


@pytest.mark.parametrize("text", [
    "We spent 3 days in the city and paid 2 visits to the port; the yuan was strong.",  # nouns follow
    "The yuan fell. He cleared 3 hurdles and paid 40 percent more.",
])
def test_no_yuan_where_a_noun_or_unit_follows_the_verb_of_paying(text: str) -> None:  # control
    assert all(f[2] != "yuan" for f in figures(text) if f[0] in ("3", "2", "40 percent", "3 days"))


# Chinese numerals as an economist or an official says them.

@pytest.mark.parametrize(("text", "expected"), [
    ("今年前三季度，全市网络零售额达到二十三点八亿元。", [("二十三点八亿元", 23.8, "亿元", "exact")]),  # not 八亿元
    ("全年粮食产量六点二万吨。", [("六点二万吨", 6.2, "万吨", "exact")]),
    ("央行年内降息三十个基点。", [("三十个基点", -30.0, "个基点", "exact")]),  # signed as 30个基点 is
    ("中欧班列去年开了六百多列。", [("六百多列", 600.0, "列", "over")]),  # trains
    ("景区全年接待游客九百万人次。", [("九百万人次", 900.0, "万人次", "exact")]),  # trips, not people
])
def test_chinese_numerals_with_a_decimal_basis_points_trains_and_trips(
        text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


# English round numbers said in words with no unit: the unit the words around them give, or no figure.

@pytest.mark.parametrize(("text", "printed", "value", "unit", "qualifier"), [
    ("Rides are paid in yuan. On a good day I make three hundred and sixty yuan. On a bad day, under two hundred.",
     "two hundred", 200.0, "yuan", "under"),  # the amount before it
    ("HOST: How far do you drive? SUN: About two hundred and eighty kilometres a day. At New Year, three hundred.",
     "three hundred", 300.0, "km", "exact"),
    ("It is all in yuan. Back then I took home over nine thousand a month.",
     "nine thousand", 9000.0, "yuan", "over"),  # pay a month ("a month" is no part of the number)
    ("Rent is in yuan. For the stall I pay four thousand two a month.", "four thousand two", 4200.0, "yuan", "exact"),
])
def test_a_round_number_in_words_takes_the_unit_the_words_around_it_give(
        text: str, printed: str, value: float, unit: str, qualifier: str) -> None:
    assert [(f[1], f[2], f[3]) for f in figures(text) if f[0] == printed] == [(value, unit, qualifier)]


@pytest.mark.parametrize(("text", "printed", "value"), [
    ("Two hundred? That is what the man said, and nobody believed him.", "Two hundred", 200.0),
    ("Nine hundred, he said, and walked away.", "Nine hundred", 900.0),
])
def test_a_round_number_in_words_with_nothing_to_give_its_unit_is_a_count_to_check(
        text: str, printed: str, value: float) -> None:  # control: no money unit is made up for it
    # (session 16: dropped before; the labelled transcripts label such numbers as figures, 79 of 82 times)
    found = extract(text, published="")
    assert [(c.as_printed, c.value, c.unit) for c in found] == [(printed, value, "count")]
    assert found[0].note.startswith("no unit in the text: check")


def test_a_listed_item_with_its_own_label_takes_no_unit_from_the_item_above() -> None:  # a guard: km now carries
    text = "7. LOGISTICS\n\n- Nearest port: 310 km by expressway\n- Freight trains to Europe: 148 in 2025\n"
    assert [(f[0], f[2]) for f in figures(text)] == [("310 km", "km"), ("148", "count")]


@pytest.mark.parametrize(("text", "printed", "value"), [
    ("The county grew 6.1 percent, half a percentage point faster than the province.", "half a percentage point", 0.5),
    ("Deposits rose by a quarter of a percentage point.", "a quarter of a percentage point", 0.25),
])
def test_a_fraction_of_a_point_is_in_percentage_points(text: str, printed: str, value: float) -> None:
    assert [(f[1], f[2]) for f in figures(text) if f[0] == printed] == [(value, "percentage points")]


def test_thousands_then_a_digit_is_hundreds_as_spoken() -> None:
    from explorer.model.numbers import parse_number
    assert parse_number("three thousand two") == 3200.0
    assert parse_number("seven thousand five a month") == 7500.0
    assert parse_number("three thousand and two") == 3002.0  # control: "and" says the units
    assert parse_number("two thousand four hundred") == 2400.0  # control


def test_the_import_accepts_the_new_readings_of_spoken_figures(tmp_path: Path) -> None:
    """What the extractor now reads, the import's checks accept as printed (the loader reads the same print)."""
    rows, problems = imported(tmp_path, "Fares here are paid in yuan. The county grew 6.1 percent, half a percentage "
                              "point faster than the province. For the stall I pay four thousand two a month. On a "
                              "good day I make three hundred and sixty yuan; on a bad day, under two hundred.\n")
    assert {"half a percentage point", "four thousand two", "two hundred"} <= {r["as_printed"] for r in rows}
    assert problems == []


def periods(text: str, published: str = "") -> list[tuple[str, str, str]]:
    return [(c.as_printed, c.qualifier, c.period) for c in extract(text, published=published)]


def test_a_year_in_chinese_numerals_is_a_year() -> None:
    assert periods("二〇二五年，全县粮食产量增长3.4%。") == [("3.4%", "exact", "2025")]
    assert periods("二〇二五年全县统计公报\n全年粮食产量增长3.4%。") == [("3.4%", "exact", "2025")]  # the title's


@pytest.mark.parametrize(("text", "expected"), [
    ("2026年全市生产总值增长5.2%。按照规划，到2030年，全市生产总值要比2026年翻一番，外贸进出口要突破600亿元。",
     [("5.2%", "exact", "2026"), ("翻一番", "forecast", "2030"), ("600亿元", "expected_over", "2030")]),
    ("二〇二六年，港口吞吐量增长4%。到二〇三〇年，集装箱吞吐量要达到300万标箱。",
     [("4%", "exact", "2026"), ("300万标箱", "forecast", "2030")]),
    ("2026年全市新增就业1.2万人。2030年前，全市人才总量要达到50万人。",
     [("1.2万人", "exact", "2026"), ("50万人", "forecast", "2030")]),
])
def test_a_figure_by_a_year_after_the_texts_own_is_a_target(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert periods(text) == expected


def test_a_year_by_which_already_passed_sets_no_target() -> None:  # control
    assert periods("到2025年底，全市已建成5G基站1.2万个。", published="2026-03-01") == [("1.2万个", "exact", "2025")]


def test_a_year_in_chinese_numerals_inside_a_story_is_not_the_texts_year() -> None:  # a guard
    text = "菜园里的账本\n老李说，家里去年卖菜挣了三万多块钱。二〇一九年村里的路硬化了，车能开到地头。"
    assert [p for _, _, p in periods(text)] == [""]


@pytest.mark.parametrize(("text", "expected"), [
    ("我给的区间是百分之五到五点五。", [("百分之五", 5.0, "%", "range"), ("五点五", 5.5, "%", "range")]),
    ("全年增长在百分之六点二到百分之七之间。", [("百分之六点二", 6.2, "%", "range"), ("百分之七", 7.0, "%", "range")]),
    ("投资预计下降百分之三到百分之五。", [("百分之三", -3.0, "%", "range"), ("百分之五", -5.0, "%", "range")]),
])
def test_a_share_said_as_a_range_gives_both_ends(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert [(p, v, u, q) for p, v, u, q in figures(text)] == expected


@pytest.mark.parametrize("text", [
    "他一个月挣四千到五千，够用了。",  # money said without its unit, no share
    "占比百分之五，到十月底再看。",  # a month after 到
])
def test_what_follows_a_to_is_no_share_without_a_share_before_it(text: str) -> None:  # control
    assert all(not (u == "%" and q == "range") for _, _, u, q in figures(text))


@pytest.mark.parametrize(("text", "printed"), [
    ("社会消费品零售总额增长了百分之七还多一点。", "百分之七"),
    ("牧民人均收入比十年前翻了一番还多。", "翻了一番"),
    ("虫草收入的比重降到了两成出头。", "两成"),
])
def test_more_said_after_a_share_or_a_multiple_is_over(text: str, printed: str) -> None:
    assert [q for p, _, _, q in figures(text) if p == printed] == ["over"]


def test_a_caption_that_names_the_unit_then_a_note_in_brackets() -> None:
    text = ("1. KEY FINANCIAL DATA\n\nUnit: RMB million (except per share data)\n\n"
            "Item                        Jan-Sep 2031    Jan-Sep 2030    Change (%)\n"
            "Revenue                          3,412.7         3,005.2          13.6\n")
    assert [(f[0], f[2]) for f in figures(text)] == [
        ("3,412.7", "million yuan"), ("3,005.2", "million yuan"), ("13.6", "%")]


def test_a_price_said_again_in_words_after_one_in_yuan() -> None:
    text = ("VENDOR: A bowl of plain noodles is eight yuan. With beef it's twelve. Two bowls and a drink, "
            "that's twenty-five. Last year the plain one was seven.")
    assert [(f[0], f[1], f[2]) for f in figures(text) if f[2] == "yuan"] == [
        ("eight yuan", 8.0, "yuan"), ("twelve", 12.0, "yuan"), ("twenty-five", 25.0, "yuan"), ("seven", 7.0, "yuan")]


def test_a_count_sold_after_a_price_stays_a_count() -> None:  # a guard: bare numbers now carry past "this"
    assert [(f[0], f[2]) for f in figures("A jar of pickles is 65 yuan. I have sold about 140 this month.")] == [
        ("65 yuan", "yuan"), ("140", "count")]


def test_a_change_far_smaller_than_the_amount_before_takes_its_unit() -> None:
    text = "The market charges 1,900 yuan a month for the pitch. That went up by 200 this year."
    assert [(f[0], f[2]) for f in figures(text)] == [("1,900 yuan", "yuan"), ("200", "yuan")]


def test_both_bare_ends_of_a_range_after_an_amount_take_its_unit() -> None:
    text = "To start you need about 9,000 yuan. A good second-hand cart is 2,800 to 3,300."
    assert [(f[0], f[2], f[3]) for f in figures(text)][1:] == [("2,800", "yuan", "range"), ("3,300", "yuan", "range")]


@pytest.mark.parametrize(("text", "expected"), [
    ("一辆车能拉十五到十八吨。", [("十五", 15.0, "吨", "range"), ("十八吨", 18.0, "吨", "range")]),
    ("每个月要发五到六个柜。", [("五", 5.0, "个", "range"), ("六个", 6.0, "个", "range")]),
    ("收购价是每公斤十一到十三元。", [("十一", 11.0, "元", "range"), ("十三元", 13.0, "元", "range")]),
    ("熟练工一个月能拿四千五到五千。", [("四千五", 4500.0, "元", "range"), ("五千", 5000.0, "元", "range")]),  # (as before)
])
def test_a_range_in_chinese_numerals_gives_both_ends_the_unit_said_once(
        text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    ("高龄老人护理补贴每人每月最高500元。", "500元", "under"),  # a cap on an allowance
    ("对取得证书的护理员给予一次性奖励，最高3000元。", "3000元", "under"),
    ("护理员工资不到当地平均工资的一半。", "一半", "under"),
    ("节日期间景区单日客流最高9万人次。", "9万人次", "exact"),  # control: a peak seen, no cap
])
def test_a_cap_said_with_most_or_less_than_a_share(text: str, printed: str, qualifier: str) -> None:
    assert [f[3] for f in figures(text) if f[0] == printed] == [qualifier]


def test_a_tables_row_named_as_a_rate_is_in_percent() -> None:
    text = ("表1 主要财务数据\n单位：亿元\n项目　　　　2031年　　　　2030年\n负债总额　　　　182.4　　　　166.0\n"
            "资产负债率　　　63.15　　　　61.02\n流动比率　　　1.37　　　　1.29\n")
    assert [(f[0], f[2]) for f in figures(text)] == [("182.4", "亿元"), ("166.0", "亿元"), ("63.15", "%"), ("61.02", "%")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A racing skate is between four and six thousand yuan a pair.",
     [("four", 4.0, "thousand yuan", "range"), ("six thousand yuan", 6000.0, "yuan", "range")]),
    ("A good welder earns seven, eight thousand yuan a month here.",
     [("seven", 7.0, "thousand yuan", "range"), ("eight thousand yuan", 8000.0, "yuan", "range")]),
])
def test_the_lower_end_in_words_shares_the_thousand_of_the_upper_end(
        text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected  # (4 thousand yuan is 4,000 yuan, and the quote "four" reads 4)


@pytest.mark.parametrize(("text", "printed", "value", "unit"), [
    ("The airport will add a 28,000 square metre terminal.", "28,000 square metre", 28000.0, "square meters"),
    ("\"We lose one nurse in five every year,\" she says.", "one nurse in five", 20.0, "%"),
    ("Barely one yuan in eight that the bank lent was green.", "one yuan in eight", 12.5, "%"),
    ("The province grows more than one ninth of the country's soybeans.", "one ninth", 11.11, "%"),
    ("At around four and a half percent, growth would slow.", "four and a half percent", 4.5, "%"),
    ("PM2.5 averaged 31 micrograms, the third lowest among the 11 cities.", "third lowest", 3.0, "rank"),
])
def test_sizes_shares_halves_and_ranks_said_in_words(text: str, printed: str, value: float, unit: str) -> None:
    assert [(f[1], f[2]) for f in figures(text) if f[0] == printed] == [(value, unit)]


def test_three_times_in_five_years_is_no_share() -> None:  # control
    assert all(f[2] != "%" for f in figures("He came three times in five years."))


def test_the_loader_reads_a_share_with_its_noun_between_and_a_half() -> None:
    from explorer.model.numbers import parse_fraction, parse_number
    assert parse_fraction("one worker in four") == 0.25
    assert parse_fraction("one ninth") == pytest.approx(1 / 9)
    assert parse_number("four and a half percent") == 4.5


@pytest.mark.parametrize(("text", "printed", "value"), [
    ("Households on the new tariff pay 0.27 yuan less per kWh.", "0.27 yuan", -0.27),
    ("The down payment is 150,000 yuan, 35,000 yuan less than under the old rules.", "35,000 yuan", -35000.0),
    ("The first-home rate is 3.1%, 20 basis points lower than at the start of the year.", "20 basis points", -20.0),
    ("A household had 2.61 persons on average, 0.14 persons fewer than in 2020.", "0.14", -0.14),
])
def test_an_amount_less_or_fewer_than_before_is_negative(text: str, printed: str, value: float) -> None:
    assert [f[1] for f in figures(text) if f[0] == printed] == [value]


def test_the_import_accepts_a_gap_below_named_after_the_figure(tmp_path: Path) -> None:
    rows, problems = imported(tmp_path, "Households on the new tariff pay 0.27 yuan less per kWh. A household had "
                              "2.61 persons on average, 0.14 persons fewer than in 2020.\n")
    assert {r["as_printed"]: float(r["value"]) for r in rows if float(r["value"]) < 0} == {"0.27 yuan": -0.27,
                                                                                          "0.14": -0.14}
    assert problems == []


@pytest.mark.parametrize(("text", "printed", "value", "unit"), [
    ("细颗粒物（PM2.5）年均浓度为27微克/立方米，同比下降3.6%。", "27微克/立方米", 27.0, "微克/立方米"),
    ("区域声环境昼间平均等效声级为52.4分贝。", "52.4分贝", 52.4, "分贝"),
    ("今年电池出货量预计达到6.5吉瓦时。", "6.5吉瓦时", 6.5, "吉瓦时"),
    ("开发区规划面积64平方公里。", "64平方公里", 64.0, "平方公里"),
    ("The plants generated 12.4 billion kWh of electricity.", "12.4 billion kWh", 12.4, "billion kWh"),
    ("It will add 600 megawatts of wind capacity.", "600 megawatts", 600.0, "MW"),
    ("PM2.5 averaged 29 micrograms per cubic metre.", "29 micrograms per cubic metre", 29.0, "μg/m³"),
])
def test_power_energy_air_noise_and_area_keep_their_unit(text: str, printed: str, value: float, unit: str) -> None:
    assert [(f[1], f[2]) for f in figures(text) if f[0] == printed] == [(value, unit)]


def test_the_units_table_brings_them_to_one_base_across_languages() -> None:
    from explorer.model.numbers import to_base
    assert to_base(6.5, "吉瓦时") == to_base(6.5, "GWh") == (6.5e6, "kWh")
    assert to_base(600.0, "MW") == to_base(600.0, "兆瓦") == (6e5, "kW")
    assert to_base(27.0, "微克/立方米") == to_base(27.0, "μg/m³")


def test_a_price_in_a_tables_unit_column_and_a_range_in_a_cell() -> None:
    text = ("表1 主要要素价格一览\n\n项目｜单位｜价格｜备注\n一般工商业用电｜元/千瓦时｜0.58｜不满1千伏\n"
            "工业用水｜元/吨｜4.10｜含污水处理费\n普工月工资｜元｜3300—3900｜含社保\n")
    assert [(f[0], f[2], f[3]) for f in figures(text)] == [
        ("0.58", "元", "exact"), ("4.10", "元", "exact"), ("3300", "元", "range"), ("3900", "元", "range")]
    # (the 1 of 不满1千伏, in the remarks, is no amount in 元)


def test_a_spoken_range_of_money_takes_the_scale_of_its_upper_end() -> None:
    assert figures("九十平左右的两居，总价基本在一百二到一百四十万之间。") == [
        ("一百二", 120.0, "万元", "range"), ("一百四十万", 140.0, "万元", "range")]  # (was 120 元)


@pytest.mark.parametrize(("text", "expected"), [
    ("So prices fell roughly a fifth less than planned? No: roughly a fifth less.", None),
    ("Another four to six percent down next year, I'd guess.",
     [("four", -4.0, "%", "range"), ("six percent", -6.0, "%", "range")]),
    ("The tender brought average price cuts of about 48%.", [("48%", -48.0, "%", "approximately")]),
    ("Most families put down twenty to thirty percent and borrow the rest.",
     [("twenty", 20.0, "%", "range"), ("thirty percent", 30.0, "%", "range")]),  # a deposit, no fall
    ("A 20% down payment is needed.", [("20%", 20.0, "%", "exact")]),  # control
])
def test_a_fall_said_after_the_figure_or_by_a_cut(text: str, expected: list[tuple[str, float, str, str]] | None) -> None:
    if expected is None:
        assert [f[1] for f in figures(text) if f[0] == "a fifth"][-1] == -20.0
    else:
        assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("HOST: So prices more than double at peak times?", [("double", 2.0, "times", "over")]),
    ("GUEST: About double, yes.", [("double", 2.0, "times", "approximately")]),
    ("Growth stayed in double digits.", []),  # control
])
def test_double_after_a_bound_or_a_hedge_is_a_multiple(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Resale, I'd say sixteen, maybe eighteen percent.",
     [("sixteen", 16.0, "%", "range"), ("eighteen percent", 18.0, "%", "range")]),
    ("The top tea went for eight or nine hundred yuan a jin.",
     [("eight", 8.0, "hundred yuan", "range"), ("nine hundred yuan", 900.0, "yuan", "range")]),  # (was 8 yuan)
])
def test_spoken_ranges_with_a_hedge_or_a_shared_hundred(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


def test_two_bare_amounts_said_as_a_range_after_a_price() -> None:
    text = "The tea sells for 900 yuan a jin. Last year the same tea went for 1,000, 1,100."
    assert [(f[0], f[2], f[3]) for f in figures(text)][1:] == [("1,000", "yuan", "range"), ("1,100", "yuan", "range")]


def test_the_loader_reads_a_fall_named_after_a_share_or_a_range_in_words() -> None:
    from explorer.model.load.records import names_decline
    assert names_decline("So roughly a fifth less.", "a fifth")
    assert names_decline("Another four to six percent down next year.", "four")
    assert names_decline("The tender brought average price cuts of about 48%.", "48%")
    assert not names_decline("A 20% down payment is needed.", "20%")  # control


def test_a_bar_tables_row_with_its_last_cell_empty_is_still_a_row() -> None:
    text = ("表1 主要要素价格\n\n项目｜单位｜价格｜备注\n工业用水｜元/吨｜3.70｜含污水处理费\n工业蒸汽｜元/吨｜205｜\n")
    assert [(f[0], f[2]) for f in figures(text)] == [("3.70", "元"), ("205", "元")]


def test_a_full_width_slash_in_a_rows_unit_and_a_labelled_line_with_its_unit_in_brackets() -> None:
    text = ("主要会计数据\n\n单位：人民币万元\n\n项目　　2031年　　2030年\n营业收入　　301,522　　288,417\n"
            "基本每股收益（元／股）　　1.12　　0.97\n\n4. 股东情况\n\n截至报告期末普通股股东总数（户）　　18,442\n")
    assert [(f[0], f[2]) for f in figures(text)] == [
        ("301,522", "万元"), ("288,417", "万元"), ("1.12", "元"), ("0.97", "元"), ("18,442", "户")]


def test_parcels_in_hundreds_of_millions() -> None:
    assert figures("上半年全市快递业务量达1.48亿件，同比增长16.2%。")[0][:3] == ("1.48亿件", 1.48, "亿件")


# The read-only review of session 12's rules (each case a wrong or false figure the rules made before this fix).

@pytest.mark.parametrize(("text", "printed", "value", "unit"), [
    ("Installed capacity reached 1.2 million kilowatts.", "1.2 million kilowatts", 1.2, "million kW"),
    ("The country covers 9.6 million square kilometres.", "9.6 million square kilometres", 9.6, "million km²"),
])
def test_review_a_scale_before_a_new_unit_is_kept(text: str, printed: str, value: float, unit: str) -> None:
    assert [(f[1], f[2]) for f in figures(text) if f[0] == printed] == [(value, unit)]


@pytest.mark.parametrize("text", [
    "A ticket is 40 yuan. My son is twelve.",
    "Beer is 8 yuan a bottle. What time do you close? It's eleven, usually.",
    "Farmers paid 40 percent and the county paid 60.",
    "Customs cleared 300 in April; the duty was in yuan.",
    "A room costs 1,800 yuan a month. The number of tenants went up by 300 this year.",
    "The subsidy is 800 yuan per mu. Farmers planted nine hundred this spring.",
])
def test_review_no_yuan_for_ages_hours_shares_and_counts(text: str) -> None:
    assert [f for f in figures(text) if f[2] == "yuan" and "yuan" not in f[0]] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The company opened three stores in five cities last year.", []),
    ("It built one hospital in seven townships.", []),
])
def test_review_counts_in_places_are_no_shares(text: str, expected: list[str]) -> None:
    assert [f for f in figures(text) if f[2] == "%"] == expected


@pytest.mark.parametrize(("text", "printed", "value"), [
    ("Unemployment fell half a percentage point to 5.1 percent.", "half a percentage point", -0.5),
    ("They pay 30 percent down and the rest over ten years.", "30 percent", 30.0),  # a deposit
    ("With 10 percent down, a flat costs 900,000 yuan.", "10 percent", 10.0),
    ("The city delivered tax and fee cuts of 1.2 billion yuan.", "1.2 billion yuan", 1.2),  # the cuts' size
])
def test_review_signs_of_a_fall_a_deposit_and_a_cut(text: str, printed: str, value: float) -> None:
    assert [f[1] for f in figures(text) if f[0] == printed] == [value]


@pytest.mark.parametrize("text", [
    "The hotel has more single rooms than double rooms.",
    "Most buyers want a single rather than double garage.",
    "The PMI rose half a point to 50.2.",  # index points, no percentage points
])
def test_review_no_multiple_or_percentage_points_here(text: str) -> None:
    assert [f for f in figures(text) if f[2] in ("times", "percentage points")] == []


def test_review_a_list_is_no_spoken_range() -> None:
    assert all(f[3] != "range" for f in figures("Growth in the three sectors was 3, 4 and 6 percent respectively."))


@pytest.mark.parametrize(("text", "expected"), [
    ("汽油价格每吨下调150元至8350元。", [("150元", -150.0, "元", "exact"), ("8350元", 8350.0, "元", "exact")]),
    ("工期缩短了三到五个月。", []),  # durations
    ("减少了三到五个百分点。", [("三", -3.0, "percentage points", "range"),
                             ("五个百分点", -5.0, "percentage points", "range")]),
    ("产量下降了三到四万吨。", [("三", -3.0, "万吨", "range"), ("四万吨", -4.0, "万吨", "range")]),
    ("贷款利率下调了二十到三十个基点。", [("二十", -20.0, "个基点", "range"), ("三十个基点", -30.0, "个基点", "range")]),
    ("失业率下降了零点三个百分点，投资增长了二点三倍。",
     [("零点三个百分点", -0.3, "percentage points", "exact"), ("二点三倍", 2.3, "倍", "exact")]),
])
def test_review_chinese_changes_levels_ranges_and_decimals(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


def test_review_a_result_by_a_year_gone_is_no_target() -> None:
    text = ("茶香里的致富路\n2019年，李明回到家乡创办茶叶合作社。到2024年底，合作社累计实现销售收入2000万元。"
            "截至2024年底，社员人均年收入达到3.2万元。")
    assert [q for _, q, _ in periods(text)] == ["exact", "exact"]


def test_review_the_largest_loan_made_is_no_cap() -> None:
    assert [f[3] for f in figures("已发放贷款120笔，单笔最高2000万元。") if f[0] == "2000万元"] == ["exact"]


def test_review_the_import_accepts_a_numeral_before_a_unit_that_holds_one(tmp_path: Path) -> None:
    assert [f[:3] for f in figures("到明年底并网规模有望超过一百万千瓦。")] == [("一百万千瓦", 100.0, "万千瓦")]
    rows, problems = imported(tmp_path, "光伏项目正在推进，到明年底并网规模有望超过一百万千瓦。\n")
    assert [r["as_printed"] for r in rows] == ["一百万千瓦"]
    assert problems == []  # (the unit's 千 is not read into 一百万)


def test_a_price_said_with_its_jiao_in_digits_is_one_figure() -> None:
    assert figures("好果子一斤能卖到4块2，客商都是开着车到地头来拉。")[0][:3] == ("4块2", 4.2, "块钱")  # (was 4 块)
    from explorer.model.numbers import parse_number
    assert parse_number("4块2") == 4.2 and parse_number("4块5毛") == 4.5  # the loader reads the same print


@pytest.mark.parametrize(("text", "expected"), [
    ("全市新建商品住宅去化周期为16.4个月，较9月末缩短0.8个月。前10个月成交增长5%。",
     [("16.4个月", 16.4, "months", "exact"), ("0.8个月", -0.8, "months", "exact"), ("5%", 5.0, "%", "exact")]),
    ("对去化周期超过24个月的县（市），暂停新增住宅用地供应。", []),  # control: a group named by a threshold
    ("土豆一块二到一块四，看品相。", [("一块二", 1.2, "块钱", "range"), ("一块四", 1.4, "块钱", "range")]),
])
def test_months_of_unsold_homes_and_a_spoken_price_range(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


def test_a_labelled_line_with_a_colon_and_the_top_ten_are_no_count() -> None:
    text = "2.3　前10名股东持股情况表\n截至报告期末股东总数（户）：15,382\n"
    assert figures(text) == [("15,382", 15382.0, "户", "exact")]  # (前10名: the top ten, no count of 10 people)


def test_a_spoken_range_said_with_a_comma_up_to_twice_its_lower_end() -> None:
    assert figures("GUO: I'd guess another ten, twenty percent by the end of the year.") == [
        ("ten", 10.0, "%", "range"), ("twenty percent", 20.0, "%", "range")]

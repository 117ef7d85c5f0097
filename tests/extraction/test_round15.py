"""Session 13's rules, each written here in new words (the texts are written for these tests): floors and caps a
home loan's terms set, months of unsold homes said in numerals, signs said with "minus", "another" or a bracket."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extraction.test_round14 import figures, imported


@pytest.mark.parametrize(("text", "expected"), [
    ("The minimum down payment remains 20% of the price for a first home.", [("20%", 20.0, "%", "over")]),
    ("For a second home, the minimum is now 30 percent.", [("30 percent", 30.0, "%", "over")]),
    ("The maximum loan to each family is 900,000 yuan.", [("900,000 yuan", 900000.0, "yuan", "under")]),
    ("The maximum term is 25 years.", [("25 years", 25.0, "years", "under")]),
])
def test_a_loans_floor_and_cap_are_bounds(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [  # controls: an amount paid and a wage's name are no bounds
    ("With the minimum down payment of 75,000 yuan, the couple borrows 425,000 yuan.",
     [("75,000 yuan", 75000.0, "yuan", "exact"), ("425,000 yuan", 425000.0, "yuan", "exact")]),
    ("The minimum wage is 1,950 yuan a month.", [("1,950 yuan", 1950.0, "yuan", "exact")]),
])
def test_an_amount_paid_and_a_minimum_wage_stay_exact(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


def test_a_price_raised_from_one_level_to_another_is_no_lowest_price() -> None:
    text = "The bureau raised the tap water price from RMB3.10 to RMB3.45 per tonne."
    assert [f[3] for f in figures(text)] == ["exact", "exact"]
    assert figures("Industrial land price: from 210,000 yuan per mu.")[0][3] == "over"  # control


@pytest.mark.parametrize(("text", "expected"), [
    ("New loans will be priced at the five-year LPR minus 30 basis points.", -30.0),
    ("Even when it's minus 25 outside, the cows are milked.", -25.0),
])
def test_minus_said_before_a_number_is_its_sign(text: str, expected: float) -> None:
    assert figures(text)[0][1] == expected


def test_income_minus_an_amount_is_no_negative_figure() -> None:  # control
    assert figures("Take-home pay is gross income minus 1,400 yuan of deductions.")[0][1] == 1400.0


def test_a_range_from_minus_to_plus_takes_the_unit_of_its_upper_end() -> None:
    text = "We see prices next year somewhere between minus three and plus three percent."
    assert [f[1:3] for f in figures(text)] == [(-3.0, "%"), (3.0, "%")]


def test_a_further_fall_said_in_the_present_signs_both_ends() -> None:
    text = "Our view is that volumes fall another four to six percent, and rents drop another two or three percent."
    assert [f[1] for f in figures(text)] == [-4.0, -6.0, -2.0, -3.0]


def test_months_of_unsold_homes_said_in_numerals() -> None:
    text = ("目前去化周期是十八点五个月，比年初的二十二个月缩短了三个半月。"
            "老城区去化周期只有九个月左右，新区去化周期要二十五个月以上。")
    assert figures(text) == [
        ("十八点五个月", 18.5, "months", "exact"), ("二十二个月", 22.0, "months", "exact"),
        ("三个半月", -3.5, "months", "exact"), ("九个月", 9.0, "months", "approximately"),
        ("二十五个月", 25.0, "months", "over")]


def test_other_months_in_numerals_are_durations_and_periods() -> None:  # control
    assert figures("前十个月，全县完成投资二十亿元，工期四个半月。") == [("二十亿元", 20.0, "亿元", "exact")]


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    ("首套住房贷款利率最低为3.05%，二套最低为3.25%。", "3.05%", "over"),
    ("首付款比例最低为20%。", "20%", "over"),
    ("现在首套房贷利率最低已经到了百分之三点一。", "百分之三点一", "over"),
    ("本期债券发行利率最低为1.92%，最高为2.35%。", "1.92%", "exact"),  # control: a lowest rate seen
    ("最低成交价为18.40元/股。", "18.40元", "exact"),  # control
])
def test_a_home_loans_floor_in_chinese(text: str, printed: str, qualifier: str) -> None:
    assert {f[0]: f[3] for f in figures(text)}[printed] == qualifier


def test_below_the_average_with_the_average_in_brackets_is_negative() -> None:
    text = "全年城镇调查失业率平均值为5.1%，低于全省平均水平（5.4%）0.3个百分点。"
    assert figures(text)[-1][:3] == ("0.3个百分点", -0.3, "percentage points")
    assert figures("失业率高于全省平均水平（5.4%）0.2个百分点。")[-1][1] == 0.2  # control


def test_the_import_accepts_months_and_a_half_in_numerals(tmp_path: Path) -> None:
    rows, problems = imported(tmp_path, "本市新建商品住宅去化周期为十四个月，比年初缩短了两个半月。")
    assert [(r["as_printed"], r["value"]) for r in rows] == [("十四个月", "14"), ("两个半月", "-2.5")]
    assert problems == []



@pytest.mark.parametrize(("text", "expected"), [
    ("全市芯片产量达到12.6亿颗，晶圆出货量合计180万片。", [("12.6亿颗", 12.6, "亿颗"), ("180万片", 180.0, "万片")]),
    ("上半年共完成356航次，同比增加21航次。", [("356航次", 356.0, "航次"), ("21航次", 21.0, "航次")]),
    ("一氧化碳浓度为0.8毫克/立方米。", [("0.8毫克/立方米", 0.8, "毫克/立方米")]),
    ("全年人口出生率为7.14‰，自然增长率为-0.86‰。", [("7.14‰", 7.14, "‰"), ("-0.86‰", -0.86, "‰")]),
    ("死亡率为千分之八点一。", [("千分之八点一", 8.1, "‰")]),
    ("The birth rate was 7.3‰ and carbon monoxide 1.1 mg/m³.", [("7.3‰", 7.3, "‰"), ("1.1 mg/m³", 1.1, "mg/m³")]),
])
def test_chips_wafers_voyages_per_mille_and_milligrams(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [f[:3] for f in figures(text)] == expected


def test_a_rate_under_a_per_mille_bound_is_under() -> None:
    assert figures("出生率已连续三年低于千分之六。") == [("千分之六", 6.0, "‰", "under")]


def test_a_tenth_below_the_average_is_negative() -> None:
    assert figures("次均住院费用低于全省同级医院平均水平约一成。") == [("一成", -10.0, "%", "approximately")]
    assert figures("外卖差不多占了两成。")[0][1] == 20.0  # control


@pytest.mark.parametrize("text", [
    "In September the CPI stood at 100.7 (same month of the previous year = 100), meaning prices rose 0.7%.",
    "The sex ratio of the resident population was 105.3 (female = 100).",
])
def test_the_base_of_an_index_is_no_figure(text: str) -> None:
    assert 100.0 not in [f[1] for f in figures(text)]


def test_a_hundred_in_brackets_that_is_no_base_is_kept() -> None:  # control
    assert [f[1] for f in figures("There were 100 (one hundred) firms in the park.")] == [100.0]


def test_the_import_accepts_per_mille_in_digits_and_in_words(tmp_path: Path) -> None:
    rows, problems = imported(tmp_path, "全年人口出生率为6.9‰，死亡率为千分之八点二。")
    assert [(r["as_printed"], r["value"], r["unit"]) for r in rows] == [
        ("6.9‰", "6.9", "‰"), ("千分之八点二", "8.2", "‰")]
    assert problems == []


def test_a_price_said_again_in_words_after_it_costs_or_it_was() -> None:
    text = ("The small bowl is nine yuan. With beef and an egg, it's fourteen. In Ganzhou the same bowl costs "
            "seventeen. Pork is twenty-four yuan a kilo. Last year it was close to thirty.")
    assert [f[:4] for f in figures(text) if f[2] == "yuan"] == [
        ("nine yuan", 9.0, "yuan", "exact"), ("fourteen", 14.0, "yuan", "exact"),
        ("seventeen", 17.0, "yuan", "exact"), ("twenty-four yuan", 24.0, "yuan", "exact"),
        ("thirty", 30.0, "yuan", "approximately")]


def test_a_raise_from_one_price_to_another_in_words() -> None:
    text = "The plain bowl is seven yuan. In May I put it up from seven to eight."
    assert [f[:3] for f in figures(text)][1:] == [("seven", 7.0, "yuan"), ("eight", 8.0, "yuan")]


@pytest.mark.parametrize("text", [  # controls: no amount before, or no price
    "In May I put it up from seven to eight. The same bowl costs eleven there.",
    "The bowl is 12 yuan. My sons are twenty. There were three.",
])
def test_words_with_no_price_before_are_no_figure(text: str) -> None:
    found = figures(text)
    assert [f[0] for f in found if f[2] != "count"] in ([], ["12 yuan"])  # no price made up
    assert "twenty" not in [f[0] for f in found]  # an age (session 16: "There were three." is a count to check)


@pytest.mark.parametrize(("text", "expected"), [
    ("Wages are paid in yuan. Operators take home something like 4,800 to 5,400 a month.",
     [("4,800", 4800.0, "yuan", "range"), ("5,400", 5400.0, "yuan", "range")]),
    ("Wages here are in yuan. Fitters earn 7,000 to 8,500 a month.",
     [("7,000", 7000.0, "yuan", "range"), ("8,500", 8500.0, "yuan", "range")]),
    ("Prices here are in yuan. After wages I keep perhaps 6,000 or 7,000 in a good month.",
     [("6,000", 6000.0, "yuan", "range"), ("7,000", 7000.0, "yuan", "range")]),
])
def test_pay_said_as_a_range_with_its_currency_unsaid(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


def test_a_number_said_with_or_and_a_little_more_is_a_range() -> None:
    text = "Buyers used to order 200,000 pieces at a time. Now it is 30,000 or 40,000, and they want them fast."
    assert [f[3] for f in figures(text)] == ["exact", "range", "range"]


def test_we_keep_cows_is_no_pay() -> None:  # control
    assert [f[2] for f in figures("We keep 40 to 50 cows in a good year, all paid for in yuan.")] == ["count", "count"]


def test_a_paragraph_opened_by_its_section_number() -> None:
    text = ("1.1 This summary is taken from the annual report.\n\n"
            "3.2 Overview. Deposits reached RMB18.2 billion.\n\n"
            "4.5 Million tonnes of grain were shipped.\n")
    assert [f[0] for f in figures(text)] == ["RMB18.2 billion", "4.5 Million tonnes"]


def test_a_change_column_that_is_the_relative_change_is_in_percent() -> None:
    text = ("单位：亿元，%\n"
            "项目　　　　　　2026年末　　2025年末　　比上年末增减\n"
            "资产总额　　　　450.00　　　400.00　　　12.50\n")
    assert [f[:3] for f in figures(text)] == [("450.00", 450.0, "亿元"), ("400.00", 400.0, "亿元"), ("12.50", 12.5, "%")]


def test_a_change_column_that_is_the_difference_keeps_the_amounts_unit() -> None:  # control
    text = ("单位：亿元\n"
            "项目　　　　　　2026年末　　2025年末　　比上年末增减\n"
            "资产总额　　　　450.00　　　400.00　　　50.00\n")
    assert figures(text)[-1][:3] == ("50.00", 50.0, "亿元")


@pytest.mark.parametrize(("text", "expected"), [
    ("跟去年比，营业额大概掉了两成。", ("两成", -20.0, "%")),
    ("养老保险基金当年收不抵支3.1亿元。", ("3.1亿元", -3.1, "亿元")),
    ("今年以来日均拍卖鲜切花96万枝。", ("96万枝", 96.0, "万枝")),
    ("公司年度出栏目标为510万—560万头。", ("510万", 510.0, "万头")),
    ("我刚来的时候，厂里才300来人。", ("300来人", 300.0, "人")),
    ("去年招的人，留下来的不到一半。", ("一半", 50.0, "%")),
])
def test_chinese_falls_deficits_stems_ranges_and_hedges(text: str, expected: tuple[str, float, str]) -> None:
    assert figures(text)[0][:3] == expected


def test_used_up_is_no_fall() -> None:  # control
    assert figures("新厂一年光面粉就要用掉900吨左右。")[0][1] == 900.0


def test_a_gas_tiers_bounds_and_its_first_tier_are_no_figures() -> None:
    text = ("第一档（年用气量300立方米及以下部分）销售价格由每立方米2.60元上调至2.75元；"
            "第二档（年用气量300立方米以上至600立方米部分）销售价格由每立方米3.12元上调至3.30元。")
    assert [f[0] for f in figures(text)] == ["2.60元", "2.75元", "3.12元", "3.30元"]


def test_a_line_of_units_set_close_under_the_years() -> None:
    text = ("FINANCIAL HIGHLIGHTS\n\n"
            "                                           2026        2025      Change\n"
            "                                    RMB million RMB million\n"
            "Revenue                                 2,410.5     2,250.2      +7.1%\n")
    assert [f[:3] for f in figures(text)] == [
        ("2,410.5", 2410.5, "million yuan"), ("2,250.2", 2250.2, "million yuan"), ("7.1%", 7.1, "%")]


def test_damage_is_a_size_and_a_net_loss_is_negative() -> None:
    assert figures("Floods caused direct economic losses of 4.2 million yuan.")[0][1] == 4.2
    assert figures("The group posted a net loss of 4.2 million yuan.")[0][1] == -4.2  # control


@pytest.mark.parametrize(("text", "expected"), [
    ("好毛二十四块一公斤，一般的毛便宜些。", ("二十四块", 24.0, "块钱")),
    ("那时候好毛能卖到三十多块一公斤。", ("三十多块", 30.0, "块钱")),
    ("今年整体下来了差不多两成。", ("两成", -20.0, "%")),
    ("今年价钱掉了差不多三成。", ("三成", -30.0, "%")),
    ("自6月1日起，我市下调个人住房公积金贷款利率0.25个百分点。", ("0.25个百分点", -0.25, "percentage points")),
    ("公司全年实现啤酒销量52.3万千升。", ("52.3万千升", 52.3, "万千升")),
])
def test_chinese_prices_per_kilogram_falls_said_and_kilolitres(text: str, expected: tuple[str, float, str]) -> None:
    assert figures(text)[-1][:3] == expected


@pytest.mark.parametrize(("text", "value"), [  # controls: takeoffs and landings, a loan approved, a level after a cut
    ("该航空公司的航班约占机场航班起降架次的六成。", 60.0),
    ("贷款批下来了20万元。", 20.0),
    ("利率下调后为2.85%。", 2.85),
])
def test_no_fall_in_takeoffs_an_approval_or_a_level(text: str, value: float) -> None:
    assert figures(text)[-1][1] == value


@pytest.mark.parametrize(("text", "expected"), [
    ("Last year we picked about 36,000 jin of fresh berries.", ("36,000 jin", 36000.0, "jin", "approximately")),
    ("Local rules cap the harvest at 700 kilograms per mu.", ("700 kilograms", 700.0, "kilograms", "under")),
])
def test_jin_is_a_weight_and_rules_that_cap_are_a_ceiling(text: str, expected: tuple[str, float, str, str]) -> None:
    assert figures(text)[0] == expected


@pytest.mark.parametrize("text", [
    "Stock code: 600123    Stock abbreviation: Example Co    Announcement No.: 2026-047",
    "It takes five jin of fresh leaf to make one jin of tea. One mu of garden is small.",
])
def test_a_notices_number_and_one_jin_or_mu_as_a_measure_are_no_figures(text: str) -> None:
    assert [f[0] for f in figures(text)] in ([], ["five jin"])


def test_chinese_rates_per_thousand_ratios_to_one_and_a_change_column_in_percent() -> None:
    assert figures("每千人口执业（助理）医师2.91人。") == [("2.91人", 2.91, "人", "exact")]
    assert figures("专任教师1930人，生师比14.2:1。")[-1] == ("14.2:1", 14.2, "倍", "exact")
    table = ("表1　分车型销售情况 单位：辆，%\n"
             "车型　　　　　10月销量　　同比变动\n"
             "跨骑车　　　　18450　　　12.5\n")
    assert [f[:3] for f in figures(table)] == [("18450", 18450.0, "辆"), ("12.5", 12.5, "%")]


def test_a_change_column_that_is_the_difference_stays_in_the_amounts_unit() -> None:  # control
    table = ("单位：亿元，%\n"
             "项目　　　　2026年　　2025年　　同比增减\n"
             "收入　　　　450.00　　400.00　　50.00\n")
    assert figures(table)[-1][:3] == ("50.00", 50.0, "亿元")


# -- a reviewer's sentences against this session's rules (each was wrong before its fix) --------------------------

@pytest.mark.parametrize(("text", "values"), [
    ("Net profit swung from minus 30 million yuan to 50 million yuan.", [-30.0, 50.0]),
    ("Estimates range between minus 0.5% and 1.5%.", [-0.5, 1.5]),
    ("It was between minus 5 and minus 15 degrees Celsius.", [-5.0, -15.0]),
])
def test_review13_minus_said_before_the_lower_end_only(text: str, values: list[float]) -> None:
    assert [f[1] for f in figures(text)] == values


@pytest.mark.parametrize(("text", "qualifiers"), [
    ("The maximum loan to a household rose 20% to 1.2 million yuan.", ["exact", "exact"]),
    ("The maximum payment on record was 3 million yuan.", ["exact"]),
    ("The jobless rate peaked at 5.5% in February; the minimum was 4.9% in October.", ["exact", "exact"]),
    ("上月新发放的房贷利率最低为3.1%，平均为3.45%。", ["exact", "exact"]),
])
def test_review13_a_maximum_or_minimum_seen_is_no_bound(text: str, qualifiers: list[str]) -> None:
    assert [f[3] for f in figures(text)] == qualifiers


@pytest.mark.parametrize("text", [
    "A bowl is 10 yuan. I work from seven to nine.",
    "A lamb fetches 900 yuan. We keep 30 to 40 a year for breeding.",
    "他拿了三块一两的金条。",
    "第二档为年用水量180立方米以上至260立方米部分，价格另定。",
    "去化周期要十八个月，其中有六个月是春节前后的淡季。",
])
def test_review13_no_price_weight_or_months_where_there_is_none(text: str) -> None:
    assert [f for f in figures(text) if f[2] in ("yuan", "块钱", "立方米", "months") and f[0] != "十八个月"
            and "yuan" not in f[0]] == []


@pytest.mark.parametrize(("text", "value"), [
    ("Every payday I drop another 300 yuan into my daughter's savings account.", 300.0),
    ("The unit posted a direct loss of 1.5 million yuan on the derivatives.", -1.5),
    ("补贴都下来了两万块。", 2.0),
    ("下调存款利率的银行占比比上月多3个百分点。", 3.0),
    ("人口自然增长率为负1.2‰。", -1.2),
    ("出生率比上年低0.3‰。", -0.3),
    ("低于全省平均水平（1.5%，下同）0.3个百分点。", -0.3),
    ("出生率已连续三年低于千分之六。", 6.0),  # guard: a bound, no difference (right before the fix too)
])
def test_review13_signs(text: str, value: float) -> None:
    assert figures(text)[-1][1] == value


def test_review13_a_unit_under_two_years_leaves_the_change_column_bare() -> None:
    text = ("FINANCIAL HIGHLIGHTS\n\n"
            "                                    2026        2025      Change\n"
            "                                    RMB million RMB million\n"
            "Revenue                             2,410.5     2,250.2      7.1\n")
    assert [f[2] for f in figures(text)] == ["million yuan", "million yuan", "count"]


def test_review13_a_change_column_with_the_older_year_first() -> None:
    table = ("单位：万元，%\n"
             "项目　　　　2025年　　2026年　　同比增减\n"
             "收入　　　　400.00　　450.00　　50.00\n")
    assert figures(table)[-1][:3] == ("50.00", 50.0, "万元")


def test_review13_the_import_accepts_falls_said_as_prices_came_down(tmp_path: Path) -> None:
    rows, problems = imported(tmp_path, "今年价格下来了三块钱一斤，利润为负300万元。")
    assert [(r["as_printed"], r["value"]) for r in rows] == [("三块钱", "-3"), ("300万元", "-300")]
    assert problems == []


def test_per_ten_shares_is_the_dividends_base() -> None:
    assert figures("公司拟向全体股东每10股派发现金红利2.10元（含税）。") == [("2.10元", 2.1, "元", "exact")]


@pytest.mark.parametrize(("text", "expected"), [
    ("现在平均下来一个月也就六七台吧。", [("六七台", 6.0, "台", "range"), ("七台", 7.0, "台", "range")]),
    ("以前一台车挣个四五千挺正常。", [("四五千", 4000.0, "元", "range"), ("五千", 5000.0, "元", "range")]),
])
def test_spoken_pairs_of_machines_and_of_money_before_an_adverb(text: str,
                                                               expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


def test_three_or_four_times_is_still_no_count() -> None:  # control
    assert figures("他去过三四次，走过两三条路。") == []


def test_rent_is_so_much_a_month_with_its_currency_unsaid() -> None:
    text = "Prices here are in yuan. Rent is 8,500 a month now. It was 5,000 when I took over."
    assert [f[:3] for f in figures(text)] == [("8,500", 8500.0, "yuan"), ("5,000", 5000.0, "yuan")]


def test_the_import_accepts_a_scale_said_before_a_unit_the_table_lacks_in_ten_thousands(tmp_path: Path) -> None:
    rows, problems = imported(tmp_path, "一台跑了六万公里的家用轿车，去年能卖五万元。")
    assert [(r["as_printed"], r["value"], r["unit"]) for r in rows][0] == ("六万公里", "60000", "公里")
    assert problems == []


def test_grades_that_range_from_one_amount_to_another_are_a_range() -> None:
    text = "Contribution grades range from 300 yuan to 5,000 yuan a year."
    assert [f[3] for f in figures(text)] == ["range", "range"]
    assert [f[3] for f in figures("Sales rose from 200 yuan to 300 yuan.")] == ["exact", "exact"]  # control


def test_hong_kong_dollars_are_no_us_dollars() -> None:
    assert all(f[2] != "US$" for f in figures("The Board declared an interim dividend of HK$0.08 per share."))
    assert figures("It paid US$0.08 per share.")[0][2] == "US$"  # control


def test_a_service_platforms_number_and_banquet_tables() -> None:
    assert figures("Complaints received by the 12315 platform rose 12%.")[0][0] == "12%"
    assert figures("城里的婚礼一般是25桌到30桌。") == [("25桌", 25.0, "桌", "range"), ("30桌", 30.0, "桌", "range")]


def test_a_transcripts_speaker_tag_holds_no_figure() -> None:
    text = "[CUSTOMER 2, retired teacher, around 60]: A plate is 18 yuan now.\n[RAN]: We sold 1,500 plates."
    assert [f[0] for f in figures(text)] == ["18 yuan", "1,500"]


@pytest.mark.parametrize(("text", "expected"), [
    ("好毛二十六块到二十八块一公斤。", [("二十六块", 26.0, "块钱", "range"), ("二十八块", 28.0, "块钱", "range")]),
    ("去化周期为十一至十六个月。", [("十一", 11.0, "months", "range"), ("十六个月", 16.0, "months", "range")]),
])
def test_review13_price_and_month_ranges_said_in_numerals(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["三至五个月以后再说。", "厂里库存二十八块到三十块砖。"])  # controls
def test_review13_other_month_ranges_and_bricks_are_no_figures(text: str) -> None:
    assert figures(text) == []

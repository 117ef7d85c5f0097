"""Round 23 of the extraction rules (session 21): tables of listed companies' and banks' reports, from the spent
sets' misses: a caption in millions or thousands of yuan (单位：人民币百万元), and a row whose long name is wrapped
onto two lines, either before its numbers or on a line of its own above them.

The texts are written here for the tests (an invented company and bank); each rule has a control.
"""

from __future__ import annotations

from explorer.model.extract import extract
from explorer.model.vocab.units import BUNDLED_UNITS


def readings(text: str) -> dict[str, tuple[float, str, str]]:
    return {c.as_printed: (c.value, c.unit, c.qualifier) for c in extract(text, "t")}


BANK = ("表2　主要会计数据\n"
        "单位：人民币百万元\n"
        "\n"
        "项目　　　　　　2033年　　　　2032年　　　　本年比上年增减（%）\n"
        "营业收入　　　　1,734.8　　　1,652.1　　　5.01\n"
        "净利润　　　　　455.2　　　　431.9　　　　5.39\n")


def test_a_caption_in_millions_of_yuan_gives_the_cells_their_unit_and_scale() -> None:
    got = readings(BANK)
    assert got["1,734.8"][:2] == (1734.8, "百万元") and got["431.9"][:2] == (431.9, "百万元")
    assert got["5.01"][:2] == (5.01, "%")  # (the change column keeps its own unit)
    unit = BUNDLED_UNITS["百万元"]
    assert (unit.base, unit.factor) == ("yuan", 1e6)
    assert (BUNDLED_UNITS["千元"].base, BUNDLED_UNITS["千元"].factor) == ("yuan", 1e3)
    thousands = readings(BANK.replace("人民币百万元", "千元"))
    assert thousands["455.2"][:2] == (455.2, "千元")


REPORT = ("3.1 主要会计数据\n"
          "                                                   单位：万元  币种：人民币\n"
          "项目                                     2033年         2032年      本年比上年增减(%)\n"
          "营业收入                              215,406.33     198,772.05          8.37\n"
          "归属于上市公司股东的扣除非经常性\n"
          "损益的净利润                           18,330.41      16,902.77          8.45\n"
          "经营活动产生的现金流量净额             22,519.06      -3,118.20         不适用\n")


def test_a_row_whose_name_wraps_before_its_numbers_and_the_rows_after_it_keep_the_caption_unit() -> None:
    got = readings(REPORT)
    assert got["18,330.41"][:2] == (18330.41, "万元") and got["8.45"][:2] == (8.45, "%")
    assert got["22,519.06"][:2] == (22519.06, "万元") and got["-3,118.20"][:2] == (-3118.2, "万元")


INDENTED = ("2.2 主要财务数据\n"
            "单位：元  币种：人民币\n"
            "\n"
            "                                本报告期            上年同期            本报告期比上年同期增减(%)\n"
            "营业收入                        1,284,906,117.20    1,190,337,842.61    7.94\n"
            "归属于上市公司股东的扣除非经常性损益的净利润\n"
            "                                96,418,220.05       88,067,351.19       9.48\n"
            "经营活动产生的现金流量净额      141,330,972.88      -20,614,508.37      不适用\n")


def test_a_row_whose_name_stands_alone_above_its_indented_numbers_is_read() -> None:
    got = readings(INDENTED)
    assert got["96,418,220.05"][:2] == (96418220.05, "元") and got["9.48"][:2] == (9.48, "%")
    assert got["141,330,972.88"][:2] == (141330972.88, "元") and got["-20,614,508.37"][:2] == (-20614508.37, "元")


def test_a_line_of_prose_between_a_table_and_numbers_is_no_wrapped_name() -> None:
    prose = REPORT.replace("归属于上市公司股东的扣除非经常性\n", "注：以下为扣除非经常性损益后的数据。\n")
    got = readings(prose)
    assert got.get("18,330.41", (0.0, ""))[1] != "万元"  # (a note of prose ends the table: no unit carried over)


def test_counts_in_pairs_of_trains_bottles_tyres_shoes_and_hectares() -> None:
    got = readings("开通首月，日均开行动车组列车46对，高峰日最多开行63对。每周航班由去年的5班加密到12班。"
                   "全年灌装成品酒7600万瓶，销售轮胎1375万条、运动鞋968.2万双，抽检蔬菜水果等9类食品。"
                   "农作物受灾面积1730公顷，其中绝收186公顷。")
    assert got["46对"][:2] == (46, "对") and got["63对"][:2] == (63, "对")
    assert got["7600万瓶"][:2] == (7600, "万瓶")
    assert got["1375万条"][:2] == (1375, "万条") and got["968.2万双"][:2] == (968.2, "万双")
    assert got["9类"][:2] == (9, "类") and got["186公顷"][:2] == (186, "公顷")
    assert (BUNDLED_UNITS["公顷"].base, BUNDLED_UNITS["公顷"].factor) == ("mu", 15)
    control = readings("表决结果为120对80票。夜间超标点位在4类区，公司的1类创新药进入临床，根据3根据地的资料，"
                       "双方签约2双向合作。")
    assert not any(printed.endswith(("对", "类", "根", "双")) for printed in control)


def test_more_than_under_a_negation_is_a_ceiling() -> None:
    got = readings("Fees must not cost more than 410 yuan a term. A meal rarely costs more than 70 yuan. "
                   "Ditches can't take up more than twelve percent of a field, and occupancy seldom tops 45 percent. "
                   "Villagers may not be asked to contribute more than one third of the cost.")
    assert got["410 yuan"][2] == "under" and got["70 yuan"][2] == "under"
    assert got["twelve percent"][2] == "under" and got["45 percent"][2] == "under"
    assert got["one third"][2] == "under"
    control = readings("It is not just a number: more than 520 yuan a term. Sales not only grew by more than 9 percent "
                       "but doubled, and no fewer than 30 firms, not counting the 4 branches, took part.")
    assert control["520 yuan"][2] == "over" and control["9 percent"][2] == "over"
    assert control["30 firms"][2] == "over"


def test_a_size_written_with_hyphens_is_read_but_not_a_typical_flat() -> None:
    got = readings("The port has a 28,000-square-meter terminal, and a 9,500-square-metre extension opened in June. "
                   "She sells noodles from a 16-square-meter shop.")
    assert got["28,000-square-meter"][:2] == (28000, "square meters")
    assert got["9,500-square-metre"][:2] == (9500, "square meters") and got["16-square-meter"][:2] == (16, "square meters")
    examples = readings("For a typical 80-square-metre flat that comes to 2,300 yuan; a family renting a 55-square-meter "
                        "one-bedroom flat gets 700 yuan, and a 12-square-metre stall rents for 900 yuan.")
    assert not any("square" in printed for printed in examples) and examples["2,300 yuan"][:2] == (2300, "yuan")


def test_a_conversion_at_a_rate_is_approximate_and_bounds_of_a_share_or_a_crowd_are_caps() -> None:
    got = readings("上半年跨境电商交易额达64.2亿元，按同期平均汇率折算约合9.0亿美元。"
                   "租金按照不高于同地段市场租金的75%确定，贷款额度不低于房屋评估价值的60%。"
                   "景区将每日最大承载量设定为12万人次。遇到台风，最高每亩赔付1300元。")
    assert got["64.2亿元"][2] == "exact" and got["9.0亿美元"][2] == "approximately"
    assert got["75%"][2] == "under" and got["60%"][2] == "over"
    assert got["12万人次"][2] == "under" and got["1300元"][2] == "under"
    control = readings("一季度客流最高12万人次，单日赔付1300元，占全市的75%。")
    assert all(reading[2] == "exact" for reading in control.values())


def test_the_highest_loan_amount_is_a_cap() -> None:
    got = readings("双职工家庭住房公积金贷款最高额度提高至70万元，单笔贷款最高额度为双缴存职工70万元。"
                   "离岛旅客每人每年的免税购物额度为8万元。")
    assert got["70万元"][2] == "under" and got["8万元"][2] == "under"
    assert readings("全年发放公积金贷款总额为70万元。")["70万元"][2] == "exact"  # (control)


def test_the_last_close_and_a_past_years_total_are_no_forecast() -> None:
    got = readings("Our TP of RMB9.10 implies 31% upside from the last close of RMB6.95. Target price: RMB4.40    "
                   "Last close: RMB3.72\n\nThe city expects more than 70 million visits, which would exceed the 2029 "
                   "total of 61.3 million for the first time.")
    assert got["RMB9.10"][2] == "forecast" and got["RMB4.40"][2] == "forecast"  # (the targets stay forecasts)
    assert got["RMB6.95"][2] == "exact" and got["RMB3.72"][2] == "exact"
    assert got["61.3 million"][2] == "exact" and got["70 million"][2] == "expected_over"


def test_discounts_a_whole_share_in_words_and_the_change_of_hours_measured() -> None:
    got = readings("持市民卡乘车享受8折优惠，学生享受5折优惠；有的楼盘直接打八五折。节日期间入住率天天都是百分之百。"
                   "年日照时数1,486.2小时，较常年偏多97.5小时。")
    assert got["8折"][:3] == (80, "%", "exact") and got["5折"][:2] == (50, "%") and got["八五折"][:2] == (85, "%")
    assert got["百分之百"][:2] == (100, "%") and got["97.5小时"][:2] == (97.5, "小时")
    control = readings("按同期汇率折合9.6亿美元，严格落实工地“六个百分之百”要求，全年折旧3.2亿元。")
    assert not any(printed.endswith(("折", "百分之百")) for printed in control)


def test_a_ratio_narrowed_from_last_years_value_has_both_ends_in_times() -> None:
    got = readings("城乡居民人均收入比由上年同期的2.11缩小至2.06。城乡居民收入倍差由上年的1.93缩小至1.88。")
    assert got["2.11"][:2] == (2.11, "倍") and got["2.06"][:2] == (2.06, "倍")
    assert got["1.93"][:2] == (1.93, "倍") and got["1.88"][:2] == (1.88, "倍")
    assert "2.4" not in readings("全市常住人口由上年的2.4缩小。")  # (control: no ratio named)


FISCAL = ("Table 3. General public budget revenue by type, 2033\n"
          "\n"
          "Unit: billion yuan; growth and shares in %\n"
          "\n"
          "Item                              2033      2032    Growth    Share of tax revenue\n"
          "General budget revenue           41.27     39.86      3.5         -\n"
          "    Value-added tax              12.44     12.01      3.6       36.2\n"
          "    Deed tax                      1.83      2.20    -16.8        5.3\n")


def test_a_caption_naming_the_amounts_unit_and_the_columns_in_percent() -> None:
    got = readings(FISCAL)
    assert got["41.27"][:2] == (41.27, "billion yuan") and got["2.20"][:2] == (2.2, "billion yuan")
    assert got["3.5"][:2] == (3.5, "%") and got["36.2"][:2] == (36.2, "%") and got["5.3"][:2] == (5.3, "%")
    assert got["-16.8"][:2] == (-16.8, "%")


def test_one_in_a_compound_number_or_in_digits_is_a_share() -> None:
    got = readings("It was closer to one in thirty-five, and roughly one in 24 passengers changed flights.")
    assert got["one in thirty-five"][:2] == (2.86, "%") and got["one in 24"][:2] == (4.17, "%")
    assert not readings("The first line opened one in 2031 and the rest followed.")  # (a year, no share)


def test_a_header_in_million_m3_gives_its_column_the_unit() -> None:
    got = readings("Table 2  Water use by sector, 2033\n\n"
                   "Sector        Water use (million m3)   Share (%)\n"
                   "Agriculture   512.6                    54.1\n"
                   "Industry      277.3                    29.3\n")
    assert got["512.6"][:2] == (512.6, "million cubic meters") and got["54.1"][:2] == (54.1, "%")


def test_a_window_of_trading_days_and_a_packs_size_in_numerals_are_no_figures() -> None:
    got = readings("回购价格上限不高于董事会通过回购决议前30个交易日公司股票交易均价的150%。"
                   "减持将于公告之日起15个交易日后进行。十斤装的一箱卖49块钱，全县共有12个乡镇。")
    assert "30个" not in got and "15个" not in got and "十斤" not in got
    assert got["150%"][:2] == (150, "%") and got["12个"][:2] == (12, "个") and got["49块钱"][:2] == (49, "块钱")


def test_a_groups_bound_after_with_or_a_verb_of_having_is_no_figure() -> None:
    got = readings("Manufacturers with 250 or more employees ran at 80.6 percent of capacity, and no accident with "
                   "three or more deaths occurred. Households farming 40 mu or more get 90 yuan a mu.")
    assert "250" not in got and "three" not in got and "40 mu" not in got
    assert got["80.6 percent"][:2] == (80.6, "%") and got["90 yuan"][:2] == (90, "yuan")
    assert readings("Output rose to 250 tonnes or more a day.")["250 tonnes"][2] == "over"  # (control: a bound reached)


def test_hotline_numbers_are_no_figures_wherever_the_hotline_is_named() -> None:
    got = readings("Residents can call 12329 with questions. The 12333 and 12393 hotlines will answer 9,800 calls a "
                   "month, and visitors to the zone now number 6,100; the port is at number 27.")
    assert "12329" not in got and "12333" not in got and "12393" not in got
    assert got["6,100"][0] == 6100 and "27" in got  # (controls: "number" as a verb and a place in a ranking)


def test_no_rule_module_defines_a_pattern_twice_unseen() -> None:
    """A module-level name bound twice replaces the first pattern everywhere, unseen (the hotline pattern was lost
    so): a second binding must build on the first (``_X = _lead(_X, …)``)."""
    import ast
    from pathlib import Path

    for path in sorted((Path(__file__).parents[2] / "explorer" / "model" / "extract").glob("*.py")):
        bound: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.Assign) or len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
                continue
            name = node.targets[0].id
            uses_itself = any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(node.value))
            assert name not in bound or uses_itself, (path.name, name, node.lineno)
            bound.add(name)


def test_an_estimate_of_the_period_reported_keeps_its_hedge() -> None:
    got = readings("预计报告期研发投入约1.63亿元，占营业收入的比例约为5.1%。报告期内，公司非经常性损益预计约为2,800万元。"
                   "公司预计2034年营业收入约52亿元。")
    assert got["1.63亿元"][2] == "approximately" and got["5.1%"][2] == "approximately"
    assert got["2,800万元"][2] == "approximately"
    assert got["52亿元"][2] == "forecast"  # (control: a year still to come)


def test_a_heading_between_two_tables_is_no_wrapped_row_name() -> None:
    first = REPORT.split("归属于")[0]
    headless = "二、分地区\n华东地区                                 88,020.17      80,115.90          9.87\n"
    got = readings(first + headless)
    assert got.get("88,020.17", (0.0, ""))[1] != "万元"  # (rows with no header of their own: no unit borrowed)


def test_a_range_of_prices_per_share_has_both_ends_and_no_minus_from_its_dash() -> None:
    got = readings("减持价格区间为18.64元/股至22.07元/股。本报告期：盈利：0.81元/股～0.96元/股。"
                   "实际回购价格区间：10.52元/股-13.38元/股。每股收益-0.35元/股。")
    for printed, value in (("18.64元", 18.64), ("22.07元", 22.07), ("0.81元", 0.81), ("0.96元", 0.96),
                           ("10.52元", 10.52), ("13.38元", 13.38)):
        assert got[printed][0] == value and got[printed][2] == "range", printed
    assert got["-0.35元"][:3] == (-0.35, "元", "exact")  # (control: a printed minus stays)


def test_ranges_said_with_from_at_rates_anything_range_in_size_fetched_and_between_roughly() -> None:
    got = readings("Employers pay at rates from 0.3 percent to 1.7 percent. The online lenders, anything from 12 to 26 "
                   "percent. Farms range in size from 2,000 to 8,000 head. Cotton fetched 6.8 to 7.4 yuan per kilogram. "
                   "The price swung between roughly 410,000 and 530,000 yuan a tonne.")
    for printed in ("0.3 percent", "1.7 percent", "12", "26 percent", "2,000", "8,000", "6.8", "7.4 yuan",
                    "410,000", "530,000 yuan"):
        assert got[printed][2] == "range", printed
    assert got["6.8"][1] == "yuan"
    control = readings("Debt swaps cut the average interest rate from 3.4 percent to 2.6 percent. She raised her room "
                       "rate from 280 yuan to 360 yuan.")
    assert all(reading[2] == "exact" for reading in control.values())


def test_a_spoken_range_with_sometimes_or_maybe_between_its_ends() -> None:
    got = readings("They take 16, sometimes 21 percent of every order. On a good day, twenty-two, maybe twenty-eight.")
    assert got["16"][:3] == (16, "%", "range") and got["21 percent"][2] == "range"
    assert got["twenty-two"][2] == "range" and got["twenty-eight"][2] == "range"
    control = readings("Sales grew 16 percent, sometimes faster, and 21 stores opened.")
    assert control["16 percent"][2] == "exact"


def test_scores_in_points_but_not_times_minutes_or_cents() -> None:
    got = readings("评标得分90.27分；综合得分为84.16分，比上年提高2.05分。两个维度得分均超过90分。平台上的评分是4.8分。")
    assert got["90.27分"][:2] == (90.27, "分") and got["2.05分"][:2] == (2.05, "分") and got["90分"][2] == "over"
    assert got["4.8分"][:2] == (4.8, "分")
    assert (BUNDLED_UNITS["分"].base, BUNDLED_UNITS["分"].factor) == ("count", 1)
    # (5分钱 is money, five fen, in the unit 分钱 since session 46; no score)
    assert readings("会议于10点30分开始，步行5分钟，每斤5分钱，全场1分未得。") == {"5分钱": (5.0, "分钱", "exact")}


def test_two_to_nine_households_are_counted() -> None:
    got = readings("今年光是提前退租的就有三户。合作社一开始就七户人家凑在一块儿。")
    assert got["三户"][:2] == (3, "户") and got["七户"][:2] == (7, "户")
    assert "一户" not in readings("一户一档，逐户核实。")  # (control: one, a phrase's classifier)

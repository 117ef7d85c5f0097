"""Chinese, round 11 (issue 14): from the misses of heldout95-96 (a TV interview's spoken figures above all), each
case in other words; each fails on the code before it but for the marked controls."""

from __future__ import annotations

import pytest

from explorer.model.extract import extract
from explorer.model.numbers import parse_fraction, parse_number
from explorer.model.zh_numbers import cn_numeral


def _found(text: str) -> dict[str, tuple[float, str, str]]:
    return {c.as_printed: (c.value, c.unit, c.qualifier) for c in extract(text, "T")}


@pytest.mark.parametrize(("text", "printed", "expected"), [
    # one numeral across 万: before, 两万三千元 was read as 三千元, 3,000 (a number that differs from the text)
    ("村民人均收入两万三千元，比前年多了不少。", "两万三千元", (23000.0, "元", "exact")),
    ("全县共有一万一千余家个体户。", "一万一千余家", (11000.0, "家", "over")),
    ("合作社去年卖出一万两千多件竹编。", "一万两千多件", (12000.0, "件", "over")),
])
def test_a_chinese_numeral_across_wan_is_read_whole(text: str, printed: str, expected: tuple[float, str, str]) -> None:
    found = _found(text)
    assert found[printed] == expected
    assert parse_number(printed) == expected[0]  # and the loader reads it back


@pytest.mark.parametrize(("text", "printed", "expected"), [
    ("镇上做竹编的作坊有四五十家。", "四五十家", (40.0, "家", "range")),
    ("镇上做竹编的作坊有四五十家。", "五十家", (50.0, "家", "range")),
    ("旺季的时候，厂里要请三四百个临时工。", "三四百个", (300.0, "个", "range")),
    ("旺季的时候，厂里要请三四百个临时工。", "四百个", (400.0, "个", "range")),
    ("学徒一个月能拿七八千块。", "七八千块", (7000.0, "块钱", "range")),
    ("来赶集的有好几百人。", "好几百人", (100.0, "人", "over")),
    ("一年的流水，两个多亿。", "两个多亿", (2.0, "亿元", "over")),
    ("今年做了一点六个亿。", "一点六个亿", (1.6, "亿元", "exact")),
    ("现在村里有三百多个直播间。", "三百多个", (300.0, "个", "over")),
    ("去年家里收入是四万五千多块。", "四万五千多块", (45000.0, "块钱", "over")),
    ("种茶的收入差不多占了全村收入的六成。", "六成", (60.0, "%", "approximately")),
])
def test_spoken_figures_ranges_of_neighbouring_numerals_ge_yi_and_kuai(text: str, printed: str,
                                                                       expected: tuple[float, str, str]) -> None:
    found = _found(text)
    assert found[printed] == expected
    read = 100 * (parse_fraction(printed) or 0) if expected[1] == "%" else parse_number(printed)
    assert read == expected[0]  # the loader reads it back (a share in 成 as a fraction)


@pytest.mark.parametrize("text", [
    "他家有一两个孩子。",  # 一两: "one or two", no figure (三四个孩子 is a range since session 10: test_round12.py)
    "院子里有三块地。",  # 块 of land: pieces, no money
    "前十二个月里，有八个月是旺季。",  # durations with 个
    "一两个人，三五天。",
])
def test_spoken_phrases_with_no_figure_stay_none(text: str) -> None:
    assert _found(text) == {}  # controls


def test_numerals_side_by_side_with_no_place_word_are_no_number() -> None:
    assert cn_numeral("三四") is None and cn_numeral("一百五十") == 150.0 and cn_numeral("二〇三一") == 2031.0


def test_a_plan_then_what_is_done_by_now_is_no_target() -> None:
    found = _found("今年全市计划新建公办幼儿园12所，截至10月底已完工9所，新增学位2760个。"
                   "目前，纳入改造计划的项目31个，计划总投资80.5亿元。")
    assert found["12所"] == (12.0, "所", "forecast")
    assert found["9所"] == (9.0, "所", "exact")  # 已完工: done
    assert found["2760个"] == (2760.0, "个", "exact")
    assert found["31个"] == (31.0, "个", "exact")  # 改造计划的项目: projects in the plan, counted now


def test_basis_points_are_a_unit_with_the_sign_of_their_verb() -> None:
    found = _found("该行净息差为1.71%，同比收窄12个基点。")
    assert found["12个基点"] == (-12.0, "个基点", "exact")


def test_a_reports_closing_rating_definitions_are_no_figures() -> None:
    body = "公司2032年前三季度实现营业收入12.4亿元，同比增长18.2%。\n\n" * 6
    text = ("某公司三季报点评（测试）\n\n" + body + "投资评级说明\n买入：相对沪深300指数涨幅15%以上；"
            "增持：相对沪深300指数涨幅介于5%至15%之间。\n")
    found = extract(text, "T")
    assert {c.as_printed for c in found} == {"12.4亿元", "18.2%"}


def test_about_as_a_multiple_and_a_given_valuation_multiple() -> None:
    found = _found("在手订单约40.2亿元，约为上年营业收入的1.6倍。给予公司2033年18倍PE，对应目标价21.6元。")
    assert found["1.6倍"] == (1.6, "倍", "approximately")
    assert found["18倍"] == (18.0, "倍", "forecast")


# ---- from the misses of heldout107-108 ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "printed", "expected"), [
    ("一碗凉面卖7块，加个卤蛋再加两块。", "7块", (7.0, "块钱", "exact")),
    ("标准摊位一个月的管理费是450块，水电另算。", "450块", (450.0, "块钱", "exact")),
    ("人均几十块就能吃饱。", "几十块", (10.0, "块钱", "over")),
    ("旺季的时候，摊位能租出去六七成。", "六七成", (60.0, "%", "range")),
    ("旺季的时候，摊位能租出去六七成。", "七成", (70.0, "%", "range")),
])
def test_kuai_that_ends_its_phrase_is_money_and_neighbouring_numerals_before_cheng_are_a_range(
        text: str, printed: str, expected: tuple[float, str, str]) -> None:
    assert _found(text)[printed] == expected
    read = 100 * (parse_fraction(printed) or 0) if expected[1] == "%" else parse_number(printed)
    assert read == expected[0]


def test_kuai_of_pieces_is_no_money() -> None:  # control
    assert _found("地头挂着一块黄色的粘虫板，院子里还有3块石碑。") == {"3块": (3.0, "块", "exact")}  # (a count of pieces)


def test_kilograms_jin_and_shares_are_units_and_a_table_takes_its_rows_unit_column_and_a_shared_caption() -> None:
    found = _found("今年水稻亩产612公斤，一亩地产了一千二百多斤。以总股本412,000,000股为基数。")
    assert found["612公斤"] == (612.0, "公斤", "exact")
    assert found["一千二百多斤"] == (1200.0, "斤", "over")
    assert found["412,000,000股"] == (412000000.0, "股", "exact")
    table = ("表1　1—11月主要产品产量\n\n产品名称　　计量单位　　1—11月　　同比增长（%）\n"
             "原煤　　　　万吨　　　　812.4　　　-4.1\n家用空调　　万台　　　　61.7　　　12.9\n")
    cells = _found(table)
    assert cells["812.4"][:2] == (812.4, "万吨") and cells["61.7"][:2] == (61.7, "万台")
    two = ("单位：万元\n\n项目　　　　2032年　　　2031年\n营业收入　　5,120.6　　　4,880.2\n\n"
           "项目　　　　2032年末　　2031年末\n资产总额　　9,310.4　　　8,702.9\n")
    assert _found(two)["9,310.4"][:2] == (9310.4, "万元")  # the second table under the one caption


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    # 不 before a bound turns it round: 不超过 was read as "over", 不少于 as "under" (a bound the wrong way)
    ("回购价格不超过31.2元/股。", "31.2元", "under"),
    ("单户贷款不少于20万元。", "20万元", "over"),
    ("回购资金总额不低于人民币2亿元（含）且不超过人民币4亿元（含）。", "2亿元", "over"),
    ("回购资金总额不低于人民币2亿元（含）且不超过人民币4亿元（含）。", "4亿元", "under"),
    ("全市PM2.5平均浓度不高于28微克，优良天数至少300天，失业率至多5.5%。", "5.5%", "under"),
    ("全年进出口超过500亿元。", "500亿元", "over"),  # control
])
def test_a_bound_with_bu_before_it_is_the_other_way_round(text: str, printed: str, qualifier: str) -> None:
    assert _found(text)[printed][2] == qualifier


def test_a_vouchers_discount_and_the_level_a_rate_fell_to_are_positive() -> None:
    found = _found("消费券设两种面额：满100元减30元，满300元减80元。利率降到了3.65%，担保费率降至0.6%，利润减少500元。")
    assert found["30元"] == (30.0, "元", "exact") and found["80元"] == (80.0, "元", "exact")
    assert found["3.65%"][0] == 3.65 and found["0.6%"][0] == 0.6
    assert found["500元"][0] == -500.0  # control: an amount that fell


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    ("预计截至2033年底，全市新能源汽车保有量将突破50万辆。", "50万辆", "expected_over"),  # 截至 a date to come
    ("力争截止到年底完成投资100亿元。", "100亿元", "forecast"),
    ("单笔不得超过500万元。", "500万元", "under"),
    ("占比不能超过70%。", "70%", "under"),
    ("比例不得低于30%。", "30%", "over"),
    ("负债率未超过3%。", "3%", "under"),
    ("景区单日客流最高12万人次。", "12万人次", "exact"),  # a peak seen, no ceiling
])
def test_the_review_of_round_11_on_forecasts_and_bounds(text: str, printed: str, qualifier: str) -> None:
    assert _found(text)[printed][2] == qualifier


def test_kuai_of_plots_and_pitches_is_no_money_and_a_rate_lowered_to_is_a_level() -> None:
    found = _found("出让国有建设用地23块，新建社区足球场12块。贷款利率降低到了3.2%。粮食总产量12亿斤。")
    assert found["23块"][1] == "块" and found["12块"][1] == "块"
    assert found["3.2%"][0] == 3.2
    assert found["12亿斤"][:2] == (12.0, "亿斤")


def test_a_slash_series_takes_the_unit_of_its_last_figure() -> None:
    found = _found("预计公司2033—2035年营业收入分别为11.52/12.71/13.88亿元，对应市盈率分别为16.6/14.8/13.7倍。"
                   "公告日期为2033/10/20。")
    assert found["11.52"] == (11.52, "亿元", "forecast") and found["12.71"] == (12.71, "亿元", "forecast")
    assert found["14.8"] == (14.8, "倍", "forecast")
    assert "2033" not in found and "10" not in found  # (a date written with slashes: no unit after it)


def test_cubic_metres_a_price_cut_and_a_share_lowered_to_about() -> None:
    found = _found("全年供水量5140万立方米，水库蓄水1.37亿立方米。中选药品平均降价58%。持股比例将降至约28.9%。")
    assert found["5140万立方米"][:2] == (5140.0, "万立方米") and found["1.37亿立方米"][:2] == (1.37, "亿立方米")
    assert found["58%"][0] == -58.0 and found["28.9%"][0] == 28.9


def test_yuan_and_jiao_a_price_per_jin_stations_and_runs() -> None:
    found = _found("包子从一块涨到一块五。青菜今天两块五一斤，前腿肉十三块一斤。新线路设站28站，每天发车16班次。")
    assert found["一块五"] == (1.5, "块钱", "exact") and found["两块五"] == (2.5, "块钱", "exact")
    assert found["十三块"] == (13.0, "块钱", "exact")  # (not 十三块一: 13.1)
    assert found["28站"] == (28.0, "站", "exact") and found["16班次"] == (16.0, "班次", "exact")
    for printed in ("一块五", "两块五"):
        assert parse_number(printed) == found[printed][0]  # the loader reads yuan and jiao back


def test_kuai_wu_before_a_measure_of_land_is_no_money() -> None:  # control
    assert _found("他家有两块五亩的地。") == {}

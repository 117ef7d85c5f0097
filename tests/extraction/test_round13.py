"""Session 11's rules, each from misses of measured held-out sets, written here in new words (the texts are written
for these tests): in spoken Chinese, an amount of money said without its unit (一个月挣七八千，, 一头卖了一万出头).

The unit is left out when the clause already speaks of money: the amount is read as yuan where the clause before
it names money (挣, 卖, 工资, 房租, 贷, 产值 …) or a day's, month's or year's pay, or a money noun follows it
(几十万的额度), and the phrase ends there. A number with no such words, or with a classifier or unit after it, is
read as before."""

from __future__ import annotations

import pytest

from explorer.model.extract import extract


def figures(text: str) -> list[tuple[str, float, str, str]]:
    return [(c.as_printed, c.value, c.unit, c.qualifier) for c in extract(text, published="")]


@pytest.mark.parametrize(("text", "expected"), [
    ("老周说，他在码头开吊车，一个月挣六千二，比原来多。", [("六千二", 6200.0, "元", "exact")]),
    ("“门店是租的，一年房租三万五，”她说。", [("三万五", 35000.0, "元", "exact")]),
    ("他去年卖鸭子，算下来纯赚两万多，比种稻强。", [("两万多", 2.0, "万元", "over")]),
    ("小店一年营收四百来万，利润不高。", [("四百来万", 400.0, "万元", "approximately")]),
    ("行情差的时候，一车货才卖了一万出头。", [("一万出头", 1.0, "万元", "over")]),
    ("扣掉油钱，一天跑下来也就落个三百左右。", [("三百", 300.0, "元", "approximately")]),
    ("银行给了他几十万的信用贷。", [("几十万", 10.0, "万元", "over")]),
])
def test_money_said_without_its_unit_is_yuan(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


def test_each_end_of_a_spoken_range_of_money() -> None:
    assert figures("她在厂里做缝纫，一个月能拿五六千，活多的时候更多。") == [
        ("五六千", 5000.0, "元", "range"), ("六千", 6000.0, "元", "range")]
    assert figures("熟练的焊工一个月挣七千五到八千，比去年高。") == [
        ("七千五", 7500.0, "元", "range"), ("八千", 8000.0, "元", "range")]


@pytest.mark.parametrize("text", [
    "老人今年七十三，身体还硬朗。",  # an age: no money in the clause
    "在路口卖水果的老赵今年六十出头，腿脚还利索。",  # an age, though the clause speaks of selling
    "三，要把安全放在首位。",  # a list's number
    "全村一共四百来户，外出打工的有一千多。",  # people, not money: no words of money
    "他家养了三百来头猪。",  # a classifier after it: a count
    "价格指数环比上涨，排名第十二。",  # a rank
])
def test_no_money_without_words_of_money_or_where_a_unit_follows(text: str) -> None:
    assert [f for f in figures(text) if f[2] in ("元", "万元", "亿元")] == []


@pytest.mark.parametrize(("text", "printed"), [
    ("2027年全县一般公共预算支出安排41.6亿元，比上年执行数下降1.2%。", "41.6亿元"),  # a budget's line
    ("项目建成后，可年加工饲料8万吨。", "8万吨"),  # what a project gives once built
    ("二期达产后，公司总产能可达每年15万吨。", "15万吨"),
    ("老杨说，明年打算再养两百只羊。", "两百只"),  # an intention
    ("新码头投用后，年通过能力将提升至900万吨。", "900万吨"),  # a rise still to come
    ("该物流园项目计划总投资3.8亿元。", "3.8亿元"),  # a plan's size
])
def test_plans_budgets_and_what_is_to_come_are_forecasts(text: str, printed: str) -> None:
    assert [q for p, _, _, q in figures(text) if p == printed] == ["forecast"]


@pytest.mark.parametrize(("text", "printed"), [
    ("今年以来，全县共争取中央预算内资金2.6亿元，支持项目14个。", "2.6亿元"),  # funds secured
    ("本次激励计划首次授予的激励对象共计186人。", "186人"),  # a named plan's terms
    ("全市计划总投资亿元以上在建项目214个，比上年增加12个。", "214个"),  # projects grouped by planned size
    ("码头年通过能力将由目前的600万吨提升至900万吨。", "600万吨"),  # the level the rise starts from
    ("已完成投资8.8亿元，占年度计划投资的86.2%。", "86.2%"),  # a share of a plan reached
    ("去年全市共安排1.2亿元用于农村公路建设。", "1.2亿元"),  # a budget's line, of last year: spent
    ("为确保工程质量，去年投入资金2亿元。", "2亿元"),  # 确保 of another clause, and past
    ("今年以来，我们确保了1200户群众按时搬迁。", "1200户"),  # ensured: done
    ("项目建成后，去年接待游客120万人次。", "120万人次"),  # built, and past
    ("他打算明年再扩大规模，今年收入15万元。", "15万元"),  # an intention of another clause
])
def test_funds_secured_plan_terms_and_progress_are_not_forecasts(text: str, printed: str) -> None:
    assert [q for p, _, _, q in figures(text) if p == printed] == ["exact"]


@pytest.mark.parametrize(("text", "printed", "value"), [
    ("出口货物通关时间比去年同期压缩了近三成。", "三成", -30.0),  # cut
    ("调整后，公交12路线路缩短1.8公里。", "1.8公里", -1.8),  # shortened
    ("今年摊位费统一下调了两成。", "两成", -20.0),  # lowered
    ("中标价较招标控制价下浮6.2%。", "6.2%", -6.2),  # a bid below the ceiling
    ("受汇率波动影响，公司产生汇兑损失约210万元。", "210万元", -210.0),  # a loss of the company's
    ("利率调整后，每月少还约86元。", "86元", -86.0),  # paid less
    ("受土地出让影响，基金预算收入减收3.6亿元。", "3.6亿元", -3.6),  # income that fell
    ("那一年算下来亏了差不多五万块钱。", "五万块钱", -5.0),  # lost, as spoken
    ("县里的加工转化率比全省平均水平低近3个百分点。", "3个百分点", -3.0),  # lower by, hedged
])
def test_a_cut_a_shortening_or_a_loss_is_negative(text: str, printed: str, value: float) -> None:
    assert [v for p, v, _, _ in figures(text) if p == printed] == [value]


def test_both_ends_of_a_spoken_range_that_fell_are_negative() -> None:
    assert [v for _, v, _, _ in figures("跟去年比，一吨大概少了两三千块钱。")] == [-2000.0, -3000.0]


@pytest.mark.parametrize(("text", "printed", "value", "qualifier"), [
    ("暴雨造成直接经济损失2.3亿元。", "2.3亿元", 2.3, "exact"),  # damage: a size, not a fall
    ("加点幅度由LPR加60个基点下调为LPR加20个基点。", "20个基点", 20.0, "exact"),  # the level it is cut to
    ("股东拟减持股份总数不超过公司总股本的2%。", "2%", 2.0, "under"),  # a cap on a share of holdings sold
    ("募集资金用于补充流动资金的比例不低于总额的30%。", "30%", 30.0, "over"),
])
def test_damage_a_level_cut_to_and_caps_on_a_share(text: str, printed: str, value: float, qualifier: str) -> None:
    assert [(v, q) for p, v, _, q in figures(text) if p == printed] == [(value, qualifier)]


@pytest.mark.parametrize(("text", "printed"), [
    ("要倒排工期，确保全年完成水利投资46亿元以上。", "46亿元"),  # to be ensured
    ("到年底，城市生活垃圾回收利用率须达到38%以上。", "38%"),  # must be reached
])
def test_what_is_to_be_ensured_or_must_be_reached_is_an_expected_floor(text: str, printed: str) -> None:
    assert [q for p, _, _, q in figures(text) if p == printed] == ["expected_over"]


@pytest.mark.parametrize(("text", "expected"), [
    ("一年下来，挣个五六万，比出去打工踏实。", [("五六万", 5.0, "万元", "range"), ("六万", 6.0, "万元", "range")]),
    ("一天能落下两三百吧。", [("两三百", 200.0, "元", "range"), ("三百", 300.0, "元", "range")]),
    ("去年合作社每户分红一千二。", [("一千二", 1200.0, "元", "exact")]),
    ("批发价番茄三块二一斤，我卖四块。", [("三块二", 3.2, "块钱", "exact"), ("四块", 4.0, "块钱", "exact")]),
])
def test_spoken_money_of_round_thirteen(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


def test_pieces_cut_or_a_plot_sold_stay_no_money() -> None:  # control
    assert figures("把饼切成四块，分给孩子。他卖了两块地。") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("全年发放创业担保贷款2146笔，签发原产地证书937份。",
     [("2146笔", 2146.0, "笔", "exact"), ("937份", 937.0, "份", "exact")]),
    ("全市组建志愿服务队36支，发放物资1200箱。", [("36支", 36.0, "支", "exact"), ("1200箱", 1200.0, "箱", "exact")]),
    ("小店一天卖了三百来碗。", [("三百来碗", 300.0, "碗", "approximately")]),
])
def test_counts_with_the_classifiers_the_units_table_now_gives(text: str,
                                                               expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


def test_ranks_phases_votes_classes_and_packs_are_no_counts() -> None:
    assert figures("销售额排名前10位的企业，保留2位小数，项目2期工程已开工，会议以120对80票通过，他在2班，"
                   "新推出12袋装的小包装。") == []


def test_a_caption_over_a_header_whose_top_line_is_one_cell_spanning_the_columns() -> None:
    text = ("RESULTS HIGHLIGHTS\n\n(RMB million, unless otherwise stated)\n\n"
            "                                        Year ended 31 December\n"
            "                                          2031         2030\n"
            "Revenue                                 1,204.6      1,087.3\n"
            "Net profit                                 96.2         71.8\n")
    got = [(c.as_printed, c.value, c.unit) for c in extract(text, published="")]
    assert ("1,204.6", 1204.6, "million yuan") in got and ("96.2", 96.2, "million yuan") in got, got


def test_a_table_whose_cells_are_parted_by_full_width_bars() -> None:
    text = ("2、主要会计数据\n\n单位：万元\n\n"
            "项目｜本报告期｜上年同期｜增减\n"
            "营业收入｜96,215.40｜88,730.12｜8.44%\n"
            "经营活动产生的现金流量净额｜-1,204.66｜5,310.08｜-122.69%\n")
    got = [(c.as_printed, c.value, c.unit) for c in extract(text, published="")]
    assert got == [("96,215.40", 96215.4, "万元"), ("88,730.12", 88730.12, "万元"), ("8.44%", 8.44, "%"),
                   ("-1,204.66", -1204.66, "万元"), ("5,310.08", 5310.08, "万元"), ("-122.69%", -122.69, "%")]


def test_money_words_earlier_in_the_sentence_carry_to_an_amount_said_without_its_unit() -> None:
    assert figures("摊位费一年六千，我跟表姐合租，一人三千。") == [
        ("六千", 6000.0, "元", "exact"), ("三千", 3000.0, "元", "exact")]
    assert figures("违规的一次罚两百。")[0][:3] == ("两百", 200.0, "元")
    assert figures("他家三代同堂，一共二十。") == []  # control: no money in the sentence



@pytest.mark.parametrize("text", [
    "每年三月十五，商场都会搞活动。",  # a date
    "一年一度的双十一，快递员最忙。",
    "孩子一年级，考了九十八，很高兴。",  # a score
    "发展到现在，会员有三千多，很不容易。",  # members (发展 is no 发 of money)
    "每年来这里的游客有八千多。",  # visitors
    "一天下来，他走了两万多。",  # steps
    "他每天做俯卧撑一百。",
    "补充一点，全村一共三百。",  # (补充 is no 补 of money)
    "挣钱的老王，五十出头。",  # an age
])
def test_no_money_is_read_into_dates_scores_counts_or_ages(text: str) -> None:
    assert [f for f in figures(text) if f[2] in ("元", "万元", "亿元")] == []


@pytest.mark.parametrize(("text", "printed", "value"), [
    ("压缩机出口占全国的35%。", "35%", 35.0),  # 压缩 of a compressor
    ("下调后的存款利率为1.5%。", "1.5%", 1.5),  # the level after the cut
    ("存款准备金率下调0.5个百分点后为7.4%。", "7.4%", 7.4),
    ("工期缩短的项目占比30%。", "30%", 30.0),
    ("今年共挽回损失2000万元。", "2000万元", 2000.0),  # losses recovered
    ("避免损失1.2亿元。", "1.2亿元", 1.2),
    ("多亏了5000元补助。", "5000元", 5000.0),
    ("公司今年减亏3000万元。", "3000万元", 3000.0),  # losses narrowed
    ("造成财产损失1.27亿元。", "1.27亿元", 1.27),  # damage, a size
])
def test_words_that_look_like_a_fall_but_name_a_level_a_share_or_damage_keep_the_sign(
        text: str, printed: str, value: float) -> None:
    assert [v for p, v, _, _ in figures(text) if p == printed] == [value]


def test_a_projection_of_a_plan_completed_stays_a_forecast() -> None:
    assert figures("预计全年完成年度计划的105%。")[0][3] == "forecast"


@pytest.mark.parametrize(("text", "printed", "value"), [
    ("Diesel is seven yuan ninety-two a litre now.", "seven yuan ninety-two", 7.92),
    ("A bowl of noodles costs six yuan fifty.", "six yuan fifty", 6.5),
    ("The bus fare went up to ten yuan five.", "ten yuan five", 10.5),
    ("It went up from one yuan eighty to two yuan.", "one yuan eighty", 1.8),
])
def test_yuan_and_its_cents_said_after_it_are_one_figure(text: str, printed: str, value: float) -> None:
    got = figures(text)
    assert (printed, value, "yuan") in [(p, v, u) for p, v, u, _ in got], got
    assert all(v < 100 for _, v, _, _ in got)  # the cents are no figure of their own ("eighty": no 80 yuan)


def test_numbers_after_yuan_that_are_figures_of_their_own_stay_apart() -> None:  # control
    got = figures("It costs 5 yuan 20 times a month, and 3 yuan, 50 of them sold.")
    assert ("5 yuan", 5.0, "yuan") in [(p, v, u) for p, v, u, _ in got]
    assert ("3 yuan", 3.0, "yuan") in [(p, v, u) for p, v, u, _ in got]


SECOND_TABLE = """I. Key Financial Data

Table 1: Key financial data (RMB billion, except percentages)

Item                                      30 Sep 2031   31 Dec 2030   Change (%)
Total assets                                   186.42        171.05         8.99

Item                                     Jan-Sep 2031  Jan-Sep 2030   Change (%)
Operating income                                3.412         3.527        -3.26
"""


def test_a_second_table_right_under_a_first_takes_the_first_tables_caption() -> None:
    got = [(c.as_printed, c.unit) for c in extract(SECOND_TABLE, published="")]
    assert ("3.412", "billion yuan") in got and ("-3.26", "%") in got, got


def test_a_table_after_prose_takes_no_caption_from_a_table_before_the_prose() -> None:  # control
    text = SECOND_TABLE.replace("\nItem                                     Jan-Sep",
                                "\nThe bank's income fell in the nine months, as rates were cut twice.\n\n"
                                "Item                                     Jan-Sep")
    assert ("3.412", "billion yuan") not in [(c.as_printed, c.unit) for c in extract(text, published="")]


@pytest.mark.parametrize(("unit_line", "unit"), [("RMB million", "million yuan"), ("US$ million", "million US$")])
def test_a_line_of_its_own_that_is_the_unit_captions_the_table_under_it(unit_line: str, unit: str) -> None:
    text = (f"Results highlights\n\n{unit_line}\n\n"
            "Item                 2031        2030\n"
            "Revenue           1,204.6     1,087.3\n"
            "Net profit           96.2        71.8\n")
    assert {c.unit for c in extract(text, published="")} == {unit}

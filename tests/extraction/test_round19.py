"""Session 17's rules, each written here in new words (the texts are written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.model.extract import extract
from explorer.model.numbers import to_base
from tests.extraction.test_round14 import imported


def figures(text: str) -> list[tuple[str, float, str, str]]:
    return [(c.as_printed, c.value, c.unit, c.qualifier) for c in extract(text, published="")]


@pytest.mark.parametrize(("text", "expected"), [
    ("摊主说，羊肉串十六七块一把，比去年贵了。",
     [("十六七块", 16.0, "块钱", "range"), ("七块", 17.0, "块钱", "range")]),
    ("一碗米线卖二十三四块钱，加肉另算。",
     [("二十三四块钱", 23.0, "块钱", "range"), ("四块钱", 24.0, "块钱", "range")]),
    ("老周说，他家一年能挣个十七八万块钱。",
     [("十七八万块钱", 17.0, "万块钱", "range"), ("八万块钱", 18.0, "万块钱", "range")]),
    ("合作社今年又添了十一二头奶牛。",
     [("十一二头", 11.0, "头", "range"), ("二头", 12.0, "头", "range")]),
])
def test_a_spoken_pair_after_a_tens_numeral_is_a_range_counted_on_from_it(
        text: str, expected: list[tuple[str, float, str, str]]) -> None:
    # neither end was found: 十六七 is 16 to 17 (not 6 to 7, nor nothing)
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["他今年三十五六岁，种了半辈子地。", "十一二月份是最忙的时候。"])
def test_a_pair_after_a_tens_numeral_that_is_no_amount(text: str) -> None:  # controls: an age, months
    assert figures(text) == []


def test_a_spoken_range_after_a_tens_numeral_passes_the_imports_checks(tmp_path: Path) -> None:
    rows, problems = imported(tmp_path, "菜贩说，小黄鱼这几天一斤卖二十五六块钱，比上个月贵一点。")
    assert [(r["as_printed"], r["value"]) for r in rows] == [("二十五六块钱", "25"), ("六块钱", "26")]
    assert problems == []


@pytest.mark.parametrize(("text", "printed", "value"), [
    ("帮忙摘果子的人，一天给一百二十块，还管午饭。", "一百二十块", 120.0),
    ("货车跑一趟省城得六百块，回程常常空车。", "六百块", 600.0),
    ("孩子在学校一个月的伙食开销，能控制在五百块以内。", "五百块", 500.0),
])
def test_ten_or_more_in_kuai_ending_its_phrase_is_money_without_words_of_money(text: str, printed: str,
                                                                                value: float) -> None:
    # 块 needed a word of money before it (卖, 价, 钱 ...): 给, 要 and 开销 alone left these out
    found = [f for f in figures(text) if f[0] == printed]
    assert [f[:3] for f in found] == [(printed, value, "块钱")]


@pytest.mark.parametrize("text", [
    "厨师把一条鱼切成了十二块，摆了满满一盘。",
    "这片坡地被分成二十块，每户一块。",
    "砖厂里还堆着三万块，都是上个月烧的。",
    "增长主要靠两块：一块是外贸，一块是消费。",
])
def test_kuai_of_pieces_stays_no_money(text: str) -> None:  # controls
    assert [f for f in figures(text) if "块" in f[0]] == []


@pytest.mark.parametrize(("text", "printed", "value", "qualifier"), [
    ("今年的收购价是一斤八毛三，比去年高。", "八毛三", 0.83, "exact"),
    ("鸡蛋比上周每斤贵了三毛多，买的人少了。", "三毛多", 0.3, "over"),
    ("停车费每小时上调5毛钱。", "5毛钱", 0.5, "exact"),
    ("青菜一斤赚个五六毛，还要除去损耗。", "五六毛", 0.5, "range"),
])
def test_mao_is_a_tenth_of_a_yuan(text: str, printed: str, value: float, qualifier: str) -> None:
    found = [(c.as_printed, round(to_base(c.value, c.unit)[0], 6), to_base(c.value, c.unit)[1], c.qualifier)
             for c in extract(text, published="") if c.as_printed == printed]
    assert found == [(printed, value, "yuan", qualifier)]


@pytest.mark.parametrize("text", ["他这个人一毛不拔。", "羊毛收购量下降，毛利率为12%。", "两毛一斤的白菜"])
def test_mao_that_is_no_money_or_no_tenths(text: str) -> None:  # controls (两毛一斤: 一斤 is what it is per)
    found = [(c.as_printed, c.value) for c in extract(text, published="") if "毛" in c.as_printed]
    assert found == ([("两毛", 2.0)] if text.startswith("两毛") else [])


def test_mao_with_its_tenths_and_a_fall_said_as_shao_ge_pass_the_imports_checks(tmp_path: Path) -> None:
    rows, problems = imported(tmp_path, "收购站今年一斤给九毛六。在城里打工一个月比在家少个八百来块。")
    assert [(r["as_printed"], r["value"], r["unit"]) for r in rows] == [("九毛六", "9.6", "毛"),
                                                                        ("八百来块", "-800", "块钱")]
    assert problems == []


@pytest.mark.parametrize(("text", "expected"), [
    ("忙的时候，我们请了五个帮工，都是邻村的。", ("五个", 5.0, "个")),
    ("他家牛棚里养着三头奶牛，还有一头小牛。", ("三头", 3.0, "头")),
    ("后院加盖以后，客栈一共有七间客房。", ("七间", 7.0, "间")),
    ("客栈原来只有房间四间，", ("四间", 4.0, "间")),
    ("厂里今年添了两台烘干机，产量翻了一番。", ("两台", 2.0, "台")),
    ("公司新上了三条包装生产线。", ("三条", 3.0, "条")),
    ("面馆雇了四个人，工资一个月三千五。", ("四个", 4.0, "个")),
    ("店里连老板一共六个人。", ("六个", 6.0, "个")),
    ("工厂又招了两个工人。", ("两个", 2.0, "个")),
    ("合作社现在有二十六间冷库。", ("二十六间", 26.0, "间")),
])
def test_two_to_nine_of_what_a_business_has_are_counted(text: str, expected: tuple[str, float, str]) -> None:
    # a small numeral's classifier was taken for a phrase's (三个方面) and dropped
    assert expected in [f[:3] for f in figures(text)]


@pytest.mark.parametrize("text", [
    "今年的工作主要有三个方面。", "两个人吃，一天花不了多少。", "从市区开车过去要两个多小时。",
    "活动围绕两条主线展开。", "审批时限压缩到五个工作日。", "这三头牛是今年新买的。",
])
def test_small_numerals_of_a_phrase_time_or_people_in_general_stay_no_count(text: str) -> None:  # controls
    assert [f for f in figures(text) if f[2] in ("个", "头", "条", "间", "台")] == []


def test_small_counts_pass_the_imports_checks(tmp_path: Path) -> None:
    rows, problems = imported(tmp_path, "民宿老板说，她请了三个阿姨帮忙，后院还有四间客房在装修。")
    assert [(r["as_printed"], r["value"], r["unit"]) for r in rows] == [("三个", "3", "个"), ("四间", "4", "间")]
    assert problems == []


def test_an_amount_with_no_unit_after_talk_of_money_in_the_lines_before_is_money() -> None:
    # the words of money stood in the question before the answer, not in the answer's sentence: it was dropped
    text = ("主持人：跑车这几年，收入怎么样？\n\n"
            "车主老韩：说实话比不上前两年。淡季的时候，一个月也就五千出头。"
            "去年国庆那阵子单子多，能到九千多。")
    assert [f for f in figures(text) if f[2] == "元"] == [("五千出头", 5000.0, "元", "over"),
                                                          ("九千多", 9000.0, "元", "over")]


def test_a_population_said_in_wan_with_no_unit_is_people_not_money() -> None:
    text = ("记者：这里的房价和收入，您怎么看？\n\n"
            "专家：先看人口。全市常住人口三百六十多万，一半住在县城。")
    assert [f for f in figures(text) if f[0] != "一半"] == [("三百六十多万", 360.0, "万人", "over")]


def test_a_count_of_followers_after_talk_of_money_stays_no_money() -> None:  # control
    text = "她说直播带货挣的钱不多，主要是攒人气。现在两个号加起来，粉丝二十来万。"
    assert [f for f in figures(text) if f[2] in ("元", "万元")] == []


@pytest.mark.parametrize(("text", "printed"), [
    ("Energy use per unit of output is to fall by at least 4% from the 2031 level.", "4%"),
    ("The company will cut its selling expenses by not less than 6% compared with last year.", "6%"),
    ("The county aims to reduce road deaths by at least 15 percent next year.", "15 percent"),
    ("We plan to lower water use per tonne by a further 12% by 2034.", "12%"),
    ("Wholesale egg prices dropped something like 25 percent from the spring.", "25 percent"),
    ("Rents on the old lanes are down something like eleven percent this year.", "eleven percent"),
])
def test_a_fall_with_a_bound_or_hedge_before_its_figure_is_negative(text: str, printed: str) -> None:
    # "by at least", "by not less than", "a further", "something like" stood between the verb and the figure
    assert [f[1] < 0 for f in figures(text) if f[0] == printed] == [True]


@pytest.mark.parametrize(("text", "printed"), [
    ("Electric cars get a 30 percent discount on parking charges.", "30 percent"),
    ("The shares trade at a discount of about 15% to their five-year average.", "15%"),
    ("The average was 9,240 yuan per square meter, off 0.6% from September.", "0.6%"),
])
def test_a_discount_is_a_fall(text: str, printed: str) -> None:
    assert [f[1] < 0 for f in figures(text) if f[0] == printed] == [True]


@pytest.mark.parametrize(("text", "printed"), [
    ("The brewer cut sales of its cheapest lager and raised the lower-priced range by 12% in June.", "12%"),
    ("A discount rate of 8% was applied to the cash flows.", "8%"),
])
def test_a_rise_near_a_word_of_cutting_or_a_discount_rate_stays_positive(text: str, printed: str) -> None:  # controls
    assert [f[1] > 0 for f in figures(text) if f[0] == printed] == [True]


def test_falls_with_a_bound_and_discounts_pass_the_imports_checks(tmp_path: Path) -> None:
    rows, problems = imported(tmp_path, "The city will cut office costs by no more than 3 percent. "
                                        "Pensioners get a 40 percent discount on bus fares.")
    assert [r["value"] for r in rows] == ["-3", "-40"]
    assert problems == []


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    ("餐厅大堂最多能放45桌。", "45桌", "under"),
    ("符合条件的个体工商户最高可贷50万元。", "50万元", "under"),
    ("单户授信额度最高20万元。", "20万元", "under"),
    ("每户最高补贴960元。", "960元", "under"),
    ("公司拟定增募资不超9.6亿元。", "9.6亿元", "under"),
    ("按回购价格上限18.50元/股测算。", "18.50元", "under"),
    ("去年这个时候，一斤八毛钱都不到。", "八毛钱", "under"),
    ("我家两个棚，一共五亩多地。", "五亩", "over"),
    ("现在的价钱是原来的三倍多。", "三倍", "over"),
    ("一天光油钱就得一百二十块钱往上。", "一百二十块钱", "over"),
    ("平台抽成得百分之十几，", "百分之十", "over"),
    ("单间每月租金450元起，", "450元", "over"),
    ("合同约定收购价不低于每斤25元。", "25元", "over"),
    ("全县秋收进度过七成。", "七成", "over"),
])
def test_bounds_said_as_spoken_chinese_puts_them(text: str, printed: str, qualifier: str) -> None:
    # 最多能, 最高可贷, 额度最高, 不超, 上限, 都不到 (caps) and 多 after the unit, 倍多, 往上, 几, 起, 不低于每斤, 进度过
    # (floors) were read as exact figures
    assert [f[3] for f in figures(text) if f[0] == printed] == [qualifier]


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    ("节假日单日客流最高12万人次。", "12万人次", "exact"),
    ("公司尚未使用的授信额度为36.5亿元。", "36.5亿元", "exact"),
    ("金额10万元多用于补贴农户。", "10万元", "exact"),
    ("销量增长了三倍。", "三倍", "exact"),
])
def test_a_peak_seen_a_quota_and_a_word_after_the_unit_stay_exact(text: str, printed: str, qualifier: str) -> None:
    assert [f[3] for f in figures(text) if f[0] == printed] == [qualifier]  # controls


@pytest.mark.parametrize(("text", "expected"), [
    ("The maximum loan for a couple who both pay in rises to 900,000 yuan, from 750,000 yuan.",
     [("900,000 yuan", "under"), ("750,000 yuan", "under")]),
    ("The centre raised the loan cap for families with three children from 700,000 yuan to 1 million yuan.",
     [("700,000 yuan", "under"), ("1 million yuan", "under")]),
    ("For a second home, the minimum down payment falls from 35 percent to 30 percent.",
     [("35 percent", "over"), ("30 percent", "over")]),
])
def test_both_ends_of_a_change_of_a_cap_or_floor_are_caps_or_floors(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f[0], f[3]) for f in figures(text)] == expected


def test_a_change_of_an_amount_that_is_no_cap_stays_exact() -> None:  # control
    assert [f[3] for f in figures("Maximum temperatures rose from 31 degrees to 36 degrees. "
                                  "Sales rose from 700,000 yuan to 1 million yuan.") if "yuan" in f[2]] == ["exact", "exact"]


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    ("In the peak weeks occupancy runs at 85 percent or higher.", "85 percent", "over"),
    ("Stored apples fetch 6.5 yuan a kilogram or more in spring.", "6.5 yuan", "over"),
    ("In May it's 80 percent, sometimes more.", "80 percent", "over"),
    ("The surveyed unemployment rate was kept within 5.5 percent.", "5.5 percent", "under"),
    ("All the new homes are within 3 kilometres of a school.", "3 kilometres", "under"),
    ("The park reached its daily limit of 38,000 visitors on October 3.", "38,000", "under"),
    ("Night passes are limited to 900.", "900", "under"),
])
def test_bounds_said_after_the_figure_or_as_a_limit(text: str, printed: str, qualifier: str) -> None:
    assert [f[3] for f in figures(text) if f[0] == printed] == [qualifier]


@pytest.mark.parametrize("text", ["Rain peaked with a maximum of 318.5 mm at one station.",
                                  "Costs would rise within two quarters.",
                                  "Most staff live within a half-hour drive."])
def test_a_peak_seen_and_time_within_stay_no_bound(text: str) -> None:  # controls
    assert [f for f in figures(text) if f[3] == "under" or f[2] == "%"] == []


def test_a_headline_figure_that_rounds_a_finer_one_below_is_approximate() -> None:
    text = ("Harbin ice festival visits jump 27 pct as rail links open\n\n"
            "HARBIN, Jan. 20 -- Visits to the festival rose 27.4 percent from a year earlier to 1.92 million.")
    assert [(f[0], f[3]) for f in figures(text)][:2] == [("27 pct", "approximately"), ("27.4 percent", "exact")]


def test_a_headline_figure_the_text_gives_as_it_is_stays_exact() -> None:  # control
    text = ("Harbin ice festival visits jump 27 pct as rail links open\n\n"
            "HARBIN, Jan. 20 -- Visits to the festival rose 27 percent from a year earlier.")
    assert [f[3] for f in figures(text)][:2] == ["exact", "exact"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Group targets sales volume growth of 4% to 6% next year.", [("4%", "range"), ("6%", "range")]),
    ("- Average monthly wage, skilled workers: RMB 5,600-7,200", [("RMB 5,600", "range"), ("7,200", "range")]),
])
def test_ranges_of_rates_after_growth_of_and_of_money_with_a_dash(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f[0], f[3]) for f in figures(text)] == expected
    assert all(f[2] in ("%", "yuan") for f in figures(text))


def test_an_increase_of_a_rate_to_an_amount_is_no_range() -> None:  # control
    assert [f[3] for f in figures("Revenue saw an increase of 5% to 2.1 billion yuan.")] == ["exact", "exact"]


def test_figures_of_a_section_headed_as_tasks_are_forecasts_until_the_next_section() -> None:
    text = ("二、主要任务\n\n（一）农村公路。改造农村公路64公里，实施危桥改造3座。\n\n"
            "（二）养老服务。新增养老床位150张，截至目前已建成养老服务站12个。\n\n"
            "三、保障措施\n\n去年全县共投入资金2.1亿元。")
    assert [(f[0], f[3]) for f in figures(text)] == [("64公里", "forecast"), ("3座", "forecast"), ("150张", "forecast"),
                                                     ("12个", "exact"), ("2.1亿元", "exact")]


def test_a_review_section_and_a_speakers_turn_after_a_plan_are_no_forecasts() -> None:  # controls
    text = ("一、主要任务完成情况\n\n全年改造农村公路86公里。\n\n"
            "三、新雪季工作目标\n\n新雪季，我们力争接待游客突破1500万人次。\n\n"
            "记者：今年新增了多少床位？\n\n局长：今年我们新增民宿120家，床位达到2.6万张。")
    assert [(f[0], f[3]) for f in figures(text)] == [("86公里", "exact"), ("1500万人次", "expected_over"),
                                                     ("120家", "exact"), ("2.6万张", "exact")]


@pytest.mark.parametrize(("text", "printed"), [
    ("1—10月，全县城镇新增就业0.9万人，完成年度目标任务1.1万人的81.8%。", "1.1万人"),
    ("全年新改建农村公路980公里，超额完成全年900公里的目标任务。", "900公里"),
    ("一般公共预算支出安排42.6亿元，比上年执行数下降3.1%。", "3.1%"),
])
def test_a_target_a_share_is_of_and_a_budgets_change_on_last_years_outcome_are_forecasts(text: str,
                                                                                      printed: str) -> None:
    assert [f[3] for f in figures(text) if f[0] == printed] == ["forecast"]


@pytest.mark.parametrize("text", ["我给了两毛", "出头五毛", "收入十五六", "工资四五"])
def test_a_text_ending_right_after_a_spoken_amount_is_read_without_error(text: str) -> None:
    # (an IndexError stopped the whole extraction: a review of session 17's rules)
    assert all(f[0] in text for f in figures(text))


@pytest.mark.parametrize("text", ["拼图一共一百块，", "这种砖一车能拉五百块，", "月饼一盒有十二块，",
                                  "墙上挂了三十块，都是奖牌。", "九牛一毛。", "跟他一毛钱关系都没有。"])
def test_pieces_counted_and_idioms_of_mao_are_no_money(text: str) -> None:  # controls
    assert [f for f in figures(text) if f[2] in ("块钱", "毛", "毛钱")] == []


@pytest.mark.parametrize(("text", "printed", "value"), [
    ("Lower costs helped profits grow by 5% last year.", "5%", 5.0),
    ("Efforts to reduce emissions boosted output by 5% last year.", "5%", 5.0),
    ("The firm paid off 40% of its debt.", "40%", 40.0),
])
def test_a_rise_after_a_word_of_cutting_and_paying_off_stay_positive(text: str, printed: str, value: float) -> None:
    assert [f[1] for f in figures(text) if f[0] == printed] == [value]  # controls


def test_or_so_after_a_rate_is_approximate_and_a_first_line_that_is_a_sentence_is_no_headline() -> None:
    assert [f[3] for f in figures("Pork costs 3.5 yuan a kilogram or so.")] == ["approximately"]
    assert [f[3] for f in figures("Sales rose 5 percent in January, the company said.\n"
                                  "In February sales rose 5.2 percent.")] == ["exact", "exact"]


def test_the_upper_end_of_a_spoken_range_in_wan_of_a_unit_with_no_wan_passes_the_imports_checks(tmp_path: Path) -> None:
    rows, problems = imported(tmp_path, "车队去年一共跑了十五六万公里。")
    assert [(r["as_printed"], r["value"]) for r in rows] == [("十五六万公里", "150000"), ("六万公里", "160000")]
    assert problems == []

"""Session 18's rules, each written here in new words (the texts are written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.model.extract import extract
from tests.extraction.test_round14 import imported


def figures(text: str) -> list[tuple[str, float, str, str]]:
    return [(c.as_printed, c.value, c.unit, c.qualifier) for c in extract(text, published="")]


def found(text: str, printed: str) -> list[tuple[str, float, str, str]]:
    return [f for f in figures(text) if f[0] == printed]


# English: a bare number that a time or a measure follows, with words of money in its clause

@pytest.mark.parametrize(("text", "printed", "value"), [
    ("The market hall is busy again. Rent for my corner is 3,900 a month, and I share it with my cousin. "
     "Prices are fixed at 12 yuan a bowl.", "3,900", 3900.0),
    ("We sell plums by the crate at 45 yuan. The stall fee alone comes to about 1,100 a month in summer.",
     "1,100", 1100.0),
    ("HOST: And the dried ones? VENDOR: Dried ones sell fast at 20 yuan a pack. For the best grade I'm asking "
     "260 a jin.", "260", 260.0),
])
def test_a_bare_amount_per_month_or_measure_after_words_of_money_is_yuan(text: str, printed: str,
                                                                          value: float) -> None:
    # it came out as a count: the carried unit needs an amount of the same order just before
    assert [f[:3] for f in found(text, printed)] == [(printed, value, "yuan")]


@pytest.mark.parametrize(("text", "printed"), [
    # a year ago is no rate
    ("Charging is cheap now: the city has 3,480 public charging posts, up from 2,100 a year ago.", "2,100"),
    # things counted, though money is named in the clause
    ("The depot charges 8 yuan per crossing, and trucks still pass about 640 a day.", "640"),
])
def test_a_bare_number_after_words_of_money_that_is_no_price(text: str, printed: str) -> None:
    assert all(f[2] != "yuan" for f in found(text, printed))


# Chinese: a 块 of money in a sentence whose other 块 counts no pieces

@pytest.mark.parametrize(("text", "printed", "value"), [
    ("快递这块今年压力大，寄一箱到上海得六十块，比去年还贵。", "六十块", 60.0),
    ("好羊绒三百二十块一公斤；次一点的，一百九十块上下；带沙土的更便宜。", "一百九十块", 190.0),
])
def test_kuai_of_money_beside_kuai_that_counts_no_pieces(text: str, printed: str, value: float) -> None:
    # 这块 (this side of things) and 三百二十块一公斤 (a price) were read as pieces counted in the sentence, and
    # every other 块 of it lost its money
    assert [f[:3] for f in found(text, printed)] == [(printed, value, "块钱")]


def test_kuai_beside_pieces_counted_by_a_numeral_stays_no_money() -> None:  # control
    assert found("窑厂一天出四千块，一个月要烧十几万块砖。", "四千块") == []


# Chinese: an amount of money said in digits with no unit

@pytest.mark.parametrize(("text", "printed", "value", "unit", "qualifier"), [
    ("司机说，车份钱一个月是3100，跑不跑都得交。", "3100", 3100.0, "元", "exact"),
    ("摊位费一个月900，水电另外算。", "900", 900.0, "元", "exact"),
    ("这一趟光过路费就得2600多，油钱还没算。", "2600多", 2600.0, "元", "over"),
    ("熟练工旺季加班多的，能拿到7000出头。", "7000出头", 7000.0, "元", "over"),
    ("他说开店第一年投了差不多40万，一半是借的。", "40万", 40.0, "万元", "approximately"),
])
def test_money_in_digits_without_its_unit_after_words_of_money(text: str, printed: str, value: float, unit: str,
                                                                qualifier: str) -> None:
    # digits with no unit were dropped; numerals in words with the same words of money were read as yuan
    assert found(text, printed) == [(printed, value, unit, qualifier)]


def test_both_ends_of_a_range_in_digits_without_a_unit() -> None:
    assert [f for f in figures("一顶兔皮帽子卖多少钱？兔皮的卖300到450，看大小。") if f[2] == "元"] == [
        ("300", 300.0, "元", "range"), ("450", 450.0, "元", "range")]


@pytest.mark.parametrize("text", [
    "如有疑问，请拨打价格投诉举报电话：12358。",  # a hotline after a colon
    "旅客可通过12306购票，票价按里程计算。",  # a service number
    "本行开户账号 3301 0087 6612，收费标准另行公告。",  # an account number in groups
    "环比价格指数以上月价格为100计算。",  # an index's base
    "价格调整方案已于2024正式实施。",  # a year
])
def test_digits_near_words_of_money_that_are_no_amount(text: str) -> None:
    assert [f for f in figures(text) if f[2] == "元"] == []


# Chinese: a price per table, per jin, or reckoned (按…算)

@pytest.mark.parametrize(("text", "printed", "value", "qualifier"), [
    ("年夜饭提前订可以锁价，一桌按两千六算。", "两千六", 2600.0, "exact"),
    ("茶农说以前散卖，一斤也就四百出头。", "四百出头", 400.0, "over"),
])
def test_a_price_per_measure_or_reckoned_without_its_unit(text: str, printed: str, value: float,
                                                         qualifier: str) -> None:
    assert found(text, printed) == [(printed, value, "元", qualifier)]


def test_a_count_per_measure_is_no_price() -> None:  # control
    assert found("一年种了四百亩，一亩也就六百来斤。", "六百来斤") == [("六百来斤", 600.0, "斤", "approximately")]


def test_money_in_digits_without_a_unit_passes_the_imports_checks(tmp_path: Path) -> None:
    rows, problems = imported(tmp_path, "记者：摊位费多少？摊主：一个月1300，去年是1100。")
    assert [(r["as_printed"], r["value"], r["unit"]) for r in rows] == [("1300", "1300", "元"),
                                                                        ("1100", "1100", "元")]
    assert problems == []


# Chinese: counts in classifiers the units table had or now has, after a numeral of ten or more

@pytest.mark.parametrize(("text", "printed", "value", "unit", "qualifier"), [
    ("酒店今年已经订出去二百六十多桌年夜饭了。", "二百六十多桌", 260.0, "桌", "over"),
    ("老作坊的院子里摆着一百八十口陶缸。", "一百八十口", 180.0, "口", "exact"),
    ("他说一个冬天能卖700多顶棉帽。", "700多顶", 700.0, "顶", "over"),
    ("奶茶店国庆期间一天能卖出去三百多杯。", "三百多杯", 300.0, "杯", "over"),
    ("家宴菜单从十六道菜减到了十二道。", "十二道", 12.0, "道", "exact"),
    ("物流园一天能发出去九十来车货。", "九十来车", 90.0, "车", "approximately"),
    ("小馆子不大，摆了十来张桌。", "十来张", 10.0, "张", "approximately"),
])
def test_a_count_in_a_classifier_after_a_numeral(text: str, printed: str, value: float, unit: str,
                                                 qualifier: str) -> None:
    # 桌 and 张 were in the units table but not read after a numeral in words; 口, 顶, 杯, 道, 车 not at all
    assert found(text, printed) == [(printed, value, unit, qualifier)]


@pytest.mark.parametrize("text", [
    "沿着十五道沟往里走，就是冰瀑。",  # a place named
    "全市二十多口岸今年通关量创新高。",  # 口岸, no vat
    "新规自2026年1月1日10:00起施行。",  # a time, then 起
    "三十车道的收费站已经建成。",  # lanes, no loads
])
def test_a_classifier_that_is_part_of_a_word_counts_nothing(text: str) -> None:
    assert [f for f in figures(text) if f[2] in ("道", "口", "起", "车")] == []


def test_a_count_in_a_new_classifier_passes_the_imports_checks(tmp_path: Path) -> None:
    rows, problems = imported(tmp_path, "店主说，今年冬至前后一共接了三百四十多桌，比去年多。")
    assert [(r["as_printed"], r["value"], r["unit"]) for r in rows] == [("三百四十多桌", "340", "桌")]
    assert problems == []


@pytest.mark.parametrize(("text", "printed", "value"), [
    ("主播说，账号的粉丝去年涨到了四万多个。", "四万多个", 4.0),
    ("采一斤干茶的鲜叶，要掐五万多个芽头。", "五万多个", 5.0),
])
def test_a_count_in_ten_thousands_of_ge_as_spoken(text: str, printed: str, value: float) -> None:
    # 万 before 个 dropped the figure (万个 is in the units table)
    assert found(text, printed) == [(printed, value, "万个", "over")]


# English: a spoken range whose lower end leaves out the upper end's hundred or thousand

@pytest.mark.parametrize(("text", "expected"), [
    ("CALLER: The flat costs me 2,600 yuan a month. With the night shifts I take home six, seven thousand.",
     [("six", 6.0, "thousand yuan", "range"), ("seven thousand", 7000.0, "yuan", "range")]),
    ("VENDOR: On a busy evening we take in 1,500 yuan. When it rains, five, six hundred.",
     [("five", 5.0, "hundred yuan", "range"), ("six hundred", 600.0, "yuan", "range")]),
])
def test_a_spoken_range_takes_the_scale_and_unit_of_its_upper_end(
        text: str, expected: list[tuple[str, float, str, str]]) -> None:
    # the lower end was dropped, and the upper end read alone as an exact amount
    assert [f for f in figures(text) if f[0] in {e[0] for e in expected}] == expected


def test_a_spoken_range_of_bare_counts_keeps_no_unit_it_was_not_given() -> None:  # control
    # (session 55: both ends are kept, a count in the upper end's hundreds, as "four hundred" alone is kept; never
    # money nor any other unit the words do not give)
    found = figures("He said the village had three, four hundred then.")
    assert [f for f in found if f[0] == "three"] == [("three", 3.0, "hundred", "range")]
    assert all(f[2] in ("hundred", "count") for f in found)


def test_a_spoken_range_in_a_scale_passes_the_imports_checks(tmp_path: Path) -> None:
    rows, problems = imported(tmp_path, "DRIVER: The car rental is 3,100 yuan a month. In a good month I keep "
                                        "seven, eight thousand.")
    assert [(r["as_printed"], r["value"], r["unit"]) for r in rows][1:] == [
        ("seven", "7", "thousand yuan"), ("eight thousand", "8000", "yuan")]
    assert problems == []


# English: a price said as spoken, its yuan then its cents in tens

@pytest.mark.parametrize(("text", "printed", "value", "qualifier"), [
    ("VENDOR: Leeks are three yuan a jin today. Back in June they were one-twenty.", "one-twenty", 1.2, "exact"),
    ("GROWER: Garlic fetches four yuan, four-sixty on a good day.", "four-sixty", 4.6, "range"),
    ("DRIVER: A trip to the airport is 60 yuan. Per kilometre it's about two thirty, two forty.", "two thirty", 2.3,
     "range"),
])
def test_a_price_said_as_spoken_yuan_then_cents(text: str, printed: str, value: float, qualifier: str) -> None:
    # nothing was read: neither "two-fifty" nor "one forty" is a number the scanner knew (said after a price, a
    # little more, it is a range's upper end, as a spoken range is)
    assert found(text, printed) == [(printed, value, "yuan", qualifier)]


@pytest.mark.parametrize("text", [
    "Rice is 3 yuan a jin. I open the stall at six, six thirty, and close at noon.",  # a time
    "Pork is 14 yuan a jin. We start at five-thirty in the morning.",  # a time
    "Pork is 14 yuan a jin, and twenty-five stalls sell it.",  # twenty-five, a count
    "The survey counted one hundred twenty shops.",  # no talk of yuan
])
def test_words_of_that_shape_that_are_no_price(text: str) -> None:
    assert [f for f in figures(text) if f[2] == "yuan" and "-" in f[0] or f[0].count(" ") == 1 and f[2] == "yuan"
            and not f[0].endswith("yuan")] == []


def test_a_price_said_as_spoken_passes_the_imports_checks(tmp_path: Path) -> None:
    rows, problems = imported(tmp_path, "VENDOR: Cabbage is two yuan a jin. Last winter it was one-eighty.")
    assert [(r["as_printed"], r["value"], r["unit"]) for r in rows][1:] == [("one-eighty", "1.8", "yuan")]
    assert problems == []


# Chinese: a price per jin or plate right after its numeral, and more words of spoken money

@pytest.mark.parametrize(("text", "printed", "value", "unit", "qualifier"), [
    ("摊主：带鱼今天三十八一斤，上周还要四十多。", "三十八", 38.0, "元", "exact"),
    ("老板娘说，牛肉馅的贵一点，二十七一盘。", "二十七", 27.0, "元", "exact"),
    ("司机说，一个月到手五六千吧。", "五六千", 5000.0, "元", "range"),
    ("骑手说，以前一单超时扣二十，现在改了。", "二十", 20.0, "元", "exact"),
    ("店主说，好的月份能剩个两万来块。", "两万来块", 2.0, "万块钱", "approximately"),
    ("收购站的人说，一公斤一块多，不能再高了。", "一块多", 1.0, "块钱", "over"),
])
def test_spoken_money_per_measure_and_after_more_words_of_money(text: str, printed: str, value: float, unit: str,
                                                                 qualifier: str) -> None:
    # 三十八一 was taken for a numeral (and failed), 一斤 after an amount was no word of money, nor 到手, 扣, 剩
    # or 一公斤 before one
    assert found(text, printed) == [(printed, value, unit, qualifier)]


@pytest.mark.parametrize(("text", "printed", "value", "unit"), [
    ("今年院里的枣树收了三十一斤。", "三十一斤", 31.0, "斤"),
    ("这批货一共一百零一斤。", "一百零一斤", 101.0, "斤"),
])
def test_a_numeral_ending_in_yi_before_its_unit_stays_whole(text: str, printed: str, value: float,
                                                             unit: str) -> None:  # controls
    assert [f[:3] for f in found(text, printed)] == [(printed, value, unit)]


# English: the hedges of speech

@pytest.mark.parametrize(("text", "printed"), [
    ("GUEST: Officially it's 9,000 jobs. With the suppliers it's probably more like 14,000 jobs.", "14,000"),
    ("OWNER: Saturdays are good. On a weekday it is nearer 1,800 yuan.", "1,800 yuan"),
    ("ENGINEER: The kilns take most of the power, I'd say sixty percent.", "sixty percent"),
    ("CALLER: Vegetables went up like 15 percent this winter.", "15 percent"),
    ("The wedding cost them 5,000 yuan, give or take.", "5,000 yuan"),
    ("The stall takes 2,000 yuan, more or less, on a Saturday.", "2,000 yuan"),
])
def test_a_hedge_of_speech_makes_a_figure_approximate(text: str, printed: str) -> None:
    assert [f[3] for f in found(text, printed)] == ["approximately"]


def test_a_hedged_spoken_range_is_a_range() -> None:
    # (a range before the hedges were read as well: with "more like" read and not this, 5 was approximate and the
    # range lost, as in two spent texts)
    text = "GROWER: Last year the pears went for 7 yuan a kilogram. Now it's more like 5, 6."
    assert [f for f in figures(text) if f[0] in ("5", "6")] == [("5", 5.0, "yuan", "range"), ("6", 6.0, "yuan", "range")]


@pytest.mark.parametrize(("text", "printed"), [
    ("Cities like Yiwu sold 40,000 tonnes of it.", "40,000 tonnes"),  # no hedge: an example named
    ("I'd say the plant employs 600 people.", "600 people"),  # a hedge not right before the figure
])
def test_like_and_id_say_away_from_the_figure_are_no_hedge(text: str, printed: str) -> None:  # controls
    assert [f[3] for f in found(text, printed)] == ["exact"]


# Chinese: nearly, as spoken

@pytest.mark.parametrize(("text", "printed"), [
    ("全乡的羊存栏现在大约是18万只，比前几年少了。", "18万只"),
    ("镇上开的奶茶店，你数一数，快三十家了。", "三十家"),
    ("孩子的校服、书本、伙食，一学期下来就小四千块钱。", "四千块钱"),
    ("平台的抽成，有的单子抽了快百分之二十五。", "百分之二十五"),
])
def test_nearly_as_spoken_makes_a_figure_approximate(text: str, printed: str) -> None:
    assert [f[3] for f in found(text, printed)] == ["approximately"]


@pytest.mark.parametrize(("text", "printed"), [
    ("一至十月，全市规上工业增加值增长6.1%，比全省快0.8个百分点。", "0.8个百分点"),  # faster by, no nearly
    ("城乡收入差距缩小3个百分点。", "3个百分点"),
    ("增长7.2%，快1.1个百分点。", "1.1个百分点"),
])
def test_kuai_and_xiao_that_are_no_nearly(text: str, printed: str) -> None:  # controls
    assert [f[3] for f in found(text, printed)] == ["exact"]


# Chinese: plans and guesses of the year to come, as spoken

@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    ("民宿老板说，明年想在院子里再加盖五间，专门接待老人。", "五间", "forecast"),
    ("管委会说，明年要再增加八十个摊位。", "八十个", "forecast"),
    ("市里今年还将在城区新建公共充电桩600个。", "600个", "forecast"),
    ("去年网上卖了三千多单，今年希望能翻一番。", "翻一番", "forecast"),
    ("民宿老板说，今年的收入估计能有18万元。", "18万元", "forecast"),
    ("茶农说，秋茶估计能卖三万多，比去年少一点。", "三万多", "expected_over"),
    ("掐指一算，今年卖了六十来台，年底能到七十台就不错了。", "七十台", "forecast"),
    ("二期全部达产以后，公司的总产能会达到每年8万吨。", "8万吨", "forecast"),
])
def test_what_is_planned_or_guessed_for_the_year_to_come_is_a_forecast(text: str, printed: str,
                                                                      qualifier: str) -> None:
    assert [f[3] for f in found(text, printed)] == [qualifier]


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    ("对存在减值迹象的资产，计提资产减值准备约5,200万元。", "5,200万元", "approximately"),  # an impairment provision
    ("冬至当天我们准备了八千个饺子。", "八千个", "exact"),  # prepared: done
    ("希望今天签约的26个项目早日落地。", "26个", "exact"),  # the projects hoped for, counted
])
def test_words_of_hope_and_preparation_that_make_no_forecast(text: str, printed: str, qualifier: str) -> None:
    assert [f[3] for f in found(text, printed)] == [qualifier]  # controls


# English: what a decided rule or deal will give is stated, not forecast

@pytest.mark.parametrize(("text", "printed"), [
    ("The policy bank will provide a loan of 3.4 billion yuan with a term of 20 years.", "3.4 billion yuan"),
    ("Under the notice, each family will get 1,200 yuan a year for every child under three.", "1,200 yuan"),
    ("A monthly pass for 40 trips will cost 70 yuan.", "70 yuan"),
    ("The new depot will occupy 86,000 square metres of land in the east of the city.", "86,000 square metres"),
    ("The municipal budget will fund 45 percent of the programme's cost.", "45 percent"),
])
def test_what_a_decided_rule_or_deal_will_give_is_stated(text: str, printed: str) -> None:
    # "will" made every figure after it a forecast: the labelled sets give a decided term as stated (43 to 3 for
    # "will receive", which was read so before; 8 to 1 for "will provide", 7 to 0 for "will get")
    assert [f[3] for f in found(text, printed)] == ["exact"]


@pytest.mark.parametrize(("text", "printed"), [
    ("Output will reach 2.6 million tonnes next year, the company expects.", "2.6 million tonnes"),
    ("The port will add 14 berths by 2030.", "14"),
])
def test_what_will_be_reached_or_added_stays_a_forecast(text: str, printed: str) -> None:  # controls
    assert [f[3] for f in found(text, printed)] == ["forecast"]


def test_a_datelines_date_is_not_the_period_of_the_figures_after_it() -> None:
    # the sentence's first full date was taken for the period of every figure in it: 2033-03-04 for a fall in February
    text = ("Valley market weekly\n\nQINGHE, China, March 4, 2033 /Newswire/ -- Prices at the Qinghe wholesale market "
            "fell by more than 15 percent in February, the market said.\n")
    assert [(c.as_printed, c.period) for c in extract(text, published="")] == [("15 percent", "2033-02..02")]


def test_a_date_in_the_sentence_that_is_no_dateline_still_dates_its_figure() -> None:  # control
    text = "As of March 4, 2033, the fund held 2.3 billion yuan."
    assert [(c.as_printed, c.period) for c in extract(text, published="")] == [("2.3 billion yuan", "2033-03-04")]

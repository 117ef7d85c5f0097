"""Session 15's rules, each written here in new words (the texts are written for these tests): a paragraph led by a
plan that goes on with results, falls said with a hedge or an average, a fall restated as a share, a target
"targeted to" reach, the bound of a group that is not the figure's, and half said in Chinese."""

from __future__ import annotations

import pytest

from explorer.model.extract import extract
from tests.extraction.test_round14 import figures


def test_results_after_a_plan_in_the_paragraph_lead_are_outcomes() -> None:
    text = ("The terminal moved 236,000 TEUs of boxes in 2030, ranking third in the province, and aims to lift that "
            "to 300,000 TEUs this year. It ran 512 block trains in 2030 and expects to run more than 640 in 2031.")
    assert figures(text) == [
        ("236,000 TEUs", 236000.0, "TEU", "exact"), ("third", 3.0, "rank", "exact"),
        ("300,000 TEUs", 300000.0, "TEU", "forecast"), ("512", 512.0, "count", "exact"),
        ("640", 640.0, "count", "expected_over")]


def test_a_plan_lead_still_governs_the_plans_after_it() -> None:  # control: the paragraph's later plans
    text = ("The county will build 12 cold-storage sites this year. It will add 40 refrigerated trucks "
            "and train 300 drivers.")
    assert [q for *_, q in figures(text)] == ["forecast", "forecast", "forecast"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The drugs saw their prices cut by an average of 48%.", ("48%", -48.0, "%", "exact")),
    ("Inbound tour groups were also down, by about a quarter.", ("a quarter", -25.0, "%", "approximately")),
    ("The autumn catch was thinner, down by maybe a third.", ("a third", -33.33, "%", "approximately")),
    ("Orders fell by perhaps a fifth.", ("a fifth", -20.0, "%", "approximately")),
    ("Rents are down, by about 12 percent.", ("12 percent", -12.0, "%", "approximately")),
])
def test_a_fall_with_a_hedge_or_an_average_between(text: str, expected: tuple[str, float, str, str]) -> None:
    assert figures(text) == [expected]


def test_a_fall_said_again_as_a_share_is_negative_too() -> None:
    text = "Compared with 1,803,400 ten years earlier, this was a decrease of 41,200 people, or 2.28 percent."
    assert figures(text)[1:] == [("41,200 people", -41200.0, "people", "exact"),
                                 ("2.28 percent", -2.28, "%", "exact")]
    # control: a rise said again as a share stays positive
    assert figures("Output rose by 3.4 billion yuan, or 7 percent.")[1] == ("7 percent", 7.0, "%", "exact")


def test_targeted_to_reach_is_a_forecast() -> None:
    assert figures("Port revenue is targeted to reach 42 billion yuan by 2033.") == [
        ("42 billion yuan", 42.0, "billion yuan", "forecast")]


def test_the_bound_of_a_group_is_not_the_bound_of_its_share() -> None:
    text = "Residents aged 15-64 made up 61.40 percent, and those aged 65 and above 21.37 percent."
    assert figures(text) == [("61.40 percent", 61.4, "%", "exact"), ("21.37 percent", 21.37, "%", "exact")]
    # control: a bound said before the share itself
    assert figures("Those aged 65 made up over 21 percent.") == [("21 percent", 21.0, "%", "over")]


@pytest.mark.parametrize(("text", "expected"), [
    ("那年雹子下得大，苹果减产了一半，贷款都还不上。", ("一半", -50.0, "%", "exact")),
    ("老主顾占了一大半，年轻人也多起来了。", ("一大半", 50.0, "%", "over")),
    ("鸡苗头一年病死了一多半，赔了不少钱。", ("一多半", 50.0, "%", "over")),
    ("全县小麦收购进度已过半，价格总体平稳。", ("过半", 50.0, "%", "over")),
])
def test_half_as_said_in_chinese(text: str, expected: tuple[str, float, str, str]) -> None:
    assert figures(text) == [expected]


def test_each_half_said_is_a_figure() -> None:
    assert figures("修路的钱，村里出了一半，县里出了一半。") == [("一半", 50.0, "%", "exact")] * 2
    assert figures("超过半数的商户用上了电子秤。") == [("半数", 50.0, "%", "over")]  # control: more than half
    # a half that opens its clause, of a whole counted before it (not 一半是山，一半是水, of nothing counted)
    assert figures("合作社去年卖了三万斤羊肉，一半是卖给饭店的。")[1:] == [("一半", 50.0, "%", "exact")]


@pytest.mark.parametrize("text", [  # controls: a partner, a door half open, half a day, an age, a slogan, a quorum
    "他说这事得回家问问另一半。",
    "早上七点，铺子的卷帘门拉起一半。",
    "牧民取个快递要跑大半天。",
    "年过半百的老赵说起收成很高兴。",
    "上半年全县实现“时间过半、任务过半”。",
    "方案经过半数业主同意后实施。",
])
def test_half_that_is_no_share_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("9月，城区空气质量优良天数为27天，同比增加3天。", [("27天", 27.0, "天", "exact"), ("3天", 3.0, "天", "exact")]),
    ("全年暴雨日数为9天，较常年偏少2天。", [("9天", 9.0, "天", "exact"), ("2天", -2.0, "天", "exact")]),
    ("出院患者平均住院日缩短至6.8天。", [("6.8天", 6.8, "天", "exact")]),
    ("企业开办时间压缩至1.5个工作日。", [("1.5个工作日", 1.5, "个工作日", "exact")]),
    ("冷链车从基地到商超最快只要2天。", [("2天", 2.0, "天", "exact")]),
])
def test_days_counted_or_measured_are_figures(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [  # controls: a holiday's length, a deadline, a notice period
    "元旦假期3天，景区游人如织。",
    "符合条件的，原则上在10个工作日内办结。",
    "名单在村务公开栏公示，公示时间不少于5天。",
])
def test_days_of_the_calendar_or_a_deadline_are_no_figure(text: str) -> None:
    assert figures(text) == []


def test_the_loader_reads_more_than_half_as_half() -> None:
    from explorer.model.numbers import parse_fraction

    assert [parse_fraction(t) for t in ("一半", "一多半", "一大半", "过半", "半数")] == [0.5] * 5


@pytest.mark.parametrize("text", [  # a document's, a name's or a machine's number
    "Statistical Release on Grain Output\n\n(Release No. 23, 2031)\n",
    "Typhoon No. 11 brought heavy rain to the coast.",
    "The weaver sat down at loom No. 4.",
    "The farm grows Hongyun No. 2, a variety bred locally.",
    "The No. 5 blast furnace was relined in May.",
    "Work on the No. 2 dry dock finished in June.",
])
def test_a_number_after_no_that_names_a_thing_is_no_rank(text: str) -> None:
    assert [f for f in figures(text) if f[2] == "rank"] == []


@pytest.mark.parametrize(("text", "expected"), [  # controls: ranks said with "No."
    ("The airport ranked No. 6 in the country for cargo.", ("No. 6", 6.0, "rank", "exact")),
    ("It stayed the province's No. 1 maker of tractors.", ("No. 1", 1.0, "rank", "exact")),
    ("CARD 2\nNo. 3 in Yunnan\n", ("No. 3", 3.0, "rank", "exact")),
])
def test_a_rank_said_with_no_stays_a_rank(text: str, expected: tuple[str, float, str, str]) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The coldest night of the month brought minus 27 degrees Celsius at the depot.",
     ("27 degrees Celsius", -27.0, "°C", "exact")),
    ("In the worst week the thermometer showed minus 29 degrees.", ("29 degrees", -29.0, "°C", "exact")),
    ("By noon the van's thermometer read thirty-six degrees.", ("thirty-six degrees", 36.0, "°C", "exact")),
    ("In August the sand can top 65 degrees.", ("65 degrees", 65.0, "°C", "over")),
])
def test_a_temperature_in_degrees_alone(text: str, expected: tuple[str, float, str, str]) -> None:
    assert figures(text) == [expected]


def test_degrees_of_an_angle_or_a_position_are_no_temperature() -> None:
    assert figures("Fields on slopes steeper than 25 degrees go back to forest.") == []
    assert [f for f in figures("The station stands at 41 degrees north.") if f[2] == "°C"] == []


def test_time_saved_is_negative() -> None:
    text = "Average clearance took 16.2 hours, 3.5 hours shorter than in the first quarter."
    assert figures(text) == [("16.2 hours", 16.2, "hours", "exact"), ("3.5 hours", -3.5, "hours", "exact")]
    assert figures("The trains take 14 days, 18 days faster than by sea.")[1] == ("18 days", -18.0, "days", "exact")


@pytest.mark.parametrize("text", [
    "[SCENE 4. A vineyard at dusk.]",
    "Good morning. Please turn to slide 7.",
])
def test_a_scene_or_a_slide_number_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("这两年管理跟上了，一级品率提到了七成五。", ("七成五", 75.0, "%", "approximately")),
    ("今年雨水多，次果大概能有一成五。", ("一成五", 15.0, "%", "approximately")),
    ("价格比去年高了一成多。", ("一成多", 10.0, "%", "over")),  # control: 一成多 is over a tenth
])
def test_a_share_said_to_the_half_tenth(text: str, expected: tuple[str, float, str, str]) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("旺季一天少说也得发五百单。", ("五百单", 500.0, "单", "over")),
    ("换一套渔网，少说也要三万块钱。", ("三万块钱", 3.0, "万块钱", "over")),
])
def test_at_least_said_as_shaoshuo(text: str, expected: tuple[str, float, str, str]) -> None:
    assert figures(text) == [expected]


def test_a_fall_named_as_its_size_and_a_rank_after_a_bracket() -> None:
    assert figures("党参统货价格跌幅超过四成。") == [("四成", -40.0, "%", "over")]
    assert figures("该区风电装机规模居全省各市（州）第一。") == [("第一", 1.0, "rank", "exact")]


def test_the_loader_reads_a_share_to_the_half_tenth() -> None:
    from explorer.model.numbers import parse_fraction

    assert [parse_fraction(t) for t in ("七成五", "一成五", "六成", "七八成")] == [0.75, 0.15, 0.6, 0.7]


@pytest.mark.parametrize(("text", "expected"), [
    ('"Half my regulars are retired teachers," she says.', ("Half", 50.0, "%", "exact")),
    ("Now half our orders come through the app.", ("half", 50.0, "%", "exact")),
    ("WU: Half go to the canteens in town.", ("Half", 50.0, "%", "exact")),
])
def test_half_said_of_a_group(text: str, expected: tuple[str, float, str, str]) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize("text", [  # controls: a half of the year, quarters of the year
    "In the first half the bureau held 84 job fairs.",
    "In the first three quarters our port handled a record.",
])
def test_halves_and_quarters_of_a_year_stay_no_share(text: str) -> None:
    assert [f for f in figures(text) if f[2] == "%"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("好一点的蜂箱一只九十块，每年都要添。", ("九十块", 90.0, "块钱", "exact")),
    ("今年到手差不多七万块。", ("七万块", 7.0, "万块钱", "approximately")),
    ("网店这个月一单平均三十多块。", ("三十多块", 30.0, "块钱", "over")),
    ("生意好的时候一天流水两千多块。", ("两千多块", 2000.0, "块钱", "over")),
])
def test_yuan_said_as_kuai_with_words_of_money_before(text: str, expected: tuple[str, float, str, str]) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize("text", [  # controls: pieces, and 这一块 ("this part")
    "说到成本这一块，大头是饲料。",
    "村里还有十几块地没有流转。",
])
def test_kuai_of_pieces_or_a_part_is_no_money(text: str) -> None:
    assert figures(text) == []


def test_money_said_again_without_its_currency() -> None:
    text = "Last year our sales were 41.5 million yuan. This year we are hoping for 50 million."
    assert figures(text)[1] == ("50 million", 50.0, "million yuan", "forecast")
    assert figures("The plant costs 60 million yuan; the county is putting in 20 million.")[1] == \
        ("20 million", 20.0, "million yuan", "exact")
    # control: a count after an amount of money keeps no currency
    text = "It set aside 700 million yuan. Officials expect parcel volume to exceed 450 million."
    assert figures(text)[1][2] != "million yuan"


def test_a_net_reduction_and_a_fall_per_unit_restated() -> None:
    assert figures("It ended the year with 930 dealers, a net reduction of 47.")[1] == ("47", -47.0, "count", "exact")
    text = "The average tariff was RMB0.2950 per kWh, down RMB0.0061 per kWh, or 2.0%, year on year."
    assert figures(text)[2] == ("2.0%", -2.0, "%", "exact")


def test_what_stands_today_in_a_section_of_tasks_is_no_target() -> None:
    text = ("III. Key tasks\n\n1. Strengthen fire crews. The county has organized 17 fire brigades with 640 members. "
            "A further 12 lookout towers will be built by May.\n")
    assert [(p, q) for p, _, _, q in figures(text)] == [("17", "exact"), ("640", "exact"), ("12", "forecast")]


@pytest.mark.parametrize(("text", "expected"), [
    ("茶园大多分布在海拔1,100米到1,500米的山坡上。",
     [("1,100米", 1100.0, "米", "range"), ("1,500米", 1500.0, "米", "range")]),
    ("新下线的叶片长96米。", [("96米", 96.0, "米", "exact")]),
    ("牧场在海拔4200多米的高原上。", [("4200多米", 4200.0, "米", "over")]),
])
def test_metres_are_lengths(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [  # controls: a group named by its height, corn and rice
    "身高1.3米以下儿童免费入园。",
    "今年玉米和大米的价格都比较平稳。",
])
def test_metres_that_name_a_group_and_rice_are_no_figure(text: str) -> None:
    assert figures(text) == []


def test_days_stopped_more_than_a_share_and_less_than_the_year_before() -> None:
    assert figures("去年因为台风，最长的一次停工19天。") == [("19天", 19.0, "天", "exact")]
    assert figures("目前，全县秋粮收获已过七成。") == [("七成", 70.0, "%", "over")]
    assert figures("本周均价6.20元，比去年同期低0.45元。")[1] == ("0.45元", -0.45, "元", "exact")
    assert figures("季卡售价2380元，比去年便宜了260元。")[1] == ("260元", -260.0, "元", "exact")
    assert figures("本周均价6.20元，比去年同期高0.45元。")[1] == ("0.45元", 0.45, "元", "exact")  # control


def test_a_fall_said_once_for_two_subjects_and_growth_slower() -> None:
    text = "Prices of fresh vegetables dropped by 7.4% and fresh fruit by 3.1%."
    assert [f[1] for f in figures(text)] == [-7.4, -3.1]
    # control: a second subject with its own verb keeps its own sign
    text = "Food prices went down by 2.2 percent and non-food prices went up by 0.8 percent."
    assert [f[1] for f in figures(text)] == [-2.2, 0.8]
    text = "Growth in the third quarter was 4.9 percent, 0.7 percentage points slower than in the first half."
    assert figures(text)[1] == ("0.7 percentage points", -0.7, "percentage points", "exact")


def test_chinese_years_of_schooling_more_than_a_share_and_a_rank_after_a_list_in_brackets() -> None:
    assert figures("全市15岁及以上人口的平均受教育年限为9.8年。") == [("9.8年", 9.8, "years", "exact")]
    assert figures("城区常住人口超过全县常住人口的四成。") == [("四成", 40.0, "%", "over")]
    assert figures("今年猕猴桃产量居全市各县（市、区）第一。") == [("第一", 1.0, "rank", "exact")]


def test_chinese_hours_listed_in_pairs() -> None:
    text = "10月，口岸进口、出口整体通关时间分别为5.2小时和0.7小时，较上年同期分别压缩1.1小时和0.2小时。"
    assert [(p, v) for p, v, _, _ in figures(text)] == [
        ("5.2小时", 5.2), ("0.7小时", 0.7), ("1.1小时", -1.1), ("0.2小时", -0.2)]


def test_a_part_of_the_year_compared_with_is_not_the_figures_period() -> None:
    text = "Average clearance in 2032 took 14.8 hours, 2.5 hours shorter than in the first quarter."
    assert [c.period for c in extract(text, published="")] == ["2032", "2032"]
    # control: a part of the year the figure is of
    assert [c.period for c in extract("Sales in 2032 rose 6.1% in Q3.", published="")] == ["2032-07..09"]


def test_a_rank_from_before_and_a_cap_before_the_cap() -> None:
    assert ("23rd", 23.0, "rank", "exact") in figures("On the industry's list, the firm rose to 17th place from 23rd.")
    text = "Families may withdraw up to 18,000 yuan a year to pay rent, up from 14,000 yuan."
    assert [q for *_, q in figures(text)] == ["under", "under"]
    assert [q for *_, q in figures("Sales rose to 18,000 yuan a year, up from 14,000 yuan.")] == ["exact", "exact"]


@pytest.mark.parametrize(("text", "expected"), [
    ("那几天夜里最冷到了零下6度，芽头冻坏不少。", ("6度", -6.0, "℃", "exact")),
    ("炒茶的时候锅温得两百多度。", ("两百多度", 200.0, "℃", "over")),
    ("泡绿茶，水温九十度左右就行。", ("九十度", 90.0, "℃", "approximately")),
    ("山上冬天零下30多度，车都不好打着火。", ("30多度", -30.0, "℃", "under")),
])
def test_a_temperature_said_in_du(text: str, expected: tuple[str, float, str, str]) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize("text", [  # controls: 一度 ("at one time"), a fruit's sugar, electricity
    "今年以来，铜价一度突破每吨10万元。",
    "这批苹果的糖度都在十四度以上。",
    "居民用电每度0.56元。",
])
def test_du_that_is_no_temperature(text: str) -> None:
    assert [f for f in figures(text) if f[2] == "℃"] == []


# The read-only review of the session's rules (each case below broke a rule above before its fix).

def test_review_a_target_handled_by_or_generated_from_stays_a_target() -> None:
    text = ("Main targets for 2035\n\nCargo handled at the port reaches 700 million tonnes. Power generated from "
            "renewables reaches 48 percent.\n")
    assert [q for *_, q in figures(text)] == ["forecast", "forecast"]
    text = "The county will build 400 charging stations by 2034. Each town must have installed 15 of them."
    assert [q for *_, q in figures(text)] == ["forecast", "forecast"]


@pytest.mark.parametrize(("text", "share"), [
    ("全国约六成一线城市房价下跌。", 60.0), ("本月四成二手房成交价格低于挂牌价。", 40.0),
    ("全省八成三甲医院开通了线上问诊。", 80.0),
    ("超过三成五金店铺关门。", 30.0), ("一成五保户住进了敬老院。", 10.0),
])
def test_review_a_numeral_that_opens_the_next_word_is_no_half_tenth(text: str, share: float) -> None:
    assert [v for _, v, u, _ in figures(text) if u == "%"] == [share]


def test_review_half_tenths_and_a_rise_after_a_fall() -> None:
    assert figures("约有五成半的农户加入合作社。") == [("五成半", 55.0, "%", "approximately")]
    assert [v for _, v, _, _ in figures("Imports fell by 2.5% and exports rebounded by 4.1%.")] == [-2.5, 4.1]
    assert [v for _, v, _, _ in figures("Prices fell by 3% and then recovered by 4%.")] == [-3.0, 4.0]


@pytest.mark.parametrize("text", [
    "全省共划定生态保护红线区12块。", "一只西瓜切成十六块。", "一头猪分成了二十块。", "全县平均每个乡镇建有示范田5块。",
])
def test_review_pieces_are_no_money(text: str) -> None:
    assert [f for f in figures(text) if f[2] == "块钱"] == []


@pytest.mark.parametrize("text", [
    "Temperatures fell to 5 degrees Fahrenheit.", "The university awarded 3,200 degrees this year.",
    "The ship changed course by 45 degrees.", "She holds two degrees in economics.",
])
def test_review_degrees_that_are_no_celsius(text: str) -> None:
    assert [f for f in figures(text) if f[2] == "°C"] == []


def test_review_a_temperature_after_turn_and_money_not_carried_to_counts() -> None:
    assert figures("The weather will turn colder, with lows of minus 10 degrees.") == [
        ("10 degrees", -10.0, "°C", "forecast")]
    assert figures("Revenue reached 20 million yuan. Downloads of the app topped 30 million.")[1][2] != "million yuan"
    assert figures("Exports were worth 3 billion yuan. Shipments came to 2 billion.")[1][2] != "billion yuan"


def test_review_qualifiers() -> None:
    assert figures("Hoping to cut costs, the firm laid off 300 workers last year.")[0][3] == "exact"
    assert figures("Funds were targeted to 300 poor households last year.")[0][3] == "exact"
    assert figures("Tourism picked up in 2033 and over 2 million visitors came.")[0][3] == "over"
    assert figures("他的收入没有超过全省平均水平的一半。") == [("一半", 50.0, "%", "under")]


def test_review_chinese_comparisons_rather_and_cheaper_by_half() -> None:
    assert figures("均价较上年同期低0.45元。") == [("0.45元", -0.45, "元", "exact")]
    assert [v for _, v, _, _ in figures("今年猪肉价格比较低12元一斤就能买到。")] == [12.0]
    assert figures("这里的房租比外地便宜一半。") == [("一半", -50.0, "%", "exact")]


@pytest.mark.parametrize("text", [
    "话说了一半。", "电影看了一半。", "我们走到一半下起了雨。", "比赛进行到一半时，下雨了。", "一半一半吧。",
    "这个月过半了。", "工期过半。", "车子开过半山腰。",
])
def test_review_halves_of_time_or_way_are_no_share(text: str) -> None:
    assert [f for f in figures(text) if f[2] == "%"] == []


@pytest.mark.parametrize("text", [
    "春节放假时间共8天。", "征求意见时间为30天。", "停运期间，乘客可在30天内退票。", "工期紧张，离交工还有10天。",
    "最大风速达到25米/秒。", "男子100米决赛今晚举行。", "限高4.5米。", "身高不足1.2米的儿童免票。",
    "居民们清理了第一中学周边。", "排查出隐患后第一时间整改。", "住宅用地使用年限为70年。",
])
def test_review_chinese_days_metres_ranks_and_terms_that_are_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The rankings kept it No. 1 for a decade.", ("No. 1", 1.0, "rank", "exact")),
    ("It is the world No. 1 maker of tyres.", ("No. 1", 1.0, "rank", "exact")),
    ("It rose three places to reach No. 8.", ("No. 8", 8.0, "rank", "exact")),
    ("Guangdong (No. 1), Jiangsu (No. 2) and Shandong led.", ("No. 1", 1.0, "rank", "exact")),
])
def test_review_ranks_said_with_no_stay_ranks(text: str, expected: tuple[str, float, str, str]) -> None:
    assert expected in figures(text)


def test_review_the_loaders_sign_check_and_fractions() -> None:
    from explorer.model.load.records import names_decline
    from explorer.model.numbers import parse_fraction

    assert names_decline("均价较上年同期低0.45元。", "0.45元")
    assert not names_decline("GDP grew 0.3 percentage points faster than the national average", "0.3 percentage points")
    assert names_decline("Trains take 12 days, 20 days faster than by sea.", "20 days")
    assert not names_decline("今年猪肉价格比较低12元一斤就能买到", "12元")
    assert parse_fraction("五成半") == 0.55


@pytest.mark.parametrize("text", [
    "Example 2: A buyer of a second home pays more.",
    "Resolution 3: Reappointment of the auditor. Passed.",
    "Coupon rates were set for Series 1 and Tranche 2 of the bonds.",
])
def test_a_numbered_example_resolution_or_tranche_is_no_figure(text: str) -> None:
    assert [f for f in figures(text) if f[2] == "count"] == []


def test_chinese_teu_counted_with_ge_and_the_upper_end_of_a_range_of_days() -> None:
    assert figures("满载158个标准箱家电产品的货轮驶离港口。") == [("158个标准箱", 158.0, "个标准箱", "exact")]
    assert figures("货物出运时间可缩短4至6天。") == [("4", -4.0, "天", "range"), ("6天", -6.0, "天", "range")]


def test_last_round_a_bare_temperature_a_price_per_km_and_over_half() -> None:
    assert figures("In winter it's minus 14 at night, and the sheep need extra hay.") == [("14", -14.0, "°C", "exact")]
    assert figures("The natural increase was minus 8,490 people.")[0][2] != "°C"  # control: a count below zero
    assert ("1块8", 1.8, "块钱", "exact") in figures("超过3公里每公里1块8，这个价好多年没动了。")
    assert figures("投诉中拒载、绕路占了一半多。") == [("一半多", 50.0, "%", "over")]

    from explorer.model.numbers import parse_fraction

    assert parse_fraction("一半多") == 0.5

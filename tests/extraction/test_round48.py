"""Session 45: rules from the spent sets' misses (texts written for these tests, other cities and years)."""

from __future__ import annotations

from tests.helpers import by_printed

_PER_PIECE = ("HOST: This is the Zhangye home hour, March 2034. Prices here are in yuan.\n"
              "WEN: For the wiring, every socket, switch or light fitting, in town it's forty a point.\n"
              "HOST: And at the fish stall?\nKE: The small goldfish? Six a fish. The big ones are dearer.\n")


def test_a_price_by_the_point_or_by_the_fish_is_money() -> None:
    found = by_printed(_PER_PIECE)
    assert (found["forty"].value, found["forty"].unit) == (40, "yuan")
    assert (found["Six"].value, found["Six"].unit) == (6, "yuan")


def test_a_number_before_a_point_or_a_fish_that_is_no_price_stays_out() -> None:
    text = ("The Zhangye team won by four points in March 2034, and the anglers caught twelve fish each. Prices in "
            "yuan rose 2.1 percent.\n")
    found = by_printed(text)
    assert "four" not in found and "twelve" not in found and "four points" not in found
    assert found["2.1 percent"].value == 2.1


def _period_of(text: str, printed: str) -> str:
    return by_printed(text)[printed].period


def test_a_months_figures_given_aside_do_not_carry_past_their_paragraph() -> None:
    text = ("2034年1—8月全市消费品市场运行情况\n\n发布日期：2034-09-20\n\n"
            "　　1—8月，全市实现社会消费品零售总额188.6亿元，同比增长4.1%。从当月看，8月份全市实现社会消费品零售总额"
            "24.3亿元，同比增长5.6%。\n\n"
            "　　按经营单位所在地分，城镇消费品零售额150.2亿元，增长3.9%。\n")
    assert _period_of(text, "188.6亿元") == "2034-01..08"
    assert _period_of(text, "24.3亿元") == "2034-08..08"
    assert _period_of(text, "150.2亿元") == "2034-01..08"  # the report's months again, not August's


def test_a_month_gone_or_a_month_that_comes_each_year_governs_its_own_sentence_only() -> None:
    text = ("2034-06-15 广播稿\n\n【主持人】现在鲳鱼什么价？\n\n"
            "【渔民】一斤三十八，比开春跌了六块钱，今年三月份那会儿，大鲳鱼要四十多块钱一斤。\n\n"
            "【渔民】出海一趟油钱三千多。往年都是这样，一到七月份，价格还要再掉两块钱。船上请了五个人。\n")
    assert _period_of(text, "四十多块钱") == "2034-03..03"
    assert _period_of(text, "三千多") == "2034"  # not March's, named in the paragraph before
    assert _period_of(text, "五个") == "2034"  # not July's, a month that comes each year


_STATION = ("2034-07-02 广播稿\n\n【站长】我们站里六个人，除了我，全都是本村的。船上五个人，轮流出海。"
            "车站里两个人在排队。\n\n"
            "【批发商】跟去年同期比，便宜了差不多一成。客流跌了三成。往后价格估计还要再掉三到五块钱。\n")


def test_people_at_the_station_or_on_the_boat_are_counted_not_people_queuing_at_a_bus_station() -> None:
    found = by_printed(_STATION)
    assert (found["六个"].value, found["六个"].unit) == (6, "个")
    assert (found["五个"].value, found["五个"].unit) == (5, "个")
    assert "两个" not in found


def test_cheaper_by_a_share_and_a_fall_still_to_come_are_falls() -> None:
    found = by_printed(_STATION)
    assert (found["一成"].value, found["一成"].unit, found["一成"].qualifier) == (-10, "%", "approximately")
    assert found["三成"].value == -30
    assert (found["三"].value, found["三"].qualifier) == (-3, "range")
    assert (found["五块钱"].value, found["五块钱"].qualifier) == (-5, "range")


_MARRIAGES = ("恩施州2034年婚姻登记工作情况\n\n　　全年全州共办理各类婚姻登记1.86万对，同比下降2.9%。其中，"
              "结婚登记1.32万对，同比下降4.4%，降幅比全省平均水平高0.7个百分点；离婚登记5120对。为1100余对新人颁发结婚证。开展1对1帮扶。\n\n"
              "　　全州男性初婚平均年龄31.2岁，女性29.4岁，分别比上年推迟0.3岁和0.6岁。登记双方中，30岁以上的占比达到43.5%。"
              "0—14岁人口占18.2%，招收2至3岁幼儿。\n")


def test_couples_are_counted_in_dui_and_ages_measured_in_sui() -> None:
    found = by_printed(_MARRIAGES)
    assert (found["1.86万对"].value, found["1.86万对"].unit) == (1.86, "万对")
    assert (found["5120对"].value, found["5120对"].unit) == (5120, "对")
    assert (found["1100余对"].value, found["1100余对"].qualifier) == (1100, "over")
    assert (found["31.2岁"].value, found["31.2岁"].unit) == (31.2, "岁")
    assert found["29.4岁"].value == 29.4 and found["0.6岁"].value == 0.6


def test_an_age_group_or_one_to_one_is_no_figure() -> None:
    found = by_printed(_MARRIAGES)
    assert not any(printed.endswith("岁") and printed not in ("31.2岁", "29.4岁", "0.3岁", "0.6岁") for printed in found)
    assert "1对" not in found and "0" not in found and "2" not in found
    assert found["43.5%"].value == 43.5 and found["18.2%"].value == 18.2


def test_a_fall_deeper_than_the_provinces_is_a_fall_in_points() -> None:
    assert by_printed(_MARRIAGES)["0.7个百分点"].value == -0.7
    text = "2034年全市出口下降3%，降幅比上年低0.5个百分点。\n"
    assert by_printed(text)["0.5个百分点"].value == 0.5  # (a shallower fall)


def test_seats_at_a_table_a_fish_van_and_a_point_guard_are_no_prices() -> None:
    text = ("HOST: This is the Bozhou consumer line, April 2034. Prices are in yuan.\nMANAGER: Usually 8 to 10 a table, "
            "never more than 12 a table. Every morning at six a fish van pulls in. When I was twelve a fish bit my "
            "hand. Our point guard scored nine a point behind.\n")
    found = by_printed(text)
    assert all(c.unit != "yuan" for c in found.values())


def test_a_wait_or_a_commute_in_minutes_is_a_figure_not_a_distance_or_a_programmes_length() -> None:
    text = ("HOST: This is the Longnan health line, March 2034.\nDOCTOR: At the county hospital the average wait was "
            "42 minutes last year, and the target is under 25 minutes. My own commute is fifty minutes each way.\n"
            "HOST: And the new clinic?\nDOCTOR: It is about 40 minutes away by road, twenty minutes from the station. "
            "The trip took 2 hours 10 minutes.\n[End of programme. Running time 31 minutes.]\n")
    found = by_printed(text)
    assert (found["42 minutes"].value, found["42 minutes"].unit) == (42, "minutes")
    assert (found["25 minutes"].value, found["25 minutes"].qualifier) == (25, "under")
    assert found["fifty minutes"].value == 50
    assert not {"40 minutes", "twenty minutes", "10 minutes", "31 minutes"} & set(found)


def test_a_unit_in_ten_thousands_in_brackets_beside_a_number_is_its_unit() -> None:
    text = ("Public transport in Gannan carried 812.4 (10,000 passenger trips) in 2034, up 6.1%.\n\n"
            "Key indicators\nOutpatient visits (10,000 person-times): 905.2\nPupils enrolled (10,000 pupils): 21.7\n")
    found = by_printed(text)
    trips = found["812.4 (10,000 passenger trips)"]  # (its words take in the brackets: the quote shows the unit)
    assert (trips.value, trips.unit) == (812.4, "万人次")
    visits = found["(10,000 person-times): 905.2"]
    assert (visits.value, visits.unit) == (905.2, "万人次")
    assert (found["(10,000 pupils): 21.7"].value, found["(10,000 pupils): 21.7"].unit) == (21.7, "万人")
    assert not any(printed.startswith("10,000") for printed in found)  # (the unit's 10,000: no figure)
    assert all(text[c.start:c.end].find(c.as_printed) >= 0 for c in found.values())  # (each quote holds its words)


def test_a_price_by_the_cut_or_by_the_wash_is_money() -> None:
    found = by_printed("HOST: This is the Guilin evening line, April 2034.\nTANG: Thirty-five a cut. A car wash is "
                       "thirty a wash.\n")
    assert (found["Thirty-five"].value, found["Thirty-five"].unit) == (35, "yuan")
    assert (found["thirty"].value, found["thirty"].unit) == (30, "yuan")


def test_a_clock_time_a_videos_time_and_a_way_to_somewhere_in_minutes_are_no_figures() -> None:
    text = ("HOST: Longnan line, March 2034.\nDOCTOR: The wait fell from 48 minutes to 19 minutes. It is ten minutes "
            "past eight. The airport is twenty minutes by metro, 15 minutes on foot from my flat, at 14 minutes into "
            "the video.\n")
    found = by_printed(text)
    assert (found["48 minutes"].value, found["19 minutes"].value) == (48, 19)
    assert not {"ten minutes", "twenty minutes", "15 minutes", "14 minutes"} & set(found)


def test_review_of_the_chinese_rules() -> None:
    text = ("2034年1—10月全县旅游情况\n\n单月来看，10月份接待游客15万人次。\n\n全县接待游客200万人次。\n\n"
            "【站长】公交站里两个人在排队，我们站里六个人。村里拿出20万对道路进行了硬化。\n\n"
            "全州男性初婚平均年龄31.2岁，65岁老人占比12%，年满60岁可领取。人均预期寿命达到80.1岁。结婚登记同比下降4.4%，"
            "降幅比全省平均水平高出0.7个百分点。\n")
    found = by_printed(text)
    assert found["15万人次"].period == "2034-10..10" and found["200万人次"].period == "2034-01..10"
    assert "两个" not in found and found["六个"].value == 6
    assert "20万对" not in found  # (20万 yuan for the roads, no couples)
    assert (found["80.1岁"].value, found["80.1岁"].qualifier) == (80.1, "exact")  # (预期寿命: no forecast)
    assert not {"65岁", "60岁"} & set(found)
    assert found["0.7个百分点"].value == -0.7

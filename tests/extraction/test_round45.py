"""Session 42: the bare-number models retrained with the spent sets to 646, what a plant makes, and the Chinese rules
of this session (texts written for these tests)."""

from __future__ import annotations

from explorer.model.extract import bare_amounts, extract


def _units(text: str) -> dict[str, str]:
    return {c.as_printed: c.unit for c in extract(text, "t")}


def test_output_of_a_plant_line_or_mine_is_never_money() -> None:
    for text in ("The plant in Hebei province makes 3,000 a shift, the manager said.",
                 "The new line at the Xingtai works turns out about 800 a day, mostly for export.",
                 "HOST: And the kiln? GUO: The kiln makes 1,200 a week in the busy months."):
        assert _units(text).get("3,000", _units(text).get("800", _units(text).get("1,200"))) != "yuan", text
    # a person's "makes" is pay
    assert _units("WANG: My wife makes 5,000 a month at the plant in Zhengzhou.")["5,000"] == "yuan"


def test_output_made_by_a_person_or_for_us_stays_money() -> None:
    # (a read-only review's: the plant is the verb's subject, with no comma, person or other verb between)
    for text, printed in (("My brother works at the crane factory here and makes 5,200 a month.", "5,200"),
                          ("The line supervisor makes about 7,000, I make 4,600.", "7,000"),
                          ("The new oven made 40,000 for us in the first year, it paid for itself.", "40,000")):
        assert not bare_amounts._MADE_BEFORE.search(text, 0, text.index(printed)), text
    text = "The press over there turns out twelve thousand an hour, labels."
    assert bare_amounts._MADE_BEFORE.search(text, 0, text.index("twelve"))


def test_service_prices_said_bare_in_a_yuan_transcript() -> None:
    text = ("REPORTER: Prices on Heping Street in Handan have barely moved since 2031.\n"
            "SUN: Men's cut is twenty-five.\n"
            "REPORTER: And at the repair stall?\n"
            "DU: Patch a tube, five. A new chain, fitted, sixty.\n")
    found = {c.as_printed: c for c in extract(text, "t")}
    assert all(found[k].unit == "yuan" for k in ("twenty-five", "five", "sixty")), found
    assert all("a model trained on labelled texts" in found[k].note for k in ("twenty-five", "five", "sixty"))


def _zh(text: str) -> dict[str, tuple[float, str, str]]:
    return {text[c.printed_start:c.printed_end]: (c.value, c.unit, c.qualifier) for c in extract(text, "t")}


def test_a_price_said_bare_in_answer_to_a_question_of_price() -> None:
    got = _zh("【记者】大姐，烧饼现在多少钱一个？\n【摊主】芝麻的一个三块，肉夹馍十二。豆浆两块，油条一块五一根。")
    assert got["两块"][:2] == (2.0, "块钱") and got["十二"][:2] == (12.0, "元"), got
    got = _zh("【记者】洗一次车多少钱？\n【老板】普通小车二十五，越野车三十五。")
    assert got["二十五"][:2] == (25.0, "元") and got["三十五"][:2] == (35.0, "元"), got
    # not a date or "together", nor the answer to a question of a count, nor past the answer's first two sentences
    assert "十" not in _zh("“一个月能拿多少？”2月26日（正月初十）上午，招聘会门口排起长队。")
    assert "一块" not in _zh("主持人：让毛卖个好价钱？\n牧民：细毛和粗毛分开装，别混在一块。")
    assert _zh("【记者】一天能卖多少碗？\n【老板】平常三十。").get("三十", (0, ""))[1] != "元"
    assert "十五" not in _zh("【记者】多少钱一碗？\n【老板】八块。我们开了三年。孩子们都爱吃。店里有十五张桌子。")
    # (a read-only review's: the answerer's label is no word of the clause; questions of counts and yields ask no
    # price; 一块 after words of company or mixing is "together")
    assert _zh("【记者】白菜多少钱一斤？\n【大姐】四块。")["四块"][:2] == (4.0, "块钱")
    assert _zh("【记者】一次能拉多少？\n【司机】装满了四十。").get("四十", (0, ""))[1] != "元"
    assert _zh("【记者】一亩地能收多少？\n【农户】亩产一千二，今年旱，九百。").get("九百", (0, ""))[1] != "元"
    assert "一块" not in _zh("【记者】一个月房租多少钱？\n【小王】我跟我妹妹一块，一人一半。")
    assert "一块" not in _zh("【记者】多少钱一斤？\n【摊主】大的小的混一块，三十五。")


def test_takings_named_by_turnover_and_a_price_per_wash() -> None:
    assert _zh("谭亮：今年营业额想做到一百二十万，把院子再修一下。")["一百二十万"][:2] == (120.0, "万元")
    assert _zh("主持人：你去年一年流水多少？\n周小满：五十八万出头吧。")["五十八万出头"] == (58.0, "万元", "over")
    assert _zh("老板：普通小车洗一次三十，里里外外精洗一遍要一百二。")["一百二"][:2] == (120.0, "元")
    assert _zh("厂长：车间里有两条流水线，一条线上一百二。").get("一百二", (0, ""))[1] != "元"  # (流水线: no takings)


def test_steamer_baskets_trays_and_boxes_are_counted() -> None:
    got = _zh("【记者】一天能卖多少笼？【老板】平常一天三百来笼，赶集能卖到五百多笼。"
              "豆腐一天做十二板，一板四十块。月饼卖了八十多盒。")
    assert got["三百来笼"] == (300.0, "笼", "approximately") and got["五百多笼"] == (500.0, "笼", "over")
    assert got["十二板"][:2] == (12.0, "板") and got["八十多盒"] == (80.0, "盒", "over")
    assert got["四十块"][:2] == (40.0, "块钱")
    assert not any(unit in ("板", "盒") for _, unit, _ in _zh("新铺了三十平米地板，买了两个饭盒子。").values())


def test_a_change_of_a_price_said_bare_takes_its_sign_from_the_verb() -> None:
    got = _zh("【摊主】一个月九百块，水电另算。去年是一千，今年市场给降了一百。")
    assert got["一百"] == (-100.0, "元", "exact") and got["一千"][:2] == (1000.0, "元"), got
    got = _zh("主持人：工钱一天多少？\n胡秀英：一天一百六，中午管一顿饭。去年是一百四，今年涨了二十，不涨请不到人啊。")
    assert got["二十"] == (20.0, "元", "exact"), got
    # no money named on the line before it: a count, not yuan
    assert _zh("他家去年养了三十头猪，今年多了二十。").get("二十", (0, ""))[1] != "元"


def test_a_count_said_again_without_its_noun() -> None:
    text = ("REPORTER: Her own rent in Liaocheng is 4,200 a month, 600 more than three years ago. On a weekday the salon "
            "gets through about forty customers; on a Saturday like this one, seventy or more.\n")
    found = {c.as_printed: c for c in extract(text, "t")}
    assert (found["seventy"].unit, found["seventy"].qualifier) == ("count", "over")  # (the model alone: yuan, 96%)
    assert found["seventy"].note.startswith("a count of customers")
    # a threshold that defines a group is no count said again
    text = ("HOST: In Hezhou the standard is at most 45 pupils in a class, and about one class in five is still above "
            "55.\n")
    assert "55" not in {c.as_printed for c in extract(text, "t") if c.note.startswith("a count of pupils")}


def test_sums_in_wan_said_in_digits_and_months_to_pay_back() -> None:
    got = _zh("【字幕】换设备加上重新装修 又花了差不多5万\n前前后后 一共投进去14万左右\n理论上 7个月就能回本\n"
              "实际上 我用了11个月才回本\n")
    assert got["5万"] == (5.0, "万元", "approximately") and got["14万"] == (14.0, "万元", "approximately"), got
    assert got["7个月"][:2] == (7.0, "months") and got["11个月"][:2] == (11.0, "months"), got
    # no money or payback named: nothing
    assert not _zh("去年有3个月没开门。粉丝涨到了3万。")


def test_a_price_per_basket_and_a_sum_in_full_compared_with_a_scaled_one() -> None:
    text = ("WANG (caller): I take my kids to the Xinzheng night market every Friday. The soup dumplings were 28 a "
            "basket last year, now they're 32.\n")
    got = _units(text)
    assert got["28"] == "yuan", got
    text = ("TIAN: Cleaning and security in Xinzheng cost us 1.46 million yuan last year, against 980,000 in 2032.\n")
    found = {c.as_printed: c for c in extract(text, "t")}
    assert (found["980,000"].unit, found["980,000"].value) == ("yuan", 980000.0)
    # a number in full after a scaled amount, with no comparison: no scale and no unit carried
    text = "The port in Xinzheng handled 3.2 million tonnes last year. It has 1,500 workers and 2,400,000 visitors."
    assert extract_units(text).get("2,400,000") not in ("tonnes", "million tonnes")


def extract_units(text: str) -> dict[str, str]:
    return {c.as_printed: c.unit for c in extract(text, "t")}


def test_cheaper_by_is_a_fall_and_the_upper_end_of_a_range_of_prices_in_kuai() -> None:
    assert _zh("这一斤便宜了两块钱。")["两块钱"][:2] == (-2.0, "块钱")
    got = _zh("精品果，我们收到四块到四块五。")
    assert got["四块"][2] == "range" and got["四块五"] == (4.5, "块钱", "range"), got


def test_things_counted_then_maybe_more_is_over() -> None:
    got = {c.as_printed: c.qualifier for c in extract(
        "ZHAO: On a Friday in Xinzheng we sell 400 skewers, maybe more, at 5 yuan each. About 30 stalls or so open.\n",
        "t")}
    assert got["400"] == "over" and got["30"] == "approximately" and got["5 yuan"] == "exact", got


def test_the_issuer_on_the_first_line_is_the_city_of_a_county_bulletin() -> None:
    text = ("文安县商务局\n关于2032年1—9月全县夜间经济运行情况的通报\n\n"
            "1—9月，全县夜间经济营业额达到3.6亿元，同比增长8.2%，接待京津游客约占三成。北京、天津游客周末最多。\n")
    cities = {c.as_printed: c.city for c in extract(text, "t")}
    assert cities["3.6亿元"] == "Langfang" and cities["8.2%"] == "Langfang", cities


def test_prices_in_kuai_per_skewer_and_in_a_list_of_prices() -> None:
    assert _zh("县城烧烤摊一串两块，老板一晚上卖七八百串")["两块"][:2] == (2.0, "块钱")
    got = _zh("00:38 先看菜单：羊肉串两块，牛肉串三块，板筋一块五。")
    assert got["三块"][:2] == (3.0, "块钱") and got["一块五"][:2] == (1.5, "块钱"), got
    assert _zh("02:20 豆腐脑一碗三块，驴肉火烧一个八块。")["八块"][:2] == (8.0, "块钱")
    assert not _zh("他切了一个西瓜，分成八块。")  # (pieces cut)


def test_a_turns_first_word_and_a_weekday_are_no_entities() -> None:
    text = ("HOST: Prices on the old high street in Xingtai have barely moved since 2031.\n\n"
            "SUN: Men's cut is twenty-five. On a weekday I get through about forty customers; on a Saturday, seventy "
            "or more.\n\nDU: Patch a tube, five. Zhang Wei's shop charges 60.\n")
    entities = {c.as_printed: c.entity for c in extract(text, "t")}
    assert entities["twenty-five"] == "" and entities["seventy"] == "" and entities["five"] == "", entities


def test_a_stations_programme_and_its_date_on_the_first_line_date_the_text() -> None:
    from explorer.model.extract.dates import publication_date

    body = "\n\n【记者】大姐，包子现在多少钱一笼？今天的菜价怎么样，我们一起来看看。"
    assert publication_date("安顺广播 早市观察 2033年4月8日" + body)[0] == "2033-04-08"
    assert publication_date("株洲交通频道 民生热线 2033年3月19日" + body)[0] == "2033-03-19"
    # a headline that ends with a date names no body that publishes it
    assert publication_date("黄河大桥通车仪式在郑州市举行 2033年4月8日" + body)[0] == ""


def test_our_plan_is_a_number_is_a_target() -> None:
    got = {c.as_printed: c.qualifier for c in extract(
        "AYNUR: Which is why our plan is 150 households in the scheme in Tekes by 2038. The plan is still on the "
        "table with 20 members.\n", "t")}
    assert got["150"] == "forecast" and got["20"] == "exact", got


def test_a_stations_masthead_between_pipes_dates_the_text() -> None:
    from explorer.model.extract.dates import publication_date

    assert publication_date("XINGTAI CITY RADIO | HIGH STREET LINE | 9 May 2034\n\nHOST: Prices?\n")[0] == "2034-05-09"
    # a headline between pipes names no station before its date
    assert publication_date("Flood in the county: what it cost the farmers of Xingtai | 9 May 2034\n\nHOST: So?\n")[0] == ""


def test_a_count_read_as_money_keeps_no_metric_of_a_count() -> None:
    text = ("HOST: Prices on the old high street in Xingtai have barely moved since 2031.\n\n"
            "SUN: Men's cut is twenty-five.\n\nHOST: And at the repair stall?\n\nDU: Patch a tube, five. A new chain, "
            "fitted, sixty. The soup dumplings next door were 28 a basket last year.\n")
    found = {c.as_printed: c for c in extract(text, "t")}
    for printed in ("twenty-five", "sixty", "28"):
        assert (found[printed].unit, found[printed].metric) == ("yuan", ""), printed

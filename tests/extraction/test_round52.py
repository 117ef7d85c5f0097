"""Session 49: the bare-number models retrained, and rules from the spent sets' misses (texts written for these tests,
other cities and years)."""

from __future__ import annotations

from explorer.model.extract import bare_amounts, extract
from tests.helpers import by_printed


def test_the_second_number_of_a_tally_is_never_money_but_a_price_of_several_can_be() -> None:
    text = ("HOST: Prices at the Luohe night fair, 2034.\n"
            "GAO: My boy went three for four at the game on Sunday. The committee voted six for one.\n"
            "GAO: The small melons go three for ten.\n")
    found = by_printed(text)
    assert all(found[s].unit != "yuan" for s in ("four", "one") if s in found)  # (dropped: no figure)
    assert (found["ten"].value, found["ten"].unit) == (10, "yuan")  # three melons for ten yuan


def test_what_a_workshop_makes_is_output_with_its_place_in_apposition() -> None:
    text = "The glove workshop in Linying, a county of Luohe, makes 42,000 a week, its manager said."
    c = by_printed(text)["42,000"]
    assert bare_amounts.never_money(text, c) and c.unit == "count"
    text = "The glove workshop in Linying, a county of Luohe, pays 4,200 a month, its manager said."
    assert not bare_amounts.never_money(text, by_printed(text)["4,200"])


def test_bottles_and_cylinders_are_counted_in_ping() -> None:
    text = "送水工老秦：今天要送五十六瓶，忙的时候一百多瓶。瓶子里装的是山泉水，瓶装的更贵。\n"
    found = by_printed(text)
    assert (found["五十六瓶"].value, found["五十六瓶"].unit) == (56, "瓶")
    assert (found["一百多瓶"].value, found["一百多瓶"].qualifier) == (100, "over")


def test_a_deposit_a_price_per_head_and_a_price_per_bottle_said_bare_are_yuan() -> None:
    text = ("店长：桶押金是五十，不用了退桶就退给你。\n"
            "顾客：我们是单位团建，网上团购的，人均一百三，还管一顿饭。\n"
            "老秦：以前在小店买，一瓶二十多。\n")
    found = by_printed(text)
    assert (found["五十"].value, found["五十"].unit) == (50, "元")
    assert (found["一百三"].value, found["一百三"].unit) == (130, "元")
    assert (found["二十多"].value, found["二十多"].unit, found["二十多"].qualifier) == (20, "元", "over")


def test_a_price_said_bare_after_shi_is_yuan_when_its_change_in_yuan_follows() -> None:
    text = "老板：去年一张年卡是三百六，今年涨了四十块钱。上周来的客人是三百六十个。\n"
    found = by_printed(text)
    assert (found["三百六"].value, found["三百六"].unit) == (360, "元")
    assert found["三百六十个"].unit == "个"


def test_a_caption_that_lists_a_unit_for_each_column_gives_each_column_its_unit() -> None:
    text = ("表2  2034年各区公共雪场运营情况\n单位：块，万人次，万元\n\n"
            "地区          雪场数量    接待人次    经营收入\n"
            "全市          23          88.4        3120.6\n"
            "其中：甲区    9           40.2        1402.5\n")
    found = by_printed(text)
    assert (found["23"].value, found["23"].unit) == (23, "块")
    assert (found["88.4"].value, found["88.4"].unit) == (88.4, "万人次")
    assert (found["1402.5"].value, found["1402.5"].unit) == (1402.5, "万元")


def test_days_of_an_average_span_a_change_of_one_and_a_stock_are_figures() -> None:
    text = ("2034年，全县公共雪场平均开放87天，比上个雪季延长9天。游客人均停留1.6天，比上年缩短0.2天。"
            "县级储备冻猪肉可满足全县居民约6天的消费需求，审批用时压缩到现在的9个工作日。春节放假8天。\n")
    found = by_printed(text)
    assert [(found[k].value, found[k].unit) for k in ("87天", "9天", "6天", "9个工作日")] == \
        [(87, "天"), (9, "天"), (6, "天"), (9, "个工作日")]
    assert found["0.2天"].value == -0.2 and "8天" not in found  # (a cut falls; a holiday is no figure)


def test_glasses_in_fu_rinks_in_kuai_and_about_said_with_lai() -> None:
    text = ("店主：去年离焦片一共卖了两百来副，今年卖出去九十多副了。副主任说，三十副对联送完了。\n"
            "主持人：全市一共开放公益雪场十六块，门票十五块。\n"
            "送水工：一天下来我大概送七十来瓶。\n")
    found = by_printed(text)
    assert (found["两百来副"].value, found["两百来副"].qualifier) == (200, "approximately")
    assert (found["九十多副"].value, found["九十多副"].qualifier) == (90, "over")
    assert (found["十六块"].value, found["十六块"].unit) == (16, "块")
    assert found["十五块"].unit == "块钱"
    assert (found["七十来瓶"].value, found["七十来瓶"].qualifier) == (70, "approximately")


def test_a_number_said_with_odd_some_or_something_is_more_than_that() -> None:
    text = ("HOST: The Xuchang night fair, July 2034.\n"
            "STALL KEEPER: A big one, you are paying twenty-odd yuan. Prices rose forty-odd percent.\n"
            "STALL KEEPER: There are thirty-some stalls, and fifty-something children came by. Twenty-some of us sell "
            "here. Last summer it was seventy-something.\n"
            "STALL KEEPER: My lane has two empty out of forty-odd. A couple with two children pays half.\n")
    found = by_printed(text)
    assert (found["twenty-odd yuan"].value, found["twenty-odd yuan"].unit, found["twenty-odd yuan"].qualifier) == \
        (20, "yuan", "over")
    assert (found["forty-odd percent"].value, found["forty-odd percent"].unit) == (40, "%")
    for printed, value in (("thirty-some", 30), ("fifty-something", 50), ("Twenty-some", 20),
                           ("seventy-something", 70)):
        assert (found[printed].value, found[printed].qualifier) == (value, "over"), printed
    assert "forty-odd" not in found and "two" not in found  # (the whole a part is out of; a kind of family)


def test_yuan_and_jiao_said_with_a_long_numeral_or_a_particle_after() -> None:
    text = ("【骑手】手机上显示今天收入二百八十一块四，再加上小费十五块，一共是二百九十六块四。\n"
            "【顾客】好嘞，五十二块五是吧，我转给你。跑腿费是七块六。七块六啊家人们。两块五亩地。\n")
    found = by_printed(text)
    assert [(found[k].value, found[k].unit) for k in ("二百八十一块四", "二百九十六块四", "五十二块五")] == \
        [(281.4, "块钱"), (296.4, "块钱"), (52.5, "块钱")]
    assert sum(1 for c in found.values() if c.value == 7.6) >= 1 and "两块五" not in found


def test_a_price_for_an_hour_said_bare_is_yuan() -> None:
    text = ("HOST: The Zigong mall booths, 2034.\n"
            "GUEST: You scan the code and pick a package. It is forty-nine for an hour. Off-peak there is a deal, "
            "thirty-five for the hour.\n")
    found = by_printed(text)
    assert (found["forty-nine"].value, found["forty-nine"].unit) == (49, "yuan")
    assert (found["thirty-five"].value, found["thirty-five"].unit) == (35, "yuan")


def test_jointly_with_is_no_county_and_lanterns_come_in_pairs() -> None:
    text = ("缙云县文广旅体局会同县市场监管局开展价格监测，2034年手工大灯笼平均出厂价为每对138元。\n"
            "批发商：今年一共订了两千对大灯笼！老板：两千对！搓澡一位三十，卡里充三百送五十。\n")
    found = by_printed(text)
    assert found["138元"].city == "Lishui"  # (缙云县 is Lishui's; 会同 here acts jointly, no county of Huaihua)
    assert (found["两千对"].value, found["两千对"].unit) == (2000, "对")
    assert (found["三十"].value, found["三十"].unit) == (30, "元")
    assert (found["五十"].value, found["五十"].unit) == (50, "元")


def test_hundred_said_without_a_is_read_whole() -> None:
    text = ("HOST: Jincheng, 2034.\nHOST: How many stalls have we got this winter?\n"
            "TIAN: Hundred and forty-odd. Hundred and forty-two, I signed the permits. We have hundred and twenty "
            "carts too.\n")
    found = by_printed(text)
    assert (found["Hundred and forty-odd"].value, found["Hundred and forty-odd"].qualifier) == (140, "over")
    assert found["Hundred and forty-two"].value == 142
    assert found["hundred and twenty"].value == 120 and "twenty" not in found  # (never 20)


def test_a_temperature_said_minus_in_words_after_talk_of_the_cold() -> None:
    text = "HOST: Jincheng, December 2034.\nGUO: Yes, it is cold. Phone says minus nineteen this morning.\n"
    c = by_printed(text)["nineteen"]
    assert (c.value, c.unit) == (-19, "°C")


def test_batches_counted_in_pici() -> None:
    text = "股长：今年我们对小作坊抽检了一百六十批次，合格的是一百五十二批次。\n"
    found = by_printed(text)
    assert (found["一百六十批次"].value, found["一百六十批次"].unit) == (160, "批次")


def test_livestream_prices_per_box_for_several_and_below_the_shop() -> None:
    text = ("【店主】“大吉大利”你晓得的，一箱一百四，要两箱的话算你两百六。\n"
            "【店主】仙女棒十二块钱一盒，三盒三十。\n"
            "【店主】店里标价两百九十八，今天直播间两百六十八，比店里便宜三十！\n")
    found = by_printed(text)
    assert (found["一百四"].value, found["一百四"].unit) == (140, "元")
    assert (found["两百六十八"].value, found["两百六十八"].unit) == (268, "元")
    thirty = sorted((c.value, c.unit) for c in extract(text, "t") if c.as_printed == "三十")
    assert thirty == [(-30, "元"), (30, "元")]  # (three boxes for thirty; the gap below the shop's price)


def test_what_a_read_only_review_found_the_new_chinese_rules_over_reach_to() -> None:
    text = ("单位：万元，%\n项目          2033年      2034年\n营业收入      12345.6     13456.7\n"
            "毛利率        35.2        36.1\n\n"
            "冰场门票五十块，学生半价。场地费八百块，一个月一结。\n"
            "院里住着两位老人，一位八十三，一位九十一。\n"
            "韶关市申请退押金的用户有三百多。\n"
            "这学期学员是一百二十，学费涨了两百元。\n手机才充了八十，还得等一会儿。\n"
            "受降雪影响，比赛日程延长2天。商城可满足7天无理由退货。可满足游客提前7天预约。景区平均每周闭馆1天。"
            "检测由每天一次减少到3天一次。\n"
            "快递员人均两百多，一天跑十几个小时。矿泉水一瓶五百，一箱二十四瓶。\n"
            "晋升了二十多副调研员。医药学院会同县实践基地2034年接待学生1200人次。\n")
    found = by_printed(text)
    assert (found["13456.7"].unit, found["36.1"].unit) == ("万元", "%")  # (amounts by year, a rate's row in %)
    assert found["五十块"].unit == "块钱" and found["八百块"].unit == "块钱"
    money = {c.as_printed for c in found.values() if c.unit == "元"}
    assert money == {"两百元"}, money  # (ages, users, pupils, a battery's charge, parcels, millilitres: no yuan)
    assert not any(c.unit == "天" for c in found.values())  # (rules and frequencies, no spans measured)
    assert "二十多副" not in found and found["1200人次"].city == "Huaihua"


def test_what_a_read_only_review_found_the_new_english_rules_over_reach_to() -> None:
    text = ("HOST: A café in Mianyang, 2034.\nREPORTER: What do the board games cost at your café?\n"
            "OWNER: We rent board games for 20 a table.\n"
            "OWNER: The noodle workshop in Jiangyou, the pride of Mianyang, makes 9,000 a month after costs.\n"
            "OWNER: I take in two hundred a day, minus forty. My husband in Jiangyou is fifty-odd.\n"
            "OWNER: Retired people, mostly. Seven out of ten are over sixty.\n")
    found = by_printed(text)
    assert "sixty" not in found  # (an age, at the clause's end)
    assert found["20"].unit == "yuan" and found["9,000"].unit == "yuan"  # (a price; profit after costs)
    assert "fifty-odd" not in found  # (an age)
    assert all(c.unit != "°C" for c in found.values())  # (no talk of the cold: "minus forty" is no temperature)


def test_a_coupon_a_card_balance_a_price_charged_and_skewers_in_ten_thousands() -> None:
    text = ("主持人：体育消费券也能用，满三百减八十。\n听众：我卡里还剩四百六。\n"
            "摊主：原味的六块钱一串；夹豆沙的九块钱；葡萄的贵点儿，十五。三十串，好嘞！给你算一百六，抹个零。\n"
            "摊主：这个冬天开摊到现在，卖了三万多串了。\n")
    found = by_printed(text)
    assert (found["八十"].value, found["八十"].unit) == (80, "元")  # (eighty off, no fall)
    assert (found["四百六"].value, found["四百六"].unit) == (460, "元")
    assert (found["十五"].value, found["一百六"].value) == (15, 160)
    assert (found["三万多串"].value, found["三万多串"].unit, found["三万多串"].qualifier) == (3, "万串", "over")


def test_numbers_to_call_said_in_groups_are_no_figures() -> None:
    text = ("HOST: Suining radio, 2034. Tonight, tea houses and what they charge.\n"
            "HOST: The lines are open: oh-eight-two-five, three-one-six, seven-seven-seven-seven. "
            "Or call one-two-three-one-five.\n"
            "OWNER: My number is on the sign, 139 2718 0643, or the shop, 0825-6612 508. A year's card is "
            "one-two-eight-oh yuan.\n")
    found = by_printed(text)
    assert [c.as_printed for c in found.values() if c.unit == "yuan"] == ["one-two-eight-oh"]
    assert not any(printed in found for printed in ("139", "2718", "0643", "0825", "6612", "508"))


def test_an_age_said_after_a_childs_or_a_husbands_possessive() -> None:
    text = ("HOST: Suining, 2034.\nCUSTOMER: Go on then. My daughter's eleven, she says yours are the best.\n"
            "CALLER: My son's seven, he's been in the group since December. We paid three hundred yuan.\n")
    found = by_printed(text)
    assert "eleven" not in found and "seven" not in found
    assert found["three hundred yuan"].value == 300


def test_a_bracketed_caption_that_lists_a_unit_for_each_column() -> None:
    text = ("表1　2034年全县主要林产品产量和产值\n（单位：万立方米，万元）\n"
            "产品名称　　　　　　产量　　　产值\n旋切单板　　　　　　18.2　　　27640\n")
    found = by_printed(text)
    assert (found["18.2"].unit, found["27640"].unit) == ("万立方米", "万元")

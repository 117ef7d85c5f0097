"""Session 53: rules from the misses of the held-out sets spent in session 52 and of later batches (texts written for
these tests, other cities and years)."""

from __future__ import annotations

import pytest

from tests.helpers import by_printed
from tests.helpers import said as _said

# ---- Chinese -------------------------------------------------------------------------------------------------------


def test_rounds_of_an_inspection_and_what_it_found_are_counted() -> None:
    found = by_printed("今年以来，区市场监管所对全区理发店开展了四轮专项检查，一共检查了二百一十家次。")
    assert _said(found, "四轮") == (4, "轮", "exact")
    assert _said(by_printed("卫生监督所每个季度至少查三次，去年一共罚了八起。"), "三次")[:2] == (3, "次")
    assert _said(by_printed("城管上个礼拜来查了两回，查的是占道。"), "两回") == (2, "回", "exact")
    assert _said(by_printed("今年我们配合海事部门已经查扣了六条无证渔船。"), "六条") == (6, "条", "exact")
    assert _said(by_printed("抽检面条五十二批次，有八批次不合格，主要是菌落总数超标。"), "八批次") == (8, "批次", "exact")
    assert _said(by_printed("全区九十三家网吧全部查过，发现问题的有四家，都已整改。"), "四家") == (4, "家", "exact")


def test_a_second_time_and_hours_of_checking_are_no_count() -> None:
    assert "二次" not in by_printed("榨季结束后，由企业与农户进行二次结算，让农户分享收益。")
    assert "两个" not in by_printed("检查组查了两个小时才走。")
    assert "三次" not in by_printed("他一周要去三次健身房。")  # (no inspection: a phrase's classifier, as before)

def test_wells_litres_and_metres_said_in_numerals_are_measured() -> None:
    found = by_printed("2034年，全县共新打农田机井864眼，比上年多打75眼。截至年底，机井总数达到3.18万眼。")
    assert _said(found, "864眼") == (864, "眼", "exact")
    assert _said(found, "3.18万眼") == (3.18, "万眼", "exact")
    found = by_printed("师傅：这口井设计二百六十米，到这会儿打到一百九十多米了。水箱装水一百八十升，够三口人用。")
    assert _said(found, "二百六十米") == (260, "米", "exact")
    assert _said(found, "一百九十多米") == (190, "米", "over")
    assert _said(found, "一百八十升") == (180, "升", "exact")
    assert _said(by_printed("今年我们卖了一百五十台，都是200升的。"), "200升") == (200, "升", "exact")
    found = by_printed("表1　2034年新打机井\n镇　　　　新打机井（眼）　　新增面积（万亩）\n河口镇　　93　　　　　　　0.27\n")
    assert _said(found, "93") == (93, "眼", "exact")


def test_an_eye_a_rise_and_a_distance_are_no_measure() -> None:
    found = by_printed("我一眼就看出来了。价格升至三百元，销量升了两成。他眼下有三十眼井要打。")
    assert "一眼" not in found and "三十眼" in found
    assert not any(p.endswith("升") for p in by_printed("销量升至三百台，价格升了两成。"))
    for text in ("其中，百米定尺重轨产量增长较快。", "吨酒收入达到6299元/千升。", "井浅，几十米就见水了。",
                 "骑手最后一百米进门难。", "离居民楼不到五百米的社区药店有七十多家。", "我们馆一个五十米的标准池。",
                 "有的，二十升一桶的餐饮装。"):
        assert not any(p.endswith(("米", "升")) for p in by_printed(text)), text


def test_a_clipped_amount_after_a_metre_or_a_machine_is_a_price() -> None:
    assert _said(by_printed("老郭：一米一百六。"), "一百六") == (160, "元", "exact")
    assert _said(by_printed("师傅：这么深的井得用潜水泵，一台三千九。"), "三千九") == (3900, "元", "exact")
    assert "一米八" not in by_printed("我儿子身高一米八。")


def test_a_chinese_markdown_table_takes_its_units_from_the_header_over_its_rule() -> None:
    found = by_printed("表2　2034年各区托育机构情况\n\n| 区 | 机构数（家） | 收入（万元） |\n| --- | --- | :---: |\n"
                       "| 东港区 | 76 | 1,204.5 |\n| 岚山区 | 49 | 688.2 |\n")
    assert _said(found, "76") == (76, "家", "exact")
    assert _said(found, "688.2") == (688.2, "万元", "exact")
    assert found["49"].period == "2034"


def test_class_hours_and_a_price_a_piece_are_read() -> None:
    assert _said(by_printed("按规定，一次性收费不得超过48课时。"), "48课时") == (48, "课时", "under")
    assert "48课时" not in by_printed("课时费48元一节。")
    assert _said(by_printed("老师：算盘咱们这儿有，七十五一个。"), "七十五") == (75, "元", "exact")
    assert _said(by_printed("今天一共来了七十一个。"), "七十一个") == (71, "个", "exact")  # (71 of them, no price)


def test_prices_a_pack_a_change_and_another_time_and_bowls_counted() -> None:
    found = by_printed("主播：我们家的干香菇，一斤装的七十八，两斤装的一百四十五，都包邮。")
    assert _said(found, "七十八") == (78, "元", "exact") and _said(found, "一百四十五")[:2] == (145, "元")
    found = by_printed("记者：这价钱您觉得贵不贵？\n老王：前年十二，去年涨到十四，是涨了。\n")
    assert _said(found, "十四") == (14, "元", "exact")
    found = by_printed("老板：统货今天八块六一斤。\n\n主播：八块六啊家人们！去年这个时候才六块多，今年好一点。\n")
    assert _said(found, "六块多") == (6, "块钱", "over")
    assert _said(by_printed("全市日均销售米粉约37万碗，奶茶约8万杯。"), "37万碗") == (37, "万碗", "approximately")
    assert "六块" not in by_printed("去年这个时候才六块地，今年种了九亩。")  # (pieces of land: no price before)


def test_keys_and_knives_counted_and_jiao_with_fen_or_said_whole() -> None:
    found = by_printed("师傅：平常日子也就四十来把。赶上开学，七十到九十把都有过。一天磨个十多把刀。")
    assert _said(found, "四十来把") == (40, "把", "approximately")
    assert _said(found, "九十把")[::2] == (90, "range") and _said(found, "十多把")[::2] == (10, "over")
    assert "一把手" not in by_printed("一把手说了算。") and _said(by_printed("百把块钱的事。"), "百把块钱")[1] == "块钱"
    found = by_printed("电价去年是五毛八一度，今年涨到六毛二了。一斤谷一毛钱，碾一百斤才十块钱。")
    assert _said(found, "五毛八") == (5.8, "毛", "exact") and _said(found, "六毛二") == (6.2, "毛", "exact")
    assert _said(found, "一毛钱") == (1, "毛钱", "exact")
    assert "一毛钱" not in by_printed("他一毛钱都不给。")


def test_a_place_in_a_viewers_label_is_not_where_the_livestream_is() -> None:
    text = ("【直播文字实录】羊绒工作室冬季上新直播\n\n"
            "【老板】咱们工作室在阿拉善左旗，做了十年了。今年原绒收的时候一斤二百八。\n"
            "【弹幕·包头的兰兰】涨这么多？\n【老板】去年才二百四左右。\n【弹幕·包头的兰兰】羊绒衫怎么洗？\n"
            "【老板】一件今天卖一千二百八。\n")
    cities = {c.city for c in by_printed(text).values()}
    assert cities == {"Alxa"}, cities



def test_a_column_headed_by_what_it_counts() -> None:
    found = by_printed("表1　2035年全市豆芽抽检情况（按环节）\n环节｜抽检批次｜不合格批次\n生产环节｜156｜5\n"
                       "流通环节｜198｜3\n合计｜412｜9\n")
    assert _said(found, "156") == (156, "批次", "exact") and _said(found, "9") == (9, "批次", "exact")
    # (under a caption naming each column's unit, the caption's: 单位：块，万人次，万元)
    found = by_printed("表2　冰场情况\n单位：块，万人次，万元\n"
                       "地区｜冰场数量｜上冰人次｜经营收入\n科尔沁区｜12｜56.8｜2310\n")
    assert _said(found, "56.8")[:2] == (56.8, "万人次")



def test_a_phone_number_read_out_a_price_in_tens_and_tenths_and_helpers_hired() -> None:
    text = ("主持人：今天团购的橙子标价四十九八，贵不贵？\n店主：不贵，一箱十斤，二十来块钱一斤的那种。\n"
            "主持人：有急事打店主电话，一三九二七四六零八五一，随时打。\n")
    found = by_printed(text)
    assert _said(found, "四十九八") == (49.8, "元", "exact")
    assert not any(p.startswith("一三九") for p in found)  # (a phone number read out: no figure)
    found = by_printed("原价两千六百八，今天到手价一千九百八。一千九百八啊家人们，一九八零，还包安装。")
    assert _said(found, "一九八零")[:2] == (1980, "元")  # (a price of four digits said one by one stays)
    assert "三十六九" not in by_printed("他今年三十六九月份生日。")
    assert _said(by_printed("周师傅这回喊了八个帮手，一天四十桌。"), "八个")[:2] == (8, "个")


# ---- English -------------------------------------------------------------------------------------------------------


# (the text, the number in words, how many of the whole an outcome befell; the last four from the second review)
OUTCOME_COUNTS = [
    ("They tested seventy-two batches of noodles last spring and nine failed, mostly on additives.", "nine", 9),
    ("Since May we've checked forty-eight driving schools. Six had no fee list on the wall.", "Six", 6),
    ("Lishui has thirty-four kennels, and this summer we went through every one of them. Five were told to close.",
     "Five", 5),
    ("In the autumn we inspected every licensed gym and found problems at twelve. The rest were fine.", "twelve", 12),
    ("When the bureau looked at the booking pages of thirty firms last month, nine did not show the deposit at all.",
     "nine", 9),
    ("Of the sixty people we surveyed, eleven were paying more than 3,000 yuan in rent.", "eleven", 11),
    ("Inspectors checked 48 of the city's driving schools. Six had no fee list on the wall.", "Six", 6),
    ("Officers inspected 120 restaurants in June and found problems at fourteen.", "fourteen", 14),
    ("We checked up on thirty restaurants after the complaints, and six had no licence on display.", "six", 6),
]


@pytest.mark.parametrize(("text", "printed", "value"), OUTCOME_COUNTS, ids=[p for _, p, _ in OUTCOME_COUNTS])
def test_the_part_of_an_inspected_whole_an_outcome_befell_is_counted(text: str, printed: str, value: int) -> None:
    assert _said(by_printed(text), printed) == (value, "count", "exact")


def test_an_outcome_without_a_larger_inspected_count_is_no_figure() -> None:
    assert "Two" not in by_printed("We checked the books twice. Two were wrong, they said.")
    assert "Nine" not in by_printed("My sons came home at ten. Nine had been the deal.")
    assert "three" not in by_printed("We tested the new recipe in 2034 and three failed.")  # (a year is no whole)

def test_a_range_verb_said_once_makes_both_from_to_pairs_ranges() -> None:
    found = by_printed("A survey found a rat treatment ran from 150 yuan to 420 yuan, with a median of 210, and for a "
                       "whole-house termite treatment from 3,200 to 8,500 yuan.")
    assert _said(found, "3,200") == (3200, "yuan", "range")
    assert _said(found, "8,500 yuan") == (8500, "yuan", "range")
    found = by_printed("Prices ranged from 10 to 20 yuan in 2033, and rose from 30 to 40 yuan in 2034.")
    assert _said(found, "30")[2] == "exact"  # (a change said between: the second pair is a change)

def test_an_answer_after_a_question_asked_back_and_a_price_after_paying() -> None:
    text = ("TOM: Welcome to Lishui Talk.\nJENNY: And what does a set actually cost?\n"
            "HUANG: To the school? A summer set, polo shirt and shorts, 95. Winter set with the jacket, 270, depends.\n"
            "TOM: OK.\n")
    assert _said(by_printed(text), "95")[:2] == (95, "yuan")
    text = ("LIU: Paperbacks, five yuan a book.\nBAI: A map from the sixties, people will pay sixty for that.\n"
            "WANG: This dictionary is ninety new. I got it for thirty-five.\n")
    found = by_printed(text)
    assert _said(found, "sixty")[:2] == (60, "yuan") and _said(found, "thirty-five")[:2] == (35, "yuan")
    found = by_printed("Every batch gets tested. Of the 12 batches we sent off, one failed on shrinkage.")
    assert _said(found, "one") == (1, "count", "exact")


def test_a_captions_unit_named_for_one_column() -> None:
    text = ("Table 1  Licensed rooms and fines in selected counties, 2035\n"
            "(Licensed rooms: number at year-end; fines: 10,000 yuan)\n\n"
            "County              Licensed rooms    Fines\n"
            "Ximeng County       214               31.4\n"
            "Menglian County     96                12.7\n")
    found = by_printed(text)
    assert _said(found, "31.4") == (31.4, "万元", "exact")
    assert _said(found, "214")[1] == "count" and "10,000 yuan" not in found  # (the caption's unit: no figure)


# ---- What a read-only review of this session's rules found (each confirmed at the rule's commit) -----------------

REVIEWED_ZH = ["全程免费，不收老百姓一分钱。", "真的，我没拿一毛钱。", "最后一千二把它拿下了。",
               "我找亲戚借了三千多把房租交了。", "卖了一万二把账还上了。", "他瞪了我十几眼，我也没理他。",
               "一天要被网友看几百眼。", "孩子今年6升7，要参加考试。", "往东一百米有个加油站。",
               "从小区门口往前走二百米就是地铁站。", "他参加了一百米短跑。",
               "我们对方案进行了三轮修改。", "他们每天进行三次消毒，早中晚各一次。", "我们调查了两次，都没有找到原因。",
               "我去医院检查了三回，都说没事。", "他身体有三个指标不合格，医生让复查。", "全班有三个同学体育不达标。"]


def test_what_the_review_found_in_chinese_is_no_figure() -> None:
    for text in REVIEWED_ZH:
        assert not by_printed(text), (text, by_printed(text))
    assert "二十六" not in by_printed("记者：电费一个月多少钱？\n老王：空调调到二十六，不敢再低了。\n")
    assert not by_printed("主播：现在还剩多少？一斤装的五十，两斤装的二十，手慢无。")
    assert "一块" not in by_printed("老板：白菜今天一块二一斤。我跟老张以前一块，后来他去城里了。")
    # (what the rules are for still holds: an inspection named after its rounds, wells spoken of)
    assert _said(by_printed("今年开展了三轮专项检查。"), "三轮")[:2] == (3, "轮")
    assert _said(by_printed("我这个队一年能打四十来眼井。"), "四十来眼")[:2] == (40, "眼")


REVIEWED_EN = ["HOST: Welcome back to Lishui Talk.\nJENNY: So what does the bus cost these days?\n"
               "CALLER: For seniors? 65 and over ride free, the rest pay two yuan.\n",
               "HOST: Welcome back to Lishui Talk.\nJENNY: What does a ticket cost at the weekend?\n"
               "GUEST: At the weekend? Gates open at 9, and it's 40 yuan.\nHOST: OK.\n",
               "Police charged seven in connection with the scam, which cost investors 30 million yuan.",
               "The night shift ran its checks and found faults at eleven, so the line was stopped until morning.",
               "When we checked in at 10 p.m., four were still waiting at the desk.",
               "We visited the new mall on its opening day, March 15. Ten were queuing before nine."]


def test_what_the_review_found_in_english_is_no_figure_or_a_change() -> None:
    for text, printed in zip(REVIEWED_EN, ("65", "9", "seven", "eleven", "four", "Ten")):
        found = by_printed(text)
        assert printed not in found or found[printed].unit == "count" and printed in ("65", "9"), (text, found)
    found = by_printed("Room rates ran from 300 yuan to 900 yuan during the fair, and occupancy went from 60 percent "
                       "to 95 percent.")
    assert _said(found, "300 yuan")[2] == "range" and _said(found, "60 percent")[2] == "exact"
    found = by_printed("Loan rates ran from 3.2 to 4.5 percent, and the bad-loan ratio improved from 2.1 percent to "
                       "1.6 percent.")
    assert _said(found, "2.1 percent")[2] == "exact"


# ---- What a second read-only review found (each confirmed at the rules' commits) ----------------------------------

def test_what_the_second_review_found_in_chinese() -> None:
    assert not any(u == "人次" for u in (c.unit for c in by_printed(
        "表1　2035年各景区接待情况（万人次）\n景区｜接待人次｜同比增长（%）\n白云山｜356.2｜12.5\n").values()))
    assert not any(p.endswith("克") for p in by_printed("瑞典克朗兑人民币汇率为0.68，一张门票要两百克朗。"))
    assert _said(by_printed("农户：一亩地要施肥三十千克。"), "三十千克")[:2] == (30, "千克")  # (grams left out again)
    assert _said(by_printed("我们店已经卖出去两千多把雨伞。"), "两千多把")[::2] == (2000, "over")
    assert _said(by_printed("师傅：这口井我们往下打了二百六十米才见水。"), "二百六十米")[:2] == (260, "米")
    assert _said(by_printed("今年村里新修了一条两千米长的水渠。"), "两千米")[:2] == (2000, "米")
    assert _said(by_printed("新打抗旱水源工程86眼。"), "86眼")[:2] == (86, "眼")
    assert _said(by_printed("今年全市开展了四轮安全生产大检查。"), "四轮")[:2] == (4, "轮")
    assert _said(by_printed("市场监管所对这家店检查了三次，都没发现问题。"), "三次")[:2] == (3, "次")
    assert _said(by_printed("抽检的二十个样品中，有三个不合格，已责令下架。"), "三个")[:2] == (3, "个")
    assert _said(by_printed("一度电的成本不到一毛钱。"), "一毛钱") == (1, "毛钱", "under")
    assert _said(by_printed("主播：库存不多了家人们，一斤装的六十八，赶紧拍。"), "六十八")[:2] == (68, "元")
    text = "【政风行风热线】\n【留言·赤峰市民王先生】我家小区供暖一直不达标，每平方米交了二十六块钱取暖费。\n"
    assert {c.city for c in by_printed(text).values()} == {"Chifeng"}


def test_what_the_second_review_found_in_english() -> None:  # (and its counts, in OUTCOME_COUNTS)
    found = by_printed("Rents ran from 2,000 to 3,500 yuan a month in the old town and from 4,000 to 6,000 yuan in the new "
                       "district.")
    assert _said(found, "4,000")[2] == "range"
    text = ("HOST: Hi.\nJENNY: What did the garage want for the repair?\n"
            "CALLER: Well, the parts were two hundred yuan, and they charged ninety for labour.\nHOST: OK.\n")
    assert _said(by_printed(text), "ninety")[:2] == (90, "yuan")

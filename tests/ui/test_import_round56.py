"""Session 53's extraction rules reached as a person reaches them: File ▸ Import article… on texts written here
(other places and years), each checked in the review dialog's cells: the rounds of an inspection and what it found,
in Chinese and in English; wells, litres and metres said in numerals, clipped prices a metre or a machine,
class hours, a Chinese markdown table, prices paid, said in packs and for another time, an answer after a
question asked back, keys counted, jiao with fen, prices in a
livestream whose viewers' labels name another city, a caption's unit for one column, a column
headed by what it counts, and a price in tens and tenths."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import assert_review_cells, import_text_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

INSPECTION_ZH = ("2035-03-18 区市场监管局新闻发布会实录\n\n"
                 "记者：今年查了几轮？\n"
                 "科长：开展了五轮专项检查，抽检米粉六十四批次，有七批次不合格，已经立案。\n"
                 "记者：那无证摊点呢？\n"
                 "科长：查扣了三辆流动餐车，发现问题的有九家，都已整改。\n")

INSPECTION_EN = ("ZIGONG EVENING NEWS | 2035\n\n"
                 "REPORTER: What did the inspectors find?\n"
                 "OFFICIAL: We checked fifty-three bakeries this spring. Eight had no health certificates on display, "
                 "and we tested ninety batches of mooncakes and four failed.\n")

WELLS = ("2035-04-02 打井直播文字实录\n\n"
         "主播：有人问了，你们这儿打井多少钱一米？\n"
         "师傅：一米一百六。这口井设计二百四十米，水泵一台三千九。\n"
         "主播：今年镇上计划打多少？\n"
         "师傅：镇上计划新打机井九十六眼，太阳能热水器水箱装水一百八十升。\n")

TRAINING = ("盘锦市教育局关于2034年校外培训机构情况的通报\n\n"
            "各机构执行一次性收费不得超过60课时的规定。\n\n"
            "| 县（区） | 机构数（家） | 投诉举报（件） |\n| --- | --- | --- |\n"
            "| 双台子区 | 84 | 121 |\n| 大洼区 | 52 | 67 |\n")

BOOKS = ("LISHUI EVENING NEWS | 2035\n\n"
         "LIU: Paperbacks, five yuan a book.\n"
         "BAI: A map from the sixties, people will pay sixty for that.\n"
         "REPORTER: And what does a set of the encyclopaedia cost?\n"
         "BAI: To a collector? The whole set, 480. We had 20 sets tested, and one failed.\n")

PEPPER = ("2035-07-02 花椒直播文字实录\n\n"
          "主播：干椒呢？我们家的干椒，一斤装的七十八，两斤装的一百四十五，都包邮。\n"
          "老板：统货今天八块六一斤。\n\n"
          "主播：八块六啊家人们！去年这个时候才六块多。\n")

KEYS = ("2035-05-02 磨刀配钥匙小摊短视频\n\n"
        "主持人：一天能配多少把？\n"
        "师傅：平常日子也就四十来把。电价去年是五毛八一度，今年涨到六毛二了。\n")

CASHMERE = ("【直播文字实录】羊绒工作室冬季上新直播\n\n"
            "【老板】咱们工作室在阿拉善左旗，做了十年了。今年原绒收的时候一斤二百八。\n"
            "【弹幕·包头的兰兰】涨这么多？\n【老板】去年才二百四左右，一件今天卖一千二百八。\n"
            "【弹幕·包头的兰兰】羊绒衫怎么洗？\n")

FINES = ("Table 1  Licensed rooms and fines in selected counties, 2035\n"
         "(Licensed rooms: number at year-end; fines: 10,000 yuan)\n\n"
         "County              Licensed rooms    Fines\n"
         "Ximeng County       214               31.4\n"
         "Menglian County     96                12.7\n")

SPROUTS = ("孝感市市场监管局关于2035年豆芽抽检情况的通报\n\n表1　2035年全市豆芽抽检情况（按环节）\n"
           "环节｜抽检批次｜不合格批次\n生产环节｜156｜5\n合计｜412｜9\n")

GROUP_BUY = ("2035-04-16 社区团购自提点直播文字实录\n\n"
             "主持人：今天团购的橙子标价四十九八，贵不贵？\n店主：不贵。周师傅这回喊了八个帮手。\n"
             "主持人：有急事打店主电话，一三九二七四六零八五一，随时打。\n")

CASES = [
    ("inspection-briefing.txt", INSPECTION_ZH, [
        ("五轮", "value", "5"), ("五轮", "unit", "轮"), ("七批次", "value", "7"), ("九家", "value", "9")]),
    ("evening-news.txt", INSPECTION_EN, [
        ("Eight", "value", "8"), ("Eight", "unit", "count"), ("four", "value", "4"), ("four", "unit", "count")]),
    ("well-livestream.txt", WELLS, [
        ("一百六", "value", "160"), ("一百六", "unit", "元"), ("二百四十米", "unit", "米"), ("三千九", "value", "3900"),
        ("九十六眼", "unit", "眼"), ("一百八十升", "unit", "升")]),
    ("training-circular.txt", TRAINING, [
        ("60课时", "qualifier", "under"), ("84", "unit", "家"), ("121", "unit", "件"), ("67", "value", "67")]),
    ("used-books.txt", BOOKS, [("sixty", "unit", "yuan"), ("480", "unit", "yuan"), ("one", "unit", "count")]),
    ("pepper-livestream.txt", PEPPER, [
        ("七十八", "unit", "元"), ("一百四十五", "value", "145"), ("六块多", "qualifier", "over")]),
    ("key-stall.txt", KEYS, [
        ("四十来把", "unit", "把"), ("四十来把", "qualifier", "approximately"), ("五毛八", "value", "5.8"),
        ("六毛二", "value", "6.2")]),
    ("cashmere-livestream.txt", CASHMERE, [
        ("二百八", "unit", "元"), ("二百八", "city", "Alxa"), ("一千二百八", "city", "Alxa")]),
    ("fines-table.txt", FINES, [("31.4", "unit", ("万元", "10,000 yuan")), ("12.7", "value", "12.7")]),
    ("sprout-notice.txt", SPROUTS, [("156", "unit", "批次"), ("9", "unit", "批次")]),
    ("group-buying.txt", GROUP_BUY, [("四十九八", "value", "49.8"), ("四十九八", "unit", "元"), ("八个", "value", "8")]),
]


@pytest.mark.parametrize(("name", "text", "shown"), CASES, ids=[name for name, _, _ in CASES])
def test_session_53_rules_through_the_menu(name: str, text: str, shown: list, make_window, data_copy: Path, qtbot,
                                           tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / name, text, qtbot, monkeypatch)
    assert_review_cells(dialog, shown)

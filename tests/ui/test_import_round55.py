"""Session 52's extraction rules reached as a person reaches them: File ▸ Import article… on texts written here
(other places and years), each checked in the review dialog's cells: spoken price ranges and prices in hundreds and
high tens, a price table whose cell touches its row's name, counts answering "几个人？", top-ups and their caps, cold
said without 度, a table after a section of plans, subsidy caps, hedges said after a figure, prices in yuan and
cents, pay in thousands, a host whose given name is a city's, fish and cans counted, a price a metre, a caption of two
units over three columns, and kuai with fen."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import assert_review_cells, import_text_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

PHONE_IN = ("QINGYUAN CITY RADIO | MORNING LINE | 2034\n\n"
            "HOST: What does a small piece cost?\n"
            "WEN: Line work, a flower, that's three hundred, three-fifty.\n"
            "CALLER: Online they said four-eighty. There it was four-eighty for the outline, another two hundred "
            "for shading. All in yuan.\n"
            "HOST: How many studios are there now?\n"
            "WEN: In winter we're down to, I'd say, ninety studios.\n")

PODCAST = ("2035-04-02 密室播客 第8期\n\n"
           "阿杰：一场能进几个人？\n"
           "老板：最多八位，再多就挤了。\n"
           "阿杰：兼职演员呢？\n"
           "老板：按场算，一场八十。\n\n"
           "表1　2034年全市密室主要价格\n"
           "项目　　　　　平均价格（元）　同比增减（%）\n"
           "散客票（单人）　128　　　　　　-3.0\n"
           "包场（六人）688　　　　　　　2.5\n")

LIVESTREAM = ("2035-01-12 澡堂直播文字实录\n\n"
              "主播：外头啥温度知道不？我手机上显示零下二十六，眉毛都挂霜了。\n"
              "老板：会员卡充一千送二百。咱市里有规定，一张卡最多充五千。\n"
              "主播：那一个月下来能挣多少？\n"
              "师傅：好的时候六千到七千吧。\n"
              "大爷：办的十次卡，三百六，比单买合算。\n")

NOTICE = ("Notice on the Ferry Trade in 2034\n\n"
          "I. Size of the trade\n\nAt the end of 2034 there were 12 ferry operators in the city.\n\n"
          "II. Work in 2035\n\nIn 2035 the bureau will make no fewer than 40 inspections.\n\n"
          "Table 1 Fares taken by route, 2034\n\n"
          "Route | Fares (10,000 yuan) | Share (%)\nRiver crossing | 3,200 | 61.5\nIsland line | 2,000 | 38.5\n")

HOTLINE = ("2035-06-03 助听器热线\n\n"
           "【陈先生】有残疾证的，一人最高补两千五；没有证的老人，最高补一千二。\n"
           "【梁医生】补完您自己还要出四千出头。我们店三个验配师都是持证上岗的。\n")

SEGMENT = ("NEWS AT SIX | 2035\n\n"
           "OFFICIAL: And the free basic service? Last year, thirty-seven million yuan, about.\n"
           "MANAGER: Last year we did twelve thousand six hundred and forty, I think.\n")

VLOG = ("[08:10] XIAOMAN: The average cup in town is now twelve point six yuan. In 2033 it was fourteen fifty.\n"
        "OWNER: Then staff. A full-timer gets about three and a half thousand.\n")

HARBOUR = ("Harbour Talk | Episode 12: Who Fixes the Lifts?\nHosts: Lin Yuxi, Daniel Ko\n\n"
           "LIN YUXI: Hi everyone, I'm Yuxi. Today we're in Quanzhou with Mr Huang.\n"
           "HUANG: Quanzhou has forty-one thousand lifts. This year we'll be past fifty thousand, I'm sure.\n"
           "REPORTER: And what did you pay for the check?\nCHEN: Two-forty, in yuan.\n")

STURGEON = ("【直播文字实录】鲟鱼基地年货节\n\n"
            "主播：池子里现在存的鱼有多少？\n"
            "老板：大大小小加起来有个五万多尾吧。鱼子酱库存一共四百罐。\n"
            "李老师：没开封的，零下二度能放半年。遇到灾害，一张种最高赔两百块钱。\n")

CURTAINS = "2035-03-08 民生直通车\n\n【记者】这种布多少钱？\n王老板：你摸摸这个，全遮光的，七十二一米。\n"

CIRCULAR = ("Wen County Bureau of Agriculture\n\nNotice on Seed Sales in 2034\n\n"
            "Table 1  Sales of seed, 2034\nUnit: 10,000 yuan, %\n\n"
            "Item          Sales      Year-on-year change   Share of total\n"
            "Seed          3,958.2    4.6                   45.8\n"
            "Pesticides    4,684.8    -1.2                  54.2\n")

EGGS = "2035-04-12 村广播站录音整理\n\n主持人：红壳蛋四块零五。\n李河：玉米现在一块一毛五一斤，算下来饲料就得三块一上下。\n"

# Each text, imported through the menu, and what the review dialog must show: (printed, column, what it shows, or the
# values it may show)
CASES = [
    ("qingyuan-morning-line.txt", PHONE_IN, [
        ("three hundred", "value", "300"), ("three hundred", "unit", "yuan"), ("three hundred", "qualifier", "range"),
        ("three-fifty", "value", "350"), ("three-fifty", "unit", "yuan"), ("three-fifty", "qualifier", "range"),
        ("four-eighty", "value", "480"), ("four-eighty", "unit", "yuan"), ("ninety", "qualifier", "approximately")]),
    ("escape-room-podcast.txt", PODCAST, [
        ("八位", "value", "8"), ("八位", "qualifier", "under"), ("八十", "value", "80"), ("八十", "unit", "元"),
        ("688", "unit", "元"), ("688", "period", "2034"), ("2.5", "unit", "%"), ("2.5", "qualifier", "exact")]),
    ("bathhouse-livestream.txt", LIVESTREAM, [
        ("零下二十六", "value", "-26"), ("零下二十六", "unit", "℃"), ("一千", "value", "1000"), ("一千", "unit", "元"),
        ("五千", "qualifier", "under"), ("七千", "unit", "元"), ("七千", "qualifier", "range"), ("三百六", "value", "360")]),
    ("ferry-notice.txt", NOTICE, [
        ("3,200", "qualifier", "exact"),  # (a table after the plans: the year reported)
        ("40", "qualifier", "expected_over")]),
    ("hearing-aid-hotline.txt", HOTLINE, [
        ("两千五", "value", "2500"), ("两千五", "qualifier", "under"), ("四千出头", "unit", "元"),
        ("四千出头", "qualifier", "over"), ("三个", "value", "3")]),
    ("news-at-six.txt", SEGMENT, [
        ("thirty-seven million yuan", "qualifier", "approximately"),
        ("twelve thousand six hundred and forty", "qualifier", "approximately")]),
    ("tea-vlog.txt", VLOG, [
        ("fourteen fifty", "value", "14.5"), ("fourteen fifty", "unit", "yuan"),
        ("three and a half thousand", "unit", "thousand yuan")]),
    ("harbour-talk.txt", HARBOUR, [
        ("forty-one thousand", "city", "Quanzhou"), ("fifty thousand", "qualifier", "expected_over"),
        ("Two-forty", "value", "240"), ("Two-forty", "unit", "yuan")]),
    ("sturgeon-livestream.txt", STURGEON, [
        ("五万多尾", "unit", "万尾"), ("五万多尾", "qualifier", "over"), ("四百罐", "unit", "罐"),
        ("两百块钱", "qualifier", "under")]),
    ("curtains.txt", CURTAINS, [("七十二", "value", "72"), ("七十二", "unit", "元")]),
    ("seed-notice.txt", CIRCULAR, [
        ("3,958.2", "unit", ("万元", "10,000 yuan")), ("4.6", "unit", "%"), ("-1.2", "unit", "%")]),
    ("egg-radio.txt", EGGS, [
        ("四块零五", "value", "4.05"), ("一块一毛五", "value", "1.15"), ("三块一", "qualifier", "approximately")]),
]


@pytest.mark.parametrize(("name", "text", "shown"), CASES, ids=[name for name, _, _ in CASES])
def test_session_52_rules_through_the_menu(name: str, text: str, shown: list, make_window, data_copy: Path, qtbot,
                                           tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / name, text, qtbot, monkeypatch)
    assert_review_cells(dialog, shown)
    # (没开封的, "not opened", is no place: no candidate of any text is given Kaifeng)
    assert all(dialog.model.candidate(r).city != "Kaifeng" for r in range(dialog.model.rowCount()))

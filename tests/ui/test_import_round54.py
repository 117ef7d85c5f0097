"""Session 51's extraction rules reached as a person reaches them: File ▸ Import article… on texts written here
(other places and years). An English phone-in with ticket prices said hundreds then tens, a place in a tournament
and takings in millions; a Chinese phone-in with a price said bare after 一盒, the widest gap between shops as a
bound and a target of 百分之百."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import assert_review_cells, import_text_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

PHONE_IN = ("LISHUI CITY RADIO | EVENING LINE | 2034\n\n"
            "HOST: Mr Fang, how many skaters on a Saturday?\n"
            "FANG: I'd say two, three thousand. Last Saturday we had four thousand one hundred.\n"
            "HOST: And what does a ticket cost now?\n"
            "FANG: Adults, one eighty-eight for the day. Children, ninety-five. Skate hire is twenty yuan.\n"
            "HOST: And the club?\n"
            "FANG: In May our juniors came second out of 14 teams. Last year we took in about 3.6 million.\n")

HOTLINE = ("2034-03-02 民生热线\n\n"
           "听众老周：以前那个降糖药，一盒四十六，后来集采了，现在药店里三十八块。\n\n"
           "科长：同一种药，不同药店之间价格最多能差到百分之三十。市场监管局今年的目标，是药店执业药师在岗率达到百分之百。\n")

TEAHOUSE = ("2034-10-09 茶馆播客 第12期\n\n"
            "阿岚：老板，平时一天能卖多少壶？\n"
            "老板：平常日子一百八十壶上下。去年一年下来，流水是四十七万多一点。今年我估计全年能过五十万。\n")

VLOG = ("[00:40] ANNA: How much is a bed?\nWU: Fifty-five yuan a night in the dorm.\n"
        "ANNA: Fifty-five yuan. That's, like, eight US dollars, guys.\n"
        "WU: In 2031 we borrowed three hundred thousand from the bank.\n")

LIVESTREAM = ("【助农直播文字实录】“柿柿如意”——康县柿坪村专场\n\n直播账号：康县柿坪村股份经济合作社\n"
              "嘉宾：种植户老何、康县农业农村局小赵\n\n"
              "主播：柿子醋那收费是怎么收的？\n老何：打一次啊，小桶十三，大桶十六。新买的烘干机得一万一一台。\n")

CIRCULAR = ("Qinglan City Sports Bureau\n\nTable 2  Revenue of archery venues by area, 2033 (10,000 yuan)\n\n"
            "Area                    Revenue\nHexi District           1,204.5\nDongcheng District        786.1\n")

PARKING = ("2034-05-02 城市观察\n\n【记者】收费是咋个收的？\n"
           "【同期声】（经理）头一个小时六块钱，后头每个小时两块钱，一天封顶三十五块钱。夜场票三十，一晚上限流两千人。\n")

# Each text, imported through the menu, and what the review dialog must show: (printed, column, what it shows)
CASES = [
    ("lishui-evening-line.txt", PHONE_IN, [
        ("one eighty-eight", "value", "188"), ("one eighty-eight", "unit", "yuan"), ("second", "value", "2"),
        ("second", "unit", "rank"), ("3.6 million", "unit", "million yuan"),
        ("3.6 million", "qualifier", "approximately")]),
    ("hotline.txt", HOTLINE, [
        ("四十六", "value", "46"), ("四十六", "unit", "元"), ("百分之三十", "value", "30"),
        ("百分之三十", "qualifier", "under"), ("百分之百", "value", "100"), ("百分之百", "qualifier", "forecast")]),
    ("teahouse-podcast.txt", TEAHOUSE, [
        ("一百八十壶", "unit", "壶"), ("一百八十壶", "qualifier", "approximately"), ("四十七万多", "value", "47"),
        ("四十七万多", "qualifier", "over"), ("五十万", "qualifier", "expected_over")]),
    ("hostel-vlog.txt", VLOG, [("three hundred thousand", "unit", "yuan")]),
    ("persimmon-livestream.txt", LIVESTREAM, [
        ("十三", "value", "13"), ("十三", "unit", "元"), ("十六", "value", "16"), ("十六", "unit", "元"),
        ("一万一", "value", "11000"), ("一万一", "unit", "元"), ("十三", "city", "Longnan")]),
    ("archery-circular.txt", CIRCULAR, [
        ("1,204.5", "value", "1204.5"), ("1,204.5", "unit", "万元"), ("786.1", "value", "786.1"),
        ("786.1", "unit", "万元")]),
    ("parking-feature.txt", PARKING, [
        ("三十五块钱", "qualifier", "under"), ("两千人", "value", "2000"), ("两千人", "qualifier", "under"),
        ("三十", "value", "30"), ("三十", "unit", "元")]),
]


@pytest.mark.parametrize(("name", "text", "shown"), CASES, ids=[name for name, _, _ in CASES])
def test_session_51_rules_through_the_menu(name: str, text: str, shown: list, make_window, data_copy: Path, qtbot,
                                           tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / name, text, qtbot, monkeypatch)
    assert_review_cells(dialog, shown)

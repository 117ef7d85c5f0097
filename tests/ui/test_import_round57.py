"""Session 54's extraction rules reached as a person reaches them: File ▸ Import article… on texts written here
(other places and years), each checked in the review dialog's cells: signs taken down, a fine's range, a time a
service takes, a measure said "-odd", a price in yuan and cents after one by area; how often in a week, incidents,
the most one may buy, classes of a course, prices a box or a string, a seat's price and a capped share; a price's
floor asked for, a range "from … up to", a rate said bare, an amount said again after "That"; what a tradesman
charges, decibels said in numerals; a deposit, a price per floor and a loan said bare; litres, "and up", a part "Of
those"; prices listed for adults and children, pay asked for, a fee named first, money refunded."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import assert_review_cells, import_text_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

SIGNS = ("XINGTAI CITY RADIO | 2035\n\n"
         "HOST: How many signs came down last year?\n"
         "QIU: In the main urban area we took down 5,270 signs. A banner without a permit, the fine's from three "
         "hundred to three thousand yuan. A permit now takes four working days.\n"
         "ZHAO: A corner shop's sign is nine-odd square meters.\n")

WINDOWS = ("SHANTOU COMMUNITY PODCAST | 2035\n\n"
           "MA: We do it by floor area. Nine yuan a square metre this year; last year it was eight-fifty.\n"
           "LIAO: From 2,140 households, mind.\n")

MASSAGE = ("2035-03-06 盲人按摩店探店直播文字实录\n\n"
           "王阿姨：我这腰不好，一个礼拜来三回，雷打不动。\n"
           "孙老师：今年我们办了三期培训班，房租补贴每年最多补房租的百分之四十。\n")

FIREWORKS = ("2035-01-20 村广播文字稿\n\n"
             "【村主任】去年过年，咱们镇上出了三起事。一个人一次最多买六箱。\n"
             "【店主】价钱讲一下，小烟花一箱四十五；鞭炮一挂三十八。大礼花四百二一箱。\n")

GLASSES = ("NANYANG CITY TV | 2035\n\n"
           "HOST: So what does a pair for a child cost?\n"
           "OWNER: A basic pair starts at about four-twenty. Kids' frames, those are from a hundred and forty up to three "
           "hundred.\n"
           "OFFICIAL: Last year the failure rate was nine point four, so it's better.\n"
           "HOST: And the subsidy?\n"
           "OFFICIAL: A 1,500 yuan allowance.\nHOST: That 1,500, is that for everybody?\n")

LOCKSMITH = ("2035-12-08 河套热线文字稿\n\n"
             "主持人：您上门开一次收多少？\n师傅：白天普通防盗门我们一般收九十。\n"
             "验配师：左耳平均是六十二分贝。四十一到六十分贝算中度。\n"
             "李女士：开完了非给我换个新的，一共要了我五百六。\n")

MOVERS = ("LISHUI CONSUMER LINE | 2035\n\n"
          "HOST: Welcome back to the consumer line in Lishui.\n"
          "CALLER: On the phone they said four hundred, all in, and I paid a sixty deposit.\n"
          "MOVER: No lift, then it's thirty a floor from the second floor up.\n"
          "HOST: And the pawned car?\n"
          "OWNER: They valued it at about a hundred and forty thousand and lent me eighty-five.\n")

CAR_WASH = ("QINZHOU TRAFFIC HOUR | 2035\n\n"
            "HOST: Welcome to the traffic hour in Qinzhou.\n"
            "PANG: A basic wash is twenty-five yuan. It used to take about two hundred litres a car. Full detailing, "
            "that's four-twenty and up.\n"
            "OFFICIAL: A hundred and twelve car washes are registered. Of those, eighty-three have a permit.\n")

POOL = ("2035-07-16 游泳馆探店短视频文字稿\n\n"
        "小探：孙馆长，现在游一场多少钱？\n孙建国：单次的话，成人四十五，一米二以下的小孩三十。\n"
        "小探：救生员一个月能拿多少？\n孙建国：六千二左右吧。\n")

REPAIR = ("2035-08-02 家电维修短视频字幕\n\n"
          "小郭：叫师傅上门修个东西到底咋收费？\n郭师傅：上门费啊，镇上三公里以内，二十五。\n"
          "徐敏：到现在已经帮大家退回来八十多万了。\n")

CASES = [
    ("sign-phone-in.txt", SIGNS, [
        ("5,270", "value", "5270"), ("three hundred", "qualifier", "range"), ("four working days", "unit", "days"),
        ("nine-odd square meters", "qualifier", "over")]),
    ("window-podcast.txt", WINDOWS, [("eight-fifty", "value", "8.5"), ("2,140", "value", "2140")]),
    ("massage-livestream.txt", MASSAGE, [
        ("三回", "value", "3"), ("三期", "unit", "期"), ("百分之四十", "qualifier", "under")]),
    ("fireworks-broadcast.txt", FIREWORKS, [
        ("三起", "value", "3"), ("六箱", "qualifier", "under"), ("四十五", "unit", "元"), ("四百二", "value", "420")]),
    ("glasses-tv.txt", GLASSES, [
        ("four-twenty", "value", "420"), ("a hundred and forty", "qualifier", "range"), ("nine point four", "unit", "%"),
        ("1,500", "unit", "yuan")]),
    ("locksmith-hotline.txt", LOCKSMITH, [
        ("九十", "unit", "元"), ("六十二分贝", "unit", "分贝"), ("五百六", "value", "560")]),
    ("movers-line.txt", MOVERS, [
        ("sixty", "unit", "yuan"), ("thirty", "unit", "yuan"), ("eighty-five", "unit", ("thousand yuan", "千元"))]),
    ("car-wash-hour.txt", CAR_WASH, [
        ("two hundred litres", "unit", "litres"), ("four-twenty", "qualifier", "over"), ("eighty-three", "unit", "count")]),
    ("pool-video.txt", POOL, [("四十五", "unit", "元"), ("三十", "unit", "元"), ("六千二", "value", "6200")]),
    ("repair-video.txt", REPAIR, [("二十五", "unit", "元"), ("八十多万", "qualifier", "over")]),
]


@pytest.mark.parametrize(("name", "text", "shown"), CASES, ids=[name for name, _, _ in CASES])
def test_session_54_rules_through_the_menu(name: str, text: str, shown: list, make_window, data_copy: Path, qtbot,
                                           tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / name, text, qtbot, monkeypatch)
    assert_review_cells(dialog, shown)

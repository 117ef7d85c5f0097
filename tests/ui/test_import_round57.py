"""Session 54's extraction rules reached as a person reaches them: File ▸ Import article… on texts written here
(other places and years), each checked in the review dialog's cells: signs taken down, a fine's range, a time a
service takes, a measure said "-odd", a price in yuan and cents after one by area; how often in a week, incidents,
the most one may buy, classes of a course, prices a box or a string, a seat's price and a capped share."""

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

CASES = [
    ("sign-phone-in.txt", SIGNS, [
        ("5,270", "value", "5270"), ("three hundred", "qualifier", "range"), ("four working days", "unit", "days"),
        ("nine-odd square meters", "qualifier", "over")]),
    ("window-podcast.txt", WINDOWS, [("eight-fifty", "value", "8.5"), ("2,140", "value", "2140")]),
    ("massage-livestream.txt", MASSAGE, [
        ("三回", "value", "3"), ("三期", "unit", "期"), ("百分之四十", "qualifier", "under")]),
    ("fireworks-broadcast.txt", FIREWORKS, [
        ("三起", "value", "3"), ("六箱", "qualifier", "under"), ("四十五", "unit", "元"), ("四百二", "value", "420")]),
]


@pytest.mark.parametrize(("name", "text", "shown"), CASES, ids=[name for name, _, _ in CASES])
def test_session_54_rules_through_the_menu(name: str, text: str, shown: list, make_window, data_copy: Path, qtbot,
                                           tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / name, text, qtbot, monkeypatch)
    assert_review_cells(dialog, shown)

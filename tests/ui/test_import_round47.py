"""This session's extraction rules reached as a person reaches them: File ▸ Import article… on texts written here
(other places and years). An English call-in's hours of work a day, car prices said bare in the thousands of a price
before them, a price of three, a guessed spoken range and a count said after its month; a Chinese short video's
classes counted in 节, a price per class said bare and a sum spent after 花."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import import_through_menu
from tests.helpers import review_cell as _cell

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

TALK = ("ANYANG TRAFFIC RADIO | CAR HOUR | 3 May 2034\n\n"
        "HOST: Welcome to the car hour. How has trade been, Mr Qin?\n\n"
        "QIN: Better. In March we sold 37 cars, in April 58 cars. I do about 11 hours a day.\n\n"
        "HOST: What does a family car fetch now?\n\n"
        "QIN: A sedan that fetched seventy thousand last spring goes for sixty-two, sixty-three now. The plates are "
        "500 yuan.\n\n"
        "HOST: And the night market next door?\n\n"
        "LU: Pork belly, three for ten.\n\nHOST: How many customers a night?\n\nLU: Maybe 300, 350 on a Saturday.\n")

VIDEO = ("健身的老孟\n发布于 2034年3月8日 20:15 · IP属地：河南\n鹤壁开健身房第三年，一年能挣多少？\n\n"
         "00:12 老孟：一周三节课 一个月下来十二节 私教一节两百\n"
         "00:30 老孟：这些器械是前年花两万六买的。\n")


def test_an_english_call_in_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                             monkeypatch) -> None:
    path = tmp_path / "anyang-car-hour.txt"
    path.write_text(TALK, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert (_cell(dialog, "11 hours", "value"), _cell(dialog, "11 hours", "unit")) == ("11", "hours")
    assert (_cell(dialog, "58", "value"), _cell(dialog, "58", "period")) == ("58", "2034-04..04")
    for printed in ("sixty-two", "sixty-three"):  # in the thousands of "seventy thousand" before them
        assert (_cell(dialog, printed, "unit"), _cell(dialog, printed, "qualifier")) == ("thousand yuan", "range")
    assert "thousands of the price before it" in _cell(dialog, "sixty-two", "check") + \
        _cell(dialog, "sixty-two", "figure") + _cell(dialog, "sixty-two", "unit", 3)  # (3: the tooltip role)
    assert (_cell(dialog, "ten", "value"), _cell(dialog, "ten", "unit")) == ("10", "yuan")  # "three for ten"
    assert (_cell(dialog, "300", "qualifier"), _cell(dialog, "350", "qualifier")) == ("range", "range")


def test_a_chinese_video_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "hebi-gym.txt"
    path.write_text(VIDEO, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert (_cell(dialog, "三节", "value"), _cell(dialog, "三节", "unit")) == ("3", "节")
    assert (_cell(dialog, "十二节", "value"), _cell(dialog, "十二节", "unit")) == ("12", "节")
    assert (_cell(dialog, "两百", "value"), _cell(dialog, "两百", "unit")) == ("200", "元")
    assert (_cell(dialog, "两万六", "value"), _cell(dialog, "两万六", "unit")) == ("26000", "元")


def test_a_release_whose_table_is_in_ten_thousands(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                   monkeypatch) -> None:
    from tests.extraction.test_round47 import _RELEASE

    path = tmp_path / "hebi-housing.txt"
    path.write_text(_RELEASE, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert (_cell(dialog, "96.42", "value"), _cell(dialog, "96.42", "unit")) == ("96.42", "万平方米")
    assert (_cell(dialog, "-5.1", "unit"), _cell(dialog, "21.35", "unit")) == ("%", "万个")
    assert _cell(dialog, "96.42", "figure") == "96.42万平方米"  # the statistics' 万, as "100 million yuan" is 亿元


def test_prices_said_as_three_fifty_and_a_posts_date_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                       tmp_path: Path, monkeypatch) -> None:
    talk = tmp_path / "xinzhou-home-hour.txt"
    talk.write_text("XINZHOU HOME HOUR | 2033\n\nHOST: What do tilers charge? And what did the buyer give you?\n\n"
                    "DU: Seven and a half. Here most tilers ask three-fifty a day now.\n\n"
                    "LIU: Cucumbers are two yuan, two-fifty a jin at best.\n", encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), talk, qtbot, monkeypatch)
    assert (_cell(dialog, "three-fifty", "value"), _cell(dialog, "two-fifty", "value")) == ("350", "2.5")
    assert (_cell(dialog, "Seven and a half", "value"), _cell(dialog, "Seven and a half", "unit")) == ("7.5", "yuan")
    dialog.close()
    post = tmp_path / "hebi-goldfish.txt"
    post.write_text("鹤壁街巷志｜花鸟市场的周日\n2034-04-12 19:30 发布 · IP属地：河南\n\n"
                    "00:12 老板：今年摊位有四十多个，租金一个月八百块钱。\n", encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), post, qtbot, monkeypatch)
    assert dialog.date_edit.text() == "2034-04-12"
    assert _cell(dialog, "八百块钱", "period").startswith("2034")

"""Session 51's extraction rules reached as a person reaches them: File ▸ Import article… on texts written here
(other places and years). An English phone-in with ticket prices said hundreds then tens, a place in a tournament
and takings in millions; a Chinese phone-in with a price said bare after 一盒, the widest gap between shops as a
bound and a target of 百分之百."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import import_text_through_menu
from tests.helpers import review_cell as _cell

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


def test_spoken_hundreds_a_place_and_takings_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                              monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "lishui-evening-line.txt", PHONE_IN,
                                      qtbot, monkeypatch)
    assert (_cell(dialog, "one eighty-eight", "value"), _cell(dialog, "one eighty-eight", "unit")) == ("188", "yuan")
    assert (_cell(dialog, "second", "value"), _cell(dialog, "second", "unit")) == ("2", "rank")
    assert (_cell(dialog, "3.6 million", "unit"), _cell(dialog, "3.6 million", "qualifier")) == \
        ("million yuan", "approximately")


def test_a_box_price_a_widest_gap_and_a_full_target_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                     tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "hotline.txt", HOTLINE, qtbot, monkeypatch)
    assert (_cell(dialog, "四十六", "value"), _cell(dialog, "四十六", "unit")) == ("46", "元")
    assert (_cell(dialog, "百分之三十", "value"), _cell(dialog, "百分之三十", "qualifier")) == ("30", "under")
    assert (_cell(dialog, "百分之百", "value"), _cell(dialog, "百分之百", "qualifier")) == ("100", "forecast")


TEAHOUSE = ("2034-10-09 茶馆播客 第12期\n\n"
            "阿岚：老板，平时一天能卖多少壶？\n"
            "老板：平常日子一百八十壶上下。去年一年下来，流水是四十七万多一点。今年我估计全年能过五十万。\n")

VLOG = ("[00:40] ANNA: How much is a bed?\nWU: Fifty-five yuan a night in the dorm.\n"
        "ANNA: Fifty-five yuan. That's, like, eight US dollars, guys.\n"
        "WU: In 2031 we borrowed three hundred thousand from the bank.\n")


def test_a_teahouse_podcast_and_a_vlog_that_converts_yuan_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                          tmp_path: Path, monkeypatch) -> None:
    window = make_window(data_copy)
    dialog = import_text_through_menu(window, tmp_path / "teahouse-podcast.txt", TEAHOUSE, qtbot, monkeypatch)
    assert (_cell(dialog, "一百八十壶", "unit"), _cell(dialog, "一百八十壶", "qualifier")) == ("壶", "approximately")
    assert (_cell(dialog, "四十七万多", "value"), _cell(dialog, "四十七万多", "qualifier")) == ("47", "over")
    assert _cell(dialog, "五十万", "qualifier") == "expected_over"
    dialog.reject()
    dialog = import_text_through_menu(window, tmp_path / "hostel-vlog.txt", VLOG, qtbot, monkeypatch)
    assert _cell(dialog, "three hundred thousand", "unit") == "yuan"


LIVESTREAM = ("【助农直播文字实录】“柿柿如意”——康县柿坪村专场\n\n直播账号：康县柿坪村股份经济合作社\n"
              "嘉宾：种植户老何、康县农业农村局小赵\n\n"
              "主播：柿子醋那收费是怎么收的？\n老何：打一次啊，小桶十三，大桶十六。新买的烘干机得一万一一台。\n")


def test_bare_prices_and_a_small_countys_city_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                              monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "persimmon-livestream.txt", LIVESTREAM,
                                      qtbot, monkeypatch)
    assert [(_cell(dialog, p, "value"), _cell(dialog, p, "unit")) for p in ("十三", "十六", "一万一")] == \
        [("13", "元"), ("16", "元"), ("11000", "元")]
    assert _cell(dialog, "十三", "city") == "Longnan"


CIRCULAR = ("Qinglan City Sports Bureau\n\nTable 2  Revenue of archery venues by area, 2033 (10,000 yuan)\n\n"
            "Area                    Revenue\nHexi District           1,204.5\nDongcheng District        786.1\n")


def test_a_captions_unit_with_a_thousands_comma_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                                monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "archery-circular.txt", CIRCULAR,
                                      qtbot, monkeypatch)
    assert [(_cell(dialog, p, "value"), _cell(dialog, p, "unit")) for p in ("1,204.5", "786.1")] == \
        [("1204.5", "万元"), ("786.1", "万元")]


PARKING = ("2034-05-02 城市观察\n\n【记者】收费是咋个收的？\n"
           "【同期声】（经理）头一个小时六块钱，后头每个小时两块钱，一天封顶三十五块钱。夜场票三十，一晚上限流两千人。\n")


def test_a_cap_a_limit_and_a_tickets_bare_price_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                                monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "parking-feature.txt", PARKING,
                                      qtbot, monkeypatch)
    assert _cell(dialog, "三十五块钱", "qualifier") == "under"
    assert (_cell(dialog, "两千人", "value"), _cell(dialog, "两千人", "qualifier")) == ("2000", "under")
    assert (_cell(dialog, "三十", "value"), _cell(dialog, "三十", "unit")) == ("30", "元")

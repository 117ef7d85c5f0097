"""Session 48's extraction rules reached as a person reaches them: File ▸ Import article… on texts written here
(other places and years). A Chinese radio phone-in with amounts clipped of their last place said bare (一百六, 七万三),
implants counted in 颗 and what an earlier year had said bare after them; a grape livestream's price said before 包邮
and a price table whose rows end in brackets of no unit; an English TV segment whose city name two prefectures share
is settled by the districts it names, with children counted in words and spoken prices of a kilo."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import import_through_menu
from tests.helpers import review_cell as _cell

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

HOTLINE = ("2034年3月2日 城市广播《民生热线》文字实录\n\n"
           "主持人：孙医生，现在种一颗牙大概什么价？\n\n"
           "孙医生：集采以后，普通的一颗四千出头。我们诊所去年种了二百八十颗，前年才一百三。\n\n"
           "听众吴先生：我家孩子学游泳，一节课一百六，一共十节。我那辆车是前年买的二手车，七万三。\n")

LIVESTREAM = ("2034-08-20 直播回放\n\n主播：价格给大家说一下。一号链接，五斤装一箱，五十八，包邮。\n\n"
              "表1　2033年四季度葡萄主要品种平均收购价\n（单位：元，%）\n"
              "品种　　　　　　　　　平均价格　　同比增减\n"
              "巨峰（一级果）　　　　4.6　　　　-3.2\n")

SEGMENT = ("TAIZHOU EVENING NEWS | 14 July 2034\n\n"
           "[POOLSIDE, HAILING DISTRICT]\n"
           "REPORTER: In Taizhou, lessons are full. Last summer the bureau trained about twenty-one thousand children, "
           "and Xinghua opened two new pools.\n")


def test_clipped_amounts_and_implants_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                         monkeypatch) -> None:
    path = tmp_path / "dental-hotline.txt"
    path.write_text(HOTLINE, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert (_cell(dialog, "二百八十颗", "value"), _cell(dialog, "二百八十颗", "unit")) == ("280", "颗")
    assert (_cell(dialog, "一百三", "value"), _cell(dialog, "一百三", "unit")) == ("130", "颗")
    assert (_cell(dialog, "一百六", "value"), _cell(dialog, "一百六", "unit")) == ("160", "元")
    assert (_cell(dialog, "七万三", "value"), _cell(dialog, "七万三", "unit")) == ("73000", "元")


def test_a_price_before_free_shipping_and_a_bracketed_row_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                          tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "grape-livestream.txt"
    path.write_text(LIVESTREAM, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert (_cell(dialog, "五十八", "value"), _cell(dialog, "五十八", "unit")) == ("58", "元")
    assert (_cell(dialog, "4.6", "value"), _cell(dialog, "4.6", "unit")) == ("4.6", "元")
    assert (_cell(dialog, "-3.2", "value"), _cell(dialog, "-3.2", "unit")) == ("-3.2", "%")


def test_a_shared_city_name_and_children_counted_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                   tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "swimming-segment.txt"
    path.write_text(SEGMENT, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert _cell(dialog, "twenty-one thousand", "unit") == "count"
    assert _cell(dialog, "twenty-one thousand", "city") == "Taizhou (Jiangsu)"

"""Session 49's extraction rules reached as a person reaches them: File ▸ Import article… on texts written here
(other places and years). A Chinese delivery livestream with cylinders in 瓶, a deposit and yuan and jiao said with
a long numeral, and a bureau's table whose caption gives each column its unit; an English phone-in with numbers said
with -odd and -something, a price for an hour and "hundred and forty-two" said without "a"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import import_through_menu
from tests.helpers import review_cell as _cell

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

LIVESTREAM = ("2034-12-02 直播回放\n\n"
              "阿明：今晚还要送五十六瓶，一天下来送七十来瓶。瓶子押金是一百五，退瓶就退。\n\n"
              "阿明：今天一共收入二百八十一块四，家人们。\n\n"
              "表1　2034年各区液化气供应情况\n单位：家，万瓶，万元\n\n"
              "地区          供应站数量    销售量    销售额\n"
              "全市          31            42.6      5120.8\n")

PHONE_IN = ("QUJING EVENING RADIO | 9 December 2034\n\n"
            "HOST: How many rinks have we got this winter?\n"
            "MANAGER: Hundred and forty-two, I signed the permits myself. Forty-some of us run them.\n"
            "MANAGER: A big family pays thirty-odd yuan. It is forty-nine for an hour at the indoor rink.\n")


def test_cylinders_a_deposit_and_a_caption_of_units_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                     tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "gas-livestream.txt"
    path.write_text(LIVESTREAM, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert (_cell(dialog, "五十六瓶", "value"), _cell(dialog, "五十六瓶", "unit")) == ("56", "瓶")
    assert _cell(dialog, "七十来瓶", "qualifier") == "approximately"
    assert (_cell(dialog, "一百五", "value"), _cell(dialog, "一百五", "unit")) == ("150", "元")
    assert (_cell(dialog, "二百八十一块四", "value"), _cell(dialog, "二百八十一块四", "unit")) == ("281.4", "块钱")
    assert [_cell(dialog, printed, "unit") for printed in ("31", "42.6", "5120.8")] == ["家", "万瓶", "万元"]


def test_numbers_said_with_odd_and_a_bare_hundred_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                   tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "rinks-phone-in.txt"
    path.write_text(PHONE_IN, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert _cell(dialog, "Hundred and forty-two", "value") == "142"
    assert (_cell(dialog, "Forty-some", "value"), _cell(dialog, "Forty-some", "qualifier")) == ("40", "over")
    assert (_cell(dialog, "thirty-odd yuan", "unit"), _cell(dialog, "thirty-odd yuan", "qualifier")) == ("yuan", "over")
    assert (_cell(dialog, "forty-nine", "value"), _cell(dialog, "forty-nine", "unit")) == ("49", "yuan")

"""This session's extraction rules reached as a person reaches them: File ▸ Import article… on texts written here
(other places and years). A short video's subtitles that name a county-level city only bare in the title (汉川) file
their figures under its prefecture, which the review proposes and explains; a range with its unit at both ends, a
price said bare at a range's upper end, a plan for next month and doubling read as spoken. An English phone-in's
price per jin after a weight is in yuan, a count said after its month is read, and the words guessed for
what a figure measures end on a word of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.helpers import import_through_menu
from tests.helpers import review_cell as _cell

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

VIDEO = ("收鸭蛋的小周\n发布于 2033年5月2日 19:42 · IP属地：湖北\n汉川养鸭大户一天捡三千多个蛋，去年怎么还亏了？\n\n"
         "00:12 小周：老板，鸭蛋现在多少钱一斤？\n"
         "00:15 老板：今天五块二。个头大的看品相，五块五到六块不等。\n"
         "00:30 老板：我这里养了八千只鸭，一天捡三千多个蛋，一件给快递结四毛到七毛。\n"
         "00:41 老板：平时一天发七八十件，过节那几天翻了一倍。下个月进两千只鸭苗。\n")

TALK = ("LIJIANG TRAFFIC RADIO | CAR HOUR | 3 April 2034\n\n"
        "HOST: Welcome to the car hour. How has trade been at the Lijiang used-car market?\n\n"
        "HE: Better. In March we sold 37 cars, in April 58, and this month we should pass 60.\n\n"
        "HOST: And the fish stalls next door, Mr Peng?\n\n"
        "PENG: For grass carp, the big ones over six jin, eight and a half a jin right now. Feed is 3,600 yuan a "
        "tonne.\n")


def test_a_video_naming_a_county_level_city_bare(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                 monkeypatch) -> None:
    path = tmp_path / "hanchuan-duck-eggs.txt"
    path.write_text(VIDEO, encoding="utf-8")
    window = make_window(data_copy)
    assert "Xiaogan" not in window.fact_base.cities
    dialog = import_through_menu(window, path, qtbot, monkeypatch)
    assert _cell(dialog, "八千只", "city") == "Xiaogan"
    assert "Xiaogan (孝感市)" in dialog.summary.text()  # proposed as a new city
    assert "汉川市 is a county-level city of Xiaogan" in _cell(dialog, "八千只", "city", Qt.ItemDataRole.ToolTipRole)
    assert (_cell(dialog, "六块", "qualifier"), _cell(dialog, "五块五", "qualifier")) == ("range", "range")
    assert (_cell(dialog, "四毛", "qualifier"), _cell(dialog, "七毛", "qualifier")) == ("range", "range")
    assert (_cell(dialog, "翻了一倍", "value"), _cell(dialog, "翻了一倍", "unit")) == ("2", "倍")
    assert _cell(dialog, "两千只", "qualifier") == "forecast"
    assert dialog.date_edit.text() == "2033-05-02"


def test_a_price_per_jin_and_a_count_after_its_month(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                     monkeypatch) -> None:
    path = tmp_path / "lijiang-car-hour.txt"
    path.write_text(TALK, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert (_cell(dialog, "eight and a half", "unit"), _cell(dialog, "eight and a half", "value")) == ("yuan", "8.5")
    assert (_cell(dialog, "six jin", "unit"), _cell(dialog, "six jin", "qualifier")) == ("jin", "over")
    assert (_cell(dialog, "58", "unit"), _cell(dialog, "58", "value")) == ("count", "58")
    # the words guessed for what a figure measures: no verb or hedge at their end, no words of the number itself
    assert (_cell(dialog, "3,600 yuan", "metric"), _cell(dialog, "six jin", "metric")) == ("Feed", "the big ones")
    assert _cell(dialog, "eight and a half", "metric") == ""

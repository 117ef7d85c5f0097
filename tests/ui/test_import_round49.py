"""This session's extraction rules reached as a person reaches them: File ▸ Import article… on texts written here
(other places and years). An English heating bulletin whose tables name their units in a caption, a postal bulletin
with its units in brackets after each figure and a courier's prices in mao; a Chinese grower's livestream with money
in 分钱, a price said as 三块八 and a fall in 块."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import import_through_menu
from tests.helpers import review_cell as _cell
from tests.helpers import review_rows_printed as _row_count

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

BULLETIN = ("HULUNBUIR HOUSING BUREAU | 20 May 2034\n\n"
            "Parcel volume in the league totalled 3.12 (100 million pieces) in 2033, up 7.4%, of which Hailar "
            "handled 1.06, about a third.\n\n"
            "Table 1  Heating, 2033-2034 season\n"
            "Unit: heated area in 10,000 square metres; households\n\n"
            "Area                        Heated area    Households\n"
            "Hulunbuir (total)           3,712.4        281,300\n\n"
            "Table 2  Heating subsidies\nUnit: 10,000 yuan\n\n"
            "Low-income households                  1,204.0\n\n"
            "COURIER: Five mao a parcel, that's what we get.\n")

LIVESTREAM = ("2034-10-26 直播回放\n\n"
              "老高：光套袋，一个袋子五分钱。所以家人们，三块八真的不贵。运费比去年便宜了一块五。\n")


def test_units_from_captions_and_brackets_and_prices_in_mao_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                             tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "hulunbuir-bulletin.txt"
    path.write_text(BULLETIN, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    pieces = "3.12 (100 million pieces)"
    assert (_cell(dialog, pieces, "value"), _cell(dialog, pieces, "unit")) == ("3.12", "亿件")
    assert (_cell(dialog, "1.06", "value"), _cell(dialog, "1.06", "unit")) == ("1.06", "亿件")
    assert (_cell(dialog, "3,712.4", "value"), _cell(dialog, "3,712.4", "unit")) == ("3712.4", "万平方米")
    assert _cell(dialog, "281,300", "unit") == "count"
    assert (_cell(dialog, "1,204.0", "value"), _cell(dialog, "1,204.0", "unit")) == ("1204", "万元")
    assert (_cell(dialog, "Five mao", "value"), _cell(dialog, "Five mao", "unit")) == ("5", "mao")
    assert _row_count(dialog, "10,000 square metres") == 0  # (the caption's unit: no figure)
    # (nor a number nothing covers, flagged red: the captions' 10,000 is their unit's scale)
    assert dialog.summary.text().splitlines()[0].endswith("Numbers no fact or candidate covers (red): 0")


def test_fen_a_spoken_price_and_a_fall_in_kuai_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                                monkeypatch) -> None:
    path = tmp_path / "apple-livestream.txt"
    path.write_text(LIVESTREAM, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert (_cell(dialog, "五分钱", "value"), _cell(dialog, "五分钱", "unit")) == ("5", "分钱")
    assert (_cell(dialog, "三块八", "value"), _cell(dialog, "三块八", "unit")) == ("3.8", "块钱")
    assert _cell(dialog, "一块五", "value") == "-1.5"

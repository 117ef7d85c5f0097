"""This session's other extraction rules reached as a person reaches them: File ▸ Import article… on transcripts
written here (other places and years). In English talk, a count said in answer to "how many", a spoken range, a
place in a ranking and a range "depending on" show as such in the review; in a Chinese hotline, prices said bare
after a per-piece word show in yuan and each item of a list after 分别下降 shows as a fall."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.ui.import_dialog import COLUMNS
from tests.helpers import import_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

TALK = ("QINGHE COUNTY RADIO | MARKET LINE | 12 March 2034\n\n"
        "HOST: How many stalls are there in the night market now?\n\n"
        "GAO: Forty, fifty. On a Saturday, more.\n\n"
        "HOST: And how is business?\n\n"
        "GAO: On the delivery app we're second for noodles in Qinghe. A bowl costs 18 yuan; a stall rents from 800 to "
        "1,200 yuan, depending on the spot.\n")

HOTLINE = ("河西交通频道 民生热线 2033年3月19日\n\n"
           "【听众王先生】师傅报价，贴瓷砖一平八十，还不包辅料。\n\n"
           "【听众李阿姨】我家请钟点工，现在一个钟四十五，我记得去年才三十八。\n\n"
           "【主持人】据统计，萝卜、芹菜和菠菜价格分别下降12.6%、9.3%和7.7%。\n")


def _cell(dialog, printed: str, key: str) -> str:  # type: ignore[no-untyped-def]
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.candidate(r).as_printed == printed)
    column = next(i for i, (name, _, _) in enumerate(COLUMNS) if name == key)
    return str(model.data(model.index(row, column)))


def test_english_talk_counts_ranks_and_ranges(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                              monkeypatch) -> None:
    path = tmp_path / "qinghe-market-line.txt"
    path.write_text(TALK, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert [_cell(dialog, p, "qualifier") for p in ("Forty", "fifty", "800", "1,200 yuan")] == ["range"] * 4
    assert _cell(dialog, "second", "unit") == "rank"
    assert _cell(dialog, "fifty", "entity") == ""  # (not "Forty": a number word is no name)


def test_chinese_prices_per_piece_and_a_list_of_falls(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                      monkeypatch) -> None:
    path = tmp_path / "hexi-hotline.txt"
    path.write_text(HOTLINE, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    for printed in ("八十", "四十五", "三十八"):
        assert _cell(dialog, printed, "unit") == "元", printed
    assert [_cell(dialog, p, "value") for p in ("12.6%", "9.3%", "7.7%")] == ["-12.6", "-9.3", "-7.7"]

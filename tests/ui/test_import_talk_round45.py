"""This session's extraction rules reached as a person reaches them: File ▸ Import article… on transcripts written
here (other places and years). In an English phone-in, service prices said bare show in yuan (the retrained model)
with a note that says how they were read; in a Chinese market report, a bare answer to a question of price shows in
块钱 or 元, a change of a wage takes its sign from the verb, and steamer baskets are counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.ui.import_dialog import COLUMNS
from tests.helpers import import_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

TALK = ("XINGTAI CITY RADIO | HIGH STREET LINE | 9 May 2034\n\n"
        "HOST: Prices on the old high street in Xingtai have barely moved since 2031.\n\n"
        "SUN: Men's cut is twenty-five.\n\n"
        "HOST: And at the repair stall?\n\n"
        "DU: Patch a tube, five. A new chain, fitted, sixty.\n")

MARKET = ("安顺广播 早市观察 2033年4月8日\n\n"
          "【记者】大姐，包子现在多少钱一笼？\n"
          "【摊主】猪肉大葱的一笼十二，素馅的十块。豆浆两块，油条一块五一根。\n"
          "【记者】一天能卖多少笼？\n"
          "【摊主】平常一天三百来笼。帮工一天一百六，去年是一百四，今年涨了二十。\n")


def _row(dialog, printed: str) -> int:  # type: ignore[no-untyped-def]
    model = dialog.model
    return next(r for r in range(model.rowCount()) if model.candidate(r).as_printed == printed)


def _cell(dialog, printed: str, key: str) -> str:  # type: ignore[no-untyped-def]
    column = next(i for i, (name, _, _) in enumerate(COLUMNS) if name == key)
    return str(dialog.model.data(dialog.model.index(_row(dialog, printed), column)))


def test_english_service_prices_said_bare(make_window, data_copy: Path, qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "xingtai-high-street-line.txt"
    path.write_text(TALK, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert [_cell(dialog, p, "unit") for p in ("twenty-five", "five", "sixty")] == ["yuan"] * 3
    assert "a model trained on labelled texts" in dialog.model.candidate(_row(dialog, "sixty")).note
    assert _cell(dialog, "twenty-five", "entity") == "" and _cell(dialog, "five", "entity") == ""  # (not "Men", "Patch")
    assert dialog.date_edit.text() == "2034-05-09"  # (the station's masthead between pipes)
    assert _cell(dialog, "sixty", "metric") == ""  # (not "count": the metric of the count it was first read as)


def test_chinese_answers_to_a_price_question_changes_and_baskets(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                                 monkeypatch) -> None:
    path = tmp_path / "anshun-morning-market.txt"
    path.write_text(MARKET, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert _cell(dialog, "两块", "unit") == "块钱" and _cell(dialog, "十二", "unit") == "元"
    assert (_cell(dialog, "三百来笼", "unit"), _cell(dialog, "三百来笼", "qualifier")) == ("笼", "approximately")
    assert (_cell(dialog, "二十", "unit"), _cell(dialog, "二十", "value")) == ("元", "20")
    assert dialog.date_edit.text() == "2033-04-08"  # (a station's programme and its date on the first line)

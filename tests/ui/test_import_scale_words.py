"""Figures written with a scale word and no digit ("a million tonnes", "half a million visitors"), imported through
File ▸ Import article…: the fact base they are added to loads them without an error (the load reads the number in
the printed words as the extractor did). Text written for this test; the city and years are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.model.load.factbase import load_fact_base
from tests.helpers import import_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

TEXT = ("Hexi port report\n\nIn 2033 Hexi's port handled a million tonnes of grain for the first time, and its "
        "ferry carried half a million visitors. Its warehouses stored 2 million and a half tonnes of ore.\n")


def test_scale_words_without_digits_are_added_and_load_clean(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                              monkeypatch) -> None:
    path = tmp_path / "hexi-port-2033.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window(data_copy)
    dialog = import_through_menu(window, path, qtbot, monkeypatch)
    got = {dialog.model.candidate(r).as_printed: dialog.model.candidate(r) for r in range(dialog.model.rowCount())}
    assert (got["a million tonnes"].value, got["a million tonnes"].unit) == (1.0, "million tonnes")
    assert (got["half a million"].value, got["half a million"].unit) == (0.5, "million")
    ore = got["2 million and a half tonnes"]  # not "2 million": the half is part of the figure
    assert (ore.value, ore.unit) == (2.5, "million tonnes")
    header = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    for r in range(dialog.model.rowCount()):  # the reviewer files what the guesses left empty
        for column, value in (("City", "Dalian"), ("Sector", "port and trade")):
            if not dialog.model.row_dict(r)[column.lower()]:
                assert dialog.model.setData(dialog.model.index(r, header.index(column)), value)
    dialog.accept_all_pending()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.add_button.click()
    base = load_fact_base(data_copy)
    assert not [p for p in base.problems if p.severity == "error"], [p.message for p in base.problems]
    new = base.facts[base.facts["source_id"] == dialog.result_.source_id]
    assert sorted(new["as_printed"]) == ["2 million and a half tonnes", "a million tonnes", "half a million"]
    ore = new[new["as_printed"] == "2 million and a half tonnes"].iloc[0]
    assert float(ore["value"]) == 2.5

"""A sector the fact base lacks, as the reviewer meets it: proposed in the review dialog, accepted, then in the tree.

The model side (the catalogue, the proposal, the all-or-nothing write) is tested in
tests/extraction/test_import_new_sector.py, whose article this test imports too.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.extraction.test_import_new_sector import TEXT
from tests.helpers import import_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")  # a message box not answered fails


def _tree_texts(model, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: ANN001
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.append(str(index.data(Qt.ItemDataRole.DisplayRole)))
        out += _tree_texts(model, index)
    return out


def test_the_reviewer_sees_the_proposed_sector_accepts_and_the_tree_shows_it(
        make_window, data_copy: Path, qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "dalian-property-2025.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window(data_copy)
    assert "real estate" not in window.fact_base.sectors
    assert not any("Real estate" in t for t in _tree_texts(window.nav.tree_proxy))
    dialog = import_through_menu(window, path, qtbot, monkeypatch)
    assert "New sectors, added with the accepted facts that name them: Real estate (房地产)" in dialog.summary.text()
    assert {dialog.model.row_dict(r)["sector"] for r in range(dialog.model.rowCount())} == {"real estate"}

    dialog.accept_all_pending()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.add_button.click()
    with (data_copy / "sectors.csv").open(encoding="utf-8", newline="") as fh:
        sectors = {r["id"]: r for r in csv.DictReader(fh)}
    assert sectors["real estate"]["name"] == "Real estate" and "房地产" in sectors["real estate"]["description"]
    assert "real estate" in window.fact_base.sectors
    qtbot.waitUntil(lambda: any("Real estate" in t for t in _tree_texts(window.nav.tree_proxy)))

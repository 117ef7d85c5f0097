"""The window on a folder whose sources write the same months two ways ("2023-Q1-Q3", "2023-01..09"): the
Agreement column and the Sources panel show them as one claim, and the tenfold slip between them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.ui.fact_table import COLUMNS
from explorer.ui.main_window import MainWindow
from tests.model.test_period_notations import two_notations  # noqa: F401  (the fixture)
from tests.ui.test_claims_window import agreement_cell, click_cell, panel_ids, show, table_row


@pytest.fixture
def window(make_window, two_notations: Path) -> MainWindow:  # noqa: F811
    made = make_window(two_notations)
    made.resize(1280, 800)
    return made


def test_the_agreement_column_meets_the_same_months_in_another_notation(window: MainWindow, qtbot) -> None:
    show(qtbot, window)
    window.select_fact("WX-EN")
    assert agreement_cell(window, "WX-EN") == agreement_cell(window, "WX-ZH") == "✓ 2 sources"
    assert agreement_cell(window, "WX-SU") == "⚠ ×10 unit slip?"
    click_cell(qtbot, window.table, window.table_proxy.index(table_row(window, "WX-ZH"), 0))
    assert window.current_fact_id() == "WX-ZH"
    assert set(panel_ids(window)) == {"WX-ZH", "WX-EN", "WX-SU"}
    assert "corroborated by 1 other source" in window.claims_panel.summary.text()
    # each row shows its own source's notation
    period = COLUMNS.index(("period", "Period"))
    assert window.table_proxy.index(table_row(window, "WX-ZH"), period).data(Qt.ItemDataRole.DisplayRole) \
        == "2023-01..09"
    assert window.table_proxy.index(table_row(window, "WX-EN"), period).data(Qt.ItemDataRole.DisplayRole) \
        == "2023-Q1-Q3"

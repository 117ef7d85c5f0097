"""Claims across sources in the window: the Agreement column, the Sources panel, conflicts only, copies.

The multi-source folder (the bundled article, a Chinese release, a wire report and an English summary that
reads 亿 as billion) is loaded into the real window; rows are clicked, keys pressed, actions triggered.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView

from explorer.ui.claim_panel import AGREEMENT, ClaimModel
from explorer.ui.fact_table import AGREEMENT_COLUMN
from explorer.ui.main_window import MainWindow
from explorer.ui.roles import FactIdRole, SortRole
from tests.helpers import read_rows, write_rows
from tests.model.multisource import build
from tests.ui.test_menus import menu_actions

OTHER_REGION = Path(__file__).resolve().parents[1] / "data" / "other_region"
CHINESE_TITLE = "大连市2025年经济运行情况（测试用中文简报）"


@pytest.fixture
def multi(make_window, tmp_path: Path) -> MainWindow:
    window = make_window(build(tmp_path / "data"))
    window.resize(1280, 800)
    return window


def show(qtbot, window: MainWindow) -> None:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()


def table_row(window: MainWindow, fact_id: str) -> int:
    proxy = window.table_proxy
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(FactIdRole) == fact_id)


def click_cell(qtbot, view: QTableView, index: QModelIndex) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def agreement_cell(window: MainWindow, fact_id: str) -> str:
    return window.table_proxy.index(table_row(window, fact_id), AGREEMENT_COLUMN).data()


def panel_ids(window: MainWindow) -> list[str]:
    model = window.claims_panel.model
    return [model.index(r, 0).data(FactIdRole) for r in range(model.rowCount())]


def test_agreement_column_shows_corroboration_and_the_slip(multi: MainWindow, qtbot) -> None:
    show(qtbot, multi)
    multi.select_fact("F01")  # the tree's node of Dalian's macro economy: GDP of all four sources
    assert not multi.table.isColumnHidden(AGREEMENT_COLUMN)
    assert multi.table_proxy.headerData(AGREEMENT_COLUMN, Qt.Orientation.Horizontal) == "Agreement"
    # Beside the figure it judges.
    assert multi.table.horizontalHeader().visualIndex(AGREEMENT_COLUMN) == 2
    click_cell(qtbot, multi.table, multi.table_proxy.index(table_row(multi, "SU01"), 0))
    assert multi.current_fact_id() == "SU01"
    assert agreement_cell(multi, "SU01") == "⚠ ×10 unit slip?"
    assert multi.statusBar().currentMessage() == "SU01: GDP — 10,002.1 billion yuan · ⚠ ×10 unit slip?"
    assert agreement_cell(multi, "F01") == agreement_cell(multi, "ZH01") == agreement_cell(multi, "NW01") \
        == "✓ 3 sources"
    tip = multi.table_proxy.index(table_row(multi, "F01"), AGREEMENT_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert "ZH01" in tip and "SU01" in tip and "NW01" in tip
    assert "大连市2025年经济运行情况" in tip and "conflict, ×10 this figure" in tip
    assert "<b>" not in tip.replace("<br>", "")  # data shown as text: the tooltip escapes it


def test_agreement_column_sorts_conflicts_first(multi: MainWindow, qtbot) -> None:
    show(qtbot, multi)
    multi.select_fact("F01")
    header = multi.table.horizontalHeader()
    x = header.sectionViewportPosition(AGREEMENT_COLUMN) + header.sectionSize(AGREEMENT_COLUMN) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    proxy = multi.table_proxy
    texts = [proxy.index(r, AGREEMENT_COLUMN).data() for r in range(proxy.rowCount())]
    keys = [proxy.index(r, AGREEMENT_COLUMN).data(SortRole) for r in range(proxy.rowCount())]
    assert keys == sorted(keys)
    assert texts[0].startswith("⚠") and texts.index("single") > texts.index("✓ 3 sources")
    assert multi.current_fact_id() == "F01"  # sorting keeps the selection


def test_sources_panel_lists_every_version_and_a_click_opens_it(multi: MainWindow, qtbot) -> None:
    show(qtbot, multi)
    multi.select_fact("F01")
    panel = multi.claims_panel
    assert panel.isVisible()
    assert panel_ids(multi)[0] == "F01" and set(panel_ids(multi)) == {"F01", "F04", "ZH01", "NW01", "SU01"}
    assert panel_ids(multi)[-1] == "SU01"  # the agreeing versions first, the conflict last
    rows = {panel.model.index(r, 0).data(FactIdRole): panel.model.texts(r) for r in range(panel.model.rowCount())}
    title, date, language, printed, agreement, _ = rows["ZH01"]
    assert (title, date, language, printed, agreement) == (CHINESE_TITLE, "2026-01", "zh", "10002.1亿元", "✓ agrees")
    assert rows["SU01"][4] == "⚠ conflict ×10, unit slip"
    assert rows["F01"][3] == "1,000.21 billion yuan (over)"
    assert "corroborated by 2 other sources" in panel.summary.text() and "SU01 ×10: likely unit slip" in \
        panel.summary.text()
    quote_cell = panel.model.index(panel_ids(multi).index("ZH01"), 2)
    quote = multi.fact_base.fact("ZH01")["quote"]
    assert panel.model.texts(panel_ids(multi).index("ZH01"))[5] == quote
    assert quote_cell.data() == "…" + quote[quote.index("10002.1亿元") - 6:]  # the words before the figure on
    assert quote in quote_cell.data(Qt.ItemDataRole.ToolTipRole)
    # A click on the Chinese release's entry selects it: the article shown is that source, at that quote.
    click_cell(qtbot, panel.view, quote_cell)
    qtbot.waitUntil(lambda: multi.current_fact_id() == "ZH01")
    assert multi.quote.title.text().startswith(CHINESE_TITLE)
    assert multi.fact_base.fact("ZH01")["quote"] in multi.quote.highlighted_texts()
    assert panel_ids(multi)[0] == "ZH01"


def test_sources_panel_by_keyboard_reaches_the_slip(multi: MainWindow, qtbot) -> None:
    show(qtbot, multi)
    multi.select_fact("ZH01")
    view = multi.claims_panel.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    for _ in range(multi.claims_panel.model.rowCount() - 1):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().data(FactIdRole) == "SU01"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: multi.current_fact_id() == "SU01")
    summary = multi.claims_panel.summary.text()
    assert "in conflict" in summary and "likely unit slip: ×10" in summary and "亿元 were read as billion yuan" \
        in summary
    assert multi.quote.title.text().startswith("Dalian in numbers, 2025")
    assert multi.fact_base.fact("SU01")["quote"] in multi.quote.highlighted_texts()
    panel_texts = multi.claims_panel.model.texts(0)
    assert panel_texts[4] == "⚠ in conflict"


def test_show_only_conflicts_narrows_tree_and_table_and_is_remembered(multi: MainWindow, make_window, settings,
                                                                     tmp_path: Path, qtbot) -> None:
    action = menu_actions(multi)["show only conflicts"]
    assert action.isCheckable() and action.shortcut().toString() == "Ctrl+Shift+K"
    assert "1 conflict" in multi.counts_label.text()
    multi.nav.tree.setCurrentIndex(multi.nav.tree_proxy.index(0, 0))  # All
    action.trigger()
    shown = [multi.table_proxy.index(r, 0).data(FactIdRole) for r in range(multi.table_proxy.rowCount())]
    assert shown == ["SU01"]  # derived figures pair one source's own figures: none takes up the slip
    assert multi.nav.tree_proxy.index(0, 1).data() == "1 of 77"
    assert "Showing only conflicts" in multi.statusBar().currentMessage()
    # Choosing a fact that is not in conflict (here from the Sources panel) shows everything again.
    multi.select_fact("SU01")
    panel = multi.claims_panel
    click_cell(qtbot, panel.view, panel.model.index(panel_ids(multi).index("ZH01"), 0))
    qtbot.waitUntil(lambda: multi.current_fact_id() == "ZH01")
    assert not action.isChecked() and multi.table_proxy.rowCount() > 2
    # The shortcut, as pressed in the window, turns it on again; the setting is kept for the next start.
    show(qtbot, multi)
    qtbot.keyClick(multi.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert action.isChecked() and multi.nav.tree_proxy.index(0, 1).data() == "1 of 77"
    assert [multi.table_proxy.index(r, 0).data(FactIdRole) for r in range(multi.table_proxy.rowCount())] == ["SU01"]
    multi.save_settings()
    again = make_window(multi.data_dir, settings)
    assert again.act_conflicts.isChecked() and again.nav.tree_proxy.index(0, 1).data() == "1 of 77"
    assert again.current_fact_id() == "SU01"
    assert not again.conflicts_badge.isHidden() and "Showing only conflicts" in again.conflicts_badge.text()
    again.act_conflicts.trigger()
    assert again.conflicts_badge.isHidden()


def test_copies_name_every_source_that_states_the_figure(multi: MainWindow) -> None:
    multi.select_fact("F01")
    QGuiApplication.clipboard().clear()
    multi.act_copy.trigger()
    data = QGuiApplication.clipboard().mimeData()
    rows = list(csv.DictReader(io.StringIO(data.text()), delimiter="\t"))
    assert rows[0]["Fact"] == "F01" and rows[0]["Source"].startswith("Dalian crosses one trillion yuan")
    assert rows[0]["Also stated by"] == f"{CHINESE_TITLE}; Northeast cities report 2025 output (a test text)"
    csv_rows = list(csv.DictReader(io.StringIO(bytes(data.data("text/csv")).decode("utf-8"))))
    assert csv_rows[0]["Also stated by"] == rows[0]["Also stated by"]
    assert "also stated by: " in data.html() and CHINESE_TITLE in data.html()
    multi.act_copy_citation.trigger()
    citation = QGuiApplication.clipboard().text()
    assert f"; also stated by {CHINESE_TITLE}, 2026-01; Northeast cities report 2025 output (a test text), 2026-01" \
        in citation and "fact F01" in citation
    # The slip is stated by no other source: its copy has no such column.
    multi.select_fact("SU01")
    multi.act_copy.trigger()
    assert "Also stated by" not in QGuiApplication.clipboard().text().splitlines()[0]


def test_the_bundled_base_alone_looks_as_before(window: MainWindow) -> None:
    window.select_fact("F01")
    assert window.table.isColumnHidden(AGREEMENT_COLUMN) and window.claims_panel.isHidden()
    assert window.counts_label.text() == "54 facts · 9 derived · 1 source · 0 problems"
    texts = {window.table_proxy.index(r, AGREEMENT_COLUMN).data() for r in range(window.table_proxy.rowCount())}
    assert texts <= {"single", ""}
    window.act_copy.trigger()
    assert QGuiApplication.clipboard().text().splitlines()[0].split("\t")[-1] == "Fact"
    window.act_conflicts.trigger()  # nothing is in conflict: an empty table that says so
    assert window.table_proxy.rowCount() == 0 and "No fact is in conflict" in window.quote.detail.text()
    window.act_conflicts.trigger()
    assert window.table_proxy.rowCount() > 0


def test_another_region_with_two_sources(make_window) -> None:
    window = make_window(OTHER_REGION)
    assert not window.table.isColumnHidden(AGREEMENT_COLUMN) and not window.claims_panel.isHidden()
    model = window.table_model
    corroborated = [model.cell(r, 0, FactIdRole) for r in range(model.rowCount())
                    if model.cell(r, AGREEMENT_COLUMN) == "✓ 2 sources"]
    assert corroborated and "0 conflicts" in window.counts_label.text()
    window.select_fact(corroborated[0])
    ids = panel_ids(window)
    assert ids[0] == corroborated[0] and len(ids) >= 2
    other = window.claims_panel.model.texts(1)
    assert other[4] == "✓ agrees" and other[0] != window.quote.title.text().split(" — ")[0]
    assert "corroborated by 1 other source" in window.claims_panel.summary.text()


def test_claim_model_passes_the_model_tester(multi: MainWindow, qtmodeltester) -> None:
    multi.select_fact("F01")
    assert isinstance(multi.claims_panel.model, ClaimModel) and multi.claims_panel.model.rowCount() == 5
    qtmodeltester.check(multi.claims_panel.model)
    assert AGREEMENT == 7


def test_source_titles_from_data_are_shown_as_text(make_window, tmp_path: Path) -> None:
    data = build(tmp_path / "data")
    header, rows = read_rows(data / "sources.csv")
    hostile = "<b>Wire</b><img src=x> =1+1"
    for row in rows:
        if row["id"] == "northeast-wire-en":
            row["title"] = hostile
    write_rows(data / "sources.csv", header, rows)
    window = make_window(data)
    window.select_fact("F01")
    panel = window.claims_panel
    row = panel_ids(window).index("NW01")
    assert panel.model.texts(row)[0] == hostile and panel.model.index(row, 0).data().startswith(hostile)
    assert "&lt;b&gt;Wire" in panel.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert panel.summary.textFormat() == Qt.TextFormat.PlainText
    tip = window.table_proxy.index(table_row(window, "F01"), AGREEMENT_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img src=x&gt;" in tip and "<img" not in tip
    window.act_copy.trigger()
    data_ = QGuiApplication.clipboard().mimeData()
    assert "<img" not in data_.html() and "&lt;b&gt;Wire&lt;/b&gt;&lt;img src=x&gt;" in data_.html()
    also = list(csv.DictReader(io.StringIO(data_.text()), delimiter="\t"))[0]["Also stated by"]
    assert hostile in also and not also.startswith("=")


def test_conflicts_only_and_the_filter_narrow_together(multi: MainWindow, qtbot) -> None:
    show(qtbot, multi)
    multi.nav.filter_edit.setFocus()
    qtbot.keyClicks(multi.nav.filter_edit, "GDP")
    multi.nav.flush_filter()
    matching = multi.table_proxy.rowCount()
    multi.nav.tree.setCurrentIndex(multi.nav.tree_proxy.index(0, 0))
    assert matching > 1
    multi.act_conflicts.trigger()
    assert [multi.table_proxy.index(r, 0).data(FactIdRole) for r in range(multi.table_proxy.rowCount())] == ["SU01"]
    assert "matching “GDP” and in conflict" in multi.statusBar().currentMessage()
    multi.act_conflicts.trigger()  # off: the filter alone again
    assert multi.table_proxy.rowCount() >= matching and multi.nav.filter_edit.text() == "GDP"


def test_the_sources_panel_names_a_qualifier_in_words(multi: MainWindow, qtbot) -> None:
    show(qtbot, multi)
    multi.select_fact("F43")  # Changchun's GDP "expected to exceed" 800 billion yuan
    panel = multi.claims_panel
    rows = {panel.model.index(r, 0).data(FactIdRole): panel.model.texts(r) for r in range(panel.model.rowCount())}
    assert rows["F43"][3].endswith("(expected to exceed)")

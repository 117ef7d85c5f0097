"""The main window as a person uses it: tree, table, quote, filter, grouping, copy, settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTableView, QTreeView, QWidget

from explorer.model.queries import facts_under
from explorer.model.search.index import search
from explorer.ui.main_window import MainWindow
from explorer.ui.roles import FactIdRole, NodeKeyRole, SortRole
from tests.helpers import edit_fact
from tests.ui.seen import filtered_count


def table_ids(window: MainWindow) -> list[str]:
    proxy = window.table_proxy
    return [proxy.index(r, 0).data(FactIdRole) for r in range(proxy.rowCount())]


def all_tree_indexes(tree: QTreeView):
    model = tree.model()
    stack = [model.index(0, 0)]
    while stack:
        index = stack.pop()
        yield index
        stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))


def test_automation_contract(window: MainWindow) -> None:
    for name, cls in (("navTree", QTreeView), ("filterEdit", QLineEdit), ("factTable", QTableView),
                      ("quoteView", QPlainTextEdit), ("plotArea", QWidget)):
        assert isinstance(window.findChild(cls, name), cls), name
    table = window.findChild(QTableView, "factTable")
    assert table.model().index(0, 0).data(Qt.ItemDataRole.UserRole) == window.fact_base.facts["id"].iloc[0]
    assert not window.isVisible()


@pytest.mark.parametrize("grouping", ["city", "sector"])
def test_every_tree_node_lists_its_facts(window: MainWindow, grouping) -> None:
    window.set_grouping(grouping)
    tree = window.nav.tree
    tree.expandAll()
    seen = 0
    for index in all_tree_indexes(tree):
        tree.setCurrentIndex(index)
        key = index.data(NodeKeyRole)
        expected = facts_under(window.fact_base, key, grouping)["id"].tolist()
        assert sorted(table_ids(window)) == sorted(expected), key
        count = int(index.siblingAtColumn(1).data())
        assert count == len(expected)
        seen += 1
    assert seen == 1 + sum(1 + len(n.children) for n in window.nav.tree_model.node(
        window.nav.tree_model.index(0, 0)).children)


def test_tree_labels_show_chinese_names(window: MainWindow) -> None:
    labels = [window.nav.tree_proxy.index(r, 0, window.nav.tree_proxy.index(0, 0)).data() for r in range(4)]
    assert labels == ["Dalian 大连", "Shenyang 沈阳", "Changchun 长春", "Harbin 哈尔滨"]


def test_arrow_keys_move_like_clicks(window: MainWindow, qtbot) -> None:
    window.show()
    tree = window.nav.tree
    tree.setFocus()
    tree.setCurrentIndex(window.nav.tree_proxy.index(0, 0))
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentIndex().data(NodeKeyRole) == ("Dalian",)
    assert sorted(table_ids(window)) == sorted(facts_under(window.fact_base, ("Dalian",))["id"])
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # expands Dalian
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    key = tree.currentIndex().data(NodeKeyRole)
    assert key == ("Dalian", "macro economy")
    assert sorted(table_ids(window)) == sorted(facts_under(window.fact_base, key)["id"])


def test_selecting_a_fact_highlights_its_quote(window: MainWindow) -> None:
    base = window.fact_base
    for fact_id in ("F01", "F44", "F45", "E04", "F34"):
        window.select_fact(fact_id)
        fact = base.fact(fact_id)
        assert window.current_fact_id() == fact_id
        quote, figure = window.quote.highlighted_texts()
        assert quote == fact["quote"]
        assert figure == fact["as_printed"]
        text = window.quote.view.toPlainText()
        assert text == base.sources["dalian-2026"].text
        cursor = window.quote.view.textCursor()
        assert cursor.position() == fact["start"]
    assert "Dalian crosses one trillion yuan" in window.quote.title.text()


def test_derived_fact_is_marked_and_lights_up_its_inputs(window: MainWindow) -> None:
    base = window.fact_base
    derived = base.facts[base.facts["metric"] == "change in high-tech enterprises"].iloc[0]
    window.select_fact(derived["id"])
    row = window.table.currentIndex()
    assert window.table_proxy.index(row.row(), 1).data() == "114.1% (derived)"
    assert window.table_proxy.index(row.row(), 1).data(Qt.ItemDataRole.FontRole).italic()
    assert "Derived, not stated in the text" in window.quote.detail.text()
    texts = window.quote.highlighted_texts()
    assert texts[:2] == [base.fact("F31")["quote"], base.fact("F32")["quote"]]
    assert texts[2:] == ["2,475", "5,300"]


def test_figure_column_sorts_by_number(window: MainWindow) -> None:
    window.nav.tree.setCurrentIndex(window.nav.tree_proxy.index(0, 0))
    window.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    values = [window.table_proxy.index(r, 1).data(SortRole) for r in range(window.table_proxy.rowCount())]
    assert values == sorted(values)
    shown = [window.table_proxy.index(r, 1).data() for r in range(window.table_proxy.rowCount())]
    assert shown.index("900 billion yuan") < shown.index("over 1,000.21 billion yuan")


def test_figures_never_lose_their_qualifier(window: MainWindow) -> None:
    shown = {window.table_proxy.index(r, 6).data(): window.table_proxy.index(r, 1).data()
             for r in range(window.table_proxy.rowCount())}
    assert shown["F05"] == "over 98%"
    assert shown["F11"] == "≈ 40%"
    assert shown["F43"] == "> 800 billion yuan (expected)"
    assert shown["F44"] == "in the 600 billion yuan range"
    assert shown["F27"] == "-30 million yuan"


def show_active(qtbot, window: MainWindow) -> None:
    """Shown and active, as a person's window is: menu shortcuts only reach an active window."""
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()


def test_filter_narrows_tree_and_table_and_escape_clears(window: MainWindow, qtbot) -> None:
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    edit = window.nav.filter_edit
    assert edit.hasFocus()
    qtbot.keyClicks(edit, "heavy industry")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Filter “heavy industry”: "))
    expected = set(search(window.fact_base, "heavy industry")["id"])
    assert set(table_ids(window)) == expected and expected
    tree = window.nav.tree_proxy
    assert tree.rowCount(tree.index(0, 0)) == 1  # only Dalian holds a match
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == ""
    qtbot.waitUntil(lambda: filtered_count(window) is None)
    assert tree.rowCount(tree.index(0, 0)) == 4


def test_filter_on_chinese_name(window: MainWindow) -> None:
    window.nav.filter_edit.setText("哈尔滨")
    window.nav.flush_filter()
    assert table_ids(window) == ["F44"]


def test_grouping_switch_keeps_the_fact(window: MainWindow, qtbot) -> None:
    show_active(qtbot, window)
    window.select_fact("F05")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.tree_model.grouping == "sector"
    assert window.nav.by_sector.isChecked() and window.act_by_sector.isChecked()
    first = window.nav.tree_proxy.index(0, 0, window.nav.tree_proxy.index(0, 0)).data(NodeKeyRole)
    assert first == ("macro economy",)
    assert window.current_fact_id() == "F05"
    window.nav.by_city.click()
    assert window.nav.tree_model.grouping == "city"


def _clipboard_text(fmt: str) -> str:
    data = QGuiApplication.clipboard().mimeData()
    return bytes(data.data(fmt)).decode("utf-8")


def test_ctrl_c_puts_three_formats_on_the_clipboard(window: MainWindow, qtbot) -> None:
    show_active(qtbot, window)
    window.select_fact("F01")
    window.table.selectionModel().select(
        window.table_proxy.index(window.table.currentIndex().row() + 1, 0),
        window.table.selectionModel().SelectionFlag.Select | window.table.selectionModel().SelectionFlag.Rows)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    data = QGuiApplication.clipboard().mimeData()
    assert {"text/plain", "text/html", "text/csv"} <= set(data.formats())
    lines = data.text().splitlines()
    assert lines[0].split("\t")[:5] == ["Figure", "Value", "Unit", "Qualifier", "Metric"]
    assert lines[1].split("\t")[:7] == ["over 1,000.21 billion yuan", "1000210000000", "yuan", "over", "GDP",
                                        "2025", "Dalian"]
    assert len(lines) == 3
    html = data.html()
    assert "<table" in html and "over 1,000.21 billion yuan" in html and "Source: Dalian crosses" in html
    csv_text = _clipboard_text("text/csv")
    assert csv_text.splitlines()[1].startswith("\"over 1,000.21 billion yuan\",1000210000000,yuan")
    assert "Copied 2 facts as" in window.statusBar().currentMessage()


def test_copy_value_and_citation(window: MainWindow) -> None:
    window.select_fact("F01")
    window.act_copy_value.trigger()
    assert QGuiApplication.clipboard().text() == "1000.21"
    # The number alone for a cell; what the window says names the figure with its qualifier.
    assert window.statusBar().currentMessage() == "Copied the bare value 1000.21 (of “over 1,000.21 billion yuan”)"
    window.act_copy_citation.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Dalian: GDP (2025): over 1,000.21 billion yuan.")
    assert window.fact_base.fact("F01")["quote"] in text
    assert "Dalian crosses one trillion yuan of GDP" in text and "fact F01" in text


def test_context_menus_offer_the_copy_actions(window: MainWindow) -> None:
    assert window.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    texts = [a.text() for a in window.table.actions()]
    assert texts == ["&Copy", "Copy &value", "Copy with c&itation"]


def test_settings_remember_grouping_fact_and_layout(make_window, settings) -> None:
    first = make_window(settings_=settings)
    first.set_grouping("sector")
    first.select_fact("F39")
    first.main_split.setSizes([333, 900])
    first.save_settings()
    second = make_window(settings_=settings)
    assert second.nav.tree_model.grouping == "sector"
    assert second.current_fact_id() == "F39"
    assert second.main_split.sizes()[0] == first.main_split.sizes()[0]


def test_corrupt_settings_file_starts_with_defaults(make_window, tmp_path: Path) -> None:
    path = tmp_path / "broken.ini"
    path.write_bytes(b"[General]\nversion=banana\ngeometry=@ByteArray(\xff\x00garbage)\n\x00\x01\x02")
    window = make_window(settings_=QSettings(str(path), QSettings.Format.IniFormat))
    assert window.nav.tree_model.grouping == "city"
    assert window.fact_base is not None and len(window.fact_base.facts) > 50


def test_problems_panel_lists_bad_rows_and_the_rest_loads(make_window, data_copy: Path) -> None:
    line = edit_fact(data_copy, "F05", lambda r: r.update(quote=r["quote"] + " Invented."))
    window = make_window(data_copy)
    model = window.problems_model
    assert model.rowCount() >= 1
    assert (model.index(0, 1).data(), model.index(0, 2).data(), model.index(0, 3).data()) == (
        "facts.csv", str(line), "F05")
    assert "F05" not in set(window.fact_base.facts["id"])
    assert len(window.fact_base.stated) == 53
    assert not window.problems_dock.isHidden()


def test_open_another_folder_switches_everything(window: MainWindow, qtbot, data_copy: Path) -> None:
    edit_fact(data_copy, "F42", lambda r: r.update(city="Harbin"))  # a visible difference
    with qtbot.waitSignal(window.loaded, timeout=10000):
        window.load(data_copy)
    assert window.fact_base.data_dir == data_copy
    root = window.nav.tree_proxy.index(0, 0)
    cities = {window.nav.tree_proxy.index(r, 0, root).data(): window.nav.tree_proxy.index(r, 1, root).data()
              for r in range(window.nav.tree_proxy.rowCount(root))}
    assert cities == {"Dalian 大连": "60", "Changchun 长春": "1", "Harbin 哈尔滨": "2"}


def test_data_text_is_never_rich_text(make_window, data_copy: Path) -> None:
    edit_fact(data_copy, "F05", lambda r: r.update(entity="<b>bold</b><img src=x>", note="<a href='file:///'>x</a>"))
    window = make_window(data_copy)
    window.select_fact("F05")
    row = window.table.currentIndex().row()
    assert window.table_proxy.index(row, 3).data() == "<b>bold</b><img src=x>"
    assert window.quote.detail.textFormat() == Qt.TextFormat.PlainText
    assert "<a href='file:///'>x</a>" in window.quote.detail.text()


def test_dark_theme_switches_palette_and_plots(window: MainWindow, qtbot) -> None:
    light = window.palette().color(window.palette().ColorRole.Base).lightness()
    window.act_dark.trigger()
    try:
        qtbot.waitUntil(lambda: window.palette().color(window.palette().ColorRole.Base).lightness() < 100)
        assert light > 200
        view = window.plots.views["across"]
        assert view.backgroundBrush().color().lightness() < 100
    finally:
        window.act_dark.trigger()


def test_the_quote_stays_in_view_when_the_panel_is_resized_unless_the_reader_scrolled(window: MainWindow, qtbot) -> None:
    from PySide6.QtGui import QTextCursor

    window.resize(700, 450)
    window.show()
    qtbot.waitExposed(window)
    window.select_fact("F43")  # far down the article
    view = window.quote.view

    def quote_in_view() -> bool:
        cursor = QTextCursor(view.document())
        cursor.setPosition(window.fact_base.fact("F43")["start"])
        return view.viewport().rect().contains(view.cursorRect(cursor).center())

    qtbot.waitUntil(quote_in_view)
    window.resize(1280, 800)  # as the window's first layout does: the text wraps anew and moves
    qtbot.waitUntil(quote_in_view)
    window.detail_split.setSizes([250, 790])  # a splitter drag: the same
    qtbot.waitUntil(quote_in_view)
    from PySide6.QtWidgets import QAbstractSlider

    view.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderToMinimum)  # the reader goes up ...
    height = view.height()
    window.detail_split.setSizes([600, 440])
    qtbot.waitUntil(lambda: view.height() != height)  # the view has had its resize event ...
    # ... so whatever it queued in answer (re-centring on the quote) runs before this marker does.
    with qtbot.waitCallback() as after_the_resize:
        QTimer.singleShot(0, after_the_resize)
    assert view.verticalScrollBar().value() == 0  # ... and stays there


def test_title_and_counts_read_as_english(window: MainWindow) -> None:
    app = QGuiApplication.instance()
    # The platform adds " — <display name>" to a title that is not the display name itself.
    before = app.applicationDisplayName()
    app.setApplicationDisplayName("Fact Explorer")
    try:
        title = window.windowTitle()
        shown = title if title == app.applicationDisplayName() else f"{title} — {app.applicationDisplayName()}"
        assert shown == f"{window.data_dir.resolve().name} — Fact Explorer"
    finally:
        app.setApplicationDisplayName(before)
    assert window.counts_label.text() == "54 facts · 9 derived · 1 source · 0 problems"


def test_empty_problems_panel_says_so(window: MainWindow, make_window, data_copy: Path) -> None:
    panel = window.problems_panel
    assert window.problems_model.rowCount() == 0
    assert panel.currentWidget() is panel.empty_label
    assert panel.empty_label.text().startswith("No problems found")
    edit_fact(data_copy, "F05", lambda r: r.update(quote=r["quote"] + " Invented."))
    broken = make_window(data_copy)
    assert broken.problems_panel.currentWidget() is broken.problems_view
    assert "1 problem" in broken.counts_label.text() and "problems" not in broken.counts_label.text()

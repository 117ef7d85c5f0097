"""The fact table as a person reads it: derived figures with their qualifier, copies in base units,
sorting by figure within a unit class, and filter matches at word starts, marked in the cells."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from benchmarks.synth import write as write_synth
from explorer.model.search.index import SEARCH_COLUMNS
from explorer.model.search.matching import matcher
from explorer.ui.fact_table import FIGURE_COLUMN, MatchDelegate
from explorer.ui.main_window import MainWindow
from explorer.ui.roles import FactIdRole, MatchRole
from tests.ui.seen import filtered_count

ID_COLUMN = 6


def show_active(qtbot, window: MainWindow) -> None:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()


def shown_ids(window: MainWindow) -> list[str]:
    proxy = window.table_proxy
    return [proxy.index(r, 0).data(FactIdRole) for r in range(proxy.rowCount())]


def row_of(window: MainWindow, fact_id: str) -> int:
    return shown_ids(window).index(fact_id)


def select(window: MainWindow, *fact_ids: str) -> None:
    window.select_fact(fact_ids[0])
    selection = window.table.selectionModel()
    for fact_id in fact_ids[1:]:
        selection.select(window.table_proxy.index(row_of(window, fact_id), 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def press_copy(qtbot, window: MainWindow) -> None:
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def derived_id(window: MainWindow, metric: str) -> str:
    facts = window.fact_base.facts
    return str(facts.loc[facts["derived"] & (facts["metric"] == metric), "id"].iloc[0])


class _Cells(HTMLParser):
    """The rows of the first HTML table, as lists of cell texts."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def html_rows(html: str) -> list[dict[str, str]]:
    parser = _Cells()
    parser.feed(html)
    head, *rows = parser.rows
    return [dict(zip(head, row)) for row in rows]


# ---- 3: a derived figure keeps its inputs' qualifier ---------------------------------------------

def test_a_derived_figure_shows_its_qualifier_everywhere(window: MainWindow, qtbot) -> None:
    show_active(qtbot, window)
    d01 = derived_id(window, "change in GDP")  # from "over 1,000.21 billion yuan" and "700 billion yuan"
    window.select_fact(d01)
    row = window.table.currentIndex().row()
    figure = window.table_proxy.index(row, FIGURE_COLUMN)
    assert figure.data() == "over 42.9% (derived)"
    tip = figure.data(Qt.ItemDataRole.ToolTipRole)
    assert "Qualifier: over (lower bound), derived" in tip
    press_copy(qtbot, window)
    data = QGuiApplication.clipboard().mimeData()
    tsv = list(csv.DictReader(io.StringIO(data.text()), delimiter="\t"))
    assert (tsv[0]["Figure"], tsv[0]["Qualifier"], tsv[0]["Value"], tsv[0]["Unit"]) == (
        "over 42.9% (derived)", "over", "42.9", "%")
    assert html_rows(data.html())[0]["Figure"] == "over 42.9% (derived)"
    window.act_copy_citation.trigger()
    assert ": over 42.9% (derived)." in QGuiApplication.clipboard().text()


# ---- 4: copies carry values in base units ------------------------------------------------------

def test_every_copy_flavour_gives_values_in_a_common_base_unit(window: MainWindow, qtbot) -> None:
    show_active(qtbot, window)
    select(window, "F01", "F04")  # over 1,000.21 billion yuan; over 1 trillion yuan
    press_copy(qtbot, window)
    data = QGuiApplication.clipboard().mimeData()
    expected = {"F01": ("over 1,000.21 billion yuan", "1000210000000", "yuan"),
                "F04": ("over 1 trillion yuan", "1000000000000", "yuan")}
    tsv = list(csv.DictReader(io.StringIO(data.text()), delimiter="\t"))
    table = list(csv.DictReader(io.StringIO(bytes(data.data("text/csv")).decode("utf-8"))))
    html = html_rows(data.html())
    for rows in (tsv, table, html):
        assert {r["Fact"]: (r["Figure"], r["Value"], r["Unit"]) for r in rows} == expected
    # Pasted into a spreadsheet, the column adds up: 2.00021 trillion yuan.
    assert sum(int(r["Value"]) for r in tsv) == 2_000_210_000_000

    window.act_copy_value.trigger()
    lines = [line.split("\t") for line in QGuiApplication.clipboard().text().splitlines()]
    assert sorted(lines) == sorted([list(expected["F01"][1:]) + [expected["F01"][0]],
                                    list(expected["F04"][1:]) + [expected["F04"][0]]])
    window.select_fact("F01")  # one fact: the bare number as printed
    window.act_copy_value.trigger()
    assert QGuiApplication.clipboard().text() == "1000.21"


# ---- 5: sorting by figure ----------------------------------------------------------------------

def click_header(qtbot, window: MainWindow, column: int) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def check_figure_order(window: MainWindow, descending: bool = False) -> list[str]:
    """Rows sorted by Figure: one run per unit class, values in order in each, events after the numbers."""
    facts = window.fact_base.facts.set_index("id")
    ids = shown_ids(window)
    dated = [(facts.loc[i, "kind"] == "event") or (facts.loc[i, "base_unit"] == "year") for i in ids]
    assert dated == sorted(dated, reverse=descending), "dates and numbers are never interleaved"
    classes = ["date" if d else facts.loc[i, "base_unit"] for i, d in zip(ids, dated)]
    runs = [c for n, c in enumerate(classes) if n == 0 or classes[n - 1] != c]
    assert len(runs) == len(set(runs)), f"a unit class is split: {runs}"
    for unit in set(runs) - {"date"}:
        values = [facts.loc[i, "value_base"] for i, c in zip(ids, classes) if c == unit]
        assert values == sorted(values, reverse=descending), unit
    return ids


def test_sorting_by_figure_keeps_unit_classes_apart(window: MainWindow, qtbot) -> None:
    show_active(qtbot, window)
    window.nav.tree.setCurrentIndex(window.nav.tree_proxy.index(0, 0))
    click_header(qtbot, window, FIGURE_COLUMN)
    assert window.table.horizontalHeader().sortIndicatorSection() == FIGURE_COLUMN
    ids = check_figure_order(window)
    figures = {i: window.table_proxy.index(r, FIGURE_COLUMN).data() for r, i in enumerate(ids)}
    # The row: No. 4 < 40% < 98% < 160 countries < 300 ports < 2025 mixed four kinds of number.
    assert ids.index("F39") > max(ids.index(i) for i in ("F11", "F05"))  # the rank after the shares
    assert ids.index("F08") < ids.index("F07")  # 160 countries, then 300 ports: both counts
    # Events show their date, and sort among the dates by it.
    facts = window.fact_base.facts.set_index("id")
    events = [i for i in ids if facts.loc[i, "kind"] == "event"]
    assert all(figures[i] == facts.loc[i, "period"] for i in events if facts.loc[i, "period"])
    assert figures["E03"] == "2026-01-23" and ids.index("E06") < ids.index("E03")  # 2026-01-17 before 01-23
    click_header(qtbot, window, FIGURE_COLUMN)  # again: descending
    assert window.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    check_figure_order(window, descending=True)


def test_sorting_another_regions_facts_by_figure(make_window, qtbot, tmp_path: Path) -> None:
    write_synth(600, tmp_path / "elsewhere")
    window = make_window(tmp_path / "elsewhere")
    show_active(qtbot, window)
    window.nav.tree.setCurrentIndex(window.nav.tree_proxy.index(0, 0))
    click_header(qtbot, window, FIGURE_COLUMN)
    ids = check_figure_order(window)
    assert len({window.fact_base.fact(i)["base_unit"] for i in ids}) >= 3


# ---- 7: the filter matches at word starts, and shows where -------------------------------------

def type_filter(qtbot, window: MainWindow, text: str) -> None:
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    if text.isascii():
        qtbot.keyClicks(window.nav.filter_edit, text)
    else:  # Chinese comes from an input method, as committed text (QTest types ASCII keys only)
        window.nav.filter_edit.insert(text)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(f"Filter “{text}”: "))


def test_the_filter_matches_word_starts_and_marks_them(window: MainWindow, qtbot) -> None:
    type_filter(qtbot, window, "port")
    ids = shown_ids(window)
    assert ids
    found = matcher("port")
    for fact_id in ids:
        fact = window.fact_base.fact(fact_id)
        texts = [str(fact[c]).casefold() for c in SEARCH_COLUMNS]
        assert any(found(t) for t in texts), fact_id
    # "import" alone is no match: a fact whose quote says "imports" but no word starts with "port".
    facts = window.fact_base.facts
    inside = facts[facts["quote"].str.contains("import", case=False)]
    only_inside = [i for i, row in inside.set_index("id").iterrows()
                   if not any(found(str(row[c]).casefold()) for c in SEARCH_COLUMNS)
                   and not found(window.fact_base.city_label(row["city"]).casefold())
                   and not found(window.fact_base.sector_label(row["sector"]).casefold())]
    assert only_inside and not set(only_inside) & set(ids)

    # The match is marked in the cells that show it ...
    row = ids.index("F05")  # Dalian Port, in the sector "port and trade"
    entity = window.table_proxy.index(row, 3)
    assert entity.data() == "Dalian Port" and entity.data(MatchRole) == [(7, 11)]
    assert window.table_proxy.index(row, 0).data(MatchRole) == []
    # ... and the tooltip says where it matched.
    tip = entity.data(Qt.ItemDataRole.ToolTipRole)
    assert "Filter “port” matches its entity, quote, sector" in tip

    # The marker is painted over those characters: the table's own delegate paints the cell.
    window.table.clearSelection()
    delegate = window.table.itemDelegate()
    assert isinstance(delegate, MatchDelegate)
    option = QStyleOptionViewItem()
    window.table.initViewItemOption(option)
    size = window.table.visualRect(entity).size()
    option.rect = QRect(QPoint(0, 0), size)
    rects = delegate.match_rects(option, entity)
    assert len(rects) == 1 and rects[0].width() > 5

    def painted(index) -> QImage:
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        delegate.paint(painter, option, index)
        painter.end()
        return image

    image = painted(entity)
    marked = rects[0].toRect()

    def amber(x: int) -> int:
        colour = image.pixelColor(x, marked.top() + 1)
        return colour.red() - colour.blue()

    inside = [amber(x) for x in range(marked.left() + 1, marked.right())]
    outside = amber(marked.left() - 3)  # "Dalian " before it: the cell's own background
    assert all(a > outside + 40 for a in inside), (inside, outside)

    # A row that matched only in its quote, which the table does not show: selecting it says so.
    window.select_fact("F09")
    assert "F09" in shown_ids(window) and window.current_fact_id() == "F09"
    assert window.statusBar().currentMessage().endswith("· “port” in its quote")

    qtbot.keyClick(window.nav.filter_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: filtered_count(window) is None)
    assert window.table_proxy.index(0, 3).data(MatchRole) == []


@pytest.mark.parametrize("text", ["尔滨", "哈尔滨"])
def test_chinese_matches_at_any_character(window: MainWindow, qtbot, text: str) -> None:
    type_filter(qtbot, window, text)
    assert shown_ids(window) == ["F44"]
    row = window.table_proxy.index(0, 4)
    assert row.data() == "Harbin 哈尔滨"
    start = row.data().index(text)
    assert row.data(MatchRole) == [(start, start + len(text))]

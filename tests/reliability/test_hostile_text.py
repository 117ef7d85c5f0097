"""Hostile text shows literally in every widget, tooltip, plot label and HTML copy; spreadsheet
formulas are neutralised in every export and copy, while numbers stay numbers."""

from __future__ import annotations

import csv
import html
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget

from explorer.model import load_fact_base
from explorer.model.formats.clipboard import to_csv, to_html, to_tsv
from explorer.model.formats.export import render
from explorer.ui.main_window import MainWindow
from explorer.ui.plots import BarChart, LineChart
from explorer.ui.roles import FactIdRole
from tests.reliability import hostile
from tests.reliability.hostile import TOKENS, VALID_IDS


def rendered(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a person sees of ``text`` in a label or tooltip of this format."""
    if fmt == Qt.TextFormat.PlainText or (fmt == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(text)):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText().replace("\u2029", "\n").replace("\u2028", "\n").replace("\xa0", " ")


def assert_literal(raw: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText, where: str = "") -> int:
    """Every hostile token held by ``raw`` is seen literally; returns how many were checked."""
    shown = rendered(raw, fmt)
    checked = 0
    for token in TOKENS:
        if token in raw or html.escape(token) in raw:
            assert token in " ".join(shown.split()), f"{where}: {token!r} not shown literally in {shown!r}"
            checked += 1
    return checked


@pytest.fixture
def hostile_dir(tmp_path: Path) -> Path:
    return hostile.make_hostile(tmp_path / "data")


@pytest.fixture
def hostile_window(make_window, hostile_dir: Path) -> MainWindow:
    window = make_window(hostile_dir)
    window.resize(1280, 800)
    return window


def test_the_hostile_facts_load(hostile_dir: Path) -> None:
    base = load_fact_base(hostile_dir)
    assert set(VALID_IDS) <= set(base.stated["id"])
    assert "H99" not in set(base.stated["id"])
    assert base.fact("H03")["value"] == -30
    assert [str(p) for p in base.problems if p.severity == "error"] == [
        p for p in map(str, base.problems) if "H99" in p]


def _all_indexes(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for r in range(model.rowCount(parent)):
        for c in range(model.columnCount(parent)):
            index = model.index(r, c, parent)
            yield index
            if c == 0:
                yield from _all_indexes(model, index)


def test_item_models_show_text_and_tooltips_literally(hostile_window: MainWindow) -> None:
    w = hostile_window
    checked = 0
    for model in (w.table_model, w.nav.tree_model, w.problems_model):
        for index in _all_indexes(model):
            display = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(display, str):  # a delegate paints DisplayRole as plain text
                checked += assert_literal(display, Qt.TextFormat.PlainText)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                checked += assert_literal(tip, where=f"{type(model).__name__} tooltip")
    assert checked > 20
    row = w.table_model.row_of("H01")
    assert w.table_model.index(row, 0).data() == f"growth of {hostile.TAGS}"


def test_every_label_and_tooltip_of_the_window(hostile_window: MainWindow, qtbot) -> None:
    w = hostile_window
    w.show()
    qtbot.waitExposed(w)
    checked = 0
    for fact_id in (*VALID_IDS, "D:change:F02:F01"):  # a derived figure (once D01)
        if w.table_model.row_of(fact_id) is None:
            continue
        w.select_fact(fact_id)
        assert w.current_fact_id() == fact_id
        for widget in w.findChildren(QWidget):
            checked += assert_literal(widget.toolTip(), where=f"{widget.objectName()} tooltip")
            if isinstance(widget, QLabel):
                checked += assert_literal(widget.text(), widget.textFormat(), widget.objectName())
        checked += assert_literal(w.statusBar().currentMessage(), Qt.TextFormat.PlainText)
    w.select_fact("H01")
    assert hostile.TITLE in rendered(w.quote.title.text(), w.quote.title.textFormat())
    assert checked > 10


def test_plot_labels_titles_and_tooltips(hostile_window: MainWindow) -> None:
    w = hostile_window
    plotted: set[str] = set()
    checked = 0
    for fact_id in ("H02", "H03", "H05"):  # the plots follow the selection: views of several facts
        w.select_fact(fact_id)
        titles = [page.title for page in w.plots.pages.values()]
        assert all(t.textFormat() == Qt.TextFormat.PlainText for t in titles)
        if any(hostile.PLUS_METRIC.split()[0] in t.text() for t in titles):
            assert any(hostile.BOLD in t.text() for t in titles)
        for _, chart in w.plots.all_charts():
            plotted |= set(chart.heights())
            title = chart.plot.titleLabel.item.toPlainText()  # pyqtgraph titles are rich text
            checked += assert_literal(html.escape(" ".join(title.split())), Qt.TextFormat.RichText)
            for axis in ("left", "bottom"):
                ax = chart.plot.getAxis(axis)
                for level in ax._tickLevels or []:  # tick labels are painted as plain text
                    for _, label in level:
                        checked += assert_literal(label, Qt.TextFormat.PlainText)
            if isinstance(chart, BarChart):
                for bar in chart.bars:
                    checked += assert_literal(bar.tooltip, where=f"bar {bar.fact_id}")
                for label in chart.labels:
                    checked += assert_literal(label.textItem.toPlainText(), Qt.TextFormat.PlainText)
            if isinstance(chart, LineChart):
                for tip in chart._tips.values():
                    checked += assert_literal(tip)
    assert {"H01", "H02", "H03", "H04", "H05"} <= plotted
    assert checked >= 3


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.add(tag)
        self.attrs += attrs

    def handle_data(self, data) -> None:
        self.text.append(data)


def parse_html(text: str) -> _Tags:
    parser = _Tags()
    parser.feed(text)
    parser.close()
    return parser


def _cells(tsv: str) -> list[dict[str, str]]:
    lines = tsv.splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


def test_clipboard_copy_is_escaped_and_neutralised(hostile_window: MainWindow) -> None:
    w = hostile_window
    w.nav.tree.setCurrentIndex(w.nav.tree_proxy.index(0, 0))
    w.table.selectAll()
    w.act_copy.trigger()
    data = QGuiApplication.clipboard().mimeData()
    page = parse_html(data.html())
    assert page.tags <= {"table", "thead", "tbody", "tr", "th", "td", "ul", "li", "p"}
    assert all(name in ("border", "cellspacing", "cellpadding") for name, _ in page.attrs)
    text = "".join(page.text)
    for token in TOKENS:
        assert token in text
    rows = {r["Fact"]: r for r in _cells(data.text())}
    assert set(VALID_IDS) <= set(rows)
    assert rows["H01"]["Entity"] == "'" + hostile.FORMULA_ENTITY
    assert rows["H03"]["Entity"] == "'" + hostile.AT_ENTITY
    assert rows["H05"]["Entity"] == "'" + hostile.MINUS_ENTITY
    assert rows["H03"]["Metric"] == "'" + hostile.PLUS_METRIC
    # A loss stays a number (in base units: -30 million yuan is -30000000 yuan), never neutralised as text.
    assert rows["H03"]["Value"] == "-30000000" and rows["F27"]["Value"] == "-30000000"
    assert rows["H03"]["Unit"] == "yuan"
    csv_rows = {r["Fact"]: r for r in csv.DictReader(io.StringIO(bytes(data.data("text/csv")).decode()))}
    assert csv_rows["H01"]["Entity"] == "'" + hostile.FORMULA_ENTITY
    assert csv_rows["H03"]["Value"] == "-30000000"
    w.act_copy_citation.trigger()  # plain text only: it must simply not fail
    assert "H01" in QGuiApplication.clipboard().text()


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_model_copies_and_exports_neutralise_formulas(hostile_dir: Path) -> None:
    base = load_fact_base(hostile_dir)
    records = base.facts.to_dict("records")
    titles = {sid: s.title for sid, s in base.sources.items()}
    for form, delimiter in ((to_tsv(records, titles), "\t"), (to_csv(records, titles), ",")):
        for row in csv.reader(io.StringIO(form), delimiter=delimiter):
            for cell in row:
                assert not cell.startswith(FORMULA_STARTS) or _is_number(cell), cell
    page = parse_html(to_html(records, titles))
    assert page.tags <= {"table", "thead", "tbody", "tr", "th", "td", "ul", "li", "p"}

    back = list(csv.DictReader(io.StringIO(render(base, "csv").decode())))
    for row in back:
        for column, cell in row.items():
            if column in ("value", "value_base"):
                assert _is_number(cell), (column, cell)
            else:
                assert not cell.startswith(FORMULA_STARTS), (column, cell)
    by_id = {r["id"]: r for r in back}
    assert by_id["H01"]["entity"] == "'" + hostile.FORMULA_ENTITY
    assert by_id["H05"]["quote"].startswith("'=1+2")
    assert by_id["H06"]["quote"].startswith("'\t")
    assert float(by_id["H03"]["value"]) == -30 and float(by_id["F27"]["value"]) == -30

    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(render(base, "xlsx"))).active
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        for column, cell in zip(header, row):
            assert cell.data_type != "f", (column, cell.value)
            if column in ("value", "value_base"):
                assert isinstance(cell.value, (int, float)), (column, cell.value)
            elif isinstance(cell.value, str):
                assert not cell.value.startswith(FORMULA_STARTS), (column, cell.value)
    values = {row[0].value: row[header.index("value")].value for row in sheet.iter_rows(min_row=2)}
    assert values["H03"] == -30 and values["F27"] == -30

    md = render(base, "md").decode()  # CommonMark: a backslash makes the next character literal
    assert not re.search(r"(?<!\\)[<>&]", md)
    assert "\\&lt;not a tag\\&gt;" in md


def test_no_fact_id_role_is_lost_through_hostile_rows(hostile_window: MainWindow) -> None:
    proxy = hostile_window.table_proxy
    hostile_window.nav.tree.setCurrentIndex(hostile_window.nav.tree_proxy.index(0, 0))
    ids = {proxy.index(r, 0).data(FactIdRole) for r in range(proxy.rowCount())}
    assert set(VALID_IDS) <= ids

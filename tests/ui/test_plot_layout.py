"""The plots laid out at real window sizes: no two texts overlap, no plot is squeezed unreadable.

Geometry, not eyeballing (issue 10, point 10): every text a plot draws (tick labels, figures,
group headers) is measured in view pixels and compared pairwise.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint, QPointF, QRect, QRectF, QSettings, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPicture
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QSplitter, QStyleOptionGraphicsItem

from explorer.ui.main_window import MainWindow
from explorer.ui.plots import ROW_PX, Bars, visible_text_rects
from tests.conftest import ROOT

OTHER = ROOT / "tests" / "data" / "other_region"
SIZES = [(1024, 640), (1280, 800), (1920, 1200)]
READABLE_HEIGHT = 90  # px of plot area, the least in which bars or points can be told apart
READABLE_WIDTH = 150


def _overlaps(rects: list[tuple[str, QRect]]) -> list[tuple[str, str]]:
    clash = []
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1:]:
            if ra.adjusted(1, 1, -1, -1).intersects(rb.adjusted(1, 1, -1, -1)):
                clash.append((a, b))
    return clash


def _check_plots(window: MainWindow, qtbot, where: str) -> int:
    checked = 0
    for key, _ in window.plots.TABS:
        window.plots.show_tab(key)
        page = window.plots.pages[key]
        qtbot.waitUntil(lambda p=page: p.isVisible())
        charts = window.plots.charts[key]
        for _ in range(3):  # the layout settles in a few passes (a resize inside a resize is deferred)
            QApplication.processEvents()
        if not charts:
            assert page.message.text().startswith("Nothing to plot: "), (where, key)
            continue
        viewport = page.scroller.viewport()
        assert viewport.height() >= READABLE_HEIGHT and viewport.width() >= READABLE_WIDTH, (where, key)
        for chart in charts:
            vb = chart.plot.vb.sceneBoundingRect()
            assert vb.height() >= min(READABLE_HEIGHT, ROW_PX * 2), (where, key, vb)
            assert vb.width() >= READABLE_WIDTH, (where, key, vb)
        page.view.grab()  # painted, as on screen: text items place themselves when painted
        rects = visible_text_rects(page.view)
        assert rects, (where, key)
        assert _overlaps(rects) == [], (where, key)
        inside = page.view.rect()
        for text, rect in rects:
            assert inside.contains(rect.adjusted(1, 1, -1, -1)), (where, key, text, rect, inside)
        checked += len(rects)
    return checked


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("data,fact", [(None, "F01"), (None, "F35"), (OTHER, "J21")])
def test_no_text_of_a_plot_overlaps_at_common_window_sizes(make_window, qtbot, size, data, fact) -> None:
    window = make_window(data)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.select_fact(fact)
    assert _check_plots(window, qtbot, f"{size} {fact}") > 10
    assert window.plots.width() >= window.plots.minimumWidth() >= 300


def _thirty_cities(target: Path) -> Path:
    """A fact base of 30 cities, each with a GDP figure; names long enough to need room."""
    (target / "sources").mkdir(parents=True)
    names = [f"Prefecture-level City Number {i:02d}" for i in range(30)]
    lines = [f"{name} produced {100 + 7 * i:,}.5 billion yuan in 2022." for i, name in enumerate(names)]
    text = "\n".join(lines) + "\n"
    (target / "sources" / "t.txt").write_text(text, encoding="utf-8")
    sha = hashlib.sha256(text.encode()).hexdigest()
    with (target / "sources.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows([
            ["id", "title", "date", "date_note", "path", "sha256", "language", "publisher"],
            ["t", "Thirty cities (made up)", "2023", "", "sources/t.txt", sha, "en", "tests"]])
    with (target / "cities.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows([["id", "name", "name_zh", "kind"]]
                                                      + [[n, n, "", "city"] for n in names])
    (target / "sectors.csv").write_text("id,name,description\neconomy,Economy,All of it\n", encoding="utf-8")
    rows = [["id", "kind", "source_id", "city", "sector", "entity", "metric", "value", "unit", "qualifier",
             "period", "as_printed", "quote", "start", "end", "note"]]
    at = 0
    for i, (name, line) in enumerate(zip(names, lines)):
        printed = f"{100 + 7 * i:,}.5 billion yuan"
        rows.append([f"T{i:02d}", "figure", "t", name, "economy", name, "output", f"{100 + 7 * i}.5",
                     "billion yuan", "exact", "2022", printed, line, at, at + len(line), ""])
        at += len(line) + 1
    with (target / "facts.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    return target


def test_thirty_cities_read_as_horizontal_bars_that_scroll(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window(_thirty_cities(tmp_path / "thirty"))
    assert window.fact_base.problems == []
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    window.select_fact("T00")
    window.plots.show_tab("across")
    chart = window.plots.charts["across"][0]
    assert len(chart.heights()) == 30
    page = window.plots.pages["across"]
    QApplication.processEvents()  # laid out and painted, as a person sees it
    page.view.grab()
    assert page.view.height() > page.scroller.viewport().height()  # it scrolls instead of squeezing
    ticks = [label for level in chart.left._tickLevels for _, label in level]
    assert 0 < len(ticks) < 30  # names for the rows in view (test_only_the_rows_in_view_...: the others)
    # Long names wrap (every row two lines high) and are elided only past that: the bars keep most room.
    assert all(t.count("\n") <= 1 for t in ticks) and chart.left.width() < page.view.width() * 0.5
    page.view.grab()
    rects = visible_text_rects(page.view)
    assert _overlaps(rects) == []
    row = chart.plot.vb.mapViewToScene(chart.plot.vb.mapSceneToView(chart.scene_pos_of("T01")))
    assert abs(row.y() - chart.scene_pos_of("T00").y()) >= ROW_PX - 1  # a full text line per bar
    # An elided name gives the whole name on hover.
    elided = dict(chart._elided)
    if elided:
        y, full = next(iter(elided.items()))
        scene = chart.plot.vb.mapViewToScene(chart.plot.vb.mapSceneToView(chart.left.sceneBoundingRect().center()))
        scene.setY(chart.plot.vb.mapViewToScene(chart.plot.vb.mapSceneToView(scene)).y())
        from PySide6.QtCore import QPointF

        at = QPointF(chart.left.sceneBoundingRect().center().x(), chart.plot.vb.mapViewToScene(QPointF(0, y)).y())
        tip = chart.tooltip_at(at)
        assert tip is not None and full in tip[0]


def _old_splitter_state(sizes: list[int]) -> QByteArray:
    """The state an older version saved: a splitter with no minimum sizes, squeezed by the user."""
    splitter = QSplitter()
    splitter.addWidget(QLabel("a"))
    splitter.addWidget(QLabel("b"))
    splitter.resize(sum(sizes), 400)
    splitter.setSizes(sizes)
    return splitter.saveState()


def test_a_squeezed_plot_from_old_settings_gets_a_usable_size(make_window, settings: QSettings, qtbot) -> None:
    """Issue 10, point 10: 853x533 restored from an older settings file, the plot squeezed to ~40 px."""
    window = make_window()
    window.resize(853, 533)
    window.save_settings()
    settings.setValue("splitters/detailSplit", _old_splitter_state([500, 0]))
    settings.setValue("splitters/rightSplit", _old_splitter_state([490, 40]))
    settings.sync()
    again = make_window(settings_=settings)
    again.show()
    qtbot.waitExposed(again)
    assert again.plots.width() >= again.plots.minimumWidth() >= 300
    assert again.plots.height() >= again.plots.minimumHeight() >= 200
    assert again.quote.width() >= again.quote.minimumWidth() > 0


def test_restored_geometry_is_clamped_to_the_screen(make_window, settings: QSettings, qtbot) -> None:
    """QWidget.restoreGeometry does this itself (the window needs no code of its own): kept as a guard."""
    room = QApplication.primaryScreen().availableGeometry()
    window = make_window()
    window.resize(room.width() + 900, room.height() + 700)
    window.move(room.right() + 400, room.bottom() + 300)
    window.save_settings()
    again = make_window(settings_=settings)
    assert again.frameGeometry().width() <= room.width() and again.frameGeometry().height() <= room.height()
    assert room.contains(again.frameGeometry().topLeft())


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1200)])
def test_tree_names_and_table_figures_are_shown_whole(make_window, qtbot, size) -> None:
    """Issue 10, point 10: 'Equipment manufactu…' with the panel mostly empty; the Figure column cut off."""
    window = make_window()
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.select_fact("F24")  # under Dalian › Equipment manufacturing: the tree opens to it
    tree = window.nav.tree
    index = tree.currentIndex()
    assert index.data() == "Equipment manufacturing"
    text_right = tree.visualRect(index).left() + tree.fontMetrics().horizontalAdvance(index.data())
    assert text_right + 6 <= tree.header().sectionSize(0)  # the name is not elided
    tree.setCurrentIndex(window.nav.tree_proxy.index(0, 0))  # All: every figure in the table
    table, proxy = window.table, window.table_proxy
    qtbot.waitUntil(lambda: proxy.rowCount() == len(window.fact_base.facts))
    fm = table.fontMetrics()
    italic = table.font()
    italic.setItalic(True)
    widest = max(max(fm.horizontalAdvance(str(proxy.index(r, 1).data())),
                     QFontMetrics(italic).horizontalAdvance(str(proxy.index(r, 1).data())))
                 for r in range(proxy.rowCount()))
    assert table.columnWidth(1) >= widest + 6


def _rows_in_view(page, chart) -> set[int]:
    """Rows of the chart whose bar the scroll area shows now (wholly or in part)."""
    top, bottom = page.visible_span()
    vb = chart.plot.vb
    return {int(b.y) for b in chart.bars
            if top - ROW_PX <= vb.mapViewToScene(QPointF(0, b.y)).y() <= bottom + ROW_PX}


def _thirty_across(make_window, qtbot, tmp_path: Path) -> MainWindow:
    """The window on thirty cities at 1024 x 640, their GDP across cities shown."""
    window = make_window(_thirty_cities(tmp_path / "thirty"))
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    window.select_fact("T00")
    window.plots.show_tab("across")
    return window


def _painted_extent(item, exposed: QRectF) -> QRectF:
    """Where ``item``'s paint draws, given ``exposed`` as the part a paint exposes (empty: none given)."""
    picture = QPicture()
    painter = QPainter(picture)
    option = QStyleOptionGraphicsItem()
    option.exposedRect = exposed
    item.paint(painter, option, None)
    painter.end()
    return QRectF(picture.boundingRect())


def test_only_the_rows_in_view_have_labels_yet_every_bar_is_clickable_and_exported_whole(
        make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    """Issue 15: a chart of hundreds of bars made a value label and a name for each on every redraw; now
    only the rows in the scroll area's view have them, scrolling brings the others, a click on any bar
    selects its fact, and an export still shows every name and figure."""
    window = _thirty_across(make_window, qtbot, tmp_path)
    chart = window.plots.charts["across"][0]
    page = window.plots.pages["across"]
    for _ in range(3):
        QApplication.processEvents()
    assert len(chart.bars) == 30
    in_view = _rows_in_view(page, chart)
    assert 0 < len(in_view) < 30
    labelled = {int(b.y) for b in chart.label_bars}
    assert in_view <= labelled and len(labelled) <= len(in_view) + 8  # a few rows of slack each side
    assert chart.value_labels.texts() == [b.text for b in chart.label_bars]
    names = {y for level in chart.left._tickLevels for y, _ in level}
    assert in_view <= {int(y) for y in names} and len(names) < 30
    last = max(chart.bars, key=lambda b: b.y)
    assert last not in chart.label_bars
    # Scrolled to the end, as a person drags the scroll bar: the last rows get their labels and names.
    bar = page.scroller.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: last in chart.label_bars)
    assert last.text in chart.value_labels.texts() and chart.value_labels.isVisible()
    assert int(last.y) in {int(y) for level in chart.left._tickLevels for y, _ in level}
    # A click on that bar selects its fact.
    point = page.view.mapFromScene(chart.scene_pos_of(last.fact_id))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    qtbot.waitUntil(lambda: window.current_fact_id() == last.fact_id)
    # Back at the top: the export (File ▸ Export plot as SVG…) has every name and figure all the same.
    bar.setValue(0)
    qtbot.waitUntil(lambda: last not in chart.label_bars)
    target = tmp_path / "bars.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "SVG (*.svg)"))
    window.act_svg.trigger()
    svg = target.read_text(encoding="utf-8")
    for b in chart.bars:
        assert b.text in svg, b.text
    for i in range(30):
        assert f"Number {i:02d}" in svg, i
    assert last not in chart.label_bars  # and on screen only the rows in view have them again


def test_a_paint_draws_only_the_bars_it_exposes(make_window, qtbot, tmp_path: Path) -> None:
    """Issue 15: a chart of 200 bars in its scroll area painted every bar (~0.5 ms of a selection at a million
    facts) to show ~15; a paint now draws the bars of the part it exposes, and with no exposed part given (an
    export) every bar."""
    chart = _thirty_across(make_window, qtbot, tmp_path).plots.charts["across"][0]
    item = max(chart.items.values(), key=lambda bars: len(bars._rectarray.instances()))
    assert len(item._rectarray.instances()) == 30
    everything = _painted_extent(item, QRectF())
    top = _painted_extent(item, QRectF(0, -0.5, 10_000, 3))  # rows 0 to 2 (and as many each side)
    assert 28 <= everything.height() <= 32 and top.height() <= 9  # (in rows: the picture records item units)


def test_a_bar_of_width_zero_in_the_exposed_part_is_drawn(qapp) -> None:
    """A figure of 0 is a bar of no width, drawn as its outline: culled by rows, never for its width."""
    item = Bars(x0=[0.0, 0.0], y=[0.0, 5.0], width=[0.0, 3.0], height=0.62)
    assert _painted_extent(item, QRectF(-1, -0.5, 5, 1)).height() > 0  # row 0 only, where the bar of width 0 is

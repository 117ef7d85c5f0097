"""A selection's work is in proportion to what it shows, not to the fact base (issue 15, session 8): the
slowest selections at a million facts were the ones that made arrays of every fact, laid out a source's
text again, or asked the table model for every role of every cell painted."""

from __future__ import annotations

import sys
import tracemalloc
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QWidget

from explorer.ui.main_window import MainWindow
from explorer.ui.roles import CountRole


def _smallest_leaf(window: MainWindow) -> Any:
    """The tree's smallest node of at least 8 facts."""
    proxy = window.nav.tree_proxy
    leaves = []
    stack = [proxy.index(0, 0)]
    while stack:
        index = stack.pop()
        children = [proxy.index(r, 0, index) for r in range(proxy.rowCount(index))]
        stack.extend(children)
        if not children:
            leaves.append(index)
    return min((i for i in leaves if i.data(CountRole) >= 8), key=lambda i: i.data(CountRole))


def test_a_tree_step_to_a_small_node_makes_no_array_of_every_fact(synth_window: MainWindow, qtbot) -> None:
    """The table's proxy made a mask of every fact (1 byte each) and, to find the kept fact among the node's
    rows, a map of every fact to its shown row (8 bytes each): ~9 MB written at every click at a million
    facts. Now its memory follows the node's rows."""
    window = synth_window
    facts = len(window.fact_base.facts)
    proxy = window.table_proxy
    peaks: list[tuple[str, int]] = []

    def measured(name: str) -> None:
        real = getattr(proxy, name)

        def run(*args: Any) -> Any:
            before = tracemalloc.get_traced_memory()[0]
            tracemalloc.reset_peak()
            try:
                return real(*args)
            finally:
                peaks.append((name, tracemalloc.get_traced_memory()[1] - before))

        setattr(proxy, name, run)

    measured("refilter")
    measured("mapFromSource")
    leaf = _smallest_leaf(window)
    shown = leaf.data(CountRole)
    assert shown * 40 < facts  # a node of a few facts among thousands
    tracemalloc.start()
    try:
        window.nav.tree.setCurrentIndex(leaf)
        qtbot.waitUntil(lambda: proxy.rowCount() == shown)
    finally:
        tracemalloc.stop()
    assert {name for name, _ in peaks} == {"refilter", "mapFromSource"}, peaks  # the kept fact was looked for
    assert max(peak for _, peak in peaks) < facts, peaks
    # The rows shown are the node's, in file order, and a fact is found back among them.
    rows = [int(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(proxy.rowCount())]
    assert rows == sorted(window.nav.current_rows().tolist())
    for r, source in enumerate(rows):
        assert proxy.mapFromSource(window.table_model.index(source, 2)).row() == r
    outside = next(r for r in range(facts) if r not in set(rows))
    assert not proxy.mapFromSource(window.table_model.index(outside, 0)).isValid()
    # Sorted by a column (its header clicked twice), every shown fact is still found at its row.
    header = window.table.horizontalHeader()
    orders = []
    for _ in range(2):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2))
        assert header.sortIndicatorSection() == 1
        order = [int(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(proxy.rowCount())]
        assert sorted(order) == rows
        for r, source in enumerate(order):
            assert proxy.mapFromSource(window.table_model.index(source, 0)).row() == r
        assert not proxy.mapFromSource(window.table_model.index(outside, 0)).isValid()
        orders.append(order)
    assert orders[0] != rows or orders[1] != rows  # (ascending and descending: not both file order)


def test_a_table_cell_is_painted_from_one_python_call_as_qt_s_own_delegate_paints_it(
        synth_window: MainWindow, qtbot) -> None:
    """Qt's delegate asked seven roles of every cell painted, each a Python ``data()`` call through the proxy
    (~780 calls, most of a table paint's ~4 ms at any size). The table's delegate asks the model once per cell,
    and the cells look exactly as Qt's delegate paints them: derived figures italic in the link colour, the
    figure right-aligned, agreement in its colours."""
    window = synth_window
    table, model = window.table, window.table_model
    derived = model.fact_base.facts["derived"].to_numpy()
    # Rows in view of a city with derived and stated facts, the Agreement column shown.
    proxy, shown = window.nav.tree_proxy, window.table_proxy
    window.nav.tree.setCurrentIndex(proxy.index(0, 0, proxy.index(0, 0)))
    qtbot.waitUntil(lambda: shown.rowCount() > 0)
    rows = [shown.source_row(r) for r in range(shown.rowCount())]
    first_derived = next(r for r, source in enumerate(rows) if derived[source])
    table.setCurrentIndex(shown.index(first_derived, 0))
    table.scrollTo(shown.index(first_derived, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
    qtbot.wait(0)
    in_view = [rows[r] for r in range(table.rowAt(0), table.rowAt(table.viewport().height() - 1))]
    assert derived[in_view].any() and not derived[in_view].all()
    assert not table.isColumnHidden(7)
    calls = {"data": 0, "initStyleOption": 0}

    def hook(frame: Any, event: str, arg: Any) -> None:
        if event == "call" and frame.f_code.co_filename.endswith("fact_table.py") and frame.f_code.co_name in calls:
            calls[frame.f_code.co_name] += 1

    sys.setprofile(hook)
    try:
        table.viewport().repaint()
    finally:
        sys.setprofile(None)
    assert calls["data"] == 0 and calls["initStyleOption"] > 20, calls
    ours = table.viewport().grab().toImage()
    table.setItemDelegate(QStyledItemDelegate(table))
    table.viewport().repaint()
    assert table.viewport().grab().toImage() == ours



class _Paints(QObject):
    """Counts the paint events of the widgets it watches."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.count = {w: 0 for w in widgets}
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and watched in self.count:
            self.count[watched] += 1  # type: ignore[index]
        return False


def test_a_tree_step_repaints_the_chart_not_the_whole_plot_area(synth_window: MainWindow, qtbot) -> None:
    """A step to another metric's fact gave the plot page a new title, whose layout request reached the plot
    tabs: QTabWidget placed its pages again and repainted itself whole (tab bar, labels, scroll bar: ~1-2 ms a
    step at a million facts). Now the chart and the labels that changed are repainted, the rest is left."""
    window = synth_window
    plots, tree, proxy = window.plots, window.nav.tree, window.nav.tree_proxy
    tree.expandAll()
    cities = [proxy.index(r, 0, proxy.index(0, 0)) for r in range(proxy.rowCount(proxy.index(0, 0)))]
    tree.setCurrentIndex(cities[0])
    key = plots.TABS[plots.currentIndex()][0]
    page = plots.pages[key]
    qtbot.waitUntil(lambda: page.has_view and page.title.text() != "")
    qtbot.wait(50)
    paints = _Paints(plots.tabBar(), page.view.viewport())
    titles = set()
    tab = plots.currentIndex()
    for city in cities[1:7]:
        tree.setCurrentIndex(city)
        qtbot.waitUntil(lambda: window.quote.detail.text() != "")
        qtbot.wait(20)
        titles.add(page.title.text())
    assert plots.currentIndex() == tab and len(titles) > 1  # the same tab, another metric's chart
    assert paints.count[page.view.viewport()] >= 1  # the chart is repainted ...
    assert paints.count[plots.tabBar()] == 0, paints.count  # ... and the tab bar is not
    # Still placed anew when something it depends on changes: a narrower window moves the tab's page.
    before = page.geometry()
    window.resize(1100, 800)
    qtbot.waitUntil(lambda: page.geometry() != before)


def test_what_the_window_makes_ahead_is_frozen_once_made_and_collectable_with_the_next_base(
        make_window, tmp_path: Path, qtbot, monkeypatch) -> None:
    """A full pass of the cyclic collector walked the charts, labels and tree items the window makes after a large
    fact base is shown (~70,000 objects at a million facts: 17-86 ms inside some selection of each run). Once they
    are made they are frozen; the next fact base makes them collectable again."""
    import gc

    from benchmarks.synth import write as write_synth
    from explorer.ui.session import Session

    write_synth(3000, tmp_path / "s")
    monkeypatch.setattr(Session, "FREEZE_FACTS", 0)  # as from 50,000 facts
    frozen: list[tuple[bool, bool]] = []  # at each freeze: were the charts drawn ahead and the other tree made?
    real_freeze = gc.freeze
    gc.unfreeze()
    window: MainWindow | None = None

    def freeze() -> None:
        made = window is not None and window.fact_base is not None
        frozen.append((made and window.plots.settled(), made and window.nav.tree_model.prepared()))  # type: ignore[union-attr]
        real_freeze()

    monkeypatch.setattr(gc, "freeze", freeze)
    try:
        window = make_window(tmp_path / "s")
        window.resize(1280, 800)
        window.show()
        qtbot.waitUntil(lambda: (True, True) in frozen, timeout=10_000)
        kept = [chart for views in window.plots._kept.values() for _, charts, _ in views for chart in charts]
        assert kept and gc.get_freeze_count() > 0
        tracked = {id(o) for o in gc.get_objects()}
        assert not any(id(chart) in tracked for chart in kept)  # out of the collector's passes
        unfrozen: list[int] = []
        real_unfreeze = gc.unfreeze
        monkeypatch.setattr(gc, "unfreeze", lambda: (unfrozen.append(gc.get_freeze_count()), real_unfreeze()))
        window.load_now(tmp_path / "s")  # the next fact base: what the last one froze is walked again
        qtbot.waitUntil(lambda: bool(unfrozen))
        assert unfrozen[0] > 0
    finally:
        monkeypatch.undo()
        gc.unfreeze()

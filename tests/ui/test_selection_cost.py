"""A selection and a keystroke cost little on the UI thread (issue 15, session 7): the tree is painted
without Python calls, and what a step changes is laid out where it changed, not up to the window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from explorer.ui.main_window import MainWindow
from explorer.ui.roles import CountRole, NodeKeyRole
from tests.helpers import open_with_plots_drawn


def _python_calls_in(module_suffix: str, action: Any, name: str | None = None) -> int:
    """Python functions (named ``name``, if given) of files ending in ``module_suffix`` called while ``action``
    runs (the profile hook sees calls made from C++, such as a model's ``index`` asked by a proxy)."""
    calls = 0

    def hook(frame: Any, event: str, arg: Any) -> None:
        nonlocal calls
        code = frame.f_code
        if event == "call" and code.co_filename.endswith(module_suffix) and name in (None, code.co_name):
            calls += 1

    sys.setprofile(hook)
    try:
        action()
    finally:
        sys.setprofile(None)
    return calls


def test_the_tree_is_painted_without_python_calls_into_its_model(synth_window: MainWindow, qtbot) -> None:
    """Issue 15: each tree paint went ~3,000 times through Python ``index``/``parent``/``data``/``flags`` of
    the tree model behind the proxy (~3.5 ms of a tree step at a million facts)."""
    window = synth_window
    tree, proxy = window.nav.tree, window.nav.tree_proxy
    tree.expandAll()
    qtbot.wait(0)  # the expanded rows laid out
    root = proxy.index(0, 0)
    tree.setCurrentIndex(proxy.index(3, 0, proxy.index(2, 0, root)))
    tree.scrollTo(tree.currentIndex())
    painted = _python_calls_in("explorer/ui/tree_model.py", tree.viewport().repaint)
    assert painted < 10, f"{painted} Python calls into the tree model for one paint of the tree"
    # What the paint shows is the tree's: names, keys and counts by role, through the proxy.
    city = proxy.index(2, 0, root)
    node = window.nav.tree_model.node(proxy.mapToSource(city))
    assert city.data() == node.label and city.data(NodeKeyRole) == node.key
    assert proxy.index(2, 1, root).data() == str(node.count) and city.data(CountRole) == node.count
    assert "fact" in city.data(Qt.ItemDataRole.ToolTipRole)


def test_counts_under_a_filter_follow_a_grouping_switch_and_its_clearing(synth_window: MainWindow, qtbot) -> None:
    """The "n of N" counts are written into the items the filter shows: a switch to the other grouping (its
    tree made beforehand) and back, with and without the filter, never shows another mask's count."""
    window = synth_window
    nav, proxy = window.nav, window.nav.tree_proxy

    def counts() -> dict[tuple[str, ...], str]:
        shown = {}
        stack = [proxy.index(0, 0)]
        while stack:
            idx = stack.pop()
            shown[idx.data(NodeKeyRole)] = proxy.index(idx.row(), 1, idx.parent()).data()
            stack.extend(proxy.index(r, 0, idx) for r in range(proxy.rowCount(idx)))
        return shown

    def expected() -> dict[tuple[str, ...], str]:
        mask = nav.state.shown
        model = nav.tree_model
        out = {}
        stack = [model.node(model.index(0, 0))]
        while stack:
            node = stack.pop()
            n = node.count if mask is None else int(mask[node.rows].sum())
            if node.key and not n:
                continue
            out[node.key] = str(node.count) if mask is None else f"{n} of {node.count}"
            stack.extend(node.children)
        return out

    qtbot.waitUntil(nav.tree_model.prepared)  # the other grouping's tree made between events
    nav.tree.expandAll()
    edit = nav.filter_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "port")
    nav.flush_filter()
    nav.tree.expandAll()
    assert counts() == expected() and any(" of " in c for c in counts().values())
    window.act_by_sector.trigger()  # View ▸ Group by sector: the tree made beforehand
    nav.tree.expandAll()
    assert nav.tree_model.grouping == "sector" and counts() == expected()
    qtbot.keyClick(edit, Qt.Key.Key_Escape)  # the filter cleared
    nav.flush_filter()
    nav.tree.expandAll()
    assert counts() == expected() and not any(" of " in c for c in counts().values())
    window.act_by_city.trigger()  # back to the city tree, counted under the filter before
    nav.tree.expandAll()
    assert counts() == expected() and not any(" of " in c for c in counts().values())
    qtbot.keyClicks(edit, "steel")
    nav.flush_filter()
    nav.tree.expandAll()
    assert counts() == expected()


def test_a_tree_node_is_not_edited_by_a_double_click_or_f2(synth_window: MainWindow, qtbot) -> None:
    """The tree's items are the model's own (editable by default): the view never opens an editor on them."""
    tree, proxy = synth_window.nav.tree, synth_window.nav.tree_proxy
    city = proxy.index(0, 0, proxy.index(0, 0))
    name = city.data()
    tree.setFocus()
    tree.setCurrentIndex(city)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    rect = tree.visualRect(city)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tree.state() != tree.State.EditingState
    assert tree.indexWidget(city) is None and city.data() == name


def test_a_broad_filter_after_the_whole_tree_was_opened_filters_only_the_first_level(
        synth_window: MainWindow, qtbot, monkeypatch) -> None:
    """Issue 15: the first keystroke after the whole tree was opened filtered the children of every open node
    (~10,000 Python ``filterAcceptsRow`` calls, 0.3 s at a million facts) before a broad filter closed them."""
    nav = synth_window.nav
    monkeypatch.setattr(type(nav), "EXPAND_LIMIT", 12)
    tree, proxy = nav.tree, nav.tree_proxy
    tree.expandAll()
    qtbot.wait(0)
    root = proxy.index(0, 0)
    cities = proxy.rowCount(root)
    nodes = cities + sum(proxy.rowCount(proxy.index(r, 0, root)) for r in range(cities))
    assert nodes > 3 * cities
    edit = nav.filter_edit
    edit.setText("o")  # a broad filter: the first level shown, closed

    def keystroke() -> None:
        nav.flush_filter()
        qtbot.wait(0)  # laid out and painted

    filtered = _python_calls_in("explorer/ui/tree_model.py", keystroke, "filterAcceptsRow")
    root = proxy.index(0, 0)
    shown = proxy.rowCount(root)
    assert proxy.leaves_shown > 12 and shown >= 5
    assert not any(tree.isExpanded(proxy.index(r, 0, root)) for r in range(shown)) and tree.isExpanded(root)
    assert filtered <= cities + 2, f"{filtered} nodes filtered for {cities} cities ({nodes} nodes open)"
    # A narrow filter still opens the second level; the current node is kept where the filter leaves it.
    key = proxy.index(0, 0, root).data(NodeKeyRole)
    tree.setCurrentIndex(proxy.index(0, 0, root))
    monkeypatch.setattr(type(nav), "EXPAND_LIMIT", 40)
    edit.setText(str(key[0]))  # the city's name: its sectors, and a few others whose quotes name it
    nav.flush_filter()
    root = proxy.index(0, 0)
    assert proxy.leaves_shown <= 40 and tree.isExpanded(proxy.index(0, 0, root))
    assert tree.currentIndex().data(NodeKeyRole) == key


class _LayoutRequests(QObject):
    """Counts the layout requests a widget handles."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_a_selection_lays_out_its_panels_not_the_whole_window(make_window, tmp_path: Path, qtbot) -> None:
    """Issue 15: each new label text of a selection (the article's title, the Sources panel's summary, the chart's
    title) climbed the splitters to the main window, whose layout ran twice a step (~1.5-2 ms at a million facts)."""
    from tests.model.multisource import build

    window = make_window(build(tmp_path / "data"))  # four sources, English and Chinese
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    table = window.table  # all facts (the tree's "All" is current)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by metric: the sources alternate down the table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    plots = window.plots  # the tabs not on screen fill themselves a moment after the facts are shown
    qtbot.waitUntil(lambda: all(plots._filled.get(k) is window.fact_base for k, _ in plots.TABS))
    qtbot.waitUntil(window.nav.tree_model.prepared)
    qtbot.wait(5)
    requests = _LayoutRequests(window)
    titles, summaries, charts = set(), set(), set()
    for _ in range(12):  # a few rows down at a time: other facts, other sources, other metrics
        for _ in range(4):
            qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.wait(5)  # each step up the widgets is a posted event of its own
        titles.add(window.quote.title.text())
        summaries.add(window.claims_panel.summary.text())
        charts.add(window.plots.pages["across"].title.text())
    assert len(titles) >= 3 and min(len(summaries), len(charts)) > 3  # the labels did change
    assert requests.count == 0, f"{requests.count} layouts of the main window for 12 selections"
    # A panel that needs more room than it has still gets it: its splitters lay it out, the plots beside it
    # giving way (the window itself keeps its layout: its splitter's size is the same).
    quote, plots = window.quote, window.plots
    width, beside = window.quote_split.width(), plots.width()
    quote.setMinimumWidth(width + 60)
    qtbot.waitUntil(lambda: window.quote_split.width() >= width + 60 and plots.width() <= beside - 60)
    assert quote.geometry().right() < window.quote_split.width() and not quote.visibleRegion().isEmpty()
    assert window.detail_split.width() == window.right_split.width()


def test_the_other_grouping_is_made_in_steps_and_a_switch_before_the_end_shows_it_whole(
        make_window, tmp_path: Path, qtbot, monkeypatch) -> None:
    """The other grouping's items are made between a person's events (a few milliseconds at a time, one ~150 ms
    block at a million facts otherwise); a switch to it before they are all made finishes them first."""
    from benchmarks.synth import write as write_synth
    from explorer.model.queries import build_tree
    from explorer.ui.tree_model import FactTreeModel

    write_synth(3000, tmp_path / "s")
    monkeypatch.setattr(FactTreeModel, "STEP_S", 0.0)  # one first-level node a step
    window = make_window(tmp_path / "s")
    model = window.nav.tree_model
    assert not model.prepared()
    qtbot.wait(0)
    assert not model.prepared()  # a step, not the whole tree
    window.act_by_sector.trigger()  # View ▸ Group by sector, before the steps are done
    proxy = window.nav.tree_proxy
    root = proxy.index(0, 0)
    expected = build_tree(window.fact_base, "sector")
    shown = [(proxy.index(r, 0, root).data(NodeKeyRole), proxy.rowCount(proxy.index(r, 0, root)))
             for r in range(proxy.rowCount(root))]
    assert shown == [(node.key, len(node.children)) for node in expected.children]
    qtbot.waitUntil(model.prepared)  # the city tree, kept, made whole too
    window.act_by_city.trigger()
    root = proxy.index(0, 0)
    assert proxy.rowCount(root) == len(build_tree(window.fact_base, "city").children)


def test_a_chart_drawn_ahead_is_shown_with_its_labels_made(make_window, tmp_path: Path, qtbot, monkeypatch) -> None:
    """Issue 15: a metric's chart drawn ahead (hidden, out of the grid) made the labels of its rows in view, was
    fitted to the room its row gives and made its axes' pictures only when first shown: the first tree jumps after a
    load at a million facts (~20 ms of labels, ~15 ms of fitting, ~8 ms an axis). Now it is shown as drawn."""
    from benchmarks.synth import write as write_synth
    from explorer.ui.plots import BarChart, SpacedAxis, ValueLabels
    from explorer.ui.roles import RowRole

    write_synth(3000, tmp_path / "s")
    window = make_window()
    window.resize(1280, 800)
    open_with_plots_drawn(window, tmp_path / "s", qtbot)
    plots, table, proxy = window.plots, window.table, window.table_proxy
    made: list[str] = []  # the texts of labels set anew
    real = ValueLabels.set_labels
    monkeypatch.setattr(ValueLabels, "set_labels", lambda self, labels: (
        made.extend(label.text for label in labels if labels != self.labels), real(self, labels))[1])
    pictures: list[object] = []  # axes whose picture was made (pyqtgraph makes it in an axis's first paint)
    specs = SpacedAxis.generateDrawSpecs
    monkeypatch.setattr(SpacedAxis, "generateDrawSpecs", lambda self, p: (pictures.append(self), specs(self, p))[1])
    view = plots.pages["across"].view
    table.setFocus()
    table.setCurrentIndex(proxy.index(0, 0))
    shown: set[int] = set()
    metrics = window.table_model._columns["metric"]
    # Drawn ahead, hidden: the charts not on show have their axes' pictures made already.
    hidden = [c for c in plots._pool["across"] if c not in plots._charts["across"] and c.bars]
    assert hidden and all(axis.picture is not None for c in hidden for axis in (c.left, c.bottom))
    for _ in range(150):  # as a person reads the table, down to facts of every metric
        before, drawn = len(made), len(pictures)
        was = {id(a): a.geometry() for c in plots._pool["across"] for a in (c.left, c.bottom)}
        qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.wait(0)
        view.viewport().repaint()  # the chart on screen painted now
        chart = plots._charts["across"][0] if plots._charts["across"] else None
        if not isinstance(chart, BarChart) or not chart.bars:
            continue
        first, last = chart.rows_in_view()
        assert [b.fact_id for b in chart.label_bars] == [b.fact_id for b in chart.bars if first <= b.y <= last]
        assert chart.value_labels.texts() == [b.text for b in chart.label_bars]
        if id(chart) not in shown:
            shown.add(id(chart))
            metric = metrics[table.currentIndex().data(RowRole)]
            assert len(made) == before, f"labels made when the chart of {metric} was first shown"
            kept = [a for a in (chart.left, chart.bottom) if a.geometry() == was.get(id(a))]
            # An axis shown in the room it was drawn for is shown as drawn (at a million facts most metrics' charts
            # have a bar for each of the 200 cities, and are as tall as each other).
            assert not {id(a) for a in pictures[drawn:]} & {id(a) for a in kept}, \
                f"the axes of {metric} drawn again when first shown"
    assert len(shown) >= 5  # (here every first show resized its axes: the metrics' charts have other heights)

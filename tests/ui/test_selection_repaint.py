"""A selection changes only what it has to (issue 15: every tree jump reset the table, whose whole
view was then laid out and painted again, even when the node held the same facts)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from explorer.ui.main_window import MainWindow
from explorer.ui.roles import FactIdRole, NodeKeyRole, RowRole
from tests.helpers import open_with_plots_drawn


def test_a_tree_step_to_a_node_of_the_same_facts_does_not_reset_the_table(window: MainWindow, qtbot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.act_by_sector.trigger()  # View ▸ Group by sector
    tree, proxy = window.nav.tree, window.nav.tree_proxy
    root = proxy.index(0, 0)
    # A sector of one city: the sector's node and its city's hold the same facts (several of them).
    city = next(proxy.index(r, 0, root) for r in range(proxy.rowCount(root))
                if proxy.rowCount(proxy.index(r, 0, root)) == 1 and int(proxy.index(r, 1, root).data()) > 1)
    tree.setCurrentIndex(city)
    tree.expand(city)
    qtbot.waitUntil(lambda: window.table_proxy.rowCount() > 1)
    window.table.setCurrentIndex(window.table_proxy.index(1, 0))  # a fact other than the first
    chosen = window.current_fact_id()
    shown = [window.table_proxy.index(r, 0).data() for r in range(window.table_proxy.rowCount())]
    resets: list[str] = []
    window.table_proxy.modelAboutToBeReset.connect(lambda: resets.append("reset"))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # onto the sector's one city, as a person reads the tree
    key = tree.currentIndex().data(NodeKeyRole)
    assert len(key) == 2 and key[0] == city.data(NodeKeyRole)[0]
    assert resets == []
    assert [window.table_proxy.index(r, 0).data() for r in range(window.table_proxy.rowCount())] == shown
    assert window.current_fact_id() == chosen
    # A node of other facts still shows them (the table is refiltered then).
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert resets == ["reset"]
    assert window.table_proxy.rowCount() and [window.table_proxy.index(r, 0).data()
                                              for r in range(window.table_proxy.rowCount())] != shown


def test_a_large_fact_base_is_shown_with_its_search_index_made(make_window, qtbot, monkeypatch) -> None:
    """Issue 15: from 50,000 facts the search index (~3 s of Python at a million) was made after the window
    showed the facts, and the first seconds of clicks waited for it; the loading thread makes it now."""
    from explorer.ui.session import Session
    from tests.conftest import BUNDLED

    monkeypatch.setattr(Session, "ASYNC_FILTER_FACTS", 0)  # as from 50,000 facts
    window = make_window()
    ready_when_shown: list[bool] = []
    window.session.loaded.connect(lambda base: ready_when_shown.append(base.caches.search_index is not None))
    with qtbot.waitSignal(window.loaded, timeout=30000):
        window.load(BUNDLED)  # File ▸ Open's path: in the loading thread
    assert ready_when_shown == [True]


def test_a_keystroke_does_not_ask_every_city_whether_it_is_open(make_window, tmp_path, qtbot, monkeypatch) -> None:
    """Issue 15: each broad keystroke asked each of 400 cities whether it was open (~7 ms at a million facts);
    the tree says which it opens and closes. A city a person opens is still closed by the next broad filter."""
    from benchmarks.synth import write as write_synth

    write_synth(3000, tmp_path / "s")
    window = make_window(tmp_path / "s")
    nav = window.nav
    monkeypatch.setattr(type(nav), "EXPAND_LIMIT", 12)
    tree, proxy = nav.tree, nav.tree_proxy
    window.show()
    qtbot.waitExposed(window)

    def opened() -> list[bool]:
        root = proxy.index(0, 0)
        return [tree.isExpanded(proxy.index(r, 0, root)) for r in range(proxy.rowCount(root))]

    nav.filter_edit.setText("o")  # a broad filter: the cities shown, closed
    nav.flush_filter()
    cities = proxy.rowCount(proxy.index(0, 0))
    assert cities >= 5 and not any(opened())
    asked: list[object] = []
    real = tree.isExpanded
    with monkeypatch.context() as patched:
        patched.setattr(tree, "isExpanded", lambda index: asked.append(index) or real(index))
        for text in ("e", "a"):  # broad still: nothing to open or close
            nav.filter_edit.setText(text)
            nav.flush_filter()
    assert len(asked) < cities, "a keystroke asked every city whether it was open"
    # The person opens a city with the keyboard: the next broad keystroke closes it again, as before.
    tree.setFocus()
    tree.setCurrentIndex(proxy.index(2, 0, proxy.index(0, 0)))
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    assert sum(opened()) == 1
    nav.filter_edit.setText("i")
    nav.flush_filter()
    assert proxy.leaves_shown > 12 and proxy.rowCount(proxy.index(0, 0)) >= 5
    assert not any(opened()) and tree.isExpanded(proxy.index(0, 0))


def test_the_tree_counts_under_a_filter_come_from_the_tree_model_through_a_plain_proxy(
        window: MainWindow, qtbot, qtmodeltester) -> None:
    """Issue 15: every role of every tree cell painted went through a Python ``data()`` of the proxy and then
    the model's (~7 ms a tree step at a million facts); the model answers "n of N" itself now."""
    from PySide6.QtCore import QSortFilterProxyModel

    from explorer.ui.roles import CountRole
    from explorer.ui.tree_model import TreeFilterProxy

    assert TreeFilterProxy.data is QSortFilterProxyModel.data  # the proxy's own C++ data(), no Python
    window.show()
    qtbot.waitExposed(window)
    nav = window.nav
    proxy = nav.tree_proxy
    root = proxy.index(0, 0)
    total = int(root.data(CountRole))
    assert proxy.index(0, 1).data() == str(total)
    nav.filter_edit.setFocus()
    qtbot.keyClicks(nav.filter_edit, "port")
    nav.flush_filter()
    root = proxy.index(0, 0)
    shown = int(window.nav.state.shown.sum())
    assert 0 < shown < total
    assert proxy.index(0, 1).data() == f"{shown} of {total}" and proxy.index(0, 1).data(CountRole) == shown
    for row in range(proxy.rowCount(root)):
        city = proxy.index(row, 0, root)
        rows = nav.tree_model.node(proxy.mapToSource(city)).rows
        n = int(window.nav.state.shown[rows].sum())
        assert proxy.index(row, 1, root).data() == f"{n} of {len(rows)}" and n > 0
        assert city.data(CountRole) == len(rows)  # the name's column counts all its facts, as before
    qtmodeltester.check(proxy)
    qtbot.keyClick(nav.filter_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(nav.filter_edit, Qt.Key.Key_Backspace)
    nav.flush_filter()
    assert proxy.index(0, 1).data() == str(total)


def test_the_table_marks_matches_with_its_own_painter_only_while_a_filter_is_on(window: MainWindow, qtbot) -> None:
    """Issue 15: every cell of every repaint went through a Python paint() that had nothing to mark without a
    filter (~5 ms a selection at a million facts): Qt's own delegate paints then; typing a filter marks again."""
    from PySide6.QtWidgets import QStyledItemDelegate

    from explorer.ui.fact_table import MatchDelegate
    from explorer.ui.roles import MatchRole

    window.show()
    qtbot.waitExposed(window)
    table, edit = window.table, window.nav.filter_edit
    assert type(table.itemDelegate()).paint is QStyledItemDelegate.paint  # Qt's own paint()
    edit.setFocus()
    qtbot.keyClicks(edit, "port")
    window.nav.flush_filter()
    assert isinstance(table.itemDelegate(), MatchDelegate)
    proxy = window.table_proxy
    marked = [proxy.index(r, c) for r in range(proxy.rowCount()) for c in range(proxy.columnCount())
              if proxy.index(r, c).data(MatchRole)]
    assert marked
    index = marked[0]
    table.scrollTo(index)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    assert table.itemDelegate().match_rects(option, index)  # what its paint() marks
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    window.nav.flush_filter()
    assert type(table.itemDelegate()).paint is QStyledItemDelegate.paint  # Qt's own paint()


def test_a_new_metric_with_the_same_periods_keeps_the_period_list(make_window, tmp_path, qtbot) -> None:
    """Issue 15: every chart redrawn for another metric emptied and refilled the period picker (the same years
    for most metrics), and the list, sized to its contents, asked the whole window for a new layout."""
    from benchmarks.synth import write as write_synth

    write_synth(3000, tmp_path / "s")
    window = make_window(tmp_path / "s")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    page = window.plots.pages["across"]
    combo = page.period
    inserted: list[int] = []
    combo.model().rowsInserted.connect(lambda *_: inserted.append(1))
    table = window.table
    table.setFocus()
    same = 0
    for _ in range(15):  # down the table, as a person reads it
        title, listed = page.title.text(), [combo.itemText(i) for i in range(combo.count())]
        inserted.clear()
        qtbot.keyClick(table, Qt.Key.Key_Down)
        now = [combo.itemText(i) for i in range(combo.count())]
        if page.title.text() != title and now == listed:
            same += 1
            assert inserted == [], "the same periods were listed again"
        assert combo.count() > 2 and combo.isVisible()
        assert combo.currentData() == window.plots._view("across").period  # the period the chart shows
    assert same >= 2



def test_a_filter_that_keeps_the_current_fact_leaves_its_article_and_sources_as_they_are(
        make_window, tmp_path, qtbot) -> None:
    """Issue 15: a keystroke (or a tree step) that keeps the current fact set it again after the table's new
    rows, and the article, the Sources panel and the chart were made again for it: the article jumped back
    to the quote from where the reader had scrolled, and the UI thread did a whole selection's work."""
    from benchmarks.synth import write as write_synth

    write_synth(3000, tmp_path / "s")
    window = make_window(tmp_path / "s")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.claims_panel.isVisible()  # several sources: the Sources panel compares them
    table = window.table
    table.setFocus()
    for _ in range(5):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    chosen = window.current_fact_id()
    fact = window.fact_base.fact(chosen)
    view = window.quote.view
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    view.setFocus()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)  # the reader reads on
    read_to = bar.value()
    resets: list[str] = []
    window.claims_panel.model.modelAboutToBeReset.connect(lambda: resets.append("sources"))
    edit = window.nav.filter_edit
    edit.setFocus()
    qtbot.keyClicks(edit, str(fact["entity"]))
    window.nav.flush_filter()
    assert window.nav.state.matches is not None and window.table_proxy.rowCount() < len(window.fact_base.facts)
    assert window.current_fact_id() == chosen
    assert bar.value() == read_to and resets == []
    assert window.quote.highlighted_texts()  # the quote is still lit up
    # Another fact is shown as before: its Sources listed, its quote lit up.
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down if table.currentIndex().row() == 0 else Qt.Key.Key_Up)
    assert window.current_fact_id() != chosen and resets == ["sources"]
    assert window.quote.highlighted_texts()



def test_a_selection_reads_its_facts_from_arrays_not_pandas_rows(make_window, tmp_path, qtbot, monkeypatch) -> None:
    """Issue 15, session 6: each selection made pandas row Series (``iloc``) for the article and the status bar,
    took seven columns with ``Series.take`` for the Sources panel and read three cells a listed fact with
    ``Series.iat`` (up to 51 facts): ~3 ms of a selection at a million facts. Now numpy arrays are indexed."""
    import pandas as pd
    from pandas.core import indexing

    from benchmarks.synth import write as write_synth

    write_synth(3000, tmp_path / "s")  # several sources: the Sources panel is on, with claims of many facts
    window = make_window(tmp_path / "s")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.claims_panel.isVisible()
    proxy, table = window.table_proxy, window.table
    derived_rows = window.table_model.fact_base.facts["derived"].to_numpy()
    derived = next(r for r in range(proxy.rowCount()) if derived_rows[proxy.index(r, 0).data(RowRole)])
    table.setFocus()

    def browse() -> tuple[set[tuple[str, ...]], set[str]]:
        table.setCurrentIndex(proxy.index(derived, 0))  # a derived figure: the article lights up its inputs
        assert "Derived, not stated in the text" in window.quote.detail.text()
        table.setCurrentIndex(proxy.index(0, 0))
        panels, quotes = set(), set()
        for _ in range(12):
            qtbot.keyClick(table, Qt.Key.Key_Down)  # as a person reads the table
            model = window.claims_panel.model
            panels.add(tuple(model.texts(r)[3] for r in range(model.rowCount())))
            quotes.add(window.quote.detail.text())
        return panels, quotes

    browse()  # the plots' views of these metrics made (kept per metric; at scale the loading thread makes them)
    used: list[str] = []
    for owner, name, label in ((pd.Series, "take", "Series.take"), (indexing._iLocIndexer, "__getitem__", "iloc"),
                               (indexing._iAtIndexer, "__getitem__", "Series.iat")):
        real = getattr(owner, name)

        def spy(self, *args, _real=real, _label=label, **kwargs):  # type: ignore[no-untyped-def]
            if _label != "Series.iat" or isinstance(self.obj, pd.Series):  # a frame's iat reads one cell: fine
                used.append(_label)
            return _real(self, *args, **kwargs)
        monkeypatch.setattr(owner, name, spy)
    panels, quotes = browse()
    assert len(panels) > 1 and len(quotes) > 1  # the panels followed the selection
    assert used == []


def test_a_chart_much_taller_than_its_scroll_area_keeps_no_pixmap_of_its_axes(make_window, tmp_path, qtbot) -> None:
    """Issue 15, session 6: the axes and legend are kept as pixmaps (a tab shown again is quick), but a pixmap is
    made whole: at a million facts the value axis with its grid spans 200 rows (700 x 4,600 pixels), made again
    at each selection of another metric to show a few hundred pixels (~3.5 ms). Only items up to twice the
    height in view are kept so; the others are drawn directly, only where they are seen."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QGraphicsItem

    from benchmarks.synth import write as write_synth

    write_synth(40_000, tmp_path / "s")  # 16 cities: 16 bars across cities
    window = make_window(tmp_path / "s")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    plots, table = window.plots, window.table
    plots.show_tab("across")
    qtbot.waitUntil(lambda: plots.current_key() == "across")
    page = plots.pages["across"]

    def axes_cached() -> dict[bool, set[bool]]:
        """Whether each axis is kept as a pixmap, by whether it is taller than twice the height in view."""
        room = 2 * page.scroller.viewport().height()
        found: dict[bool, set[bool]] = {True: set(), False: set()}
        for item in plots.views["across"].scene().items():
            if isinstance(item, pg.AxisItem) and item.isVisible():
                found[item.sceneBoundingRect().height() > room].add(
                    item.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache)
        return found

    def next_metric() -> None:
        title = page.title.text()
        for _ in range(200):
            qtbot.keyClick(table, Qt.Key.Key_Down)  # as a person reads the table, until another metric is drawn
            if page.title.text() != title and plots.charts["across"]:
                return
        raise AssertionError("no other metric in 200 rows")

    table.setFocus()
    table.setCurrentIndex(window.table_proxy.index(0, 0))
    next_metric()
    assert axes_cached()[False] == {True}  # a chart that fits keeps its axes as pixmaps
    # The plots squeezed to a strip: the chart of the next metric is many times taller than what is in view.
    window.right_split.setSizes([10_000, 1])
    window.quote_split.setSizes([10_000, 1])
    qtbot.waitUntil(lambda: page.scroller.viewport().height() < 200)
    next_metric()
    tall = axes_cached()[True]
    assert tall == {False}


def test_a_metric_shown_a_moment_ago_shows_its_drawn_chart_again(window: MainWindow, qtbot, monkeypatch) -> None:
    """Issue 15, session 6: each selection of another metric drew the across-cities chart anew (~7 ms for 200
    bars at a million facts), also for a metric shown a moment before. A tab keeps the charts of its last few
    views, hidden and out of its grid; such a selection shows them again, highlight moved, colours of the theme
    of now."""
    from explorer.ui.plots import BarChart

    plots, table, proxy = window.plots, window.table, window.table_proxy
    window.show()
    qtbot.waitExposed(window)
    plots.show_tab("across")
    qtbot.waitUntil(lambda: plots.current_key() == "across")
    assert window.nav.current_rows() is None  # "All": every fact in the table
    drawn: list[set[str]] = []  # the facts of each chart drawn
    real = BarChart.set_chart
    monkeypatch.setattr(BarChart, "set_chart", lambda self, base, chart: (
        drawn.append({str(r.id) for r in chart.records}), real(self, base, chart))[1])

    def click(fact_id: str) -> tuple[dict[str, float], str, str]:
        """Select the fact's row in the table, as a click does; what the across-cities tab shows then."""
        row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(FactIdRole) == fact_id)
        table.setCurrentIndex(proxy.index(row, 0))
        chart = plots.charts["across"][0]
        assert chart.plot.isVisible()
        return chart.heights(), plots.pages["across"].title.text(), [b.fact_id for b in chart._lit][0]

    gdp = click("F01")  # GDP across cities
    gdp_chart = plots.charts["across"][0]
    other = click("F12")  # another metric: drawn
    assert set(gdp[0]) in drawn and set(other[0]) in drawn and other[0] != gdp[0]
    click("F01")
    height = gdp_chart.plot.geometry().height()
    click("F12")
    # Hidden out of the grid, not squeezed in it (every item of it fitted to a sliver, then back when shown).
    assert not gdp_chart.plot.isVisible() and gdp_chart.plot.geometry().height() == height
    drawn.clear()
    window.act_dark.trigger()  # View ▸ Dark theme, while GDP's chart is kept hidden
    try:
        heights, title, lit = click("F43")  # GDP again, another city's figure: its chart shown again, not drawn
        assert drawn == []
        assert (heights, title) == gdp[:2] and lit == "F43" and plots.charts["across"] == [gdp_chart]
        assert [c for c in plots._pool["across"] if c.plot.isVisible()] == [gdp_chart]
        dark = gdp_chart.colors
        assert dark.background != "#ffffff" and dark == plots.charts["across"][0].colors
        assert gdp_chart.items["exact"].opts["brush"].color().name() == dark.qualifiers["exact"]
    finally:
        window.act_dark.trigger()  # back to the light theme: the application's palette is shared by the next tests


def test_the_metrics_charts_are_drawn_before_a_person_selects_them(make_window, tmp_path, qtbot, monkeypatch) -> None:
    """Issue 15, session 6: the first selection of each metric made a chart, drew it and made its labels
    (~20 ms at a million facts, more for the first labels): the slowest selections after a load. Once the fact
    base is shown, the charts of the metrics whose views the loading thread made are drawn, hidden, one per turn
    of the event loop; a selection of such a metric then shows its chart, drawn for it."""
    from benchmarks.synth import write as write_synth
    from explorer.model import series as model
    from explorer.ui.plots import BarChart

    write_synth(3000, tmp_path / "s")
    window = make_window()
    open_with_plots_drawn(window, tmp_path / "s", qtbot)
    plots, table, proxy = window.plots, window.table, window.table_proxy
    base = window.fact_base
    drawn: list[object] = []
    real = BarChart.set_chart
    monkeypatch.setattr(BarChart, "set_chart", lambda self, b, chart: (drawn.append(chart), real(self, b, chart))[1])
    metrics, seen = window.table_model._columns["metric"], set()
    table.setFocus()
    table.setCurrentIndex(proxy.index(0, 0))
    for _ in range(300):  # as a person reads the table, down to facts of every metric
        qtbot.keyClick(table, Qt.Key.Key_Down)
        row = table.currentIndex().data(RowRole)
        seen.add(metrics[row])
        chart = plots._charts["across"][0] if plots._charts["across"] else None
        view = model.series(base, "across", model.Scope(fact_id=window.current_fact_id()))
        if chart is not None and view.charts:  # the chart shown is the metric's, whoever drew it
            assert chart.heights() == {str(r.id): pytest.approx(float(r.low if r.qualifier == "range" else r.value))
                                       for r in view.charts[0].records}
    assert len(seen) >= 8 and drawn == []


def test_a_click_on_a_bar_of_another_city_shows_that_fact_once(make_window, tmp_path, qtbot, monkeypatch) -> None:
    """Issue 15, session 6: choosing a fact of another city in a plot (or in the Sources panel) made its tree node
    current, whose first fact was shown (article, Sources panel, plots: a whole selection) before the fact chosen."""
    from PySide6.QtCore import QPoint

    from benchmarks.synth import write as write_synth

    write_synth(3000, tmp_path / "s")
    window = make_window(tmp_path / "s")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    plots, proxy = window.plots, window.table_proxy
    plots.show_tab("across")
    qtbot.waitUntil(lambda: plots.current_key() == "across")
    window.table.setCurrentIndex(proxy.index(0, 0))
    facts = window.fact_base.facts
    city, sector, ids = (facts[c].to_numpy() for c in ("city", "sector", "id"))
    chart = plots._charts["across"][0]
    current = window.current_fact_id()
    row = window.fact_base.row_of(current)
    # Another city's bar whose fact is not the first of its city and sector (the node's first row in the table).
    first = {}
    for r in range(len(ids)):
        first.setdefault((city[r], sector[r]), ids[r])
    fact_id = next(f for f in chart.heights() if f != current and first[(city[window.fact_base.row_of(f)],
                                                                         sector[window.fact_base.row_of(f)])] != f
                   and city[window.fact_base.row_of(f)] != city[row])
    shown: list[str] = []
    real = window.quote.show_fact
    monkeypatch.setattr(window.quote, "show_fact", lambda base, f: (shown.append(f), real(base, f))[1])
    view, page = plots.views["across"], plots.pages["across"]
    page.scroller.ensureVisible(0, int(chart.scene_pos_of(fact_id).y()), 0, 60)
    point = view.mapFromScene(chart.scene_pos_of(fact_id))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    qtbot.waitUntil(lambda: window.current_fact_id() == fact_id)
    assert window.nav.tree.currentIndex().data(NodeKeyRole) == (city[window.fact_base.row_of(fact_id)],
                                                                sector[window.fact_base.row_of(fact_id)])
    assert shown == [fact_id]

"""The mechanisms that keep the window fast at a million facts, checked on small data."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from benchmarks.synth import write as write_synth
from explorer.app import LoadingWindow
from explorer.model import load_fact_base
from explorer.ui.fact_table import FactFilterProxy, FactTableModel
from explorer.ui.roles import FactIdRole, NodeKeyRole, SortRole
from explorer.ui.tree_model import FactTreeModel, TreeFilterProxy
from tests.conftest import BUNDLED
from tests.ui.seen import all_count, filtered_count, table_ids


@pytest.fixture(scope="module")
def synth(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("synth") / "data"
    write_synth(1200, data)
    return data


def _proxy(base) -> tuple[FactTableModel, FactFilterProxy]:
    model = FactTableModel()
    model.set_fact_base(base)
    proxy = FactFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


@pytest.mark.parametrize("column", range(7))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_table_proxy_sorts_like_a_stable_sort_of_the_sort_role(synth: Path, qtmodeltester, column, order) -> None:
    base = load_fact_base(synth, use_cache=False)
    model, proxy = _proxy(base)
    rows = np.flatnonzero(base.facts["city"].to_numpy() != "Dalian")[::3]
    proxy.refilter(rows)
    proxy.sort(column, order)
    qtmodeltester.check(proxy, force_py=True)
    got = [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]
    keys = {int(r): model.index(int(r), column).data(SortRole) for r in rows}
    expected = sorted(rows.tolist(), key=lambda r: keys[r], reverse=order == Qt.SortOrder.DescendingOrder)
    if order == Qt.SortOrder.DescendingOrder:  # a stable descending sort keeps ties in file order
        expected = sorted(rows.tolist(), key=lambda r: (_neg(keys[r]), r))
    assert got == expected


def _neg(key):
    return -key if isinstance(key, float) else _Reversed(key)


class _Reversed(str):
    def __lt__(self, other: str) -> bool:  # type: ignore[override]
        return str.__gt__(self, other)


def test_table_proxy_keeps_the_current_row_through_a_sort_and_hides_what_is_filtered() -> None:
    base = load_fact_base(BUNDLED)
    model, proxy = _proxy(base)
    proxy.state.set(base.facts["city"].to_numpy() == "Dalian")
    proxy.refilter(None)
    kept = QPersistentModelIndex(proxy.index(5, 0))
    fact = kept.data(FactIdRole)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert kept.isValid() and kept.data(FactIdRole) == fact
    harbin = base.row_of("F44")
    assert not proxy.mapFromSource(model.index(harbin, 0)).isValid()
    dalian = base.row_of("F01")
    assert proxy.mapFromSource(model.index(dalian, 0)).data(FactIdRole) == "F01"


def test_fact_lookup_by_id() -> None:
    base = load_fact_base(BUNDLED)
    assert base.row_of("F44") == int(np.flatnonzero(base.facts["id"] == "F44")[0])
    assert base.fact("D01")["derived"]
    assert base.row_of("nope") is None
    with pytest.raises(IndexError):
        base.fact("nope")


def test_tree_counts_under_a_filter_match_a_sum_per_node(synth: Path) -> None:
    base = load_fact_base(synth, use_cache=False)
    mask = base.facts["metric"].str.contains("growth").to_numpy()
    for grouping in ("city", "sector"):
        model = FactTreeModel()
        model.set_fact_base(base, grouping)
        proxy = TreeFilterProxy()
        proxy.setSourceModel(model)
        proxy.state.set(mask)
        proxy.refilter()
        root = model.node(model.index(0, 0))
        for node in [root, *root.children, *(c for n in root.children for c in n.children)]:
            assert proxy._matching(node) == int(mask[node.rows].sum()), node.key
    model.set_grouping("city")  # rebuilt under the same mask: counts follow the new tree
    root = model.node(model.index(0, 0))
    assert proxy._matching(root.children[0]) == int(mask[root.children[0].rows].sum())


def test_filter_in_a_worker_gives_what_the_ui_thread_gives(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    window.nav.filter_edit.setText("port")
    window.nav.flush_filter()
    expected = (all_count(window), table_ids(window), window.statusBar().currentMessage())
    assert filtered_count(window) and expected[1]
    monkeypatch.setattr(type(window.session), "ASYNC_FILTER_FACTS", 0)
    window.nav.filter_edit.setText("")
    window.nav.flush_filter()
    assert filtered_count(window) is None
    with qtbot.waitSignal(window.session.filterReady, timeout=10000):
        window.nav.filter_edit.setText("port")
        window.nav.flush_filter()
    qtbot.waitUntil(lambda: filtered_count(window) is not None)
    assert (all_count(window), table_ids(window), window.statusBar().currentMessage()) == expected


def test_loading_window_shows_frame_tree_and_loading(qtbot, settings) -> None:
    shell = LoadingWindow(settings)
    qtbot.addWidget(shell)
    assert shell.tree_model.rowCount() == 1
    assert shell.statusBar().currentMessage() == "Loading…"
    assert [a.text() for a in shell.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]


class _CountingProxy(TreeFilterProxy):
    calls = 0

    def filterAcceptsRow(self, source_row, source_parent) -> bool:  # noqa: N802 - Qt's name
        type(self).calls += 1
        return super().filterAcceptsRow(source_row, source_parent)


def test_a_filter_change_filters_only_the_nodes_on_screen(synth: Path, qtbot) -> None:
    from PySide6.QtWidgets import QApplication, QTreeView

    base = load_fact_base(synth, use_cache=False)
    model = FactTreeModel()
    model.set_fact_base(base)
    proxy = _CountingProxy()
    proxy.setSourceModel(model)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.show()
    view.expandAll()  # every city's sectors have been asked for once ...
    QApplication.processEvents()
    view.collapseAll()
    view.expand(proxy.index(0, 0))  # ... and now only the cities are on screen
    proxy.state.set(base.facts["metric"].str.contains("growth").to_numpy())
    proxy.refilter()
    QApplication.processEvents()
    _CountingProxy.calls = 0
    mask = base.facts["metric"].str.contains("revenue").to_numpy()
    proxy.state.set(mask)
    proxy.refilter()
    QApplication.processEvents()
    cities = model.rowCount(model.index(0, 0))
    sectors = sum(len(c.children) for c in model.node(model.index(0, 0)).children)
    assert cities + 1 >= _CountingProxy.calls > 0, (cities, sectors)  # not cities x sectors (192 here)
    root = proxy.index(0, 0)
    shown = {proxy.index(r, 0, root).data(NodeKeyRole) for r in range(proxy.rowCount(root))}
    assert shown == {(c,) for c in base.facts.loc[mask, "city"]}
    for row in range(proxy.rowCount(root)):  # a collapsed city still says it can open
        assert proxy.hasChildren(proxy.index(row, 0, root))


def test_a_broad_filter_opens_the_first_level_only_and_a_narrow_one_the_second(
        make_window, synth: Path, monkeypatch) -> None:
    window = make_window(synth)
    nav = window.nav
    monkeypatch.setattr(type(nav), "EXPAND_LIMIT", 12)

    def opened() -> list[bool]:
        root = nav.tree_proxy.index(0, 0)  # a proxy index does not outlive a filter change: asked anew
        return [nav.tree.isExpanded(nav.tree_proxy.index(r, 0, root)) for r in range(nav.tree_proxy.rowCount(root))]

    nav.filter_edit.setText("pioneer jade")  # one entity: a handful of sectors
    nav.flush_filter()
    assert 0 < nav.tree_proxy.leaves_shown <= 12 and all(opened())
    nav.filter_edit.setText("o")  # nearly everything: sectors stay closed
    nav.flush_filter()
    assert nav.tree_proxy.leaves_shown > 12 and nav.tree.isExpanded(nav.tree_proxy.index(0, 0))
    assert not any(opened())
    nav.tree.expand(nav.tree_proxy.index(0, 0, nav.tree_proxy.index(0, 0)))  # the user opens a city ...
    nav.filter_edit.setText("or")
    nav.flush_filter()
    assert not any(opened())  # ... and a new broad filter shows the first level alone again
    nav.filter_edit.setText("")
    nav.flush_filter()
    assert nav.tree.isExpanded(nav.tree_proxy.index(0, 0)) and not any(opened())


def test_the_counts_column_has_room_for_the_widest_count(make_window) -> None:
    window = make_window()
    total = len(window.fact_base.facts)
    needed = window.nav.tree.fontMetrics().horizontalAdvance(f"{total} of {total}")
    assert window.nav.tree.header().sectionSize(1) > needed


def test_the_window_searches_in_a_child_process_and_stops_it_on_close(make_window, qtbot, monkeypatch) -> None:
    from explorer.model.search.index import search, search_index
    from explorer.ui.session import Session

    monkeypatch.setattr(Session, "ASYNC_FILTER_FACTS", 0)  # as from 50,000 facts
    window = make_window()
    index = search_index(window.fact_base)
    qtbot.waitUntil(lambda: index.server is not None, timeout=30000)
    process = index.server._process
    window.nav.filter_edit.setText("heavy industry")
    window.nav.flush_filter()
    qtbot.waitUntil(lambda: filtered_count(window) is not None, timeout=10000)
    shown = {window.table_proxy.index(r, 0).data(FactIdRole) for r in range(window.table_proxy.rowCount())}
    assert shown == set(search(window.fact_base, "heavy industry")["id"]) and shown
    window.close()
    assert index.server is None
    assert process.wait(timeout=5) == 0  # the child ends when its input closes


def test_a_large_fact_base_is_kept_out_of_the_cyclic_collector(make_window, qtbot, monkeypatch) -> None:
    import gc

    from explorer.ui.session import Session

    monkeypatch.setattr(Session, "FREEZE_FACTS", 0)  # as from 50,000 facts
    gc.unfreeze()
    try:
        window = make_window()
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)
        assert gc.isenabled()  # frozen, not switched off
        calls: list[str] = []
        for name in ("unfreeze", "collect", "freeze"):
            real = getattr(gc, name)
            monkeypatch.setattr(gc, name, lambda *a, _r=real, _n=name: (calls.append(_n), _r(*a))[1])
        window.load_now(BUNDLED)  # the next fact base: the old one's objects are collectable again first
        qtbot.waitUntil(lambda: calls == ["unfreeze", "collect", "freeze"])
    finally:
        monkeypatch.undo()
        gc.unfreeze()


def test_the_plot_series_are_computed_once_in_the_loading_thread(make_window, qtbot, monkeypatch) -> None:
    import threading
    from dataclasses import replace

    from explorer.model import series

    window = make_window()
    plots = window.plots
    # The first fact base's tabs filled first (a moment after the window is made, on the UI thread), so the
    # counting below sees only the second load's queries.
    qtbot.waitUntil(lambda: all(plots._filled.get(k) is window.fact_base for k, _ in plots.TABS))
    threads: list[str] = []
    real = series.spec_of("before_after").query
    counted = replace(series.spec_of("before_after"),
                      query=lambda base, scope: (threads.append(threading.current_thread().name), real(base, scope))[1])
    monkeypatch.setattr(series, "SERIES", tuple(counted if s.key == "before_after" else s for s in series.SERIES))
    window.nav.tree.setCurrentIndex(window.nav.tree_proxy.index(0, 0))  # All: the view the loader makes
    with qtbot.waitSignal(window.loaded, timeout=20000):
        window.load(BUNDLED)
    assert threads and threads[0].startswith("load")  # not the UI thread
    window.nav.tree.setCurrentIndex(window.nav.tree_proxy.index(0, 0))
    charts = window.plots.charts["before_after"]  # every tab filled: the whole base's pairs from the cache
    assert threads == threads[:1] and charts[0].heights()["F25"] == 11.1


def test_a_replaced_tree_is_freed_without_the_cyclic_collector() -> None:
    import gc
    import weakref

    base = load_fact_base(BUNDLED)
    model = FactTreeModel()
    model.set_fact_base(base)
    leaf = weakref.ref(model.node(model.index(0, 0)).children[0].children[0])
    gc.disable()  # as if the tree were frozen out of collection (from 50,000 facts)
    try:
        model.set_grouping("sector")  # the city tree is kept for a switch back, ...
        model.leaf_numbers()
        other = weakref.ref(model.node(model.index(0, 0)).children[0].children[0])
        model.set_fact_base(load_fact_base(BUNDLED))  # ... until another fact base replaces both
        model.leaf_numbers()  # the cache of leaves now holds the new tree's
        assert leaf() is None and other() is None
    finally:
        gc.enable()


def test_a_failing_plot_query_empties_its_tab_and_the_others_still_fill(make_window, qtbot, monkeypatch) -> None:
    from dataclasses import replace

    from explorer.model import series

    window = make_window()
    plots = window.plots
    window.select_fact("F01")
    growth = plots.charts["over_time"][0]  # every tab filled once
    assert growth.heights()

    def broken(base, scope):
        raise RuntimeError("a query failed")

    monkeypatch.setattr(series, "SERIES", tuple(replace(s, query=broken) if s.key == "over_time" else s
                                                for s in series.SERIES))
    with qtbot.capture_exceptions() as raised:
        window.load_now(BUNDLED)  # a new fact base: tabs not on screen fill one by one a moment later
        qtbot.waitUntil(lambda: all(plots._filled.get(k) is window.fact_base for k, _ in plots.TABS))
    assert [str(e[1]) for e in raised] == ["a query failed"]  # shown to the user by the excepthook
    assert growth.heights() == {}  # no bars of the previous fact base left on show
    # The tabs after it in the queue were still filled for the new fact base.
    assert plots._charts["across"][0].heights() and plots._charts["before_after"][0].heights()



def test_a_selection_draws_no_plot_tab_that_is_not_on_screen(make_window, qtbot, monkeypatch) -> None:
    # The tabs not on screen fill themselves once after a load, one per turn of the event loop;
    # a selection meanwhile must not set them redrawing for every selection (each is drawn for
    # the selection of the moment when it is shown).
    from PySide6.QtCore import QTimer

    window = make_window()
    window.resize(1280, 800)
    plots = window.plots
    window.select_fact("F01")
    hidden: list[str] = []  # the tabs drawn while not on screen, in order
    draw = plots._draw

    def spy(key: str, view) -> None:
        if key != plots.current_key():
            hidden.append(key)
            if len(hidden) == 1:  # a person selects another figure while the others still fill
                QTimer.singleShot(0, lambda: window.select_fact("F25"))
        draw(key, view)

    monkeypatch.setattr(plots, "_draw", spy)
    qtbot.waitUntil(lambda: all(plots._filled.get(k) is window.fact_base for k, _ in plots.TABS))
    qtbot.waitUntil(lambda: not plots._later.isActive())  # the filling has come to its end
    assert window.current_fact_id() == "F25"
    assert len(hidden) == len(set(hidden)), hidden  # each drawn once, not again for the new selection
    other = next(k for k, _ in plots.TABS if k != plots.current_key())
    plots.setCurrentIndex([k for k, _ in plots.TABS].index(other))  # as a click on its tab does
    assert plots._shown[other] is plots._view(other)  # drawn for the selection of now

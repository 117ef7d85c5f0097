"""A selection's work is in proportion to what it shows, not to the fact base (issue 15, session 8): the
slowest selections at a million facts were the ones that made arrays of every fact, laid out a source's
text again, or asked the table model for every role of every cell painted."""

from __future__ import annotations

import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from explorer.ui.main_window import MainWindow
from explorer.ui.roles import CountRole


@pytest.fixture
def synth_window(make_window, tmp_path: Path, qtbot) -> MainWindow:
    """A window on 3,000 synthetic facts (another region's cities and other years than the bundled article's)."""
    from benchmarks.synth import write as write_synth

    write_synth(3000, tmp_path / "s")
    window = make_window(tmp_path / "s")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


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

"""Hours of use in one run: thousands of random selections, filter edits, grouping switches, plot
clicks and copies, with no exception, no Qt warning, and memory that stops growing."""

from __future__ import annotations

import gc
import os
import random
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from explorer.ui.main_window import MainWindow
from explorer.ui.plots import BarChart
from tests.reliability import hostile

ACTIONS = 2500
WARM_UP = 500
# The offscreen platform says these when a window is shown and when a tooltip (a hover over
# a bar) is raised; they are about the platform plugin, not the app.
HARMLESS = ("This plugin does not support propagateSizeHints()", "This plugin does not support raise()")
WORDS = ["", "Dalian", "GDP", "port", "大连", "哈尔滨", "share", "<b>", "=", "growth of", "zzz-no-match", "2025",
         "heavy industry", "Evilville", "'", '"', "%", "\\", "(", "[", "*", "?"]


def rss_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class Driver:
    """Random actions a person could take, each through the same path as the real one."""

    def __init__(self, window: MainWindow, qtbot, seed: int) -> None:
        self.w, self.qtbot, self.rng = window, qtbot, random.Random(seed)
        self.counts: dict[str, int] = {}

    def step(self) -> None:
        name, action = self.rng.choices(
            [("table", self.select_row), ("tree", self.select_node), ("filter", self.edit_filter),
             ("grouping", self.switch_grouping), ("plot", self.click_plot), ("copy", self.copy),
             ("fact", self.select_fact), ("sort", self.sort)],
            weights=[25, 15, 15, 6, 12, 12, 10, 5])[0]
        self.counts[name] = self.counts.get(name, 0) + 1
        action()

    def select_row(self) -> None:
        n = self.w.table_proxy.rowCount()
        if n:
            self.w.table.selectRow(self.rng.randrange(n))

    def select_node(self) -> None:
        proxy = self.w.nav.tree_proxy
        index = proxy.index(0, 0)
        for _ in range(self.rng.randrange(3)):
            n = proxy.rowCount(index)
            if not n:
                break
            index = proxy.index(self.rng.randrange(n), 0, index)
        self.w.nav.tree.setCurrentIndex(index)

    def edit_filter(self) -> None:
        edit = self.w.nav.filter_edit
        if self.rng.random() < 0.3:  # QTest can only type ASCII (it aborts on other characters)
            self.qtbot.keyClicks(edit, self.rng.choice([w for w in WORDS if w.isascii()])[:3])
        else:
            edit.setText(self.rng.choice(WORDS))
        self.w.nav.flush_filter()

    def switch_grouping(self) -> None:
        self.w.set_grouping(self.rng.choice(["city", "sector"]))

    def select_fact(self) -> None:
        ids = self.w.fact_base.facts["id"]
        self.w.select_fact(str(ids.iloc[self.rng.randrange(len(ids))]))

    def sort(self) -> None:
        self.w.table.sortByColumn(self.rng.randrange(7), self.rng.choice(list(Qt.SortOrder)))

    def click_plot(self) -> None:
        key, chart = self.rng.choice(self.w.plots.all_charts())
        ids = list(chart.heights())
        if not ids:
            return
        fact_id = self.rng.choice(ids)
        view = self.w.plots.views[key]
        self.w.plots.setCurrentWidget(view)
        if isinstance(chart, BarChart) and self.rng.random() < 0.2:
            point = view.mapFromScene(chart.scene_pos_of(fact_id))
            self.qtbot.mouseMove(view.viewport(), QPoint(point.x(), point.y()))  # the hover tooltip
        point = view.mapFromScene(chart.scene_pos_of(fact_id))
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))

    def copy(self) -> None:
        self.rng.choice([self.w.act_copy, self.w.act_copy_value, self.w.act_copy_citation]).trigger()


@pytest.fixture
def stress_window(make_window, tmp_path: Path, qtbot) -> MainWindow:
    window = make_window(hostile.make_hostile(tmp_path / "data"))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_thousands_of_random_actions(stress_window: MainWindow, qtbot, qtlog) -> None:
    driver = Driver(stress_window, qtbot, seed=20260201)
    samples = []
    for i in range(ACTIONS):
        driver.step()
        if i % 50 == 0:
            qtbot.wait(1)  # let queued events (debounce, repaints) run as they would
        if i + 1 >= WARM_UP and (i + 1 - WARM_UP) % 500 == 0:
            QGuiApplication.clipboard().clear()
            gc.collect()
            samples.append((rss_bytes(), len(gc.get_objects())))
    print("actions", driver.counts, "rss MB", [s[0] // 2**20 for s in samples], "objects", [s[1] for s in samples])
    assert all(driver.counts.get(k, 0) > 50 for k in ("table", "tree", "filter", "plot", "copy")), driver.counts
    warnings = [r.message for r in qtlog.records if r.message not in HARMLESS]
    assert sorted(set(warnings)) == [], sorted(set(warnings))
    # Memory stops growing: after the warm-up, the last stretch adds (almost) nothing.
    (rss0, objs0), (rss1, objs1) = samples[0], samples[-1]
    assert rss1 - rss0 < 40 * 2**20, [s[0] // 2**20 for s in samples]
    assert objs1 - objs0 < 0.05 * objs0 + 2000, [s[1] for s in samples]
    assert stress_window.isVisible() and stress_window.fact_base is not None

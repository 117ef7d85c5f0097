"""Start-up (issue 15): a plot tab not on screen gets its pyqtgraph view when first shown, and shows its figures then."""

from __future__ import annotations

import importlib
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings, Qt

from explorer.ui.main_window import MainWindow
from tests.conftest import ROOT

OTHER = ROOT / "tests" / "data" / "other_region"

# (folder, a stated figure whose metric other cities give too and that has a series over time)
BASES = [(None, "F01"), (OTHER, "J03")]


def _settings(tmp_path: Path, last_fact: str) -> QSettings:
    settings = QSettings(str(tmp_path / f"settings-{last_fact}.ini"), QSettings.Format.IniFormat)
    settings.setValue("lastFact", last_fact)  # as a person's last session left it
    settings.setValue("plotTab", "across")
    settings.sync()
    return settings


def _views(window: MainWindow, key: str) -> list[pg.GraphicsLayoutWidget]:
    return window.plots.pages[key].findChildren(pg.GraphicsLayoutWidget)


@pytest.mark.parametrize(("folder", "fact"), BASES)
def test_a_plot_tab_off_screen_is_made_when_first_shown_with_its_figures(
        make_window, qtbot, tmp_path, folder, fact) -> None:
    window = make_window(folder, _settings(tmp_path, fact))
    window.resize(1280, 800)
    # The tab on screen at start shows the remembered figure, drawn before the window's first paint.
    assert window.plots.current_key() == "across"
    across = _views(window, "across")
    assert len(across) == 1
    bars = [item for item in across[0].scene().items() if isinstance(item, pg.BarGraphItem) and item.isVisible()]
    assert bars, "the plot on screen at start has its bars"
    # The other tabs have no plot view yet: none is needed before they are looked at.
    hidden = [key for key, _ in window.plots.TABS if key != "across"]
    assert all(_views(window, key) == [] for key in hidden), {key: _views(window, key) for key in hidden}

    window.show()
    qtbot.waitExposed(window)
    bar = window.plots.tabBar()
    index = [key for key, _ in window.plots.TABS].index("over_time")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: window.plots.current_key() == "over_time")
    views = _views(window, "over_time")
    assert len(views) == 1 and views[0].isVisible()
    line = window.plots.charts["over_time"][0]
    assert line.plot.scene() is views[0].scene() and line.plot.isVisible()
    heights = line.heights()
    assert fact in heights and len(heights) >= 2, heights  # the figure and its other periods, each plotted
    assert window.plots.pages["over_time"].title.text()  # titled from the data


@pytest.mark.parametrize(("folder", "fact"), BASES)
def test_charts_make_no_pyqtgraph_menu_and_right_click_offers_the_plot_actions(
        make_window, qtbot, tmp_path, monkeypatch, folder, fact) -> None:
    # A view box's menu of widgets was made with every chart and thrown away at once (menus disabled):
    # ~7-19 ms of the first chart's making, at start-up when the remembered figure is plotted.
    viewbox_module = importlib.import_module("pyqtgraph.graphicsItems.ViewBox.ViewBox")  # (the package names the class)

    made: list[object] = []

    class Counted(viewbox_module.ViewBoxMenu):  # type: ignore[misc]
        def __init__(self, view: object) -> None:
            made.append(view)
            super().__init__(view)

    monkeypatch.setattr(viewbox_module, "ViewBoxMenu", Counted)
    window = make_window(folder, _settings(tmp_path, fact))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    charts = window.plots.charts  # every tab drawn
    assert charts["across"] and charts["over_time"]
    assert made == []
    for chart in (c for tab in charts.values() for c in tab):
        assert not chart.plot.menuEnabled() and chart.plot.vb.menu is None
    # A right click on a plot offers the window's plot actions (copy, export), as before.
    texts = [a.text() for a in window.plots.actions()]
    assert window.plots.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert window.act_copy_plot.text() in texts and window.act_png.text() in texts

"""Start-up (issue 15): a plot tab not on screen gets its pyqtgraph view when first shown, and shows its figures then."""

from __future__ import annotations

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

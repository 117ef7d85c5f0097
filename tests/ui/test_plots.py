"""Each plot shows the model's figures, and clicking a bar or point selects its fact."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage

from explorer.app import dispose
from explorer.model import queries
from explorer.model.paths import bundled_data_dir
from explorer.ui.main_window import MainWindow
from explorer.ui.plots import BarChart, LineChart
from explorer.ui.roles import NodeKeyRole


def test_gdp_bars_match_the_model(window: MainWindow) -> None:
    chart = window.plots.charts["gdp_by_city"][0]
    series = queries.gdp_by_city(window.fact_base)
    assert chart.heights() == {"F01": 1000.21, "F42": 910.03, "F43": 800.0, "F44": 600.0}
    assert list(series["id"]) == list(chart.heights())
    stated = chart.items["exact"].opts
    assert list(stated["height"]) == [910.03]
    assert list(chart.items["range"].opts["y0"]) == [600.0]  # a floating box: 600 up to 700
    assert list(chart.items["range"].opts["height"]) == [100.0]
    assert list(chart.items["expected_over"].opts["height"]) == [800.0]
    legend = [label.text for _, label in chart.legend.items]
    assert legend == ["lower bound (over, more than) ▲", "stated", "expected to exceed (forecast) ▲",
                      "range (somewhere in the span)"]


def test_path_only_has_points_with_years(window: MainWindow) -> None:
    chart = window.plots.charts["gdp_path"][0]
    assert isinstance(chart, LineChart)
    xs, ys = chart.line.getData()
    assert list(xs) == [2018, 2025] and list(ys) == [700.0, 1000.21]


@pytest.mark.parametrize("key", ["growth_by_sector", "shares"])
def test_bar_series_match_the_model(window: MainWindow, key: str) -> None:
    chart = window.plots.charts[key][0]
    series = queries.SERIES_QUERIES[key](window.fact_base)
    assert chart.heights() == dict(zip(series["id"], series["plot_value"]))


def test_before_after_has_one_plot_per_pair(window: MainWindow) -> None:
    charts = window.plots.charts["before_after"]
    assert [c.heights() for c in charts] == [
        {"F25": 11.1, "F26": 24.25}, {"F27": -30.0, "F28": 650.0}, {"F31": 2475.0, "F32": 5300.0}]


def _click_fact(qtbot, window: MainWindow, key: str, chart, fact_id: str) -> None:
    view = window.plots.views[key]
    window.plots.setCurrentWidget(view)
    scene_pos = chart.scene_pos_of(fact_id)
    point = view.mapFromScene(scene_pos)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))


@pytest.mark.parametrize("key,fact_id", [("gdp_by_city", "F43"), ("gdp_by_city", "F44"), ("shares", "F37"),
                                         ("growth_by_sector", "F17"), ("gdp_path", "F02"), ("before_after", "F27")])
def test_clicking_a_plot_item_selects_its_fact(window: MainWindow, qtbot, key, fact_id) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.nav.filter_edit.setText("Changchun")  # the fact may be filtered out: a click still finds it
    window.nav.flush_filter()
    chart = next(c for c in window.plots.charts[key] if fact_id in c.heights())
    _click_fact(qtbot, window, key, chart, fact_id)
    qtbot.waitUntil(lambda: window.current_fact_id() == fact_id)
    fact = window.fact_base.fact(fact_id)
    assert window.nav.tree.currentIndex().data(NodeKeyRole) == (fact["city"], fact["sector"])
    assert window.quote.highlighted_texts()[0] == fact["quote"]


def test_selection_highlights_the_bar_and_shows_its_plot(window: MainWindow) -> None:
    window.select_fact("F37")
    assert window.plots.currentWidget() is window.plots.views["shares"]
    chart = window.plots.charts["shares"][0]
    assert isinstance(chart, BarChart)
    assert list(chart.highlight_item.opts["height"]) == [65.0]
    window.select_fact("F01")
    assert window.plots.currentWidget() is window.plots.views["gdp_by_city"]


def test_export_png_svg_and_copy_image(window: MainWindow, tmp_path: Path) -> None:
    from explorer.ui.plot_export import copy_image, export_png, export_svg

    window.show()
    view = window.plots.views["gdp_by_city"]
    export_png(view, tmp_path / "p.png")
    image = QImage(str(tmp_path / "p.png"))
    assert not image.isNull() and image.width() > 100
    from PySide6.QtWidgets import QGraphicsItem

    chart = window.plots.charts["gdp_by_city"][0]
    cached = QGraphicsItem.CacheMode.DeviceCoordinateCache
    axis = chart.plot.getAxis("bottom")
    assert axis.cacheMode() == cached  # on screen the axis is a cached pixmap ...
    assert chart.highlight_item.cacheMode() == QGraphicsItem.CacheMode.NoCache  # (what a selection moves is not)
    export_svg(view, tmp_path / "p.svg")
    svg = (tmp_path / "p.svg").read_text(encoding="utf-8")
    # ... but the SVG has the city names as text, not as pictures of text
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and "Dalian" in svg
    assert axis.cacheMode() == cached  # and the cache is back afterwards
    copy_image(view)
    assert not QGuiApplication.clipboard().image().isNull()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.png", "p.svg"]


def test_only_the_tab_on_screen_is_built_before_the_first_paint(make_window, qtbot) -> None:
    window = make_window()
    plots = window.plots
    current = plots.TABS[plots.currentIndex()][0]
    assert list(plots._charts) == [current]  # the others wait: the window paints sooner
    assert plots._charts[current][0].heights()
    # Shortly after, the rest are filled one per event-loop turn, for the same fact base.
    qtbot.waitUntil(lambda: all(plots._filled.get(k) is window.fact_base for k, _ in plots.TABS), timeout=5000)
    assert len(plots._charts["before_after"]) == 3


def test_a_fact_in_a_tab_not_yet_built_still_switches_to_its_plot(make_window) -> None:
    window = make_window()
    window.plots._later.stop()  # as if the user were quicker than the deferred fill
    window.select_fact("F31")  # before/after only
    assert window.plots.currentWidget() is window.plots.views["before_after"]
    chart = next(c for c in window.plots._charts["before_after"] if "F31" in c.heights())
    assert list(chart.highlight_item.opts["height"]) == [2475.0]


def test_a_tab_built_after_the_theme_changed_gets_the_theme(make_window) -> None:
    from PySide6.QtGui import QColor, QPalette

    window = make_window()
    window.plots._later.stop()
    palette = QPalette(window.plots.palette())
    palette.setColor(QPalette.ColorRole.Text, QColor("#fafafa"))
    window.plots.apply_palette(palette)
    chart = window.plots.charts["shares"][0]
    assert chart.plot.getAxis("left").textPen().color().name() == "#fafafa"


def test_the_plot_tab_is_remembered_and_a_restored_fact_does_not_switch_it(make_window, settings) -> None:
    first = make_window()
    first.plots.show_tab("growth_by_sector")
    first.select_fact("F01")  # a user's choice: shows the fact's plot
    assert first.plots.current_key() == "gdp_by_city"
    first.plots.show_tab("shares")
    first.save_settings()
    again = make_window(settings_=settings)
    assert again.current_fact_id() == "F01"  # the last fact comes back ...
    assert again.plots.current_key() == "shares"  # ... and the tab the user left stays
    assert list(again.plots._charts) == ["shares"]


def test_a_fact_asked_for_by_name_shows_its_plot(settings) -> None:
    window = MainWindow(settings)
    window.select_when_loaded("F31")  # as --select F31 does, before the fact base is there
    try:
        window.load_now(bundled_data_dir())
        assert window.current_fact_id() == "F31"
        assert window.plots.current_key() == "before_after"
    finally:
        dispose(window)


def test_a_selection_that_moves_no_highlight_leaves_the_plots_alone(window: MainWindow, monkeypatch) -> None:
    charts = [c for _, c in window.plots.all_charts()]
    window.select_fact("E01")  # an event: in no plot
    calls: list[str] = []
    for chart in charts:
        item = chart.highlight_item
        name = "setOpts" if isinstance(chart, BarChart) else "setData"
        original = getattr(item, name)
        monkeypatch.setattr(item, name, lambda *a, _o=original, **k: (calls.append("redraw"), _o(*a, **k)))
    window.select_fact("E02")  # still in no plot: nothing to redraw
    assert calls == []
    window.select_fact("F01")  # outlined in the GDP bars and on the path
    assert calls == ["redraw", "redraw"]
    assert list(window.plots.charts["gdp_by_city"][0].highlight_item.opts["height"]) == [1000.21]


def test_an_empty_plot_says_so(make_window, tmp_path: Path) -> None:
    from benchmarks.synth import write as write_synth

    write_synth(300, tmp_path / "s")  # synthetic facts: no GDP of the four cities, no path to a trillion
    window = make_window(tmp_path / "s")
    gdp = window.plots.charts["gdp_by_city"][0]
    assert gdp.heights() == {}
    assert "Nothing to plot" in gdp.plot.titleLabel.text and "GDP of the four cities" in gdp.plot.titleLabel.text
    assert window.plots.charts["shares"][0].heights()  # a plot with bars has no such title
    assert "Nothing" not in (window.plots.charts["shares"][0].plot.titleLabel.text or "")
    window.load_now(bundled_data_dir())  # and once there are figures, the message goes
    assert not window.plots.charts["gdp_by_city"][0].plot.titleLabel.isVisible()

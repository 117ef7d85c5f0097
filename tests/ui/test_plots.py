"""The plots follow the data and the selection; clicking a bar or point selects its fact."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QToolTip

from explorer.app import dispose
from explorer.model.files.paths import bundled_data_dir
from explorer.ui.main_window import MainWindow
from explorer.ui.plots import BarChart, LineChart, PlotArea
from explorer.ui.roles import NodeKeyRole
from tests.conftest import ROOT

OTHER = ROOT / "tests" / "data" / "other_region"


def _show(window: MainWindow, qtbot, key: str) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.plots.show_tab(key)
    qtbot.waitUntil(lambda: window.plots.current_key() == key)


def _ticks(chart) -> list[str]:
    return [label for level in chart.left._tickLevels or [] for _, label in level]


@pytest.fixture
def other_window(make_window):
    w = make_window(OTHER)
    w.resize(1280, 800)
    return w


def test_every_view_shows_the_figures_of_another_region(other_window: MainWindow, qtbot) -> None:
    """No city, year or metric is built in: a fact base of four other cities fills every view."""
    w = other_window
    w.select_fact("J03")  # Nanjing's GDP in 2023
    across = w.plots.charts["across"][0]
    assert across.heights() == {"J01": 2467.3, "J03": 1742.1, "J05": 1545.4, "J06": 1181.3}
    assert _ticks(across) == ["Suzhou 苏州", "Nanjing 南京", "Wuxi 无锡", "Nantong 南通"]
    assert w.plots.pages["across"].title.text() == "GDP in 4 cities"
    assert w.plots.pages["across"].subtitle.text() == "in billion yuan · 2023"
    assert across.bottom.labelText == "billion yuan"
    line = w.plots.charts["over_time"][0]
    assert isinstance(line, LineChart)
    assert line.heights() == {"J04": 1403.0, "J16": 1636.4, "J17": 1690.8, "J03": 1742.1}
    assert w.plots.pages["over_time"].title.text() == "GDP of Nanjing 南京 over time"
    legend = [label.text for _, label in line.legend.items]
    assert legend == ["Four engines of the Yangtze delta (made-up test text)",
                      "Statistical notes for 2021 and 2022 (made-up test text)"]
    assert [c.heights() for c in w.plots.charts["before_after"]] == [{"J04": 1403.0, "J03": 1742.1}]
    w.select_fact("J23")  # Nanjing › Services: two shares
    assert w.plots.charts["shares"][0].heights() == {"J23": 62.8, "J08": 50.0}
    assert w.plots.pages["shares"].title.text() == "Shares and rates in %: Nanjing 南京 › Services"


def test_the_period_picker_compares_another_period(other_window: MainWindow, qtbot) -> None:
    w = other_window
    _show(w, qtbot, "across")
    w.select_fact("J01")
    combo = w.plots.pages["across"].period
    assert combo.isVisible() and combo.currentText() == "2023"  # the latest period all cities give
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # 2022
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # 2021
    qtbot.waitUntil(lambda: combo.currentText() == "2021")
    chart = w.plots.charts["across"][0]
    assert chart.heights() == {"J14": 2271.8, "J16": 1636.4, "J18": 1400.3, "J20": 1102.7}
    w.select_fact("J16")  # the same metric: the choice stays
    assert combo.currentText() == "2021" and "J16" in chart.heights()
    combo.setCurrentIndex(0)
    combo.activated.emit(0)  # latest of each city: a forecast for Nantong, so each bar names its period
    assert "Nantong 南通 (2024)" in _ticks(w.plots.charts["across"][0])


def test_gdp_bars_say_their_period_when_periods_differ(window: MainWindow) -> None:
    """Issue 10, point 6."""
    window.select_fact("F01")
    chart = window.plots.charts["across"][0]
    assert chart.heights() == {"F01": 1000.21, "F42": 910.03, "F43": 800.0, "F44": 600.0}
    assert _ticks(chart) == ["Dalian 大连 (2025)", "Shenyang 沈阳 (undated)", "Changchun 长春 (undated)",
                             "Harbin 哈尔滨 (undated)"]
    assert list(chart.items["range"].opts["x0"]) == [600.0]  # a floating box: 600 up to 700
    assert list(chart.items["range"].opts["width"]) == [100.0]
    assert chart.value_labels.texts() == ["over 1,000.21", "910.03", "> 800 (expected)", "600 range"]


def test_legend_swatches_differ_and_a_legend_is_only_shown_where_it_tells_apart(window: MainWindow) -> None:
    """Issue 10, point 12: 'lower bound' and 'stated' looked the same; one-entry legends."""
    window.select_fact("F01")
    chart = window.plots.charts["across"][0]
    entries = [(sample.item, label.text) for sample, label in chart.legend.items]
    assert [text for _, text in entries] == ["over (lower bound)", "stated", "expected to exceed",
                                             "in the range of"]
    colors = {item.opts["brush"].color().name() for item, _ in entries}
    assert len(colors) == 4  # every qualifier its own colour, not only a tiny marker
    window.select_fact("F12")  # growth of industrial value added: plainly stated figures only
    assert not window.plots.charts["across"][0].legend.isVisible()
    pairs = window.plots.charts["before_after"]
    assert pairs == [] or all(not c.legend.isVisible() or len(c.legend.items) > 1 for c in pairs)


def _click(qtbot, window: MainWindow, key: str, chart, fact_id: str) -> None:
    view = window.plots.views[key]
    page = window.plots.pages[key]
    page.scroller.ensureVisible(0, int(chart.scene_pos_of(fact_id).y()), 0, 60)
    point = view.mapFromScene(chart.scene_pos_of(fact_id))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))


@pytest.mark.parametrize("key,shown,fact_id", [("across", "F01", "F43"), ("across", "F01", "F44"),
                                               ("over_time", "F01", "F02"), ("before_after", "F25", "F27"),
                                               ("shares", "F35", "F37")])
def test_clicking_a_plot_item_selects_its_fact(window: MainWindow, qtbot, key, shown, fact_id) -> None:
    _show(window, qtbot, key)
    window.select_fact(shown)
    window.plots.show_tab(key)
    chart = next(c for c in window.plots.charts[key] if fact_id in c.heights())
    _click(qtbot, window, key, chart, fact_id)
    qtbot.waitUntil(lambda: window.current_fact_id() == fact_id)
    fact = window.fact_base.fact(fact_id)
    assert window.nav.tree.currentIndex().data(NodeKeyRole) == (fact["city"], fact["sector"])
    assert window.quote.highlighted_texts()[0] == fact["quote"]


def test_clicking_a_point_of_another_source_selects_it(other_window: MainWindow, qtbot) -> None:
    w = other_window
    _show(w, qtbot, "over_time")
    w.select_fact("J01")
    chart = w.plots.charts["over_time"][0]
    _click(qtbot, w, "over_time", chart, "J14")
    qtbot.waitUntil(lambda: w.current_fact_id() == "J14")


def test_hover_shows_figure_qualifier_and_source_and_stays(window: MainWindow, qtbot, monkeypatch) -> None:
    """Issue 10, point 11: the tip is tied to the item's rectangle with a long time, so it stays."""
    _show(window, qtbot, "across")
    window.select_fact("F01")
    calls = []
    real = QToolTip.showText
    monkeypatch.setattr(QToolTip, "showText", lambda *a: (calls.append(a), real(*a))[1])
    chart = window.plots.charts["across"][0]
    view = window.plots.views["across"]
    point = view.mapFromScene(chart.scene_pos_of("F43"))
    qtbot.mouseMove(view.viewport(), QPoint(2, 2))  # from elsewhere onto the bar
    qtbot.mouseMove(view.viewport(), QPoint(point.x(), point.y()))
    qtbot.waitUntil(lambda: bool(calls))
    _, tip, widget, rect, msec = calls[-1]
    text = html.unescape(re.sub(r"<[^>]+>", "\n", tip))  # data shown as plain text, escaped
    assert "> 800 billion yuan (expected)" in text and "expected to exceed" in text
    assert "Dalian crosses one trillion yuan of GDP" in text and "[F43]" in text
    assert widget is view and isinstance(rect, QRect) and rect.contains(point) and msec >= 600_000
    qtbot.waitUntil(QToolTip.isVisible)
    qtbot.mouseMove(view.viewport(), QPoint(point.x() + 1, point.y()))  # resting on the bar: not shown anew
    assert len(calls) == 1


def test_selection_highlights_its_bar_and_a_tab_that_lacks_it_gives_way(window: MainWindow) -> None:
    window.plots.show_tab("shares")
    window.select_fact("F37")  # a share: the shares tab shows it
    assert window.plots.current_key() == "shares"
    chart = window.plots.charts["shares"][0]
    assert isinstance(chart, BarChart)
    assert list(chart.highlight_item.opts["width"]) == [65.0]
    window.select_fact("E01")  # an event: in no plot, the tab stays and says why
    assert window.plots.current_key() == "shares"
    window.plots.show_tab("across")
    assert window.plots.pages["across"].message.text().startswith("Nothing to plot: the selected fact E01 is an event")


def test_the_plot_tab_is_remembered_and_a_restored_fact_does_not_switch_it(make_window, settings) -> None:
    first = make_window()
    first.plots.show_tab("shares")
    first.select_fact("F01")  # a user's choice: the shares tab has no GDP, so the fact's plot shows
    assert first.plots.current_key() == "across"
    first.plots.show_tab("before_after")
    first.save_settings()
    again = make_window(settings_=settings)
    assert again.current_fact_id() == "F01"
    assert again.plots.current_key() == "before_after"


def test_a_fact_asked_for_by_name_shows_its_plot(settings) -> None:
    window = MainWindow(settings)
    window.plots.show_tab("shares")
    window.select_when_loaded("F31")  # as --select F31 does, before the fact base is there
    try:
        window.load_now(bundled_data_dir())
        assert window.current_fact_id() == "F31"
        # Not a share; across cities shows 2024, the latest period given: over time has 2020.
        assert window.plots.current_key() == "over_time"
    finally:
        dispose(window)


def test_a_selection_within_the_same_view_only_moves_the_highlight(window: MainWindow, monkeypatch) -> None:
    window.select_fact("F01")
    chart = window.plots.charts["across"][0]
    calls: list[str] = []
    real = chart.set_chart
    monkeypatch.setattr(chart, "set_chart", lambda *a: (calls.append("redraw"), real(*a))[1])
    window.select_fact("F42")  # the same metric: the same bars
    assert calls == [] and list(chart.highlight_item.opts["width"]) == [910.03]


def test_an_empty_view_says_what_is_missing(make_window, tmp_path: Path) -> None:
    from benchmarks.synth import write as write_synth

    write_synth(300, tmp_path / "s")
    window = make_window(tmp_path / "s")
    window.plots.show_tab("over_time")
    fact = window.fact_base.stated[window.fact_base.stated["kind"] == "figure"].iloc[0]
    window.select_fact(str(fact["id"]))
    page = window.plots.pages["over_time"]
    charts = window.plots.charts["over_time"]
    assert (charts and charts[0].heights()) or page.message.text().startswith("Nothing to plot: ")
    window.load_now(bundled_data_dir())
    window.select_fact("F42")  # Shenyang's GDP has no year
    window.plots.show_tab("over_time")
    assert page.message.isVisibleTo(page) and not page.scroller.isVisibleTo(page)
    assert page.message.text().startswith("Nothing to plot: no figure of “GDP” for Shenyang 沈阳")


def test_dark_theme_colours(window: MainWindow, qtbot) -> None:
    """Issue 10, point 12: a soft highlight, readable titles and labels with a ground, visible radio buttons."""
    window.show()
    qtbot.waitExposed(window)
    window.select_fact("F01")
    window.act_dark.trigger()
    try:
        chart = window.plots.charts["across"][0]
        pen = chart.highlight_item.opts["pen"].color()
        assert pen.lightness() > 200 and pen.saturation() < 60  # not the glaring orange
        # Each value label is drawn on the dark ground (no gridline through its text), its text light.
        view = window.plots.pages["across"].view
        QGuiApplication.processEvents()
        shot = view.viewport().grab().toImage()
        boxes = chart.value_labels.scene_rects()
        assert len(boxes) == 4
        ground = QColor(chart.colors.background)
        assert ground.lightness() < 60
        for text, box in boxes:
            rect = view.mapFromScene(box).boundingRect().adjusted(1, 1, -1, -1)
            # The margin above the text is the ground all across: a gridline under the label is covered.
            margin = {QColor(shot.pixel(x, rect.top() + 1)).rgb() for x in range(rect.left(), rect.right())}
            ink = [QColor(shot.pixel(x, rect.center().y())).lightness() for x in range(rect.left(), rect.right())]
            assert margin == {ground.rgb()} and max(ink) > 150, text
        assert window.plots.pages["across"].title.palette().color(
            window.plots.pages["across"].title.foregroundRole()).lightness() > 200
        image = window.nav.by_sector.grab().toImage()  # the unchecked radio button's ring
        ring = max(QColor(image.pixel(x, y)).lightness() for x in range(min(20, image.width()))
                   for y in range(image.height()))
        assert ring > 140
    finally:
        window.act_dark.trigger()


def _bar_runs(image: QImage, y: int, x0: int, x1: int, color: QColor) -> list[tuple[int, int]]:
    """Runs of pixels close to ``color`` along row ``y``."""
    runs, start = [], None
    for x in range(x0, x1):
        c = QColor(image.pixel(x, y))
        near = abs(c.red() - color.red()) + abs(c.green() - color.green()) + abs(c.blue() - color.blue()) < 60
        if near and start is None:
            start = x
        elif not near and start is not None:
            runs.append((start, x))
            start = None
    if start is not None:
        runs.append((start, x1))
    return [r for r in runs if r[1] - r[0] > 3]


def test_the_svg_draws_what_the_screen_shows(window: MainWindow, qtbot, tmp_path: Path) -> None:
    """Issue 10, point 2: rendered back, the SVG's bars end where the screen's do, on the same axis."""
    from PySide6.QtSvg import QSvgRenderer

    from explorer.ui.plot_export import export_svg, layout_for

    _show(window, qtbot, "across")
    window.select_fact("F44")  # the outline is then on the range box, not on the bars measured
    page = window.plots.pages["across"]
    view = page.view
    chart = window.plots.charts["across"][0]
    screen = view.grab().toImage()
    export_svg(page, tmp_path / "p.svg")
    svg = (tmp_path / "p.svg").read_text(encoding="utf-8")
    # text stays text (Qt writes a run per font: the Latin and the Chinese part of a name apart)
    assert ">Dalian <" in svg and "大连" in svg and "GDP in 4 cities" in svg and "Source: Dalian crosses" in svg
    layout = layout_for(page)
    rendered = QImage(layout.size, QImage.Format.Format_ARGB32)
    rendered.fill(QColor("white"))
    painter = QPainter(rendered)
    QSvgRenderer(str(tmp_path / "p.svg")).render(painter)
    painter.end()
    offset = layout.chart.topLeft()
    for bar in chart.bars:
        if bar.qualifier == "range":
            continue
        color = chart.items[bar.qualifier].opts["brush"].color()
        y = view.mapFromScene(chart.plot.vb.mapViewToScene(chart.plot.vb.mapSceneToView(
            chart.scene_pos_of(bar.fact_id)))).y()
        on_screen = _bar_runs(screen, y, 0, screen.width(), color)
        in_svg = [(a - offset.x(), b - offset.x())
                  for a, b in _bar_runs(rendered, y + offset.y(), offset.x(), offset.x() + screen.width(), color)]
        assert len(on_screen) == 1 and len(in_svg) == 1, (bar.fact_id, on_screen, in_svg)
        assert abs(on_screen[0][0] - in_svg[0][0]) <= 2 and abs(on_screen[0][1] - in_svg[0][1]) <= 2, bar.fact_id
    # The axis too: the whole chart differs from the screen in few pixels (text antialiasing at most).
    differ = total = 0
    for y in range(0, screen.height(), 2):
        for x in range(0, screen.width(), 2):
            a, b = QColor(screen.pixel(x, y)), QColor(rendered.pixel(x + offset.x(), y + offset.y()))
            total += 1
            differ += abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) > 150
    assert differ / total < 0.03


def test_png_export_is_sharp_light_titled_and_sourced(window: MainWindow, qtbot, tmp_path: Path) -> None:
    """Issue 10, point 13: twice the screen's pixels or more, title, units and source, light in dark mode."""
    from explorer.ui.plot_export import export_png, layout_for

    _show(window, qtbot, "across")
    window.select_fact("F01")
    window.act_dark.trigger()
    try:
        page = window.plots.pages["across"]
        export_png(page, tmp_path / "p.png")
        image = QImage(str(tmp_path / "p.png"))
        layout = layout_for(page)
        assert image.width() >= 2 * page.view.width() and image.height() >= 2 * page.view.height()
        assert (image.width(), image.height()) == (2 * layout.size.width(), 2 * layout.size.height())
        assert QColor(image.pixel(3, 3)).lightness() > 250  # light, whatever the window shows
        chart_ground = QColor(image.pixel(2 * layout.chart.right() - 6, 2 * layout.chart.top() + 6))
        assert chart_ground.lightness() > 240
        assert page.export_parts() == ("GDP in 4 cities", page.subtitle.text(),
                                       "Source: Dalian crosses one trillion yuan of GDP: the Northeast's "
                                       "gateway and its test (2026-02)")
        assert "in billion yuan" in page.subtitle.text()
        assert layout.title.height() > 0 and layout.source.top() > layout.chart.bottom()
        # the title's and the source line's rows hold ink
        for rect in (layout.title, layout.source):
            assert any(QColor(image.pixel(x, y)).lightness() < 128 for y in range(2 * rect.top(), 2 * rect.bottom())
                       for x in range(0, image.width(), 3))
    finally:
        window.act_dark.trigger()
    copy_from = window.plots.current_view()
    from explorer.ui.plot_export import copy_image

    copy_image(copy_from)
    assert QGuiApplication.clipboard().image().width() >= 2 * page.view.width()


def test_two_sources_for_one_period_are_both_visible(other_window: MainWindow, qtbot) -> None:
    """Each source its own marker, side by side: a disagreement is visible at a glance."""
    w = other_window
    _show(w, qtbot, "over_time")
    w.select_fact("J21")  # ≈ 2,460 (the bulletin) beside 2,467.3 (the review), both for 2023
    chart = w.plots.charts["over_time"][0]
    a, b = chart.scene_pos_of("J21"), chart.scene_pos_of("J01")
    assert abs(a.x() - b.x()) >= 12  # the markers' size: neither hides the other
    shapes = {sid: marks.marks[0].symbol for sid, marks in chart.series.items()}
    assert len(set(shapes.values())) == 2
    label = next(lab for lab, row in zip(chart.labels, chart.rows) if row[0] == "J21")
    assert label.isVisible()  # the selected figure's label is placed first



def test_a_chart_of_another_metric_with_the_same_qualifiers_keeps_its_legend_and_labels(
        make_window, tmp_path, monkeypatch) -> None:
    """Issue 13: every selection of another metric made the legend's swatches and labels anew when
    only their order changed; they are now kept and pointed at their new bars and names."""
    from benchmarks.synth import write as write_synth
    from explorer.model.numbers import QUALIFIERS

    data = tmp_path / "data"
    write_synth(1200, data)  # many cities, every metric with a mix of qualifiers
    monkeypatch.setattr(PlotArea, "KEEP_VIEWS", 1)  # a chart drawn anew (not one kept for the metric shown before)
    window = make_window(data)
    window.resize(1280, 800)
    window.plots.show_tab("across")
    facts = window.fact_base.facts
    figures = facts[(facts["kind"] == "figure") & ~facts["derived"].astype(bool)]
    legends: dict[str, tuple[str, ...]] = {}
    for fact_id in figures.groupby("metric", sort=True)["id"].first():
        window.select_fact(str(fact_id))
        chart = window.plots.charts["across"][0]
        legends[str(fact_id)] = tuple(label.text for _, label in chart.legend.items)
    first, second = next((a, b) for a, na in legends.items() for b, nb in legends.items()
                         if na != nb and len(na) > 1 and sorted(na) == sorted(nb))
    window.select_fact(first)
    chart = window.plots.charts["across"][0]
    samples = [sample for sample, _ in chart.legend.items]
    labels = chart.value_labels
    added: list[object] = []
    monkeypatch.setattr(chart.legend, "addItem", lambda *args: added.append(args))
    window.select_fact(second)
    assert window.plots.charts["across"][0] is chart
    assert added == []  # no legend entry made again ...
    assert [sample for sample, _ in chart.legend.items] == samples
    # ... yet the legend names the new chart's qualifiers, in their new order, each swatch its bars'
    names = [label.text for _, label in chart.legend.items]
    assert tuple(names) == legends[second] != legends[first]
    by_name = {html.escape(QUALIFIERS.get(q, "other qualifier")): item for q, item in chart.items.items()}
    assert [sample.item for sample in samples] == [by_name[name] for name in names]
    assert chart.legend.isVisible()
    # The value labels are the item made before, now saying the new chart's figures.
    assert chart.value_labels is labels
    assert labels.texts() == [bar.text for bar in chart.bars]
    assert labels.isVisible()


def test_over_time_lines_up_every_spelling_of_a_metric(make_window, qtbot, tmp_path) -> None:
    """Issue 13: "GDP", "gross domestic product" and "地区生产总值" are one metric, so the city's
    metric over time shows every source's version: the Chinese report beside the English ones."""
    from tests.model.multisource import build

    window = make_window(build(tmp_path / "data"))
    window.resize(1280, 800)
    _show(window, qtbot, "over_time")
    window.select_fact("SU01")  # the summary's slipped figure
    qtbot.waitUntil(lambda: bool(window.plots.charts.get("over_time")))
    plotted = {row[0] for row in window.plots.charts["over_time"][0].rows}
    assert {"SU01", "F01", "ZH01", "NW01"} <= plotted
    window.select_fact("ZH01")  # from the Chinese report's side: the same series
    qtbot.waitUntil(lambda: "SU01" in {row[0] for row in window.plots.charts["over_time"][0].rows})


def test_a_chart_redrawn_for_another_metric_is_painted_once(window: MainWindow, qtbot, monkeypatch) -> None:
    """Issue 15: a redraw was painted twice, the view box's new range, the labels' places and the layout of
    title and legend being applied in the first paint, each asking for another; now they are applied first."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(PlotArea, "KEEP_VIEWS", 1)  # the chart drawn anew (not one kept for the metric shown before)
    _show(window, qtbot, "across")
    window.select_fact("F01")  # GDP across cities
    for _ in range(3):
        QApplication.processEvents()
    viewport = window.plots.views["across"].viewport()
    paints: list[int] = []

    class Count(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if watched is viewport and event.type() == QEvent.Type.Paint:
                paints.append(1)
            return False

    chart = window.plots.charts["across"][0]  # (every tab drawn: the others' first drawing is not counted)
    for _ in range(3):
        QApplication.processEvents()
    counter = Count()
    viewport.installEventFilter(counter)
    try:
        before = [b.fact_id for b in chart.bars]
        window.table.setFocus()
        window.select_fact("F12")  # another metric: the chart is drawn anew
        assert [b.fact_id for b in chart.bars] != before
        qtbot.waitUntil(lambda: len(paints) >= 1)
        for _ in range(3):  # every event the redraw posted, handled
            QApplication.processEvents()
        assert len(paints) == 1
    finally:
        viewport.removeEventFilter(counter)


def test_a_new_plot_is_one_entry_of_the_model_series(make_window, qtbot, monkeypatch) -> None:
    """Issue 12: adding a plot is one SeriesSpec; the window makes its tab, draws it and makes it clickable."""
    from dataclasses import replace

    from explorer.model import series

    def largest(base, scope):  # another view of a node: its per-cent figures, with a title of its own
        view = series.shares(base, scope)
        return replace(view, key="largest", title=view.title.replace("Shares and rates", "Largest rates"))

    monkeypatch.setattr(series, "SERIES", (*series.SERIES,
                                           series.SeriesSpec("largest", "Largest rates", "a node of the tree",
                                                             largest, "node")))
    window = make_window(OTHER)
    window.resize(1280, 800)
    plots = window.plots
    titles = [plots.tabText(i) for i in range(plots.count())]
    assert titles[-1] == "Largest rates" and len(titles) == len(series.SERIES)
    _show(window, qtbot, "largest")
    window.nav.tree.setCurrentIndex(window.nav.tree_proxy.index(0, 0))  # All
    qtbot.waitUntil(lambda: bool(plots.charts["largest"]) and bool(plots.charts["largest"][0].heights()))
    assert plots.pages["largest"].title.text().startswith("Largest rates in %")
    chart = plots.charts["largest"][0]
    fact_id = next(iter(chart.heights()))
    _click(qtbot, window, "largest", chart, fact_id)
    qtbot.waitUntil(lambda: window.current_fact_id() == fact_id)

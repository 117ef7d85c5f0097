"""pyqtgraph plots of the figures; clicking a bar or point selects its fact.

Plot items are created once per fact base and updated with ``setOpts``/``setData``;
a selection only moves the highlight.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QPalette
from PySide6.QtWidgets import QGraphicsItem, QTabWidget, QToolTip, QWidget

from explorer.model import queries
from explorer.model.factbase import FactBase
from explorer.model.numbers import format_compact, format_figure
from explorer.ui.tooltip import plain_tooltip

pg.setConfigOptions(antialias=True)


@dataclass(frozen=True)
class Style:
    """How one kind of figure is drawn, so nobody mistakes an estimate for a stated value."""

    legend: str
    fill_alpha: int
    pen_style: Qt.PenStyle
    pattern: Qt.BrushStyle = Qt.BrushStyle.SolidPattern
    arrow: bool = False  # a lower bound: the true value lies above the bar


STYLES: dict[str, Style] = {
    "exact": Style("stated", 230, Qt.PenStyle.SolidLine),
    "over": Style("lower bound (over, more than) ▲", 230, Qt.PenStyle.SolidLine, arrow=True),
    "under": Style("upper bound (under)", 230, Qt.PenStyle.SolidLine),
    "approximately": Style("approximately (≈)", 110, Qt.PenStyle.DotLine),
    "expected_over": Style("expected to exceed (forecast) ▲", 255, Qt.PenStyle.DashLine,
                           Qt.BrushStyle.BDiagPattern, arrow=True),
    "range": Style("range (somewhere in the span)", 255, Qt.PenStyle.DashLine, Qt.BrushStyle.CrossPattern),
}
ACCENT = QColor("#2f6db5")
HIGHLIGHT = QColor("#ff8c00")


@dataclass(frozen=True)
class Bar:
    fact_id: str
    x: float
    y0: float
    y1: float
    qualifier: str
    label: str
    tooltip: str


def _range_top(value: float) -> float:
    """'in the 600 billion yuan range' spans 600 up to the next round step (700)."""
    step = 10 ** int(np.floor(np.log10(abs(value)))) if value else 1
    return value + step


def _tooltip(base: FactBase, row: pd.Series) -> str:
    source = base.sources.get(str(row["source_id"]))
    figure = format_figure(float(row["value"]), row["unit"], row["qualifier"])
    period = f" ({row['period']})" if row["period"] else ""
    return plain_tooltip(f"{base.city_label(row['city'])} — {row['metric']}{period}\n{figure}\n"
                         f"“{row['as_printed']}” — {source.title if source else row['source_id']} [{row['id']}]")


def bars_for(base: FactBase, frame: pd.DataFrame, xs: list[float] | None = None) -> list[Bar]:
    """Bars for the rows of a series frame (``plot_value``, ``label``, ``qualifier``)."""
    bars = []
    for i, (_, row) in enumerate(frame.iterrows()):
        value = float(row["plot_value"])
        x = xs[i] if xs is not None else float(i)
        qualifier = str(row["qualifier"])
        if qualifier == "range":
            y0, y1 = value, _range_top(value)
        else:
            y0, y1 = min(0.0, value), max(0.0, value)
        bars.append(Bar(str(row["id"]), x, y0, y1, qualifier, str(row["label"]), _tooltip(base, row)))
    return bars


class BarChart(QObject):
    """Bars on one PlotItem: one BarGraphItem per style, a highlight outline and value labels."""

    factClicked = Signal(str)

    def __init__(self, view: pg.GraphicsLayoutWidget, col: int, y_label: str, parent: Any = None,
                 legend_columns: int = 2) -> None:
        super().__init__(parent)
        plot = view.addPlot(row=0, col=col)
        self.plot = plot
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setLabel("left", y_label)
        plot.showGrid(y=True, alpha=0.25)
        # The legend gets its own row under the plot, so it never hides a bar.
        self.legend = pg.LegendItem(labelTextSize="8pt", colCount=legend_columns)
        view.addItem(self.legend, row=1, col=col)
        self.items: dict[str, pg.BarGraphItem] = {}
        for qualifier in STYLES:
            item = pg.BarGraphItem(x=[], y0=[], height=[], width=0.6)
            self.items[qualifier] = item
            plot.addItem(item)
        self.arrows = pg.ScatterPlotItem(symbol="t1", size=11, pen=None)
        plot.addItem(self.arrows)
        self.highlight_item = pg.BarGraphItem(x=[], y0=[], height=[], width=0.7, brush=None,
                                              pen=pg.mkPen(HIGHLIGHT, width=3))
        plot.addItem(self.highlight_item)
        self.labels: list[pg.TextItem] = []
        self.bars: list[Bar] = []
        self._selected: str | None = None
        self._lit: list[Bar] = []  # the bars the highlight outlines now
        self.apply_colors(ACCENT)

    def apply_colors(self, accent: QColor) -> None:
        self._accent = accent
        for qualifier, style in STYLES.items():
            fill = QColor(accent)
            fill.setAlpha(style.fill_alpha)
            brush = QBrush(fill, style.pattern)
            pen = pg.mkPen(accent.darker(130), width=1.6, style=style.pen_style)  # cosmetic, unlike QPen
            self.items[qualifier].setOpts(brush=brush, pen=pen)
        self.arrows.setBrush(pg.mkBrush(accent.darker(140)))

    def set_bars(self, bars: list[Bar], ticks: list[tuple[float, str]] | None = None) -> None:
        self.bars = bars
        for qualifier, item in self.items.items():
            mine = [b for b in bars if b.qualifier == qualifier]
            item.setOpts(x=np.array([b.x for b in mine], dtype=float),
                         y0=np.array([b.y0 for b in mine], dtype=float),
                         height=np.array([b.y1 - b.y0 for b in mine], dtype=float))
        self.legend.clear()
        for qualifier in dict.fromkeys(b.qualifier for b in bars):
            if qualifier in self.items:
                self.legend.addItem(self.items[qualifier], STYLES[qualifier].legend)
        tops = [b for b in bars if STYLES.get(b.qualifier, STYLES["exact"]).arrow]
        self.arrows.setData(x=[b.x for b in tops], y=[b.y1 for b in tops])
        for label in self.labels:
            self.plot.removeItem(label)
        self.labels = []
        for bar in bars:
            text = pg.TextItem(bar.label, anchor=(0.5, 1.15 if bar.y1 > 0 or bar.y0 >= 0 else -0.15))
            text.setPos(bar.x, bar.y1 if bar.y1 > 0 or bar.y0 >= 0 else bar.y0)
            self.plot.addItem(text)
            self.labels.append(text)
        axis = self.plot.getAxis("bottom")
        axis.setTicks([ticks] if ticks else [[(b.x, "") for b in bars]])
        lines = max((label.count("\n") + 1 for _, label in ticks or []), default=1)
        axis.setHeight(14 * lines + 14)  # room for wrapped category names
        self.plot.enableAutoRange()
        if bars:
            top = max(b.y1 for b in bars)
            bottom = min(b.y0 for b in bars)
            span = (top - bottom) or 1.0
            self.plot.setYRange(bottom - 0.18 * span if bottom < 0 else 0, top + 0.22 * span, padding=0)
            self.plot.setXRange(min(b.x for b in bars) - 0.75, max(b.x for b in bars) + 0.75, padding=0)
        self.highlight(self._selected)

    def clear(self) -> None:
        self.set_bars([])

    def heights(self) -> dict[str, float]:
        """Plotted value of each fact: the bar top for positive bars, the bottom for negative ones."""
        return {b.fact_id: (b.y0 if b.y0 < 0 else (b.y0 if b.qualifier == "range" else b.y1)) for b in self.bars}

    def highlight(self, fact_id: str | None) -> bool:
        self._selected = fact_id
        mine = [b for b in self.bars if b.fact_id == fact_id]
        if mine == self._lit:
            return bool(mine)  # nothing changes on screen: no repaint of the plot
        self._lit = mine
        self.highlight_item.setOpts(x=[b.x for b in mine], y0=[b.y0 for b in mine],
                                    height=[b.y1 - b.y0 for b in mine])
        return bool(mine)

    def fact_at(self, pos: QPointF) -> Bar | None:
        for bar in self.bars:
            if abs(pos.x() - bar.x) <= 0.3 and bar.y0 <= pos.y() <= max(bar.y1, bar.y0 + 1e-9):
                return bar
        return None

    def scene_pos_of(self, fact_id: str) -> QPointF:
        bar = next(b for b in self.bars if b.fact_id == fact_id)
        return self.plot.vb.mapViewToScene(QPointF(bar.x, (bar.y0 + bar.y1) / 2))

    def handle_click(self, ev: Any) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        if not self.plot.vb.sceneBoundingRect().contains(ev.scenePos()):
            return
        bar = self.fact_at(self.plot.vb.mapSceneToView(ev.scenePos()))
        if bar is not None:
            ev.accept()
            self.factClicked.emit(bar.fact_id)

    def tooltip_at(self, scene_pos: QPointF) -> str | None:
        if not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return None
        bar = self.fact_at(self.plot.vb.mapSceneToView(scene_pos))
        return bar.tooltip if bar else None


class LineChart(QObject):
    """A city's GDP by year: points only where the text gives the year."""

    factClicked = Signal(str)

    def __init__(self, plot: pg.PlotItem, y_label: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.plot = plot
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setLabel("left", y_label)
        plot.setLabel("bottom", "year")
        plot.showGrid(x=True, y=True, alpha=0.25)
        self.legend = plot.addLegend(offset=(60, 10), labelTextSize="8pt")
        self.line = plot.plot([], [], pen=pg.mkPen(ACCENT, width=2))
        self.points = pg.ScatterPlotItem(size=13, hoverable=True, tip=self._tip)
        plot.addItem(self.points)
        self.highlight_item = pg.ScatterPlotItem(size=22, brush=None, pen=pg.mkPen(HIGHLIGHT, width=3))
        plot.addItem(self.highlight_item)
        self.points.sigClicked.connect(self._clicked)
        self.labels: list[pg.TextItem] = []
        self.rows: list[tuple[str, float, float, str, str]] = []
        self._tips: dict[str, str] = {}
        self._lit: list[tuple[float, float]] = []

    def _tip(self, x: float, y: float, data: Any) -> str:
        return self._tips.get(str(data), "")

    def set_points(self, base: FactBase, frame: pd.DataFrame) -> None:
        xs = frame["x"].astype(float).tolist()
        ys = frame["plot_value"].astype(float).tolist()
        ids = frame["id"].astype(str).tolist()
        quals = frame["qualifier"].astype(str).tolist()
        self.rows = list(zip(ids, xs, ys, quals,
                             [format_compact(float(v), "billion yuan", q) for v, q in
                              zip(frame["plot_value"], frame["qualifier"])]))
        self._tips = {fid: _tooltip(base, row) for fid, (_, row) in zip(ids, frame.iterrows())}
        self.line.setData(xs, ys)
        spots = []
        for fid, x, y, qual, _ in self.rows:
            filled = qual == "exact"
            symbol = "t1" if STYLES.get(qual, STYLES["exact"]).arrow else "o"
            spots.append({"pos": (x, y), "data": fid, "symbol": symbol,
                          "brush": pg.mkBrush(ACCENT if filled else QColor(ACCENT.red(), ACCENT.green(),
                                                                            ACCENT.blue(), 90)),
                          "pen": pg.mkPen(ACCENT.darker(140), width=1.5)})
        self.points.setData(spots)
        self.legend.clear()
        self.legend.addItem(self.line, "GDP where the text gives the year (▲ = lower bound)")
        for label in self.labels:
            self.plot.removeItem(label)
        self.labels = []
        for _, x, y, _, text in self.rows:
            item = pg.TextItem(text, anchor=(0.5, 1.4))
            item.setPos(x, y)
            self.plot.addItem(item)
            self.labels.append(item)
        if xs:
            self.plot.setXRange(min(xs) - 2, max(xs) + 2, padding=0)
            self.plot.setYRange(0, max(ys) * 1.25, padding=0)
            self.plot.getAxis("bottom").setTicks([[(x, str(int(x))) for x in xs]])
        self.highlight(None)

    def clear(self) -> None:
        self.rows, self._tips = [], {}
        self.line.setData([], [])
        self.points.setData([])
        for label in self.labels:
            self.plot.removeItem(label)
        self.labels = []
        self.highlight(None)

    def heights(self) -> dict[str, float]:
        return {fid: y for fid, _, y, _, _ in self.rows}

    def highlight(self, fact_id: str | None) -> bool:
        mine = [(x, y) for fid, x, y, _, _ in self.rows if fid == fact_id]
        if mine == self._lit:
            return bool(mine)  # nothing changes on screen: no repaint of the plot
        self._lit = mine
        self.highlight_item.setData([p[0] for p in mine], [p[1] for p in mine])
        return bool(mine)

    def _clicked(self, item: Any, points: Any, ev: Any = None) -> None:
        if len(points):
            self.factClicked.emit(str(points[0].data()))

    def scene_pos_of(self, fact_id: str) -> QPointF:
        x, y = next((x, y) for fid, x, y, _, _ in self.rows if fid == fact_id)
        return self.plot.vb.mapViewToScene(QPointF(x, y))

    def handle_click(self, ev: Any) -> None:  # points handle their own clicks
        return

    def tooltip_at(self, scene_pos: QPointF) -> str | None:
        return None  # the scatter item shows its own tips


class PlotArea(QTabWidget):
    """The plots, one tab each; ``factClicked`` tells the window which fact a click picked.

    A tab's plot items are built and filled when the tab is first needed (shown, asked for a
    fact, or at the latest shortly after the window is on screen), so the window's first paint
    waits for one plot, not five.
    """

    factClicked = Signal(str)

    TABS = (
        ("gdp_by_city", "GDP by city"),
        ("gdp_path", "Path to a trillion"),
        ("growth_by_sector", "Growth 2025"),
        ("before_after", "Before / after"),
        ("shares", "Shares"),
    )
    FILL_LATER_MS = 300  # tabs not on screen are filled this long after a fact base is shown

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("plotArea")
        self.setDocumentMode(True)
        self.views: dict[str, pg.GraphicsLayoutWidget] = {}
        self._charts: dict[str, list[BarChart | LineChart]] = {}
        self._filled: dict[str, FactBase | None] = {}
        self._specs = {s.key: s for s in queries.SERIES}
        for key, title in self.TABS:
            view = pg.GraphicsLayoutWidget()
            view.setObjectName(f"plot_{key}")
            view.setToolTip("")
            self.views[key] = view
            self.addTab(view, title)
            self.setTabToolTip(self.count() - 1, self._specs[key].title)
            view.scene().sigMouseClicked.connect(lambda ev, k=key: self._scene_clicked(k, ev))
            view.scene().sigMouseMoved.connect(lambda pos, k=key: self._scene_moved(k, pos))
        self._base: FactBase | None = None
        self._selected: str | None = None
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._fill_next)
        self._palette = self.palette()
        for view in self.views.values():
            view.setBackground(self._palette.color(QPalette.ColorRole.Base))
        self.currentChanged.connect(lambda i: self._ensure(self.TABS[i][0]) if i >= 0 else None)

    # ---- building and filling on demand --------------------------------------------------
    @property
    def charts(self) -> dict[str, list[BarChart | LineChart]]:
        """Every tab's charts, built and filled."""
        for key, _ in self.TABS:
            self._ensure(key)
        return self._charts

    def all_charts(self) -> list[tuple[str, BarChart | LineChart]]:
        return [(k, c) for k, charts in self.charts.items() for c in charts]

    def _built_charts(self) -> list[tuple[str, BarChart | LineChart]]:
        return [(k, c) for k, charts in self._charts.items() for c in charts]

    def _ensure(self, key: str) -> list[BarChart | LineChart]:
        """Build the tab's plot items once, and fill them for the fact base shown now."""
        if key not in self._charts:
            view = self.views[key]
            charts: list[BarChart | LineChart] = []
            if key == "gdp_path":
                charts.append(LineChart(view.addPlot(), self._specs[key].y_label, self))
            elif key != "before_after":  # before/after makes one small plot per pair when filled
                charts.append(BarChart(view, 0, self._specs[key].y_label, parent=self))
            for chart in charts:
                chart.factClicked.connect(self.factClicked)
            self._style(charts)
            self._charts[key] = charts
        if self._base is not None and self._filled.get(key) is not self._base:
            self._filled[key] = self._base  # marked first: a failing query is not retried on every turn
            try:
                self._fill(key, self._base)
            except Exception:
                for chart in self._charts[key]:  # nothing of the previous fact base stays on show
                    chart.clear()
                raise
            self._style(self._charts[key])
            for chart in self._charts[key]:
                chart.highlight(self._selected)
            self._cache_items(key)
        return self._charts[key]

    _CACHED = (pg.AxisItem, pg.LabelItem, pg.TextItem, pg.LegendItem, pg.BarGraphItem, pg.ScatterPlotItem)

    def _cache_items(self, key: str) -> None:
        """Keep what does not change with a selection as pixmaps: showing a tab again then costs
        half (12 → 5.5 ms; before/after 23 → 10 ms), and a selection often shows another tab.

        The highlight, which a selection moves, is drawn afresh. ``plot_export.export_svg``
        turns the caches off while it draws, so an SVG keeps vector text.
        """
        lit = {id(chart.highlight_item) for chart in self._charts[key]}
        for item in self.views[key].scene().items():
            if isinstance(item, self._CACHED) and id(item) not in lit:
                item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def _fill_next(self) -> None:
        """Fill one more tab not yet shown, then come back for the next (the UI stays responsive)."""
        if self._base is None:
            return
        for key, _ in self.TABS:
            if self._filled.get(key) is not self._base:
                self._later.start(0)  # before filling: one tab failing does not stop the others
                self._ensure(key)
                return

    def _fill(self, key: str, base: FactBase) -> None:
        charts = self._charts[key]
        if key == "gdp_by_city":
            gdp = queries.series(base, "gdp_by_city")
            charts[0].set_bars(  # type: ignore[union-attr]
                bars_for(base, gdp.assign(label=[format_compact(v, "billion yuan", q) for v, q in
                                                 zip(gdp["plot_value"], gdp["qualifier"])])),
                ticks=[(float(i), lab) for i, lab in enumerate(gdp["label"])])
        elif key == "gdp_path":
            charts[0].set_points(base, queries.series(base, "gdp_path"))  # type: ignore[union-attr]
        elif key == "before_after":
            self._set_before_after(base)
        else:
            frame = queries.series(base, key)
            names = frame["label"].tolist()
            shown = frame.assign(label=[format_compact(v, u, q) for v, u, q in
                                        zip(frame["value"], frame["unit"], frame["qualifier"])])
            charts[0].set_bars(bars_for(base, shown),  # type: ignore[union-attr]
                               ticks=[(float(i), _wrap(_short(n), 13)) for i, n in enumerate(names)])
        self._say_if_empty(key)

    def _say_if_empty(self, key: str) -> None:
        """An empty plot says so, instead of showing bare axes."""
        charts = self._charts[key]
        if key == "before_after" and not charts:
            chart = BarChart(self.views[key], 0, "", parent=self, legend_columns=1)
            chart.factClicked.connect(self.factClicked)
            charts.append(chart)
        if any(chart.heights() for chart in charts):
            if key != "before_after":  # its plots carry their pair's name as title
                charts[0].plot.setTitle(None)
            return
        charts[0].plot.setVisible(True)
        charts[0].plot.setTitle(html.escape(f"Nothing to plot: no figures for “{self._specs[key].title}” "
                                            "in this fact base"), size="9pt")

    def _scene_clicked(self, key: str, ev: Any) -> None:
        for chart in self._charts.get(key, []):
            chart.handle_click(ev)

    def _scene_moved(self, key: str, pos: QPointF) -> None:
        charts = self._charts.get(key, [])
        for chart in charts:
            tip = chart.tooltip_at(pos)
            if tip:
                QToolTip.showText(QCursor.pos(), tip, self.views[key])
                return
        if isinstance(charts[0] if charts else None, BarChart):
            QToolTip.hideText()

    def set_fact_base(self, base: FactBase | None) -> None:
        self._base = base
        if base is None:
            self._later.stop()
            return
        self._ensure(self.TABS[max(self.currentIndex(), 0)][0])
        self._later.start(self.FILL_LATER_MS)

    def _set_before_after(self, base: FactBase) -> None:
        view = self.views["before_after"]
        frame = queries.series(base, "before_after")
        pairs = list(frame.groupby("pair", sort=False))
        charts = self._charts["before_after"]
        # One small plot per pair (they have different units); reuse the ones that exist.
        while len(charts) < len(pairs):
            chart = BarChart(view, len(charts), "", parent=self, legend_columns=1)
            chart.factClicked.connect(self.factClicked)
            charts.append(chart)
        for i, chart in enumerate(charts):
            visible = i < len(pairs)
            chart.plot.setVisible(visible)
            chart.legend.setVisible(visible)
            if not visible:
                chart.set_bars([])
                continue
            title, group = pairs[i]
            unit = str(group["unit"].iloc[0])
            # Titles and axis labels are rich text in pyqtgraph: escape what comes from data.
            chart.plot.setTitle(html.escape(_wrap(str(title), 18)).replace("\n", "<br>"), size="8pt")
            chart.plot.setLabel("left", html.escape(unit))
            shown = group.assign(label=[format_compact(v, u, q) for v, u, q in
                                        zip(group["value"], group["unit"], group["qualifier"])])
            chart.set_bars(bars_for(base, shown), ticks=[(float(j), p) for j, p in enumerate(group["period"])])

    def select_fact(self, fact_id: str | None, reveal: bool = True) -> None:
        """Highlight the fact wherever it is plotted; with ``reveal``, show its plot if the current one lacks it.

        Without ``reveal`` (the automatic selection when a fact base is shown) the tab stays, and
        tabs not built yet are not built to find the fact: they highlight it when they are filled.
        """
        self._selected = fact_id
        current = self.TABS[max(self.currentIndex(), 0)][0]
        in_current = False
        for key, chart in self._built_charts():
            if chart.highlight(fact_id) and key == current:
                in_current = True
        if in_current or not reveal or fact_id is None or self._base is None:
            return
        for key, _ in self.TABS:  # filling the other tabs is what finds the fact's plot
            if key != current and any(fact_id in chart.heights() for chart in self._ensure(key)):
                self.setCurrentIndex([k for k, _ in self.TABS].index(key))
                return

    def current_key(self) -> str:
        return self.TABS[max(self.currentIndex(), 0)][0]

    def show_tab(self, key: str) -> bool:
        keys = [k for k, _ in self.TABS]
        if key not in keys:
            return False
        self.setCurrentIndex(keys.index(key))
        return True

    def chart_for(self, fact_id: str) -> tuple[str, BarChart | LineChart] | None:
        for key, chart in self.all_charts():
            if fact_id in chart.heights():
                return key, chart
        return None

    def apply_palette(self, palette: QPalette) -> None:
        self._palette = palette
        for view in self.views.values():
            view.setBackground(palette.color(QPalette.ColorRole.Base))
        for charts in self._charts.values():
            self._style(charts)

    def _style(self, charts: list[BarChart | LineChart]) -> None:
        background = self._palette.color(QPalette.ColorRole.Base)
        text = self._palette.color(QPalette.ColorRole.Text)
        dark = background.lightness() < 128
        accent = QColor("#6fa8e8") if dark else ACCENT
        for chart in charts:
            for axis in ("left", "bottom"):
                ax = chart.plot.getAxis(axis)
                ax.setPen(pg.mkPen(text))
                ax.setTextPen(pg.mkPen(text))
            chart.plot.titleLabel.setAttr("color", text.name())
            if isinstance(chart, BarChart):
                chart.apply_colors(accent)
                for label in chart.labels:
                    label.setColor(text)
            else:
                chart.line.setPen(pg.mkPen(accent, width=2))
                for label in chart.labels:
                    label.setColor(text)
            chart.legend.setBrush(pg.mkBrush(QColor(background.red(), background.green(), background.blue(), 200)))
            chart.legend.setLabelTextColor(text)  # for labels added later
            for _, label in chart.legend.items:
                label.setText(label.text, color=text.name())

    def current_view(self) -> QWidget:
        return self.currentWidget()


def _short(metric: str) -> str:
    """A category name for an axis: the metric without the words every bar shares."""
    for prefix in ("share of the ", "share of ", "growth of "):
        if metric.startswith(prefix):
            return metric[len(prefix):]
    return metric


def _wrap(text: str, width: int = 16) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return "\n".join(lines)

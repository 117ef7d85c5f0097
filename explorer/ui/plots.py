"""pyqtgraph plots that follow the data and the selection; clicking a bar or point selects its fact.

What each tab shows comes from ``explorer.model.series``; here it is only drawn. Bars are
horizontal, one row each, so category names never run together and 30 cities scroll.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QPicture,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from explorer.model import series as model
from explorer.model.load.factbase import FactBase
from explorer.model.numbers import QUALIFIERS, format_figure, format_number
from explorer.ui import theme
from explorer.ui.tooltip import plain_tooltip

pg.setConfigOptions(antialias=True)

ROW_PX = 24  # one bar per row: room for a line of text and a gap
VIEW_SLACK_ROWS = 3  # rows above and below the scroll area's view that get their labels too
LABEL_MARGIN = 4  # a text item's document margin, each side
SYMBOLS = ("o", "s", "d", "t", "star", "p", "h", "t1", "x", "+")  # one marker per source
TOOLTIP_MS = 3_600_000  # a hover tip stays while the pointer rests on its item
# Outline of each qualifier: a dashed one where the figure is not a plain statement.
PEN_STYLES = {"approximately": Qt.PenStyle.DashLine, "expected_over": Qt.PenStyle.DashLine,
              "forecast": Qt.PenStyle.DashDotLine, "range": Qt.PenStyle.DotLine}


@dataclass(frozen=True)
class Bar:
    fact_id: str
    y: float
    low: float
    high: float
    value: float
    qualifier: str
    label: str
    text: str
    tips: _Tips = field(compare=False, repr=False)

    @property
    def tooltip(self) -> str:
        """Made when first asked for (hovered): a selection redraws 40 bars, and nobody hovers most."""
        return self.tips.get(self.fact_id)


def _tooltip(base: FactBase, fact_id: str) -> str:
    """Figure with qualifier, what it is about and its source, as plain text."""
    row = model.fact_fields(base, fact_id, ("source_id", "value", "unit", "qualifier", "period", "city", "entity",
                                            "metric", "as_printed", "id"))
    source = base.sources.get(str(row["source_id"]))
    figure = format_figure(float(row["value"]), str(row["unit"]), str(row["qualifier"]))
    period = f" ({row['period']})" if str(row["period"]).strip() else " (undated)"
    named = f"{source.title} ({source.date})" if source else str(row["source_id"])
    return plain_tooltip(f"{base.city_label(str(row['city']))} — {row['entity']}: {row['metric']}{period}\n"
                         f"{figure}  [{QUALIFIERS.get(str(row['qualifier']), str(row['qualifier']))}]\n"
                         f"“{row['as_printed']}” — {named} [{row['id']}]")


def _font() -> QFont:
    font = QFont()
    font.setPointSizeF(max(font.pointSizeF(), 8.5))
    return font


def _nice(step: float) -> float:
    if step <= 0 or not np.isfinite(step):
        return 1.0
    power = 10 ** np.floor(np.log10(step))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= step:
            return float(m * power)
    return float(10 * power)


class Bars(pg.BarGraphItem):
    """Bars drawn in device pixels: outlines keep their width and dashes in every paint device.

    pyqtgraph draws bars in data coordinates with cosmetic pens, which an SVG does not honour:
    scaled by the axes, a 1.4 px outline became tens of pixels thick (issue 10, point 2).
    """

    def __init__(self, **opts: Any) -> None:
        super().__init__(**opts)
        # Told what part of it a paint exposes: a chart of 200 bars in a scroll area shows ~15 (issue 15).
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def paint(self, p: Any, *args: Any) -> None:
        rects = self._rectarray.instances()
        if not rects:
            return
        exposed = args[0].exposedRect if args and args[0] is not None else QRectF()
        if not exposed.isEmpty():
            # Only the bars of the rows in the exposed part, with its height again each side for the outlines; by
            # rows alone, not by intersection: a bar of width 0 (a figure of 0) is drawn as a line.
            top, bottom = exposed.top() - exposed.height(), exposed.bottom() + exposed.height()
            rects = [rect for rect in rects if rect.top() <= bottom and rect.bottom() >= top]
        transform = p.transform()
        pen = QPen(self._sharedPen)
        pen.setWidthF(pen.widthF() * _device_scale(self, p))
        p.save()
        p.resetTransform()
        p.setPen(pen)
        p.setBrush(self._sharedBrush)
        for rect in rects:
            p.drawRect(transform.mapRect(rect))
        p.restore()


def _in_device(p: Any, draw: Any) -> None:
    """Run ``draw(transform)`` with the painter in device pixels: pens keep their width in SVG too."""
    transform = p.transform()
    p.save()
    p.resetTransform()
    try:
        draw(transform)
    finally:
        p.restore()


def _symbol_path(symbol: str, size: float, at: QPointF) -> Any:
    path = pg.graphicsItems.ScatterPlotItem.Symbols[symbol]
    return QTransform().translate(at.x(), at.y()).scale(size, size).map(path)


@dataclass(frozen=True)
class Mark:
    """A marker; its colours are names resolved against the chart's colours when painted, so a
    theme change repaints without rebuilding anything."""

    x: float
    y: float
    symbol: str
    size: float
    fill: str  # a qualifier, "background" or "none"
    outline: str = "text"  # or "highlight"
    width: float = 1.3


def _draw_ahead(axis: pg.AxisItem) -> None:
    """Make the picture a hidden axis is painted from: pyqtgraph makes it in the axis's first paint (~8 ms an axis
    of a chart of 200 bars, its names shaped for the first time), which would be a selection's."""
    sink = QPicture()
    painter = QPainter(sink)
    try:
        axis.paint(painter, None, None)
    finally:
        painter.end()


def _color(colors: theme.PlotColors, name: str) -> QColor:
    if name == "text":
        return QColor(colors.text)
    if name == "highlight":
        return QColor(colors.highlight)
    if name == "background":
        return QColor(colors.background)
    return QColor(colors.qualifiers.get(name, colors.qualifiers["exact"]))


def _device_scale(item: Any, p: Any) -> float:
    """How many device pixels a scene pixel is now: 1 on screen, 2 in a PNG export at twice the size."""
    inverse, ok = item.sceneTransform().inverted()
    if not ok:
        return 1.0
    scale = float((inverse * p.transform()).m11())
    return scale if scale > 0 else 1.0


_PENS: dict[tuple[int, str, str, float], tuple[Any, Any]] = {}  # pens and brushes, made once per look


class _Tips:
    """Tooltips made when first asked for: a chart of hundreds of points is drawn without them."""

    def __init__(self, base: FactBase | None = None, ids: list[str] | None = None) -> None:
        self.base, self.ids = base, ids or []
        self.made: dict[str, str] = {}

    def get(self, fact_id: str, default: str = "") -> str:
        if fact_id not in self.made:
            if self.base is None or fact_id not in self.ids:
                return default
            self.made[fact_id] = _tooltip(self.base, fact_id)
        return self.made[fact_id]

    def values(self) -> list[str]:
        return [self.get(fid) for fid in self.ids]


class Marks(pg.GraphicsObject):
    """Markers and a line at data positions, drawn in device pixels (no pixmap fragments, no
    cosmetic pens, which an SVG draws several times over or scaled by the axes)."""

    def __init__(self, owner: Any) -> None:
        super().__init__()
        self.owner = owner  # has ``colors``
        self.marks: list[Mark] = []
        self.line: list[tuple[float, float]] = []

    def set_marks(self, marks: list[Mark], line: list[tuple[float, float]] | None = None) -> None:
        self.prepareGeometryChange()
        self.marks, self.line = marks, line or []
        self.update()

    def pen_brush(self, mark: Mark, scale: float = 1.0) -> tuple[Any, Any]:
        colors = self.owner.colors
        key = (id(colors), mark.outline, mark.fill, mark.width * scale)
        made = _PENS.get(key)
        if made is None:
            pen = pg.mkPen(_color(colors, mark.outline), width=mark.width * scale)
            made = pen, (pg.mkBrush(None) if mark.fill == "none" else pg.mkBrush(_color(colors, mark.fill)))
            if len(_PENS) > 512:
                _PENS.clear()
            _PENS[key] = made
        return made

    def viewTransformChanged(self) -> None:  # noqa: N802 - pyqtgraph's name
        self.prepareGeometryChange()

    def boundingRect(self) -> QRectF:
        points = [(m.x, m.y) for m in self.marks] + self.line
        if not points:
            return QRectF()
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        pw, ph = self.pixelWidth() or 0.0, self.pixelHeight() or 0.0
        pad = 16
        return QRectF(min(xs) - pad * pw, min(ys) - pad * ph, max(xs) - min(xs) + 2 * pad * pw,
                      max(ys) - min(ys) + 2 * pad * ph)

    def paint(self, p: Any, *args: Any) -> None:
        p.setRenderHint(p.RenderHint.Antialiasing)
        scale = _device_scale(self, p)

        def draw(transform: Any) -> None:
            if len(self.line) > 1:
                from PySide6.QtGui import QPolygonF

                p.setPen(pg.mkPen(_color(self.owner.colors, "text"), width=1.2 * scale, style=Qt.PenStyle.DotLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPolyline(QPolygonF([transform.map(QPointF(x, y)) for x, y in self.line]))
            for mark in self.marks:
                pen, brush = self.pen_brush(mark, scale)
                p.setPen(pen)
                p.setBrush(brush)
                p.drawPath(_symbol_path(mark.symbol, mark.size * scale, transform.map(QPointF(mark.x, mark.y))))

        _in_device(p, draw)


@dataclass(frozen=True)
class Label:
    """A value label: its text at a data position, anchored as a text item is ((0, 0.5): left edge, middle)."""

    x: float
    y: float
    text: str
    ax: float = 0.0
    ay: float = 0.5


class ValueLabels(pg.GraphicsObject):
    """A chart's value labels drawn by one item: each text on the chart's background, in device pixels.

    A ``pg.TextItem`` per label cost a Python paint, a rich-text layout and a place in the view's pixels
    (set again on every change of the view's transform) for each of the ~30 labels in view: ~3-4 ms of a
    selection that shows another chart at a million facts (issue 15). Here a text is shaped once (a
    ``QStaticText``, kept while the text recurs) and every label is placed when painted. The boxes are a
    text item's: the text's advance and line height with ``LABEL_MARGIN`` around it.
    """

    KEEP_SHAPED = 4096  # shaped texts kept (figures recur across charts)

    def __init__(self, owner: Any) -> None:
        super().__init__()
        self.owner = owner  # has ``colors``
        self.labels: list[Label] = []
        self.font = _font()
        self._metrics = QFontMetricsF(self.font)
        self._shaped: dict[str, tuple[QStaticText, float]] = {}
        self._bounds: QRectF | None = None

    def set_labels(self, labels: list[Label]) -> None:
        if labels == self.labels:
            return  # nothing on screen changes: no repaint
        self.prepareGeometryChange()
        self.labels = labels
        self._bounds = None
        self.update()

    def texts(self) -> list[str]:
        return [label.text for label in self.labels]

    def _shape(self, text: str) -> tuple[QStaticText, float]:
        shaped = self._shaped.get(text)
        if shaped is None:
            if len(self._shaped) >= self.KEEP_SHAPED:
                self._shaped.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)  # data is shown as text, never as markup
            static.prepare(QTransform(), self.font)
            shaped = self._shaped[text] = (static, self._metrics.horizontalAdvance(text))
        return shaped

    def size(self, text: str) -> tuple[float, float]:
        """A label's box in pixels, margins included."""
        return self._shape(text)[1] + 2 * LABEL_MARGIN, self._metrics.height() + 2 * LABEL_MARGIN

    def scene_rects(self) -> list[tuple[str, QRectF]]:
        """Each label's box in scene pixels, as painted on screen."""
        if not self.isVisible():
            return []
        found = []
        for label in self.labels:
            at = self.mapToScene(QPointF(label.x, label.y))
            w, h = self.size(label.text)
            found.append((label.text, QRectF(at.x() - label.ax * w, at.y() - label.ay * h, w, h)))
        return found

    def viewTransformChanged(self) -> None:  # noqa: N802 - pyqtgraph's name
        self.prepareGeometryChange()
        self._bounds = None

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            if not self.labels:
                self._bounds = QRectF()
            else:
                pw, ph = self.pixelWidth() or 0.0, self.pixelHeight() or 0.0
                left = top = float("inf")
                right = bottom = float("-inf")
                for label in self.labels:
                    w, h = self.size(label.text)
                    x0 = label.x - label.ax * w * pw
                    left, right = min(left, x0), max(right, x0 + w * pw)
                    top, bottom = min(top, label.y - h * ph), max(bottom, label.y + h * ph)  # either way up
                self._bounds = QRectF(left, top, right - left, bottom - top)
        return self._bounds

    def paint(self, p: Any, *args: Any) -> None:
        if not self.labels:
            return
        scale = _device_scale(self, p)
        colors = self.owner.colors
        ground = QColor(colors.background)
        ink = QColor(colors.text)

        def draw(transform: Any) -> None:
            p.setFont(self.font)
            p.setPen(ink)
            height = self._metrics.height() + 2 * LABEL_MARGIN
            for label in self.labels:
                static, advance = self._shape(label.text)
                at = transform.map(QPointF(label.x, label.y))
                width = advance + 2 * LABEL_MARGIN
                p.setTransform(QTransform(scale, 0, 0, scale, at.x() - label.ax * width * scale,
                                          at.y() - label.ay * height * scale))
                p.fillRect(QRectF(0, 0, width, height), ground)  # a gridline never strikes through a label
                p.drawStaticText(QPointF(LABEL_MARGIN, LABEL_MARGIN), static)

        _in_device(p, draw)


class Swatch(pg.ItemSample):
    """A legend sample drawn in device pixels: a bar's colour and outline, or a marker."""

    def paint(self, p: Any, *args: Any) -> None:
        item = self.item
        p.setRenderHint(p.RenderHint.Antialiasing)

        def draw(transform: Any) -> None:
            if isinstance(item, pg.BarGraphItem):
                p.setPen(item._sharedPen)
                p.setBrush(item._sharedBrush)
                p.drawRect(transform.mapRect(QRectF(2, 3, 16, 14)))
            elif isinstance(item, Marks) and item.marks:
                mark = item.marks[0]
                scale = _device_scale(self, p)
                pen, brush = item.pen_brush(mark, scale)
                p.setPen(pen)
                p.setBrush(brush)
                p.drawPath(_symbol_path(mark.symbol, mark.size * scale, transform.map(QPointF(10, 10))))

        _in_device(p, draw)


class SpacedAxis(pg.AxisItem):
    """Tick labels spaced by their own measured size, so two never overlap; numbers with separators.

    ``whole`` keeps ticks on whole numbers (years), printed without separators.
    """

    def __init__(self, orientation: str, whole: bool = False) -> None:
        super().__init__(orientation)
        self.whole = whole
        self.enableAutoSIPrefix(False)
        self.setStyle(tickFont=_font(), tickLength=4)  # ticks outside the plot: never over a bar
        self._fixed: list[tuple[float, str]] | None = None

    def fixed_ticks(self, ticks: list[tuple[float, str]] | None) -> None:
        self._fixed = ticks
        self.setTicks([ticks] if ticks is not None else None)

    def _label(self, value: float) -> str:
        if self.whole:
            return str(int(round(value)))
        return format_number(float(np.round(value, 10)))

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        if self._fixed is not None:
            return super().tickValues(minVal, maxVal, size)  # type: ignore[no-any-return]
        lo, hi = min(minVal, maxVal), max(minVal, maxVal)
        span = hi - lo
        if span <= 0 or size <= 0:
            return []
        fm = QFontMetrics(_font())
        if self.orientation in ("left", "right"):
            need = fm.height() * 2.2
        else:
            # The widest label a round tick can have: the larger end to three digits, and a decimal.
            biggest = max(abs(lo), abs(hi))
            sample = self._label(float(f"{biggest:.3g}")) + ("" if self.whole or biggest >= 100 else ".5")
            need = fm.horizontalAdvance(("-" if lo < 0 else "") + sample) + 28
        count = max(1, int(size // need))
        step = _nice(span / count)
        if self.whole:
            step = max(1.0, round(step))
        first = np.ceil(lo / step) * step
        values = [float(v) for v in np.arange(first, hi + step * 1e-9, step)]
        return [(step, values)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self._fixed is not None:
            return super().tickStrings(values, scale, spacing)  # type: ignore[no-any-return]
        return [self._label(v) for v in values]


class _Chart(QObject):
    """What the bar and time charts share: the plot item, value labels, a legend and a highlight."""

    factClicked = Signal(str)

    def __init__(self, view: pg.GraphicsLayoutWidget, row: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.view = view
        self.left = SpacedAxis("left")
        self.bottom = SpacedAxis("bottom")
        # No pyqtgraph menu (right-click gives the plot area's own actions): made and dropped, the view box's menu
        # of widgets cost ~7-19 ms of the first chart's making (at start-up, when a remembered figure is plotted).
        plot = view.addPlot(row=2 * row, col=0, axisItems={"left": self.left, "bottom": self.bottom}, enableMenu=False)
        self.plot: pg.PlotItem = plot
        plot.hideButtons()
        plot.setMouseEnabled(False, False)
        plot.vb.setDefaultPadding(0)
        plot.vb.setZValue(1)  # bars, markers and labels over the axes' gridlines, not struck through by them
        self.legend = pg.LegendItem(labelTextSize="9pt", colCount=3, sampleType=Swatch)
        view.addItem(self.legend, row=2 * row + 1, col=0)
        self.labels: list[pg.TextItem] = []
        self._spare_labels: list[pg.TextItem] = []
        self._legend_key: list[tuple[int, str]] = []
        self._samples: dict[tuple[str, float, str, float], Marks] = {}
        self._legend_names: list[str] = []
        self._legend_room = -1
        self.colors = theme.plot_colors(QPalette())
        self.unit = ""
        self._relaying = self._again = False
        # On every change of the view's transform (a resize, a new range): labels are placed in pixels.
        plot.vb.sigTransformChanged.connect(self._transform_changed)
        plot.vb.sigResized.connect(self._transform_changed)

    def _value_label(self, text: str, anchor: tuple[float, float]) -> pg.TextItem:
        """A label from the spare ones if there is one (making text items costs more than drawing them)."""
        if self._spare_labels:
            item = self._spare_labels.pop()
            item.setText(text, color=self.colors.text)
            item.setAnchor(anchor)
            item.setVisible(True)
        else:
            item = pg.TextItem(text, anchor=anchor, color=self.colors.text)
            item.setFont(_font())
            self.plot.addItem(item)
        item.fill = pg.mkBrush(QColor(self.colors.background))
        self.labels.append(item)
        return item

    def _clear_labels(self) -> None:
        for label in self.labels:
            label.setVisible(False)
        self._spare_labels.extend(reversed(self.labels))
        self.labels = []

    def apply_colors(self, colors: theme.PlotColors) -> None:
        self.colors = colors
        text = QColor(colors.text)
        for axis in (self.left, self.bottom):
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        self.plot.titleLabel.setAttr("color", colors.text)
        if self.plot.titleLabel.text:
            self.plot.titleLabel.setText(self.plot.titleLabel.text)
        for label in self.labels:
            label.setColor(text)
            label.fill = pg.mkBrush(QColor(colors.background))  # a gridline never strikes through a label
            label.update()
        background = QColor(colors.background)
        background.setAlpha(220)
        self.legend.setBrush(pg.mkBrush(background))
        self.legend.setLabelTextColor(text)
        for _, label in self.legend.items:
            label.setText(label.text, color=colors.text)  # (the text is escaped already)

    def _sample(self, symbol: str, size: float, fill: str, width: float) -> Marks:
        """A legend swatch, made once per look."""
        key = (symbol, size, fill, width)
        if key not in self._samples:
            sample = Marks(self)
            sample.set_marks([Mark(0, 0, symbol, size, fill, width=width)])
            self._samples[key] = sample
        return self._samples[key]

    def _legend_entries(self, entries: list[tuple[Any, str]]) -> None:
        if [(id(item), name) for item, name in entries] == self._legend_key:
            return  # the same legend: making its samples and labels again costs more than a redraw
        self._legend_key = [(id(item), name) for item, name in entries]
        self._legend_names = [name for _, name in entries]
        self._legend_room = -1
        if entries and len(entries) == len(self.legend.items):
            # As many entries as shown (the same qualifiers in another order): the swatches and labels
            # are pointed at their new items and names; making them again cost ~4 ms a selection.
            for (sample, _), (item, _) in zip(self.legend.items, entries):
                sample.item = item
                sample.update()
            self._fit_legend()  # sets every label's (elided) name: the room was reset above
            self.legend.updateSize()
            self.legend.setVisible(True)
            return
        self.legend.clear()
        for item, name in entries:
            self.legend.addItem(item, html.escape(name))  # a legend label is rich text: data stays text
        self.legend.setVisible(bool(entries))
        self._fit_legend()

    def _fit_legend(self) -> None:
        """As many columns as fit the width; a name too long for it is elided (its source line is whole)."""
        if not self.legend.items:
            return
        fm = QFontMetrics(_font())
        room = max(int(self.view.width()) - 70, 120)
        self.legend.setMaximumWidth(room + 60)  # a long name never widens the chart past its view
        if room != self._legend_room:
            self._legend_room = room
            for (_, label), name in zip(self.legend.items, self._legend_names):
                label.setText(html.escape(fm.elidedText(name, Qt.TextElideMode.ElideRight, room)),
                              color=self.colors.text)
        widest = max(fm.horizontalAdvance(label.text) for _, label in self.legend.items) + 40
        columns = max(1, min(len(self.legend.items), int(max(self.view.width() - 20, 1) // widest)))
        if columns != self.legend.columnCount:
            self.legend.setColumnCount(columns)

    def _transform_changed(self, *args: Any) -> None:
        if not self.plot.isVisible():
            return  # a chart kept for a view not shown: fitted when shown again, if its width changed (_draw)
        if self._relaying:
            self._again = True  # the layout moved while being fitted: fit once more
            return
        self._relaying = True
        try:
            for _ in range(4):
                self._again = False
                self.relayout()
                if not self._again:
                    break
        finally:
            self._relaying = False
        if self._again:  # still moving (a resize inside a resize): once more when the layouts have settled
            QTimer.singleShot(0, self._transform_changed)

    def relayout(self) -> None:
        self._fit_legend()

    def tooltip_at(self, scene_pos: QPointF) -> tuple[str, QRectF] | None:
        return None

    def handle_click(self, ev: Any) -> None:
        return


def _wrap_two(text: str, fm: QFontMetrics, width: int) -> tuple[str, bool]:
    """``text`` in at most two lines of ``width`` pixels, broken between words; and whether it was cut."""
    words = text.split()
    first = ""
    while words and fm.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first:  # one word wider than the room
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, width), True
    rest = " ".join(words)
    if not rest:
        return first, False
    second = fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return f"{first}\n{second}", second != rest


class BarChart(_Chart):
    """Horizontal bars, one row per fact, with the category on the left and the figure at the bar's end."""

    heightChanged = Signal()  # the rows became taller or shorter (names wrapped or unwrapped)

    def __init__(self, view: pg.GraphicsLayoutWidget, row: int, parent: Any = None) -> None:
        self.row_px = ROW_PX
        super().__init__(view, row, parent)
        self.plot.invertY(True)
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self.items: dict[str, pg.BarGraphItem] = {}
        for qualifier in (*QUALIFIERS, "other"):
            item = Bars(x0=[], y=[], width=[], height=0.62)
            self.items[qualifier] = item
            self.plot.addItem(item)
        self.highlight_item = Bars(x0=[], y=[], width=[], height=0.8, brush=None)
        self.plot.addItem(self.highlight_item)
        self.value_labels = ValueLabels(self)  # the figure at each bar's end, for the rows in view
        self.plot.addItem(self.value_labels)
        self.headers: list[tuple[float, pg.TextItem]] = []
        self.bars: list[Bar] = []
        self._bars_of: tuple[list[Bar], dict[str, list[Bar]]] = (self.bars, {})
        self.rows_count = 0
        self._selected: str | None = None
        self._lit: list[Bar] = []
        self._elided: dict[float, str] = {}
        self._full_labels: list[tuple[float, str]] = []
        self._widths: list[float] = []  # each value label's width as drawn, measured without making it
        self._shown_rows: tuple[int, int] | None = None  # the rows that have a value label and a name now
        self._labels_fit = True
        self._ticks: list[tuple[float, str]] = []  # every row's name as fitted to the width
        self._advances: dict[str, float] = {}  # a name's width, kept across redraws (names recur)
        self._wraps: dict[tuple[str, int], tuple[str, bool]] = {}
        # The part of the chart's scene the scroll area shows (top, bottom), or None for all of it.
        self.visible_span: Any = lambda: None
        self.whole = False  # every label and name drawn (an export), not only the rows in view
        self.label_bars: list[Bar] = []  # the bar of each value label, in order
        self.apply_colors(self.colors)

    def apply_colors(self, colors: theme.PlotColors) -> None:
        super().apply_colors(colors)
        for qualifier, item in self.items.items():
            color = QColor(colors.qualifiers.get(qualifier, colors.qualifiers["exact"]))
            fill = QColor(color)
            fill.setAlpha(235)
            item.setOpts(brush=pg.mkBrush(fill),
                         pen=pg.mkPen(color.darker(135), width=1.4, style=PEN_STYLES.get(qualifier,
                                                                                       Qt.PenStyle.SolidLine)))
        self.highlight_item.setOpts(pen=pg.mkPen(QColor(colors.highlight), width=2.5))
        self.value_labels.update()  # (painted in the colours of the moment)
        for _, header in self.headers:
            header.setColor(QColor(colors.text))
        self.plot.showGrid(x=True, alpha=colors.grid_alpha)

    def set_chart(self, base: FactBase, chart: model.Chart) -> None:
        """Draw ``chart``'s rows; rows with a ``group`` get a header row above their group."""
        self.unit = chart.unit
        self.plot.setTitle(html.escape(chart.title) or None, size="10pt", color=self.colors.text)
        bars: list[Bar] = []
        headers: list[tuple[float, str]] = []
        y = 0.0
        group = None
        tips = _Tips(base, [str(record.id) for record in chart.records])
        for record in chart.records:
            mine = getattr(record, "group", None)
            if mine is not None and mine != group:
                group = mine
                headers.append((y, str(mine)))
                y += 1
            bars.append(Bar(str(record.id), y, float(record.low), float(record.high), float(record.value),
                            str(record.qualifier), str(record.label), str(record.text), tips))
            y += 1
        self.bars = bars
        self.rows_count = int(y)
        for qualifier, item in self.items.items():
            known = qualifier in QUALIFIERS
            mine_bars = [b for b in bars if (b.qualifier == qualifier) if known] if known else \
                [b for b in bars if b.qualifier not in QUALIFIERS]
            item.setOpts(x0=np.array([b.low for b in mine_bars], dtype=float),
                         y=np.array([b.y for b in mine_bars], dtype=float),
                         width=np.array([b.high - b.low for b in mine_bars], dtype=float))
        present = list(dict.fromkeys(b.qualifier if b.qualifier in QUALIFIERS else "other" for b in bars))
        # A legend only where it tells bars apart: all plainly stated figures need none.
        entries = [] if present in ([], ["exact"]) else [
            (self.items[q], QUALIFIERS.get(q, "other qualifier")) for q in present]
        self._legend_entries(entries)
        # Value labels are set for the rows in view only (``place``): ~15 rows of 200 at a million facts are on
        # screen. Their widths, which fit the value axis to the labels, are measured here for every bar, as the
        # labels draw them (without shaping each text for drawing).
        fm = QFontMetricsF(self.value_labels.font)
        self._widths = [fm.horizontalAdvance(bar.text) + 2 * LABEL_MARGIN for bar in bars]
        self._shown_rows = None
        for _, header in self.headers:
            self.plot.removeItem(header)
        self.headers = []
        for hy, text in headers:
            item = pg.TextItem(text, anchor=(0.0, 0.5), color=self.colors.text)
            font = _font()
            font.setBold(True)
            item.setFont(font)
            self.plot.addItem(item)
            self.headers.append((hy, item))
        self._full_labels = [(b.y, b.label) for b in bars]
        self.bottom.setLabel(html.escape(chart.unit))
        self.plot.vb.setMinimumHeight(max(self.rows_count, 1) * self.row_px)  # a full text line per bar
        self.plot.setYRange(-0.6, max(self.rows_count, 1) - 0.4, padding=0)
        # Not apply_colors: bars, axes and legend keep their colours (setting them again redrew the bars'
        # pictures, ~5 ms a redraw); what is made here is made in the colours of now.
        self.relayout()
        self.settle()
        self._lit = []
        self.highlight(self._selected)

    def settle(self) -> None:
        """Apply the new range now, not in the paint: the view box applies a range when painted, and then asks
        for another paint (every redraw painted twice)."""
        self.plot.vb.prepareForPaint()  # announces the new range: the labels are fitted to it (relayout)

    def clear(self) -> None:
        self.set_chart_empty()

    def set_chart_empty(self) -> None:
        self.bars, self.rows_count = [], 0
        self._widths, self._ticks, self._shown_rows = [], [], None
        for item in self.items.values():
            item.setOpts(x0=[], y=[], width=[])
        self.value_labels.set_labels([])
        self.label_bars = []
        for _, header in self.headers:
            self.plot.removeItem(header)
        self.headers = []
        self._full_labels = []
        self._legend_entries([])
        self.highlight(None)

    def minimum_height(self) -> int:
        """Pixels the chart needs: its rows, the value axis, the title and the legend."""
        legend = self.legend.boundingRect().height() + 6 if self.legend.isVisible() else 0
        title = 26 if self.plot.titleLabel.text else 8
        return int(max(self.rows_count, 1) * self.row_px + 12 + 64 + title + legend)

    def relayout(self) -> None:
        """Fit the category names and the value labels to the width the chart has now."""
        super().relayout()
        fm = QFontMetrics(_font())
        width = max(self.view.width(), 200)
        cap = max(90, int(width * 0.42))
        self._elided = {}
        # A name too long for its room wraps onto a second line (every row then gets two lines of
        # height); what still does not fit is elided, and its tooltip gives it whole.
        two_lines = any(self._advance(label, fm) > cap for _, label in self._full_labels)
        row_px = 2 * fm.lineSpacing() + 8 if two_lines else ROW_PX
        if row_px != self.row_px:
            self.row_px = row_px
            self.plot.vb.setMinimumHeight(max(self.rows_count, 1) * row_px)
            for layout in (self.plot.layout, self.view.ci.layout):  # their size hints shrink too
                layout.invalidate()
            self.plot.updateGeometry()
            self.view.ci.updateGeometry()
            self.heightChanged.emit()
        ticks = []
        widest = 20.0 if not self._full_labels else 0.0
        for y, label in self._full_labels:
            shown, cut = self._wrap(label, fm, cap) if two_lines else (label, False)
            if cut:
                self._elided[y] = label
            ticks.append((y, shown))
            widest = max(widest, *(self._advance(line, fm) for line in shown.split("\n")))
        if ticks != self._ticks:
            self._ticks = ticks
            self._shown_rows = None  # the names were fitted anew: set the ticks in view again (below)
        axis_width = min(int(widest), cap) + 14
        if axis_width != self.left.fixedWidth:
            self.left.setWidth(axis_width)
            self.plot.layout.invalidate()  # applied now, not kept at the wider width the layout had
            self.plot.layout.activate()
        if not self.bars:
            self.place()
            self.plot.setXRange(0, 1, padding=0)
            return
        low = min(0.0, min(b.low for b in self.bars))
        high = max(0.0, max(b.high for b in self.bars))
        span = (high - low) or 1.0
        widths = [w + 4 for w in self._widths]  # as drawn, with margins
        right = max((w for w, b in zip(widths, self.bars) if b.value >= 0), default=0) + 6
        left = max((w for w, b in zip(widths, self.bars) if b.value < 0), default=0) + (6 if low < 0 else 0)
        plot_px = self.plot.vb.width() if self.plot.vb.width() > 10 else width - min(widest, cap) - 40
        room = plot_px - right - left
        labels_fit = room > 40
        if labels_fit:
            per = room / span
            self.plot.setXRange(low - left / per, high + right / per, padding=0)
        else:
            self.plot.setXRange(low, high + span * 0.05, padding=0)
        self._labels_fit = labels_fit
        self.place()
        self.value_labels.setVisible(labels_fit)
        x0 = self.plot.vb.viewRange()[0][0]
        for hy, header in self.headers:
            header.setPos(x0, hy)

    def _advance(self, text: str, fm: QFontMetrics) -> float:
        width = self._advances.get(text)
        if width is None:
            width = self._advances[text] = fm.horizontalAdvance(text)
        return width

    def _wrap(self, text: str, fm: QFontMetrics, width: int) -> tuple[str, bool]:
        key = (text, width)
        wrapped = self._wraps.get(key)
        if wrapped is None:
            wrapped = self._wraps[key] = _wrap_two(text, fm, width)
        return wrapped

    def rows_in_view(self) -> tuple[int, int]:
        """The first and last row the scroll area shows (a few more each side), or all rows."""
        last = max(self.rows_count - 1, 0)
        span = None if self.whole else self.visible_span()
        vb = self.plot.vb
        if span is None or vb.height() < 1:
            return 0, last
        top, bottom = span
        # Scene to rows by the view box's place and y range (mapSceneToView costs ~1.5 ms a call here).
        box = vb.sceneBoundingRect()
        y0, y1 = vb.viewRange()[1]
        per_px = (y1 - y0) / max(box.height(), 1.0)
        ends = [y0 + (y - box.top()) * per_px for y in (top, bottom)]  # the y axis runs downwards
        first, end = int(np.floor(min(ends))) - VIEW_SLACK_ROWS, int(np.ceil(max(ends))) + VIEW_SLACK_ROWS
        return max(first, 0), min(max(end, 0), last)

    def place(self) -> None:
        """Value labels and category names for the rows in view; the others have none (made when scrolled to)."""
        rows = self.rows_in_view()
        if rows == self._shown_rows:
            return
        self._shown_rows = rows
        first, last = rows
        shown_ticks = [(y, t) for y, t in self._ticks if first <= y <= last]
        if shown_ticks != self.left._fixed:  # the axis is drawn anew when they change, only then
            self.left.fixed_ticks(shown_ticks)
        self.label_bars = [b for b in self.bars if first <= b.y <= last]
        self.value_labels.set_labels([Label(b.low, b.y, b.text, 1.0) if b.value < 0 else Label(b.high, b.y, b.text)
                                      for b in self.label_bars])

    def heights(self) -> dict[str, float]:
        """Plotted value of each fact (the range's start for a range)."""
        return {b.fact_id: (b.low if b.qualifier == "range" else b.value) for b in self.bars}

    def highlight(self, fact_id: str | None) -> bool:
        self._selected = fact_id
        # A selection highlights in every chart drawn (up to KEEP_VIEWS a tab): the bars by fact, made once per chart.
        if self._bars_of[0] is not self.bars:
            index: dict[str, list[Bar]] = {}
            for bar in self.bars:
                index.setdefault(bar.fact_id, []).append(bar)
            self._bars_of = (self.bars, index)
        mine = self._bars_of[1].get(fact_id, []) if fact_id is not None else []
        if mine == self._lit:
            return bool(mine)  # nothing changes on screen: no repaint of the plot
        self._lit = mine
        self.highlight_item.setOpts(x0=[b.low for b in mine], y=[b.y for b in mine],
                                    width=[b.high - b.low for b in mine])
        return bool(mine)

    def bar_at(self, pos: QPointF) -> Bar | None:
        per_px = self.plot.vb.viewPixelSize()[0]
        slack = 4 * per_px
        for bar in self.bars:
            if abs(pos.y() - bar.y) <= 0.36 and bar.low - slack <= pos.x() <= bar.high + slack:
                return bar
        return None

    def scene_pos_of(self, fact_id: str) -> QPointF:
        bar = next(b for b in self.bars if b.fact_id == fact_id)
        return self.plot.vb.mapViewToScene(QPointF((bar.low + bar.high) / 2, bar.y))

    def handle_click(self, ev: Any) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        if not self.plot.vb.sceneBoundingRect().contains(ev.scenePos()):
            return
        bar = self.bar_at(self.plot.vb.mapSceneToView(ev.scenePos()))
        if bar is not None:
            ev.accept()
            self.factClicked.emit(bar.fact_id)

    def tooltip_at(self, scene_pos: QPointF) -> tuple[str, QRectF] | None:
        vb = self.plot.vb
        if vb.sceneBoundingRect().contains(scene_pos):
            bar = self.bar_at(vb.mapSceneToView(scene_pos))
            if bar is None:
                return None
            rect = vb.mapViewToScene(QRectF(bar.low, bar.y - 0.36, bar.high - bar.low, 0.72)).boundingRect()
            return bar.tooltip, rect
        axis = self.left.sceneBoundingRect()
        if axis.contains(scene_pos):  # an elided category name: the whole name
            y = vb.mapSceneToView(scene_pos).y()
            for row, full in self._elided.items():
                if abs(y - row) <= 0.5:
                    top = vb.mapViewToScene(QPointF(0, row - 0.5)).y()
                    bottom = vb.mapViewToScene(QPointF(0, row + 0.5)).y()
                    return plain_tooltip(full), QRectF(axis.left(), top, axis.width(), bottom - top)
        return None


class LineChart(_Chart):
    """A metric over time: a marker per source (so a disagreement shows), a colour per qualifier."""

    def __init__(self, view: pg.GraphicsLayoutWidget, row: int, parent: Any = None) -> None:
        super().__init__(view, row, parent)
        self.bottom.whole = True
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setLabel("bottom", "period")
        self.series: dict[str, Marks] = {}
        self.samples: list[Marks] = []  # legend swatches
        self.highlight_item = Marks(self)
        self.plot.addItem(self.highlight_item)
        self.rows: list[tuple[str, float, float, str, str, str]] = []  # id, x, y, qualifier, text, series
        self._points_of: tuple[list[Any], dict[str, list[tuple[float, float]]]] = (self.rows, {})
        self._tips = _Tips()
        self._lit: list[tuple[float, float]] = []
        self._names: dict[str, str] = {}
        self.apply_colors(self.colors)

    def apply_colors(self, colors: theme.PlotColors) -> None:
        super().apply_colors(colors)
        self.plot.showGrid(x=True, y=True, alpha=colors.grid_alpha)
        for marks in (*self.series.values(), *self.samples, self.highlight_item):
            marks.update()
        for label in self.labels:
            label.fill = pg.mkBrush(QColor(colors.background))

    def set_chart(self, base: FactBase, chart: model.Chart) -> None:
        self.unit = chart.unit
        self._names = chart.series_names
        rows = [(str(r.id), float(r.x), float(r.value), str(r.qualifier), str(r.text), str(r.series))
                for r in chart.records]
        # Sources giving the same period sit side by side, so two close figures never hide each other.
        sources_at: dict[float, list[str]] = {}
        for _, x, _, _, _, sid in rows:
            sources_at.setdefault(x, [])
            if sid not in sources_at[x]:
                sources_at[x].append(sid)
        span = max((r[1] for r in rows), default=0) - min((r[1] for r in rows), default=0)
        step = max(span, 1.0) * 0.05
        self.rows = [(fid, x + (sources_at[x].index(sid) - (len(sources_at[x]) - 1) / 2) * step, y, q, t, sid)
                     for fid, x, y, q, t, sid in rows]
        self._tips = _Tips(base, [fid for fid, *_ in self.rows])
        self.plot.setLabel("left", html.escape(chart.unit))
        self.plot.setTitle(html.escape(chart.title) or None)
        self._draw()
        self._lit = []
        self.highlight(None)

    def _draw(self) -> None:
        for marks in self.series.values():
            self.plot.removeItem(marks)
        self.series = {}
        colors = self.colors
        entries: list[tuple[Any, str]] = []
        for number, sid in enumerate(dict.fromkeys(r[5] for r in self.rows)):
            mine = [r for r in self.rows if r[5] == sid]
            symbol = SYMBOLS[number % len(SYMBOLS)]
            line, seen = [], set()
            for _, x, y, *_rest in mine:
                if x not in seen:  # the line goes through the first figure of each period
                    seen.add(x)
                    line.append((x, y))
            marks = Marks(self)
            marks.set_marks([Mark(x, y, symbol, 12, q) for _, x, y, q, _, _ in mine], line)
            self.plot.addItem(marks)
            self.series[sid] = marks
            if 1 < len(self._names) <= len(SYMBOLS):  # one source: the subtitle says so; more: markers repeat
                entries.append((self._sample(symbol, 11, "background", 1.3), self._names.get(sid, sid)))
        qualifiers = list(dict.fromkeys(r[3] for r in self.rows))
        if qualifiers != ["exact"]:
            for q in qualifiers:
                entries.append((self._sample("s", 10, q, 1.0), QUALIFIERS.get(q, q)))
        self.samples = [e[0] for e in entries]
        if len(entries) == 1:
            entries = []  # a one-entry legend says nothing: the subtitle counts the sources
        self._legend_entries(entries)
        self._clear_labels()
        # Past a few dozen points the figures would only hide each other: the tooltip gives each.
        for _, x, y, _, label_text, _ in self.rows if len(self.rows) <= self.MAX_LABELS else ():
            self._value_label(label_text, self.ANCHORS[0]).setPos(x, y)
        for label in self.labels:
            label.fill = pg.mkBrush(QColor(colors.background))
        self._ranges()

    def _ranges(self) -> None:
        if not self.rows:
            return
        xs = [r[1] for r in self.rows]
        ys = [r[2] for r in self.rows]
        lo, hi = min(xs), max(xs)
        pad = max(0.6, (hi - lo) * 0.1)
        self.plot.setXRange(lo - pad, hi + pad, padding=0)
        top, bottom = max(max(ys), 0.0), min(min(ys), 0.0)
        span = (top - bottom) or 1.0
        self.plot.setYRange(bottom - (0.08 * span if bottom < 0 else 0), top + 0.22 * span, padding=0)
        self._declutter()

    def relayout(self) -> None:
        super().relayout()
        self._declutter()

    MAX_LABELS = 40
    ANCHORS = ((0.5, 1.7), (1.0, 1.7), (0.0, 1.7), (0.5, -0.7), (1.0, -0.7), (0.0, -0.7))  # clear of the marker

    def _declutter(self) -> None:
        """Put each value label where it fits beside its point; hide one that fits nowhere (the tooltip has it)."""
        shown: list[QRectF] = []
        vb = self.plot.vb
        area = vb.sceneBoundingRect()
        pairs = list(zip(self.labels, self.rows))
        pairs.sort(key=lambda pair: (pair[1][1], pair[1][2]) not in self._lit)  # the selected first
        for label, (_, x, y, _, _, _) in pairs:
            at = vb.mapViewToScene(QPointF(x, y))
            size = label.textItem.boundingRect()  # as drawn, with the text's margins
            w, h = size.width() + 2, size.height() + 2
            for ax, ay in self.ANCHORS:
                rect = QRectF(at.x() - ax * w, at.y() - ay * h, w, h)
                if area.contains(rect) and not any(rect.intersects(r) for r in shown):
                    label.setAnchor((ax, ay))
                    label.setVisible(True)
                    shown.append(rect)
                    break
            else:
                label.setVisible(False)

    def clear(self) -> None:
        self.rows, self._tips = [], _Tips()
        for marks in self.series.values():
            self.plot.removeItem(marks)
        self.series = {}
        self._clear_labels()
        self._legend_entries([])
        self.highlight(None)

    def minimum_height(self) -> int:
        legend = self.legend.boundingRect().height() + 6 if self.legend.isVisible() else 0
        return int(220 + legend)

    def heights(self) -> dict[str, float]:
        return {fid: y for fid, _, y, *_ in self.rows}

    def highlight(self, fact_id: str | None) -> bool:
        if self._points_of[0] is not self.rows:
            index: dict[str, list[tuple[float, float]]] = {}
            for fid, x, y, *_ in self.rows:
                index.setdefault(fid, []).append((x, y))
            self._points_of = (self.rows, index)
        mine = self._points_of[1].get(fact_id, []) if fact_id is not None else []
        if mine == self._lit:
            return bool(mine)
        self._light(mine)
        self._declutter()  # the selected figure's label is placed first
        return bool(mine)

    def _light(self, points: list[tuple[float, float]]) -> None:
        self._lit = points
        self.highlight_item.set_marks([Mark(x, y, "o", 24, "none", "highlight", 2.5) for x, y in points])

    def scene_pos_of(self, fact_id: str) -> QPointF:
        x, y = next((x, y) for fid, x, y, *_ in self.rows if fid == fact_id)
        return self.plot.vb.mapViewToScene(QPointF(x, y))

    def point_at(self, scene_pos: QPointF) -> tuple[str, QPointF] | None:
        best = None
        for fid, x, y, *_ in self.rows:
            at = self.plot.vb.mapViewToScene(QPointF(x, y))
            distance = (at - scene_pos).manhattanLength()
            if distance <= 10 and (best is None or distance < best[0]):
                best = (distance, fid, at)
        return (best[1], best[2]) if best else None

    def handle_click(self, ev: Any) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.point_at(ev.scenePos())
        if hit is not None:
            ev.accept()
            self.factClicked.emit(hit[0])

    def tooltip_at(self, scene_pos: QPointF) -> tuple[str, QRectF] | None:
        hit = self.point_at(scene_pos)
        if hit is None:
            return None
        fid, at = hit
        return self._tips.get(fid, ""), QRectF(at.x() - 8, at.y() - 8, 16, 16)


class ChartPage(QWidget):
    """A tab: the title and units from the data above a scrolling plot, or what is missing to draw it."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"page_{key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 2)
        layout.setSpacing(2)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName(f"plotTitle_{key}")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.title, 1)
        self.period = QComboBox()
        self.period.setObjectName(f"plotPeriod_{key}")
        self.period.setToolTip("Which period's figures to compare")
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period.setVisible(False)
        top.addWidget(self.period, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)
        self.subtitle.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.subtitle)
        self.message = QLabel()
        self.message.setObjectName(f"plotMessage_{key}")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.message, 1)
        self.scroller = QScrollArea()
        self.scroller.setObjectName(f"plotScroll_{key}")
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(self.scroller, 1)
        # The plot view (pyqtgraph's scene, layout and viewport) is made when first drawn into or asked for: at
        # start-up only the tab on screen draws, and only when its fact has something to plot.
        self._view: pg.GraphicsLayoutWidget | None = None
        self.view_made: Callable[[pg.GraphicsLayoutWidget], None] | None = None
        self.sources = ""
        self.message.hide()

    @property
    def view(self) -> pg.GraphicsLayoutWidget:
        """The tab's plot view, made on first use."""
        if self._view is None:
            view = pg.GraphicsLayoutWidget()
            view.setObjectName(f"plot_{self.key}")
            view.ci.setContentsMargins(2, 2, 10, 2)
            self._view = view
            self.scroller.setWidget(view)
            if self.view_made is not None:
                self.view_made(view)
        return self._view

    @property
    def has_view(self) -> bool:
        """Whether the plot view has been made (a tab never drawn has none yet)."""
        return self._view is not None

    def visible_span(self) -> tuple[float, float] | None:
        """The part of the plot's scene the scroll area shows now, top to bottom (None before it has a size)."""
        height = self.scroller.viewport().height()
        if height < 1 or self._view is None or self._view.height() < 1:
            return None
        top = self.scroller.verticalScrollBar().value()
        return self.view.mapToScene(0, top).y(), self.view.mapToScene(0, top + height).y()

    def show_view(self, view: model.PlotView) -> None:
        empty = not view.charts
        self.title.setText(view.title if not empty else "")
        self.subtitle.setText(view.subtitle if not empty else "")
        self.title.setVisible(not empty)
        self.subtitle.setVisible(not empty)
        self.message.setText(view.empty)
        self.message.setVisible(empty)
        self.scroller.setVisible(not empty)

    def export_parts(self) -> tuple[str, str, str]:
        """Title, units and the source line an exported image carries."""
        if self.message.isVisible():
            return self.message.text(), "", self.sources
        return self.title.text(), self.subtitle.text(), self.sources


class PlotArea(QTabWidget):
    """The plot tabs; ``factClicked`` tells the window which fact a click picked.

    A tab is drawn when it is on screen (or asked whether it shows a fact); the others are
    drawn a moment later, one per event-loop turn, for the selection of that moment.
    """

    factClicked = Signal(str)

    FILL_LATER_MS = 300

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("plotArea")
        self.setDocumentMode(True)
        self.setMinimumSize(300, 220)
        # A tab per entry of the model's SERIES: adding a plot there adds its tab here.
        self.TABS = tuple((spec.key, spec.tab) for spec in model.SERIES)
        self.pages: dict[str, ChartPage] = {}
        self.views = _Views(self.pages)  # each tab's plot view, made when first asked for
        self._charts: dict[str, list[BarChart | LineChart]] = {}  # each tab's charts on show
        self._pool: dict[str, list[BarChart | LineChart]] = {}  # and all it has made
        # The charts each tab drew for its last few views, most recent last: a selection of a metric seen a moment
        # ago shows its drawn charts again instead of drawing them anew (~7 ms a chart of 200 bars at 1M facts).
        self._kept: dict[str, list[tuple[model.PlotView, list[BarChart | LineChart], int]]] = {}
        self._filled: dict[str, FactBase | None] = {}
        self._shown: dict[str, model.PlotView] = {}
        for key, title in self.TABS:
            page = ChartPage(key)
            self.pages[key] = page
            page.view_made = lambda view, k=key: self._view_made(k, view)
            self._charts[key] = []
            self.addTab(page, title)
            # Rows scrolled into view get their value labels and names (only those in view have them).
            page.scroller.verticalScrollBar().valueChanged.connect(lambda _, k=key: self._place(k))
            page.scroller.viewport().installEventFilter(self)
        for spec in model.SERIES:
            if spec.follows == "fact" and spec.per == "period":
                self.pages[spec.key].period.activated.connect(lambda i, k=spec.key: self._period_chosen(k, i))
        self._base: FactBase | None = None
        self._scope = model.Scope()
        self._period: dict[tuple[str, str], str] = {}  # the period picked for a metric, kept while it is shown
        self._periods_listed: dict[str, tuple[Any, ...]] = {}  # each tab's period list as last filled
        self._tip_key: tuple[str, str] | None = None
        self._failed: dict[str, tuple[FactBase, model.Scope, model.PlotView]] = {}
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._fill_next)
        self._palette = self.palette()
        self.apply_palette(self._palette)
        self.currentChanged.connect(self._tab_changed)
        self._laid_out: tuple[Any, ...] | None = None  # what the last layout request was handled for

    def event(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # QTabWidget answers every layout request by placing its tab bar and pages and repainting itself whole:
        # the tab bar, the page's title, period list and scroll bar, around the chart that changed. A selection's
        # new title or subtitle asks for one through the page's layout (issue 15). When nothing the placing
        # depends on has changed, there is nothing to place or to repaint: what changed repaints itself.
        if event.type() == QEvent.Type.LayoutRequest:
            laid_out = (self.size(), self.tabBar().sizeHint(), self.minimumSizeHint(), self.sizeHint(),
                        self.currentIndex(), self.count())
            if laid_out == self._laid_out:
                return True
            self._laid_out = laid_out
        return super().event(event)

    def _view_made(self, key: str, view: pg.GraphicsLayoutWidget) -> None:
        view.setBackground(QColor(theme.plot_colors(self._palette).background))
        view.scene().sigMouseClicked.connect(lambda ev: self._scene_clicked(key, ev))
        # Every move, not pyqtgraph's rate-limited sigMouseMoved: the place the pointer comes to rest
        # on must get its tip even when the move onto it came a few milliseconds after the last.
        view.viewport().installEventFilter(self)

    def _tab_changed(self, index: int) -> None:
        if index >= 0:
            key = self.TABS[index][0]
            self._ensure(key)
            self._place(key)  # a tab drawn off screen had the size of a page not yet shown

    def _place(self, key: str) -> None:
        for chart in self._charts.get(key, []):
            if isinstance(chart, BarChart):
                chart.place()

    # ---- what is shown ------------------------------------------------------------------------
    def set_fact_base(self, base: FactBase | None) -> None:
        self._base = base
        self._shown.clear()
        self._filled.clear()
        self._kept.clear()  # drawn for the old fact base
        if base is None:
            self._later.stop()
            return
        self._ensure(self.current_key())
        self._later.start(self.FILL_LATER_MS)

    def set_node(self, rows: np.ndarray | None, node: tuple[str, ...], label: str) -> None:
        """The tree node whose facts the node views (before/after, shares) show."""
        if node == self._scope.node and label == self._scope.node_label:
            return
        self._scope = model.Scope(self._scope.fact_id, rows, node, label, self._scope.period)
        self._refresh()

    def select_fact(self, fact_id: str | None, reveal: bool = True) -> None:
        """Views follow the fact; with ``reveal``, a tab that cannot show it gives way to one that does."""
        self._scope = model.Scope(fact_id, self._scope.rows, self._scope.node, self._scope.node_label,
                                  self._period_for(fact_id))
        if reveal and fact_id is not None and self._base is not None:
            current = self.current_key()
            view = self._view(current)
            # Across cities and over time show the selected figure's own metric: they stay. A view
            # that cannot show the fact gives way to the first that does (which is then drawn).
            if not (model.spec_of(current).follows == "fact" and view.charts) and fact_id not in view.fact_ids:
                for key, _ in self.TABS:
                    if key != current and fact_id in self._view(key).fact_ids:
                        self.setCurrentIndex([k for k, _ in self.TABS].index(key))
                        break
        self._refresh()

    def _metric_of(self, fact_id: str | None) -> tuple[str, str] | None:
        fact = model.selected_fields(self._base, fact_id) if self._base is not None else None
        return None if fact is None else (str(fact["metric"]), str(fact["base_unit"]))

    def _period_for(self, fact_id: str | None) -> str | None:
        metric = self._metric_of(fact_id)
        return None if metric is None else self._period.get(metric)

    def _period_chosen(self, key: str, index: int) -> None:
        page = self.pages[key]
        period = page.period.itemData(index)
        fact_id = self._scope.fact_id
        metric = self._metric_of(fact_id)
        if metric is None:
            return
        self._period[metric] = str(period)
        self.select_fact(fact_id, reveal=False)

    def _refresh(self) -> None:
        """Redraw the tab on screen if what it shows changed; the others when next shown."""
        if self._base is None:
            return
        self._ensure(self.current_key())  # the others are brought up to date when shown (_ensure)
        for key, charts in self._charts.items():
            if key != self.current_key() and self._filled.get(key) is self._base:
                for chart in charts:
                    chart.highlight(self._scope.fact_id)
        # The other tabs are drawn when shown: drawing them after every selection would keep a
        # large fact base's UI thread busy with views nobody looks at.

    def _view(self, key: str) -> model.PlotView:
        """The view's content; a failing query empties the tab, and goes to the excepthook once."""
        assert self._base is not None
        failed = self._failed.get(key)
        if failed is not None and failed[0] is self._base and failed[1] == self._scope:
            return failed[2]
        try:
            return model.series(self._base, key, self._scope)
        except Exception as exc:
            view = model.PlotView(key, empty=f"Nothing to plot: this view failed ({type(exc).__name__}: {exc}).")
            self._failed[key] = (self._base, self._scope, view)
            QTimer.singleShot(0, lambda error=exc: _reraise(error))
            return view

    def _ensure(self, key: str) -> list[BarChart | LineChart]:
        """Draw the tab for the fact base and selection of now, unless it shows them already."""
        if self._base is None:
            return self._charts[key]
        view = self._view(key)
        if self._shown.get(key) is not view or self._filled.get(key) is not self._base:
            self._shown[key] = view
            self._filled[key] = self._base  # marked first: a failing query is not retried on every turn
            try:
                self._draw(key, view)
            except Exception:
                for chart in self._charts[key]:
                    chart.clear()
                raise
        for chart in self._charts[key]:
            chart.highlight(self._scope.fact_id)
        return self._charts[key]

    KEEP_VIEWS = 16  # the views a tab keeps drawn (charts of up to 200 bars each)

    def _draw(self, key: str, view: model.PlotView) -> None:
        assert self._base is not None
        page = self.pages[key]
        page.show_view(view)
        charts = self._charts[key]
        kept = self._kept.setdefault(key, [])
        found = next((i for i, (v, _, _) in enumerate(kept) if v is view), None)
        if found is not None:
            _, chosen, width = kept.pop(found)
            kept.append((view, chosen, width))
        else:
            chosen = self._free_charts(key, len(view.charts))
            width = page.view.width()
            if chosen:
                kept.append((view, chosen, width))
        if chosen != charts:
            # Every chart of the tab stays in the scene, those of other views hidden and out of the grid, each
            # keeping its geometry: taken out of the scene and put back, a chart cost as much as drawing it anew,
            # and hidden in the grid, the grid squeezed it (every item of it was fitted to that, and back).
            for chart in charts:
                if chart not in chosen:
                    self._put_aside(page, chart)
            order = {id(chart): i for i, chart in enumerate(self._pool[key])}
            for chart in chosen:
                if chart not in charts:
                    row = order[id(chart)]
                    page.view.ci.layout.addItem(chart.plot, 2 * row, 0)
                    page.view.ci.layout.addItem(chart.legend, 2 * row + 1, 0)
                    chart.plot.show()
                    chart.legend.setVisible(bool(chart.legend.items))
            charts[:] = chosen
        if found is None:
            with _uncached(page.view):
                for chart, data in zip(charts, view.charts):
                    chart.set_chart(self._base, data)
        else:
            colors = theme.plot_colors(self._palette)
            for chart in charts:
                if chart.colors != colors:  # drawn before the theme changed
                    chart.apply_colors(colors)
            if width != page.view.width():  # drawn for another width: names and labels fitted again
                for chart in charts:
                    chart.relayout()
        self._fit_height(key)
        # The layouts placed now, not in a later turn of the event loop: that moved title and legend after
        # the first paint, and the chart was painted twice.
        for chart in charts:
            chart.legend.layout.activate()
            chart.plot.layout.activate()
        page.view.ci.layout.activate()
        for chart in charts:
            if isinstance(chart, BarChart):
                chart.settle()  # the range and labels for the geometry the layouts gave
                chart.place()  # (a kept chart: the labels of the rows in view now)
        if model.spec_of(key).follows == "fact" and model.spec_of(key).per == "period":
            self._fill_periods(key, view)
        titles = [s.title for sid in view.source_ids if (s := self._base.sources.get(sid)) is not None]
        page.sources = "Source: " + "; ".join(
            f"{s.title} ({s.date})" for sid in view.source_ids if (s := self._base.sources.get(sid)) is not None
        ) if titles else ""
        self._cache_items(key)

    def _free_charts(self, key: str, needed: int, hidden: bool = False) -> list[BarChart | LineChart]:
        """``needed`` charts of the tab that no kept view holds (the least recently shown views let go of theirs);
        with ``hidden``, none of those on show."""
        page = self.pages[key]
        pool = self._pool.setdefault(key, [])
        kept = self._kept.setdefault(key, [])
        while len(kept) >= self.KEEP_VIEWS:
            kept.pop(0)  # the least recently shown view lets go of its charts
        held = {id(chart) for _, charts, _ in kept for chart in charts}
        if hidden:
            held |= {id(chart) for chart in self._charts[key]}
        free = [chart for chart in pool if id(chart) not in held]
        kind = LineChart if model.spec_of(key).chart == "lines" else BarChart
        while len(free) < needed:
            # Charts are made once and kept: a PlotItem's menus and widgets outlive its removal.
            chart: BarChart | LineChart = kind(page.view, len(pool), self)  # in rows of its own, hidden until used
            self._put_aside(page, chart)
            chart.factClicked.connect(self.factClicked)
            if isinstance(chart, BarChart):
                chart.heightChanged.connect(lambda k=key: self._fit_height(k))
                chart.visible_span = page.visible_span
            chart.apply_colors(theme.plot_colors(self._palette))
            pool.append(chart)
            free.append(chart)
        shown = {id(chart) for chart in self._charts[key]}
        # The tab's charts on show first (drawn anew in place), then the others; in the layout's order.
        free.sort(key=lambda chart: id(chart) not in shown)
        for chart in free[needed:]:
            chart.clear()  # nothing of a previous picture stays on a chart no view holds
        order = {id(chart): i for i, chart in enumerate(pool)}
        return sorted(free[:needed], key=lambda chart: order[id(chart)])

    @staticmethod
    def _put_aside(page: ChartPage, chart: BarChart | LineChart) -> None:
        """Hide a chart and take it out of the tab's grid (it stays in the scene, with its geometry)."""
        for item in (chart.plot, chart.legend):
            item.hide()
            page.view.ci.layout.removeItem(item)

    def _fit_height(self, key: str) -> None:
        page, charts = self.pages[key], self._charts[key]
        needed = sum(c.minimum_height() for c in charts) + 8
        page.view.setMinimumHeight(needed)
        # Bars keep their row height: a chart of few bars sits at the top instead of growing fat.
        fixed = all(isinstance(c, BarChart) for c in charts)
        page.view.setMaximumHeight(needed if fixed else 16777215)
        if fixed and page.view.height() != needed:
            page.view.resize(page.view.width(), needed)  # now, not at the scroll area's next layout
        # The layout takes the view's size again: it kept a larger one while its rows' minimums were stale.
        page.view.setRange(QRectF(0, 0, page.view.width(), page.view.height()), padding=0, disableAutoPixel=False)

    def _fill_periods(self, key: str, view: model.PlotView) -> None:
        combo = self.pages[key].period
        combo.blockSignals(True)
        # Most metrics have the same periods: listed again, the list (sized to its contents) asked the whole
        # window for a new layout. Only the period shown moves then.
        if self._periods_listed.get(key) != tuple(view.periods):
            self._periods_listed[key] = tuple(view.periods)
            combo.clear()
            for period in view.periods:
                combo.addItem(model.period_text(period) if period != model.LATEST_EACH else "Latest of each city",
                              period)
        if view.periods:
            combo.setCurrentIndex(list(view.periods).index(view.period))
        combo.setVisible(bool(view.charts) and len(view.periods) > 2)
        combo.blockSignals(False)

    # Not the bars, markers and value labels: they paint in device pixels, which a cache pixmap's origin would
    # shift; not the time charts' value labels: a text item places itself when painted, which a cached one never is.
    _CACHED = (pg.AxisItem, pg.LegendItem)

    # An item up to this many times the height the scroll area shows is kept as a pixmap.
    CACHED_HEIGHTS = 2

    def _cache_items(self, key: str) -> None:
        """Keep what a selection does not change as pixmaps (a selection then repaints only the
        highlight); ``plot_export`` turns the caches off while it draws, so exports stay vectors.

        Not an item much taller than what the scroll area shows: its pixmap is made whole, for the chart's full
        height (the value axis with its grid spans every row: 700 x 4,600 pixels for 200 bars at a million
        facts), each time the chart is drawn for another metric, to show a few hundred pixels of it (~3.5 ms
        of every such selection; drawn directly, only the rows in view are painted)."""
        room = self.CACHED_HEIGHTS * max(self.pages[key].scroller.viewport().height(), 1)
        # The charts on show (those kept for other views are hidden, with the modes they had).
        parts = [part for chart in self._charts[key] for part in (chart.plot, chart.legend)]
        for item in (item for part in parts for item in (part, *part.childItems())):
            if isinstance(item, self._CACHED):
                tall = item.sceneBoundingRect().height() > room
                item.setCacheMode(QGraphicsItem.CacheMode.NoCache if tall
                                  else QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def settled(self) -> bool:
        """Every tab is drawn for the fact base shown and no chart is left to draw ahead."""
        return self._base is not None and not self._later.isActive() \
            and all(self._filled.get(key) is self._base for key, _ in self.TABS)

    def _fill_next(self) -> None:
        """Draw one more tab not on screen, then come back for the next (the UI stays responsive).

        Only tabs not yet drawn for this fact base: one drawn already is brought up to date for
        the selection when shown (``_ensure``), else a selection kept this redrawing every tab.
        """
        if self._base is None:
            return
        if self._prepare_next():
            self._later.start(0)
            return
        for key, _ in self.TABS:
            if self._filled.get(key) is not self._base:
                self._later.start(0)  # before drawing: one tab failing does not stop the others
                self._ensure(key)
                return

    def _prepare_next(self) -> bool:
        """Draw, hidden, the chart of one more metric the loading thread made a view of, for the tab on screen if
        its charts follow the selected fact's metric; False when there is none left to draw (or room to keep it).

        A person's first selection of each metric then shows a chart drawn already: drawn then, a chart of 200 bars
        at a million facts was made (~10 ms), drawn (~7 ms) and given its labels (~4 ms a label, the first ones)."""
        key = self.current_key()
        spec = next((s for s in model.SERIES if s.key == key), None)
        kept = self._kept.get(key)
        if self._base is None or spec is None or spec.follows != "fact" or spec.chart == "lines" or kept is None \
                or len(kept) >= self.KEEP_VIEWS - 1 or self._filled.get(key) is not self._base:
            return False
        made = self._base.caches.series
        if made is None or made[0] is not self._base.facts:
            return False
        ready = {id(view) for view, _, _ in kept}
        view = next((v for ck, v in list(made[1].items()) if ck[0] == key and v.charts and id(v) not in ready), None)
        if view is None:
            return False
        charts = self._free_charts(key, len(view.charts), hidden=True)
        shown = self._charts[key]
        for row, (chart, data) in enumerate(zip(charts, view.charts)):
            if row < len(shown) and shown[row] is not chart:
                # Drawn in the room the tab's grid gives its row now: shown, a chart of as many bars is not fitted
                # again (its names, labels and range fitted anew on its first show, ~30 ms at a million facts).
                chart.plot.setGeometry(shown[row].plot.geometry())
            chart.set_chart(self._base, data)
            chart.legend.hide()  # (out of the grid: shown with its chart)
            if isinstance(chart, BarChart):
                chart.place()  # the labels of the rows the scroll area shows, made now rather than when shown
            for axis in (chart.left, chart.bottom):
                _draw_ahead(axis)
        kept.insert(0, (view, charts, self.pages[key].view.width()))  # the first to go when room is needed
        return True

    # ---- the mouse --------------------------------------------------------------------------
    def _scene_clicked(self, key: str, ev: Any) -> None:
        for chart in self._charts.get(key, []):
            chart.handle_click(ev)

    def _scene_moved(self, key: str, pos: QPointF) -> None:
        view = self.views[key]
        for chart in self._charts.get(key, []):
            hit = chart.tooltip_at(pos)
            if hit:
                tip, rect = hit
                area = view.mapFromScene(rect).boundingRect().adjusted(-2, -2, 2, 2)
                if self._tip_key != (key, tip) or not QToolTip.isVisible():
                    self._tip_key = (key, tip)
                    # With the item's rectangle and a long time, Qt keeps the tip while the pointer rests on it.
                    QToolTip.showText(QCursor.pos(), tip, view, area, TOOLTIP_MS)
                return
        if self._tip_key is not None:
            self._tip_key = None
            QToolTip.hideText()

    # ---- tabs, colours, export -----------------------------------------------------------------
    @property
    def charts(self) -> dict[str, list[BarChart | LineChart]]:
        """Every tab's charts, drawn for the selection of now."""
        for key, _ in self.TABS:
            self._ensure(key)
        return self._charts

    def all_charts(self) -> list[tuple[str, BarChart | LineChart]]:
        return [(k, c) for k, charts in self.charts.items() for c in charts]

    def current_key(self) -> str:
        return self.TABS[max(self.currentIndex(), 0)][0]

    def show_tab(self, key: str) -> bool:
        keys = [k for k, _ in self.TABS]
        if key not in keys:
            return False
        self.setCurrentIndex(keys.index(key))
        return True

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        """A tab's page, or its plot view."""
        for page in self.pages.values():
            if page.has_view and widget is page.view:
                widget = page
        super().setCurrentWidget(widget)

    def chart_for(self, fact_id: str) -> tuple[str, BarChart | LineChart] | None:
        for key, chart in self.all_charts():
            if fact_id in chart.heights():
                return key, chart
        return None

    def apply_palette(self, palette: QPalette) -> None:
        self._palette = palette
        colors = theme.plot_colors(palette)
        for page in self.pages.values():
            if page.has_view:  # (a view made later takes the palette of then)
                page.view.setBackground(QColor(colors.background))
        for charts in self._charts.values():
            for chart in charts:
                chart.apply_colors(colors)

    @contextmanager
    def exporting(self) -> Iterator[None]:
        """Light colours and every label for the time being: an exported chart is light whatever the window
        shows, and whole (on screen only the rows in view have their value labels and names)."""
        shown = self._palette
        self.apply_palette(theme.light_palette())
        bars = [chart for charts in self._charts.values() for chart in charts if isinstance(chart, BarChart)]
        for chart in bars:
            chart.whole = True
            chart.place()
        try:
            yield
        finally:
            for chart in bars:
                chart.whole = False
                chart.place()
            self.apply_palette(shown)

    def current_view(self) -> ChartPage:
        page = self.currentWidget()
        assert isinstance(page, ChartPage)
        return page

    def eventFilter(self, watched: QObject, event: Any) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Resize:
            for key, page in self.pages.items():
                if page.has_view and watched is page.view.viewport():  # fit labels to the new width once laid out
                    for chart in self._charts.get(key, []):
                        QTimer.singleShot(0, chart._transform_changed)
                elif watched is page.scroller.viewport():  # more or fewer rows in view
                    QTimer.singleShot(0, lambda k=key: self._place(k))
        elif kind == QEvent.Type.MouseMove:
            for key, page in self.pages.items():
                if page.has_view and watched is page.view.viewport():
                    self._scene_moved(key, page.view.mapToScene(event.position().toPoint()))
        elif kind == QEvent.Type.Leave and self._tip_key is not None:
            self._tip_key = None
            QToolTip.hideText()
        return False


class _Views(Mapping[str, pg.GraphicsLayoutWidget]):
    """Each tab's plot view by key; asking for one makes it if its tab has not been drawn yet."""

    def __init__(self, pages: dict[str, ChartPage]) -> None:
        self._pages = pages

    def __getitem__(self, key: str) -> pg.GraphicsLayoutWidget:
        return self._pages[key].view

    def __iter__(self) -> Iterator[str]:
        return iter(self._pages)

    def __len__(self) -> int:
        return len(self._pages)


def _reraise(exc: BaseException) -> None:
    raise exc


@contextmanager
def _uncached(view: pg.GraphicsLayoutWidget) -> Iterator[None]:
    """Items drawn afresh while they change (a cached pixmap of the old picture is never shown)."""
    for item in view.scene().items():
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    yield


def visible_text_rects(view: pg.GraphicsLayoutWidget) -> list[tuple[str, QRect]]:
    """Every text a plot draws, with its rectangle in view pixels: tick labels, value labels, headers."""
    from PySide6.QtGui import QImage, QPainter

    found: list[tuple[str, QRect]] = []
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        for item in view.scene().items():
            if not item.isVisible():
                continue
            if isinstance(item, pg.AxisItem) and item.isVisible() and item.style["showValues"]:
                painter.setFont(item.style["tickFont"] or QFont())
                _, _, texts = item.generateDrawSpecs(painter)
                for rect, _, text in texts:
                    found.append((text, view.mapFromScene(item.mapRectToScene(rect)).boundingRect()))
            elif isinstance(item, ValueLabels):
                found += [(text, view.mapFromScene(rect).boundingRect()) for text, rect in item.scene_rects()]
            elif isinstance(item, pg.TextItem):
                item.updateTransform(force=True)  # as its next paint places it
                rect = item.mapRectToScene(item.textItem.mapRectToParent(item.textItem.boundingRect()))
                found.append((item.textItem.toPlainText(), view.mapFromScene(rect).boundingRect()))
    finally:
        painter.end()
    return found

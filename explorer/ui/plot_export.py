"""Plots as images: a title, the units and a source line around the chart, always in light colours.

PNG is drawn at twice the screen's resolution or more; SVG through QSvgGenerator (pyqtgraph
0.14's SVGExporter fails on Qt 6.12, pyqtgraph issue 3495). Both draw the chart's scene
directly with the same painter code, so an SVG shows what the screen shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QImage, QPainter, QPicture
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from explorer.model.files.safe_write import write_atomic

PNG_SCALE = 2.0
MARGIN = 16


@dataclass(frozen=True)
class Layout:
    """Where each part goes in an exported image, in its own (unscaled) pixels."""

    size: QSize
    title: QRect
    subtitle: QRect
    chart: QRect
    source: QRect


def _fonts() -> tuple[QFont, QFont, QFont]:
    title = QFont()
    title.setPointSizeF(13)
    title.setBold(True)
    subtitle = QFont()
    subtitle.setPointSizeF(10)
    small = QFont()
    small.setPointSizeF(8.5)
    return title, subtitle, small


def _parts(widget: QWidget) -> tuple[str, str, str, QGraphicsView | None]:
    export_parts = getattr(widget, "export_parts", None)
    view = getattr(widget, "view", None)
    if callable(export_parts):
        title, subtitle, source = export_parts()
        shown = view if isinstance(view, QGraphicsView) and view.isVisibleTo(widget) else None
        return str(title), str(subtitle), str(source), shown
    return "", "", "", widget if isinstance(widget, QGraphicsView) else None


def layout_for(widget: QWidget) -> Layout:
    """The export's layout: title and units above the chart (its whole scrolling height), source below."""
    title, subtitle, source, view = _parts(widget)
    chart_size = view.size() if view is not None else QSize(widget.width(), 0)
    width = max(chart_size.width(), 360) + 2 * MARGIN
    inner = width - 2 * MARGIN
    flags = int(Qt.TextFlag.TextWordWrap)
    f_title, f_sub, f_small = _fonts()
    y = MARGIN
    rects = []
    for text, font in ((title, f_title), (subtitle, f_sub)):
        height = QFontMetrics(font).boundingRect(QRect(0, 0, inner, 10_000), flags, text).height() if text else 0
        rects.append(QRect(MARGIN, y, inner, height))
        y += height + (6 if text else 0)
    chart = QRect(MARGIN, y, chart_size.width(), chart_size.height())
    y += chart_size.height() + 8
    height = QFontMetrics(f_small).boundingRect(QRect(0, 0, inner, 10_000), flags, source).height() if source else 0
    source_rect = QRect(MARGIN, y, inner, height)
    y += height + MARGIN
    return Layout(QSize(width, y), rects[0], rects[1], chart, source_rect)


@contextmanager
def _drawn_as_vectors(view: QGraphicsView) -> Iterator[None]:
    """Items the plots cache as pixmaps are drawn as vectors for the time being (text stays text)."""
    items = view.scene().items()
    modes = [item.cacheMode() for item in items]
    # A legend ignores the painter's scale on screen; an export at twice the size must scale it too.
    fixed = [item for item in items if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations]
    for item in items:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    for item in fixed:
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, False)
    try:
        yield
    finally:
        for item, mode in zip(items, modes):
            item.setCacheMode(mode)
        for item in fixed:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)


def _light(widget: QWidget) -> Any:
    """The plot area's light colours while exporting, where the widget belongs to one."""
    parent = widget.parentWidget()
    while parent is not None:
        exporting = getattr(parent, "exporting", None)
        if callable(exporting):
            return exporting()
        parent = parent.parentWidget()
    return nullcontext()


def paint(widget: QWidget, painter: QPainter, layout: Layout) -> None:
    """Draw the whole export: white ground, title, units, the chart's scene, the source line."""
    title, subtitle, source, view = _parts(widget)
    f_title, f_sub, f_small = _fonts()
    painter.fillRect(QRect(0, 0, layout.size.width(), layout.size.height()), QColor("white"))
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
    painter.setPen(QColor("#1a1a1a"))
    painter.setFont(f_title)
    painter.drawText(layout.title, flags, title)
    painter.setPen(QColor("#444444"))
    painter.setFont(f_sub)
    painter.drawText(layout.subtitle, flags, subtitle)
    if view is not None:
        with _drawn_as_vectors(view):
            source_rect = QRectF(view.mapToScene(view.rect()).boundingRect())
            view.scene().render(painter, QRectF(layout.chart), source_rect,
                                Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.setPen(QColor("#555555"))
    painter.setFont(f_small)
    painter.drawText(layout.source, flags, source)


def render_image(widget: QWidget, scale: float = PNG_SCALE) -> QImage:
    """The export as an image, ``scale`` times the screen's pixels."""
    with _light(widget):
        layout = layout_for(widget)
        image = QImage(int(layout.size.width() * scale), int(layout.size.height() * scale),
                       QImage.Format.Format_ARGB32)
        # The screen's dots per inch (the painter does the scaling): point-sized text comes out the
        # size it has on screen.
        dots_per_metre = round(_dpi() / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.scale(scale, scale)
            paint(widget, painter, layout)
        finally:
            painter.end()
    return image


def _dpi() -> int:
    """Dots per inch of what pyqtgraph draws its bars into (a QPicture), which is the screen's."""
    return int(QPicture().logicalDpiX())


def export_png(widget: QWidget, path: Path, scale: float = PNG_SCALE) -> None:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not render_image(widget, scale).save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError(f"Qt could not draw the plot as PNG for {path}")
    write_atomic(path, bytes(buffer.data().data()))  # replaces only a regular file, keeping its mode


def export_svg(widget: QWidget, path: Path) -> None:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    with _light(widget):
        layout = layout_for(widget)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(layout.size)
        generator.setViewBox(QRect(0, 0, layout.size.width(), layout.size.height()))
        generator.setResolution(_dpi())  # as on screen: pyqtgraph's bars are pictures recorded at it
        title = _parts(widget)[0]
        generator.setTitle(title or "Fact Explorer plot")
        generator.setDescription("Exported by Fact Explorer")
        painter = QPainter(generator)
        try:
            paint(widget, painter, layout)
        finally:
            painter.end()
    write_atomic(path, bytes(buffer.data().data()))


def copy_image(widget: QWidget) -> None:
    QGuiApplication.clipboard().setImage(render_image(widget))

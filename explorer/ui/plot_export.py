"""Plots as images: PNG through Qt's grab, SVG through QSvgGenerator, the clipboard as an image.

pyqtgraph 0.14's SVGExporter fails on Qt 6.12 (pyqtgraph issue 3495), so SVG is drawn
with QSvgGenerator and QPainter instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRect, QSize
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from explorer.model.safe_write import write_atomic


@contextmanager
def _drawn_as_vectors(widget: QWidget) -> Iterator[None]:
    """Items the plots cache as pixmaps are drawn as vectors for the time being (text stays text)."""
    items = widget.scene().items() if isinstance(widget, QGraphicsView) else []
    modes = [item.cacheMode() for item in items]
    for item in items:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item, mode in zip(items, modes):
            item.setCacheMode(mode)


def export_png(widget: QWidget, path: Path) -> None:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not widget.grab().save(buffer, "PNG"):
        raise OSError(f"Qt could not draw the plot as PNG for {path}")
    write_atomic(path, bytes(buffer.data().data()))  # replaces only a regular file, keeping its mode


def export_svg(widget: QWidget, path: Path) -> None:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    size = widget.size()
    generator.setSize(QSize(size.width(), size.height()))
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle("Fact Explorer plot")
    painter = QPainter(generator)
    try:
        with _drawn_as_vectors(widget):
            widget.render(painter)
    finally:
        painter.end()
    write_atomic(path, bytes(buffer.data().data()))


def copy_image(widget: QWidget) -> None:
    QGuiApplication.clipboard().setImage(widget.grab().toImage())

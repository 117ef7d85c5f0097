"""Plots as images: PNG through Qt's grab, SVG through QSvgGenerator, the clipboard as an image.

pyqtgraph 0.14's SVGExporter fails on Qt 6.12 (pyqtgraph issue 3495), so SVG is drawn
with QSvgGenerator and QPainter instead.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget


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


def _replace_atomic(tmp: str, path: Path) -> None:
    os.replace(tmp, path)


def export_png(widget: QWidget, path: Path) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".png", dir=path.parent)
    os.close(fd)
    try:
        if not widget.grab().save(tmp, "PNG"):
            raise OSError(f"Qt could not write a PNG to {path}")
        _replace_atomic(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def export_svg(widget: QWidget, path: Path) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".svg", dir=path.parent)
    os.close(fd)
    try:
        generator = QSvgGenerator()
        generator.setFileName(tmp)
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
        _replace_atomic(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def copy_image(widget: QWidget) -> None:
    QGuiApplication.clipboard().setImage(widget.grab().toImage())

"""Light and dark palettes on the Fusion style (scroll bars drawn from copies: ``Style``)."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOptionSlider, QWidget

_DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.ToolTipBase: "#3c3f41",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#3c3f41",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Link: "#6fa8e8",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#8c8c8c",
}


# Fusion draws a radio button's ring in the window colour darkened, which vanishes on a dark window.
_DARK_SHEET = """
QRadioButton::indicator { width: 11px; height: 11px; border: 2px solid #a8adb3; border-radius: 7px;
                          background: #1e1f22; }
QRadioButton::indicator:checked { border: 2px solid #8fbff0;
    background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
                                stop:0 #8fbff0, stop:0.55 #8fbff0, stop:0.65 #1e1f22, stop:1 #1e1f22); }
QRadioButton::indicator:disabled { border-color: #5f6368; }
"""


class Style(QProxyStyle):
    """Fusion, with a scroll bar's groove and slider drawn once for each size and state and then copied.

    Fusion fills the groove and the slider with gradients at every paint: ~0.6 ms for a 500-pixel bar, and a
    tree step repaints four or five scroll bars whose range or value changed. The copies give Fusion's picture,
    to one level of 255 where the groove is translucent (``tests/ui/test_scroll_bar_style.py`` compares them in
    every state); the arrows are drawn by Fusion, after the copies, in Fusion's order.
    """

    KEEP = 128  # pieces kept: a window has ~10 scroll bars, each in a few sizes and states (hover, press, focus)
    SLIDER_MARGIN = 2

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self._pieces: OrderedDict[tuple[Any, ...], QPixmap] = OrderedDict()

    def drawComplexControl(self, control: QStyle.ComplexControl, option: Any, painter: QPainter,  # noqa: N802
                           widget: QWidget | None = None) -> None:
        ratio = painter.device().devicePixelRatioF()
        transform = painter.worldTransform()
        if control != QStyle.ComplexControl.CC_ScrollBar or not isinstance(option, QStyleOptionSlider) \
                or option.rect.isEmpty() or not option.rect.topLeft().isNull() or ratio != int(ratio) \
                or not transform.isIdentity() and (transform.type() != transform.TransformationType.TxTranslate
                                                   or transform.dx() != int(transform.dx())
                                                   or transform.dy() != int(transform.dy())):
            # (a bar not at its origin, a fractional pixel ratio or a scaled painter: a copy would not fall on
            # Fusion's pixels; Fusion draws it)
            super().drawComplexControl(control, option, painter, widget)
            return
        rest = QStyleOptionSlider(option)
        for piece in (QStyle.SubControl.SC_ScrollBarGroove, QStyle.SubControl.SC_ScrollBarSlider):
            if not option.subControls & piece:
                continue
            # Fusion outlines the slider one pixel outside its rectangle: the copy takes a margin.
            where = option.rect if piece == QStyle.SubControl.SC_ScrollBarGroove else \
                self.subControlRect(control, option, piece, widget).adjusted(  # type: ignore[arg-type] # None: Qt's default
                    -self.SLIDER_MARGIN, -self.SLIDER_MARGIN, self.SLIDER_MARGIN, self.SLIDER_MARGIN) & option.rect
            if not where.isEmpty():
                painter.drawPixmap(where.topLeft(), self._piece(option, piece, where, painter, widget))
            rest.subControls &= ~piece
        super().drawComplexControl(control, rest, painter, widget)

    def _piece(self, option: QStyleOptionSlider, piece: QStyle.SubControl, where: Any, painter: QPainter,
               widget: QWidget | None) -> QPixmap:
        """``piece`` of the scroll bar drawn alone, cut to ``where``: made once per size and state."""
        ratio = painter.device().devicePixelRatioF()
        key = (piece.value, where.width(), where.height(), option.orientation.value, option.state.value,
               option.activeSubControls.value, option.palette.cacheKey(), ratio)
        pixmap = self._pieces.get(key)
        if pixmap is not None:
            self._pieces.move_to_end(key)
            return pixmap
        pixmap = QPixmap(where.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        alone = QStyleOptionSlider(option)
        alone.subControls = piece
        on = QPainter(pixmap)
        try:
            on.translate(-where.topLeft())
            super().drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, alone, on, widget)
        finally:
            on.end()
        self._pieces[key] = pixmap
        while len(self._pieces) > self.KEEP:
            self._pieces.popitem(last=False)
        return pixmap


def apply(dark: bool) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyle(Style())
    palette = app.style().standardPalette()
    if dark:
        for role, color in _DARK.items():
            palette.setColor(role, QColor(color))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7f7f7f"))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7f7f7f"))
    app.setPalette(palette)
    app.setStyleSheet(_DARK_SHEET if dark else "")


@dataclass(frozen=True)
class PlotColors:
    """The plots' colours for one theme: a colour per qualifier (Okabe–Ito, told apart without
    relying on hue alone: approximations and ranges also get a dashed outline), the highlight,
    the text and the grid."""

    qualifiers: dict[str, str]
    highlight: str
    text: str
    background: str
    grid_alpha: float


_QUALIFIER_LIGHT = {"exact": "#1f5fa8", "over": "#00845f", "under": "#b0528e", "approximately": "#7fb2e5",
                    "expected_over": "#d68a00", "forecast": "#e8b04a", "range": "#8c8c8c", "derived": "#6b6b6b"}
_QUALIFIER_DARK = {"exact": "#5b9bd5", "over": "#2fc29a", "under": "#e08fc0", "approximately": "#a9cdf0",
                   "expected_over": "#f0b030", "forecast": "#f5cf7a", "range": "#b4b4b4", "derived": "#9a9a9a"}


def plot_colors(palette: QPalette) -> PlotColors:
    """Colours for plots drawn on ``palette``'s base colour."""
    background = palette.color(QPalette.ColorRole.Base)
    dark = background.lightness() < 128
    return PlotColors(
        qualifiers=_QUALIFIER_DARK if dark else _QUALIFIER_LIGHT,
        # Dark: a soft white ring, not the orange that glared on a dark background.
        highlight="#f4f4f4" if dark else "#111111",  # dark on light: clear on every bar colour
        text=palette.color(QPalette.ColorRole.Text).name(),
        background=background.name(),
        grid_alpha=0.18 if dark else 0.25,
    )


def light_palette() -> QPalette:
    """The light palette, for exports, which are always light whatever the window shows."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.style().standardPalette()

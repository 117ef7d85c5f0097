"""Light and dark palettes on the Fusion style."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

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


def apply(dark: bool) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
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

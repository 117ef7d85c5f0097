"""The app's style draws a scroll bar's groove and slider once per size and state and copies them after (issue 15):
Fusion's picture in every state, in the window's light and dark themes.

A copy is laid over the bar's background in one step where Fusion lays the groove's fill and then its outline:
the two round differently, by at most one level of 255 in a channel of the groove's translucent pixels. Nothing
else may differ."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QPlainTextEdit,
    QProxyStyle,
    QScrollBar,
    QStyle,
    QStyleFactory,
    QStyleOptionSlider,
)

from explorer.ui import theme

CC, SC, State = QStyle.ComplexControl, QStyle.SubControl, QStyle.StateFlag


@pytest.fixture
def restore_theme(qapp):
    yield
    theme.apply(False)


def _render(style: QStyle, bar: QScrollBar, ratio: float, tweak=None) -> np.ndarray:
    image = QImage(bar.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("#7a3b1c"))  # not a colour of the bar: a piece drawn over too much or too little shows
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    option.subControls = SC.SC_All  # as QScrollBar's paint asks
    if tweak is not None:
        tweak(option)
    painter = QPainter(image)
    style.drawComplexControl(CC.CC_ScrollBar, option, painter, bar)
    painter.end()
    return np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes()).astype(int).copy()


def _hover_slider(option: QStyleOptionSlider) -> None:
    option.state |= State.State_MouseOver
    option.activeSubControls = SC.SC_ScrollBarSlider


def _press_slider(option: QStyleOptionSlider) -> None:
    option.state |= State.State_Sunken | State.State_MouseOver
    option.activeSubControls = SC.SC_ScrollBarSlider


def _press_arrow(option: QStyleOptionSlider) -> None:
    option.state |= State.State_Sunken
    option.activeSubControls = SC.SC_ScrollBarAddLine


def _disabled(option: QStyleOptionSlider) -> None:
    option.state &= ~State.State_Enabled


def test_the_styles_scroll_bars_are_fusions_pixels_in_every_state(qapp, restore_theme):
    fusion = QStyleFactory.create("Fusion")
    mine = theme.Style()
    checked, worst = 0, 0.0
    for dark in (False, True):
        theme.apply(dark)
        palette = QApplication.palette()
        for orientation, length, value, page, tweak, ratio in itertools.product(
                (Qt.Orientation.Vertical, Qt.Orientation.Horizontal), (30, 157, 613), (0, 41, 1000), (5, 900),
                (None, _hover_slider, _press_slider, _press_arrow, _disabled), (1.0, 2.0)):
            bar = QScrollBar(orientation)
            bar.setPalette(palette)
            bar.resize(14, length) if orientation == Qt.Orientation.Vertical else bar.resize(length, 14)
            bar.setRange(0, 1000)
            bar.setPageStep(page)
            bar.setValue(value)
            theirs = _render(fusion, bar, ratio, tweak)
            for _ in range(2):  # the second time from the copies made the first
                differ = np.abs(_render(mine, bar, ratio, tweak) - theirs)
                where = (dark, orientation, length, value, page, getattr(tweak, "__name__", None), ratio)
                assert differ.max() <= 1, where
                pixels = differ.reshape(-1, 4)
                worst = max(worst, float((pixels > 0).any(axis=1).mean()))
            checked += 1
    assert checked == 2 * 2 * 3 * 3 * 2 * 5 * 2
    print(f"at most {worst:.1%} of a bar's pixels differ, each by one level")
    assert worst < 0.2, worst
    assert 0 < len(mine._pieces) <= mine.KEEP  # copies were made, and no more are kept than that


@pytest.fixture
def fusion_draws(monkeypatch) -> list[tuple[object, QStyle.SubControl]]:
    """Each scroll bar drawing Fusion does under the app's style: (the widget, the parts asked for)."""
    drawn: list[tuple[object, QStyle.SubControl]] = []
    fusion_draw = QProxyStyle.drawComplexControl

    def counting(self, control, option, painter, widget=None):
        if control == CC.CC_ScrollBar:
            drawn.append((widget, option.subControls))
        return fusion_draw(self, control, option, painter, widget)

    monkeypatch.setattr(QProxyStyle, "drawComplexControl", counting)
    return drawn


COPIED = SC.SC_ScrollBarGroove | SC.SC_ScrollBarSlider


def test_a_scroll_bar_moved_is_painted_from_the_copies_made_at_its_first_paint(qapp, restore_theme, fusion_draws):
    theme.apply(False)
    bar = QScrollBar(Qt.Orientation.Vertical)
    bar.resize(14, 500)
    bar.setRange(0, 5000)
    bar.setPageStep(50)
    image = QImage(bar.size(), QImage.Format.Format_ARGB32_Premultiplied)
    bar.render(image, QPoint())
    assert any(sub & SC.SC_ScrollBarGroove for _, sub in fusion_draws)  # the first paint made the copies
    fusion_draws.clear()
    for value in (1234, 2500, 4950):
        bar.setValue(value)
        bar.render(image, QPoint())
    assert len(fusion_draws) == 3, fusion_draws  # Fusion still draws the arrows ...
    assert all(not sub & COPIED for _, sub in fusion_draws), fusion_draws  # ... not the groove or the slider


def test_the_windows_scroll_bars_are_painted_from_copies_in_light_and_dark(window, qtbot, restore_theme,
                                                                         fusion_draws):
    window.show()
    qtbot.waitExposed(window)
    bars = [window.table.verticalScrollBar(), window.table.horizontalScrollBar(),
            window.nav.tree.verticalScrollBar(), window.quote.findChild(QPlainTextEdit).verticalScrollBar()]
    for dark in (False, True):
        window.act_dark.setChecked(dark)  # View ▸ Dark theme: a new style, and in dark a style sheet over it
        qtbot.wait(10)
        for bar in bars:
            bar.repaint()
        fusion_draws.clear()
        for bar in bars:
            bar.repaint()
        assert {id(widget) for widget, _ in fusion_draws} >= {id(bar) for bar in bars if bar.isVisible()}
        assert all(not sub & COPIED for _, sub in fusion_draws), (dark, fusion_draws)

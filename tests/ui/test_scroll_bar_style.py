"""The app's style draws a scroll bar's groove and slider once per size and state and copies them after (issue 15):
Fusion's picture in every state, in the window's light and dark themes.

A copy is laid over the bar's background in one step where Fusion lays the groove's fill and then its outline:
the two round differently, by at most one level of 255 in a channel of the groove's translucent pixels. Nothing
else may differ."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QSize, Qt
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


def _render(style: QStyle, bar: QScrollBar, ratio: float, tweak=None, size=None, scale=1.0) -> np.ndarray:
    area = QSize(*size) if size else bar.size()
    image = QImage(area * ratio * scale, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("#7a3b1c"))  # not a colour of the bar: a piece drawn over too much or too little shows
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    option.subControls = SC.SC_All  # as QScrollBar's paint asks
    if tweak is not None:
        tweak(option)
    painter = QPainter(image)
    if scale != 1.0:
        painter.scale(scale, scale)
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


@pytest.mark.parametrize("ratio", [1.25, 1.5, 1.75])
def test_at_a_fractional_pixel_ratio_fusion_draws_the_bar(qapp, restore_theme, ratio: float) -> None:
    """A copy made at 1.5x would fall half a device pixel off where Fusion puts a slider at an odd pixel."""
    fusion, mine = QStyleFactory.create("Fusion"), theme.Style()
    bar = QScrollBar(Qt.Orientation.Vertical)
    bar.resize(14, 401)
    bar.setRange(0, 1000)
    bar.setPageStep(30)
    for value in (0, 37, 511, 1000):
        bar.setValue(value)
        assert np.array_equal(_render(mine, bar, ratio), _render(fusion, bar, ratio)), (ratio, value)
    assert len(mine._pieces) == 0  # nothing copied


def test_a_bar_drawn_away_from_its_origin_or_with_a_scaled_painter_is_fusions(qapp, restore_theme) -> None:
    fusion, mine = QStyleFactory.create("Fusion"), theme.Style()
    bar = QScrollBar(Qt.Orientation.Vertical)
    bar.resize(14, 300)
    bar.setRange(0, 1000)
    bar.setValue(400)

    def moved(option: QStyleOptionSlider) -> None:
        option.rect = option.rect.translated(20, 30)

    assert np.array_equal(_render(mine, bar, 1.0, moved, size=(60, 360)), _render(fusion, bar, 1.0, moved, size=(60, 360)))
    assert np.array_equal(_render(mine, bar, 1.0, scale=1.5), _render(fusion, bar, 1.0, scale=1.5))
    assert len(mine._pieces) == 0


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
        # ... and they look as Fusion's (its own picture of the same bar, in the same palette and style sheet)
        for bar in bars:
            if not bar.isVisible():
                continue
            ours = bar.grab().toImage()
            style = bar.style()
            bar.setStyle(QStyleFactory.create("Fusion"))
            theirs = bar.grab().toImage()
            bar.setStyle(style)
            assert ours.size() == theirs.size()
            a = np.frombuffer(ours.constBits(), np.uint8, ours.sizeInBytes()).astype(int)
            b = np.frombuffer(theirs.constBits(), np.uint8, theirs.sizeInBytes()).astype(int)
            assert np.abs(a - b).max() <= 1, (dark, bar.orientation())

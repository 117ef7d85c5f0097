"""Layout requests that stop at a splitter when its children fit the room they have.

A label's new text (the article's title, the Sources panel's summary, a chart's title) makes its panel lay
itself out, and ``QLayout::activate`` then asks the panel's parent for a new layout whatever came of it. A
``QSplitter`` asked that lays out its children again and asks its own parent, up to the main window, whose
layout is the costliest (~1.5-2 ms of each selection at a million facts, for the same geometry every time).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QSizePolicy, QSplitter, QWidget

_SHRINK = QSizePolicy.PolicyFlag.ShrinkFlag.value
_IGNORED = QSizePolicy.Policy.Ignored


def _splitter_least(splitter: QSplitter, least: dict[int, QSize] | None = None) -> QSize:
    """``QSplitter.minimumSizeHint``, from its children's least sizes as worked out here (``least``: those worked
    out already, by id): Qt's asks each child for its size hint too, and a word-wrapped label's is a text layout of
    its whole text after each new text."""
    along = across = 0
    shown = 0
    horizontal = splitter.orientation() == Qt.Orientation.Horizontal
    for i in range(splitter.count()):
        widget = splitter.widget(i)
        if widget is None or widget.isHidden():
            continue
        size = least.get(id(widget)) if least is not None else None
        if size is None:
            size = smart_min_size(widget)
        a, c = (size.width(), size.height()) if horizontal else (size.height(), size.width())
        along += a
        across = max(across, c)
        handle = splitter.handle(i)
        if handle is not None and not handle.isHidden() and shown:
            along += splitter.handleWidth()
        shown += 1
    size = QSize(along, across) if horizontal else QSize(across, along)
    margins = splitter.contentsMargins()
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())


def smart_min_size(widget: QWidget, hint_least: QSize | None = None) -> QSize:
    """The least room a layout gives ``widget`` (Qt's ``qSmartMinSize``, which a splitter applies to its children);
    ``hint_least``: its minimum size hint, if known."""
    policy = widget.sizePolicy()
    across, down = policy.horizontalPolicy(), policy.verticalPolicy()
    if hint_least is not None:
        least = hint_least
    else:
        least = _splitter_least(widget) if isinstance(widget, QSplitter) else widget.minimumSizeHint()
    fixed = widget.minimumSize()
    # The size hint only where the policy cannot shrink (it can be costly: a tab widget asks every page).
    hint = widget.sizeHint() if not (across.value & down.value & _SHRINK) else least

    def side(p: QSizePolicy.Policy, hinted: int, smallest: int) -> int:
        if p == _IGNORED:
            return 0
        return smallest if p.value & _SHRINK else max(hinted, smallest)

    size = QSize(side(across, hint.width(), least.width()),
                 side(down, hint.height(), least.height())).boundedTo(widget.maximumSize())
    if fixed.width() > 0:
        size.setWidth(fixed.width())
    if fixed.height() > 0:
        size.setHeight(fixed.height())
    return size.expandedTo(QSize(0, 0))


def _kept(widget: QWidget) -> tuple[Any, ...]:
    """What a splitter keeps of a child between layouts: whether it is hidden, its largest size, its policy."""
    policy = widget.sizePolicy()
    return widget.isHidden(), widget.maximumSize(), policy.horizontalPolicy(), policy.verticalPolicy()


def _fits(widget: QWidget, least: QSize) -> bool:
    """``widget`` has at least the room its layout needs now (``least``) and no more than it may have."""
    size = widget.size()
    return widget.isHidden() or (size.width() >= least.width() and size.height() >= least.height()
                                 and widget.maximumSize().expandedTo(size) == widget.maximumSize())


def _tiled(splitter: QSplitter, children: list[QWidget]) -> bool:
    """The shown children cover the splitter side by side, as its last layout left them (nothing resized one
    of them behind its back, as ``setMinimumSize`` does)."""
    shown = [w for w in children if not w.isHidden()]
    room = splitter.contentsRect()
    if splitter.orientation() == Qt.Orientation.Horizontal:
        along, across = room.width(), room.height()
        sizes = [(w.width(), w.height()) for w in shown]
    else:
        along, across = room.height(), room.width()
        sizes = [(w.height(), w.width()) for w in shown]
    return sum(a for a, _ in sizes) + splitter.handleWidth() * max(len(shown) - 1, 0) == along \
        and all(c == across for _, c in sizes)


class SplitterFence(QObject):
    """Installed on splitters: a ``LayoutRequest`` is dropped while every child keeps what the splitter keeps of
    it and fits the room it has, as does the splitter (it would give each child the size it has, and pass the
    request up, to the window); a child that needs more room, is shown, hidden or resized behind the splitter's
    back, or changes its largest size, goes through."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last: dict[int, tuple[tuple[Any, ...], ...]] = {}
        self.dropped = 0  # requests stopped (for tests and benchmarks)

    def guard(self, *splitters: QSplitter) -> None:
        for splitter in splitters:
            self._last[id(splitter)] = self._kept_of(splitter)
            splitter.installEventFilter(self)

    @staticmethod
    def _kept_of(splitter: QSplitter) -> tuple[tuple[Any, ...], ...]:
        return tuple(_kept(w) for i in range(splitter.count()) if (w := splitter.widget(i)) is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.LayoutRequest or not isinstance(watched, QSplitter):
            return False
        children = [w for i in range(watched.count()) if (w := watched.widget(i)) is not None]
        kept = tuple(_kept(w) for w in children)
        key = id(watched)
        if self._last.get(key) == kept and watched.isVisible() and _tiled(watched, children):
            least = {id(w): smart_min_size(w) for w in children if not w.isHidden()}
            if all(_fits(w, least[id(w)]) for w in children if not w.isHidden()) and \
                    _fits(watched, smart_min_size(watched, _splitter_least(watched, least))):
                self.dropped += 1
                return True
        self._last[key] = kept
        return False

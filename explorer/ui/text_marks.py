"""Marking spans of a plain-text view (the quote, a figure, an uncovered number).

Offsets in the fact base count Python ``str`` characters; a QTextDocument counts UTF-16
units and keeps a CRLF line break as one separator. ``DocumentOffsets`` maps one to the
other, so a quote after a CRLF or an emoji/rare CJK character is still lit up exactly.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit


class DocumentOffsets:
    """Document positions for Python string offsets of one text."""

    def __init__(self, text: str) -> None:
        self._shift: np.ndarray | None = None
        if "\r\n" not in text and text.isascii():
            return
        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        delta = (points > 0xFFFF).astype(np.int64)  # a surrogate pair takes two positions
        crlf = np.flatnonzero((points[:-1] == 13) & (points[1:] == 10))
        delta[crlf + 1] -= 1  # "\r\n" becomes one paragraph break
        if delta.any():
            self._shift = np.concatenate(([0], np.cumsum(delta)))

    def __call__(self, offset: int) -> int:
        if self._shift is None:
            return offset
        return offset + int(self._shift[min(max(offset, 0), len(self._shift) - 1)])


def span_selection(view: QPlainTextEdit, start: int, end: int, fmt: QTextCharFormat,
                   offsets: DocumentOffsets | None = None) -> QTextEdit.ExtraSelection:
    """An extra selection over characters ``start:end`` (Python offsets) of the view's text."""
    pos = offsets or (lambda i: i)
    sel = QTextEdit.ExtraSelection()
    cursor = QTextCursor(view.document())
    cursor.setPosition(pos(start))
    cursor.setPosition(pos(end), QTextCursor.MoveMode.KeepAnchor)
    sel.cursor = cursor  # type: ignore[attr-defined]
    sel.format = fmt  # type: ignore[attr-defined]
    return sel

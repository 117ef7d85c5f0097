"""Marking spans of a plain-text view (the quote, a figure, an uncovered number)."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit


def span_selection(view: QPlainTextEdit, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
    """An extra selection over characters ``start:end`` of the view's text, drawn with ``fmt``."""
    sel = QTextEdit.ExtraSelection()
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    sel.cursor = cursor  # type: ignore[attr-defined]
    sel.format = fmt  # type: ignore[attr-defined]
    return sel

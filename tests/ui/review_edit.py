"""Typing into a cell of the import review, as a person does: the cell opened for editing, the text typed, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from explorer.ui.import_dialog import COLUMNS


def type_into(qtbot, dialog, row: int, key: str, text: str) -> None:  # noqa: ANN001
    """Open the review's cell of ``key`` ("city", "sector", ...) in ``row`` for editing, type ``text``, press Enter."""
    index = dialog.table.model().index(row, [c[0] for c in COLUMNS].index(key))
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    qtbot.waitUntil(lambda: isinstance(dialog.table.focusWidget(), QLineEdit))
    editor = dialog.table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.model().index(row, index.column()).data() == text)

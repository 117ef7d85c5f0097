"""The fact table view: Ctrl+C copies whole facts, not just the text of the current cell."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QTableView


class FactTableView(QTableView):
    copyRequested = Signal()

    def event(self, event: QEvent) -> bool:
        # QAbstractItemView claims the Copy shortcut for itself (one cell as plain text);
        # hand it to the window's copy action so every copy path gives the same formats.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.matches(QKeySequence.StandardKey.Copy):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copyRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

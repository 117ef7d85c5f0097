"""The list of problems found in the data, as a table model for the Problems panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from explorer.model.factbase import Problem
from explorer.ui.tooltip import plain_tooltip

Index = QModelIndex | QPersistentModelIndex


class ProblemsModel(QAbstractTableModel):
    HEADERS = ("Severity", "File", "Line", "Fact", "Problem")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    @property
    def problems(self) -> list[Problem]:
        return self._problems

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(str(p))
            return (p.severity, p.file, "" if p.line is None else str(p.line), p.fact_id or "", p.message)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return p.fact_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return self.HEADERS[section]
        return None

"""The list of problems found in the data: a table model, and the panel that shows it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStackedWidget, QTableView

from explorer.model.load.factbase import Problem
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


class ProblemsPanel(QStackedWidget):
    """The problems as a table, or "No problems found" when there are none (never a blank table)."""

    EMPTY_TEXT = "No problems found: every row of the data folder loaded."

    def __init__(self, model: ProblemsModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QTableView()
        self.view.setObjectName("problemsView")
        self.view.setModel(model)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.empty_label = QLabel(self.EMPTY_TEXT)
        self.empty_label.setObjectName("problemsEmpty")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.addWidget(self.empty_label)
        self.addWidget(self.view)
        model.modelReset.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.setCurrentWidget(self.view if self.model.rowCount() else self.empty_label)

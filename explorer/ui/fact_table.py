"""The table of facts: a lazy model over the fact DataFrame and a proxy for node and text filters."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from explorer.model.factbase import FactBase
from explorer.model.numbers import QUALIFIERS, format_figure
from explorer.ui.roles import FactIdRole, RowRole, SortRole
from explorer.ui.tooltip import plain_tooltip

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str], ...] = (
    ("metric", "Metric"),
    ("figure", "Figure"),
    ("period", "Period"),
    ("entity", "Entity"),
    ("city", "City"),
    ("sector", "Sector"),
    ("id", "ID"),
)
FIGURE_COLUMN = 1


class FactTableModel(QAbstractTableModel):
    """One row per fact of the fact base; cells are computed on demand, nothing per fact is stored."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._base: FactBase | None = None
        self._facts = pd.DataFrame()
        self._figures: list[str] = []

    def set_fact_base(self, base: FactBase | None) -> None:
        self.beginResetModel()
        self._base = base
        self._facts = base.facts if base is not None else pd.DataFrame()
        self._figures = []
        if base is not None and len(self._facts):
            self._values = self._facts["value"].to_numpy()
            self._sort = self._facts["value_base"].to_numpy()
            self._ids = self._facts["id"].to_numpy()
            self._derived = self._facts["derived"].to_numpy()
            self._verified = self._facts["verified"].to_numpy()
        self.endResetModel()

    @property
    def fact_base(self) -> FactBase | None:
        return self._base

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._facts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def _figure(self, row: int) -> str:
        fact = self._facts.iloc[row]
        return format_figure(float(fact["value"]), fact["unit"], fact["qualifier"])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._base is None:
            return None
        row, col = index.row(), index.column()
        key = COLUMNS[col][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "figure":
                return self._figure(row)
            value = self._facts.iat[row, self._facts.columns.get_loc(key)]
            if key == "city":
                return self._base.city_label(value)
            if key == "sector":
                return self._base.sector_label(value)
            return str(value)
        if role == FactIdRole:
            return str(self._ids[row])
        if role == RowRole:
            return row
        if role == SortRole:
            if key == "figure":
                return float(self._sort[row])
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(row))
        if role == Qt.ItemDataRole.FontRole and self._derived[row]:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not self._verified[row]:
            return QBrush(QColor("#c0392b"))
        if role == Qt.ItemDataRole.ForegroundRole and self._derived[row] and col == FIGURE_COLUMN:
            return QApplication.palette().brush(QPalette.ColorRole.Link)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == FIGURE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, row: int) -> str:
        fact = self._facts.iloc[row]
        lines = [f"{fact['metric']}: {self._figure(row)}",
                 f"Qualifier: {QUALIFIERS.get(fact['qualifier'], fact['qualifier'])}"]
        if fact["derived"]:
            lines += [f"Derived: {fact['formula']}", f"From facts {fact['inputs'].replace(';', ', ')}"]
            if fact["check"]:
                lines.append(f"Check: {fact['check']}")
        else:
            lines.append(f"As printed: “{fact['as_printed']}”")
        if not fact["verified"]:
            lines.append("Unverified: the source text no longer matches its recorded sha256")
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][1] if 0 <= section < len(COLUMNS) else None
        return str(section + 1)

    def row_of(self, fact_id: str) -> int | None:
        if self._base is None or not len(self._facts):
            return None
        hits = np.flatnonzero(self._ids == fact_id)
        return int(hits[0]) if len(hits) else None


class FactFilterProxy(QSortFilterProxyModel):
    """Shows the facts under the selected tree node that match the filter text; sorts by raw numbers."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)
        self._visible: np.ndarray | None = None
        self._node_rows: np.ndarray | None = None
        self._mask: np.ndarray | None = None

    def set_filters(self, node_rows: np.ndarray | None, mask: np.ndarray | None) -> None:
        """``node_rows``: fact positions under the tree node (None: all); ``mask``: text filter."""
        self.beginFilterChange()
        self._node_rows, self._mask = node_rows, mask
        n = self.sourceModel().rowCount() if self.sourceModel() is not None else 0
        if node_rows is None and mask is None:
            self._visible = None
        else:
            visible = np.zeros(n, dtype=bool) if node_rows is not None else np.ones(n, dtype=bool)
            if node_rows is not None:
                visible[node_rows] = True
            if mask is not None:
                visible &= mask
            self._visible = visible
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self._visible is None or bool(self._visible[source_row])

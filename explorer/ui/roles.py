"""Custom item data roles shared by the models, views and the detail panel."""

from __future__ import annotations

from PySide6.QtCore import Qt

FactIdRole = Qt.ItemDataRole.UserRole  # the automation contract: UserRole answers the fact's id
SortRole = Qt.ItemDataRole.UserRole + 1  # raw numbers, so "999" sorts before "1,000.21"
NodeKeyRole = Qt.ItemDataRole.UserRole + 2  # a tree node's key: () for All, (city,) or (city, sector)
RowRole = Qt.ItemDataRole.UserRole + 3  # position of the fact in FactBase.facts
CountRole = Qt.ItemDataRole.UserRole + 4
MatchRole = Qt.ItemDataRole.UserRole + 5  # where the filter text matches a cell's text: [(start, end), ...]

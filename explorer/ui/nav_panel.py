"""The left panel: filter box, grouping switch and the city/sector tree."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QRadioButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.tree_model import FactTreeModel, TreeFilterProxy


class NavPanel(QWidget):
    filterChanged = Signal(str)  # debounced
    groupingChanged = Signal(str)

    DEBOUNCE_MS = 120

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setPlaceholderText("Filter: city, sector, entity, metric, quote…  (Ctrl+F)")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setToolTip("Narrow the tree and the table as you type; Escape clears")
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.filter_edit.clear)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.filterChanged.emit(self.filter_edit.text()))
        self.filter_edit.textChanged.connect(lambda _: self._debounce.start())

        self.by_city = QRadioButton("By city")
        self.by_sector = QRadioButton("By sector")
        self.by_city.setToolTip("Group the tree as city → sector (Ctrl+1)")
        self.by_sector.setToolTip("Group the tree as sector → city (Ctrl+2)")
        self.by_city.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_city)
        group.addButton(self.by_sector)
        self.by_city.toggled.connect(self._grouping_toggled)
        switch = QHBoxLayout()
        switch.addWidget(self.by_city)
        switch.addWidget(self.by_sector)
        switch.addStretch(1)

        self.tree_model = FactTreeModel(self)
        self.tree_proxy = TreeFilterProxy(self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.tree = QTreeView()
        self.tree.setObjectName("navTree")
        self.tree.setModel(self.tree_proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # size the counts by the rows in view, not all (10^4 at scale)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addLayout(switch)
        layout.addWidget(self.tree, 1)

    # A filter opens the second level too, unless that would lay out thousands of rows
    # (400 cities x 24 sectors at a million facts): then only the first level opens.
    EXPAND_LIMIT = 40

    def expand_for(self, filtered: bool) -> None:
        many = self.tree_proxy.rowCount(self.tree_proxy.index(0, 0)) > self.EXPAND_LIMIT
        self.tree.expandToDepth(1 if filtered and not many else 0)

    def _grouping_toggled(self, by_city: bool) -> None:
        self.groupingChanged.emit("city" if by_city else "sector")

    def set_grouping(self, grouping: str) -> None:
        (self.by_city if grouping == "city" else self.by_sector).setChecked(True)

    def flush_filter(self) -> None:
        """Apply a pending filter edit now (Enter, or a test that does not want to wait)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.filterChanged.emit(self.filter_edit.text())

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
    QStyle,
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
        self.filter_edit.setToolTip("Narrow the tree and the table as you type: words match from their start "
                                    "(\u201cport\u201d finds ports, not import), Chinese at any character; "
                                    "Escape clears")
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
        # The counts column is sized once per fact base (fit_count_column): sizing it to its contents
        # would ask every row in view for its text again on each filter keystroke.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.fit_count_column(0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addLayout(switch)
        layout.addWidget(self.tree, 1)

    # A filter opens the second level too, unless that would lay out hundreds of rows (a
    # broad filter over 400 cities x 24 sectors at a million facts): then only the first opens.
    EXPAND_LIMIT = 200
    _depth = -1  # the depth expand_for opened last

    def expand_for(self, filtered: bool) -> None:
        root = self.tree_proxy.index(0, 0)
        depth = 1 if filtered and self.tree_proxy.leaves_shown <= self.EXPAND_LIMIT else 0
        if depth == 0 and self._depth == 0 and not self._any_open(root):
            # Nothing to collapse: expandToDepth would lay out every node again (a keystroke at scale).
            self.tree.expand(root)
        else:
            self.tree.expandToDepth(depth)
        self._depth = depth

    def fit_count_column(self, total: int) -> None:
        """Room for the widest count a filter can show: "N of N" with N the number of facts."""
        widest = f"{total} of {total}" if total else "Facts"
        width = max(self.tree.fontMetrics().horizontalAdvance(widest),
                    self.tree.header().fontMetrics().horizontalAdvance("Facts"))
        self.tree.header().resizeSection(1, width + 3 * self.tree.style().pixelMetric(
            QStyle.PixelMetric.PM_HeaderMargin) + 8)

    def names_width(self, names: list[str]) -> int:
        """Pixels the panel needs to show every name of the tree whole, at its deepest level."""
        fm = self.tree.fontMetrics()
        widest = max((fm.horizontalAdvance(name) for name in names[:5000]), default=0)
        chrome = 2 * self.tree.frameWidth() + self.tree.verticalScrollBar().sizeHint().width() + 24
        return 3 * self.tree.indentation() + widest + self.tree.header().sectionSize(1) + chrome

    def _any_open(self, root: Any) -> bool:
        proxy, tree = self.tree_proxy, self.tree
        return any(tree.isExpanded(proxy.index(row, 0, root)) for row in range(proxy.rowCount(root)))

    def _grouping_toggled(self, by_city: bool) -> None:
        self.groupingChanged.emit("city" if by_city else "sector")

    def set_grouping(self, grouping: str) -> None:
        (self.by_city if grouping == "city" else self.by_sector).setChecked(True)

    def flush_filter(self) -> None:
        """Apply a pending filter edit now (Enter, or a test that does not want to wait)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.filterChanged.emit(self.filter_edit.text())

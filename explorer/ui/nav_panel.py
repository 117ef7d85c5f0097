"""The left panel: filter box, grouping switch and the city/sector tree.

The panel owns the grouping, the filter and the current node; the window uses it through
the methods below (and the signals), never through the tree's models. What the filter shows
is held once, in the panel's ``FilterState``: the tree's proxy and the table's read it there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
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

from explorer.model.queries import node_key
from explorer.ui.filter_state import FilterState
from explorer.ui.roles import NodeKeyRole
from explorer.ui.tree_model import FactTreeModel, TreeFilterProxy

if TYPE_CHECKING:
    import numpy as np

    from explorer.model.load.factbase import FactBase
    from explorer.model.queries import Grouping


class NavPanel(QWidget):
    filterChanged = Signal(str)  # debounced
    groupingChanged = Signal(str)
    currentChanged = Signal()  # another node of the tree is the current one

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

        self.state = FilterState()  # what the filter shows: read by the tree's proxy and the table's
        self.tree_model = FactTreeModel(self)
        self.tree_proxy = TreeFilterProxy(self, self.state)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.tree = QTreeView()
        self.tree.setObjectName("navTree")
        self.tree.setModel(self.tree_proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # names to read, not to edit
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
        self.tree.selectionModel().currentChanged.connect(lambda *_: self.currentChanged.emit())
        self._open: set[QPersistentModelIndex] = set()  # first-level nodes opened (some closed since, or gone)
        self.tree.expanded.connect(self._opened)

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
        depth = self._depth_for(filtered)
        if depth == 0 and self._depth == 0 and not self._any_open(root):
            # Nothing to collapse: expandToDepth would lay out every node again (a keystroke at scale).
            self.tree.expand(root)
        else:
            self.tree.expandToDepth(depth)
        self._depth = depth

    def _depth_for(self, filtered: bool) -> int:
        """The level a filter opens the tree to: the second (1) if it leaves few enough nodes there, else the first."""
        return 1 if filtered and self.tree_proxy.leaves_shown <= self.EXPAND_LIMIT else 0

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
        """Whether a node of the first level under ``root`` is open: looked up among those opened since
        (the tree tells), not asked of each of 400 cities at every keystroke."""
        tree = self.tree
        self._open = {p for p in self._open if p.isValid() and p.parent() == root and tree.isExpanded(p)}
        return bool(self._open)

    def _opened(self, index: QModelIndex) -> None:
        parent = index.parent()
        if parent.isValid() and not parent.parent().isValid():  # a first-level node (a city, or a sector)
            self._open.add(QPersistentModelIndex(index))

    def _grouping_toggled(self, by_city: bool) -> None:
        self.groupingChanged.emit("city" if by_city else "sector")

    # ---- the panel's interface ---------------------------------------------------------------
    def add_actions(self, actions: list[QAction]) -> None:
        """Actions of the tree's context menu."""
        for action in actions:
            self.tree.addAction(action)

    def set_fact_base(self, base: FactBase) -> None:
        """Show ``base``'s tree, unfiltered: the old mask belongs to the old facts."""
        self.state.set(None)  # never index the new tree (or table) with it
        self.tree_proxy.refilter()
        self.tree_model.set_fact_base(base)
        self.fit_count_column(len(base.facts))

    def reset_view(self) -> None:
        """First level open, the first node current (a fact base just shown)."""
        self.tree.expandToDepth(0)
        self.tree.setCurrentIndex(self.tree_proxy.index(0, 0))

    def grouping(self) -> Grouping:
        return self.tree_model.grouping

    def set_grouping(self, grouping: Grouping) -> bool:
        """Group the tree by ``grouping`` (the first node is then current); False if it already was."""
        changed = grouping != self.tree_model.grouping
        if changed:
            self.tree_model.set_grouping(grouping)
            self.expand_for(self.state.filtered)
            self.tree.setCurrentIndex(self.tree_proxy.index(0, 0))
        (self.by_city if grouping == "city" else self.by_sector).setChecked(True)
        return changed

    def set_mask(self, matches: np.ndarray | None, conflicts: np.ndarray | None = None) -> None:
        """Show only the nodes with facts in ``matches`` (the filter text's; None: all) and, if given, in
        ``conflicts`` (conflicts only), keeping the current node where it can."""
        current_key = self.tree.currentIndex().data(NodeKeyRole)
        self.state.set(matches, conflicts)
        proxy = self.tree_proxy
        proxy.recount()
        if self._depth_for(self.state.shown is not None) == 0 and self._any_open(proxy.index(0, 0)):
            # Closed before the refilter, not after it: the proxy would first filter the children of every open
            # node again (~10,000 Python calls, 0.3 s, at a million facts after the whole tree was opened).
            self.tree.collapseAll()
            self.tree.expand(proxy.index(0, 0))
        proxy.refilter(counted=True)
        self.expand_for(self.state.shown is not None)
        if current_key is not None:
            self.select_key(current_key)
        if not self.tree.currentIndex().isValid():
            self.tree.setCurrentIndex(self.tree_proxy.index(0, 0))

    def select_key(self, key: tuple[str, ...], scroll: bool = False) -> None:
        """Make the node of ``key`` ((first level,) or (first level, second level)) current, if it is shown."""
        proxy_index = self.tree_proxy.mapFromSource(self.tree_model.index_for_key(key))
        if proxy_index.isValid() and proxy_index != self.tree.currentIndex():
            if scroll:
                self.tree.scrollTo(proxy_index)
            self.tree.setCurrentIndex(proxy_index)

    def select_place_of(self, city: str, sector: str) -> None:
        """Make the node of a fact of ``city`` and ``sector`` current (in either grouping), scrolled to."""
        self.select_key(node_key(self.tree_model.grouping, city, sector), scroll=True)

    def current_rows(self) -> np.ndarray | None:
        """The fact rows under the current node (None: no node, or the root "All")."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        node = self.tree_model.node(self.tree_proxy.mapToSource(index))
        return None if not node.key else node.rows

    def current_place(self) -> tuple[tuple[str, ...], str] | None:
        """The current node as (grouping, *key) and as a label ("City › Sector", or "All"); None if none."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        names, up = [], index
        while up.isValid():
            names.append(str(up.data()))
            up = up.parent()
        label = " › ".join(reversed(names[:-1] if len(names) > 1 else names))
        return (self.tree_model.grouping, *index.data(NodeKeyRole)), label

    def filter_text(self) -> str:
        return self.filter_edit.text()

    def clear_filter(self) -> None:
        """Empty the filter box and apply that at once."""
        self.filter_edit.clear()
        self.flush_filter()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def flush_filter(self) -> None:
        """Apply a pending filter edit now (Enter, or a test that does not want to wait)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.filterChanged.emit(self.filter_edit.text())

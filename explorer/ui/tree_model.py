"""The city/sector navigation tree as a QStandardItemModel, and its filter proxy.

The tree's items live in C++: a view painting the tree through the proxy makes no Python call per
index, parent or role (a Python ``QAbstractItemModel`` behind ``QSortFilterProxyModel`` took ~3,000
calls, ~3.5 ms, per tree paint at a million facts). The items of each grouping are made once per
fact base, the other grouping's in idle turns of the event loop, so a switch swaps trees.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import numpy as np
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel

from explorer.model.load.factbase import FactBase
from explorer.model.numbers import counted
from explorer.model.queries import Grouping, TreeNode, build_tree, other_grouping
from explorer.ui.filter_state import FilterState
from explorer.ui.roles import CountRole, NodeKeyRole
from explorer.ui.tooltip import plain_tooltip

Index = QModelIndex | QPersistentModelIndex

_KEY = int(NodeKeyRole)
_COUNT = int(CountRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _dismantle(root: TreeNode) -> None:
    """Break a replaced tree's parent/child cycles, so reference counting frees it at once.

    From 50,000 facts the live objects are frozen out of the cyclic collector, which then
    would never free an old tree (24 MB of row arrays at a million facts).
    """
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        node.children = []
        node.parent = None


class _Tree:
    """One grouping's tree: its nodes, their items (made in steps) and the caches the filter counts with."""

    def __init__(self, root: TreeNode, grouping: Grouping) -> None:
        self.root = root
        self.grouping = grouping
        self.nodes: dict[tuple[str, ...], TreeNode] = {}
        self.items: list[QStandardItem] | None = None  # the row of "All", once made whole
        self.leaves: tuple[list[TreeNode], np.ndarray] | None = None
        self.leaf_layout: tuple[list[int], np.ndarray] | None = None
        self._steps: Iterator[None] | None = None

    def _row(self, node: TreeNode, levels: tuple[str, ...]) -> list[QStandardItem]:
        self.nodes[node.key] = node
        count = node.count
        tip = plain_tooltip(f"{node.label} — {counted(count, 'fact')} ({levels[len(node.key)]})")
        name = QStandardItem(node.label)
        name.setData(node.key, _KEY)
        name.setData(count, _COUNT)
        name.setData(tip, _TOOLTIP)
        number = QStandardItem(str(count))
        number.setData(node.key, _KEY)
        number.setData(count, _COUNT)
        number.setData(tip, _TOOLTIP)
        number.setData(_RIGHT, _ALIGNMENT)
        return [name, number]

    def _make(self) -> Iterator[None]:
        levels = ("all facts", self.grouping, other_grouping(self.grouping))
        top = self._row(self.root, levels)
        for first in self.root.children:
            row = self._row(first, levels)
            for second in first.children:
                row[0].appendRow(self._row(second, levels))
            top[0].appendRow(row)
            yield
        self.items = top

    def step(self, budget_s: float) -> bool:
        """Make items for about ``budget_s`` seconds; True once they are all made."""
        if self.items is not None:
            return True
        if self._steps is None:
            self._steps = self._make()
        end = time.perf_counter() + budget_s
        for _ in self._steps:
            if time.perf_counter() > end:
                return False
        self._steps = None
        return True

    def make(self) -> list[QStandardItem]:
        self.step(float("inf"))
        assert self.items is not None
        return self.items


class FactTreeModel(QStandardItemModel):
    """All → city → sector (or All → sector → city); column 1 counts the facts under a node.

    Every node's items answer ``NodeKeyRole`` (its key), ``CountRole`` (its facts) and a tooltip;
    under a filter the proxy writes "n of N" into the counts it shows.
    """

    HEADERS = ("Cities and sectors", "Facts")
    STEP_S = 0.008  # the other grouping's items are made in steps of this long, between a person's events

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(list(self.HEADERS))
        self._base: FactBase | None = None
        self._grouping: Grouping = "city"
        self._top = TreeNode((), "", np.arange(0))  # invisible; its one child is "All"
        self._trees: dict[str, _Tree] = {}
        self._tree = _Tree(TreeNode((), "All", np.arange(0)), "city")
        self._tree.root.parent = self._top
        self._top.children = [self._tree.root]
        self._shown: list[QStandardItem] = []  # the row of "All" the model holds now
        self._generation = 0

    # -- data --------------------------------------------------------------------------
    def set_fact_base(self, base: FactBase | None, grouping: Grouping | None = None) -> None:
        old = list(self._trees.values())
        self._base = base
        self._trees = {}
        self._generation += 1
        self._show(grouping if grouping is not None else self._grouping)
        for tree in old:
            _dismantle(tree.root)
        # What the first filter needs, and the other grouping's items, made once the window has painted.
        generation = self._generation
        QTimer.singleShot(0, self, lambda: self._warm(generation))

    def _warm(self, generation: int) -> None:
        if generation != self._generation or self._base is None:
            return
        self.leaf_layout()
        other = self._tree_of(other_grouping(self._grouping))
        if not other.step(self.STEP_S):
            QTimer.singleShot(0, self, lambda: self._warm(generation))

    def prepared(self) -> bool:
        """Both groupings' items are made (the other one is made in steps once a fact base is shown)."""
        return self._base is None or all(
            (tree := self._trees.get(g)) is not None and tree.items is not None for g in ("city", "sector"))

    def _tree_of(self, grouping: Grouping) -> _Tree:
        tree = self._trees.get(grouping)
        if tree is None:
            root = build_tree(self._base, grouping) if self._base is not None else TreeNode((), "All", np.arange(0))
            tree = self._trees[grouping] = _Tree(root, grouping)
        return tree

    def _show(self, grouping: Grouping) -> None:
        tree = self._tree_of(grouping)
        items = tree.make()
        self.beginResetModel()
        # The rows are moved under a reset the proxy and the views handle as one; their own signals would
        # have the proxy map each removed and inserted row.
        blocked = self.blockSignals(True)
        try:
            if self.rowCount():
                self._tree.items = self.takeRow(0)  # kept for a switch back
            self.appendRow(items)
        finally:
            self.blockSignals(blocked)
        self._tree, self._grouping = tree, grouping
        tree.root.parent = self._top
        tree.root.row = 0
        self._top.children = [tree.root]
        self.endResetModel()

    def set_grouping(self, grouping: Grouping) -> None:
        if grouping != self._grouping:
            self._show(grouping)

    @property
    def grouping(self) -> Grouping:
        return self._grouping

    def node(self, index: Index) -> TreeNode:
        if not index.isValid():
            return self._top
        return self._tree.nodes[index.data(_KEY)]

    def index_for_key(self, key: tuple[str, ...]) -> QModelIndex:
        """The node of ``key``, or of the longest start of it the tree has."""
        nodes = self._tree.nodes
        while key and key not in nodes:
            key = key[:-1]
        node = nodes.get(key)
        rows = []
        while node is not None and node is not self._top:
            rows.append(node.row)
            node = node.parent
        idx = QModelIndex()
        for row in reversed(rows):
            idx = self.index(row, 0, idx)
        return idx

    def leaf_numbers(self) -> tuple[list[TreeNode], np.ndarray]:
        """The second-level nodes, and for each fact the number of the one holding it (made once per tree)."""
        tree = self._tree
        cached = tree.leaves
        if cached is None:
            leaves = [leaf for node in tree.root.children for leaf in node.children]
            of = np.zeros(tree.root.count, dtype=np.int32)
            if leaves:
                sizes = np.fromiter((len(leaf.rows) for leaf in leaves), dtype=np.int64, count=len(leaves))
                of[np.concatenate([leaf.rows for leaf in leaves])] = np.repeat(
                    np.arange(len(leaves), dtype=np.int32), sizes)
            cached = tree.leaves = (leaves, of)
        return cached

    def leaf_layout(self) -> tuple[list[int], np.ndarray]:
        """``id()`` of each second-level node in ``leaf_numbers`` order, and where each first-level
        node's leaves start in it (for first-level sums with one ``reduceat``)."""
        tree = self._tree
        cached = tree.leaf_layout
        if cached is None:
            leaves, _ = self.leaf_numbers()
            sizes = [len(node.children) for node in tree.root.children if node.children]
            starts = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64) if sizes else np.zeros(0, np.int64)
            cached = tree.leaf_layout = ([id(leaf) for leaf in leaves], starts)
        return cached


class TreeFilterProxy(QSortFilterProxyModel):
    """Hides nodes with no fact matching the filter; counts then show matching facts.

    The mask is the ``FilterState``'s (the nav panel's, shared with the table): read, never copied.
    """

    def __init__(self, parent: Any = None, state: FilterState | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(False)  # a node's own rows already cover its subtree
        self.state = state if state is not None else FilterState()
        self._counted: np.ndarray | None = None  # the mask _counts were made for
        self._counts: dict[int, int] = {}
        self.leaves_shown = 0  # second-level nodes the filter leaves (when there is one)
        self._stale = False  # counts are by node identity: a rebuilt tree needs them again
        self._written: dict[int, tuple[TreeNode, QStandardItem, int]] = {}  # counts showing "n of N", by node id

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        # Marked before the reset: on modelReset the proxy's own slot, connected first, refilters at once.
        model.modelAboutToBeReset.connect(self._tree_rebuilt)

    def _tree_rebuilt(self) -> None:
        self._stale = True
        self._unwrite()  # the trees kept for a switch back show their own counts when shown again

    def _unwrite(self) -> None:
        """Every count written under a filter back to the node's number of facts."""
        if not self._written:
            return
        model = self.sourceModel()
        blocked = model.blockSignals(True)
        try:
            for node, item, _ in self._written.values():
                item.setText(str(node.count))
                item.setData(node.count, _COUNT)
        finally:
            model.blockSignals(blocked)
        self._written = {}

    @property
    def _mask(self) -> np.ndarray | None:
        return self.state.shown

    def recount(self) -> None:
        """Count the facts the state's mask leaves under each node (``leaves_shown`` too), not yet filtering."""
        self._counted = self._mask
        self._counts = self._count(self._counted)

    def refilter(self, counted: bool = False) -> None:
        """Filter again by the state's mask (a boolean array over FactBase.facts rows, or None: all); with
        ``counted``, ``recount`` has been called for this mask."""
        if not counted or self._counted is not self._mask:
            self.recount()
        if self._counted is None:
            self._unwrite()
        # invalidate() drops the proxy's mappings, so only nodes on screen are filtered again;
        # endFilterChange() would refilter the children of every node ever shown (10^4 Python
        # calls per keystroke at a million facts) and announce each change parent by parent.
        self.invalidate()

    def _count(self, mask: np.ndarray | None) -> dict[int, int]:
        """Matching facts per node (by id), all at once: one bincount instead of a sum per node."""
        model = self.sourceModel()
        if mask is None or not isinstance(model, FactTreeModel):
            return {}
        leaves, leaf_of = model.leaf_numbers()
        self._stale = False
        if len(leaf_of) != len(mask):
            return {}
        root = model.node(model.index(0, 0))
        per_leaf = np.bincount(leaf_of[mask], minlength=len(leaves)) if leaves else np.zeros(0, dtype=np.int64)
        self.leaves_shown = int(np.count_nonzero(per_leaf))
        ids, starts = model.leaf_layout()
        counts = dict(zip(ids, per_leaf.tolist()))
        firsts = root.children
        if len(starts):
            sums = np.add.reduceat(per_leaf, starts).tolist() if len(per_leaf) else [0] * len(starts)
            counts.update(zip((id(n) for n in firsts if n.children), sums))
        for node in firsts:
            if not node.children:
                counts[id(node)] = 0
        counts[id(root)] = int(mask.sum())
        return counts

    def _matching(self, node: TreeNode) -> int:
        if self._mask is None:
            return node.count
        if self._stale or self._counted is not self._mask:  # the tree was rebuilt (grouping switched)
            self._counted = self._mask
            self._counts = self._count(self._counted)
        count = self._counts.get(id(node))
        return count if count is not None else (int(self._mask[node.rows].sum()) if node.count else 0)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._mask is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, FactTreeModel)
        node = model.node(source_parent).children[source_row]
        shown = self._matching(node)
        if node.key and not shown:
            return False
        # A node is shown only once the proxy has filtered it since the mask changed: its count is written now.
        written = self._written.get(id(node))
        if written is None or written[2] != shown:
            parent = model.itemFromIndex(source_parent) if source_parent.isValid() else model.invisibleRootItem()
            item = parent.child(source_row, 1)
            blocked = model.blockSignals(True)
            try:
                item.setText(f"{shown} of {node.count}")
                item.setData(shown, _COUNT)
            finally:
                model.blockSignals(blocked)
            self._written[id(node)] = (node, item, shown)
        return True

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        """Answered from the tree: the base class would filter the children of every collapsed
        node the view draws (24 sectors under each of 400 cities at a million facts).

        A city or sector the filter shows holds a matching fact, so one of its children holds it too.
        """
        if not parent.isValid() or parent.column() != 0 or not parent.parent().isValid():
            return super().hasChildren(parent)  # "All": the first level is what the filter leaves
        # Asked of every first-level node at each layout of the tree (400 at a million facts): C++ calls only.
        return self.sourceModel().hasChildren(self.mapToSource(parent))

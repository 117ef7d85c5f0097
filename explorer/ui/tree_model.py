"""The city/sector navigation tree as a QAbstractItemModel, and its filter proxy."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer

from explorer.model.load.factbase import FactBase
from explorer.model.numbers import counted
from explorer.model.queries import Grouping, TreeNode, build_tree, other_grouping
from explorer.ui.filter_state import FilterState
from explorer.ui.roles import CountRole, NodeKeyRole
from explorer.ui.tooltip import plain_tooltip

Index = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ANSWERED = frozenset((_DISPLAY, _TOOLTIP, _ALIGNMENT, int(NodeKeyRole), int(CountRole)))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


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


class FactTreeModel(QAbstractItemModel):
    """All → city → sector (or All → sector → city); column 1 counts the facts under a node."""

    HEADERS = ("Cities and sectors", "Facts")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._base: FactBase | None = None
        self._grouping: Grouping = "city"
        self._root = TreeNode((), "", np.arange(0))
        self._top = TreeNode((), "", np.arange(0))  # invisible; its one child is "All"
        # Made from the current tree on first use, dropped when _rebuild makes another.
        self._leaves: tuple[list[TreeNode], np.ndarray] | None = None
        self._leaf_layout: tuple[list[int], np.ndarray] | None = None

    # -- data --------------------------------------------------------------------------
    def set_fact_base(self, base: FactBase | None, grouping: Grouping | None = None) -> None:
        self.beginResetModel()
        old = self._root
        self._base = base
        if grouping is not None:
            self._grouping = grouping
        self._rebuild()
        self.endResetModel()
        _dismantle(old)
        # What the first filter needs, made once the window has painted rather than on the first keystroke.
        QTimer.singleShot(0, self._warm)

    def _warm(self) -> None:
        self.leaf_layout()

    def set_grouping(self, grouping: Grouping) -> None:
        if grouping != self._grouping:
            self.set_fact_base(self._base, grouping)

    @property
    def grouping(self) -> Grouping:
        return self._grouping

    def _rebuild(self) -> None:
        if self._base is None:
            self._root = TreeNode((), "All", np.arange(0))
        else:
            self._root = build_tree(self._base, self._grouping)
        self._leaves = self._leaf_layout = None
        self._root.parent = self._top
        self._root.row = 0
        self._top.children = [self._root]

    def node(self, index: Index) -> TreeNode:
        if not index.isValid():
            return self._top
        return index.internalPointer()  # type: ignore[no-any-return]

    def index_for_key(self, key: tuple[str, ...]) -> QModelIndex:
        idx = self.index(0, 0)
        for depth in range(len(key)):
            node = self.node(idx)
            for row, child in enumerate(node.children):
                if child.key == key[: depth + 1]:
                    idx = self.index(row, 0, idx)
                    break
            else:
                return idx
        return idx

    # -- QAbstractItemModel -------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        # The views and the proxy ask this thousands of times per change: kept to the bare minimum
        # (hasIndex() would call back into rowCount/columnCount).
        if parent.isValid():
            if parent.column():
                return QModelIndex()
            children = parent.internalPointer().children
        else:
            children = self._top.children
        if 0 <= row < len(children) and 0 <= column < 2:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def leaf_numbers(self) -> tuple[list[TreeNode], np.ndarray]:
        """The second-level nodes, and for each fact the number of the one holding it (made once per tree)."""
        cached = self._leaves
        if cached is None:
            leaves = [leaf for node in self._root.children for leaf in node.children]
            of = np.zeros(self._root.count, dtype=np.int32)
            if leaves:
                sizes = np.fromiter((len(leaf.rows) for leaf in leaves), dtype=np.int64, count=len(leaves))
                of[np.concatenate([leaf.rows for leaf in leaves])] = np.repeat(
                    np.arange(len(leaves), dtype=np.int32), sizes)
            cached = self._leaves = (leaves, of)
        return cached

    def leaf_layout(self) -> tuple[list[int], np.ndarray]:
        """``id()`` of each second-level node in ``leaf_numbers`` order, and where each first-level
        node's leaves start in it (for first-level sums with one ``reduceat``)."""
        cached = self._leaf_layout
        if cached is None:
            leaves, _ = self.leaf_numbers()
            sizes = [len(node.children) for node in self._root.children if node.children]
            starts = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64) if sizes else np.zeros(0, np.int64)
            cached = self._leaf_layout = ([id(leaf) for leaf in leaves], starts)
        return cached

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: TreeNode = index.internalPointer()
        parent = node.parent
        if parent is None or parent is self._top:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2

    @staticmethod
    def shown_count(node: TreeNode) -> int | None:
        """The facts a filter leaves under ``node`` (None: no filter); the filter proxy answers it."""
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # A tree step paints every row in view, each cell asked for about ten roles: the ones never
        # answered go back at once, and the proxy passes every role through without Python of its own.
        if role not in _ANSWERED or not index.isValid():
            return None
        node: TreeNode = index.internalPointer()
        if role == _DISPLAY:
            if index.column() == 0:
                return node.label
            shown = self.shown_count(node)
            return str(node.count) if shown is None else f"{shown} of {node.count}"
        if role == NodeKeyRole:
            return node.key
        if role == CountRole:
            shown = self.shown_count(node) if index.column() == 1 else None
            return node.count if shown is None else shown
        if role == _TOOLTIP:
            level = ("all facts", self._grouping, other_grouping(self._grouping))[len(node.key)]
            return plain_tooltip(f"{node.label} — {counted(node.count, 'fact')} ({level})")
        if role == _ALIGNMENT and index.column() == 1:
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return self.HEADERS[section]
        return None

    _FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # made once: a keystroke asks ~1,000 times

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self._FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags


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

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        # Marked before the reset: on modelReset the proxy's own slot, connected first, refilters at once.
        model.modelAboutToBeReset.connect(self._tree_rebuilt)
        if isinstance(model, FactTreeModel):
            model.shown_count = self._shown_count  # type: ignore[method-assign]  # "n of N" under a filter

    def _shown_count(self, node: TreeNode) -> int | None:
        return None if self._mask is None else self._matching(node)

    def _tree_rebuilt(self) -> None:
        self._stale = True

    @property
    def _mask(self) -> np.ndarray | None:
        return self.state.shown

    def refilter(self) -> None:
        """Filter again by the state's mask (a boolean array over FactBase.facts rows, or None: all)."""
        self._counted = self._mask
        self._counts = self._count(self._counted)
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
        if source_parent.isValid():
            parent = source_parent.internalPointer()
        else:
            model = self.sourceModel()
            assert isinstance(model, FactTreeModel)
            parent = model.node(source_parent)
        node = parent.children[source_row]
        return not node.key or self._matching(node) > 0

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        """Answered from the tree: the base class would filter the children of every collapsed
        node the view draws (24 sectors under each of 400 cities at a million facts).

        A city or sector the filter shows holds a matching fact, so one of its children holds it too.
        """
        if not parent.isValid() or parent.column() != 0:
            return super().hasChildren(parent)
        model = self.sourceModel()
        assert isinstance(model, FactTreeModel)
        node = model.node(self.mapToSource(parent))
        if not node.key:  # "All": the first level is what the filter leaves
            return super().hasChildren(parent)
        return bool(node.children)


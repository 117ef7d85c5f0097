"""The questions the window asks of a fact base: the tree, facts under a node, plot series (search: ``search.index``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd

from explorer.model.load.factbase import FactBase

Grouping = Literal["city", "sector"]
GROUPINGS: tuple[Grouping, ...] = ("city", "sector")


@dataclass
class TreeNode:
    """A node of the navigation tree; ``rows`` are positions in ``FactBase.facts``."""

    key: tuple[str, ...]
    label: str
    rows: np.ndarray
    children: list[TreeNode] = field(default_factory=list)
    parent: TreeNode | None = field(default=None, repr=False)
    row: int = 0  # its place among its parent's children

    @property
    def count(self) -> int:
        return len(self.rows)


def other_grouping(grouping: Grouping) -> Grouping:
    """The tree's second level under ``grouping``'s first: sector under city, city under sector."""
    return "sector" if grouping == "city" else "city"


def node_key(grouping: Grouping, city: str, sector: str) -> tuple[str, str]:
    """The key of the tree node that holds a fact of ``city`` and ``sector`` under ``grouping``."""
    return (city, sector) if grouping == "city" else (sector, city)


def build_tree(base: FactBase, grouping: Grouping = "city") -> TreeNode:
    """All → first level → second level, each node holding its facts' row positions.

    Facts are not tree nodes of their own: the table lists a node's facts. Levels are
    sorted by the order of cities and sectors in their files, then by name.
    """
    facts = base.facts
    first, second = grouping, other_grouping(grouping)
    labels = {"city": base.city_label, "sector": base.sector_label}
    root = TreeNode((), "All", np.arange(len(facts)))
    if len(facts) == 0:
        return root
    # The row order and node bounds come from the cache (a switch of grouping groups nothing again);
    # the nodes are made here, each holding a view of the layout's rows.
    layout = tree_layout(base, grouping)
    by_first, by_leaf = layout.by_first, layout.by_leaf
    leaf = 0
    for i, a in enumerate(layout.firsts):
        node = TreeNode((a,), labels[first](a), by_first[layout.first_starts[i]:layout.first_starts[i + 1]],
                        parent=root, row=len(root.children))
        while leaf < len(layout.leaf_first) and layout.leaf_first[leaf] == i:
            b = layout.leaf_second[leaf]
            node.children.append(TreeNode((a, b), labels[second](b),
                                          by_leaf[layout.leaf_starts[leaf]:layout.leaf_starts[leaf + 1]],
                                          parent=node, row=len(node.children)))
            leaf += 1
        root.children.append(node)
    return root


@dataclass(frozen=True)
class TreeLayout:
    """The tree of one grouping as arrays: each node's rows are a slice of one row order."""

    firsts: list[str]  # first-level values, in the tree's order
    first_starts: np.ndarray  # first-level node i holds by_first[first_starts[i]:first_starts[i + 1]]
    by_first: np.ndarray  # fact rows ordered by their first-level node, ascending within it
    leaf_first: list[int]  # each second-level node's first-level node, in the tree's order
    leaf_second: list[str]  # and its second-level value
    leaf_starts: np.ndarray  # second-level node j holds by_leaf[leaf_starts[j]:leaf_starts[j + 1]]
    by_leaf: np.ndarray  # fact rows ordered by their second-level node, ascending within it


def _ranked(values: pd.Series, known: list[str]) -> tuple[np.ndarray, list[str]]:
    """Each value's rank in the tree's order (the file's order, then the others by name), and the values so ranked."""
    codes, uniques = pd.factorize(values.astype(str), use_na_sentinel=False)
    place = {value: i for i, value in enumerate(known)}
    names = [str(u) for u in uniques]
    ordered = sorted(range(len(names)), key=lambda i: (place.get(names[i], len(known)), names[i]))
    rank = np.empty(len(names), dtype=np.int64)
    rank[ordered] = np.arange(len(names))
    return rank[codes], [names[i] for i in ordered]


def _sort_rows(key: np.ndarray, top: int) -> np.ndarray:
    """Rows in the order of ``key`` (values below ``top``), ties in row order: a radix sort where the keys fit 16 bits."""
    small = top <= np.iinfo(np.uint16).max + 1
    return np.argsort(key.astype(np.uint16) if small else key, kind="stable")


def _make_layouts(base: FactBase) -> dict[str, TreeLayout]:
    """The tree of each grouping, from one factorization of the city and of the sector column."""
    facts = base.facts
    ranked = {"city": _ranked(facts["city"], list(base.cities)), "sector": _ranked(facts["sector"], list(base.sectors))}
    n = len(facts)
    layouts = {}
    for first, second in (("city", "sector"), ("sector", "city")):
        (a, a_names), (b, b_names) = ranked[first], ranked[second]
        width = max(len(b_names), 1)
        # Stable sorts: the rows of a node stay ascending, as a node's rows have always been.
        by_first = _sort_rows(a, len(a_names))
        counts = np.bincount(a, minlength=len(a_names))
        first_starts = np.concatenate(([0], np.cumsum(counts)))
        key = a * width + b
        by_leaf = _sort_rows(key, len(a_names) * width)
        ordered = key[by_leaf]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]]) if n else np.zeros(0, dtype=np.int64)
        leaf_keys = ordered[starts]
        present = counts > 0
        renumber = np.cumsum(present) - 1  # first-level ranks of the values present, without gaps
        layouts[first] = TreeLayout(
            [name for name, there in zip(a_names, present) if there],
            first_starts[np.r_[np.flatnonzero(present), len(a_names)]], by_first,
            renumber[leaf_keys // width].tolist(), [b_names[int(k)] for k in leaf_keys % width],
            np.concatenate((starts, [n])), by_leaf)
    return layouts


def tree_layout(base: FactBase, grouping: Grouping) -> TreeLayout:
    """The tree of ``grouping`` as arrays, made once per facts frame (a loading thread may make it first)."""
    facts = base.facts
    caches = base.caches
    with caches.lock:
        kept = caches.tree_layouts
    if kept is None or kept[0] is not facts:
        kept = (facts, _make_layouts(base))
        with caches.lock:
            if base.facts is facts:  # not made from a frame replaced meanwhile
                caches.tree_layouts = kept
    return kept[1][grouping]


def warm_trees(base: FactBase) -> None:
    """Lay out the tree of every grouping now (a loading thread does: a switch of grouping then groups nothing)."""
    tree_layout(base, "city")


def facts_under(base: FactBase, key: tuple[str, ...], grouping: Grouping = "city") -> pd.DataFrame:
    """Facts below a tree node given by its key: () is all, (city,) or (city, sector)."""
    facts = base.facts
    mask = pd.Series(True, index=facts.index)
    for column, value in zip((grouping, other_grouping(grouping)), key):
        mask &= facts[column] == value
    return facts[mask]

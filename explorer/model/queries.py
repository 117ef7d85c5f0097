"""The questions the window asks of a fact base: tree, facts under a node, search, plot series."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd

from explorer.model.load.factbase import FactBase
from explorer.model.search.matching import Texts, matcher
from explorer.model.search.server import SearchServer

Grouping = Literal["city", "sector"]
GROUPINGS: tuple[Grouping, ...] = ("city", "sector")
SEARCH_COLUMNS = ("metric", "entity", "quote", "city", "sector", "as_printed", "period", "formula")


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
    order = {"city": list(base.cities), "sector": list(base.sectors)}
    labels = {"city": base.city_label, "sector": base.sector_label}
    root = TreeNode((), "All", np.arange(len(facts)))

    def sort_key(level: str, value: str) -> tuple[int, str]:
        known = order[level]
        return (known.index(value) if value in known else len(known), value)

    if len(facts) == 0:
        return root
    groups = facts.groupby([first, second], sort=False).indices
    by_first: dict[str, list[tuple[str, np.ndarray]]] = {}
    for (a, b), rows in groups.items():
        by_first.setdefault(a, []).append((b, rows))
    for a in sorted(by_first, key=lambda v: sort_key(first, v)):
        parts = sorted(by_first[a], key=lambda item: sort_key(second, item[0]))
        rows = np.sort(np.concatenate([r for _, r in parts]))
        node = TreeNode((a,), labels[first](a), rows, parent=root, row=len(root.children))
        for b, child_rows in parts:
            node.children.append(TreeNode((a, b), labels[second](b), np.sort(child_rows), parent=node,
                                          row=len(node.children)))
        root.children.append(node)
    return root


def facts_under(base: FactBase, key: tuple[str, ...], grouping: Grouping = "city") -> pd.DataFrame:
    """Facts below a tree node given by its key: () is all, (city,) or (city, sector)."""
    facts = base.facts
    mask = pd.Series(True, index=facts.index)
    for column, value in zip((grouping, other_grouping(grouping)), key):
        mask &= facts[column] == value
    return facts[mask]


class SearchIndex:
    """Each search column once per distinct value, casefolded, with a code per fact.

    A keystroke then tests each distinct text once (a quote shared by three facts, a city
    by thousands) and spreads the answer to the facts with one array lookup.
    """

    def __init__(self, base: FactBase) -> None:
        self.facts = base.facts
        self.columns: list[tuple[np.ndarray, Texts]] = []
        for column in SEARCH_COLUMNS:
            codes, uniques = pd.factorize(self.facts[column].astype(str), use_na_sentinel=False)
            self.columns.append((codes, Texts([str(u).casefold() for u in uniques])))
        self.labels = [(column, pd.factorize(self.facts[column], use_na_sentinel=False), labels)
                       for column, labels in (("city", base.cities), ("sector", base.sectors))]
        self.server: SearchServer | None = None
        # Closed before it was even built (the window went while the index was being made): no child.
        self._closed = base.caches.search_closed
        self._server_lock = threading.Lock()

    def start_server(self) -> bool:
        """Search in a child process from now on (the UI thread's Python then never waits for it)."""
        with self._server_lock:
            if self.server is not None or self._closed:
                return self.server is not None
        server = SearchServer.start([texts for _, texts in self.columns])  # seconds: not under the lock
        with self._server_lock:
            if server is not None and (self._closed or self.server is not None):
                server.close()  # closed (or started twice) while the child was starting
            elif server is not None:
                self.server = server
            return self.server is not None

    def close(self) -> None:
        """Stop the child process, for good; searches go on in this process."""
        with self._server_lock:
            self._closed = True
            server, self.server = self.server, None
        if server is not None:
            server.close()

    def mask(self, needle: str, pause: float = 0.0) -> np.ndarray:
        """Facts with ``needle`` (casefolded) at a word start in a search column (``explorer.model.search.matching``);
        ``pause`` seconds between chunks of texts.

        In a worker thread a pause hands the GIL to the UI thread: Python's own switching
        alone leaves the UI waiting for most of a long search.
        """
        mask = np.zeros(len(self.facts), dtype=bool)
        found = matcher(needle)  # at word starts, as the search process matches
        server = self.server
        hits = server.search(needle) if server is not None else None
        for number, (codes, texts) in enumerate(self.columns):
            if hits is not None:
                if hits[number].any():
                    mask |= hits[number][codes]
                continue
            hit = texts.hits(needle, pause)
            if hit.any():
                mask |= hit[codes]
        for _column, (codes, uniques), labels in self.labels:
            named = {k for k, lab in labels.items() if found(lab.display.casefold())}
            if named:
                mask |= np.fromiter((u in named for u in uniques), dtype=bool, count=len(uniques))[codes]
        return mask


def search_index(base: FactBase) -> SearchIndex:
    """The search index of ``base``, built on first use and kept until its facts change.

    The search worker and the search process's starter may both ask at once: one builds it.
    """
    caches = base.caches
    replaced = None
    with caches.search_lock:
        index = caches.search_index
        if index is None or index.facts is not base.facts:
            replaced = index
            index = SearchIndex(base)
            with caches.lock:
                caches.search_index = index  # keeps its frame: built from replaced facts, the next call replaces it
    if replaced is not None:
        replaced.close()
    if caches.search_closed:
        index.close()  # close_search_index ran while this one was being built
    return index


def close_search_index(base: FactBase) -> None:
    """Stop the search process of ``base`` for good, even one whose index is still being built."""
    caches = base.caches
    with caches.lock:
        caches.search_closed = True
        index = caches.search_index
    if index is not None:
        index.close()


def search_mask(base: FactBase, text: str, pause: float = 0.0) -> pd.Series:
    """Facts whose metric, entity, quote, city, sector (English or Chinese) hold ``text`` at a word start."""
    facts = base.facts
    needle = text.strip().casefold()
    if not needle:
        return pd.Series(True, index=facts.index)
    return pd.Series(search_index(base).mask(needle, pause), index=facts.index)


def search(base: FactBase, text: str) -> pd.DataFrame:
    return base.facts[search_mask(base, text)]


# The plot series live in explorer.model.series; the window's loader warms them through here.
from explorer.model.series import SERIES, SERIES_QUERIES, series, warm_series  # noqa: E402

__all__ = ["SERIES", "SERIES_QUERIES", "series", "warm_series"]

"""The search index of a fact base: each search column's distinct texts, kept per facts frame.

``search_mask`` answers the filter box: the facts with the text at a word start in a search
column (``explorer.model.search.matching``), in this process or, once ``start_server`` ran, in
the child process of ``explorer.model.search.server`` beside it.
"""

from __future__ import annotations

import threading

import numpy as np
import pandas as pd

from explorer.model.load.factbase import FactBase
from explorer.model.search.matching import Texts, matcher
from explorer.model.search.server import SearchServer

# The columns the filter searches (the city and sector also by their English and Chinese names).
SEARCH_COLUMNS = ("metric", "entity", "quote", "city", "sector", "as_printed", "period", "formula")


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
    """The facts ``search_mask`` finds."""
    return base.facts[search_mask(base, text)]

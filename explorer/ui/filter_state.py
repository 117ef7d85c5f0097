"""Which facts the tree and the table show: held once, by the nav panel, and read by both proxies."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


class FilterState:
    """The filter text's matches and, while only conflicts are shown, the facts in conflict.

    One object for the whole window: the tree's proxy and the table's proxy read ``shown`` from
    it, so the two views can never filter by different masks. Only the nav panel sets it.
    """

    def __init__(self) -> None:
        self.matches: np.ndarray | None = None  # the filter text's matches over FactBase.facts rows (None: no text)
        self.conflicts: np.ndarray | None = None  # the facts in conflict, while only they are shown (None: all)
        self.shown: np.ndarray | None = None  # both at once: what the tree and the table show (None: every fact)

    def set(self, matches: np.ndarray | None, conflicts: np.ndarray | None = None) -> None:
        self.matches, self.conflicts = matches, conflicts
        if conflicts is None:
            self.shown = matches
        else:
            self.shown = conflicts if matches is None else matches & conflicts

    @property
    def filtered(self) -> bool:
        """A filter text narrows the facts."""
        return self.matches is not None

    @property
    def conflicts_only(self) -> bool:
        """Only the facts in conflict are shown."""
        return self.conflicts is not None

    def matching(self, row: int) -> bool:
        """The fact at ``row`` matches the filter text (every fact does when there is none)."""
        return self.matches is None or bool(self.matches[row])

    def showing(self, row: int) -> bool:
        """The fact at ``row`` passes the filter and, if on, conflicts only."""
        return self.shown is None or bool(self.shown[row])

"""What a person sees of the window, read the way the tests need it."""

from __future__ import annotations

from typing import Any


def all_count(window: Any) -> str:
    """The tree's count beside "All": "12 of 77" while a filter narrows the facts, "77" otherwise."""
    proxy = window.nav.tree_proxy
    return str(proxy.index(0, 1).data())


def filtered_count(window: Any) -> int | None:
    """How many facts the filter leaves, as the tree's "All" row says it; None while nothing is filtered."""
    shown, of, _total = all_count(window).partition(" of ")
    return int(shown) if of else None


def table_ids(window: Any) -> list[str]:
    """The ids of the table's rows, top to bottom."""
    from explorer.ui.roles import FactIdRole

    proxy = window.table_proxy
    return [proxy.index(r, 0).data(FactIdRole) for r in range(proxy.rowCount())]

"""The Qt-free fact base: schema, loading, validation, queries, numbers and export.

Nothing under this package may import Qt or pyqtgraph (a test enforces it), so every
figure, check and export is testable without a display.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from explorer.model.load.factbase import FactBase, Problem, load_fact_base

__all__ = ["FactBase", "Problem", "load_fact_base"]


def __getattr__(name: str) -> Any:
    # Imported on first use: ``explorer.model.files.paths`` alone must not pull in pandas (start-up time).
    if name in __all__:
        from explorer.model.load import factbase

        return getattr(factbase, name)
    raise AttributeError(f"module 'explorer.model' has no attribute {name!r}")

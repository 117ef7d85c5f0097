"""The Qt-free fact base: schema, loading, validation, queries, numbers and export.

Nothing under this package may import Qt or pyqtgraph (a test enforces it), so every
figure, check and export is testable without a display.
"""

from explorer.model.factbase import FactBase, Problem, load_fact_base

__all__ = ["FactBase", "Problem", "load_fact_base"]

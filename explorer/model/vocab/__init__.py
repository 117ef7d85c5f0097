"""Vocabularies kept as data, not code: the units table and the metrics table of a data folder.

A data folder may hold its own ``units.csv`` and ``metrics.csv``; one without them uses the
tables bundled with the app (``data/`` of the checkout, ``explorer/_bundled/data`` in a wheel).
Submodules: ``units`` (no pandas: ``numbers`` imports it at start-up), ``metrics``, ``aliases``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.model.load.records import Problem
    from explorer.model.vocab.metrics import MetricTable
    from explorer.model.vocab.units import Unit

__all__ = ["Vocabulary", "load_vocabulary"]


@dataclass(frozen=True)
class Vocabulary:
    """The units and metrics a fact base is read with."""

    units: dict[str, Unit]
    metrics: MetricTable


def load_vocabulary(data_dir: Path, problems: list[Problem]) -> Vocabulary:
    """The folder's units.csv and metrics.csv (the bundled ones where it has none); problems appended."""
    from explorer.model.vocab.metrics import load_metrics
    from explorer.model.vocab.units import load_units

    units = load_units(data_dir, problems)
    return Vocabulary(units, load_metrics(data_dir, problems, units))

"""The units and metrics tables a fact base is read with, loaded together."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from explorer.model.load.tables import Problem
from explorer.model.vocab.metrics import MetricTable, load_metrics
from explorer.model.vocab.units import Unit, load_units


@dataclass(frozen=True)
class Vocabulary:
    """The units and metrics a fact base is read with."""

    units: dict[str, Unit]
    metrics: MetricTable


def load_vocabulary(data_dir: Path, problems: list[Problem]) -> Vocabulary:
    """The folder's units.csv and metrics.csv (the bundled ones where it has none); problems appended."""
    units = load_units(data_dir, problems)
    return Vocabulary(units, load_metrics(data_dir, problems, units))

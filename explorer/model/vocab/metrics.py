"""The metrics table: one id per metric, with its English and Chinese names and aliases.

"GDP", "gross domestic product" and "地区生产总值" name one metric. A fact's free-text metric
is matched to a metric by name or alias (case and spacing aside); a metric that matches
nothing stays its own metric, with its text as its id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.model.files.paths import bundled_data_dir
from explorer.model.load.tables import Problem, read_table
from explorer.model.vocab.units import Unit

METRIC_COLUMNS: tuple[str, ...] = ("id", "name", "name_zh", "unit_class", "aliases")
_SPACE = re.compile(r"\s+")
# What a derived figure's metric adds after the metric it is a figure of: "... (previous year, implied)".
_DERIVED_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def normalise(name: str) -> str:
    """A metric name as matched: case-folded, spaces collapsed."""
    return _SPACE.sub(" ", name).strip().casefold()


@dataclass(frozen=True)
class Metric:
    id: str
    name: str
    name_zh: str
    unit_class: str
    aliases: tuple[str, ...] = ()


@dataclass
class MetricTable:
    """The metrics of a fact base and every name they are known by."""

    metrics: dict[str, Metric] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # normalised name or alias -> metric id

    def match(self, text: str) -> str | None:
        """The id of the metric ``text`` names, or None when it names none of the table."""
        return self.names.get(normalise(text))

    def metric_id(self, text: str, derived: bool = False) -> str:
        """The metric id of a fact's metric text: the table's id, else the text itself (its own metric).

        A derived figure's "X (previous year, implied)" is a figure of X.
        """
        found = self.match(text)
        if found is None and derived:
            found = self.match(_DERIVED_NOTE.sub("", text))
        return found if found is not None else text.strip()

    def metric_ids(self, texts: Iterable[str], derived: np.ndarray | None = None) -> np.ndarray:
        """``metric_id`` of every text, computed once per distinct (text, derived) pair."""
        values = np.asarray(list(texts) if not isinstance(texts, np.ndarray | pd.Series) else texts, dtype=object)
        flags = np.zeros(len(values), dtype=bool) if derived is None else np.asarray(derived, dtype=bool)
        out = np.empty(len(values), dtype=object)
        for flag in (False, True):
            rows = np.flatnonzero(flags == flag)
            if not len(rows):
                continue
            codes, uniques = pd.factorize(values[rows])
            out[rows] = np.array([self.metric_id(str(u), flag) for u in uniques] or [""], dtype=object)[codes]
        return out

    def accepted_text(self, limit: int = 1000) -> str:
        text = ", ".join(f"{m.id} ({m.name}{' ' + m.name_zh if m.name_zh else ''})" for m in self.metrics.values())
        return text if len(text) <= limit else text[: text.rfind(", ", 0, limit)] + ", …"


def _bundled_path() -> Path:
    return bundled_data_dir() / "metrics.csv"


def load_metrics(data_dir: Path, problems: list[Problem], units: dict[str, Unit]) -> MetricTable:
    """The folder's metrics.csv, else the bundled one; bad rows are reported and left out."""
    path = data_dir / "metrics.csv"
    name = "metrics.csv"
    own = path.exists() or path.is_symlink()
    if not own:
        path = _bundled_path()
    classes = sorted({u.base for u in units.values()})
    table = MetricTable()
    sink: list[Problem] = problems if own else []
    for line, row in read_table(path, name, METRIC_COLUMNS, sink):
        mid = row["id"].strip()
        if not mid:
            sink.append(Problem(name, line, None, "empty id; row rejected"))
            continue
        if mid in table.metrics:
            sink.append(Problem(name, line, mid, "duplicate metric id; row rejected"))
            continue
        unit_class = row["unit_class"].strip()
        if unit_class and unit_class not in classes:
            sink.append(Problem(name, line, mid, f"unit class {unit_class!r} is no base unit of the units table "
                                                 f"(accepted: {', '.join(classes)}); row rejected"))
            continue
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        metric = Metric(mid, row["name"].strip() or mid, row["name_zh"].strip(), unit_class, aliases)
        clashes = []
        spellings = {normalise(s) for s in (mid, metric.name, metric.name_zh, *aliases) if s}
        for spelling in spellings:
            other = table.names.get(spelling)
            if other is not None and other != mid:
                clashes.append(f"{spelling!r} already names {other!r}")
        if clashes:
            sink.append(Problem(name, line, mid, f"{'; '.join(clashes)}; row rejected"))
            continue
        table.metrics[mid] = metric
        table.names.update(dict.fromkeys(spellings, mid))
    if not own and sink:
        raise ValueError(f"the bundled metrics table is broken: {sink[0]}")
    return table

"""The units table: each unit as printed (English or Chinese), its base unit and its factor.

``1,000.21 billion yuan`` and ``10002.1亿元`` are both 1.00021 × 10^12 yuan: billion yuan has
factor 10^9, 亿元 10^8. The table is ``units.csv`` of the data folder, or the bundled one.
"""

from __future__ import annotations

import csv
import difflib
import math
import re
from dataclasses import dataclass
from pathlib import Path

from explorer.model.files.paths import bundled_data_dir
from explorer.model.load.tables import Problem, read_table

UNIT_COLUMNS: tuple[str, ...] = ("unit", "base", "factor")
_FACTOR = re.compile(r"^(?:\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|10\^-?\d+)$")


@dataclass(frozen=True)
class Unit:
    """A unit as printed, and how to bring its values to a base unit."""

    name: str
    base: str
    factor: float
    language: str = ""


def parse_factor(text: str) -> float | None:
    """A factor as written in units.csv ("1e8", "100000000", "10^8", "0.5"); None when it is no positive number."""
    text = text.strip()
    if not _FACTOR.match(text):
        return None
    value = 10.0 ** int(text[3:]) if text.startswith("10^") else float(text)
    return value if math.isfinite(value) and value > 0 else None


def _row_unit(row: dict[str, str]) -> tuple[Unit | None, str]:
    name, base = row.get("unit", "").strip(), row.get("base", "").strip()
    if not name:
        return None, "unit is empty"
    if not base:
        return None, f"unit {name!r} has no base unit"
    factor = parse_factor(row.get("factor", ""))
    if factor is None:
        return None, f"factor {row.get('factor', '')!r} of {name!r} is not a positive number (e.g. 1, 1e8, 10^8)"
    return Unit(name, base, factor, row.get("language", "").strip()), ""


def read_bundled(path: Path) -> dict[str, Unit]:
    """The app's own table; a broken one is a broken install, so it raises."""
    units: dict[str, Unit] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for number, row in enumerate(csv.DictReader(fh), 2):
            unit, why = _row_unit(row)
            if unit is None:
                raise ValueError(f"{path}:{number}: {why}")
            units[unit.name] = unit
    return units


def _bundled_path() -> Path:
    return bundled_data_dir() / "units.csv"


BUNDLED_UNITS: dict[str, Unit] = read_bundled(_bundled_path())


def load_units(data_dir: Path, problems: list[Problem]) -> dict[str, Unit]:
    """The folder's units.csv (rows that are wrong are reported and left out), else the bundled table."""
    path = data_dir / "units.csv"
    if not (path.exists() or path.is_symlink()):
        return dict(BUNDLED_UNITS)
    units: dict[str, Unit] = {}
    for line, row in read_table(path, "units.csv", UNIT_COLUMNS, problems):
        unit, why = _row_unit(row)
        if unit is None:
            problems.append(Problem("units.csv", line, None, f"{why}; row rejected"))
        elif unit.name in units:
            problems.append(Problem("units.csv", line, unit.name, "unit listed twice; row rejected"))
        else:
            units[unit.name] = unit
    if not units:
        problems.append(Problem("units.csv", None, None, "no usable unit; the bundled units table is used",
                                "warning"))
        return dict(BUNDLED_UNITS)
    return units


def accepted_text(units: dict[str, Unit], limit: int = 1200) -> str:
    """The accepted units, grouped by base unit, shortened to about ``limit`` characters."""
    by_base: dict[str, list[str]] = {}
    for unit in units.values():
        by_base.setdefault(unit.base, []).append(unit.name)
    text = "; ".join(f"{base}: {', '.join(names)}" for base, names in by_base.items())
    if len(text) > limit:
        cut = text.rfind(", ", 0, limit)
        text = text[: cut if cut > 0 else limit] + f", … ({len(units)} in all, see units.csv)"
    return text


_MESSAGES: dict[tuple[int, str], tuple[dict[str, Unit], str]] = {}


def unknown_unit_message(unit: str, units: dict[str, Unit]) -> str:
    """Why a unit is refused, with the closest accepted ones and the accepted units (one string per unit)."""
    key = (id(units), unit)
    cached = _MESSAGES.get(key)
    if cached is not None and cached[0] is units:  # a bad unit on a million rows is described once
        return cached[1]
    shown = unit if len(unit) <= 40 else unit[:40] + "…"
    close = difflib.get_close_matches(unit[:80], list(units), n=3, cutoff=0.6)
    hint = f" (closest: {', '.join(close)})" if close else ""
    message = f"unknown unit {shown!r}{hint}; accepted units by base: {accepted_text(units)}"
    if len(_MESSAGES) > 1000:
        _MESSAGES.clear()
    _MESSAGES[key] = (units, message)
    return message

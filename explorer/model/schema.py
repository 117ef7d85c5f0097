"""Column names and fixed vocabularies of the fact base files."""

from __future__ import annotations

FACT_COLUMNS: tuple[str, ...] = (
    "id", "kind", "source_id", "city", "sector", "entity", "metric", "value", "unit",
    "qualifier", "period", "as_printed", "quote", "start", "end",
)
OPTIONAL_FACT_COLUMNS: tuple[str, ...] = ("note",)
# The header facts.csv is written with: the required columns, then the optional ones.
FACT_FILE_COLUMNS: tuple[str, ...] = (*FACT_COLUMNS, *OPTIONAL_FACT_COLUMNS)
SOURCE_COLUMNS: tuple[str, ...] = ("id", "title", "date", "path", "sha256")
CITY_COLUMNS: tuple[str, ...] = ("id", "name", "name_zh")
SECTOR_COLUMNS: tuple[str, ...] = ("id", "name")

FACT_KINDS: frozenset[str] = frozenset({"figure", "event"})
DERIVED_KIND = "derived"

# Columns the model adds to every loaded fact.
COMPUTED_COLUMNS: tuple[str, ...] = (
    "value_base", "base_unit", "verified", "derived", "formula", "inputs", "check", "line",
)
# The columns of ``FactBase.facts``: every column of facts.csv, then what the model adds.
FRAME_COLUMNS: tuple[str, ...] = (*FACT_FILE_COLUMNS, *COMPUTED_COLUMNS)
EXPORT_COLUMNS: tuple[str, ...] = (
    *FACT_COLUMNS, "value_base", "base_unit", "verified", "formula", "inputs", "check",
)

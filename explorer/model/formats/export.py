"""Exporting facts as CSV, JSON, XLSX and Markdown, safe to open in a spreadsheet."""

from __future__ import annotations

import io
import json
import math
import re

import pandas as pd

from explorer.model import schema
from explorer.model.files.safe_write import write_atomic
from explorer.model.load.factbase import FactBase
from explorer.model.numbers import format_number

__all__ = ["FORMATS", "export_frame", "neutralise", "render", "to_markdown", "write_atomic"]

FORMATS = ("csv", "json", "xlsx", "md")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The control characters an xlsx cell cannot hold (openpyxl raises IllegalCharacterError on them).
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralise(text: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading apostrophe; other text is kept."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def export_frame(base: FactBase) -> pd.DataFrame:
    """All facts (stated and derived) with the export columns, in their fixed order, then the claim columns
    (metric_id, claim, agreement, agrees_with, conflicts_with: ``explorer.model.claims.grouping``)."""
    from explorer.model.claims.grouping import claims_of

    frame = base.facts.loc[:, list(schema.EXPORT_COLUMNS)].copy().reset_index(drop=True)
    claims = claims_of(base).columns()
    for column in claims.columns:
        frame[column] = claims[column].to_numpy()
    return frame


def xlsx_text(text: str) -> str:
    """Text an xlsx cell can hold: each control character shown as its symbol (U+0001 as U+2401 ␁)."""
    return _XLSX_ILLEGAL.sub(lambda m: chr(0x2400 + ord(m.group())), text)


def _xlsx_cells(frame: pd.DataFrame) -> pd.DataFrame:
    out = _safe_cells(frame)
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(lambda v: xlsx_text(v) if isinstance(v, str) else v)
    return out


def _safe_cells(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(lambda v: neutralise(v) if isinstance(v, str) else v)
    return out


def _markdown_cell(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        return format_number(value)
    # A CR ends a line in Markdown as an LF does: either would end the table row.
    text = re.sub(r"\r\n?|\n", " ", str(value).replace("\\", "\\\\").replace("|", "\\|"))
    for ch in "&<>*_`[]":  # "&lt;" would show as "<"
        text = text.replace(ch, "\\" + ch)
    return text


def to_markdown(frame: pd.DataFrame) -> str:
    head = "| " + " | ".join(frame.columns) + " |"
    rule = "| " + " | ".join("---" for _ in frame.columns) + " |"
    rows = ["| " + " | ".join(_markdown_cell(v) for v in row) + " |" for row in frame.itertuples(index=False)]
    return "\n".join([head, rule, *rows]) + "\n"


def render(base: FactBase, fmt: str) -> bytes:
    """The export as bytes, in one of ``FORMATS``."""
    frame = export_frame(base)
    if fmt == "csv":
        text: str = _safe_cells(frame).to_csv(index=False, lineterminator="\n")
        return text.encode("utf-8")
    if fmt == "json":
        records = json.loads(frame.to_json(orient="records", force_ascii=False))
        return (json.dumps(records, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "xlsx":
        buffer = io.BytesIO()
        _xlsx_cells(frame).to_excel(buffer, index=False, sheet_name="facts", engine="openpyxl")
        return buffer.getvalue()
    if fmt == "md":
        return to_markdown(frame).encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")

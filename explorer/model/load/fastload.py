"""Reading and checking facts.csv a column at a time, so a million facts load in seconds.

The row-by-row loader in ``factbase`` stays the reference: this module only takes over
when the file is regular (clean UTF-8, one record per line, every row with as many
fields as the header), parses it with pandas' C parser, and runs each check over whole
columns. Any row a column check does not clear goes through ``factbase.check_fact``
itself, so every problem is reported exactly as the reference loader reports it
(file, line, fact id, message, order). ``tests/model/test_fastload.py`` compares both.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from explorer.model import schema
from explorer.model.files import safe_read
from explorer.model.load.records import Problem, check_fact, facts_frame
from explorer.model.numbers import PRINTED_NUMBER, QUALIFIERS, UNITS, Unit, is_plain_number, to_base

if TYPE_CHECKING:
    from explorer.model.load.records import Label, Source
    from explorer.model.vocab.metrics import MetricTable

_INT = re.compile(r"\d{1,15}")  # stricter than factbase._parse_int: longer offsets take the reference path

Columns = dict[str, np.ndarray]


def read_regular(path: Path, required: Sequence[str], field_limit: int) -> tuple[list[str], Columns] | None:
    """facts.csv as (header, columns of str) when it is regular; None sends it to the reference reader.

    Regular: UTF-8 (a BOM is fine), lines ending in LF or CRLF, no NUL, no blank row, no
    record spanning lines, every row with exactly the header's number of fields, required
    columns present once. Row ``i`` then stands on line ``i + 2``.
    """
    try:  # never a FIFO, a device or a link out of the folder: the reference reader says why
        raw = safe_read.read_bytes(path, path.parent, safe_read.TABLE_LIMIT)
    except OSError:
        return None
    body = raw[len(codecs.BOM_UTF8):] if raw.startswith(codecs.BOM_UTF8) else raw
    if b"\x00" in body or b"\n" not in body:
        return None
    if b"\r" in body and body.count(b"\r") != body.count(b"\r\n"):
        return None
    first = body[: body.index(b"\n")].rstrip(b"\r")
    try:
        header = [h.strip() for h in next(csv.reader([first.decode("utf-8")]))]
    except (UnicodeDecodeError, csv.Error, StopIteration):
        return None
    if any(c not in header for c in required) or len(set(header)) != len(header):
        return None
    n_lines = body.count(b"\n") + (0 if body.endswith(b"\n") else 1)
    if n_lines < 2 or (len(body) > field_limit and _longest_line(body) > field_limit):
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a row with too many fields is a ParserWarning or a ParserError
        try:
            frame = pd.read_csv(io.BytesIO(body), header=None, skiprows=1, names=header, index_col=False,
                                dtype=object, na_filter=False, skip_blank_lines=False, encoding="utf-8",
                                engine="c", quotechar='"', doublequote=True, escapechar=None)
        except (ValueError, UnicodeDecodeError, pd.errors.ParserError, Warning):
            return None
    if len(frame) != n_lines - 1:  # a quoted field spans lines, or a blank line was skipped
        return None
    cols = {c: frame[c].to_numpy(dtype=object) for c in header}
    del frame
    # A short row is padded with empty fields by the C parser: the commas of the file tell.
    inner = sum("".join(col).count(",") for col in cols.values())
    if body.count(b",") != first.count(b",") + (n_lines - 1) * (len(header) - 1) + inner:
        return None
    if _blank_rows(cols, len(header)).any():
        return None
    return header, cols


def _longest_line(body: bytes, chunk: int = 1 << 26) -> int:
    longest, last = 0, -1
    view = np.frombuffer(body, dtype=np.uint8)
    for at in range(0, len(view), chunk):
        ends = np.flatnonzero(view[at: at + chunk] == 10) + at
        if len(ends):
            gaps = np.diff(ends, prepend=last)
            longest = max(longest, int(gaps.max()))
            last = int(ends[-1])
    return max(longest, len(body) - 1 - last)


def _blank_rows(cols: Columns, width: int) -> np.ndarray:
    """Rows whose fields are all blank (the reference reader skips them)."""
    first = next(iter(cols.values()))
    blank = np.fromiter((not s.strip() for s in first), dtype=bool, count=len(first))
    for col in list(cols.values())[1:]:
        if not blank.any():
            break
        rows = np.flatnonzero(blank)
        blank[rows] = [not col[r].strip() for r in rows]
    return blank


def _per_unique(col: np.ndarray, fn: Callable[[str], Any], dtype: Any) -> np.ndarray:
    """``fn`` of each value, computed once per distinct value."""
    codes, uniques = pd.factorize(col)
    return np.array([fn(u) for u in uniques], dtype=dtype)[codes] if len(col) else np.zeros(0, dtype=dtype)


def _plain_float(text: str) -> float:
    if not is_plain_number(text):
        return math.nan
    value = float(text)
    return value if math.isfinite(value) else math.nan


def _offset(text: str) -> int:
    return int(text) if _INT.fullmatch(text) else -1


def _stated(printed: str) -> float:
    # The first number of ``as_printed`` as numbers.parse_number finds it (words take the reference path).
    m = PRINTED_NUMBER.search(printed)
    return float(m.group(0).replace(",", "")) if m else math.nan


def check_columns(header: list[str], cols: Columns, sources: dict[str, Source], cities: dict[str, Label],
                  sectors: dict[str, Label], problems: list[Problem],
                  units: dict[str, Unit] | None = None, metrics: MetricTable | None = None) -> pd.DataFrame:
    """The loaded facts of a regular facts.csv (row i on line i + 2); problems appended in line order.

    ``units``, ``metrics``: the tables the folder is read with (the bundled units by default)."""

    n = len(cols["id"])
    lines = np.arange(2, n + 2)
    ids = np.array([s.strip() for s in cols["id"]], dtype=object)
    empty = ids == ""
    codes, _ = pd.factorize(ids)
    first = np.unique(codes, return_index=True)[1]  # factorize numbers ids in order of appearance
    dup = (first[codes] != np.arange(n)) & ~empty
    # A row that these column checks do not clear is checked by the reference, one at a time.
    suspect = np.zeros(n, dtype=bool)
    readable = {sid for sid, s in sources.items() if s.text is not None}
    table = UNITS if units is None else units
    units_ok = set(table)
    qualifiers_ok = {q for q in QUALIFIERS if q != "derived"}
    for column, ok in (("kind", schema.FACT_KINDS.__contains__), ("source_id", readable.__contains__),
                       ("city", cities.__contains__), ("sector", sectors.__contains__),
                       ("unit", units_ok.__contains__), ("qualifier", qualifiers_ok.__contains__),
                       ("metric", lambda u: bool(u) and u == u.strip()),
                       ("period", lambda u: u == u.strip()), ("entity", lambda u: u == u.strip())):
        suspect |= ~_per_unique(cols[column], ok, bool)
    values = _per_unique(cols["value"], _plain_float, float)
    starts = _per_unique(cols["start"], _offset, np.int64)
    ends = _per_unique(cols["end"], _offset, np.int64)
    suspect |= np.isnan(values) | (values < 0) | (starts < 0) | (ends < 0)
    stated = _per_unique(cols["as_printed"], _stated, float)
    with np.errstate(invalid="ignore"):
        close = np.abs(stated - np.abs(values)) <= 1e-9 * np.maximum(np.abs(stated), np.abs(values))
    suspect |= ~close
    quotes, printed, sids = cols["quote"], cols["as_printed"], cols["source_id"]
    texts = {sid: s.text for sid, s in sources.items() if s.text is not None}
    lengths = {sid: len(t) for sid, t in texts.items()}
    ok_quote = np.fromiter(
        ((bool(p) and p in q and b <= lengths.get(s, -1) and texts[s][a:b] == q)
         for s, a, b, q, p in zip(sids, starts.tolist(), ends.tolist(), quotes, printed)),
        dtype=bool, count=n)
    suspect |= ~ok_quote

    keep = ~(empty | dup | suspect)
    out: dict[str, np.ndarray] = {c: cols[c] for c in schema.FACT_COLUMNS}
    out["id"] = ids
    out["note"] = cols["note"] if "note" in cols else np.full(n, "", dtype=object)
    start_out = starts.astype(object)
    end_out = ends.astype(object)
    out["period"] = out["period"].copy()
    for row in np.flatnonzero(empty | dup | suspect):
        line, fid = int(lines[row]), str(ids[row])
        if empty[row]:
            problems.append(Problem("facts.csv", line, None, "empty id; row rejected"))
            continue
        if dup[row]:
            problems.append(Problem("facts.csv", line, fid,
                                    f"duplicate id (first on line {int(lines[first[codes[row]]])}); row rejected"))
            continue
        fields = {c: str(cols[c][row]) for c in header}
        errors, typed = check_fact(fields, sources, cities, sectors, table, metrics)
        if errors:
            for err in errors:
                problems.append(Problem("facts.csv", line, fid, f"{err}; row rejected"))
            continue
        keep[row] = True
        for c in schema.FACT_COLUMNS:
            if c not in ("quote", "as_printed"):
                if out[c] is cols[c]:
                    out[c] = out[c].copy()
                out[c][row] = fields[c].strip()
        values[row] = float(typed["value"])  # type: ignore[arg-type]
        start_out[row], end_out[row] = typed["start"], typed["end"]
        out["period"][row] = typed["period"]
    rows = np.flatnonzero(keep)
    if not len(rows):
        return facts_frame([])
    verified = {sid: s.verified for sid, s in sources.items()}
    frame: dict[str, Any] = {c: out[c][rows] for c in (*schema.FACT_COLUMNS, "note")}
    frame["value"] = values[rows]
    frame["start"] = pd.array(start_out[rows].astype(np.int64), dtype="Int64")
    frame["end"] = pd.array(end_out[rows].astype(np.int64), dtype="Int64")
    printed = frame["unit"]
    frame["value_base"] = frame["value"] * _per_unique(printed, lambda u: to_base(1.0, u, table)[0], float)
    frame["base_unit"] = _per_unique(printed, lambda u: to_base(1.0, u, table)[1], object)
    frame["verified"] = _per_unique(frame["source_id"], lambda s: bool(verified.get(s)), bool)
    frame["derived"] = np.zeros(len(rows), dtype=bool)
    for c in ("formula", "inputs", "check"):
        frame[c] = np.full(len(rows), "", dtype=object)
    frame["line"] = pd.array(lines[rows], dtype="Int64")
    columns = [*schema.FACT_COLUMNS, "note", *schema.COMPUTED_COLUMNS]
    return pd.DataFrame({c: frame[c] for c in columns})

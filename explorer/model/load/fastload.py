"""Reading and checking facts.csv a column at a time, so a million facts load in seconds.

The row-by-row loader in ``factbase`` stays the reference: this module only takes over
when the file is regular (clean UTF-8, one record per line, every row with as many
fields as the header), parses it with Arrow's multithreaded CSV reader (``pyarrow.csv``)
and runs each check over whole columns with Arrow's compute kernels and numpy: set
membership (``is_in``), the number patterns (RE2 ``match_substring_regex``/``extract_regex``),
and the quote at its offsets as one comparison of string views into the source texts.
A check here only clears rows it is sure of; any row it does not clear goes through
``records.check_fact`` itself, so every problem is reported exactly as the reference loader
reports it (file, line, fact id, message, order). ``tests/model/test_fastload.py`` compares both.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import operator
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from explorer.model import schema
from explorer.model.files import safe_read
from explorer.model.load.records import check_fact, facts_frame, names_decline
from explorer.model.load.tables import Problem
from explorer.model.numbers import QUALIFIERS, UNITS

if TYPE_CHECKING:
    from explorer.model.load.records import Label, Source
    from explorer.model.vocab.metrics import MetricTable
    from explorer.model.vocab.units import Unit

# pandas 3 keeps "str" columns in Arrow memory once pyarrow is installed; the app's views read cells
# and whole columns as Python strings (``to_numpy(dtype=object)``, ``iat``) on every selection, which
# from Arrow storage makes a new string each time (~50 ms a column at 10^6 facts). Arrow does the
# loading here; the frames keep Python strings, as they did before pyarrow was a dependency.
pd.set_option("mode.string_storage", "python")

# A plain number (check_fact's rule, ASCII digits only: other digits take the reference path).
_VALUE = r"^-?[0-9]{1,20}(?:\.[0-9]{1,20})?$"
_INT = r"^[0-9]{1,15}$"  # stricter than records._parse_int: longer offsets take the reference path
# The first number of ``as_printed``, as numbers.parse_number finds it: ``pre`` holds no digit, so ``num``
# is the first run of digits (with its sign); whatever RE2 cannot say (the character before it a letter,
# a digit right after it, a digit of another script) leaves the row to the reference.
_FIRST_NUMBER = (r"^(?P<pre>[^0-9]*?)(?P<num>-?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|-?[0-9]+(?:\.[0-9]+)?)"
                 r"(?P<post>.?)")
_CLEAR_BEFORE = r"(?:^|[\x00-\x2d\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f])$"  # ASCII, not a word character or "."
_OTHER_DIGIT = r"\p{Nd}"
# A printed figure that starts with its number, well formed (commas grouping thousands), and then a character
# that cannot go on with it (ASCII, not a digit, "," or "."): its first number is that number, commas dropped.
_LEADING_NUMBER = r"^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?:[\x00-\x2b\x2d\x2f\x3a-\x7f]|$)"
_BRACKETED = r"^\s*\(\s*[0-9][0-9,]*(?:\.[0-9]+)?\s*\)\s*$"  # as records._BRACKETED, the whole printed figure
_NOT_ASCII_END = r"^[^\x00-\x7f]|[^\x00-\x7f]$"  # a value that starts or ends beyond ASCII
_READ_BLOCK = 1 << 24
_SAMPLE = 20_000  # rows looked at to tell a column of few distinct values
_READ_AS_NUMBERS = ("value", "start", "end")  # columns the frame holds as numbers
_LEAD_CHUNK = 1 << 22  # bytes of a source text scanned at a time for where its characters start

Columns = dict[str, pa.ChunkedArray]


class ReadAhead:
    """facts.csv read and parsed (``read_regular``) in a thread of its own from the start of a load, beside
    sources.csv, the texts and the tables (Arrow's parse and the file's read let go of the GIL); with the cache
    on, the sha256 of the same bytes for the cache key (``cache.key_for`` takes it as it takes a ``FactsDigest``),
    so the file is read once, not twice."""

    def __init__(self, path: Path, required: Sequence[str], field_limit: int, hash_from: int | None = None) -> None:
        self._args = (path, required, field_limit)
        self._hash_from = hash_from  # the size from which the bytes are hashed (None: not hashed)
        self._hashed = threading.Event()
        self._hashing = False  # a thread of its own is hashing the bytes
        self._found: tuple[tuple[int, ...], str] | None = None
        self._result: tuple[list[str], Columns] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="facts-read-ahead", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._result = read_regular(*self._args, seen=self._hash)
        except BaseException as exc:  # raised again where the load takes the result, on its own thread
            self._error = exc
        finally:
            if not self._hashing:  # else the hashing thread says when it is done
                self._hashed.set()

    def _hash(self, raw: bytes, before: os.stat_result) -> None:
        try:
            after = self._args[0].stat()
        except OSError:
            after = None
        if self._hash_from is not None and len(raw) >= self._hash_from and after is not None \
                and file_identity(before) == file_identity(after):
            # In a thread of its own, beside the parse (sha256 lets go of the GIL): the load waits for the longer
            # of the two, not for both one after the other (~0.5 s of hashing at a million facts).
            try:
                threading.Thread(target=self._digest, args=(raw, file_identity(after)), name="facts-hash",
                                 daemon=True).start()
            except RuntimeError:  # no thread to be had: the caller hashes the file itself (sha256 gives None)
                self._hashed.set()
            else:
                self._hashing = True
        else:
            self._hashed.set()

    def _digest(self, raw: bytes, identity: tuple[int, ...]) -> None:
        try:
            self._found = (identity, hashlib.sha256(raw).hexdigest())
        finally:
            self._hashed.set()

    def sha256(self, stat: os.stat_result) -> str | None:
        """The digest when the file is still the one read (else None: the caller hashes it itself)."""
        self._hashed.wait()
        found = self._found
        return found[1] if found is not None and found[0] == file_identity(stat) else None

    def result(self) -> tuple[list[str], Columns] | None:
        """What ``read_regular`` gave."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result


def file_identity(stat: os.stat_result) -> tuple[int, ...]:
    """What tells a file's content changed without reading it: size and mtime, and the inode and ctime too (a
    file replaced by another, or rewritten and given its old mtime back by `cp -p`, `rsync -t` or `touch -r`,
    has a new inode or a new ctime: no program can set the ctime back)."""
    return stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_dev, stat.st_ctime_ns


def read_regular(path: Path, required: Sequence[str], field_limit: int,
                 seen: Callable[[bytes, os.stat_result], None] | None = None) -> tuple[list[str], Columns] | None:
    """facts.csv as (header, columns of Arrow strings) when it is regular; None sends it to the reference reader.

    Regular: UTF-8 (a BOM is fine), lines ending in LF or CRLF, no NUL, no blank row, no
    record spanning lines, every row with exactly the header's number of fields, required
    columns present once. Row ``i`` then stands on line ``i + 2``.
    ``seen``: given the bytes read and the file's status from before they were read (``ReadAhead`` hashes them).
    """
    try:  # never a FIFO, a device or a link out of the folder: the reference reader says why
        before = path.stat()
        raw = safe_read.read_bytes(path, path.parent, safe_read.TABLE_LIMIT)
    except OSError:
        return None
    if seen is not None:
        seen(raw, before)
    body = raw[len(codecs.BOM_UTF8):] if raw.startswith(codecs.BOM_UTF8) else raw
    del raw
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
    if n_lines < 2:
        return None
    try:
        table = pa_csv.read_csv(
            pa.py_buffer(body),
            read_options=pa_csv.ReadOptions(skip_rows=1, column_names=header, use_threads=True,
                                            block_size=_READ_BLOCK),
            parse_options=pa_csv.ParseOptions(delimiter=",", quote_char='"', double_quote=True, escape_char=False,
                                              newlines_in_values=False, ignore_empty_lines=False),
            convert_options=pa_csv.ConvertOptions(column_types={h: pa.string() for h in header},
                                                  strings_can_be_null=False, quoted_strings_can_be_null=False,
                                                  check_utf8=True))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowCapacityError, OverflowError):
        return None
    # A row with too few or too many fields is an error to Arrow's reader (pandas' padded it).
    if table.num_rows != n_lines - 1:  # a quoted field spans lines
        return None
    cols = {c: table.column(c) for c in header}  # chunked as read: the kernels take them so
    del table
    # A field the reference reader would refuse as too long (it counts characters, never more than bytes).
    if len(body) >= field_limit and any((pc.max(pc.binary_length(col)).as_py() or 0) >= field_limit
                                        for col in cols.values()):
        return None
    if _blank_rows(cols).any():  # an empty line is a row of empty fields to Arrow
        return None
    return header, cols


def _bools(arr: Any) -> np.ndarray:
    return np.asarray(pc.fill_null(arr, False).to_numpy(zero_copy_only=False), dtype=bool)


def _strip(col: pa.ChunkedArray) -> np.ndarray:
    """``str.strip()`` of every value, as Python strings: Arrow trims, and a value that starts or ends
    outside ASCII (where Unicode's and Python's whitespace might differ) is stripped by Python."""
    out: np.ndarray = pc.utf8_trim_whitespace(col).to_numpy(zero_copy_only=False)
    odd = np.flatnonzero(_bools(pc.match_substring_regex(col, _NOT_ASCII_END)))
    if len(odd):
        raw = col.take(pa.array(odd)).to_pylist()
        out[odd] = [s.strip() for s in raw]
    return out


def _python_strings(col: pa.ChunkedArray) -> np.ndarray:
    """A column as an object array of Python strings; a column of few distinct values (a city, a unit, a period)
    holds one string per distinct value, shared by its rows: a million facts' cities take 400 strings, not a
    million (~50 bytes each), and hashing or comparing them (factorize, isin, ==) later reads a few objects."""
    sample = col.slice(0, _SAMPLE)
    # Short, or with as many distinct values as a third of its rows (a quote holds a few facts): one string each.
    if len(sample) < _SAMPLE or len(pc.unique(sample)) > _SAMPLE // 3:
        return np.asarray(col.to_numpy(zero_copy_only=False), dtype=object)
    names = pc.unique(col)
    at = np.asarray(pc.index_in(col, value_set=names).to_numpy(zero_copy_only=False), dtype=np.int64)
    shared: np.ndarray = np.array(names.to_pylist() + [""], dtype=object)[at]  # every value is in names
    return shared


def _blank_rows(cols: Columns) -> np.ndarray:
    """Rows whose fields are all blank (the reference reader skips them)."""
    first = next(iter(cols.values()))
    # Blank once stripped as Arrow strips (as Python does, for a field that starts and ends in ASCII), or beyond
    # ASCII at either end: Python's strip decides below. No Python string made for the other rows.
    candidates = np.flatnonzero(_bools(pc.equal(pc.utf8_trim_whitespace(first), ""))
                                | _bools(pc.match_substring_regex(first, _NOT_ASCII_END)))
    blank = np.zeros(len(first), dtype=bool)
    if len(candidates):
        index = pa.array(candidates)
        fields = [col.take(index).to_pylist() for col in cols.values()]
        blank[candidates] = [all(not f.strip() for f in row) for row in zip(*fields)]
    return blank


def _in(col: pa.ChunkedArray, allowed: Any) -> np.ndarray:
    return _bools(pc.is_in(col, value_set=pa.array(sorted(allowed), type=pa.string())))


def _unstripped(col: pa.ChunkedArray) -> np.ndarray:
    """Where ``value != value.strip()``, decided once per distinct value."""
    bad = [u for u in pc.unique(col).to_pylist() if u != u.strip()]
    return _in(col, bad) if bad else np.zeros(len(col), dtype=bool)


def _index(col: pa.Array | pa.ChunkedArray, names: Sequence[str]) -> np.ndarray:
    """Each value's position in ``names``, -1 where it is not there."""
    at = pc.fill_null(pc.index_in(col, value_set=pa.array(list(names), type=pa.string())), -1)
    return np.asarray(at.to_numpy(zero_copy_only=False), dtype=np.int64)


def _numbers(col: pa.ChunkedArray, pattern: str, to: pa.DataType, missing: Any) -> np.ndarray:
    """Each value cast to ``to`` where it matches ``pattern``, ``missing`` elsewhere."""
    ok = _bools(pc.match_substring_regex(col, pattern))
    out = np.full(len(col), missing, dtype=to.to_pandas_dtype())
    if ok.any():
        out[ok] = pc.cast(col.filter(pa.array(ok)), to).to_numpy(zero_copy_only=False)
    return out


def _offsets_and_bytes(arr: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Where each string of a (one-chunk) Arrow string array starts and ends in its bytes, and the bytes."""
    buffers = arr.buffers()
    offsets = np.frombuffer(buffers[1], dtype=np.int32)[arr.offset:arr.offset + len(arr) + 1].astype(np.int64)
    data = np.frombuffer(buffers[2], dtype=np.uint8) if buffers[2] is not None else np.zeros(0, dtype=np.uint8)
    return offsets, data


def _starts_with(texts: pa.Array, prefixes: pa.Array) -> np.ndarray:
    """Where ``texts[i]`` starts with ``prefixes[i]`` and then ends or goes on with neither a digit nor "." (whole
    arrays of ASCII digits and dots compared byte by byte; a prefix over 24 bytes is left False)."""
    t_off, t_data = _offsets_and_bytes(texts)
    p_off, p_data = _offsets_and_bytes(prefixes)
    t_len, p_len = np.diff(t_off), np.diff(p_off)
    same = (p_len > 0) & (p_len <= np.minimum(t_len, 24))
    for k in range(int(p_len[same].max(initial=0))):
        rows = np.flatnonzero(same & (p_len > k))
        same[rows] = t_data[t_off[rows] + k] == p_data[p_off[rows] + k]
    rows = np.flatnonzero(same & (t_len > p_len))
    after = t_data[t_off[rows] + p_len[rows]]
    same[rows] = ((after < 0x30) | (after > 0x39)) & (after != 0x2E)
    return same


def _stated(printed: pa.ChunkedArray, written: pa.ChunkedArray, values: np.ndarray) -> np.ndarray:
    """The first number of each printed figure (nan where the reference must decide).

    ``written``: the value column as read, ``values``: its numbers (``_numbers``). A figure printed as its value
    ("340.41 billion yuan", "1,970.61 million TEU" for 1970.61) is that value, found without a regular expression's
    captures; the rest by ``_FIRST_NUMBER``."""
    out = np.full(len(printed), np.nan)
    text, value = printed.combine_chunks(), written.combine_chunks()  # a column is under TABLE_LIMIT: one chunk fits
    plain = _bools(pc.match_substring_regex(text, _LEADING_NUMBER)) & np.isfinite(values)
    plain &= _starts_with(pc.replace_substring(text, ",", ""), value)
    out[plain] = values[plain]
    rest = np.flatnonzero(~plain)
    if len(rest):
        out[rest] = _first_numbers(text.take(pa.array(rest)))
    return out


def _first_numbers(printed: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """The first number of each printed figure by ``_FIRST_NUMBER`` (nan where the reference must decide)."""
    parts = pc.extract_regex(printed, _FIRST_NUMBER)
    found = _bools(pc.is_valid(parts))
    pre, num, post = (pc.fill_null(pc.struct_field(parts, name), "") for name in ("pre", "num", "post"))
    clear = found & _bools(pc.match_substring_regex(pre, _CLEAR_BEFORE))
    clear &= ~_bools(pc.match_substring_regex(pre, _OTHER_DIGIT)) & ~_bools(pc.match_substring_regex(post, _OTHER_DIGIT))
    out = np.full(len(printed), np.nan)
    rows = np.flatnonzero(clear)
    if len(rows):
        text = pc.replace_substring(num.take(pa.array(rows)), ",", "")
        out[rows] = pc.cast(text, pa.float64()).to_numpy(zero_copy_only=False)
    return out


def _lead_bytes(data: np.ndarray) -> np.ndarray:
    """Where each code point of UTF-8 ``data`` starts, and its length at the end (int32: a source text is
    at most ``safe_read.TEXT_LIMIT``), made a chunk at a time so the positions take ~4 bytes per character."""
    parts = [np.flatnonzero((data[at:at + _LEAD_CHUNK] & 0xC0) != 0x80).astype(np.int32) + np.int32(at)
             for at in range(0, len(data), _LEAD_CHUNK)]
    return np.concatenate([*parts, np.array([len(data)], dtype=np.int32)])


def _quotes_at_offsets(quotes: pa.ChunkedArray, sids: pa.ChunkedArray, starts: np.ndarray, ends: np.ndarray,
                       texts: dict[str, str]) -> np.ndarray:
    """Where ``texts[source_id][start:end] == quote`` (offsets in code points, as Python counts them).

    Each row's slice of its source is an Arrow string view into the source's UTF-8 bytes (code points
    turned into byte offsets once per source), so the comparison is one kernel over all rows."""
    n = len(quotes)
    names = list(texts)
    source = _index(sids, names)
    lengths = np.array([len(texts[s]) for s in names] or [0], dtype=np.int64)
    inside = (source >= 0) & (starts >= 0) & (ends > starts)
    inside[inside] &= ends[inside] <= lengths[source[inside]]
    views = np.zeros((n, 16), dtype=np.uint8)
    words = views.view(np.int32)  # per row: length, then 12 bytes inline, or a 4-byte prefix, buffer, offset
    buffers = []
    rows_all = np.flatnonzero(inside)
    order = rows_all[np.argsort(source[rows_all], kind="stable")]
    bounds = np.searchsorted(source[order], np.arange(len(names) + 1))
    for k, name in enumerate(names):
        rows = order[bounds[k]:bounds[k + 1]]
        encoded = texts[name].encode("utf-8")
        buffers.append(pa.py_buffer(encoded))
        if not len(rows):
            continue
        data = np.frombuffer(encoded, dtype=np.uint8)
        a, b = starts[rows], ends[rows]
        if len(encoded) != len(texts[name]):  # not ASCII: code point i starts at the i-th lead byte
            lead = _lead_bytes(data)
            a, b = lead[a].astype(np.int64), lead[b].astype(np.int64)
        size = b - a
        words[rows, 0] = size
        head = np.minimum(a[:, None] + np.arange(12), max(len(data) - 1, 0))
        inline = np.where(np.arange(12) < size[:, None], data[head] if len(data) else 0, 0).astype(np.uint8)
        short = size <= 12
        views[rows[short], 4:16] = inline[short]
        long_rows = rows[~short]
        views[long_rows, 4:8] = inline[~short, :4]
        words[long_rows, 2] = k
        words[long_rows, 3] = a[~short]
    if not buffers:
        return np.zeros(n, dtype=bool)
    sliced = pa.Array.from_buffers(pa.string_view(), n, [None, pa.py_buffer(views), *buffers])
    same: np.ndarray = inside & _bools(pc.equal(sliced, pc.cast(quotes, pa.string_view())))
    return same


def _column_checks(cols: Columns, texts: dict[str, str], cities: dict[str, Label], sectors: dict[str, Label],
                   table: dict[str, Unit]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The rows the column checks do not clear (all but ``as_printed in quote``, which needs Python strings), and
    each row's value, start and end as numbers (nan or -1 where not plain)."""
    n = len(cols["id"])
    suspect = np.zeros(n, dtype=bool)
    for column, allowed in (("kind", schema.FACT_KINDS), ("source_id", texts), ("city", cities),
                            ("sector", sectors), ("unit", table),
                            ("qualifier", [q for q in QUALIFIERS if q != "derived"])):
        suspect |= ~_in(cols[column], allowed)
    suspect |= _unstripped(cols["metric"]) | _bools(pc.equal(pc.utf8_length(pc.utf8_trim_whitespace(cols["metric"])), 0))
    suspect |= _unstripped(cols["period"]) | _unstripped(cols["entity"])
    values = _numbers(cols["value"], _VALUE, pa.float64(), np.nan)
    starts = _numbers(cols["start"], _INT, pa.int64(), -1)
    ends = _numbers(cols["end"], _INT, pa.int64(), -1)
    suspect |= ~np.isfinite(values) | (starts < 0) | (ends < 0)
    stated = _stated(cols["as_printed"], cols["value"], values)
    with np.errstate(invalid="ignore"):
        close = np.abs(stated - np.abs(values)) <= 1e-9 * np.maximum(np.abs(stated), np.abs(values))
    suspect |= ~close
    # "(11.9)": a fall printed in brackets, whose sign the reference checks (records.printed_negative)
    suspect |= _bools(pc.match_substring_regex(cols["as_printed"], _BRACKETED))
    suspect |= _bools(pc.equal(pc.utf8_length(cols["as_printed"]), 0))
    suspect |= ~_quotes_at_offsets(cols["quote"], cols["source_id"], starts, ends, texts)
    return suspect, values, starts, ends


def check_columns(header: list[str], cols: Columns, sources: dict[str, Source], cities: dict[str, Label],
                  sectors: dict[str, Label], problems: list[Problem],
                  units: dict[str, Unit] | None = None, metrics: MetricTable | None = None) -> pd.DataFrame:
    """The loaded facts of a regular facts.csv (row i on line i + 2); problems appended in line order.

    ``units``, ``metrics``: the tables the folder is read with (the bundled units by default)."""

    n = len(cols["id"])
    lines = np.arange(2, n + 2)
    texts = {sid: s.text for sid, s in sources.items() if s.text is not None}
    table = UNITS if units is None else units
    # The checks are Arrow kernels and numpy, which let go of the GIL: they run in a thread of their own while
    # this one makes the Python strings the frame holds (which needs the GIL), so a free core shortens the load.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="facts-checks") as pool:
        checked = pool.submit(_column_checks, cols, texts, cities, sectors, table)
        ids = _strip(cols["id"])
        quotes = cols["quote"].to_numpy(zero_copy_only=False)
        printed = cols["as_printed"].to_numpy(zero_copy_only=False)
        # The frame's text columns (value, start and end are numbers there: read as text for the referred rows only)
        out: dict[str, np.ndarray] = {c: (_python_strings(cols[c]) if c not in ("quote", "as_printed")
                                          else {"quote": quotes, "as_printed": printed}[c])
                                      for c in schema.FACT_COLUMNS if c not in (*_READ_AS_NUMBERS, "id")}
        out["note"] = _python_strings(cols["note"]) if "note" in cols else np.full(n, "", dtype=object)
        empty = ids == ""
        codes, _ = pd.factorize(ids)
        held = np.fromiter(map(operator.contains, quotes, printed), dtype=bool, count=n)
        suspect, values, starts, ends = checked.result()
    # factorize numbers ids in order of appearance: an id's first row is where its code first exceeds all before
    first = np.flatnonzero(codes > np.maximum.accumulate(np.r_[np.int64(-1), codes[:-1]]))
    dup = (first[codes] != np.arange(n)) & ~empty
    suspect |= ~held
    # A negative value needs a loss or decline named just before its figure: asked of the rows cleared so far
    # (a few percent), by the reference's own test, so only a row that lacks one is left to the reference.
    negative = np.flatnonzero((values < 0) & ~suspect)
    if len(negative):
        suspect[negative] = [not names_decline(q, p) for q, p in zip(quotes[negative].tolist(),
                                                                      printed[negative].tolist())]

    keep = ~(empty | dup | suspect)
    out["id"] = ids  # stripped (the referred rows' raw ids are taken from Arrow below)
    start_out, end_out = starts.copy(), ends.copy()
    unit_names = list(table)
    unit_at = _index(cols["unit"], unit_names)  # the cleared rows' units and sources are as written
    source_at = _index(cols["source_id"], list(texts))
    unit_pos, source_pos = {u: i for i, u in enumerate(unit_names)}, {s: i for i, s in enumerate(texts)}
    odd = np.flatnonzero(empty | dup | suspect)
    # Those rows' fields as read: the columns already made Python strings (each row is read before it is
    # changed), the rest taken from Arrow at once (taking from chunked columns is slow, so only those).
    index = pa.array(odd, type=pa.int64())
    raw = {c: (out[c] if c in out and c != "id" else cols[c].take(index).to_pylist()) for c in header}
    at = {c: (odd if c in out and c != "id" else np.arange(len(odd))) for c in header}
    for j, row in enumerate(odd.tolist()):
        line, fid = int(lines[row]), str(ids[row])
        if empty[row]:
            problems.append(Problem("facts.csv", line, None, "empty id; row rejected"))
            continue
        if dup[row]:
            problems.append(Problem("facts.csv", line, fid,
                                    f"duplicate id (first on line {int(lines[first[codes[row]]])}); row rejected"))
            continue
        fields = {c: str(raw[c][at[c][j]]) for c in header}
        errors, typed = check_fact(fields, sources, cities, sectors, table, metrics)
        if errors:
            for err in errors:
                problems.append(Problem("facts.csv", line, fid, f"{err}; row rejected"))
            continue
        keep[row] = True
        for c in schema.FACT_COLUMNS:
            if c not in ("quote", "as_printed") and c not in _READ_AS_NUMBERS:
                out[c][row] = fields[c].strip()
        values[row] = float(typed["value"])  # type: ignore[arg-type]
        start_out[row], end_out[row] = typed["start"], typed["end"]
        out["period"][row] = typed["period"]
        # check_fact found the stripped unit in the table, and the stripped source with its text
        unit_at[row], source_at[row] = unit_pos[out["unit"][row]], source_pos[out["source_id"][row]]
    rows = np.flatnonzero(keep)
    if not len(rows):
        return facts_frame([])
    every = len(rows) == n  # nothing left out: the columns as they are, no copy
    frame: dict[str, Any] = {c: out[c] if every else out[c][rows] for c in schema.FACT_FILE_COLUMNS
                             if c not in _READ_AS_NUMBERS}
    frame["value"] = values[rows]
    present = np.zeros(len(rows), dtype=bool)
    frame["start"] = pd.arrays.IntegerArray(start_out[rows], present.copy())
    frame["end"] = pd.arrays.IntegerArray(end_out[rows], present.copy())
    unit_at = unit_at[rows]
    factor = np.array([table[u].factor for u in unit_names], dtype=float)
    base_unit = np.array([table[u].base for u in unit_names], dtype=object)
    frame["value_base"] = frame["value"] * factor[unit_at]
    frame["base_unit"] = base_unit[unit_at]
    verified = np.array([bool(sources[s].verified) for s in texts] or [False], dtype=bool)
    frame["verified"] = verified[source_at[rows]]
    frame["derived"] = np.zeros(len(rows), dtype=bool)
    for c in ("formula", "inputs", "check"):
        frame[c] = np.full(len(rows), "", dtype=object)
    frame["line"] = pd.arrays.IntegerArray(lines[rows], present)
    columns = list(schema.FRAME_COLUMNS)
    return pd.DataFrame({c: frame[c] for c in columns})

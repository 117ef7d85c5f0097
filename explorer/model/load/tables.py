"""A CSV table of the data folder, read safely, and the ``Problem`` its reading (or any check) reports.

The vocabularies (``explorer.model.vocab``) and the loaders (``records``, ``factbase``) both read
tables with it; it imports neither (nor pandas), so ``numbers`` can load the bundled units table at
start-up without a circle.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from explorer.model.files import safe_read

FIELD_LIMIT = 50 * 1024 * 1024  # a quote is a sentence; 50 MB is far past any real one
_MESSAGE_LIMIT = 1500  # room for the list of accepted units


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the data, located as precisely as the file allows."""

    file: str
    line: int | None
    fact_id: str | None
    message: str
    severity: str = "error"

    def __post_init__(self) -> None:
        # A 10 MB field quoted in a message would flood the terminal and freeze the panel.
        if len(self.message) > _MESSAGE_LIMIT:
            cut = f" … ({len(self.message) - _MESSAGE_LIMIT} characters left out) … "
            object.__setattr__(self, "message", self.message[:_MESSAGE_LIMIT // 2] + cut
                               + self.message[-_MESSAGE_LIMIT // 2:])
        if self.fact_id is not None and len(self.fact_id) > 64:
            object.__setattr__(self, "fact_id", self.fact_id[:64] + "…")

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        who = f" [{self.fact_id}]" if self.fact_id else ""
        return f"{where}:{who} {self.message}" if who else f"{where}: {self.message}"


def _decode(raw: bytes, name: str, problems: list[Problem]) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # A UTF-8 sequence never spans a newline byte, so each line can be checked alone.
    for number, chunk in enumerate(raw.split(b"\n"), 1):
        try:
            chunk.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            problems.append(Problem(name, number, None, f"not valid UTF-8 (byte 0x{chunk[exc.start]:02x}); "
                                    "the bad bytes are shown as \ufffd and that row is rejected"))
    return raw.decode("utf-8-sig", errors="replace")


def read_table(
    path: Path, name: str, required: tuple[str, ...], problems: list[Problem]
) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV file as (line number, row), reporting what cannot be read.

    Only a regular file inside its folder is read: a FIFO, a device or a link out is refused
    before it is opened (``safe_read``).
    """
    try:
        raw = safe_read.read_bytes(path, path.parent, safe_read.TABLE_LIMIT)
    except FileNotFoundError:
        problems.append(Problem(name, None, None, "file is missing"))
        return
    except OSError as exc:
        problems.append(Problem(name, None, None, safe_read.describe(exc)))
        return
    text = _decode(raw, name, problems)
    del raw
    bad_lines = {p.line for p in problems if p.file == name and p.line is not None}
    if not text.strip():
        problems.append(Problem(name, None, None, "file is empty (no header row)"))
        return
    csv.field_size_limit(FIELD_LIMIT)
    # Only CR and LF end a CSV line (str.splitlines would also split at a form feed or U+2028).
    lines = io.StringIO(text, newline="").readlines()
    reader = csv.reader(lines)
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as exc:
        problems.append(Problem(name, 1, None, f"header cannot be parsed: {exc}"))
        return
    missing = [c for c in required if c not in header]
    if missing:
        problems.append(Problem(name, 1, None, f"missing required column(s): {', '.join(missing)}"))
        return
    dupes = sorted({h for h in header if header.count(h) > 1})
    if dupes:
        problems.append(Problem(name, 1, None, f"column(s) named twice: {', '.join(dupes)}"))
        return
    offset = 0  # lines before the first line of the current reader
    rows = 0
    while True:
        start_line = offset + reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(name, start_line, None, f"row cannot be parsed: {exc}"))
            fields = None
        end_line = offset + reader.line_num
        if fields is not None and (not fields or all(not f.strip() for f in fields)):
            continue
        rows += 1
        if fields is not None and len(fields) != len(header):
            problems.append(Problem(
                name, start_line, fields[0] or None,
                f"row has {len(fields)} fields, the header has {len(header)}; row rejected"))
        elif fields is not None and end_line > start_line and _holds_rows(lines, start_line, end_line, len(header)):
            problems.append(Problem(
                name, start_line, fields[0] or None,
                f"a quote opened on this line runs on to line {end_line}, over whole rows; row rejected"))
            fields = None
        if fields is None or len(fields) != len(header):
            if end_line > start_line:
                # An unbalanced quote swallowed the lines after it: read those again on their own.
                offset = start_line
                reader = csv.reader(lines[i] for i in range(offset, len(lines)))
            continue
        if bad_lines and not bad_lines.isdisjoint(range(start_line, end_line + 1)):
            continue
        yield start_line, dict(zip(header, fields))
    if not rows:
        problems.append(Problem(name, None, None, "has a header but no rows", "warning"))


def _holds_rows(lines: list[str], first: int, last: int, width: int) -> bool:
    """Whether the lines after line ``first`` up to ``last`` read as whole rows on their own."""
    try:
        return any(len(row) == width for row in csv.reader(lines[i] for i in range(first, last)))
    except csv.Error:
        return False

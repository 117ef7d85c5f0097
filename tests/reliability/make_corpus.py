"""The corpus of broken data folders, each made from the bundled data by one small change.

Every case copies the bundled data (plus the second source of ``tests/fixtures``, so that a
broken source has a healthy neighbour), applies its change and says what must follow:
which problem is reported (file, line or fact id, and a fragment of the message) and which
stated facts are left out. Because every folder is made from the current data, the corpus
follows the schema as it changes. Large cases (a 10 MB field, 100,000 junk rows) are only
ever made at test time, never committed.

Make the folders to look at them: ``python -m tests.reliability.make_corpus OUT_DIR``.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import BUNDLED, FIXTURES
from tests.helpers import edit_fact, read_rows, write_rows

ARTICLE = "sources/dalian-trillion-yuan-2026.txt"
SECOND = FIXTURES / "second_source"
OUTSIDE_NAME = "outside-the-data-folder.txt"  # made beside the data folder, never inside it
ARTICLE_FACTS, ALL_FACTS = "every fact of the article", "every fact"


@dataclass(frozen=True)
class Expect:
    """What one broken folder must give."""

    file: str  # the file named by the problem
    line: int | None  # the line named (None: not checked)
    fact_id: str | None  # the fact named (None: not checked)
    fragment: str  # part of the message
    gone: frozenset[str] | str = frozenset()  # stated facts left out, or ARTICLE or ALL of them
    exit_code: int = 1
    unverified: bool = False  # facts load, marked unverified


@dataclass(frozen=True)
class Case:
    name: str
    group: str
    build: Callable[[Path], Expect]
    big: bool = False  # slow to make: only at test time
    reads_outside: bool = False  # the folder names a file outside itself, which must never be read
    extra: dict[str, str] = field(default_factory=dict)


def fact_line(data: Path, fact_id: str) -> int:
    _, rows = read_rows(data / "facts.csv")
    return next(i + 2 for i, r in enumerate(rows) if r["id"] == fact_id)


def article_ids() -> frozenset[str]:
    _, rows = read_rows(BUNDLED / "facts.csv")
    return frozenset(r["id"] for r in rows)


def second_ids() -> frozenset[str]:
    _, rows = read_rows(SECOND / "facts.csv")
    return frozenset(r["id"] for r in rows)


def base_folder(target: Path) -> Path:
    """The bundled data with the second source beside it: the healthy starting point."""
    shutil.copytree(BUNDLED, target)
    (target / "sources" / "shenyang-note.txt").write_bytes((SECOND / "sources" / "shenyang-note.txt").read_bytes())
    for name in ("sources.csv", "facts.csv"):
        header, rows = read_rows(target / name)
        _, more = read_rows(SECOND / name)
        write_rows(target / name, header, rows + more)
    return target


# ---- facts.csv as a file --------------------------------------------------------------------


def _lines(data: Path) -> list[bytes]:
    return (data / "facts.csv").read_bytes().split(b"\n")


def _set_lines(data: Path, lines: list[bytes]) -> None:
    (data / "facts.csv").write_bytes(b"\n".join(lines))


def unbalanced_quote(data: Path) -> Expect:
    line = fact_line(data, "F05")
    lines = _lines(data)
    lines[line - 1] = lines[line - 1].replace(b",Dalian Port,", b',"Dalian Port,', 1)
    assert b'"Dalian Port,' in lines[line - 1]
    _set_lines(data, lines)
    return Expect("facts.csv", line, "F05", "row rejected", frozenset({"F05"}))


def unbalanced_quote_in_last_field(data: Path) -> Expect:
    # F05 and F06 are the last rows, and F06 holds no quote character: F05's unclosed note
    # swallows F06 whole and still has 16 fields, so no field count gives it away.
    header, rows = read_rows(data / "facts.csv")
    tail = [r for r in rows if r["id"] in ("F05", "F06")]
    rows = [r for r in rows if r["id"] not in ("F05", "F06")] + tail
    tail[0]["note"] = "NOTE5"
    write_rows(data / "facts.csv", header, rows)
    raw = (data / "facts.csv").read_bytes()
    assert raw.count(b"\n") == len(rows) + 1 and b'"' not in raw.split(b"\n")[-2]
    (data / "facts.csv").write_bytes(raw.replace(b"NOTE5", b'"an unclosed note', 1))
    return Expect("facts.csv", len(rows), "F05", "runs on to line", frozenset({"F05"}))


def too_many_fields(data: Path) -> Expect:
    line = fact_line(data, "F05")
    lines = _lines(data)
    lines[line - 1] += b",an extra field"
    _set_lines(data, lines)
    return Expect("facts.csv", line, "F05", "row has 17 fields, the header has 16", frozenset({"F05"}))


def too_few_fields(data: Path) -> Expect:
    line = fact_line(data, "F05")
    lines = _lines(data)
    lines[line - 1] = b",".join(lines[line - 1].split(b",")[:4])
    _set_lines(data, lines)
    return Expect("facts.csv", line, "F05", "row has 4 fields, the header has 16", frozenset({"F05"}))


def missing_column(data: Path) -> Expect:
    header, rows = read_rows(data / "facts.csv")
    header.remove("quote")
    for row in rows:
        del row["quote"]
    write_rows(data / "facts.csv", header, rows)
    return Expect("facts.csv", 1, None, "missing required column(s): quote", ALL_FACTS)


def empty_file(data: Path) -> Expect:
    (data / "facts.csv").write_bytes(b"")
    return Expect("facts.csv", None, None, "file is empty", ALL_FACTS)


def header_only(data: Path) -> Expect:
    (data / "facts.csv").write_bytes(_lines(data)[0] + b"\n")
    return Expect("facts.csv", None, None, "no rows", ALL_FACTS)


def byte_order_mark(data: Path) -> Expect:
    (data / "facts.csv").write_bytes(b"\xef\xbb\xbf" + (data / "facts.csv").read_bytes())
    return Expect("", None, None, "", exit_code=0)


def crlf_line_endings(data: Path) -> Expect:
    (data / "facts.csv").write_bytes((data / "facts.csv").read_bytes().replace(b"\n", b"\r\n"))
    return Expect("", None, None, "", exit_code=0)


def bom_crlf_and_a_bad_row(data: Path) -> Expect:
    line = edit_fact(data, "F05", lambda r: r.update(value="abc"))
    (data / "facts.csv").write_bytes(b"\xef\xbb\xbf" + (data / "facts.csv").read_bytes().replace(b"\n", b"\r\n"))
    return Expect("facts.csv", line, "F05", "is not a plain number", frozenset({"F05"}))


def non_utf8_byte(data: Path) -> Expect:
    line = fact_line(data, "F05")
    lines = _lines(data)
    lines[line - 1] = lines[line - 1].replace(b"Dalian Port", b"Dalian P\xffrt", 1)
    _set_lines(data, lines)
    return Expect("facts.csv", line, None, "not valid UTF-8 (byte 0xff)", frozenset({"F05"}))


def non_utf8_in_two_rows(data: Path) -> Expect:
    # The second bad row must be reported too, not loaded with U+FFFD in its note.
    first = edit_fact(data, "F05", lambda r: r.update(note="NOTE5"))
    second = edit_fact(data, "F10", lambda r: r.update(note="NOTE10"))
    raw = (data / "facts.csv").read_bytes().replace(b"NOTE5", b"note \xe9", 1).replace(b"NOTE10", b"note \xc3(", 1)
    (data / "facts.csv").write_bytes(raw)
    assert first < second
    return Expect("facts.csv", second, None, "not valid UTF-8 (byte 0xc3)", frozenset({"F05", "F10"}))


TEN_MB = 10 * 1024 * 1024


def ten_mb_quote(data: Path) -> Expect:
    line = edit_fact(data, "F05", lambda r: r.update(quote="x" * TEN_MB + r["quote"]))
    return Expect("facts.csv", line, "F05", "quote is not source_text", frozenset({"F05"}))


def ten_mb_value(data: Path) -> Expect:
    line = edit_fact(data, "F05", lambda r: r.update(value="9" * TEN_MB))
    return Expect("facts.csv", line, "F05", "not finite", frozenset({"F05"}))


JUNK_ROWS = 100_000


def junk_rows(data: Path) -> Expect:
    """100,000 rows of junk after the real ones: commas, stray quotes, control characters."""
    rng = random.Random(4)
    alphabet = 'abc XYZ 0123456789 ,,,,,"\t;=+-@<>&é大连\x00\x7f'
    n_lines = len((data / "facts.csv").read_bytes().rstrip(b"\n").split(b"\n"))
    junk = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(JUNK_ROWS)]
    junk[0] = "junk,row,with,nine,fields,that,is,not,sixteen"
    with (data / "facts.csv").open("a", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(junk) + "\n")
    return Expect("facts.csv", n_lines + 1, "junk", "row has 9 fields, the header has 16")


def control_characters_in_fields(data: Path) -> Expect:
    # Form feed, NEL and the Unicode line separator are not CSV line ends: the row is valid.
    edit_fact(data, "F05", lambda r: r.update(entity="Dalian\x0cPort", note="a\x85b\u2028c\x1ed"))
    return Expect("", None, None, "", exit_code=0)


# ---- values -------------------------------------------------------------------------------------


def _value(fact_id: str, value: str, fragment: str) -> Callable[[Path], Expect]:
    def build(data: Path) -> Expect:
        line = edit_fact(data, fact_id, lambda r: r.update(value=value))
        return Expect("facts.csv", line, fact_id, fragment, frozenset({fact_id}))

    return build


def negative_with_loss(data: Path) -> Expect:
    # F27 is "a net loss of 30 million yuan" stored as -30: valid, and it must stay -30.
    header, rows = read_rows(data / "facts.csv")
    assert next(r for r in rows if r["id"] == "F27")["value"] == "-30"
    return Expect("", None, None, "", exit_code=0)


def huge_offset(data: Path) -> Expect:
    line = edit_fact(data, "F05", lambda r: r.update(start="9" * 5000))
    return Expect("facts.csv", line, "F05", "not whole numbers", frozenset({"F05"}))


def zero_per_capita(data: Path) -> Expect:
    # A per capita figure of 0 passes every row check ("0" occurs in "132,600");
    # the population implied by GDP / per capita must not divide by it.
    edit_fact(data, "F38", lambda r: r.update(value="0", as_printed="0"))
    return Expect("", None, None, "", exit_code=0)


# ---- references ---------------------------------------------------------------------------------


def duplicate_id(data: Path) -> Expect:
    header, rows = read_rows(data / "facts.csv")
    copy = dict(next(r for r in rows if r["id"] == "F05"))
    copy["metric"] = "a second fact with the same id"
    rows.insert(10, copy)
    write_rows(data / "facts.csv", header, rows)
    return Expect("facts.csv", 12, "F05", "duplicate id (first on line", frozenset())


def _edit(fact_id: str, change: Callable[[dict[str, str]], None], fragment: str) -> Callable[[Path], Expect]:
    def build(data: Path) -> Expect:
        line = edit_fact(data, fact_id, change)
        return Expect("facts.csv", line, fact_id, fragment, frozenset({fact_id}))

    return build


def _one_char_off(row: dict[str, str]) -> None:
    quote = row["quote"]
    i = quote.index("handles")
    row["quote"] = quote[:i] + "H" + quote[i + 1:]


# ---- sources ------------------------------------------------------------------------------------


def _dalian_gone(fragment: str, file: str = "sources.csv", line: int | None = 2,
                 unverified: bool = False) -> Expect:
    return Expect(file, line, "dalian-2026", fragment, frozenset() if unverified else ARTICLE_FACTS, unverified=unverified)


def _source_path(data: Path, path: str) -> None:
    header, rows = read_rows(data / "sources.csv")
    rows[0]["path"] = path
    write_rows(data / "sources.csv", header, rows)


def _outside(data: Path) -> Path:
    """A copy of the article outside the data folder: readable, so a test sees if it is read."""
    outside = data.parent / OUTSIDE_NAME
    outside.write_bytes((data / ARTICLE).read_bytes())
    return outside


def source_missing(data: Path) -> Expect:
    (data / ARTICLE).unlink()
    return _dalian_gone("is missing")


def sha256_mismatch(data: Path) -> Expect:
    article = data / ARTICLE
    os.chmod(article, 0o644)
    article.write_bytes(article.read_bytes() + b"\nA line added later.\n")
    return _dalian_gone("the text changed, so its facts are marked unverified", unverified=True)


def path_dotdot(data: Path) -> Expect:
    _outside(data)
    _source_path(data, f"../{OUTSIDE_NAME}")
    return _dalian_gone("leaves the data folder; refused")


def path_etc_passwd(data: Path) -> Expect:
    _source_path(data, "../../etc/passwd")
    return _dalian_gone("leaves the data folder; refused")


def path_absolute(data: Path) -> Expect:
    _source_path(data, str(_outside(data)))
    return _dalian_gone("is absolute")


def path_windows_drive(data: Path) -> Expect:
    _source_path(data, "C:\\Windows\\win.ini")
    return _dalian_gone("is absolute")


def symlink_file_out(data: Path) -> Expect:
    outside = _outside(data)
    (data / ARTICLE).unlink()
    os.symlink(outside, data / ARTICLE)
    return _dalian_gone("points outside the data folder")


def symlink_dir_out(data: Path) -> Expect:
    outside_dir = data.parent / "outside-sources"
    shutil.move(data / "sources", outside_dir)
    os.symlink(outside_dir, data / "sources")
    return Expect("sources.csv", None, None, "points outside the data folder", ALL_FACTS)


def source_not_utf8(data: Path) -> Expect:
    article = data / ARTICLE
    os.chmod(article, 0o644)
    article.write_bytes(b"\xff\xfe" + article.read_bytes())
    return _dalian_gone("source text is not UTF-8", file=ARTICLE, line=None)


def source_is_a_folder(data: Path) -> Expect:
    _source_path(data, "sources")
    return _dalian_gone("is a folder, not a regular file; not read")


def duplicate_source_id(data: Path) -> Expect:
    header, rows = read_rows(data / "sources.csv")
    rows.append(dict(rows[0], title="a second source with the same id"))
    write_rows(data / "sources.csv", header, rows)
    return Expect("sources.csv", len(rows) + 1, "dalian-2026", "duplicate source id")


def cities_missing(data: Path) -> Expect:
    (data / "cities.csv").unlink()
    return Expect("cities.csv", None, None, "file is missing", ALL_FACTS)


def sectors_garbage(data: Path) -> Expect:
    (data / "sectors.csv").write_bytes(b"\x00\xff\xfe garbage \x01\x02\n\"\n")
    return Expect("sectors.csv", 1, None, "missing required column", ALL_FACTS)


CASES: tuple[Case, ...] = (
    # facts.csv as a file
    Case("unbalanced_quote", "file", unbalanced_quote),
    Case("unbalanced_quote_in_last_field", "file", unbalanced_quote_in_last_field),
    Case("too_many_fields", "file", too_many_fields),
    Case("too_few_fields", "file", too_few_fields),
    Case("missing_required_column", "file", missing_column),
    Case("empty_file", "file", empty_file),
    Case("header_only", "file", header_only),
    Case("byte_order_mark", "file", byte_order_mark),
    Case("crlf_line_endings", "file", crlf_line_endings),
    Case("bom_crlf_and_a_bad_row", "file", bom_crlf_and_a_bad_row),
    Case("non_utf8_byte", "file", non_utf8_byte),
    Case("non_utf8_in_two_rows", "file", non_utf8_in_two_rows),
    Case("control_characters_in_fields", "file", control_characters_in_fields),
    Case("ten_mb_quote", "file", ten_mb_quote, big=True),
    Case("ten_mb_value", "file", ten_mb_value, big=True),
    Case("junk_rows_100k", "file", junk_rows, big=True),
    # values
    Case("value_text", "value", _value("F05", "ninety-eight", "is not a plain number")),
    Case("value_nan", "value", _value("F05", "NaN", "is not a plain number")),
    Case("value_inf", "value", _value("F05", "inf", "is not a plain number")),
    Case("value_1e309", "value", _value("F05", "1e309", "is not a plain number")),
    Case("value_thousands_separator", "value", _value("F01", "1,000.21", "is not a plain number")),
    Case("value_empty", "value", _value("F05", "", "value is empty")),
    Case("value_negative_without_loss", "value", _value("F28", "-650", "is negative but no loss")),
    Case("value_negative_with_loss", "value", negative_with_loss),
    Case("value_differs_from_printed", "value", _value("F05", "97", "differs from the number printed")),
    Case("offset_5000_digits", "value", huge_offset),
    Case("per_capita_zero", "value", zero_per_capita),
    # references
    Case("duplicate_id", "reference", duplicate_id),
    Case("unknown_source", "reference", _edit("F05", lambda r: r.update(source_id="nowhere"), "unknown source")),
    Case("unknown_city", "reference", _edit("F05", lambda r: r.update(city="Atlantis"), "unknown city 'Atlantis'")),
    Case("unknown_sector", "reference", _edit("F05", lambda r: r.update(sector="fishing"), "unknown sector")),
    Case("offsets_out_of_range", "reference",
         _edit("F05", lambda r: r.update(start="99999", end="100000"), "past the end of the source")),
    Case("end_before_start", "reference",
         _edit("F05", lambda r: r.update(end=str(int(r["start"]) - 5)), "is not after start")),
    Case("quote_one_character_off", "reference",
         _edit("F05", _one_char_off, "the quote does not occur anywhere in the source")),
    Case("as_printed_not_in_quote", "reference",
         _edit("F05", lambda r: r.update(as_printed="99%"), "does not occur in the quote")),
    # sources
    Case("source_text_missing", "source", source_missing),
    Case("source_sha256_mismatch", "source", sha256_mismatch),
    Case("source_path_dotdot", "source", path_dotdot, reads_outside=True),
    Case("source_path_etc_passwd", "source", path_etc_passwd, reads_outside=True),
    Case("source_path_absolute", "source", path_absolute, reads_outside=True),
    Case("source_path_windows_drive", "source", path_windows_drive),
    Case("source_symlink_file_out", "source", symlink_file_out, reads_outside=True),
    Case("source_symlink_dir_out", "source", symlink_dir_out, reads_outside=True),
    Case("source_text_not_utf8", "source", source_not_utf8),
    Case("source_path_is_a_folder", "source", source_is_a_folder),
    Case("source_duplicate_id", "source", duplicate_source_id),
    Case("cities_csv_missing", "source", cities_missing),
    Case("sectors_csv_garbage", "source", sectors_garbage),
)


def make(case: Case, parent: Path) -> tuple[Path, Expect]:
    """The broken folder of ``case`` as ``parent/case.name/data``, and what it must give."""
    data = base_folder(parent / case.name / "data")
    return data, case.build(data)


def digest(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (links not followed) and its sha256: a snapshot to compare."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            out[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
        elif path.is_symlink():
            out[str(path.relative_to(folder))] = "-> " + os.readlink(path)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.reliability.make_corpus OUT_DIR [small cases only]", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        if case.big:
            continue
        _, expect = make(case, out)
        print(f"{case.name}: {expect}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

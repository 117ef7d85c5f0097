"""Each check of the loader, shown with a deliberately broken input."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from explorer.model import load_fact_base
from tests.conftest import BUNDLED
from tests.helpers import edit_fact, read_rows, write_rows

N_BUNDLED = len(read_rows(BUNDLED / "facts.csv")[1])


def problems_for(base, fact_id: str) -> list[str]:
    return [p.message for p in base.problems if p.fact_id == fact_id]


def assert_only_rejected(base, fact_id: str, line: int, fragment: str) -> None:
    """The broken row is reported with file, line and id, and every other row still loads."""
    hits = [p for p in base.problems if p.fact_id == fact_id]
    assert hits, f"no problem reported for {fact_id}: {base.problems}"
    assert all(p.file == "facts.csv" and p.line == line for p in hits)
    assert any(fragment in p.message for p in hits), [p.message for p in hits]
    assert fact_id not in set(base.stated["id"])
    assert len(base.stated) == N_BUNDLED - 1


@pytest.mark.parametrize("fact_id,change,fragment", [
    ("F05", lambda r: r.update(value="ninety-eight"), "is not a plain number"),
    ("F05", lambda r: r.update(value="NaN"), "is not a plain number"),
    ("F05", lambda r: r.update(value="inf"), "is not a plain number"),
    ("F05", lambda r: r.update(value="1e309"), "is not a plain number"),
    ("F01", lambda r: r.update(value="1,000.21"), "is not a plain number"),
    ("F05", lambda r: r.update(value=""), "value is empty"),
    ("F05", lambda r: r.update(value="97"), "differs from the number printed"),
    ("F28", lambda r: r.update(value="-650"), "is negative but no loss"),
    ("F05", lambda r: r.update(city="Atlantis"), "unknown city 'Atlantis'"),
    ("F05", lambda r: r.update(sector="fishing"), "unknown sector 'fishing'"),
    ("F05", lambda r: r.update(source_id="nowhere"), "unknown source 'nowhere'"),
    ("F05", lambda r: r.update(unit="furlongs"), "unknown unit 'furlongs'"),
    ("F05", lambda r: r.update(qualifier="maybe"), "qualifier 'maybe'"),
    ("F05", lambda r: r.update(kind="rumour"), "kind 'rumour'"),
    ("F05", lambda r: r.update(start="x"), "are not whole numbers"),
    ("F05", lambda r: r.update(start="99999", end="100000"), "past the end of the source"),
    ("F05", lambda r: r.update(end=r["start"]), "is not after start"),
    ("F05", lambda r: r.update(start=str(int(r["start"]) + 1), end=str(int(r["end"]) + 1)),
     "the quote stands at"),
    ("F05", lambda r: r.update(quote=r["quote"].replace("handles", "handled")),
     "does not occur anywhere in the source"),
    ("F05", lambda r: r.update(as_printed="99%"), "does not occur in the quote"),
    ("F05", lambda r: r.update(metric=""), "metric is empty"),
])
def test_broken_fact_is_reported_and_the_rest_loads(data_copy: Path, fact_id, change, fragment) -> None:
    line = edit_fact(data_copy, fact_id, change)
    base = load_fact_base(data_copy)
    assert_only_rejected(base, fact_id, line, fragment)


def test_duplicate_id_keeps_the_first(data_copy: Path) -> None:
    header, rows = read_rows(data_copy / "facts.csv")
    rows.append(dict(rows[5]))
    write_rows(data_copy / "facts.csv", header, rows)
    base = load_fact_base(data_copy)
    dup = [p for p in base.problems if "duplicate id" in p.message]
    assert len(dup) == 1 and dup[0].line == len(rows) + 1 and dup[0].fact_id == rows[5]["id"]
    assert len(base.stated) == N_BUNDLED


def test_missing_required_column_names_the_column(data_copy: Path) -> None:
    header, rows = read_rows(data_copy / "facts.csv")
    header.remove("quote")
    for row in rows:
        del row["quote"]
    write_rows(data_copy / "facts.csv", header, rows)
    base = load_fact_base(data_copy)
    assert [str(p) for p in base.problems] == ["facts.csv:1: missing required column(s): quote"]
    assert base.stated.empty


def test_row_with_wrong_field_count(data_copy: Path) -> None:
    path = data_copy / "facts.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = "X1,figure,too,few\n"
    path.write_text("".join(lines), encoding="utf-8")
    base = load_fact_base(data_copy)
    assert any(p.line == 4 and "4 fields" in p.message for p in base.problems)
    assert len(base.stated) == N_BUNDLED - 1


def test_changed_source_marks_facts_unverified(data_copy: Path) -> None:
    article = data_copy / "sources" / "dalian-trillion-yuan-2026.txt"
    article.write_bytes(article.read_bytes() + b"\nAn added line.\n")
    base = load_fact_base(data_copy)
    assert not base.sources["dalian-2026"].verified
    assert any("sha256" in p.message and p.line == 2 for p in base.problems)
    assert len(base.stated) == N_BUNDLED and not base.stated["verified"].any()
    assert not base.facts["derived"].any(), "no figure is derived from unverified facts"


@pytest.mark.parametrize("path", ["../../etc/passwd", "/etc/passwd", "sources/../../outside.txt"])
def test_source_path_outside_the_data_folder_is_refused(data_copy: Path, path: str) -> None:
    header, rows = read_rows(data_copy / "sources.csv")
    rows[0]["path"] = path
    write_rows(data_copy / "sources.csv", header, rows)
    base = load_fact_base(data_copy)
    assert base.sources["dalian-2026"].text is None
    assert any(p.file == "sources.csv" and ("refused" in p.message or "absolute" in p.message)
               for p in base.problems)
    assert base.stated.empty


def test_symlink_out_of_the_data_folder_is_refused(data_copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    original = data_copy / "sources" / "dalian-trillion-yuan-2026.txt"
    outside.write_bytes(original.read_bytes())
    original.unlink()
    os.symlink(outside, original)
    base = load_fact_base(data_copy)
    assert base.sources["dalian-2026"].text is None
    assert any("outside the data folder" in p.message for p in base.problems)


def test_missing_source_text(data_copy: Path) -> None:
    (data_copy / "sources" / "dalian-trillion-yuan-2026.txt").unlink()
    base = load_fact_base(data_copy)
    assert any("is missing" in p.message for p in base.problems)
    assert base.stated.empty


def test_non_utf8_byte_rejects_only_its_row(data_copy: Path) -> None:
    path = data_copy / "facts.csv"
    raw = path.read_bytes().split(b"\n")
    raw[4] = raw[4].replace(b"Dalian", b"Dal\xffan", 1)
    path.write_bytes(b"\n".join(raw))
    base = load_fact_base(data_copy)
    assert any(p.line == 5 and "not valid UTF-8" in p.message for p in base.problems)
    assert len(base.stated) == N_BUNDLED - 1


def test_bom_and_crlf_still_load(data_copy: Path) -> None:
    path = data_copy / "facts.csv"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    base = load_fact_base(data_copy)
    assert base.problems == [] and len(base.stated) == N_BUNDLED


@pytest.mark.parametrize("content,fragment", [(b"", "file is empty"), (b"id,kind\n", "missing required")])
def test_empty_or_header_only_file(data_copy: Path, content: bytes, fragment: str) -> None:
    (data_copy / "facts.csv").write_bytes(content)
    base = load_fact_base(data_copy)
    assert any(fragment in p.message and p.file == "facts.csv" for p in base.problems)
    assert base.stated.empty


def test_loading_never_writes(data_copy: Path) -> None:
    before = {p: (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
              for p in data_copy.rglob("*") if p.is_file()}
    edit_fact(data_copy, "F05", lambda r: r.update(value="oops"))
    before["facts"] = None  # facts.csv was edited by the test itself
    snap = {p: (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in data_copy.rglob("*") if p.is_file()}
    load_fact_base(data_copy)
    after = {p: (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
             for p in data_copy.rglob("*") if p.is_file()}
    assert after == snap


def test_second_source_loads_beside_the_first(data_copy: Path) -> None:
    from tests.conftest import FIXTURES

    extra = FIXTURES / "second_source"
    (data_copy / "sources" / "shenyang-note.txt").write_bytes(
        (extra / "sources" / "shenyang-note.txt").read_bytes())
    for name in ("sources.csv", "facts.csv"):
        header, rows = read_rows(data_copy / name)
        _, more = read_rows(extra / name)
        write_rows(data_copy / name, header, rows + more)
    base = load_fact_base(data_copy)
    assert base.problems == []
    assert set(base.sources) == {"dalian-2026", "shenyang-note"}
    shenyang = base.stated[base.stated["source_id"] == "shenyang-note"]
    assert list(shenyang["id"]) == ["S01", "S02", "S03", "S04"]
    assert shenyang.set_index("id").loc["S04", "value"] == 1200


def test_share_in_words_validates_as_a_percentage(data_copy: Path) -> None:
    header, rows = read_rows(data_copy / "facts.csv")
    f37 = next(r for r in rows if r["id"] == "F37")
    rows.append(dict(f37, id="W01", metric="graduates who stay, in words", value="66.67", qualifier="approximately",
                     as_printed="two out of every three"))
    rows.append(dict(f37, id="W02", metric="graduates who stay, in words", value="50", qualifier="approximately",
                     as_printed="two out of every three"))
    write_rows(data_copy / "facts.csv", header, rows)
    base = load_fact_base(data_copy)
    assert "W01" in set(base.stated["id"])
    assert [p.fact_id for p in base.problems] == ["W02"] and "differs from the number printed" in base.problems[0].message


@pytest.mark.parametrize("name", ["facts.csv", "sources.csv", "cities.csv", "sectors.csv"])
def test_data_file_linked_out_of_the_folder_is_not_read(data_copy: Path, tmp_path: Path, name: str) -> None:
    outside = tmp_path / f"outside-{name}"
    outside.write_bytes((data_copy / name).read_bytes())
    (data_copy / name).unlink()
    os.symlink(outside, data_copy / name)
    base = load_fact_base(data_copy)
    assert any(p.file == name and "outside the data folder" in p.message for p in base.problems)
    assert base.stated.empty


def test_derived_ids_never_collide_with_stated_ids(data_copy: Path) -> None:
    edit_fact(data_copy, "F05", lambda r: r.update(id="D01"))
    base = load_fact_base(data_copy)
    assert base.problems == []
    assert base.facts["id"].is_unique
    assert not base.fact("D01")["derived"]


def test_an_empty_city_or_sector_is_named_as_empty() -> None:
    from explorer.model.load.factbase import load_fact_base
    from explorer.model.load.records import check_fact

    base = load_fact_base(BUNDLED)
    row = {c: "" for c in ("id", "kind", "source_id", "city", "sector", "entity", "metric", "value", "unit",
                              "qualifier", "period", "as_printed", "quote", "start", "end", "note")}
    errors, _ = check_fact(row, base.sources, base.cities, base.sectors)
    assert "city is empty (one of cities.csv)" in errors and "sector is empty (one of sectors.csv)" in errors
    errors, _ = check_fact({**row, "city": "Atlantis"}, base.sources, base.cities, base.sectors)
    assert "unknown city 'Atlantis' (not in cities.csv)" in errors  # (as before)

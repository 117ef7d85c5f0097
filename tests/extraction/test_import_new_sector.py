"""A sector the fact base lacks is proposed in the review from the bundled catalogue (English and Chinese names)
and added to sectors.csv in the same locked, all-or-nothing write as the accepted facts."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from explorer.model.extract.importing import (
    LOCK_NAME,
    ImportRejected,
    accept,
    candidates_for,
    fact_rows,
    new_sector_rows,
    read_article,
    sector_catalogue,
)
from explorer.model.load.factbase import load_fact_base

# Written for these tests: figures about housing and tourism, sectors the bundled fact base does not have.
TEXT = ("Dalian property market cools\n"
        "In 2025, the floor space of commercial buildings sold in Dalian was 5.2 million square meters, "
        "down 8.1 percent.\n")
TEXT_ZH = "2025年，大连市房地产市场调整，商品房销售面积520.3万平方米，下降8.1%。全年接待游客1.2亿人次。\n"


def _rows(data: Path, tmp_path: Path, text: str = TEXT):
    path = tmp_path / "dalian-property-2025.txt"
    path.write_text(text, encoding="utf-8")
    base = load_fact_base(data)
    article = read_article(path, data)
    return base, article, fact_rows(candidates_for(article.text, article.source_id, base), base.facts["id"])


def _snapshot(data: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*"))
            if p.is_file() and p.name != LOCK_NAME}


def test_the_catalogue_has_english_and_chinese_names_and_keywords() -> None:
    catalogue = sector_catalogue()
    assert catalogue["real estate"].name == "Real estate" and catalogue["real estate"].name_zh == "房地产"
    assert all(entry.name and entry.name_zh and entry.keywords for entry in catalogue.values())


@pytest.mark.parametrize(("text", "sectors"), [(TEXT, {"real estate"}), (TEXT_ZH, {"real estate", "tourism"})])
def test_a_new_sector_is_guessed_and_proposed_with_its_names(data_copy: Path, tmp_path: Path, text: str,
                                                             sectors: set[str]) -> None:
    base, _, rows = _rows(data_copy, tmp_path, text)
    assert {r["sector"] for r in rows} == sectors and not sectors & set(base.sectors)
    proposed = {s["id"]: s for s in new_sector_rows(rows, base.sectors)}
    assert set(proposed) == sectors
    assert (proposed["real estate"]["name"], proposed["real estate"]["name_zh"]) == ("Real estate", "房地产")


def test_the_new_sector_is_written_with_the_facts_or_the_rows_are_refused(data_copy: Path, tmp_path: Path) -> None:
    base, article, rows = _rows(data_copy, tmp_path)
    sectors = new_sector_rows(rows, base.sectors)
    with pytest.raises(ImportRejected, match="sector"):  # without the sector the rows are refused
        accept(data_copy, rows, article)
    accept(data_copy, rows, article, new_sectors=sectors)
    after = load_fact_base(data_copy)
    assert not [p for p in after.problems if p.severity == "error"]
    assert after.sectors["real estate"].name == "Real estate"
    assert "房地产" in after.sectors["real estate"].display + after.sectors["real estate"].description
    assert set(after.facts[after.facts["source_id"] == article.source_id]["sector"]) == {"real estate"}
    assert (data_copy / "sectors.csv").read_text(encoding="utf-8").count("\nreal estate,") == 1


def test_a_sector_table_with_a_chinese_column_gets_the_chinese_name_there(data_copy: Path, tmp_path: Path) -> None:
    path = data_copy / "sectors.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        old = list(csv.DictReader(fh))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, ["id", "name", "name_zh", "description"])
        writer.writeheader()
        writer.writerows({**r, "name_zh": ""} for r in old)
    base, article, rows = _rows(data_copy, tmp_path)
    accept(data_copy, rows, article, new_sectors=new_sector_rows(rows, base.sectors))
    assert load_fact_base(data_copy).sectors["real estate"].name_zh == "房地产"


def test_a_sector_table_of_only_id_and_name_keeps_the_chinese_name_in_the_name(data_copy: Path,
                                                                               tmp_path: Path) -> None:
    # The review promises "Real estate (房地产)"; a table with no column for it must not drop the Chinese name.
    path = data_copy / "sectors.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        old = list(csv.DictReader(fh))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, ["id", "name"], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(old)
    base, article, rows = _rows(data_copy, tmp_path)
    accept(data_copy, rows, article, new_sectors=new_sector_rows(rows, base.sectors))
    after = load_fact_base(data_copy)
    assert not [p for p in after.problems if p.severity == "error"]
    assert after.sectors["real estate"].name == "Real estate (房地产)"


def test_a_crash_writing_facts_leaves_sectors_csv_as_it_was(data_copy: Path, tmp_path: Path, monkeypatch) -> None:
    base, article, rows = _rows(data_copy, tmp_path)
    snapshot = _snapshot(data_copy)
    real_write = os.write

    def write(fd: int, data) -> int:  # noqa: ANN001
        if ".facts.csv." in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(28, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    with pytest.raises(OSError, match="No space left"):
        accept(data_copy, rows, article, new_sectors=new_sector_rows(rows, base.sectors))
    monkeypatch.undo()
    assert _snapshot(data_copy) == snapshot

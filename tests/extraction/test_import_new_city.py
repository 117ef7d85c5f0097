"""A city the fact base lacks is added to cities.csv in the same all-or-nothing write as the facts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from explorer.model.extract.importing import LOCK_NAME, ImportRejected, accept, candidates_for, fact_rows, new_city_rows
from explorer.model.load.factbase import load_fact_base

TEXT = "2024年，兰州市地区生产总值3456.7亿元，同比增长4.9%。\n"  # a city not in the bundled fact base


def _article_and_rows(data: Path, tmp_path: Path):
    from explorer.model.extract.importing import read_article

    path = tmp_path / "lanzhou-2024.txt"
    path.write_text(TEXT, encoding="utf-8")
    base = load_fact_base(data)
    article = read_article(path, data)
    rows = fact_rows(candidates_for(article.text, article.source_id, base), base.facts["id"])
    return base, article, rows


def _snapshot(data: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*"))
            if p.is_file() and p.name != LOCK_NAME}


def test_new_city_from_the_gazetteer_is_written_with_the_facts(data_copy: Path, tmp_path: Path) -> None:
    base, article, rows = _article_and_rows(data_copy, tmp_path)
    assert {r["city"] for r in rows} == {"Lanzhou"} and "Lanzhou" not in base.cities
    cities = new_city_rows(rows, base.cities)
    assert cities == [{"id": "Lanzhou", "name": "Lanzhou", "name_zh": "兰州市", "kind": "city"}]
    with pytest.raises(ImportRejected, match="unknown city"):  # without the city the rows are refused
        accept(data_copy, rows, article)
    accept(data_copy, rows, article, new_cities=cities)
    after = load_fact_base(data_copy)
    assert after.cities["Lanzhou"].name_zh == "兰州市"
    assert set(after.facts[after.facts["source_id"] == article.source_id]["city"]) == {"Lanzhou"}
    assert not [p for p in after.problems if p.severity == "error"]
    assert (data_copy / "cities.csv").read_text(encoding="utf-8").count("\nLanzhou,") == 1


def test_a_crash_writing_facts_leaves_cities_csv_as_it_was(data_copy: Path, tmp_path: Path, monkeypatch) -> None:
    base, article, rows = _article_and_rows(data_copy, tmp_path)
    snapshot = _snapshot(data_copy)
    real_write = os.write

    def write(fd: int, data) -> int:
        if ".facts.csv." in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(28, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    with pytest.raises(OSError, match="No space left"):
        accept(data_copy, rows, article, new_cities=new_city_rows(rows, base.cities))
    monkeypatch.undo()
    assert _snapshot(data_copy) == snapshot

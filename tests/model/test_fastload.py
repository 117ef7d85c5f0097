"""The column-at-a-time loader gives exactly what the row-by-row reference gives, problems included."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.synth import write as write_synth
from explorer.model import load_fact_base
from explorer.model.load import fastload
from explorer.model.load.cache import MIN_BYTES
from tests.conftest import BUNDLED
from tests.helpers import read_rows, write_rows


def _reference(data: Path, monkeypatch: pytest.MonkeyPatch):
    with monkeypatch.context() as m:
        m.setattr(fastload, "read_regular", lambda *a, **k: None)
        return load_fact_base(data, use_cache=False)


def _assert_same(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert fastload.read_regular(data / "facts.csv", ("id",), 1 << 30) is not None, "took the reference path"
    fast = load_fact_base(data, use_cache=False)
    slow = _reference(data, monkeypatch)
    pd.testing.assert_frame_equal(fast.facts, slow.facts)
    assert fast.problems == slow.problems


def test_bundled_data_same_both_ways(monkeypatch) -> None:
    _assert_same(BUNDLED, monkeypatch)


BREAKS = [
    lambda r: r.update(value=str(float(r["value"]) + 1)),
    lambda r: r.update(city=" " + r["city"]),
    lambda r: r.update(city="Atlantis"),
    lambda r: r.update(id=""),
    lambda r: r.update(id="F0000001"),  # a duplicate of the first row
    lambda r: r.update(metric="  "),
    lambda r: r.update(entity=r["entity"] + " "),
    lambda r: r.update(period=" 2024"),
    lambda r: r.update(quote=r["quote"].replace("of", "off", 1)),
    lambda r: r.update(start=str(int(r["start"]) + 1)),
    lambda r: r.update(end="x"),
    lambda r: r.update(start="00" + r["start"]),
    lambda r: r.update(as_printed=""),
    lambda r: r.update(value="-" + r["value"]),
    lambda r: r.update(value="1e3"),
    lambda r: r.update(unit="furlongs"),
    lambda r: r.update(qualifier="derived"),
    lambda r: r.update(kind="rumour"),
    lambda r: r.update(source_id="nowhere"),
    lambda r: r.update(value=" " + r["value"] + " "),
    lambda r: r.update(note="  kept as written  "),
]


def test_broken_synthetic_rows_same_both_ways(tmp_path: Path, monkeypatch) -> None:
    data = tmp_path / "synth"
    write_synth(1500, data)
    header, rows = read_rows(data / "facts.csv")
    rng = random.Random(5)
    for i, brk in enumerate(BREAKS):
        for row in rng.sample(rows[1:], 3):
            brk(row)
        rows[10 + i]["id"] = rows[10 + i]["id"] if i % 2 else rows[10 + i]["id"] + " "
    write_rows(data / "facts.csv", header, rows)
    _assert_same(data, monkeypatch)
    base = load_fact_base(data, use_cache=False)
    assert sum(p.severity == "error" for p in base.problems) > 40


def test_irregular_file_takes_the_reference_path(data_copy: Path) -> None:
    path = data_copy / "facts.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = "X1,figure,too,few\n"
    path.write_text("".join(lines), encoding="utf-8")
    assert fastload.read_regular(path, ("id",), 1 << 30) is None
    base = load_fact_base(data_copy, use_cache=False)
    assert any(p.line == 4 and "4 fields" in p.message for p in base.problems)


def test_synthetic_folder_validates_clean(tmp_path: Path) -> None:
    counts = write_synth(2000, tmp_path / "synth")
    base = load_fact_base(tmp_path / "synth", use_cache=False)
    assert base.problems == []
    assert int((~base.facts["derived"]).sum()) == counts["facts"] == 2000
    assert base.facts["city"].nunique() > 4 and base.facts["source_id"].nunique() >= 1
    assert (tmp_path / "synth" / "facts.csv").stat().st_size < MIN_BYTES


def test_synthetic_folder_is_reproducible(tmp_path: Path) -> None:
    write_synth(300, tmp_path / "a")
    write_synth(300, tmp_path / "b")
    assert (tmp_path / "a" / "facts.csv").read_bytes() == (tmp_path / "b" / "facts.csv").read_bytes()
    shutil.rmtree(tmp_path / "b")

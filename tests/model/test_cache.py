"""The cache of checked facts: used when nothing changed, ignored as soon as anything did."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.synth import write as write_synth
from explorer.model import cache, load_fact_base
from tests.helpers import edit_fact, read_rows, write_rows


@pytest.fixture
def folder(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FACT_EXPLORER_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "MIN_BYTES", 0)
    data = tmp_path / "data"
    write_synth(600, data)
    return data


def _entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache" / "fact-explorer" / "facts").glob("*.npz"))


def _snapshot(folder: Path) -> dict[Path, tuple[int, str]]:
    return {p: (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest()) for p in folder.rglob("*")
            if p.is_file()}


def test_second_load_comes_from_the_cache_and_is_equal(folder: Path, tmp_path: Path, monkeypatch) -> None:
    before = _snapshot(folder)
    first = load_fact_base(folder)
    assert len(_entries(tmp_path)) == 1
    assert _snapshot(folder) == before, "the data folder was written"
    from explorer.model import factbase

    monkeypatch.setattr(factbase, "_load_facts", lambda *a: pytest.fail("checked again"))
    second = load_fact_base(folder)
    pd.testing.assert_frame_equal(first.facts, second.facts)
    assert first.problems == second.problems


@pytest.mark.parametrize("change", ["facts", "facts-same-size", "source", "cities"])
def test_any_change_means_a_full_check(folder: Path, change: str) -> None:
    load_fact_base(folder)
    if change == "facts":
        edit_fact(folder, "F0000005", lambda r: r.update(value="12345"))
    elif change == "facts-same-size":
        path = folder / "facts.csv"
        raw = path.read_bytes()
        stat = path.stat()
        at = raw.index(b"F0000007,")
        path.write_bytes(raw[:at] + b"G" + raw[at + 1:])  # same size, same mtime: only the sha tells
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    elif change == "source":
        text = next((folder / "sources").glob("*.txt"))
        text.write_bytes(text.read_bytes().replace(b"Synthetic", b"Synthetik", 1))
    else:
        header, rows = read_rows(folder / "cities.csv")
        write_rows(folder / "cities.csv", header, [r for r in rows if r["id"] != "Dalian"])
    fresh = load_fact_base(folder, use_cache=False)
    again = load_fact_base(folder)
    pd.testing.assert_frame_equal(fresh.facts, again.facts)
    assert fresh.problems == again.problems
    if change != "facts-same-size":
        assert fresh.problems, "the change should have been reported"
    else:
        assert "G0000007" in set(again.facts["id"])


def test_unreadable_cache_is_ignored(folder: Path, tmp_path: Path) -> None:
    first = load_fact_base(folder)
    (entry,) = _entries(tmp_path)
    entry.write_bytes(b"not a zip file")
    again = load_fact_base(folder)
    pd.testing.assert_frame_equal(first.facts, again.facts)


def test_cache_can_be_turned_off(folder: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FACT_EXPLORER_NO_CACHE", "1")
    load_fact_base(folder)
    assert _entries(tmp_path) == []


def test_small_folders_are_not_cached(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    from tests.conftest import BUNDLED

    load_fact_base(BUNDLED)
    assert _entries(tmp_path) == []

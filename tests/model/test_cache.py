"""The cache of checked facts: used when nothing changed, ignored as soon as anything did."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.synth import write as write_synth
from explorer.model import load_fact_base
from explorer.model.load import cache
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
    first = load_fact_base(folder, use_cache=True)
    assert len(_entries(tmp_path)) == 1
    assert _snapshot(folder) == before, "the data folder was written"
    from explorer.model.load import factbase

    monkeypatch.setattr(factbase, "read_facts", lambda *a: pytest.fail("checked again"))
    second = load_fact_base(folder, use_cache=True)
    pd.testing.assert_frame_equal(first.facts, second.facts)
    assert first.problems == second.problems


@pytest.mark.parametrize("change", ["facts", "facts-same-size", "source", "cities"])
def test_any_change_means_a_full_check(folder: Path, change: str) -> None:
    load_fact_base(folder, use_cache=True)
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
    again = load_fact_base(folder, use_cache=True)
    pd.testing.assert_frame_equal(fresh.facts, again.facts)
    assert fresh.problems == again.problems
    if change != "facts-same-size":
        assert fresh.problems, "the change should have been reported"
    else:
        assert "G0000007" in set(again.facts["id"])


def test_unreadable_cache_is_ignored(folder: Path, tmp_path: Path) -> None:
    first = load_fact_base(folder, use_cache=True)
    (entry,) = _entries(tmp_path)
    entry.write_bytes(b"not a zip file")
    again = load_fact_base(folder, use_cache=True)
    pd.testing.assert_frame_equal(first.facts, again.facts)


def test_cache_can_be_turned_off(folder: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FACT_EXPLORER_NO_CACHE", "1")
    load_fact_base(folder, use_cache=True)
    assert _entries(tmp_path) == []


def test_small_folders_are_not_cached(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    from tests.conftest import BUNDLED

    load_fact_base(BUNDLED, use_cache=True)
    assert _entries(tmp_path) == []


def test_a_renamed_source_loads_as_without_the_cache(folder: Path) -> None:
    load_fact_base(folder, use_cache=True)
    header, rows = read_rows(folder / "sources.csv")
    old = rows[0]["path"]
    new = old.replace(".txt", "-renamed.txt")
    (folder / old).rename(folder / new)
    rows[0]["path"] = new
    write_rows(folder / "sources.csv", header, rows)
    fresh = load_fact_base(folder, use_cache=False)
    again = load_fact_base(folder, use_cache=True)
    assert again.sources[rows[0]["id"]].path == new
    pd.testing.assert_frame_equal(fresh.facts, again.facts)
    assert fresh.problems == again.problems


def test_a_new_metrics_table_means_a_full_check(folder: Path) -> None:
    # The message for an empty metric lists the folder's metrics: a cached one would name the old table.
    edit_fact(folder, "F0000005", lambda r: r.update(metric=""))
    load_fact_base(folder, use_cache=True)
    (folder / "metrics.csv").write_text("id,name,name_zh,unit_class,aliases\nzz_own_metric,Own metric,,,\n",
                                        encoding="utf-8")
    fresh = load_fact_base(folder, use_cache=False)
    again = load_fact_base(folder, use_cache=True)
    assert any("zz_own_metric" in p.message or "Own metric" in p.message for p in fresh.problems)
    pd.testing.assert_frame_equal(fresh.facts, again.facts)
    assert fresh.problems == again.problems


def test_the_cache_survives_a_checking_module_being_renamed(folder: Path, tmp_path: Path) -> None:
    # The key once listed the checking code's file names by hand: moving one raised FileNotFoundError.
    root = Path(__file__).resolve().parents[2]
    checkout = tmp_path / "checkout"
    shutil.copytree(root / "explorer", checkout / "explorer", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(root / "data", checkout / "data")
    shutil.copy(root / "pyproject.toml", checkout / "pyproject.toml")
    model = checkout / "explorer" / "model"
    (model / "load" / "fastload.py").rename(model / "load" / "column_check.py")
    for path in model.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"\bfastload\b", "column_check", text), encoding="utf-8")
    script = ("import sys\nfrom explorer.model import load_fact_base\nfrom explorer.model.load import cache\n"
              "cache.MIN_BYTES = 0\n"
              "for _ in range(2):\n    base = load_fact_base(sys.argv[1], use_cache=True)\nprint(len(base.facts))\n")
    env = {**os.environ, "PYTHONPATH": str(checkout), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("FACT_EXPLORER_NO_CACHE", None)
    done = subprocess.run([sys.executable, "-c", script, str(folder)], cwd=checkout, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == len(load_fact_base(folder, use_cache=False).facts)
    assert _entries(tmp_path)


def test_a_plain_load_writes_nothing_to_the_cache(folder: Path, tmp_path: Path) -> None:
    """The cache is the caller's choice: a library call that does not ask for it leaves the cache folder alone."""
    load_fact_base(folder)
    load_fact_base(folder)
    assert not (tmp_path / "cache").exists()


def test_the_command_line_keeps_checked_facts_in_the_cache(folder: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from explorer.cli import main

    main(["validate", "--data", str(folder)])
    assert len(_entries(tmp_path)) == 1
    first = capsys.readouterr().out
    main(["validate", "--data", str(folder)])
    assert capsys.readouterr().out == first


def test_a_deferred_entry_is_written_whole_after_the_load_returns(folder: Path, tmp_path: Path,
                                                                  monkeypatch) -> None:
    import threading

    from explorer.model.load import factbase

    release = threading.Event()
    real_store = cache.store

    def slow_store(*args, **kwargs) -> None:
        release.wait(30)
        real_store(*args, **kwargs)

    monkeypatch.setattr(cache, "store", slow_store)
    writes: list[cache.PendingWrite] = []
    first = load_fact_base(folder, use_cache=True, cache_writes=writes)
    assert len(writes) == 1 and not _entries(tmp_path)  # returned with the entry unwritten
    writes[0].start()
    # Another load while the entry is being written: it checks the facts itself, and gets the same.
    again: list[cache.PendingWrite] = []
    second = load_fact_base(folder, use_cache=True, cache_writes=again)
    pd.testing.assert_frame_equal(first.facts, second.facts)
    again[0].start()
    release.set()
    assert writes[0].join(30) and again[0].join(30)
    assert len(_entries(tmp_path)) == 1
    assert not list((tmp_path / "cache").rglob("*.tmp"))
    monkeypatch.setattr(factbase, "read_facts", lambda *a: pytest.fail("checked again"))
    cached = load_fact_base(folder, use_cache=True)
    pd.testing.assert_frame_equal(first.facts, cached.facts)
    assert first.problems == cached.problems


def test_a_killed_writers_temporary_is_removed_by_the_next_write(folder: Path, tmp_path: Path) -> None:
    # A process killed while writing its entry (here: mid-way through the arrays) leaves its temporary file;
    # the next writer of that entry removes it, and another entry's temporary is left alone.
    child = ("import os, sys, numpy as np\n"
             "from explorer.model import load_fact_base\n"
             "from explorer.model.load import cache\n"
             "cache.MIN_BYTES = 0\n"
             "def killed(fh, **arrays):\n"
             "    fh.write(b'PK' + b'0' * 4096); fh.flush(); os._exit(9)\n"
             "np.savez = killed\n"
             "load_fact_base(__import__('pathlib').Path(sys.argv[1]), use_cache=True)\n")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", child, str(folder)], env=env, timeout=120)
    assert done.returncode == 9
    facts_dir = tmp_path / "cache" / "fact-explorer" / "facts"
    left = list(facts_dir.glob("*.tmp"))
    assert len(left) == 1 and not _entries(tmp_path)
    other = facts_dir / ".0123456789abcdef01234567.npz.abcdefgh.tmp"  # another entry's, being written
    other.write_bytes(b"x")
    load_fact_base(folder, use_cache=True)
    assert len(_entries(tmp_path)) == 1
    assert not left[0].exists()
    assert other.exists()

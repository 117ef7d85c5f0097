"""The app opts in to the cache of checked facts (issue 12): ``load_fact_base`` alone does not write one."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.synth import write as write_synth
from explorer.model.load import cache


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FACT_EXPLORER_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "MIN_BYTES", 0)  # the synthetic folders are small
    return tmp_path / "cache" / "fact-explorer" / "facts"


def test_the_window_keeps_checked_facts_in_the_users_cache(make_window, qtbot, tmp_path: Path,
                                                          cache_home: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    write_synth(300, first)
    write_synth(400, second)
    window = make_window(first)
    qtbot.waitUntil(lambda: window.fact_base is not None and len(window.fact_base.facts) >= 300, timeout=20000)
    assert len(list(cache_home.glob("*.npz"))) == 1  # the start-up load
    with qtbot.waitSignal(window.loaded, timeout=20000):
        window.load(second)  # File ▸ Open's path: the load worker
    assert window.data_dir == second
    assert len(list(cache_home.glob("*.npz"))) == 2

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
    # The start-up load's entry, written once the window has the facts.
    qtbot.waitUntil(lambda: len(list(cache_home.glob("*.npz"))) == 1, timeout=20000)
    with qtbot.waitSignal(window.loaded, timeout=20000):
        window.load(second)  # File ▸ Open's path: the load worker
    assert window.data_dir == second
    qtbot.waitUntil(lambda: len(list(cache_home.glob("*.npz"))) == 2, timeout=20000)


def test_the_facts_are_shown_before_the_cache_entry_is_written(qtbot, tmp_path: Path, cache_home: Path,
                                                              monkeypatch) -> None:
    """The entry is written after ``loaded`` (it took ~3 s of a 17 s load at 1M facts), whole, and a
    second load while it is being written still gets the folder's facts."""
    import threading

    import pandas as pd

    from explorer.model import load_fact_base
    from explorer.model.load import factbase
    from explorer.ui.session import Session

    folder = tmp_path / "data"
    write_synth(500, folder)
    release, written = threading.Event(), []
    real_store = cache.store

    def slow_store(*args, **kwargs) -> None:
        release.wait(30)
        real_store(*args, **kwargs)
        written.append(args[0])

    monkeypatch.setattr(cache, "store", slow_store)
    session = Session()
    with qtbot.waitSignal(session.loaded, timeout=20000) as shown:
        session.load(folder)
    assert not list(cache_home.glob("*.npz")), "the window waited for the cache entry"
    with qtbot.waitSignal(session.loaded, timeout=20000) as again:  # while the first entry is being written
        session.load(folder)
    assert not list(cache_home.glob("*.npz"))
    first, second = shown.args[0], again.args[0]
    pd.testing.assert_frame_equal(first.facts, second.facts)
    release.set()
    qtbot.waitUntil(lambda: len(written) == 2, timeout=20000)  # both loads' entries, one after the other
    assert len(list(cache_home.glob("*.npz"))) == 1 and not list(cache_home.glob("*.tmp"))
    monkeypatch.setattr(factbase, "read_facts", lambda *a: pytest.fail("checked again: the entry is not whole"))
    cached = load_fact_base(folder, use_cache=True)
    pd.testing.assert_frame_equal(cached.facts, first.facts)
    assert cached.problems == first.problems
    session.close()

"""The start-up path of ``fact-explorer``: the real command in a child process (offscreen)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from explorer.app import LOAD_AT_ONCE_BYTES
from tests.conftest import ROOT


def _start(tmp_path, *args: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACT_EXPLORER_STARTUP_TIMES": "1",
           "FACT_EXPLORER_LOG_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-m", "explorer", "--quit-after-show", "--settings",
                          str(tmp_path / "settings.ini"), *args], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    return [line.split()[1] for line in out.stderr.splitlines() if line.startswith("startup: ")]


def test_the_light_window_comes_first_and_the_collector_is_back_on_with_the_data(tmp_path) -> None:
    stages = _start(tmp_path)
    assert stages[0] == "window" and "data" in stages
    # cli.main turns the cyclic garbage collector off for start-up; run() turns it on again.
    assert "collector" in stages


def _person_start(tmp_path: Path, *args: str) -> list[str]:
    """The stages of ``fact-explorer`` started as a person starts it (no --quit-after-show), up to the data painted."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACT_EXPLORER_STARTUP_TIMES": "1",
           "FACT_EXPLORER_LOG_DIR": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "explorer", "--settings", str(tmp_path / "settings.ini"), *args],
                            env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    stages: list[str] = []
    timer = threading.Timer(120, proc.kill)  # a start that never paints its data fails, never hangs
    timer.start()
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.startswith("startup: "):
                stages.append(line.split()[1])
                if stages[-1] == "data":
                    break
    finally:
        timer.cancel()
        proc.kill()
        proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()
    return stages


def test_a_person_s_start_paints_the_window_first_with_its_facts(tmp_path) -> None:
    # A small folder (the bundled one, another region's) is loaded before the window's first paint; handed
    # to a worker, the window was painted empty first and the facts came a tenth of a second later.
    for folder in ((), ("--data", str(ROOT / "tests" / "data" / "other_region"))):
        stages = _person_start(tmp_path, *folder)
        assert stages[0] == "window" and stages[-1] == "data", stages
        assert "empty" not in stages, stages


def test_a_large_folder_is_loaded_in_the_worker_while_the_window_shows(tmp_path, data_copy) -> None:
    source = next(p for p in sorted((data_copy / "sources").iterdir()) if p.is_file())
    with source.open("a", encoding="utf-8") as fh:  # text after the quotes: every fact still stands
        fh.write("\nMore words of the article.\n" * (LOAD_AT_ONCE_BYTES // 20))
    stages = _person_start(tmp_path, "--data", str(data_copy))
    assert stages.index("empty") < stages.index("data"), stages


def test_the_window_shows_its_facts_before_the_cache_lock_is_imported_and_the_lock_works_when_needed(
        tmp_path, data_copy) -> None:
    # filelock (~10 ms of imports) is not needed to show a small folder; the cache's lock comes in when
    # File ▸ Open loads a folder whose checked facts are kept.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACT_EXPLORER_LOG_DIR": str(tmp_path),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, str(Path(__file__).with_name("startup_probe.py")),
                          str(tmp_path / "settings.ini"), str(data_copy)],
                         env=env, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.splitlines()[-1])
    at_start = set(result["at_start"])
    assert {"explorer.ui.main_window", "pandas", "pyqtgraph"} <= at_start
    assert not {m for m in at_start if m == "filelock" or m.startswith("filelock.")}, "filelock at start-up"
    assert Path(result["shown"]).resolve() == data_copy.resolve()
    entries = result["cache"]
    assert any(n.endswith(".npz") for n in entries) and any(n.endswith(".npz.lock") for n in entries), entries

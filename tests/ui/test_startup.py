"""The start-up path of ``fact-explorer``: the real command in a child process (offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys


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

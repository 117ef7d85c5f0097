"""The start-up path of ``fact-explorer`` (``explorer.app.run``), in this process."""

from __future__ import annotations

import gc
import sys

from explorer.app import run
from explorer.ui import theme


def test_run_turns_the_garbage_collector_back_on_once_the_data_is_shown(qapp, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    gc.disable()  # as cli.main does before it calls run()
    try:
        assert run(quit_after_show=True, settings_path=tmp_path / "settings.ini", dark=False) == 0
        assert gc.isenabled()
    finally:
        gc.enable()
        theme.apply(False)

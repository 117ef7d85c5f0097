"""Run by test_startup.py: ``fact-explorer`` started as a person starts it, then File ▸ Open of another folder.

Prints one JSON object: the modules imported when the window first showed its facts, the folder shown
after File ▸ Open, and the files of the user's cache folder once the opened folder's entry is written.
argv: settings file, folder to open.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

app = QApplication(sys.argv[:1])
settings, folder = sys.argv[1], Path(sys.argv[2])
cache = Path(os.environ["XDG_CACHE_HOME"]) / "fact-explorer" / "facts"
result: dict[str, object] = {}
waited = 0


def _window():  # type: ignore[no-untyped-def]
    return next((w for w in app.topLevelWidgets() if getattr(w, "fact_base", None) is not None and w.isVisible()), None)


def started() -> None:
    window = _window()
    handle = window.windowHandle() if window is not None else None
    if handle is None or not handle.isExposed():
        QTimer.singleShot(5, started)
        return
    result["at_start"] = sorted(sys.modules)
    import explorer.model.load.cache as cache_module

    cache_module.MIN_BYTES = 0  # a small folder stands in for a large one: its checked facts are kept
    QFileDialog.getExistingDirectory = staticmethod(lambda *args, **kwargs: str(folder))  # type: ignore[method-assign]
    window.act_open.trigger()
    QTimer.singleShot(5, opened)


def opened() -> None:
    global waited
    window = _window()
    written = sorted(p.name for p in cache.iterdir()) if cache.is_dir() else []
    shown = window is not None and window.fact_base.data_dir.resolve() == folder.resolve()
    if not shown or not any(n.endswith(".npz") for n in written):
        waited += 5
        if waited < 60_000:
            QTimer.singleShot(5, opened)
            return
    result["shown"] = str(window.fact_base.data_dir) if window is not None else None
    result["cache"] = written
    app.quit()


QTimer.singleShot(0, started)
from explorer.cli import main  # noqa: E402 - as the fact-explorer command starts, after the probe's own set-up

code = main(["--settings", settings])
print(json.dumps(result))
sys.exit(code)

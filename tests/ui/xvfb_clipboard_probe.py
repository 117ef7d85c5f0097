"""Run under Xvfb by test_xvfb.py: copy a fact, then let xclip (another program) read the clipboard.

Prints one JSON object: the TARGETS xclip sees and what it pastes for each MIME type.
"""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from explorer.app import build_window, dispose

app = QApplication(sys.argv[:1])
window = build_window(None, QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.show()
readers: list[tuple[str, subprocess.Popen[str]]] = []
result: dict[str, str] = {}


def copy() -> None:
    window.select_fact("F27")
    window.copy_selected()
    # xclip asks this process for the data, so the event loop must keep running meanwhile.
    for target in ("TARGETS", "text/plain", "text/html", "text/csv"):
        readers.append((target, subprocess.Popen(["xclip", "-o", "-selection", "clipboard", "-t", target],
                                                 stdout=subprocess.PIPE, text=True)))
    QTimer.singleShot(100, collect)


def collect() -> None:
    if any(p.poll() is None for _, p in readers):
        QTimer.singleShot(100, collect)
        return
    for target, proc in readers:
        result[target] = proc.communicate()[0]
    app.quit()


QTimer.singleShot(300, copy)
QTimer.singleShot(20000, app.quit)
app.exec()
dispose(window)
print(json.dumps(result))

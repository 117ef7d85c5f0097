"""Guards the PySide6 pin: the binding must not drop references to None or True.

PySide6 6.12.0 on Python 3.11 decrements None's count on every void call (3.12 made
None immortal, which hides it); after some hours of use the process aborts with
"none_dealloc". pyproject.toml keeps Python 3.11 on PySide6 < 6.12 for this reason.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_calls_and_signals_keep_none_and_true_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    gc.collect()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        label.setText("x")
        label.update()
        emitter.fired.emit(True)
    gc.collect()
    assert sys.getrefcount(None) >= none_before - 50
    assert sys.getrefcount(True) >= true_before - 50

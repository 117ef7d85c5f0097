"""Fixtures for the window tests: a fresh settings file per test, the window disposed of properly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from explorer.app import build_window, dispose
from explorer.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings) -> Iterator:
    made: list[MainWindow] = []

    def make(data_dir: Path | None = None, settings_: QSettings | None = None) -> MainWindow:
        window = build_window(data_dir, settings_ or settings)
        made.append(window)
        return window

    yield make
    for window in made:
        dispose(window)


@pytest.fixture
def window(make_window) -> MainWindow:
    w = make_window()
    w.resize(1280, 800)
    return w


@pytest.fixture
def no_unanswered_message_box(monkeypatch) -> None:
    """A message box the test did not expect fails it (instead of waiting forever for a click).

    Not automatic: some window tests answer their message boxes themselves. The review dialog's
    tests (and every extraction test) ask for it.
    """
    from PySide6.QtWidgets import QMessageBox

    def unexpected(box: QMessageBox) -> int:
        raise AssertionError(f"unexpected message box: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", unexpected)


@pytest.fixture
def synth_window(make_window, tmp_path: Path, qtbot) -> MainWindow:
    """A window on 3,000 synthetic facts (another region's cities and other years than the bundled article's),
    shown: the selection-cost tests' fact base."""
    from benchmarks.synth import write as write_synth

    write_synth(3000, tmp_path / "s")
    window = make_window(tmp_path / "s")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window

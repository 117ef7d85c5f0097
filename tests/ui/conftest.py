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

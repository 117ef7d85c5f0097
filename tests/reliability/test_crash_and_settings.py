"""An uncaught exception becomes a dialog with a log file, not a dead window; a broken settings
file starts the app with defaults; every file the app writes is written whole or not at all."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from explorer.app import install_excepthook, log_path
from explorer.ui.main_window import SETTINGS_VERSION, MainWindow
from tests.reliability.make_corpus import digest


@pytest.fixture
def dialogs(monkeypatch) -> list[dict[str, object]]:
    """Message boxes that would have been shown, recorded instead of blocking the test."""
    shown: list[dict[str, object]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append({"text": box.text(), "details": box.detailedText(), "format": box.textFormat(),
                      "icon": box.icon()})
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.mark.qt_no_exception_capture
def test_uncaught_exception_in_a_slot_becomes_a_dialog_and_a_log(make_window, qtbot, tmp_path: Path,
                                                                  monkeypatch, dialogs) -> None:
    monkeypatch.setenv("FACT_EXPLORER_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(sys, "stderr", open(os.devnull, "w"))  # the hook also prints the traceback
    window: MainWindow = make_window()
    window.show()
    qtbot.waitExposed(window)
    install_excepthook(QApplication.instance())

    def broken(*args) -> None:
        raise RuntimeError("<b>boom</b> in the quote panel")

    monkeypatch.setattr(window.quote, "show_fact", broken)
    QTimer.singleShot(0, lambda: window.select_fact("F05"))  # the exception leaves a slot of the event loop
    qtbot.waitUntil(lambda: len(dialogs) > 0, timeout=5000)
    sys.stderr.close()

    box = dialogs[0]
    path = log_path()
    assert path == tmp_path / "logs" / "fact-explorer.log"
    assert "<b>boom</b> in the quote panel" in str(box["text"]) and str(path) in str(box["text"])
    assert box["format"] == Qt.TextFormat.PlainText and box["icon"] == QMessageBox.Icon.Critical
    assert "Traceback" in str(box["details"]) and "RuntimeError" in str(box["details"])
    assert "RuntimeError: <b>boom</b> in the quote panel" in path.read_text(encoding="utf-8")
    # The window lives on and works.
    monkeypatch.undo()
    window.select_fact("F01")
    assert window.isVisible() and window.current_fact_id() == "F01"


def test_default_log_path_is_the_platform_state_folder(monkeypatch) -> None:
    monkeypatch.delenv("FACT_EXPLORER_LOG_DIR", raising=False)
    path = log_path()
    assert path.name == "fact-explorer.log" and path.parent.name == "logs"


# ---- settings ------------------------------------------------------------------------------------

def _settings_cases(tmp_path: Path) -> dict[str, Path]:
    corrupt = tmp_path / "corrupt.ini"
    corrupt.write_bytes(b"\xff\xfe[General\x00\nversion=\x00\x01\ngeometry=@ByteArray(\xff\xff)\n" * 50)
    folder = tmp_path / "a-folder.ini"  # unreadable: a folder where the file should be
    folder.mkdir()
    older = tmp_path / "older.ini"
    older.write_text("[General]\nversion=0\ngrouping=sector\nlastFact=F39\ndark=true\n"
                     "geometry=@ByteArray(not a geometry)\n", encoding="utf-8")
    wrong_types = tmp_path / "wrong-types.ini"
    wrong_types.write_text(f"[General]\nversion={SETTINGS_VERSION}\ngrouping=@Variant(\\0\\0\\0\\x7f)\n"
                           "lastFact=NO-SUCH-FACT\ndark=maybe\ngeometry=12\nwindowState=@Invalid()\n"
                           "[splitters]\nmainSplit=banana\nrightSplit=@ByteArray()\n", encoding="utf-8")
    empty = tmp_path / "empty.ini"
    empty.write_bytes(b"")
    return {"corrupt": corrupt, "unreadable": folder, "older_version": older, "wrong_types": wrong_types,
            "empty": empty}


@pytest.mark.parametrize("case", ["corrupt", "unreadable", "older_version", "wrong_types", "empty"])
@pytest.mark.qt_log_ignore("QVariant::load: unknown user type")  # wrong_types: Qt says it cannot read the value
def test_broken_settings_start_with_defaults(make_window, tmp_path: Path, case: str, qtbot) -> None:
    path = _settings_cases(tmp_path)[case]
    window = make_window(settings_=QSettings(str(path), QSettings.Format.IniFormat))
    window.show()
    qtbot.waitExposed(window)
    assert window.nav.tree_model.grouping == "city"
    assert not window.act_dark.isChecked()
    assert window.fact_base is not None and len(window.fact_base.stated) > 50
    assert window.current_fact_id() is not None  # the first fact, not the remembered one
    window.save_settings()  # and closing does not fail either


def test_settings_are_written_by_rename(make_window, settings) -> None:
    """QSettings writes a temporary file and renames it: a crash mid-write keeps the old file."""
    window = make_window(settings_=settings)
    window.save_settings()
    path = Path(settings.fileName())
    before = path.stat().st_ino
    window.set_grouping("sector")
    window.save_settings()
    assert path.stat().st_ino != before
    assert "grouping=sector" in path.read_text(encoding="utf-8")


def test_loading_and_exporting_never_write_a_data_file(make_window, data_copy: Path, tmp_path: Path,
                                                      monkeypatch, qtbot) -> None:
    before = digest(data_copy)
    window = make_window(data_copy)
    out = tmp_path / "out"
    out.mkdir()
    for fmt in ("csv", "json", "xlsx", "md"):
        target = out / f"facts.{fmt}"
        target.write_text("the old export")
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), ""))
        window.export_dialog()
        assert target.read_bytes() != b"the old export" and target.stat().st_size > 500
    for fmt in ("png", "svg"):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, f=fmt: (str(out / f"plot.{f}"), ""))
        window._export_plot(fmt)
        assert (out / f"plot.{fmt}").stat().st_size > 500
    window.select_fact("F27")
    window.act_copy.trigger()
    with qtbot.waitSignal(window.loaded, timeout=10000):
        window.load(data_copy)
    assert digest(data_copy) == before
    assert sorted(p.name for p in out.iterdir()) == [
        "facts.csv", "facts.json", "facts.md", "facts.xlsx", "plot.png", "plot.svg"], "a temporary file was left"


def test_a_failed_export_keeps_the_old_file(make_window, tmp_path: Path, monkeypatch, dialogs) -> None:
    window = make_window()
    target = tmp_path / "facts.csv"
    target.write_text("the old export")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: dialogs.append({"text": a[2]}) or 0)

    def crash(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    window.export_dialog()
    monkeypatch.undo()
    assert target.read_text() == "the old export"
    assert list(tmp_path.iterdir()) == [target]

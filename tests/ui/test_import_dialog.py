"""The review view: candidates beside the article, keyboard review, and accept into a live window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from explorer.model.load.factbase import load_fact_base
from explorer.ui.import_dialog import ACCEPTED, PENDING, REJECTED, ImportDialog
from tests.extraction.conftest import ARTICLES, fill_empty_guesses

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")  # a message box not answered fails

ARTICLE = ARTICLES / "liaoning-ports-2025.txt"


def _files(data: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()}


def _open(window, qtbot, path: Path = ARTICLE) -> ImportDialog:
    window.import_article_dialog(path)
    dialog = window.review_dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=60000)  # (a worker thread: slow on a busy box)
    return dialog


def _discard_and_close(dialog: ImportDialog, monkeypatch) -> None:
    """Close a dialog with decisions in it, answering "Discard" to the question."""
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard.value)
    dialog.close()
    assert not dialog.isVisible()


def test_models_pass_the_model_tester(make_window, data_copy, qtbot, qtmodeltester) -> None:
    dialog = _open(make_window(data_copy), qtbot)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    dialog.close()


def test_keyboard_review_then_accept_updates_window_and_files(make_window, data_copy, qtbot) -> None:
    window = make_window(data_copy)
    before = _files(data_copy)
    stated = len(window.fact_base.stated)
    dialog = _open(window, qtbot)
    table = dialog.table
    assert dialog.model.rowCount() == 29
    qtbot.keyClick(table, "a")  # accepts the first, moves to the second
    assert dialog.model.status(0) == ACCEPTED and table.currentIndex().row() == 1
    qtbot.keyClick(table, "r")
    assert dialog.model.status(1) == REJECTED
    qtbot.keyClick(table, "k")
    qtbot.keyClick(table, "k")
    assert table.currentIndex().row() == 0
    qtbot.keyClick(table, "j")
    assert table.currentIndex().row() == 1
    assert _files(data_copy) == before  # nothing written while reviewing
    # Fractions in words cannot pass validation yet: reject them, accept the rest.
    fractions = [r for r in range(dialog.model.rowCount()) if "fraction" in dialog.model.candidate(r).note]
    dialog.model.set_status(fractions, REJECTED)
    fill_empty_guesses(dialog)  # the fields left to the reviewer
    dialog.accept_all_pending()
    accepted = dialog.model.accepted_rows()
    assert not any(dialog.model.status(r) == PENDING for r in range(dialog.model.rowCount()))
    with qtbot.waitSignal(dialog.imported):
        dialog.add_button.click()
    assert len(window.fact_base.stated) == stated + len(accepted)
    assert window.current_fact_id() == accepted[0]["id"]  # the table shows the new facts at once
    assert window.table_model.row_of(accepted[-1]["id"]) is not None
    assert not [p for p in load_fact_base(data_copy).problems if p.severity == "error"]


def test_rows_that_fail_validation_are_shown_and_nothing_is_written(make_window, data_copy, qtbot,
                                                                    monkeypatch) -> None:
    window = make_window(data_copy)
    before = _files(data_copy)
    dialog = _open(window, qtbot)
    value = [c for c in range(dialog.model.columnCount())
             if dialog.model.headerData(c, Qt.Orientation.Horizontal) == "Value"][0]
    wrong = str(float(dialog.model.row_dict(0)["value"]) + 1)
    fill_empty_guesses(dialog)  # the fields left to the reviewer
    assert dialog.model.setData(dialog.model.index(0, value), wrong)  # a number, but not the text's
    dialog.accept_all_pending()
    dialog.add_button.click()
    assert dialog.isVisible()
    assert "Nothing was written" in dialog.message.text()
    check = [c for c in range(dialog.model.columnCount()) if dialog.model.headerData(c, Qt.Orientation.Horizontal)
             == "Check"][0]
    flagged = [r for r in range(dialog.model.rowCount()) if dialog.model.index(r, check).data()]
    assert flagged == [0]
    assert "differs from the number printed" in dialog.model.index(0, check).data()
    assert _files(data_copy) == before
    _discard_and_close(dialog, monkeypatch)
    assert _files(data_copy) == before


def test_editing_a_field(make_window, data_copy, qtbot, monkeypatch) -> None:
    dialog = _open(make_window(data_copy), qtbot)
    city = [c for c in range(dialog.model.columnCount())
            if dialog.model.headerData(c, Qt.Orientation.Horizontal) == "City"][0]
    assert dialog.model.setData(dialog.model.index(0, city), "Dalian")
    assert dialog.model.row_dict(0)["city"] == "Dalian"
    value = [c for c in range(dialog.model.columnCount())
             if dialog.model.headerData(c, Qt.Orientation.Horizontal) == "Value"][0]
    assert not dialog.model.setData(dialog.model.index(0, value), "eleven")
    _discard_and_close(dialog, monkeypatch)


def test_highlights_and_uncovered_numbers(make_window, data_copy, qtbot, monkeypatch) -> None:
    dialog = _open(make_window(data_copy), qtbot)
    lit = [s.cursor.selectedText() for s in dialog.view.extraSelections()]
    assert "11.2 million TEUs" in lit and "RMB 21.6 billion" in lit
    # "first half", "Fortune 500", "three years", "the three provinces", "one customs district": numbers that
    # are no figures by the extractor's own rules, so they are not "numbers not yet covered" (issue 10.8).
    assert [t.text for t in dialog.uncovered_numbers()] == []
    dialog.model.set_status([0], REJECTED)
    assert [t.text for t in dialog.uncovered_numbers()] == ["11.2"]
    assert "11.2" in dialog.summary.text()
    _discard_and_close(dialog, monkeypatch)


def test_article_text_is_shown_as_plain_text(make_window, data_copy, qtbot, tmp_path) -> None:
    article = tmp_path / "html.txt"
    article.write_text("<b>Bold</b> claims: exports rose 5 per cent.\n", encoding="utf-8")
    dialog = _open(make_window(data_copy), qtbot, article)
    assert dialog.view.toPlainText().startswith("<b>Bold</b>")
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText
    dialog.close()


def test_coverage_of_a_source_already_in_the_fact_base(window, qtbot) -> None:
    window.select_fact("F01")
    window.coverage_dialog()
    dialog = window.review_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=60000)  # (a worker thread: slow on a busy box)
    printed = [dialog.model.row_dict(r)["as_printed"] for r in range(dialog.model.rowCount())]
    # Only what no fact covers: the restatements of "one trillion yuan", "3%" and "two out of every three".
    assert printed == ["one trillion yuan", "3%", "two out of every three", "one trillion yuan", "one trillion yuan"]
    assert "already cover" in dialog.summary.text()
    dialog.close()


def test_import_into_the_packaged_fact_base_works_on_a_copy(make_window, data_copy, tmp_path, qtbot,
                                                            monkeypatch) -> None:
    """The fact base inside an installed app is never written: the user picks a folder for a copy."""
    from PySide6.QtWidgets import QFileDialog

    from explorer.ui import main_window

    window = make_window(data_copy)
    before = _files(data_copy)
    own = tmp_path / "mine"
    own.mkdir()
    monkeypatch.setattr(main_window, "read_only_reason",
                        lambda d: "packaged" if Path(d).resolve() == data_copy.resolve() else None)
    told: list[str] = []
    monkeypatch.setattr(main_window, "tell", lambda parent, title, text, *a: told.append(text))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(own))
    assert window._ensure_writable_data_dir()
    assert window.data_dir == own and (own / "facts.csv").read_bytes() == (data_copy / "facts.csv").read_bytes()
    assert _files(data_copy) == before
    assert told and "is part of the installed app and is never changed" in told[0]

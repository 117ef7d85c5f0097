"""The review dialog as a person meets it: File ▸ Import article…, the worker's progress and Cancel, the
question on closing with decisions (issue 10.9), and huge texts in the quote panel (issue 11.14)."""

from __future__ import annotations

import csv
import hashlib
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from explorer.ui import import_dialog
from explorer.ui.import_dialog import ACCEPTED, PENDING, ImportDialog
from explorer.ui.text_marks import EXCERPT_CHARS, WHOLE_TEXT_LIMIT
from tests.conftest import BUNDLED
from tests.extraction.conftest import ARTICLES, fill_empty_guesses
from tests.helpers import menu_action
from tests.ui.review_edit import type_into

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")  # a message box not answered fails

ARTICLE = ARTICLES / "liaoning-ports-2025.txt"


def _files(data: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()}


def _long_article(tmp_path: Path) -> Path:
    """An article longer than the dialog reads at once: its figures are found by the worker."""
    body = ARTICLE.read_text(encoding="utf-8")
    copies = ImportDialog.INLINE_LIMIT // len(body) + 2
    path = tmp_path / "long-wire.txt"
    path.write_text("\n".join([body] * copies), encoding="utf-8")
    return path


def _import_from_menu(window, qtbot, monkeypatch, path: Path) -> ImportDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    menu_action(window, "Import article…").trigger()
    dialog = window.review_dialog
    assert isinstance(dialog, ImportDialog)
    return dialog


def test_menu_import_runs_the_worker_with_progress_then_accept_writes(make_window, data_copy, qtbot, tmp_path,
                                                                      monkeypatch) -> None:
    window = make_window(data_copy)
    before = _files(data_copy)
    stated = len(window.fact_base.stated)
    dialog = _import_from_menu(window, qtbot, monkeypatch, _long_article(tmp_path))
    # The dialog is open before the figures are known: a progress bar, a Cancel button, nothing to click yet.
    assert not dialog.ready and dialog.extracting
    assert dialog.progress_row.isVisibleTo(dialog) and dialog.cancel_button.isVisibleTo(dialog)
    assert not dialog.accept_button.isEnabled() and not dialog.add_button.isEnabled()
    shown: list[int] = []
    dialog.progress.valueChanged.connect(shown.append)
    with qtbot.waitSignal(dialog.extracted, timeout=20000):
        pass
    assert shown and shown == sorted(shown) and shown[-1] >= 50
    assert not dialog.progress_row.isVisibleTo(dialog)
    assert dialog.model.rowCount() > 29 and dialog.accept_button.isEnabled()
    assert _files(data_copy) == before
    fill_empty_guesses(dialog)  # the fields left to the reviewer
    # The dialog's own buttons: accept the first candidate, then add it.
    dialog.table.selectRow(0)
    dialog.accept_button.click()
    assert dialog.model.status(0) == ACCEPTED
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.add_button.click()
    assert len(window.fact_base.stated) == stated + 1
    assert (data_copy / "sources" / "long-wire.txt").is_file()
    assert _files(data_copy) != before


def test_cancel_stops_the_worker_and_writes_nothing(make_window, data_copy, qtbot, tmp_path, monkeypatch) -> None:
    started, release, stopped = threading.Event(), threading.Event(), threading.Event()
    real = import_dialog.extract_with_tokens

    def slow(text, source_id, cities, sectors, progress, **kwargs):  # the real extractor, held after its first report
        progress(0, 100)
        started.set()
        release.wait(10)
        try:
            progress(1, 100)
        except import_dialog.ExtractionCancelled:
            stopped.set()
            raise
        return real(text, source_id, cities, sectors, progress, **kwargs)

    monkeypatch.setattr(import_dialog, "extract_with_tokens", slow)
    window = make_window(data_copy)
    before = _files(data_copy)
    dialog = _import_from_menu(window, qtbot, monkeypatch, _long_article(tmp_path))
    assert started.wait(10) and dialog.extracting
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not dialog.extracting)
    assert stopped.is_set()  # the worker ended at its next progress report, without finishing
    assert not dialog.ready and dialog.model.rowCount() == 0
    assert window.review_dialog is None
    assert _files(data_copy) == before


@pytest.fixture
def decided(make_window, data_copy, qtbot, monkeypatch):
    """A review of the wire article with the first candidate accepted, and the questions it asks."""
    window = make_window(data_copy)
    window.import_article_dialog(ARTICLE)
    dialog = window.review_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=60000)  # (a worker thread: slow on a busy box)
    type_into(qtbot, dialog, 0, "city", "Dalian")  # (the wire's city is left for the reviewer to fill in)
    dialog.table.selectRow(0)
    dialog.accept_button.click()
    asked: list[str] = []
    answer = {"button": QMessageBox.StandardButton.Cancel}

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        assert {box.standardButton(b) for b in box.buttons()} == {
            QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel}
        return answer["button"].value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return window, dialog, asked, answer, _files(data_copy), data_copy


def test_close_asks_and_save_adds_the_accepted_facts(decided, qtbot) -> None:
    window, dialog, asked, answer, before, data = decided
    answer["button"] = QMessageBox.StandardButton.Save
    stated = len(window.fact_base.stated)
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.close()
    assert asked and "1 accepted" in asked[0]
    assert not dialog.isVisible()
    assert len(window.fact_base.stated) == stated + 1 and _files(data) != before


def test_escape_asks_and_discard_closes_writing_nothing(decided, qtbot) -> None:
    window, dialog, asked, answer, before, data = decided
    answer["button"] = QMessageBox.StandardButton.Discard
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not dialog.isVisible()
    assert _files(data) == before


def test_close_button_asks_and_cancel_keeps_the_review(decided, qtbot) -> None:
    window, dialog, asked, answer, before, data = decided
    answer["button"] = QMessageBox.StandardButton.Cancel
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert len(asked) == 1
    assert dialog.isVisible() and dialog.model.status(0) == ACCEPTED and dialog.model.status(1) == PENDING
    assert _files(data) == before
    answer["button"] = QMessageBox.StandardButton.Discard
    dialog.close()
    assert not dialog.isVisible()


def test_closing_without_decisions_asks_nothing(make_window, data_copy, qtbot) -> None:
    window = make_window(data_copy)
    window.import_article_dialog(ARTICLE)
    dialog = window.review_dialog
    qtbot.waitUntil(lambda: dialog.ready, timeout=60000)  # (a worker thread: slow on a busy box)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.close()  # the autouse fixture fails the test if a message box is shown


# ---- huge texts (issue 11.14) -------------------------------------------------------------------------

def _huge_folder(tmp_path: Path) -> tuple[Path, str]:
    """A fact base of another region whose one source has WHOLE_TEXT_LIMIT * 3 characters, figures at both ends."""
    data = tmp_path / "huge"
    (data / "sources").mkdir(parents=True)
    for name in ("sectors.csv",):
        (data / name).write_bytes((BUNDLED / name).read_bytes())
    (data / "cities.csv").write_text("id,name,name_zh,kind\nQingdao,Qingdao,青岛,city\n", encoding="utf-8")
    first = "Qingdao's port handled 7.1 million TEUs in 2024.\n"
    last = "Qingdao's exports rose 4.5% in 2025.\n"
    filler = "A line of commentary on the harbour, its cranes and its ships.\n"
    text = first + filler * (3 * WHOLE_TEXT_LIMIT // len(filler)) + last
    raw = text.encode("utf-8")
    (data / "sources" / "huge.txt").write_bytes(raw)
    (data / "sources.csv").write_text(
        "id,title,date,date_note,path,sha256,language,publisher\n"
        f"huge,A very long harbour log,2025,,sources/huge.txt,{hashlib.sha256(raw).hexdigest()},en,tests\n",
        encoding="utf-8")
    rows = [("Q1", "7.1 million TEUs", 7.1, "million TEU", "2024", first.strip(), 0),
            ("Q2", "4.5%", 4.5, "%", "2025", last.strip(), len(text) - len(last))]
    with (data / "facts.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["id", "kind", "source_id", "city", "sector", "entity", "metric", "value", "unit", "qualifier",
                      "period", "as_printed", "quote", "start", "end", "note"])
        for fid, printed, value, unit, period, quote, start in rows:
            out.writerow([fid, "figure", "huge", "Qingdao", "port and trade", "Qingdao port", "throughput", value, unit,
                          "exact", period, printed, quote, start, start + len(quote), ""])
    return data, text


def test_a_huge_source_is_shown_around_the_quote(make_window, tmp_path, qtbot) -> None:
    data, text = _huge_folder(tmp_path)
    window = make_window(data)
    assert not [p for p in window.fact_base.problems if p.severity == "error"]
    view = window.quote.view
    for fid, quote in (("Q2", "Qingdao's exports rose 4.5% in 2025."), ("Q1", "Qingdao's port handled 7.1 million "
                                                                           "TEUs in 2024.")):
        window.select_fact(fid)
        qtbot.waitUntil(lambda q=quote: q in window.quote.highlighted_texts())  # type: ignore[misc]
        # Only an excerpt is laid out, never the 3 MB text; the reader is told so.
        assert view.document().characterCount() <= EXCERPT_CHARS * 2
        assert "to lay out whole" in window.quote.detail.text()
        assert view.textCursor().block().text() == quote  # the cursor (and the centred line) is at the quote
    assert window.quote.highlighted_texts()[-1] in ("7.1 million TEUs",)


def test_the_review_of_a_huge_text_shows_an_excerpt_around_the_candidate(make_window, tmp_path, qtbot,
                                                                         monkeypatch) -> None:
    data, text = _huge_folder(tmp_path)
    window = make_window(data)
    path = tmp_path / "huge-import.txt"
    path.write_text(text.replace("Qingdao's port handled 7.1", "Qingdao's port handled 7.3"), encoding="utf-8")
    dialog = _import_from_menu(window, qtbot, monkeypatch, path)
    with qtbot.waitSignal(dialog.extracted, timeout=60000):
        pass
    assert dialog.view.document().characterCount() <= EXCERPT_CHARS * 2
    assert [dialog.model.candidate(r).as_printed for r in range(dialog.model.rowCount())] == [
        "7.3 million TEUs", "4.5%"]
    dialog.table.selectRow(1)
    assert "4.5%" in [s.cursor.selectedText() for s in dialog.view.extraSelections()]
    assert dialog.view.textCursor().block().text().startswith("Qingdao's exports")
    assert "to lay out whole" in dialog.summary.text()
    dialog.close()


def test_uncovered_numbers_follow_each_rejection(make_window, data_copy, qtbot, monkeypatch) -> None:
    """The red numbers are kept up to date one decision at a time; they match a count made afresh."""
    from explorer.model.extract.core import uncovered

    window = make_window(data_copy)
    window.select_fact("F01")
    window.coverage_dialog()  # a source with facts: their spans cover numbers too
    dialog = window.review_dialog
    qtbot.waitUntil(lambda: dialog.ready, timeout=60000)  # (a worker thread: slow on a busy box)
    model = dialog.model

    def afresh() -> list[str]:
        spans = list(dialog.fact_spans) + [(model.candidate(r).printed_start, model.candidate(r).printed_end)
                                           for r in range(model.rowCount()) if model.status(r) != "rejected"]
        return [t.text for t in uncovered(dialog.tokens, spans)]

    assert [t.text for t in dialog.uncovered_numbers()] == afresh()
    for rows, status in (([0, 2], "rejected"), ([1], "rejected"), ([0], ACCEPTED), ([2, 1], PENDING),
                         ([0, 1, 2, 3, 4], "rejected")):
        model.set_status(rows, status)
        assert [t.text for t in dialog.uncovered_numbers()] == afresh()
        assert f"(red): {len(afresh())}" in dialog.summary.text()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard.value)
    dialog.close()


def test_a_text_of_one_long_line_is_shown_in_part_with_bounded_marks(make_window, data_copy, qtbot,
                                                                     tmp_path) -> None:
    """24 KB of numbers with no line break froze the window: Qt lays out a paragraph, and each mark, at once."""
    from benchmarks.adversarial import make_text
    from explorer.ui.text_marks import LONG_LINE_EXCERPT

    path = tmp_path / "numbers.txt"
    text = make_text("numbers", 24_000)
    path.write_text(text, encoding="utf-8")
    window = make_window(data_copy)
    window.import_article_dialog(path)
    dialog = window.review_dialog
    qtbot.waitUntil(lambda: dialog.ready, timeout=20000)
    assert dialog.model.rowCount() > 2000
    for row in (0, 1500):
        dialog.table.selectRow(row)
        cand = dialog.model.candidate(row)
        assert dialog.view.document().characterCount() <= LONG_LINE_EXCERPT + 200
        assert len(dialog.view.extraSelections()) <= 2 * ImportDialog.MAX_MARKS + 3
        assert cand.as_printed in [s.cursor.selectedText() for s in dialog.view.extraSelections()]
        assert text[cand.printed_start:cand.printed_end] == cand.as_printed
    assert "in lines too long to lay out whole" in dialog.summary.text()
    dialog.close()

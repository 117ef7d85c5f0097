"""The review's *Published* field dates the periods: a text that says 今年 or "last year" but gives no date has
its periods left empty, and the date the reviewer types (Enter) counts them, through File ▸ Import article…;
a period the reviewer edited keeps the reviewer's."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from tests.extraction.conftest import fill_empty_guesses
from tests.helpers import import_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

TEXT = ("荆州规上工业平稳增长\n\n新华社武汉11月20日电 记者从荆州市统计局获悉，今年前10个月，荆州市规模以上工业增加值同比增长"
        "7.2%。去年全市接待游客3120万人次。目前全市共有农民专业合作社850家。\n")


def period_of(dialog, printed: str) -> str:  # noqa: ANN001
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.candidate(r).as_printed == printed)
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Period")
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def edit_period(dialog, qtbot, printed: str, text: str) -> None:  # noqa: ANN001
    """Select the figure's Period cell in the review table, F2, type, Enter: as a reviewer edits a field."""
    model, proxy, table = dialog.model, dialog.proxy, dialog.table
    row = next(r for r in range(model.rowCount()) if model.candidate(r).as_printed == printed)
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Period")
    table.setCurrentIndex(proxy.mapFromSource(model.index(row, column)))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)  # the cell's editor F2 opened
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)  # (the delegate commits queued)


def test_the_published_date_typed_in_the_review_dates_the_periods(make_window, data_copy: Path, qtbot,
                                                                 tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "jingzhou-industry.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window(data_copy)
    dialog = import_through_menu(window, path, qtbot, monkeypatch)
    assert [period_of(dialog, p) for p in ("7.2%", "3120万人次", "850家")] == ["", "", ""]  # no year: none guessed
    edit_period(dialog, qtbot, "850家", "2031-10")  # the reviewer's own period
    assert period_of(dialog, "850家") == "2031-10"
    field = dialog.date_edit
    qtbot.keyClicks(field, "2031-11-20")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert period_of(dialog, "7.2%") == "2031-01..10"
    assert period_of(dialog, "3120万人次") == "2030"
    assert period_of(dialog, "850家") == "2031-10"  # edited: kept
    assert dialog.message.text().startswith("Periods counted from the date of publication 2031-11-20: 2 periods")
    assert dialog.summary.text().endswith("\nDated 2031-11-20 (entered in the review; the periods count from it).")
    field.clear()
    qtbot.keyClicks(field, "2033")  # another date: counted again
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert (period_of(dialog, "7.2%"), period_of(dialog, "3120万人次")) == ("2033-01..10", "2032")
    fill_empty_guesses(dialog)
    dialog.accept_all_pending()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.add_button.click()
    with (data_copy / "facts.csv").open(encoding="utf-8", newline="") as fh:
        written = {r["as_printed"]: r["period"] for r in csv.DictReader(fh) if r["source_id"] == dialog.result_.source_id}
    assert written == {"7.2%": "2033-01..10", "3120万人次": "2032", "850家": "2031-10"}


def test_a_wrong_date_dates_nothing_and_says_why(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                monkeypatch) -> None:
    path = tmp_path / "jingzhou-industry-2.txt"
    path.write_text(TEXT, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    qtbot.keyClicks(dialog.date_edit, "2031-13")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert "not dated again: '2031-13' is not YYYY" in dialog.message.text()
    assert period_of(dialog, "7.2%") == ""


def test_a_long_text_is_dated_again_in_the_worker(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                 monkeypatch) -> None:
    path = tmp_path / "jingzhou-long.txt"
    body = TEXT.split("\n\n", 1)[1]
    path.write_text(TEXT + body * (17_000 // len(body)), encoding="utf-8")  # past the review's inline limit
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert len(dialog.text) > dialog.INLINE_LIMIT and period_of(dialog, "3120万人次") == ""
    qtbot.keyClicks(dialog.date_edit, "2031-11")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.extracting and dialog.table.isEnabled(), timeout=20000)
    assert period_of(dialog, "3120万人次") == "2030"
    assert dialog.message.text().startswith("Periods counted from the date of publication 2031-11:")


def _long(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    body = TEXT.split("\n\n", 1)[1]
    path.write_text(TEXT + body * (17_000 // len(body)), encoding="utf-8")  # past the review's inline limit
    return path


def test_while_the_periods_are_counted_nothing_is_written_and_cancel_is_not_offered(
        make_window, data_copy: Path, qtbot, tmp_path: Path, monkeypatch) -> None:
    from explorer.ui import import_dialog

    release = threading.Event()
    real = import_dialog.find_periods

    def held(text, published, progress=None):  # noqa: ANN001, ANN202 - the real count, held until released
        release.wait(10)
        return real(text, published, progress)

    monkeypatch.setattr(import_dialog, "find_periods", held)
    dialog = import_through_menu(make_window(data_copy), _long(tmp_path, "held.txt"), qtbot, monkeypatch)
    fill_empty_guesses(dialog)
    dialog.accept_all_pending()
    qtbot.keyClicks(dialog.date_edit, "2031-11")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert dialog.progress_row.isVisibleTo(dialog) and not dialog.cancel_button.isVisibleTo(dialog)
    assert dialog.progress_label.text() == "Counting the periods from 2031-11…"
    dialog.commit()  # as "Add and close" of the close question would
    assert dialog.message.text().startswith("Nothing was written yet: the periods are being counted")
    assert dialog.result_ is None
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, "2033")  # typed while the first count runs: taken after it
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    release.set()
    qtbot.waitUntil(lambda: period_of(dialog, "3120万人次") == "2032", timeout=20000)
    qtbot.waitUntil(lambda: dialog.table.isEnabled() and not dialog.progress_row.isVisibleTo(dialog))
    assert not dialog.cancel_button.isHidden()  # back for the next long extraction


def test_a_failed_count_leaves_the_review_usable(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                monkeypatch) -> None:
    from explorer.ui import import_dialog

    def broken(text, published, progress=None):  # noqa: ANN001, ANN202
        raise MemoryError("out of memory")

    monkeypatch.setattr(import_dialog, "find_periods", broken)
    dialog = import_through_menu(make_window(data_copy), _long(tmp_path, "broken.txt"), qtbot, monkeypatch)
    qtbot.keyClicks(dialog.date_edit, "2031")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.isEnabled(), timeout=20000)
    assert dialog.message.text() == "The periods could not be counted again: MemoryError: out of memory"
    assert period_of(dialog, "3120万人次") == ""


def test_a_period_retyped_as_it_was_is_the_reviewers(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                   monkeypatch) -> None:
    path = tmp_path / "dated.txt"
    path.write_text(TEXT.replace("\n\n", "\n发布时间：2031-11-20 09:30\n\n", 1), encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert dialog.date_edit.text() == "2031-11-20" and period_of(dialog, "3120万人次") == "2030"  # read from the text
    edit_period(dialog, qtbot, "3120万人次", "2030")  # confirmed as it was
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, "2033")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert period_of(dialog, "7.2%") == "2033-01..10"
    assert period_of(dialog, "3120万人次") == "2030"

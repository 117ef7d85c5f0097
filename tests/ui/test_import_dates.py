"""An imported article's date of publication, read from its text, in the review and in sources.csv, through
File ▸ Import article… (explorer/model/extract/dates.py reads it)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.extraction.conftest import fill_empty_guesses
from tests.helpers import import_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")  # a message box not answered fails


def test_an_import_through_the_menu_writes_the_articles_date_and_where_it_was_read(
        make_window, data_copy: Path, qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "yichang-plant-2033.txt"
    path.write_text("Battery plant breaks ground in Yichang\n\nYICHANG, China, March 4, 2033 /Newswire/ -- Hubei "
                    "Cell Co. said it will invest 2 billion yuan in a plant in Yichang.\n", encoding="utf-8")
    window = make_window(data_copy)
    dialog = import_through_menu(window, path, qtbot, monkeypatch)
    assert dialog.windowTitle().endswith("(2033-03-04)")
    assert "\nDated 2033-03-04 (read from the text: YICHANG, China, March 4, 2033" in dialog.summary.text()
    fill_empty_guesses(dialog)  # the fields left to the reviewer
    dialog.accept_all_pending()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.add_button.click()
    with (data_copy / "sources.csv").open(encoding="utf-8", newline="") as fh:
        source = next(r for r in csv.DictReader(fh) if r["id"] == dialog.result_.source_id)
    assert source["date"] == "2033-03-04"
    assert source["date_note"].startswith("read from the text: YICHANG, China, March 4, 2033")
    assert window.fact_base.sources[dialog.result_.source_id].date == "2033-03-04"


def test_an_undated_text_says_so_in_the_review(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                               monkeypatch) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Yichang sales\n\nYICHANG, Nov. 13 (Xinhua) -- Online sales reached 9.1 billion yuan.\n",
                    encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert "No date of publication found in the text" in dialog.summary.text()
    assert not dialog.windowTitle().endswith(")")


def test_a_date_typed_in_the_review_is_written_and_a_wrong_one_is_refused(make_window, data_copy: Path, qtbot,
                                                                         tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "undated-2.txt"
    path.write_text("Yichang sales\n\nYICHANG, Nov. 13 (Xinhua) -- Online sales reached 9.1 billion yuan.\n",
                    encoding="utf-8")
    window = make_window(data_copy)
    dialog = import_through_menu(window, path, qtbot, monkeypatch)
    field = dialog.date_edit
    assert field.isVisibleTo(dialog) and field.text() == "" and field.placeholderText().startswith("YYYY")
    fill_empty_guesses(dialog)
    dialog.accept_all_pending()
    qtbot.keyClicks(field, "2033-13-01")  # no thirteenth month
    dialog.add_button.click()
    assert "is not YYYY, YYYY-MM or YYYY-MM-DD" in dialog.message.text()
    with (data_copy / "sources.csv").open(encoding="utf-8", newline="") as fh:
        assert all(r["title"] != "Yichang sales" for r in csv.DictReader(fh))  # nothing written
    field.clear()
    qtbot.keyClicks(field, "2033-11-13")
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.add_button.click()
    with (data_copy / "sources.csv").open(encoding="utf-8", newline="") as fh:
        source = next(r for r in csv.DictReader(fh) if r["id"] == dialog.result_.source_id)
    assert (source["date"], source["date_note"]) == ("2033-11-13", "entered in the review")


def test_a_chinese_stations_masthead_on_the_first_line_dates_the_import(make_window, data_copy: Path, qtbot,
                                                                        tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "baihe-harvest.txt"
    path.write_text("白河县融媒体中心 2033年10月12日\n\n秋收时节看白河\n\n今年全县粮食播种面积三十二万亩，"
                    "秋粮总产量预计达到十一万吨，比上年增长百分之三点二，合作社订单也多了不少。\n", encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    # it said "No date of publication found": the first line was passed over as a headline
    assert dialog.windowTitle().endswith("(2033-10-12)")
    assert "\nDated 2033-10-12 (read from the text: 白河县融媒体中心 2033年10月12日" in dialog.summary.text()

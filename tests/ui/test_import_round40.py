"""Session 36's import fixes, reached as a person reaches them: File ▸ Import article… on a text written here
(other places and years), and the review dialog's summary, Published field and candidates."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import import_through_menu
from tests.ui.test_import_redate import period_of

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

BYLINE = ("Hexi Bank first-half profit slips 3.2%\n\n"
          "Qilu Financial Desk | 28 August 2032 | 18:40 Beijing time\n\n"
          "JINING -- Hexi Bank Co., Ltd. (SSE: 601877; HKEX: 3869), the Jining-based city commercial bank, said on "
          "Thursday that net profit fell 3.2% to RMB6.84 billion. Operating income slipped 1.7% to RMB21.35 billion.\n")

MEDIA_CENTRE = ("梨花开出“民宿经济”　梨园湾村40多家民宿“一房难求”\n\n河西县融媒体中心　2032-04-09 08:30\n\n"
                "　　河西讯（记者 刘晓宁）4月6日，为期10天的梨花节落下帷幕。据县文化旅游体育局统计，梨花节期间，"
                "全县共接待游客186.3万人次，同比增长14.2%。2027年，村里只有3家农家乐；如今，全村民宿已发展到43家。\n")


def test_a_bylines_beijing_time_proposes_no_beijing(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                     monkeypatch) -> None:
    path = tmp_path / "hexi-bank-results.txt"
    path.write_text(BYLINE, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    summary = dialog.summary.text()
    assert "Jining (济宁市)" in summary and "Beijing" not in summary.split("Dated")[0]
    printed = [dialog.model.candidate(r).as_printed for r in range(dialog.model.rowCount())]
    assert "3869" not in printed and "601877" not in printed  # (listing codes: no figures)


def test_a_media_centres_date_line_dates_the_review(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                    monkeypatch) -> None:
    path = tmp_path / "hexi-pear-blossom.txt"
    path.write_text(MEDIA_CENTRE, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert dialog.date_edit.text() == "2032-04-09"
    assert "Dated 2032-04-09 (read from the text" in dialog.summary.text()
    assert period_of(dialog, "186.3万人次").startswith("2032")  # (not 2027, the anecdote's year)
    assert period_of(dialog, "3家") == "2027"

"""Periods read from what a report is about, seen the way a person sees them: File ▸ Import article… on a holiday
report, English and Chinese, shows the holiday's month in the review's Period column; a wire that never says its
year leaves the period empty until the reviewer types the date of publication. Texts written for this test; the
years are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.helpers import import_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

EN = ("Hexi's holiday tourism revenue tops 980 mln yuan\n\nHEXI, Feb. 27, 2034 (Wire) -- Over the Spring Festival "
      "holiday (Feb. 18-26), Hexi received 1.2 million visits, up 8.6 percent, and spending reached 980 million "
      "yuan.\n\nHotels were 86 percent full.\n")
ZH = ("河西市春节假期消费市场红火\n\n发布时间：2034-02-24\n\n2034年春节假期（2月18日至26日），河西市重点商贸企业实现销售额"
      "12.6亿元，同比增长8.6%。\n\n假期期间，全市接待游客326.8万人次。\n")


def periods(dialog) -> dict[str, str]:
    return {dialog.model.row_dict(r)["as_printed"]: dialog.model.row_dict(r)["period"]
            for r in range(dialog.model.rowCount())}


@pytest.mark.parametrize(("text", "figure"), [(EN, "980 million yuan"), (ZH, "326.8万人次")], ids=["english", "chinese"])
def test_a_holiday_report_s_figures_show_the_holiday_s_month_in_the_review(
        make_window, data_copy: Path, qtbot, tmp_path: Path, monkeypatch, text: str, figure: str) -> None:
    path = tmp_path / "hexi-holiday-2034.txt"
    path.write_text(text, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert periods(dialog)[figure] == "2034-02..02"


def test_a_wire_that_never_says_its_year_leaves_periods_empty_until_the_date_is_typed(
        make_window, data_copy: Path, qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "hexi-wind.txt"
    path.write_text("Hexi wind fleet passes 3 gigawatts\n\nHEXI, Nov. 24 (Coast Wire) -- Hexi's offshore wind farms "
                    "now have 3.1 gigawatts of capacity, the energy bureau said. "
                    + "Engineers describe the work at sea as slow and costly. " * 20
                    + "\n\nThe first farm, finished in 2029, sold 310 million kWh in 2031.\n\nA kilogram of hydrogen "
                    "from the new plant costs about 22 yuan, said an engineer.\n", encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    got = periods(dialog)
    assert got["310 million kWh"] == "2031" and got["3.1 gigawatts"] == "" and got["22 yuan"] == ""
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, "2034-11-24")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: periods(dialog)["3.1 gigawatts"] == "2034", timeout=10_000)


def test_the_last_day_of_a_span_of_days_is_not_shown_as_a_number_left_unreviewed(
        make_window, data_copy: Path, qtbot, tmp_path: Path, monkeypatch) -> None:
    # ("Feb. 18-26": both days are a date, as "18" was; the review's uncovered numbers are figures it may have missed)
    path = tmp_path / "hexi-holiday-2034.txt"
    path.write_text(EN, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    left = [t.text for t in dialog.uncovered_numbers()]
    assert "26" not in left and "18" not in left

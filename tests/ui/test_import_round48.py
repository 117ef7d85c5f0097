"""This session's extraction rules reached as a person reaches them: File ▸ Import article… on texts written here
(other places and years). An English health call-in's waits in minutes and a release's unit in brackets beside its
figures; a Chinese marriage circular's couples in 对 and 万对, ages in 岁 and a fall deeper than the province's; a
fishermen's call-in whose March prices do not carry into the next speaker's figures, with its crew counted and its
share of a fall signed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import import_through_menu
from tests.helpers import review_cell as _cell
from tests.helpers import review_rows_printed as _row_count

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

CALL_IN = ("LONGNAN HEALTH LINE | 12 March 2034\n\n"
           "HOST: How long do patients wait at the county hospital?\n\n"
           "DOCTOR: The average wait was 42 minutes last year, and the target is under 25 minutes. The new clinic is "
           "about 40 minutes away by road.\n\n"
           "HOST: And the figures for the year?\n\n"
           "DOCTOR: Public transport carried 812.4 (10,000 passenger trips) in 2033, up 6.1%.\n")

CIRCULAR = ("恩施州2034年婚姻登记工作情况\n\n"
            "　　全年全州共办理各类婚姻登记1.86万对，同比下降2.9%。其中，结婚登记1.32万对，同比下降4.4%，"
            "降幅比全省平均水平高0.7个百分点；离婚登记5120对。\n\n"
            "　　全州男性初婚平均年龄31.2岁，比上年推迟0.3岁。30岁以上的占比达到43.5%。\n")

FISHERMEN = ("2034-06-15 渔业广播稿\n\n"
             "【渔民】一斤三十八，比开春跌了六块钱，今年三月份那会儿，大鲳鱼要四十多块钱一斤。\n\n"
             "【渔民】出海一趟油钱三千多。船上六个人。跟去年同期比，便宜了差不多一成。\n")


def test_waits_in_minutes_and_a_unit_in_brackets_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                  tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "longnan-health-line.txt"
    path.write_text(CALL_IN, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert (_cell(dialog, "42 minutes", "value"), _cell(dialog, "42 minutes", "unit")) == ("42", "minutes")
    assert _cell(dialog, "25 minutes", "qualifier") == "under"
    assert _row_count(dialog, "40 minutes") == 0  # (a distance)
    trips = "812.4 (10,000 passenger trips)"  # (its words take in the brackets, so the unit's 10,000 is covered)
    assert (_cell(dialog, trips, "value"), _cell(dialog, trips, "unit")) == ("812.4", "万人次")
    assert _row_count(dialog, "10,000") == 0  # (the unit's 10,000: no figure)
    assert dialog.summary.text().splitlines()[0].endswith("Numbers no fact or candidate covers (red): 0")


def test_couples_ages_and_a_deeper_fall_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                         monkeypatch) -> None:
    path = tmp_path / "enshi-marriages.txt"
    path.write_text(CIRCULAR, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert (_cell(dialog, "1.86万对", "value"), _cell(dialog, "1.86万对", "unit")) == ("1.86", "万对")
    assert (_cell(dialog, "5120对", "value"), _cell(dialog, "5120对", "unit")) == ("5120", "对")
    assert (_cell(dialog, "31.2岁", "value"), _cell(dialog, "31.2岁", "unit")) == ("31.2", "岁")
    assert _cell(dialog, "0.7个百分点", "value") == "-0.7"
    assert _row_count(dialog, "30岁") == 0  # (an age group)


def test_a_month_gone_does_not_date_the_next_speakers_figures(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                              monkeypatch) -> None:
    path = tmp_path / "fishermen.txt"
    path.write_text(FISHERMEN, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert _cell(dialog, "四十多块钱", "period") == "2034-03..03"
    assert _cell(dialog, "三千多", "period") == "2034"
    assert (_cell(dialog, "六个", "value"), _cell(dialog, "六个", "unit")) == ("6", "个")
    assert _cell(dialog, "一成", "value") == "-10"

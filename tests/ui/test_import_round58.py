"""Session 55's extraction rules reached as a person reaches them: File ▸ Import article… on texts written here
(other places and years), each checked in the review dialog's cells: both ends of a range as spoken ("Sixty,
seventy."), the answer to a question of how many past a short question asked back ("In July? Ten, eleven a day."),
a lower end in its upper end's thousands ("eight, nine thousand a month"), and a price asked as 多钱."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import assert_review_cells, import_text_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

CLINICS = ("YANTAI CONSUMER LINE | 2035\n\n"
           "HOST: Good morning, Yantai, this is the consumer line. Prices in yuan today.\n"
           "GU: Dr. Qin, how many implants do you actually do?\n"
           "QIN: In a normal month? Sixty, seventy. October was our busiest ever.\n"
           "LIAO: A good technician makes maybe eight, nine thousand a month in summer.\n"
           "GU: How many jobs a day right now?\n"
           "LIAO: In July? Ten, eleven a day.\n")

BATHHOUSE = ("2035-12-20 老澡堂探店视频文字稿\n\n"
             "大鹏：姐，咱这澡票现在多钱？\n孙桂兰：十八。\n大鹏：十八块钱！家人们听见没。\n")

CASES = [
    ("clinic-line.txt", CLINICS, [
        ("Sixty", "qualifier", "range"), ("Sixty", "unit", "count"), ("Ten", "qualifier", "range"),
        ("eleven", "unit", "count"), ("eight", "value", "8"), ("eight", "unit", ("thousand yuan", "千元")),
        ("nine thousand", "value", "9000")]),
    ("bathhouse-video.txt", BATHHOUSE, [("十八", "unit", "元"), ("十八", "value", "18")]),
]


@pytest.mark.parametrize(("name", "text", "shown"), CASES, ids=[name for name, _, _ in CASES])
def test_session_55_rules_through_the_menu(name: str, text: str, shown: list, make_window, data_copy: Path, qtbot,
                                           tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / name, text, qtbot, monkeypatch)
    assert_review_cells(dialog, shown)

"""Session 55: rules from the misses of the held-out sets spent in session 54 (texts written for these tests, other
cities and years)."""

from __future__ import annotations

import pytest

from tests.helpers import by_printed
from tests.helpers import said as _said

# ---- English: ranges as spoken, and the answer to a question of how many ------------------------------------------

IMPLANTS = ("HOST: Good morning, Yantai, this is the consumer line. Prices in yuan today.\n"
            "GU: Dr. Qin, how many implants do you actually do?\n"
            "QIN: In a normal month? Sixty, seventy. October was our busiest ever.\n"
            "GU: And the technicians who fit the chairs?\n"
            "LIAO: A good technician makes maybe eight, nine thousand a month in summer.\n"
            "GU: How many jobs a day right now?\n"
            "LIAO: In July? Ten, eleven a day. First ladder at seven.\n"
            "GU: How many clinics are there?\n"
            "QIN: In Zhifu? When I opened there were maybe five. Now I'd guess thirty, thirty-five.\n")


@pytest.mark.parametrize(("printed", "want"), [
    ("Sixty", (60, "count", "range")), ("seventy", (70, "count", "range")),
    ("Ten", (10, "count", "range")), ("eleven", (11, "count", "range")),
    ("thirty", (30, "count", "range")), ("thirty-five", (35, "count", "range")),
    ("eight", (8, "thousand yuan", "range")), ("nine thousand", (9000, "yuan", "range")),
])
def test_both_ends_of_a_range_as_spoken_are_kept(printed: str, want: tuple[float, str, str]) -> None:
    assert _said(by_printed(IMPLANTS), printed) == want


def test_ages_said_as_a_range_stay_no_figure() -> None:
    found = by_printed("HOST: Good morning, Yantai, this is the consumer line. Prices in yuan today.\n"
                       "MA: Today we're talking about going back to school at sixty, seventy, even eighty.\n"
                       "GUO: The families come with kids of eight, ten. Tickets are forty yuan.\n"
                       "MA: And the teachers?\nGUO: Twelve of them.\n")
    assert "sixty" not in found and "eight" not in found


def test_past_a_question_asked_back_the_question_answered_is_the_one_before() -> None:
    found = by_printed("HOST: Good morning, Yantai, this is the consumer line. Prices in yuan today.\n"
                       "GU: How old is the clinic?\nQIN: This one? Twelve, thirteen.\n"
                       "GU: How many chairs?\nQIN: Upstairs? Nine, ten.\n")
    assert "Twelve" not in found and "thirteen" not in found  # (how old: no count)
    assert _said(found, "Nine") == (9, "count", "range") and _said(found, "ten") == (10, "count", "range")


# ---- Chinese: a price asked as 多钱 ---------------------------------------------------------------------------------

def test_a_price_asked_as_duo_qian_is_answered_in_yuan() -> None:
    found = by_printed("大鹏：姐，咱这澡票现在多钱？\n孙桂兰：十八。\n大鹏：十八块钱！家人们听见没。\n")
    assert _said(found, "十八") == (18, "元", "exact")
    assert "五" not in by_printed("大鹏：这事花了很多钱？\n孙桂兰：五个人凑的。\n")

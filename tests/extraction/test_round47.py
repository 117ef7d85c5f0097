"""Session 44: rules from the spent sets' misses (texts written for these tests, other cities and years)."""

from __future__ import annotations

from explorer.model.extract import extract
from explorer.model.extract.core import Candidate


def _found(text: str) -> dict[str, Candidate]:
    return {c.as_printed: c for c in extract(text, "t")}


_SHIFTS = ("HOST: Welcome to the Xinxiang evening line, June 2033. Our caller drives a delivery van.\n"
           "MA: I do about 12 hours a day, six days a week. My daughter does two and a half hours of homework every "
           "night.\nHOST: And your brother?\nMA: He drives a bus, so nine, ten hours on the road.\n"
           "HOST: And the garage?\nMA: It billed four hours of labour, at 90 yuan an hour.\n")


def test_a_persons_hours_of_work_or_homework_a_day_are_figures() -> None:
    found = _found(_SHIFTS)
    assert (found["12 hours"].value, found["12 hours"].unit, found["12 hours"].qualifier) == (12, "hours", "approximately")
    assert (found["two and a half hours"].value, found["two and a half hours"].unit) == (2.5, "hours")
    assert (found["nine"].value, found["nine"].unit, found["nine"].qualifier) == (9, "hours", "range")
    assert (found["ten hours"].value, found["ten hours"].unit, found["ten hours"].qualifier) == (10, "hours", "range")
    assert (found["four hours"].value, found["four hours"].unit) == (4, "hours")


def test_a_services_round_the_clock_schedule_and_a_span_of_time_in_words_stay_out() -> None:
    text = ("The Xinxiang service hall works 24 hours a day, seven days a week. The new line opened after two years of "
            "building, and the ride takes two or three hours each way. It handled 1,200 calls in June 2033.\n")
    found = _found(text)
    assert "24 hours" not in found and "two years" not in found and "three hours" not in found
    assert found["1,200"].value == 1200

"""Round 7 of the English rules (issue 14), from the dev2 set (broker notes, notices, interviews, by-the-numbers
cards), each case in other words; each fails on the code before it but for the marked controls."""

from __future__ import annotations

import pytest

from explorer.model.extract import extract


def _found(text: str) -> dict[str, tuple[float, str, str]]:
    return {c.as_printed: (c.value, c.unit, c.qualifier) for c in extract(text, "T")}


@pytest.mark.parametrize(("text", "printed", "expected"), [
    ("Real growth picked up 0.4ppt q/q in 2Q31.", "0.4ppt", (0.4, "percentage points", "exact")),
    ("The local share fell to 12.5%, i.e. -1.3ppt.", "-1.3ppt", (-1.3, "percentage points", "exact")),
    ("Land sales revenue -27% yoy in 9M31.", "-27%", (-27.0, "%", "exact")),
    ("Capex (-4.2%) was cut again.", "-4.2%", (-4.2, "%", "exact")),
])
def test_a_unit_glued_to_its_figure_and_a_printed_minus(text: str, printed: str,
                                                      expected: tuple[float, str, str]) -> None:
    assert _found(text)[printed] == expected


def test_a_minus_between_two_numbers_is_no_sign() -> None:
    found = _found("Growth was 4-5% in 2031.")
    assert all(value >= 0 for value, _, _ in found.values())  # control: a range, not a fall


def test_c_dot_before_a_figure_is_about() -> None:
    assert _found("New starts are down c.22% this year.")["22%"][2] == "approximately"


def test_card_numbers_and_fractions_written_with_a_slash_are_no_counts() -> None:
    text = "CARD 3 | PORT\n1.2 million TEUs\nabout 1/4 of the province's boxes\n"
    found = _found(text)
    assert "3" not in found and "1" not in found and "4" not in found
    assert found["1.2 million TEUs"][:2] == (1.2, "million TEU")  # control


def test_a_dashed_range_after_a_verb_and_its_sign() -> None:
    found = _found("Prices in the old town are down 3-4% this year.")
    assert found["3"] == (-3.0, "%", "range") and found["4%"] == (-4.0, "%", "range")


def test_a_currency_before_a_range_and_a_scale_after_it() -> None:
    found = _found("The city can fund a capex plan of RMB 40-45bn in 2032.")
    assert found["RMB 40"] == (40.0, "billion yuan", "range") and found["45bn"] == (45.0, "billion yuan", "range")


def test_an_estimate_named_after_its_figure_is_a_forecast() -> None:
    assert _found("Growth of 4.9% beat our 4.6% est.")["4.6%"][2] == "forecast"
    assert _found("Growth of 4.9% beat our 4.6% est.")["4.9%"][2] == "exact"  # control


@pytest.mark.parametrize(("text", "printed"), [
    ("The subsidy shall not exceed 3 million yuan per project.", "3 million yuan"),
    ("Parking fees are capped at 200 yuan a month.", "200 yuan"),
    ("Output came in just shy of 4 million tonnes.", "4 million tonnes"),
])
def test_a_ceiling_in_the_words_of_notices_and_speech(text: str, printed: str) -> None:
    assert _found(text)[printed][2] == "under"


# From heldout10 (spent), in other words: abbreviations of scale and of times glued to a figure.
@pytest.mark.parametrize(("text", "printed", "expected"), [
    ("Its net loss widened to RMB287m in 2031.", "RMB287m", (-287.0, "million yuan", "exact")),  # a loss: negative
    ("The plant cost US$3.5m.", "US$3.5m", (3.5, "million US$", "exact")),
    ("Revenue reached 640 bln yuan.", "640 bln yuan", (640.0, "billion yuan", "exact")),
    ("Sales were RMB1.4tn in 2031.", "RMB1.4tn", (1.4, "trillion yuan", "exact")),
    ("Capacity is now 1.6x demand.", "1.6x", (1.6, "times", "exact")),
])
def test_scales_and_times_glued_to_a_figure(text: str, printed: str, expected: tuple[float, str, str]) -> None:
    assert _found(text)[printed] == expected


def test_a_glued_scale_the_units_table_lacks_gives_no_figure_rather_than_a_wrong_one() -> None:
    assert _found("Each engineer was paid US$35k.") == {}  # not 35 "count"
    assert _found("A 40m ship docked.") == {}  # control: no money, no scale


def test_a_gap_below_something_is_negative_and_a_share_code_or_floor_is_no_figure() -> None:
    found = _found("Module prices sit 10-12% below their 2031 level, and growth was 0.8 percentage points below "
                   "the provincial rate.")
    assert found["10"][0] == -10.0 and found["12%"][0] == -12.0
    assert found["0.8 percentage points"][0] == -0.8
    assert _found("Sunrise Power (SRP; 601234 CH) and its office at 28/F, Harbour Tower.") == {}
    # "lower than" another thing is a gap below it too (the labelled sets give 8 of 9 such gaps negative; this was a
    # control, positive, until heldout30)
    assert _found("Costs are 15 percent lower than by road.")["15 percent"][0] == -15.0


def test_a_range_whose_second_end_names_only_the_scale_takes_the_first_ends_unit() -> None:
    # from heldout11 (spent), in other words: "RMB 103 billion to 108 billion"
    found = _found("Debt of RMB 64 billion to 70 billion is expected in 2032.")
    assert found["RMB 64 billion"] == (64.0, "billion yuan", "range")
    assert found["70 billion"] == (70.0, "billion yuan", "range")  # not 70 "billion" of no unit


def test_a_time_with_its_zone_is_no_figure() -> None:
    # from heldout11 (spent), in other words: a release stamped "09:30 ET"
    assert _found("Thu 12 Nov, 2031 - 08:45 HKT\n\nExports rose 4 percent.") == {"4 percent": (4.0, "%", "exact")}

"""English rules of the second round (a forecast's list, "passed", fractions in words, ranges "X to Y",
amounts and numbers that are no figures, the governing period), on sentences written for these tests (not
the labelled texts)."""

from __future__ import annotations

import pytest

from explorer.model.extract import extract


def _found(text: str) -> dict[str, tuple[float, str, str, str]]:
    return {c.as_printed: (c.value, c.unit, c.qualifier, c.period) for c in extract(text, "T")}


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    # a target governs the rest of its list, over "about" and across decimals
    ("For 2030, the province has set a growth target of about 4.5 percent, Wuxi of 6.5 percent and Xuzhou "
     "of around 5 percent.", "5 percent", "forecast"),
    ("For 2030, the province has set a growth target of about 4.5 percent, Wuxi of 6.5 percent and Xuzhou "
     "of around 5 percent.", "6.5 percent", "forecast"),
    # an outcome after the forecast's clause is no forecast
    ("The county aims to double exports by 2030, and its output rose 3.2 percent last year.", "3.2 percent",
     "exact"),
    # "passed", "passes", "crossed" a number: over
    ("Port throughput passed 410 million tonnes in 2024.", "410 million tonnes", "over"),
    ("Hotel revenue crossed RMB75 billion for the first time.", "RMB75 billion", "over"),
    # a fraction in words is exact when it divides exactly, approximately when rounded, unless a hedge word
    ("Exports to Africa made up three-fifths of the total.", "three-fifths", "exact"),
    ("Private firms accounted for two-thirds of the total.", "two-thirds", "approximately"),
    ("Services made up nearly three-quarters of the total.", "three-quarters", "approximately"),
])
def test_qualifiers(text: str, printed: str, qualifier: str) -> None:
    assert _found(text)[printed][2] == qualifier


@pytest.mark.parametrize(("text", "low", "high"), [
    ("The airline plans to add 3 to 5 new long-haul routes next year.", "3", "5 new long-haul routes"),
    ("Growth is projected at 4%-6% for the coming year.", "4%", "6%"),
    ("Investment should grow 7 percent to 9 percent in 2031.", "7 percent", "9 percent"),
])
def test_x_to_y_is_a_range(text: str, low: str, high: str) -> None:
    found = _found(text)
    assert found[low][2] == found[high][2] == "range"
    assert found[low][1] == found[high][1]


@pytest.mark.parametrize(("text", "printed"), [
    ("Its population grew by 52,000 to 7.31 million.", "7.31 million"),
    ("The rate rose from 3.1 percent to 3.6 percent.", "3.6 percent"),
])
def test_a_change_and_a_level_are_no_range(text: str, printed: str) -> None:
    assert _found(text)[printed][2] != "range"


@pytest.mark.parametrize(("text", "gone"), [
    ("The county signed 9 logistics deals each worth over RMB2 billion in 2024.", "RMB2 billion"),
    ("Large retailers are firms with annual sales of 5 million yuan or more.", "5 million yuan"),
    ("Notes:\n1. Figures are preliminary.\n(2) Growth rates are at comparable prices.\n", "1"),
    ("Notes:\n1. Figures are preliminary.\n(2) Growth rates are at comparable prices.\n", "2"),
    ("Half of the new arrivals were aged under 30, the bureau said.", "30"),
    ("The town is the youngest in the region: one in three of its people is under 18.", "18"),
])
def test_numbers_that_are_no_figures(text: str, gone: str) -> None:
    assert gone not in _found(text)


def test_a_count_in_a_sentence_with_a_group_amount_stays() -> None:
    found = _found("The county signed 9 logistics deals each worth over RMB2 billion in 2024.")
    assert found["9"][0] == 9

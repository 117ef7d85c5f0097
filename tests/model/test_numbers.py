"""Number parsing and formatting, in one place for the whole app."""

from __future__ import annotations

import pytest

from explorer.model.numbers import format_base, format_figure, format_number, parse_number, to_base


@pytest.mark.parametrize("text,value", [
    ("1,000.21 billion yuan", 1000.21), ("one trillion yuan", 1), ("a hundred", 100),
    ("four months", 4), ("fourth globally", 4), ("300,000-ton", 300000), ("2,475", 2475),
    ("three football fields", 3), ("twenty five", 25), ("24.71%", 24.71), ("no number", None),
])
def test_parse_number(text, value) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("value,unit,qualifier,shown", [
    (98, "%", "over", "over 98%"),
    (40, "%", "approximately", "≈ 40%"),
    (800, "billion yuan", "expected_over", "> 800 billion yuan (expected)"),
    (600, "billion yuan", "range", "in the 600 billion yuan range"),
    (1000.21, "billion yuan", "exact", "1,000.21 billion yuan"),
    (4, "rank", "exact", "No. 4"),
    (-30, "million yuan", "exact", "-30 million yuan"),
    (114.1, "%", "derived", "114.1% (derived)"),
])
def test_format_figure_never_drops_the_qualifier(value, unit, qualifier, shown) -> None:
    assert format_figure(value, unit, qualifier) == shown


def test_base_units() -> None:
    assert to_base(1000.21, "billion yuan") == (pytest.approx(1.00021e12), "yuan")
    assert to_base(1, "trillion yuan") == (1e12, "yuan")
    assert to_base(300, "ports") == (300, "count")
    assert format_base(1.00021e12, "yuan") == "1.00021 trillion yuan"
    assert format_number(132600.0) == "132,600"


@pytest.mark.parametrize("text,fraction", [
    ("nearly half", 0.5), ("a third", 1 / 3), ("two out of every three", 2 / 3), ("one in four", 0.25),
    ("three quarters", 0.75), ("two-thirds", 2 / 3), ("four months", None), ("Fortune 500", None),
])
def test_parse_fraction_in_words(text, fraction) -> None:
    from explorer.model.numbers import parse_fraction

    assert parse_fraction(text) == (pytest.approx(fraction) if fraction is not None else None)


@pytest.mark.parametrize("value,unit,qualifier,derived,shown", [
    (-15, "%", "over", False, "below -15%"),  # "fell by over 15 percent"
    (-15, "%", "expected_over", False, "< -15% (expected)"),  # "expected to fall by at least 15%"
    (-2, "million yuan", "under", False, "above -2 million yuan"),  # "a loss of under 2 million yuan"
    (-15, "%", "over", True, "below -15% (derived)"),
    (-15, "%", "expected_over", True, "< -15% (expected, derived)"),
    (15, "%", "over", False, "over 15%"),
])
def test_a_bound_of_a_negative_figure_is_shown_the_way_it_points(value, unit, qualifier, derived, shown) -> None:
    # "over -15%" read as a fall of less than 15%: the bound bounds the fall's size
    assert format_figure(value, unit, qualifier, derived) == shown

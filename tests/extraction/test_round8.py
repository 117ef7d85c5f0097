"""Round 8 of the English rules (issue 14), from the misses of the spent sets (dev2, heldout9-12), each case in
other words; each fails on the code before it but for the marked controls."""

from __future__ import annotations

import pytest

from explorer.model.extract import extract


def _found(text: str) -> dict[str, tuple[float, str, str]]:
    return {c.as_printed: (c.value, c.unit, c.qualifier) for c in extract(text, "T")}


@pytest.mark.parametrize(("text", "ends"), [
    ("The operator now guides to a full-year net loss of RMB2.3-2.9bn after the write-down.",
     {"RMB2.3": (-2.3, "billion yuan", "range"), "2.9bn": (-2.9, "billion yuan", "range")}),
    ("Borrowings at the holding company may climb to CNY55 billion-60 billion by 2033.",
     {"CNY55 billion": (55.0, "billion yuan", "range"), "60 billion": (60.0, "billion yuan", "range")}),
    ("Spending on the new berths is budgeted at RMB4 billion to RMB4.5 billion over three years.",
     {"RMB4 billion": (4.0, "billion yuan", "range"), "RMB4.5 billion": (4.5, "billion yuan", "range")}),
])
def test_a_range_whose_ends_carry_a_glued_currency(text: str, ends: dict[str, tuple[float, str, str]]) -> None:
    found = _found(text)
    for printed, expected in ends.items():
        assert found[printed] == expected


def test_a_loss_glued_to_its_currency_is_negative() -> None:
    found = _found("The smelter booked a net loss of RMB318m in the quarter; sales were RMB2.1bn.")
    assert found["RMB318m"] == (-318.0, "million yuan", "exact")
    assert found["RMB2.1bn"] == (2.1, "billion yuan", "exact")  # control: no loss named before it


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    ("Risks: a trade war (~28% of revenue comes from abroad).", "28%", "approximately"),
    ("Services added ~1.4ppt to growth in 3Q31.", "1.4ppt", "approximately"),
    ("Rents in the old town are up something like 12 percent on last year.", "12 percent", "approximately"),
    ("Grain output stayed at no less than 3.2 million tonnes in 2031.", "3.2 million tonnes", "over"),
    ("The fund invested not less than 40% of its assets in local bonds last year.", "40%", "over"),
    ("The county shall allocate no less than 80 million yuan a year to the scheme.", "80 million yuan",
     "expected_over"),
    ("By 2030 the sector's revenue shall exceed 90 billion yuan.", "90 billion yuan", "expected_over"),
    ("Firms that move their headquarters here shall receive a one-off grant of 300,000 yuan.", "300,000 yuan",
     "exact"),
    ("By 2030 the share of clean power shall reach 45%.", "45%", "forecast"),  # control: a target
    ("We forecast retail sales growth of 4.8% for 2032.", "4.8%", "forecast"),
    ("Margins: FY32E 11.5%, up from 10.9% in FY31.", "11.5%", "forecast"),
    ("We now expect 2032 revenue of RMB14.2bn at the group level.", "RMB14.2bn", "forecast"),
    ("Economists expect exports to grow about 3 percent next year.", "3 percent", "forecast"),
    ("Revenue grew 3 percent last year, as expected.", "3 percent", "exact"),  # control: an outcome
])
def test_the_words_before_a_figure_hedge_bound_or_forecast_it(text: str, printed: str, qualifier: str) -> None:
    assert _found(text)[printed][2] == qualifier

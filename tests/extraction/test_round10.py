"""Round 10 of the English rules (issue 14), from the misses of the spent sets heldout29-64 read together, each
case in other words; each fails on the code before it but for the marked controls."""

from __future__ import annotations

import pytest

from explorer.model.extract import extract


def _found(text: str) -> dict[str, tuple[float, str, str]]:
    return {c.as_printed: (c.value, c.unit, c.qualifier) for c in extract(text, "T")}


@pytest.mark.parametrize(("text", "printed", "expected"), [
    ("The resort's three parks drew 3.84m visitors in 1H27, up 6% y/y.", "3.84m", (3.84, "million", "exact")),
    ("Saleable area fell to 2.9m sq m at end-June.", "2.9m sq m", (2.9, "million square meters", "exact")),
    ("Members totalled 1.07m, up 4% y/y.", "1.07m", (1.07, "million", "exact")),
    ("Shipments reached 12.4m mobile handsets last year.", "12.4m", (12.4, "million", "exact")),
])
def test_an_m_glued_to_a_number_before_a_plural_noun_or_a_clause_end_is_million(
        text: str, printed: str, expected: tuple[float, str, str]) -> None:
    assert _found(text)[printed] == expected


@pytest.mark.parametrize("text", [
    "The new bridge has a 460m main span over the river.",
    "Divers inspected the quay at a depth of 14.5m.",
    "A 3m-high flood wall now runs along the bank.",
    "The observation deck sits 300m above the old town.",
])
def test_metres_glued_to_a_number_stay_no_figure(text: str) -> None:  # controls: metres, not million
    assert not any(printed.endswith("m") for printed in _found(text))

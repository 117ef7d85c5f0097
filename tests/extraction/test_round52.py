"""Session 49: the bare-number models retrained, and rules from the spent sets' misses (texts written for these tests,
other cities and years)."""

from __future__ import annotations

from explorer.model.extract import bare_amounts
from tests.helpers import by_printed


def test_the_second_number_of_a_tally_is_never_money_but_a_price_of_several_can_be() -> None:
    text = ("HOST: Prices at the Luohe night fair, 2034.\n"
            "GAO: My boy went three for four at the game on Sunday. The committee voted six for one.\n"
            "GAO: The small melons go three for ten.\n")
    found = by_printed(text)
    assert all(found[s].unit != "yuan" for s in ("four", "one") if s in found)  # (dropped: no figure)
    assert (found["ten"].value, found["ten"].unit) == (10, "yuan")  # three melons for ten yuan


def test_what_a_workshop_makes_is_output_with_its_place_in_apposition() -> None:
    text = "The glove workshop in Linying, a county of Luohe, makes 42,000 a week, its manager said."
    c = by_printed(text)["42,000"]
    assert bare_amounts.never_money(text, c) and c.unit == "count"
    text = "The glove workshop in Linying, a county of Luohe, pays 4,200 a month, its manager said."
    assert not bare_amounts.never_money(text, by_printed(text)["4,200"])

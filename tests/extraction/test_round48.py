"""Session 45: rules from the spent sets' misses (texts written for these tests, other cities and years)."""

from __future__ import annotations

from tests.helpers import by_printed

_PER_PIECE = ("HOST: This is the Zhangye home hour, March 2034. Prices here are in yuan.\n"
              "WEN: For the wiring, every socket, switch or light fitting, in town it's forty a point.\n"
              "HOST: And at the fish stall?\nKE: The small goldfish? Six a fish. The big ones are dearer.\n")


def test_a_price_by_the_point_or_by_the_fish_is_money() -> None:
    found = by_printed(_PER_PIECE)
    assert (found["forty"].value, found["forty"].unit) == (40, "yuan")
    assert (found["Six"].value, found["Six"].unit) == (6, "yuan")


def test_a_number_before_a_point_or_a_fish_that_is_no_price_stays_out() -> None:
    text = ("The Zhangye team won by four points in March 2034, and the anglers caught twelve fish each. Prices in "
            "yuan rose 2.1 percent.\n")
    found = by_printed(text)
    assert "four" not in found and "twelve" not in found and "four points" not in found
    assert found["2.1 percent"].value == 2.1

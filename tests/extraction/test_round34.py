"""Round 34 of the extraction rules (session 33), from the misses of two spent held-out sets (heldout492,
heldout493): a cut said as "The reduction of ...", a spoken range whose lower end takes the upper end's hundred or
thousand ("seven to eight hundred yuan"), and a ceiling said after its figure ("five hundred and eighty at most").

The texts are written here for the tests (other places and years); each rule has a control.
"""

from __future__ import annotations

from explorer.model.extract import extract
from explorer.model.numbers import UNITS


def figures(text: str) -> dict[str, tuple[float, str, str]]:
    """Each candidate's figure in base units, its base unit and its qualifier, by the words it quotes."""
    out = {}
    for c in extract(text, "t"):
        unit = UNITS[c.unit]
        out[c.as_printed] = (round(c.value * unit.factor, 6), unit.base, c.qualifier)
    return out


def test_the_reduction_of_an_amount_and_its_share_are_falls() -> None:
    got = figures("On March 1 the Hexi Gorge scenic area lowered its ticket from 160 yuan to 128 yuan. "
                  "The reduction of 32 yuan, or 20 percent, applies to the two-day pass. "
                  "The drop of 4.5 percent in visitor numbers came after the floods.")
    assert got["32 yuan"][0] == -32
    assert got["20 percent"][0] == -20
    assert got["4.5 percent"][0] == -4.5


def test_the_rise_of_an_amount_keeps_its_sign() -> None:
    # (control: "the increase of" is no fall; "the reduction" names no figure after a verb of its own)
    got = figures("The increase of 32 yuan, or 20 percent, applies to the two-day pass. "
                  "The reduction programme employs 45 people.")
    assert got["32 yuan"][0] == 32
    assert got["20 percent"][0] == 20
    assert got["45 people"][0] == 45


def test_a_spoken_range_s_lower_end_takes_the_hundred_of_its_upper_end() -> None:
    got = figures("Li reckons he spends seven to eight hundred yuan a mu on seed and fertilizer. "
                  "The new plant will employ two to three thousand workers.")
    assert got["seven"] == (700, "yuan", "range")
    assert got["eight hundred yuan"] == (800, "yuan", "range")
    assert got["two"][:2] == (2000, "count")
    assert got["three thousand"][:2] == (3000, "count")


def test_a_range_whose_lower_end_is_far_below_or_in_digits_keeps_it_as_said() -> None:
    # (control: "two to nine hundred" is no "two hundred to nine hundred"; a lower end in digits is whole)
    got = figures("Fees run two to nine hundred yuan a year. Li spends 7 to 800 yuan a mu.")
    assert got["two"] == (2, "yuan", "range")
    assert got["7"] == (7, "yuan", "range")


def test_a_ceiling_said_after_its_figure_is_a_bound() -> None:
    got = figures('"Last year it was 580 kilograms a mu at most, because of the drought," he said. '
                  "Our own estimate is growth of 2 percent at best.")
    assert got["2 percent"] == (2, "%", "under")
    got = figures("The yield was 580 kilograms at most, because of the drought.")
    assert got["580 kilograms"][2] == "under"


def test_at_most_of_things_after_a_figure_is_no_bound() -> None:
    # (control: "at most stations" counts stations; a range keeps its ends)
    got = figures("Petrol is seven yuan a litre at most stations. A double is 260, maybe 280 yuan at most.")
    assert got["seven yuan"][2] == "exact"
    assert got["280 yuan"][2] == "range"

"""Round 28 of the extraction rules (session 26), from the misses of the sets spent before it: a table whose caption
line says its numbers are in percent, and a number made a grade ("95-octane petrol", "an 8.6-generation line").

The texts are written here for the tests (an invented city, other years); each rule has a control.
"""

from __future__ import annotations

import pytest

from explorer.model.extract import extract


def figures(text: str) -> dict[str, tuple[float, str, str, str]]:
    return {c.as_printed: (c.value, c.unit, c.qualifier, c.period) for c in extract(text, "t")}


TABLE = ("Hexi consumer prices rose 0.5% in March 2033, the bureau said.\n"
         "\n"
         "Table: Consumer prices by category, March 2033\n"
         "{caption}\n"
         "\n"
         "Food and drink                      2.2\n"
         "Clothing                            0.7\n"
         "Housing                            -1.6\n"
         "Transport                          -3.1\n"
         "\n"
         "Note: figures may not add up because of rounding.\n")


@pytest.mark.parametrize("caption", ["(% change from a year earlier)", "(%)", "(Percent change, year on year)",
                                     "(year-on-year change, %)"])
def test_a_caption_line_in_percent_gives_its_rows_numbers_percent(caption: str) -> None:
    got = figures(TABLE.format(caption=caption))
    assert got["2.2"][:2] == (2.2, "%") and got["-1.6"][:2] == (-1.6, "%") and got["-3.1"][:2] == (-3.1, "%")
    assert got["0.7"][3] == "2033-03..03"  # the table's title names its month


def test_a_caption_line_naming_no_percent_leaves_the_numbers_bare() -> None:
    got = figures(TABLE.format(caption="(weights of the basket)"))  # control: no unit said
    assert got["2.2"][1] == "count"


@pytest.mark.parametrize("grade", ["95-octane petrol", "an 8.6-generation display line", "300,000-dwt ore berths",
                                   "40-head sanqi root"])
def test_a_number_made_a_grade_is_no_figure(grade: str) -> None:
    text = f"In 2033 the price of {grade} in Hexi rose 2.1%."
    got = figures(text)
    assert set(got) == {"2.1%"}


def test_a_number_made_a_size_still_counts() -> None:
    got = figures("In 2033 Hexi opened a 180-room hotel and a 300,000-tonne berth.")  # control: labelled as figures
    assert "180-room" in got or "180" in got
    assert got["300,000-tonne"][:2] == (300000, "tonnes")


PHONE_IN = ("AGENT: For second-hand flats in Hexi the average asking price last month was about 5,900 yuan per square "
            "metre. That's down roughly 6 percent on a year ago. New-builds were higher, around 6,800, because "
            "developers hold their list prices.\n"
            "\n"
            "CALLER: I bought in 2031 at nearly 7,000 a square metre, and now the agents tell me I'd get maybe 5,500.\n")


def test_a_price_said_again_after_its_change_in_percent_keeps_its_yuan() -> None:
    got = figures(PHONE_IN)
    assert got["6,800"][:3] == (6800, "yuan", "approximately")
    assert got["6 percent"][:2] == (-6, "%")  # the change between stays a change


def test_a_number_per_square_metre_is_a_price_in_the_texts_currency() -> None:
    got = figures(PHONE_IN)
    assert got["7,000"][:3] == (7000, "yuan", "approximately")
    assert got["5,500"][:3] == (5500, "yuan", "approximately")  # said again after it
    got = figures(PHONE_IN.replace("5,900 yuan", "5,900 dollars"))  # control: a text that names no yuan
    assert got["7,000"][1] == "count"


def test_a_count_of_another_order_after_a_change_keeps_no_yuan() -> None:
    got = figures("Hexi homes sold for 5,900 yuan per square metre in 2031, down 6 percent. Agents listed 240 "
                  "flats.")  # control: 240 is far from the price's order
    assert got["240"][1] != "yuan"


def test_goes_up_to_is_where_it_rises_not_a_ceiling() -> None:
    got = figures("In 2031 I paid 1,400 yuan a month. My landlord says it goes up to 1,500 yuan in 2032.")
    assert got["1,500 yuan"][2] != "under"
    got = figures("In 2031 the Hexi subsidy pays up to 30,000 yuan.")  # control: a ceiling
    assert got["30,000 yuan"][2] == "under"

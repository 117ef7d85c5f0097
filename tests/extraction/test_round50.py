"""Session 47: rules from the spent sets' misses (texts written for these tests, other cities and years)."""

from __future__ import annotations

from tests.helpers import by_printed


def _value_unit(found: dict, printed: str) -> tuple[float, str]:  # type: ignore[type-arg]
    return found[printed].value, found[printed].unit


def test_a_spoken_price_of_a_thing_not_sold_by_weight_is_hundreds_of_yuan() -> None:
    text = ("HOST: What does a new screen cost you now?\n\n"
            "OWNER: For a mid-range phone, a good screen is two-fifty, fitted. The original part, maybe four-eighty. "
            "A battery is ninety yuan.\n")
    found = by_printed(text)
    assert _value_unit(found, "two-fifty") == (250, "yuan")
    assert _value_unit(found, "four-eighty") == (480, "yuan")
    assert found["four-eighty"].qualifier == "approximately"


def test_a_spoken_price_by_weight_is_yuan_and_cents() -> None:
    text = ("[SOUNDBITE, stall holder] \"Pears are three-twenty a jin this morning. Last week it was three-sixty. "
            "That's four mao less, and the wholesale price is two yuan.\"\n")
    found = by_printed(text)
    assert _value_unit(found, "three-twenty") == (3.2, "yuan")
    assert _value_unit(found, "three-sixty") == (3.6, "yuan")  # said after it, in the same talk: read alike


def test_a_spoken_price_after_a_whole_yuan_is_the_upper_end_in_yuan_and_cents() -> None:
    text = "HOST: And peppers?\n\nGROWER: Peppers are worse. Three yuan, three-fifty at best, and the buyers know it.\n"
    found = by_printed(text)
    assert _value_unit(found, "three-fifty") == (3.5, "yuan")


def test_a_price_said_last_year_after_this_years_takes_its_reading() -> None:
    text = ("REPORTER: The stall sells school bags. \"A canvas bag with the badge is one-forty. Last year it was "
            "one-ten. The cloth went up, so we added thirty kuai.\" A plain bag is sixty yuan.\n")
    found = by_printed(text)
    assert _value_unit(found, "one-forty") == (140, "yuan")
    assert _value_unit(found, "one-ten") == (110, "yuan")


def test_a_price_the_shop_asked_in_talk_of_yuan_is_found() -> None:
    text = ("CALLER: I took my cat in for a bath on Sunday and the shop asked one-sixty. Last spring the same shop "
            "charged me one-thirty. That's thirty yuan more for the same bath.\n")
    found = by_printed(text)
    assert _value_unit(found, "one-sixty") == (160, "yuan")
    assert _value_unit(found, "one-thirty") == (130, "yuan")


def test_a_time_said_like_a_price_is_not_one() -> None:
    text = ("CALLER: The shop opens at one-thirty and closes at six. A bath there costs sixty yuan.\n")
    found = by_printed(text)
    assert "one-thirty" not in found

"""Session 42: the bare-number models retrained with the spent sets to 646, what a plant makes, and the Chinese rules
of this session (texts written for these tests)."""

from __future__ import annotations

from explorer.model.extract import extract


def _units(text: str) -> dict[str, str]:
    return {c.as_printed: c.unit for c in extract(text, "t")}


def test_output_of_a_plant_line_or_mine_is_never_money() -> None:
    for text in ("The plant in Hebei province makes 3,000 a shift, the manager said.",
                 "The new line at the Xingtai works turns out about 800 a day, mostly for export.",
                 "HOST: And the kiln? GUO: The kiln makes 1,200 a week in the busy months."):
        assert _units(text).get("3,000", _units(text).get("800", _units(text).get("1,200"))) != "yuan", text
    # a person's "makes" is pay
    assert _units("WANG: My wife makes 5,000 a month at the plant in Zhengzhou.")["5,000"] == "yuan"


def test_service_prices_said_bare_in_a_yuan_transcript() -> None:
    text = ("REPORTER: Prices on Heping Street in Handan have barely moved since 2031.\n"
            "SUN: Men's cut is twenty-five. Wash and blow-dry, forty-five.\n"
            "REPORTER: And at the repair stall?\n"
            "DU: Patch a tube, five. A new chain, fitted, sixty.\n")
    found = {c.as_printed: c for c in extract(text, "t")}
    assert all(found[k].unit == "yuan" for k in ("twenty-five", "forty-five", "five", "sixty")), found
    # "Wash and blow-dry, forty-five." is the list's next item (the model alone leaves it a count): it says so, and is
    # no surer than the item before it
    assert "a list of prices" in found["forty-five"].note and \
        found["forty-five"].confidence <= found["twenty-five"].confidence


def test_a_list_of_prices_needs_its_shape_and_no_question_of_counts() -> None:
    base = "REPORTER: Prices in Handan have barely moved since 2031.\nSUN: Men's cut is twenty-five. "
    assert _units(base + "Wash and blow-dry, forty-five.\nREPORTER: Thanks.\n")["forty-five"] == "yuan"
    for tail in ("Last year we served forty-five.\n",  # a clause of its own, no item's name
                 "REPORTER: How many chairs? SUN: Chairs, forty-five.\n",  # answers how many
                 "\nSUN: Wash and blow-dry, forty-five.\n"):  # not on the same line
        assert _units(base + tail + "REPORTER: Thanks.\n").get("forty-five") != "yuan", tail

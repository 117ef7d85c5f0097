"""Sector guesses, round 5 (issue 14): a list's items take the sector of the line that introduces the list."""

from __future__ import annotations

import pytest

from explorer.model.extract import extract
from explorer.model.extract.calibration import CALIBRATED, THRESHOLD

SECTORS = {"macro economy": "gdp;economy", "retail and consumption": "retail sales;retail;consumer goods",
           "port and trade": "port;exports"}


def test_the_items_of_a_list_take_the_sector_of_its_lead_in_line() -> None:
    text = ("The economy of the three cities grew in 2031, and the port was busy.\n\n"
            "Total retail sales of consumer goods:\n"
            "- Anqing: 121.5 billion yuan, up 4.2 percent\n"
            "- Chizhou: 48.3 billion yuan, up 3.9 percent\n\n"
            "Chizhou's GDP rose 5.1 percent.\n")
    raw = {c.as_printed: c for c in extract(text, "T", None, SECTORS, calibrated=False)}
    found = {c.as_printed: c for c in extract(text, "T", None, SECTORS)}
    for printed in ("121.5 billion yuan", "4.2 percent", "48.3 billion yuan", "3.9 percent"):
        assert raw[printed].sector == "retail and consumption" and raw[printed].sector_confidence == 0.5, printed
        # shown as measured: over every labelled set the rule was right 45% of the time (22 guesses), under the
        # threshold, so the reviewer fills it in
        shown = CALIBRATED[("en", "sector", 0.5)]
        assert (found[printed].sector, found[printed].sector_confidence) == (
            ("retail and consumption", shown) if shown >= THRESHOLD else ("", 0.0)), printed
    # control: its own word (a margin of one keyword, 0.6; shown as that rule measured: since session 55 under the
    # threshold, left empty for the reviewer)
    own = CALIBRATED[("en", "sector", 0.6)]
    assert (raw["5.1 percent"].sector, raw["5.1 percent"].sector_confidence) == ("macro economy", pytest.approx(0.6))
    assert (found["5.1 percent"].sector, found["5.1 percent"].sector_confidence) == (
        ("macro economy", own) if own >= THRESHOLD else ("", 0.0))


def test_a_line_that_is_no_list_item_takes_no_lead_in() -> None:
    text = ("The economy grew in 2031, and the port was busy.\n\nTotal retail sales of consumer goods:\n\n"
            "In Anqing the figure was 121.5 billion yuan.\n")
    (cand,) = [c for c in extract(text, "T", None, SECTORS, calibrated=False) if c.as_printed == "121.5 billion yuan"]
    assert cand.sector_confidence != 0.5  # no "- " item under the lead-in: the article's most common sector


def test_the_look_back_for_a_lead_in_is_bounded_on_one_unbroken_line() -> None:
    from explorer.model.extract import core

    line = "- " + "rose 5 percent and " * 20_000  # one list item of 380,000 characters, no line break
    assert core._lead_in(line, len(line) - 5) == ""  # its start is too far back to look for
    assert core._lead_in("Retail sales:\n- Anqing: 5 percent", 30) == "Retail sales:"

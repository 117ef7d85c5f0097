"""Round 42 of the extraction rules (session 38): gaps the spent held-out sets showed (heldout565's river levels).

The texts are written here for the tests (other places and years); each rule has a control.
"""

from __future__ import annotations

from tests.extraction.test_round35 import figures

# -- lengths in metres: the units table's metres in English, base km as 米 --


def test_river_levels_in_metres_are_lengths() -> None:
    got = figures("The Qinghe at Hexi station peaked at 19.42 metres on Sunday, 0.87 metres above its warning level, "
                  "and is forecast to crest at around 20.1 meters on Friday.")
    assert got["19.42 metres"] == (0.01942, "km", "exact")
    assert got["0.87 metres"][:2] == (0.00087, "km")
    assert got["20.1 meters"] == (0.0201, "km", "forecast")


def test_heights_and_spans_in_metres() -> None:
    got = figures("The deck stands more than 600 meters above the river, and the line includes a 1,340-metre bridge "
                  "with a main span of 150 metres.")
    assert got["600 meters"] == (0.6, "km", "over")
    assert got["1,340-metre"][:2] == (1.34, "km")
    assert got["150 metres"][:2] == (0.15, "km")


def test_millions_of_metres_keep_their_scale() -> None:
    got = figures("At its peak the Binhai mill turned out 38 million metres of cotton cloth a year.")
    assert got["38 million metres"][:2] == (38000, "km")


def test_a_speed_in_metres_per_second_is_no_length() -> None:
    # (control: "metres per second" is a speed, which the table lacks; it stays a bare number, never a length)
    got = figures("Winds near the centre reached 42 metres per second on Tuesday.")
    assert all(base != "km" for _, base, _ in got.values())


def test_a_length_that_bounds_a_group_is_no_figure() -> None:
    got = figures("Tickets cost 60 yuan, and children under 1.2 metres enter free; children between 1.2 and 1.4 metres "
                  "tall pay 30 yuan.")
    assert set(got) == {"60 yuan", "30 yuan"}
    got = figures("Of the 2,316 boats on the register, 418 are trawlers longer than 24 meters. Homes within 800 metres "
                  "of a station sold first, and most forests lie above 3,000 metres.")
    assert all(base != "km" for _, base, _ in got.values())
    got = figures("Bidders need one completed bridge with a main span of 120 metres or more.")
    assert not got


def test_the_size_of_a_kind_of_thing_is_no_figure() -> None:
    # (control: these were no figures before the table had metres, and stay none)
    got = figures("A typical 10.5-metre bus uses 0.9 kilowatt-hours per kilometre; the warehouses have 12-metre "
                  "ceilings, and a standard three-metre pitch costs 800 yuan a month.")
    assert all(base != "km" for _, base, _ in got.values())
    assert got["800 yuan"][0] == 800

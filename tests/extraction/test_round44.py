"""Round 44 of the extraction rules (session 41), from the spent sets' misses in English talk: a count said bare in
answer to "how many", a spoken range whose lower end looks like a name, "ran from X to Y" and "from X to Y depending
on" as ranges, and a place in a ranking said in talk.

The texts are written here for the tests (other places and years); each rule has a control.
"""

from __future__ import annotations

from tests.extraction.test_round35 import figures


def test_a_number_in_words_answering_how_many_is_a_count() -> None:
    got = figures("HOST: How many guesthouses are there in Hexi now?\n\nGAO: Twenty-three. When we opened there were "
                  "five.\n")
    assert got["Twenty-three"] == (23.0, "count", "exact")
    got = figures("HOST: How many people work for you at harvest time?\n\nMA: Fifteen, sometimes twenty. Mostly "
                  "women from the village.\n")
    assert got["Fifteen"] == (15.0, "count", "range")
    assert got["twenty"] == (20.0, "count", "range")
    got = figures("HOST: How many boats are there on the lake now?\n\n[ZHOU]\nEighty-odd, all licensed.\n")
    assert got["Eighty-odd"] == (80.0, "count", "over")


def test_no_count_from_a_question_of_how_long_or_an_answer_that_starts_elsewhere() -> None:
    # Controls: "how many years" asks a length of time; an answer that first says a number in digits or a
    # sentence before it is not the bare count.
    got = figures("HOST: How many years have you been here?\n\nGAO: Eleven. Since the new road.\n")
    assert "Eleven" not in got
    got = figures("HOST: How many rooms do you have?\n\nGAO: We built the house in 2019. Eleven, I think.\n")
    assert "Eleven" not in got
    got = figures("HOST: What time do you open?\n\nGAO: Seven. Sometimes six.\n")
    assert "Seven" not in got


def test_a_spoken_range_whose_lower_end_opens_the_answer() -> None:
    # "HE: Forty, fifty." read "Forty" as a name before an age ("said Luo, 51,"), and dropped "fifty".
    got = figures("PENG: How many phones do you fix a day?\n\nHE: Forty, fifty. On a Saturday, more.\n")
    assert got["Forty"] == (40.0, "count", "range")
    assert got["fifty"] == (50.0, "count", "range")
    assert "51" not in figures('"It was a good year," said Luo, 51, laughing.')  # (control: an age)


def test_ran_from_and_depending_on_make_a_range() -> None:
    got = figures("Quotes for a new screen ran from 1,150 to 1,450 yuan at the shops we visited.")
    assert got["1,150"] == (1150.0, "yuan", "range")
    assert got["1,450 yuan"] == (1450.0, "yuan", "range")
    got = figures("A room costs 300 yuan in town. On the lake, from 280 to 460 yuan, depending on the season.")
    assert got["280"] == (280.0, "yuan", "range")
    # Control: a change with a hedge after it stays a change.
    got = figures("Output rose from 200 to 350 tonnes, depending on who you ask.")
    assert got["350 tonnes"][2] == "exact"


def test_a_place_in_a_ranking_said_in_talk() -> None:
    got = figures("QIN: On the delivery app we're second for milk tea in Hexi. This month I'm fourth.")
    assert got["second"] == (2.0, "rank", "exact")
    assert got["fourth"] == (4.0, "rank", "exact")
    got = figures("In the street's own vote we came third out of 31 stalls.")
    assert got["third"] == (3.0, "rank", "exact")
    got = figures("Rural per capita income in Qinghe was 9,046 yuan, fourth in the province.")
    assert got["fourth"] == (4.0, "rank", "exact")
    # Controls: a queue, a generation, an idiom.
    got = figures("We're second in line at the counter. We're third generation here. I'm second to none.")
    assert not any(unit == "rank" for _, unit, _ in got.values())

"""Session 16's rules, each written here in new words (the texts are written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.model.extract import extract
from tests.extraction.test_round14 import imported


def test_a_fall_said_once_for_two_subjects_passes_the_imports_sign_check(tmp_path: Path) -> None:
    # The extractor makes both falls negative (session 15); the loader's check must accept the second one too.
    rows, problems = imported(tmp_path, "Bus fares dropped by 3.5% and taxi fares by 1.2% in the month. "
                                        "Airfares fell by 12.5% and package tour prices by 6.0%.")
    assert [r["value"] for r in rows] == ["-3.5", "-1.2", "-12.5", "-6"]
    assert problems == []


def figures(text: str) -> list[tuple[str, float, str, str]]:
    return [(c.as_printed, c.value, c.unit, c.qualifier) for c in extract(text, published="")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The two cooks earn between two thousand eight hundred and three thousand one hundred yuan a month.",
     [("two thousand eight hundred", 2800.0, "yuan", "range"),
      ("three thousand one hundred yuan", 3100.0, "yuan", "range")]),
    ("On weekdays it is usually between one thousand and one thousand five yuan.",
     [("one thousand", 1000.0, "yuan", "range"), ("one thousand five yuan", 1500.0, "yuan", "range")]),
    ("About six thousand and ninety thousand tickets were sold on the two days.",
     [("six thousand", 6000.0, "count", "approximately"), ("ninety thousand", 90000.0, "count", "exact")]),
])
def test_a_number_in_words_never_takes_its_own_scale_twice(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    # it was one number: "two thousand eight hundred and three thousand" read as 2,803 thousand
    assert figures(text) == expected


def test_a_number_in_words_keeps_a_scale_over_its_whole() -> None:  # control
    assert figures("The port district employs two hundred and six thousand people.") == [
        ("two hundred and six thousand people", 206000.0, "people", "exact")]


def test_pay_between_two_amounts_said_in_words_is_money() -> None:
    text = ("QIN: The shop rent is 8,000 yuan.\n\nHOST: And the staff?\n\n"
            "QIN: I pay them between two thousand six hundred and three thousand a month each.")
    assert figures(text)[1:] == [("two thousand six hundred", 2600.0, "yuan", "range"),
                             ("three thousand", 3000.0, "yuan", "range")]


@pytest.mark.parametrize(("text", "expected"), [
    ("GUO: On a busy Sunday, maybe four hundred. Weekdays fewer.", ("four hundred", 400.0, "count", "approximately")),
    ("The beach was capped at thirty thousand a day during the holiday.", ("thirty thousand", 30000.0, "count", "under")),
    ("REPORTER: How many people work here?\n\nWEI: Three hundred and sixty.", ("Three hundred and sixty", 360.0, "count",
                                                                            "exact")),
])
def test_a_round_number_in_words_with_no_unit_is_a_count_to_check(text: str,
                                                                   expected: tuple[str, float, str, str]) -> None:
    # as a bare number in digits is ("maybe 400"): it was dropped
    found = extract(text, published="")
    assert [(c.as_printed, c.value, c.unit, c.qualifier) for c in found] == [expected]
    assert found[0].note.startswith("no unit in the text: check")


@pytest.mark.parametrize("text", [
    'Under the "Hundred Towns, Ten Thousand Farms" campaign the county built roads.',
    "That's all for episode two hundred and three of the show.",
    "A buyer wanted a hundred-and-ten-square-metre flat near the park.",
    "Two or three of them stayed behind.",
])
def test_names_sizes_and_small_numbers_in_words_stay_out(text: str) -> None:  # controls
    assert figures(text) == []


@pytest.mark.parametrize(("text", "printed"), [
    ("The county has 14 wineries, and five of them won medals this year.", "five"),
    ("Seven of the 12 districts beat the city's average.", "Seven"),
    ("Eight of Anhui's other cities already run such a scheme.", "Eight"),
    ("The yard has 30 cranes, nine of which are electric.", "nine"),
])
def test_a_number_in_words_before_of_a_group_is_a_count(text: str, printed: str) -> None:
    counts = [(c.as_printed, c.unit) for c in extract(text, published="") if c.as_printed == printed]
    assert counts == [(printed, "count")]


@pytest.mark.parametrize("text", [
    "It's just the two of us at home now.",
    "All four of them came to the meeting.",
    "The mill is one of the largest in the province.",
])
def test_a_group_owned_or_one_of_many_is_no_count(text: str) -> None:  # controls
    assert figures(text) == []


@pytest.mark.parametrize(("text", "printed", "value"), [
    ("HOST: How many trucks this week?\n\nLI: Since Monday we've loaded eleven.", "eleven", 11.0),
    ('"We used to catch plenty. Now we are happy with six," said the captain.', "six", 6.0),
    ("When I started it was nine, me and my wife included.", "nine", 9.0),
])
def test_a_number_in_words_that_ends_its_clause_is_a_count_to_check(text: str, printed: str, value: float) -> None:
    found = [c for c in extract(text, published="") if c.as_printed == printed]
    assert [(c.value, c.unit) for c in found] == [(value, "count")]
    assert found[0].note.startswith("no unit in the text: check")


@pytest.mark.parametrize("text", [
    "The courier collects the boxes at six.",
    "Payments stop when the child turns three.",
    "There are not enough places for children under three.",
    "GOU: One, check the records. Two, pay for an inspection.",
    "We dry it three, four days in the sun.",
    "The show runs every weekday from six to seven.",
    "A dinner for two rarely costs much.",
])
def test_times_ages_and_list_items_in_words_are_no_count(text: str) -> None:  # controls
    assert [c.as_printed for c in extract(text, published="") if c.unit == "count"] == []


def test_a_price_said_again_in_words_at_the_clauses_end_stays_money() -> None:  # control: the rule before it holds
    text = "GAO: The plain one is six yuan. With an egg it's seven. Most people take the egg."
    assert figures(text) == [("six yuan", 6.0, "yuan", "exact"), ("seven", 7.0, "yuan", "exact")]


@pytest.mark.parametrize(("text", "expected"), [
    ("截至9月末，城乡居民医保统筹基金累计结存可支付月数为9.6个月。", ("9.6个月", 9.6, "months", "exact")),
    ("项目合同工期为30个月，自开工令下达之日起计算。", ("30个月", 30.0, "months", "exact")),
    ("主持人：贷款一般多长时间？\n嘉宾：一般是24个月，到期再续。", ("24个月", 24.0, "months", "exact")),
])
def test_chinese_months_measured_are_figures(text: str, expected: tuple[str, float, str, str]) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize("text", [
    "前10个月，全市港口完成货物吞吐量同比增长。",  # a period, no figure
    "一年里有三个月是淡季，生意不好做。",
])
def test_chinese_months_of_the_calendar_are_no_figure(text: str) -> None:  # controls
    assert [f for f in figures(text) if f[2] == "months"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("今年镇上又新开了两家，都是外地老板投的。", ("两家", 2.0, "家", "exact")),
    ("港口新增三艘集装箱船，运力进一步提升。", ("三艘", 3.0, "艘", "exact")),
])
def test_chinese_small_counts_of_firms_and_ships(text: str, expected: tuple[str, float, str, str]) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize("text", ["每家企业都要建立台账。", "这是一家老字号。"])
def test_chinese_one_firm_or_each_firm_is_no_count(text: str) -> None:  # controls
    assert figures(text) == []


@pytest.mark.parametrize(("text", "qualifier"), [
    ("In the coastal cities the same workers can earn double.", "exact"),
    ("On public holidays her sales double.", "exact"),
    ("The stall next door does maybe double my takings on a Sunday.", "approximately"),
    ("In December it can be double that.", "exact"),
])
def test_double_said_as_a_multiple(text: str, qualifier: str) -> None:
    assert figures(text) == [("double", 2.0, "times", qualifier)]


@pytest.mark.parametrize("text", ["We booked a double.", "The rooms are all double, with a view.",
                                  "He hit a double in the ninth."])
def test_double_as_a_room_or_a_hit_is_no_multiple(text: str) -> None:  # controls
    assert figures(text) == []


def test_two_multiples_of_different_things_are_not_one_claim() -> None:
    found = extract("Wages on the coast are double. On holidays her sales double.", published="")
    assert [c.value for c in found] == [2.0, 2.0]
    assert not any("same claim" in c.note for c in found)


def test_a_price_from_one_amount_to_another_is_a_range() -> None:
    assert figures("A pot of oolong costs from 68 to 128 yuan, depending on the leaf.") == [
        ("68", 68.0, "yuan", "range"), ("128 yuan", 128.0, "yuan", "range")]
    # control: a change from one amount to another stays two figures
    assert [f[3] for f in figures("The fee was raised from 68 to 128 yuan.")] == ["exact", "exact"]


def test_two_neighbouring_numbers_joined_by_or_are_a_range() -> None:
    assert figures("Back then we shipped five or six containers a week.") == [
        ("five", 5.0, "count", "range"), ("six", 6.0, "count", "range")]
    # control: two counts far apart joined by "or" are no range
    assert [f[3] for f in figures("They hired 3 or 30 workers, nobody knows.")] != ["range", "range"]


@pytest.mark.parametrize(("text", "expected"), [
    ("I would expect a further fall of 15 to 25 percent by 2035.", [-15.0, -25.0]),
    ("That model has lost maybe 6 to 9 percent since the spring.", [-6.0, -9.0]),
    ("Once the boats go out, I'd guess prices drop 10, 20 percent.", [-10.0, -20.0]),
])
def test_a_fall_with_a_hedge_or_said_of_a_range_is_negative_at_both_ends(text: str, expected: list[float]) -> None:
    assert [f[1] for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Once the boats go out, I'd guess prices rise 10, 20 percent.", [10.0, 20.0]),
    ("We lost maybe 30 young men to delivery jobs this year.", [30.0]),
    ("Growers lost maybe a third of their spinach in one night.", [33.33]),
])
def test_a_rise_or_what_was_lost_counted_stays_positive(text: str, expected: list[float]) -> None:  # controls
    assert [f[1] for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We sold 90 jars this month, a third more than last year.", ("a third", 33.33, "%", "approximately")),
    ("The plan allows 180 hectares, a fifth less than in 2031.", ("a fifth", -20.0, "%", "exact")),
    ("Pensioners pay half price on weekdays.", ("half", 50.0, "%", "exact")),
    ("Roughly one buyer in four comes from another province.", ("one buyer in four", 25.0, "%", "approximately")),
    ("Permits came to one for every ten households.", ("one for every ten", 10.0, "%", "exact")),
])
def test_fractions_said_as_a_change_a_price_or_a_ratio(text: str, expected: tuple[str, float, str, str]) -> None:
    assert [f for f in figures(text) if f[2] == "%"] == [expected]


@pytest.mark.parametrize("text", [
    "There is one clinic in nine townships.",  # another noun after the number: no share
    "The first half more or less decided the match.",
    "It took half a day.",
])
def test_fractions_that_are_no_share(text: str) -> None:  # controls
    assert [f for f in figures(text) if f[2] == "%"] == []


def test_a_share_said_one_for_every_n_passes_the_imports_checks(tmp_path: Path) -> None:
    rows, problems = imported(tmp_path, "Passes are limited to 900, about one for every six households, "
                                        "and the fee is a third less than in 2031.")
    assert [(r["value"], r["unit"]) for r in rows if r["unit"] == "%"] == [("16.67", "%"), ("-33.33", "%")]
    assert problems == []

"""Round 29 of the extraction rules (session 27), from the misses of the sets spent before it: a budget's amounts
said in news copy are plans ("approved a general budget of", "the budget assumes", "is arranged at"), and a council
that "passes" a budget approves it rather than exceeding it.

The texts are written here for the tests (an invented city, other years); each rule has a control.
"""

from __future__ import annotations

import pytest

from explorer.model.extract import extract


def qualifiers(text: str) -> dict[str, str]:
    return {c.as_printed: c.qualifier for c in extract(text, "t")}


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Hexi's city council on Thursday approved a general budget of 38.6 billion yuan for 2033.", "38.6 billion yuan"),
    ("The 2033 budget assumes revenue growth of 3 percent.", "3 percent"),
    ("The municipal budget sets aside 420 million yuan for talent subsidies in 2033.", "420 million yuan"),
    ("General public budget expenditure is arranged at 61.8 billion yuan in 2033.", "61.8 billion yuan"),
    ("Spending was 1.4 billion yuan in the half, and we are keeping the full-year budget of 3.2 billion yuan.",
     "3.2 billion yuan"),
    ("A second terminal will start in 2033 at a budgeted cost of 2.9 billion yuan.", "2.9 billion yuan"),
    ("Deputies approved a 2033 budget that plans general public budget revenue of 11.86 billion yuan.",
     "11.86 billion yuan"),
])
def test_a_budget_s_amount_in_news_copy_is_a_plan(sentence: str, figure: str) -> None:
    assert qualifiers(sentence)[figure] == "forecast"


@pytest.mark.parametrize(("sentence", "figure"), [
    ("General public budget revenue was 31.9 billion yuan in 2032.", "31.9 billion yuan"),  # an outcome
    ("The municipal budget set aside 1.62 billion yuan for elderly care in 2032.", "1.62 billion yuan"),  # done
    ("Hexi's council approved a budget of 38.6 billion yuan, 4.2 percent more than 2032's 37.04 billion yuan.",
     "37.04 billion yuan"),  # the figure right after the words only: not the year's it is compared with
])
def test_a_budget_s_outcome_or_a_figure_further_on_stays_exact(sentence: str, figure: str) -> None:
    assert qualifiers(sentence)[figure] == "exact"


def test_a_council_that_passes_a_budget_approves_it() -> None:
    got = qualifiers("Hexi council passes 38.6-billion-yuan budget for 2033\n\nThe council met on Thursday.\n")
    assert got["38.6-billion-yuan"] == "forecast"


@pytest.mark.parametrize("sentence", ["Hexi's revenue passed 40 billion yuan in 2032.",
                                      "The city passed 2 million residents in 2032."])
def test_passing_an_amount_that_is_no_budget_is_still_over(sentence: str) -> None:
    assert set(qualifiers(sentence).values()) == {"over"}


def test_the_year_named_before_a_budget_is_its_figures_period() -> None:
    text = "HEXI, Dec. 4, 2032 - The council met.\n\nThe 2033 budget assumes revenue growth of 3 percent.\n"
    assert {c.as_printed: c.period for c in extract(text, "t")}["3 percent"] == "2033"
    control = "HEXI, Dec. 4, 2032 - The council met.\n\nThe 2033 budget report shows revenue rose 3 percent in 2032.\n"
    assert {c.as_printed: c.period for c in extract(control, "t")}["3 percent"] == "2032"  # an outcome's own year


def test_what_was_reached_inside_an_aim_s_clause_is_an_outcome() -> None:
    got = qualifiers("Hexi aims to lift its foreign trade above 140 billion yuan in 2033, after reaching 131.5 billion "
                     "yuan in 2032, the bureau said.")
    assert got == {"140 billion yuan": "expected_over", "131.5 billion yuan": "exact"}
    control = qualifiers("Hexi aims to lift its foreign trade to 140 billion yuan in 2033, up from 131.5 billion yuan.")
    assert control["140 billion yuan"] == "forecast"


@pytest.mark.parametrize(("sentence", "figure", "qualifier"), [
    # "budget projects" is a noun here: what was completed is an outcome
    ("In 2033, investment in budget projects of 2.1 billion yuan was completed in Hexi.", "2.1 billion yuan", "exact"),
    ("Hexi's budget plans of 2.1 billion yuan were all carried out in 2033.", "2.1 billion yuan", "exact"),
    # the government's revenue, not the government, passed the amount: it exceeded it
    ("The government's revenue passed 40 billion yuan of budget income in 2033.", "40 billion yuan", "over"),
])
def test_budget_words_that_name_no_plan_leave_the_figure_as_said(sentence: str, figure: str, qualifier: str) -> None:
    assert qualifiers(sentence)[figure] == qualifier


@pytest.mark.parametrize("sentence", [
    "The Hexi people's congress on Tuesday passed a 38.6-billion-yuan budget for 2033.",
    "The Hexi people's congress on March 5 passed a 38.6-billion-yuan budget for 2033.",
    "The Hexi People's Congress Standing Committee passed a 38.6-billion-yuan budget for 2033.",
])
def test_a_council_that_passes_a_budget_on_a_day_approves_it(sentence: str) -> None:
    assert qualifiers(sentence)["38.6-billion-yuan"] == "forecast"

"""English periods, round 5 (issue 14): rules found on the spent sets, each case written here in other words
(other cities and years). Every case but the marked controls gives another period on the code before it."""

from __future__ import annotations

import pytest

from explorer.model.extract import extract


def _periods(text: str) -> dict[str, str]:
    return {c.as_printed: c.period for c in extract(text, "T")}


@pytest.mark.parametrize(("text", "printed", "period"), [
    # a figure that holds at any time has no period, even in a report on a year
    ("Output rose in 2031.\n\nTongling, a copper-smelting city of 1.3 million people, is quieter now.",
     "1.3 million", ""),
    ("Output rose in 2031. The refiner, which employs about 3,400 workers, shipped more than ever.", "3,400", ""),
    ("Output rose in 2031. A second furnace with an annual capacity of about 2 million tonnes is being built.",
     "2 million tonnes", ""),
    ("Output rose in 2031. Its new line turns out roughly 80,000 bicycles a year for buyers abroad.", "80,000", ""),
    ("Output rose in 2031. Its gross margin is about 18 per cent, the owner said.", "18 per cent", ""),
    # controls: a time named in the clause, or before it in the sentence, keeps the period
    ("Output rose in 2031. In 2031, its gross margin was about 18 per cent.", "18 per cent", "2031"),
    ("Output rose in 2031. Its gross margin is about 18 per cent this year.", "18 per cent", "2031"),
])
def test_a_figure_that_holds_at_any_time_has_no_period(text: str, printed: str, period: str) -> None:
    assert _periods(text)[printed] == period


@pytest.mark.parametrize(("text", "printed", "period"), [
    ("Tourism, a mainstay since the old town was listed as a heritage site in 1997, drew 41.2 million visits "
     "in 2031, up 6.3 percent.", "41.2 million", "2031"),
    ("Since the canal towns were listed as a heritage site in 2014, visitor numbers have climbed: the county "
     "received 12.6 million visits in 2031, up 8 percent.", "12.6 million", "2031"),
])
def test_a_year_in_a_since_clause_is_not_the_period_of_the_figures(text: str, printed: str, period: str) -> None:
    assert _periods(text)[printed] == period


def test_a_heading_on_a_line_of_its_own_dates_the_figures_under_it() -> None:
    text = ("Bureau of Statistics\n\nThe year in brief\n\nGDP grew 5.2% in 2031 and exports rose 4.0%.\n\n"
            "Port and shipping in 2030\n\nThe port handled 41 million tonnes of cargo, up 3.0%, and added 6 routes.\n")
    periods = _periods(text)
    assert periods["41 million tonnes"] == "2030" and periods["6 routes"] == "2030"
    assert periods["4.0%"] == "2031"  # control: before the heading


def test_an_iso_date_under_the_masthead_is_the_dateline() -> None:
    text = ("Municipal People's Government\nPress release | 2032-01-12\n\n"
            "Exports grew 4.1% in 2031. This year the city will build 9,000 homes.")
    assert _periods(text)["9,000"] == "2032"


def test_the_parts_of_an_iso_date_are_no_figures() -> None:
    text = "Press release | 2032-01-12\n\nExports grew 4.1% in 2031."
    assert [c.as_printed for c in extract(text, "T")] == ["4.1%"]


@pytest.mark.parametrize(("opening", "period"), [("This year", "2032"), ("Last year", "2031"), ("Next year", "2033")])
def test_this_last_and_next_year_at_a_sentences_start(opening: str, period: str) -> None:
    # "This year" was found before (a stock "now"); "Last year" and "Next year" were not (their words were
    # matched in lower case only)
    text = f"Harbour City, Jan. 9, 2032 -- Cargo grew. {opening} the port's berths numbered 41, officials said."
    assert _periods(text)["41"] == period

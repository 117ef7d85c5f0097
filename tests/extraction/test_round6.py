"""Round 6 of the English rules (issue 14): what the seventh held-out set missed, each case written here in other
words (other cities, years and tables). Every case but the marked controls fails on the code before it."""

from __future__ import annotations

import pytest

from explorer.model.extract import extract


def _found(text: str) -> dict[str, tuple[float, str, str]]:
    return {c.as_printed: (c.value, c.unit, c.qualifier) for c in extract(text, "T")}


def test_a_plain_text_tables_cells_take_the_units_of_their_column_headers() -> None:
    text = ("How the two compare (2031)\n\n"
            "District    Output (billion yuan)    Growth (%)    Output per head (yuan)    Firms\n"
            "Lucheng    231.4    4.8    96,200    1,204\n"
            "Ouhai    187.9    5.6    81,750    980\n\n"
            "Both districts grew faster than the city.\n")
    found = _found(text)
    assert found["231.4"] == (231.4, "billion yuan", "exact")
    assert found["5.6"] == (5.6, "%", "exact")
    assert found["81,750"] == (81750.0, "yuan", "exact")
    assert found["980"][1] == "count"  # control: its header names no unit


def test_a_line_of_numbers_under_no_header_keeps_its_bare_numbers() -> None:
    text = "Figures by district\n\nLucheng    231.4    4.8\nOuhai    187.9    5.6\n"
    assert _found(text)["231.4"][1] == "count"  # control: no header with units in brackets above the rows


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    ("The county plans 6.5 percent growth this year and 30,000 new urban jobs.", "6.5 percent", "forecast"),
    ("The county plans 6.5 percent growth this year and 30,000 new urban jobs.", "30,000", "forecast"),
    ("The port targets 2.4 million TEUs in 2032.", "2.4 million TEUs", "forecast"),
    ("Its plans 2031 show that exports rose 5 percent.", "5 percent", "exact"),  # control: a year after "plans"
])
def test_a_plan_or_target_verb_right_before_a_figure_makes_it_a_forecast(text: str, printed: str,
                                                                          qualifier: str) -> None:
    assert _found(text)[printed][2] == qualifier


def test_passing_the_mark_of_a_figure_is_over_it() -> None:
    assert _found("Anqing passed the 300-billion-yuan mark for the first time.")["300-billion-yuan"][2] == "over"
    assert _found("Exports topped the 5 billion yuan level.")["5 billion yuan"][2] == "over"
    # control: "above the" is a comparison with the figure, which stays as stated
    assert _found("Growth was 1 point above the 5 percent national average.")["5 percent"][2] == "exact"


def test_a_time_of_day_is_no_figure() -> None:
    text = "By Li Na | Updated: 2032-03-09 07:45\n\nGDP grew 5 percent. The fair opened at 9:30."
    assert list(_found(text)) == ["5 percent"]


def test_to_double_down_is_no_multiple() -> None:
    assert "double" not in _found("Each city has promised to double down on manufacturing.")
    assert _found("The city aims to double exports by 2035.")["double"][:2] == (2.0, "times")  # control


def test_a_range_whose_first_end_names_only_the_scale_takes_the_unit_of_the_second() -> None:
    found = _found("It expects revenue of 3 billion to 3.5 billion yuan next year.")
    assert found["3 billion"] == (3.0, "billion yuan", "range")
    assert found["3.5 billion yuan"] == (3.5, "billion yuan", "range")


# What the eighth held-out set missed (spent), in other words.

def test_a_tables_caption_names_the_units_of_its_columns_from_the_right() -> None:
    text = ("Table 2  Output by District, 2031\n(Unit: billion yuan, %)\n\n"
            "District      Output      Growth\n"
            "Lucheng        231.40         4.8\n"
            "Ouhai          187.90         5.6\n")
    found = _found(text)
    assert found["231.40"] == (231.4, "billion yuan", "exact") and found["5.6"] == (5.6, "%", "exact")
    assert "2" not in found  # "Table 2" numbers a table


def test_a_growth_column_with_no_unit_named_is_in_percent() -> None:
    text = "District      Firms      Growth\nLucheng        1,204         4.8\nOuhai          980         5.6\n"
    found = _found(text)
    assert found["4.8"][1] == "%"
    assert found["1,204"][1] == "count"  # control: a count column


@pytest.mark.parametrize("line", ["For inquiries: 0571-86012345", "Contact: 0571-86012345"])
def test_a_chinese_landline_with_its_area_code_is_no_figure(line: str) -> None:
    assert _found(f"GDP grew 5 percent in 2031.\n\n{line}\n") == {"5 percent": (5.0, "%", "exact")}


def test_an_ordinal_after_is_and_before_a_place_is_a_rank() -> None:
    assert _found("Anqing, at 98,400 yuan per head, is fourth in Anhui.")["fourth"] == (4.0, "rank", "exact")
    assert _found("It was the third in a series of fairs.") == {}  # control: no place after "in"


def test_rising_up_to_a_level_is_no_ceiling_and_a_change_then_a_level_is_no_range() -> None:
    found = _found("The population fell by about 12,000 to 3.41 million, while Chizhou's edged up to 1.32 million.")
    assert found["12,000"][2] == "approximately" and found["3.41 million"][2] == "exact"
    assert found["1.32 million"][2] == "exact"
    assert _found("Fees are capped at up to 3,000 yuan.")["3,000 yuan"][2] == "under"  # control: a ceiling


# What the ninth held-out set missed (spent), in other words.

def test_a_results_table_with_year_columns_a_currency_caption_and_falls_in_brackets() -> None:
    text = ("Annual results\n\n(RMB million, unless otherwise stated)\n\n"
            "                                  2031          2030     Change (%)\n"
            "Revenue                        4,210.5       3,980.2            5.8\n"
            "Net profit attributable to\n"
            "  shareholders                   301.4         342.0         (11.9)\n\n"
            "Revenue rose 5.8% on strong demand.\n")
    found = {c.as_printed: c for c in extract(text, "T")}
    revenue, before = found["4,210.5"], found["3,980.2"]
    assert (revenue.value, revenue.unit, revenue.period) == (4210.5, "million yuan", "2031")
    assert (before.value, before.unit, before.period) == (3980.2, "million yuan", "2030")
    fall = found["(11.9)"]
    assert (fall.value, fall.unit) == (-11.9, "%")  # a fall printed in brackets, in the change column
    assert found["301.4"].unit == "million yuan"  # a row whose label is wrapped over two lines


def test_a_one_word_metric_name_that_is_no_metric_id_is_kept_for_the_reviewer() -> None:
    (cand,) = extract("The airline added 14 routes.", "T")
    assert cand.metric == "routes"  # a name in the text's own words, not an id of the metrics table


def test_a_table_cells_quote_shows_the_line_that_names_its_unit() -> None:
    text = ("Table 2  Output by District, 2031\n(Unit: billion yuan, %)\n\n"
            "District      Output      Growth\n"
            "Lucheng        231.40         4.8\n"
            "Ouhai          187.90         5.6\n\nGDP grew 5 percent.")
    quotes = {c.as_printed: text[c.start:c.end] for c in extract(text, "T")}
    assert quotes["187.90"] == ("(Unit: billion yuan, %)\n\nDistrict      Output      Growth\n"
                                "Lucheng        231.40         4.8\nOuhai          187.90         5.6")
    assert quotes["5 percent"] == "GDP grew 5 percent."  # control: prose keeps its sentence


def test_a_table_cell_measures_its_column_or_its_row_and_takes_its_titles_year() -> None:
    text = ("Table 3  Output by district, 2031\n\n"
            "District    Output (billion yuan)    Growth (%)\nLucheng    231.4    4.8\n")
    found = {c.as_printed: c for c in extract(text, "T")}
    # a district's row: its own output, not the city's (two districts are no claim in conflict)
    assert (found["231.4"].metric, found["231.4"].entity, found["231.4"].period) == ("Output of Lucheng", "Lucheng",
                                                                                      "2031")
    assert found["4.8"].metric == "growth of Output of Lucheng"
    items = ("Annual results\n\n(RMB million, unless otherwise stated)\n\n"
             "                        2031        2030     Change (%)\n"
             "Revenue              4,210.5     3,980.2            5.8\n")
    found = {c.as_printed: c for c in extract(items, "T")}
    assert (found["3,980.2"].metric, found["3,980.2"].period) == ("Revenue", "2030")
    assert found["5.8"].metric == "growth of Revenue"
    quarters = "Trade, 2031\n(Unit: billion yuan)\n\nQuarter    Trade\nQ1    118.7\nQ2    102.2\n"
    assert {c.as_printed: c.period for c in extract(quarters, "T")}["118.7"] == ""  # a quarter: not the year

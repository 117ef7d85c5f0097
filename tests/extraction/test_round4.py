"""Rules of the fourth round (targets written as prose under a heading or a planning lead sentence, telephone
numbers), on sentences written for these tests (not the labelled texts)."""

from __future__ import annotations

import pytest

from explorer.model.extract import extract


def _found(text: str) -> dict[str, tuple[float, str, str, str]]:
    return {c.as_printed: (c.value, c.unit, c.qualifier, c.period) for c in extract(text, "T")}


_HEADED = ("Plans for 2032\n"
           "GDP growth of about 4.5 percent; exports of more than RMB 120 billion; 40,000 new jobs, with the "
           "jobless rate within 6 percent.\n\n"
           "Review\n"
           "In 2031 the economy grew 4.8 percent.")


@pytest.mark.parametrize(("printed", "qualifier"), [
    ("4.5 percent", "forecast"), ("RMB 120 billion", "expected_over"), ("40,000", "forecast"),
    ("6 percent", "under"),
    ("4.8 percent", "exact"),  # a heading and a sentence of results end the section
])
def test_a_heading_of_targets_governs_its_prose(printed: str, qualifier: str) -> None:
    assert _found(_HEADED)[printed][2] == qualifier


_LEAD = ("In 2033, the province will push ahead with its industrial plan. Output of new-energy vehicles of "
         "around 300,000 units. An unemployment rate no more than 5 percent. "
         "Last year output grew 3.1 percent.")


@pytest.mark.parametrize(("printed", "qualifier"), [
    ("300,000 units", "forecast"), ("5 percent", "under"), ("3.1 percent", "exact"),
])
def test_a_planning_lead_sentence_governs_its_paragraph(printed: str, qualifier: str) -> None:
    assert _found(_LEAD)[printed][2] == qualifier


def test_a_heading_of_results_governs_nothing() -> None:
    text = "Targets met in 2031\nGDP growth of about 4.5 percent; 40,000 new jobs."
    found = _found(text)
    assert (found["4.5 percent"][2], found["40,000"][2]) == ("approximately", "exact")


def test_a_comparison_base_in_a_target_stays_an_outcome() -> None:
    text = "Goals for 2034\nSpending equal to 3.1 percent of GDP, up from an estimated 2.9 percent this year."
    found = _found(text)
    assert (found["3.1 percent"][2], found["2.9 percent"][2]) == ("forecast", "approximately")


@pytest.mark.parametrize("phone", [
    "For details call the press office on +44 20 7946 0321.",
    "Enquiries: Municipal Bureau, (0573) 866 4521, weekdays.",
    "Media contact: Publicity Department, +852 3906 1188",
])
def test_telephone_numbers_are_no_figures(phone: str) -> None:
    assert _found(f"Sales rose 4.4 percent in 2031. {phone}") == {"4.4 percent": (4.4, "%", "exact", "2031")}


def test_on_course_to_is_a_forecast() -> None:
    assert _found("The economy is on course to grow by around 4 percent in 2031.")["4 percent"][2] == "forecast"


def test_a_heading_of_targets_dates_its_targets() -> None:
    text = ("Harbour report\n\nIn the first eight months of 2031, cargo rose 3.3 percent.\n\n"
            "Main goals for 2032\n- exports of about RMB 90 billion;\n"
            "- a jobless rate within 5 percent, from 5.4 percent at present.\n")
    found = _found(text)
    assert found["3.3 percent"][3] == "2031-01..08"
    assert (found["RMB 90 billion"][3], found["5 percent"][3]) == ("2032", "2032")
    assert found["5.4 percent"][3] != "2032"


def test_a_lead_part_year_dates_the_report() -> None:
    text = ("ORTONA, Oct. 20 (Xinhua) -- Ortona's output rose 4.4 percent to 80.1 billion yuan in the first "
            "three quarters of 2031, officials said.\n\nRetail sales reached 30.2 billion yuan, up 3.9 percent.\n\n"
            "In September alone, exports rose 2.2 percent.")
    found = _found(text)
    assert [found[p][3] for p in ("4.4 percent", "80.1 billion yuan", "30.2 billion yuan", "3.9 percent")] == \
        ["2031-Q1-Q3"] * 4
    assert found["2.2 percent"][3] == "2031-09..09"  # a month names its own time (its month since round 8)


@pytest.mark.parametrize(("dateline", "lead", "year"), [
    ("Nov. 20, 2031", "Targets for 2032 were set on Monday: growth of about 5 percent.", "2031"),
    ("Jan. 20, 2032", "In 2031, Ortona's exports rose 6.1 percent.", "2031"),  # a report on the year before,
    # early in the next (control)
])
def test_a_stock_now_is_of_the_year_of_writing(dateline: str, lead: str, year: str) -> None:
    text = f"ORTONA, {dateline} (Xinhua) -- {lead}\n\nThe city now has 1,240 high-tech firms."
    assert {c.value: c.period for c in extract(text, "T")}[1240] == year


def test_a_stock_now_with_no_year_named_is_of_the_dateline_year() -> None:
    text = ("Cargo in a quiet port\n\nBy A. Writer | October 19, 2031\n\n"
            "\"Now about 45 percent of our cargo comes by rail,\" she said. The port opened in 2019.")
    assert _found(text)["45 percent"][3] == "2031"


def _catalogue() -> dict[str, str]:
    from explorer.model.extract.importing import sector_catalogue

    return {sid: ";".join(entry.keywords) for sid, entry in sector_catalogue().items()}


@pytest.mark.parametrize(("text", "sectors", "printed", "raw", "shown"), [
    # a margin of three keywords, English: 92 guesses, 99% right, 100% on five of six sets: 0.95; over eighteen sets
    # (233 guesses, 98%; the median of the sets' (right + 1) / (guesses + 2)): 0.9
    ("The floor space of commercial buildings sold was 12.35 million square meters as property sales fell.",
     {"real estate": "real estate;property;housing;floor space;commercial buildings"}, "12.35 million square meters",
     0.9, 0.9),
    # the figure's own clause, Chinese: 157 guesses judged, 94% right (per set 91-100%): 0.9; over every labelled
    # set (403 sets, 4,774 guesses, 83%; session 23): 0.85
    ("全县生产总值增长4.9%；规模以上工业增加值增长7.3%。", None, "7.3%", 0.7, 0.85),
])
def test_sector_confidences_are_the_median_of_the_sets(text: str, sectors: dict[str, str] | None,
                                                            printed: str, raw: float, shown: float) -> None:
    vocab = sectors if sectors is not None else _catalogue()
    (before,) = [c for c in extract(text, "T", None, vocab, calibrated=False) if c.as_printed == printed]
    (after,) = [c for c in extract(text, "T", None, vocab) if c.as_printed == printed]
    assert before.sector and before.sector_confidence == pytest.approx(raw)
    assert after.sector == before.sector and after.sector_confidence == pytest.approx(shown)


def test_a_figure_with_no_sector_word_of_its_own_is_left_for_the_reviewer() -> None:
    # the article's most common sector was guessed for it: 153 guesses on ten sets, 52% right, and 21% on each
    # set left out of the measure (benchmarks/extraction.py --calibration --cross): no guess is more honest
    text = ("The port handled 5 million TEUs of containers. Port cargo rose 3 percent. "
            "Officials expect the figure to reach 7 percent.")
    found = {c.as_printed: c for c in extract(text, "T", None, {"port and trade": "port;container;cargo"})}
    assert found["5 million TEUs"].sector == "port and trade"  # control: its own words
    assert found["7 percent"].sector == ""


@pytest.mark.parametrize(("text", "printed", "expected"), [
    ("Sales are to reach RMB 3 billion by 2031, roughly double the level of 2028.", "double",
     (2.0, "times", "approximately", "2031")),
    ("The port aims to double its cargo by 2031.", "double", (2.0, "times", "forecast", "2031")),
    ("Its output per head is among the top five in the province.", "top five", (5.0, "rank", "under", "")),
    ("The county will open two new public hospitals in 2031.", "two", (2.0, "count", "forecast", "2031")),
    ("The district is to generate revenue of RMB 4 billion by 2031.", "RMB 4 billion",
     (4.0, "billion yuan", "forecast", "2031")),
])
def test_multiples_ranks_and_counts_in_words_of_a_plan(text: str, printed: str,
                                                       expected: tuple[float, str, str, str]) -> None:
    assert _found(text)[printed] == expected


@pytest.mark.parametrize("text", [
    "Output of chips grew by double digits.",
    "A double-digit rise in sales.",
])
def test_double_that_is_no_figure(text: str) -> None:
    assert _found(text) == {}


def test_the_top_five_as_a_group_is_no_rank() -> None:
    assert all(unit != "rank" for _, unit, _, _ in _found("The top five firms are private.").values())


@pytest.mark.parametrize(("text", "expected"), [
    ("Work report\n\nIn 2030, GDP grew 5.1 percent and 30,000 jobs were created.\n\n"
     "Main goals next year\nGDP growth of about 5 percent; 32,000 new jobs.\n",
     {"5.1 percent": "exact", "30,000": "exact", "5 percent": "forecast", "32,000": "forecast"}),
    ("The district strives to keep growth above 6 percent. Exports of over RMB 20 billion. Investment within "
     "RMB 5 billion.\n\nIn 2030 exports were RMB 18 billion.",
     {"6 percent": "expected_over", "RMB 20 billion": "expected_over", "RMB 5 billion": "under",
      "RMB 18 billion": "exact"}),
    ("The county is set to expand its port. Throughput of about 2 million TEUs in 2032.",
     {"2 million TEUs": "forecast"}),
])
def test_targets_and_results_of_a_work_report(text: str, expected: dict[str, str]) -> None:
    assert {printed: q for printed, (_, _, q, _) in _found(text).items()} == expected

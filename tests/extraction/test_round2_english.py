"""English rules of the second round (a forecast's list, "passed", fractions in words, ranges "X to Y",
amounts and numbers that are no figures, the governing period), on sentences written for these tests (not
the labelled texts)."""

from __future__ import annotations

import pytest

from explorer.model.extract import extract


def _found(text: str) -> dict[str, tuple[float, str, str, str]]:
    return {c.as_printed: (c.value, c.unit, c.qualifier, c.period) for c in extract(text, "T")}


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    # a target governs the rest of its list, over "about" and across decimals
    ("For 2030, the province has set a growth target of about 4.5 percent, Wuxi of 6.5 percent and Xuzhou "
     "of around 5 percent.", "5 percent", "forecast"),
    ("For 2030, the province has set a growth target of about 4.5 percent, Wuxi of 6.5 percent and Xuzhou "
     "of around 5 percent.", "6.5 percent", "forecast"),
    # an outcome after the forecast's clause is no forecast
    ("The county aims to double exports by 2030, and its output rose 3.2 percent last year.", "3.2 percent",
     "exact"),
    # "passed", "passes", "crossed" a number: over
    ("Port throughput passed 410 million tonnes in 2024.", "410 million tonnes", "over"),
    ("Hotel revenue crossed RMB75 billion for the first time.", "RMB75 billion", "over"),
    # a fraction in words is exact when it divides exactly, approximately when rounded, unless a hedge word
    ("Exports to Africa made up three-fifths of the total.", "three-fifths", "exact"),
    ("Private firms accounted for two-thirds of the total.", "two-thirds", "approximately"),
    ("Services made up nearly three-quarters of the total.", "three-quarters", "approximately"),
])
def test_qualifiers(text: str, printed: str, qualifier: str) -> None:
    assert _found(text)[printed][2] == qualifier


@pytest.mark.parametrize(("text", "low", "high"), [
    ("The airline plans to add 3 to 5 new long-haul routes next year.", "3", "5 new long-haul routes"),
    ("Growth is projected at 4%-6% for the coming year.", "4%", "6%"),
    ("Investment should grow 7 percent to 9 percent in 2031.", "7 percent", "9 percent"),
])
def test_x_to_y_is_a_range(text: str, low: str, high: str) -> None:
    found = _found(text)
    assert found[low][2] == found[high][2] == "range"
    assert found[low][1] == found[high][1]


@pytest.mark.parametrize(("text", "printed"), [
    ("Its population grew by 52,000 to 7.31 million.", "7.31 million"),
    ("The rate rose from 3.1 percent to 3.6 percent.", "3.6 percent"),
])
def test_a_change_and_a_level_are_no_range(text: str, printed: str) -> None:
    assert _found(text)[printed][2] != "range"


@pytest.mark.parametrize(("text", "gone"), [
    ("The county signed 9 logistics deals each worth over RMB2 billion in 2024.", "RMB2 billion"),
    ("Large retailers are firms with annual sales of 5 million yuan or more.", "5 million yuan"),
    ("Notes:\n1. Figures are preliminary.\n(2) Growth rates are at comparable prices.\n", "1"),
    ("Notes:\n1. Figures are preliminary.\n(2) Growth rates are at comparable prices.\n", "2"),
    ("Half of the new arrivals were aged under 30, the bureau said.", "30"),
    ("The town is the youngest in the region: one in three of its people is under 18.", "18"),
])
def test_numbers_that_are_no_figures(text: str, gone: str) -> None:
    assert gone not in _found(text)


def test_an_amount_or_more_that_names_no_group_stays_a_figure() -> None:
    found = _found("Tourism revenue is expected to reach RMB300 billion or more by 2027.")
    assert found["RMB300 billion"][0] == 300


def test_a_count_in_a_sentence_with_a_group_amount_stays() -> None:
    found = _found("The county signed 9 logistics deals each worth over RMB2 billion in 2024.")
    assert found["9"][0] == 9


# ---- the governing period ------------------------------------------------------------------------

def _periods(text: str) -> dict[str, str]:
    return {c.as_printed: c.period for c in extract(text, "T")}


def test_a_sentence_with_no_year_takes_the_year_of_the_headline_not_a_year_compared_with() -> None:
    text = ("Wuxi's output climbs to 1.6 trillion yuan in 2031\n"
            "WUXI, Feb. 3 (Xinhua) -- Wuxi's GDP reached 1,602.4 billion yuan in 2031, up 5.2 percent.\n"
            "Services made up 51 percent of output, against 49 percent in 2030.\n"
            "Retail sales grew 4.4 percent, and the port handled 7.9 million TEUs.\n")
    periods = _periods(text)
    assert periods["51 percent"] == "2031"  # not the 2030 of the clause it is compared with
    assert periods["49 percent"] == "2030"
    assert periods["4.4 percent"] == periods["7.9 million TEUs"] == "2031"  # not the 2030 just before


def test_a_communique_dates_its_sections_by_its_title() -> None:
    text = ("Statistical Communiqué of Wuxi on the 2031 Economic Development\n"
            "Wuxi Bureau of Statistics\n"
            "April 2, 2032\n"
            "I. Overview\n"
            "In 2031, the economy held steady.\n"
            "Gross domestic product was 1,602.4 billion yuan, up 5.2 percent.\n"
            "II. Industry\n"
            "Industrial value added grew by 6.8 percent.\n")
    periods = _periods(text)
    assert periods["1,602.4 billion yuan"] == "2031"
    assert periods["6.8 percent"] == "2031"  # not empty, not the 2032 of the release date


def test_a_sentence_opening_year_dates_the_paragraph_and_this_year() -> None:
    text = ("Wuxi grew 5.2 percent in 2031.\n"
            "For 2032, the city set a growth target of about 5 percent. Officials said exports could exceed "
            "RMB700 billion this year.\n")
    periods = _periods(text)
    assert periods["5 percent"] == "2032"
    assert periods["RMB700 billion"] == "2032"


def test_since_a_year_a_base_year_and_a_year_earlier() -> None:
    text = ("Wuxi's economy grew 5.2 percent in 2031.\n"
            "The city has opened 23 logistics parks since 2027.\n"
            "Its chip output is four times what it was in 2025.\n"
            "It rose to No. 12 among Chinese cities, up from No. 14 a year earlier.\n")
    periods = _periods(text)
    assert periods["23"] == ""  # a count over several years
    assert periods["four times"] == "2031"  # 2025 is the base compared with
    assert periods["No. 12"] == "2031"
    assert periods["No. 14"] == "2030"


def test_next_year_follows_the_article_year() -> None:
    text = ("Wuxi's economy grows 5.2 percent in 2031\n"
            "Analysts said output could top RMB1.7 trillion next year.\n")
    assert _periods(text)["RMB1.7 trillion"] == "2032"


def test_a_change_after_a_past_verb_is_no_range() -> None:
    assert _found("The jobless rate jumped 4.1 percent to 4.6 percent.")["4.6 percent"][2] != "range"


def test_the_article_year_is_that_of_its_lead_before_that_of_its_headline() -> None:
    text = ("Wuxi sets 2032 growth target at 5 percent\n"
            "WUXI, Jan. 9 (Xinhua) -- Wuxi's GDP grew 5.4 percent in 2031, the city said.\n"
            "Exports rose 7.7 percent.\n")
    assert _periods(text)["7.7 percent"] == "2031"


def test_the_primary_secondary_and_tertiary_industry_are_parts_of_gdp() -> None:
    from explorer.model.extract.importing import sector_catalogue

    sectors = {sid: ";".join(entry.keywords) for sid, entry in sector_catalogue().items()}
    text = "Of this, the value added of the secondary industry was 212.4 billion yuan, up 4.4 percent."
    found = {c.as_printed: c.sector for c in extract(text, "T", None, sectors, calibrated=False)}
    assert found["212.4 billion yuan"] == "macro economy"

"""Rules of the third round (targets governing their lists and clauses, ceilings, multiples in words, group
and date numbers that are no figures, Chinese scales without a digit, periods), on sentences written for these
tests (not the labelled texts)."""

from __future__ import annotations

import pytest

from explorer.model.extract import extract


def _found(text: str) -> dict[str, tuple[float, str, str, str]]:
    return {c.as_printed: (c.value, c.unit, c.qualifier, c.period) for c in extract(text, "T")}


_TARGET_LIST = ("The meeting set these main targets for 2031:\n\n- GDP growth of around 4.5%;\n"
                "- growth of exports of 6% or more;\n- spending equal to at least 2.8% of GDP;\n- 90,000 new jobs;\n"
                "- an unemployment rate within 5%;\n- a rise in prices of about 3%.\n\nLast year output rose 4.1%.")


@pytest.mark.parametrize(("printed", "qualifier"), [
    ("4.5%", "forecast"), ("6%", "expected_over"), ("2.8%", "expected_over"), ("90,000", "forecast"),
    ("5%", "under"), ("3%", "forecast"),
    ("4.1%", "exact"),  # after the list: an outcome
])
def test_a_list_led_in_by_targets_is_targets(printed: str, qualifier: str) -> None:
    assert _found(_TARGET_LIST)[printed][2] == qualifier


@pytest.mark.parametrize("lead", [
    "Main results of 2030:",
    "The city plans more reform. Main results of 2030:",  # a plan word in an earlier sentence of the line
])
def test_a_list_led_in_by_no_target_is_outcomes(lead: str) -> None:
    text = (f"{lead}\n\n- GDP growth of around 4.5%;\n- exports of 6% or more;\n"
            "- an unemployment rate within 5%.")
    found = _found(text)
    # ("within 5%" is a ceiling in an outcome too: the labelled texts give "kept the surveyed urban unemployment rate
    # within 5 percent" and "within 2 kilometres of a clinic" as under; session 17)
    assert (found["4.5%"][2], found["6%"][2], found["5%"][2]) == ("approximately", "over", "under")


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    # a ceiling in a target is under (so is "within" outside one, session 17)
    ("The city aims to keep unemployment within 4.5% in 2030.", "4.5%", "under"),
    ("Inflation will be held below 3 percent next year.", "3 percent", "under"),
    # a forecast word governing a business's figures
    ("The firm expects revenue of 3.4 billion yuan next year.", "3.4 billion yuan", "forecast"),
    ("Its plan calls for sales to reach 2.5 trillion yuan by 2029.", "2.5 trillion yuan", "forecast"),
    # the base of a comparison is an outcome, not the forecast
    ("The firm expects revenue of 3.4 billion yuan next year, up from 2.9 billion yuan in 2030.",
     "2.9 billion yuan", "exact"),
    # a rounded share in words keeps its rounding in a plan
    ("The firm plans to hire 900 staff next year, two-thirds of them engineers.", "two-thirds", "approximately"),
    ("The firm plans to hire 900 staff next year, two-thirds of them engineers.", "900", "forecast"),
    # guards of round 2 still hold: a target met, a comparison with expectations
    ("Output grew 6.1 percent, faster than expected.", "6.1 percent", "exact"),
])
def test_target_qualifiers(text: str, printed: str, qualifier: str) -> None:
    assert _found(text)[printed][2] == qualifier


@pytest.mark.parametrize(("text", "printed", "value", "unit", "qualifier"), [
    ("Exports more than doubled last year.", "doubled", 2.0, "times", "over"),
    ("Imports doubled in 2029.", "doubled", 2.0, "times", "exact"),
    ("Brokers estimate capacity will be roughly twice demand by 2030.", "twice", 2.0, "times", "approximately"),
    ("Prices fell by nearly a fifth in 2024.", "a fifth", -20.0, "%", "approximately"),
])
def test_multiples_and_falls_in_words(text: str, printed: str, value: float, unit: str, qualifier: str) -> None:
    assert _found(text)[printed][:3] == (value, unit, qualifier)


@pytest.mark.parametrize("text", [
    "The board meets twice a year.",
    "The firm doubled down on exports.",
    "The central bank cut rates twice in 2029.",
    "The committee met twice, officials said.",
])
def test_twice_as_a_frequency_is_no_figure(text: str) -> None:
    assert _found(text) == {}


@pytest.mark.parametrize(("text", "absent", "kept"), [
    # a group's definition in money written "RMB 100 million" (with a space) stays no figure
    ("The county will build 30 projects, each with a total investment of RMB 100 million or more.",
     "100 million", "30 projects"),
    # a day of the month before its month
    ("The forum, held on 14-15 March, approved 12 projects.", "14", "12 projects"),
    ("The fair opened on 3 June with 400 exhibitors.", "3", "400"),
    # the field of a rank
    ("Its growth ranked fourth among the region's 11 prefectures.", "11", "fourth among"),
    # "the first nine months" is a period, not a figure
    ("Exports fell 4.2% in the first nine months, customs said.", "nine months", "4.2%"),
])
def test_numbers_that_are_no_figures(text: str, absent: str, kept: str) -> None:
    found = _found(text)
    assert absent not in found
    assert kept in found


@pytest.mark.parametrize(("text", "printed", "value", "unit", "qualifier"), [
    # a character scale with no digit is one of that scale
    ("全县旅游收入首次突破百亿元。", "百亿元", 100.0, "亿元", "over"),
    ("全省数字经济规模突破千亿元。", "千亿元", 1000.0, "亿元", "over"),
    # a bare ratio in a sentence about a ratio is times
    ("城乡居民人均可支配收入之比为2.31，比上年缩小。", "2.31", 2.31, "倍", "exact"),
])
def test_chinese_scales_and_ratios(text: str, printed: str, value: float, unit: str, qualifier: str) -> None:
    assert _found(text)[printed][:3] == (value, unit, qualifier)


@pytest.mark.parametrize(("text", "absent"), [
    ("年末营业收入超千亿元企业3家。", "千亿元"),  # the amount names a group
    ("打造百亿元级产业集群4个。", "百亿元"),  # a class of size
    ("全年人均消费为2.5，游客3.5万人次。", "2.5"),  # a bare number with no ratio named
])
def test_chinese_amounts_that_are_no_figures(text: str, absent: str) -> None:
    assert absent not in _found(text)


_SECTIONS = ("Riverton, 2 December 2031 -- The city's work conference reviewed 2031 and set targets.\n\n"
             "1. Results of 2031\n\n"
             "In the first three quarters of 2031, Riverton's output reached RMB 800.5 billion, up 4.9%.\n\n"
             "Retail sales rose 3.8%.\n\n"
             "2. Main targets for 2032\n\n"
             "The conference proposed these targets:\n\n- GDP growth of around 5%;\n- 40,000 new urban jobs.\n\n"
             "3. Key tasks\n\nRiverton will also add 6 to 8 freight routes.")


@pytest.mark.parametrize(("printed", "period"), [
    ("RMB 800.5 billion", "2031-Q1-Q3"),
    ("3.8%", "2031-Q1-Q3"),  # a later paragraph of the section the part-year opens
    ("5%", "2032"), ("40,000", "2032"),  # the section's heading names the targets' year
    ("8 freight routes", "2032"),  # a heading with no year leaves the year of the section before
])
def test_sections_and_part_year_openers_date_their_figures(printed: str, period: str) -> None:
    assert _found(_SECTIONS)[printed][3] == period


@pytest.mark.parametrize(("text", "printed", "period"), [
    # the year of a target named before its figure
    ("Output rose 3.9% in 2030. Lakeside sets 2031 growth target at around 4.5%, plans 300 new schools.", "4.5%",
     "2031"),
    ("Output rose 3.9% in 2030. Lakeside sets 2031 growth target at around 4.5%, plans 300 new schools.", "300",
     "2031"),
    # a year after a figure's short complement
    ("Output rose 3.9% in 2030. The plan calls for the cluster to reach 900 billion yuan in output by 2033.",
     "900 billion yuan", "2033"),
    # a part-year after the figure's noun, "over the same period", "the first nine months" of the article's year
    ("In 2030, the firm shipped 52,000 vans in the first three quarters of 2030. Revenue rose 12 per cent over "
     "the same period.", "12 per cent", "2030-Q1-Q3"),
    ("Output grew 3% in 2029. Exports fell 4.2% in the first nine months, customs said.", "4.2%", "2029-01..09"),
])
def test_english_periods(text: str, printed: str, period: str) -> None:
    assert _found(text)[printed][3] == period


@pytest.mark.parametrize(("text", "printed", "period"), [
    # an undated dateline: a part-year named first is the year of writing, "last year" the one before
    ("LAKESIDE, May 4 -- The plant shipped 9,000 vans in the first three quarters of 2031. The district "
     "installed 700 robots last year.", "700", "2030"),
    # a whole year named first: the part-year is only compared with, "last year" is not counted from it
    ("LAKESIDE, May 4 -- Output rose 4% in 2031, after 2% growth in the first five months of 2031. The "
     "district installed 700 robots last year.", "700", "2031"),
])
def test_last_year_of_an_undated_report(text: str, printed: str, period: str) -> None:
    assert _found(text)[printed][3] == period


def _catalogue() -> dict[str, str]:
    from explorer.model.extract.importing import sector_catalogue

    return {sid: ";".join(entry.keywords) for sid, entry in sector_catalogue().items()}


@pytest.mark.parametrize(("text", "printed", "raw"), [
    # the figure's own clause (0.7) and an earlier clause of its sentence (0.65): each shows what its rule measured
    # on the labelled sets (calibration.CALIBRATED, recomputed from the sets by test_calibration)
    ("全县生产总值增长4.9%；规模以上工业增加值增长7.3%。", "7.3%", 0.7),
    ("全县地区生产总值1234.5亿元，增长4.9%。", "4.9%", 0.65),
])
def test_chinese_sector_confidences_are_the_share_right(text: str, printed: str, raw: float) -> None:
    from explorer.model.extract.calibration import CALIBRATED

    (before,) = [c for c in extract(text, "T", None, _catalogue(), calibrated=False) if c.as_printed == printed]
    (after,) = [c for c in extract(text, "T", None, _catalogue()) if c.as_printed == printed]
    assert before.sector and before.sector_confidence == pytest.approx(raw)
    assert after.sector == before.sector and after.sector_confidence == pytest.approx(CALIBRATED[("zh", "sector", raw)])


def test_english_sector_confidences_are_the_share_right() -> None:
    # three keywords more than any other sector: 73 guesses, 86% right (0.9 was shown, 65% right on heldout3);
    # round 4 shrunk the pooled share (92, 85%) toward the worst set (heldout3, 65%): 0.75; judged where the
    # labeller could choose the guess, the six sets give 99% (100% on five of them): 0.95; eighteen sets: 0.9
    text = "The floor space of commercial buildings sold was 12.35 million square meters as property sales fell."
    sectors = {"real estate": "real estate;property;housing;floor space;commercial buildings"}
    (cand,) = extract(text, "T", None, sectors)
    assert (cand.sector, cand.sector_confidence) == ("real estate", pytest.approx(0.9))


def test_jingji_zongliang_is_a_name_of_gdp() -> None:
    (cand, _) = extract("2031年全市经济总量达到4521.3亿元，增长5.1%。", "T")
    assert (cand.as_printed, cand.metric) == ("4521.3亿元", "gdp")

"""Guesses carry the confidence their rule earned on the labelled articles, and under the threshold they are
left empty for the reviewer; metrics are guessed as metric ids where the metrics table has one."""

from __future__ import annotations

import re

import pytest

from explorer.model.extract import extract
from explorer.model.extract.calibration import CALIBRATED, THRESHOLD, shown_confidence


def test_a_sector_guessed_on_a_tie_of_keywords_is_left_empty() -> None:
    # one keyword of each sector: the rule gives 0.4, measured right 29% of the time
    sectors = {"harbours": "harbour;quay", "homes": "housing;property"}
    (cand,) = extract("Housing near the harbour rose 3 percent.", "T", None, sectors)
    assert (cand.sector, cand.sector_confidence) == ("", 0.0)
    (raw,) = extract("Housing near the harbour rose 3 percent.", "T", None, sectors, calibrated=False)
    assert raw.sector and raw.sector_confidence == pytest.approx(0.4)


def test_a_clear_sector_and_the_city_named_most_show_what_they_were_measured() -> None:
    text = ("Qingdao's economy grew. In Qingdao, the floor space of commercial buildings sold was 12.35 million "
            "square meters, as property and housing sales fell.")
    sectors = {"real estate": "real estate;property;housing;floor space;commercial buildings"}
    (cand,) = extract(text, "T", None, sectors)
    assert cand.sector == "real estate" and cand.sector_confidence == CALIBRATED[("en", "sector", 0.9)]
    assert cand.city == "Qingdao" and cand.city_confidence >= THRESHOLD


def test_guesses_under_the_threshold_are_never_shown() -> None:
    text = ("Dalian's port handled 5 million TEUs. Output rose 3 percent, faster than a year earlier. "
            "Hangzhou expanded 6.1 percent.")
    for cand in extract(text, "T", {"Dalian": ["大连"]}, {"port and trade": "Port and trade"}):
        for name in ("city", "sector"):
            assert not getattr(cand, name) or getattr(cand, f"{name}_confidence") >= THRESHOLD


@pytest.mark.parametrize(("text", "printed", "metric"), [
    ("Its GDP reached 2.67 trillion yuan in 2025, up 6.1 percent.", "2.67 trillion yuan", "gdp"),
    ("Its GDP reached 2.67 trillion yuan in 2025, up 6.1 percent.", "6.1 percent", "gdp_growth"),
    ("Industrial output of enterprises above designated size rose 7.4 percent.", "7.4 percent",
     "industrial_value_added_growth"),
    ("Investment in fixed assets decreased by 3.7 percent.", "3.7 percent", "fixed_asset_investment_growth"),
    ("At the end of 2025, the resident population of the city was 10.58 million.", "10.58 million",
     "resident_population"),
    ("Retail sales of consumer goods totaled RMB588.3 billion, up 4.9 percent.", "RMB588.3 billion", "retail_sales"),
    ("2025年全市地区生产总值9126.4亿元。", "9126.4亿元", "gdp"),
])
def test_metrics_are_guessed_as_ids_of_the_metrics_table(text: str, printed: str, metric: str) -> None:
    cand = next(c for c in extract(text, "T") if c.as_printed == printed)
    assert cand.metric == metric and cand.metric_confidence >= THRESHOLD


def test_the_benchmark_prints_the_calibration_and_never_touches_heldout2_unless_named(capsys) -> None:
    from benchmarks import extraction

    assert extraction.main(["--set", "dev", "--calibration", "--no-speed"]) == 0
    out = capsys.readouterr().out
    assert "heldout" not in out and "guesses on dev (in-sample)" in out
    assert "before calibration" in out and "as shown" in out
    assert extraction.build_parser().parse_args([]).sets is None  # default: dev and heldout


def test_a_chinese_sector_from_the_figures_own_clause_shows_its_own_measured_confidence() -> None:
    sectors = {"industry": "industrial;工业;规模以上", "macro economy": "gdp;生产总值"}
    text = "全县生产总值增长4.9%；规模以上工业增加值增长7.3%。"
    raw = {c.as_printed: c for c in extract(text, "T", None, sectors, calibrated=False)}
    shown = {c.as_printed: c for c in extract(text, "T", None, sectors)}
    assert raw["7.3%"].sector == "industry" and raw["7.3%"].sector_confidence == pytest.approx(0.7)
    assert shown["7.3%"].sector_confidence == CALIBRATED[("zh", "sector", 0.7)]
    assert shown["4.9%"].sector == "macro economy"


def test_the_shown_confidence_is_the_median_over_the_sets_of_each_sets_share() -> None:
    # the English city named in the sentence: per set (guesses, right) as measured; shares (r+1)/(n+2) of the sets
    # with 5 or more: 26/32, 10/11, 48/52, 30/31, 23/29, 18/19, 33/40 -> median 10/11 = 0.91 -> 0.9
    measured = [(30, 25), (9, 9), (50, 47), (29, 29), (27, 22), (17, 17), (38, 32)]
    assert shown_confidence(measured) == CALIBRATED[("en", "city", 0.7)] == 0.9
    # a set of fewer than 5 guesses does not count while another has 5 or more; at most 0.95
    assert shown_confidence([(40, 40), (50, 50), (60, 60)]) == 0.95
    assert shown_confidence([(4, 0), (10, 10), (12, 12), (10, 2)]) == 0.9  # the sets of 10+: 11/12, 13/14, 3/12
    # fewer than 3 sets with 5 guesses: pooled, (2 + 1) / (10 + 2) = 0.25, not the set of 6 alone (1/8)
    assert shown_confidence([(4, 2), (6, 0)]) == 0.25
    assert shown_confidence([]) == 0.5  # nothing measured: (0 + 1) / (0 + 2)


def test_the_benchmark_cross_validates_with_the_same_formula(capsys, monkeypatch) -> None:
    from benchmarks import extraction

    assert extraction.main(["--set", "dev", "--set", "heldout", "--calibration", "--cross", "--no-speed"]) == 0
    out = capsys.readouterr().out
    cross = out[out.index("leave one set out"):]
    assert "en   city" in cross and "zh   sector" in cross
    # the leave-one-set-out table asks calibration.shown_confidence for each rule: a constant lands every guess
    # the other set measured in the 0.5-0.6 bin
    monkeypatch.setattr(extraction, "shown_confidence", lambda per_set: 0.55)
    extraction.print_cross_calibration([(name, extraction.SETS[name]) for name in ("dev", "heldout")])
    rows = [line for line in capsys.readouterr().out.splitlines() if re.match(r"(en|zh) +(city|sector) ", line)]
    only_bin = re.compile(r"(en|zh) +\w+ +- +\d+ \(\d+%/0\.55\) +- +- +- +- +\d+ \(\d+%/0\.55\)")
    assert len(rows) == 4 and all(only_bin.fullmatch(row) for row in rows), rows


def test_the_table_shows_what_each_rule_measured_on_every_labelled_set() -> None:
    """CALIBRATED is not typed by hand: each rule shows shown_confidence of its per-set counts on every labelled set
    (benchmarks/calibrate.py); a rule whose measure moved by more than one rounding step (a changed rule, new sets)
    fails here until the table is measured again."""
    from benchmarks import calibrate

    measured = calibrate.measured_table(jobs=1)
    assert len(measured) >= 25  # (the rules of three fields, two languages)
    # (one rounding step of drift is let pass, but never across the threshold: it decides shown or left empty)
    off = {key: (CALIBRATED.get(key), shown, n) for key, (shown, n, _) in measured.items()
           if CALIBRATED.get(key) is None or abs(CALIBRATED[key] - shown) > 0.051
           or (CALIBRATED[key] >= THRESHOLD) != (shown >= THRESHOLD)}
    assert not off, f"calibration table out of date (rule: shown, measured, guesses): {off}"


def test_a_fact_base_city_named_by_a_figure_is_shown_when_the_text_is_about_it() -> None:
    cities = {"Yingkou": ["Yingkou", "营口"]}
    about = ("Yingkou property market cools\n"
             "In 2033, the floor space sold in Yingkou was 5.2 million square meters.\n")
    (cand,) = extract(about, "T", cities)
    assert cand.city == "Yingkou" and cand.city_confidence == CALIBRATED[("en", "city", 0.5)]
    # control: named by the figure in a text about another city, it is most often a comparison's: left empty
    # (measured 41% right)
    other = ("Jinzhou port expands\n"
             "Jinzhou's port handled 5.2 million TEUs in 2033, more than Yingkou did. Jinzhou plans more berths.\n")
    got = {c.as_printed: c for c in extract(other, "T", cities)}
    assert got["5.2 million TEUs"].city != "Yingkou"

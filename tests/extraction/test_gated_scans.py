"""The whole-text passes tried only where a cheaper gate pattern matches give the same matches as the plain scans
(explorer/model/extract/core.py::scan_gated, english.py::_finditer): the gates are a speed-up, never a rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from explorer.model.extract import core, english

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ARTICLES / "dev").glob("*.txt"))] + [
    "Tel: (0631) 588 1234, fax +86 756 212 3456 or call 0631-5881234; 400-820-8820.\n"
    "Among the Top Five, in the top 10 and into the top three; the city will also open two new clinics and "
    "plans to hire twelve nurses. Every 4 vehicles exported includes 1 vehicle made here; 2 out of 5, 3 in 10.\n"
    "RMB1,701.27 billion, US$35k, HK$2m; 12.5 million, 3 billion yuan, 7 thousand; 07:45, 19:30:05, 2032-01-14.\n"
    "Second only to Xi'an; the third, FOURTH, tenth. İstanbul's 5 million and ﬁve (a ligature) at 12:00.\n",
    "x" * 5000 + " 1" * 3000 + "\n" + "Second " * 2000,
]
PASSES = [
    (english._PHONE, "phone", True), (english._ISO_DATE, "iso_date", False),
    (english._TIME_OF_DAY, "clock", False), (english._OUT_OF, "out_of", False),
    (english._EVERY_N, "every", True), (english._CURRENCY_GLUED, "glued", False),
    (english._ORDINAL, "ordinal", True), (english._TOP_N, "top", True),
    (english._SPELLED_COUNT, "spelled", True),
]


@pytest.mark.parametrize(("pattern", "gate", "lowered"), PASSES, ids=[p[1] for p in PASSES])
def test_each_gated_pass_finds_what_the_plain_scan_finds(pattern: re.Pattern[str], gate: str, lowered: bool) -> None:
    for text in TEXTS:
        lower = text.lower() if lowered else text
        assert [m.span() for m in english._finditer(pattern, gate, text, lower)] == \
            [m.span() for m in pattern.finditer(text)]


def test_the_city_names_scan_finds_what_the_plain_scan_finds_in_pieces() -> None:
    names = {"dalian", "xi'an", "xi", "大连", "istanbul", "an"}
    trie = core.trie_pattern(names, longest=True)
    pattern = re.compile(r"(?<![\w])" + trie + r"(?![\w])", re.IGNORECASE)
    long_text = ("Dalian and XI'AN, not Dalianese; 大连 " * 3000) + "Xi an"  # longer than one piece of the scan
    checked: list[int] = []
    for text in [*TEXTS, long_text]:
        got = [m.span() for m in core.scan_gated(pattern, re.compile(trie), text, text.lower(), checked.append)]
        assert got == [m.span() for m in pattern.finditer(text)]
    assert len(checked) > 3  # the long text was scanned in pieces, each reported


def test_capitalised_names_scan_matches_the_plain_one() -> None:
    names = frozenset({"Dalian", "Xi'an", "Xi", "Top"})
    for text in TEXTS:
        plain = [m.span() for m in english._CAPITALISED.finditer(text) if m.group(0) in names]
        gated = [m.span() for m in core.scan_gated(english._CAPITALISED, english._names_gate(names), text, text)
                 if m.group(0) in names]
        assert gated == plain


def test_the_words_before_a_number_are_checked_as_the_pattern_checks_them() -> None:
    tails = [text[max(0, i - core._TAIL):i] for text in TEXTS for i in range(len(text))]
    tails += ["Page 3 of ", "GB/T ", "Fig. ", "No.\n", "(No.", "Code:", "x-", "Top  ", "per\t", "super "]
    assert [core.not_a_figure_before(t) for t in tails] == [core._NOT_FIGURE_BEFORE.search(t) is not None
                                                            for t in tails]


def test_the_opening_years_found_by_their_words_first_are_the_patterns() -> None:
    texts = [*TEXTS, "In 2031 it grew. By 2032, yes.\n  For 2030 none.  During 2029 x.Through 2028 no. In 2031's"]
    for text in texts:
        plain = [(m.start(1), m.group(1)) for m in english._OPENING_YEAR.finditer(text)]
        found = [(m.start(1), m.group(1)) for m in english._OPENER_YEAR.finditer(text)
                 if english._OPENER_LEAD.search(text, max(0, m.start() - 200), m.start())]
        assert found == plain


@pytest.mark.parametrize(("pattern", "gate", "lowered", "back"), [
    (english._SCALED, ("scale_word", "thousand_word"), True, 48),
    (english._BASIS_POINTS, "bp_word", False, 16),
    (english._WORDS_MORE_THAN, "than_word", True, 16),
])
def test_the_patterns_found_back_from_their_last_word_are_the_plain_scans(pattern: re.Pattern[str],
                                                                         gate: str | tuple[str, ...],
                                                                         lowered: bool, back: int) -> None:
    texts = [*TEXTS, "Up 5 million and 1,234,567.5 million; 85bp and 90 bps; four more than, three fewer than; "
                     "12 million-yuan; 3 million yuan; 4 thousand tons and 2 billion; 7 million people"]
    for text in texts:
        lower = text.lower() if lowered else text
        assert [m.span() for m in english._ending_at(pattern, gate, text, lower, back)] == \
            [m.span() for m in pattern.finditer(text)]

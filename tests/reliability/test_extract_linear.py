"""The extractor's work is bounded per figure, whatever the text (issue 11.11); no timing here.

Speed is measured by ``benchmarks/adversarial.py``; these tests check the structure that makes
it linear: no quote (the words every guess about a figure reads) is longer than the window, the
characters read that way grow in step with the text, and so does the memory held at the peak.
"""

from __future__ import annotations

import tracemalloc

import pytest

from benchmarks.adversarial import KINDS, make_text
from explorer.model.extract import extract, extract_with_tokens
from explorer.model.extract.core import QUOTE_WINDOW

SMALL, LARGE = 8_000, 32_000


def _work(text: str) -> tuple[int, int, int]:
    """(candidates, characters of all quotes, characters of all figures as printed): what the per-figure guesses
    read, and how much of it is the figures themselves (a run of digits as long as the text is one figure)."""
    found = extract(text, "t", {"Shenyang": ["沈阳"]}, {"port and trade": "Port and trade"})
    for cand in found:
        assert cand.quote == text[cand.start:cand.end]
        assert text[cand.printed_start:cand.printed_end] == cand.as_printed
        assert cand.start <= cand.printed_start and cand.printed_end <= cand.end
        assert len(cand.quote) <= 2 * QUOTE_WINDOW + len(cand.as_printed), cand.quote[:80]
    return len(found), sum(len(c.quote) for c in found), sum(len(c.as_printed) for c in found)


@pytest.mark.parametrize("kind", KINDS)
def test_quotes_are_bounded_and_work_grows_with_the_text(kind: str) -> None:
    small_n, small_work, _ = _work(make_text(kind, SMALL))
    large_n, large_work, large_printed = _work(make_text(kind, LARGE))
    assert small_n > 0
    ratio = LARGE / SMALL
    # Quadratic work (each figure reading its whole "sentence") would grow 16-fold here.
    assert large_work <= 1.25 * ratio * small_work
    assert large_work <= (2 * QUOTE_WINDOW + 60) * large_n + large_printed


def test_cr_line_ends_end_sentences() -> None:
    text = "Exports rose 5%\rImports fell 3%\r\rOutput grew 7 per cent\u2028Profit was 2 billion yuan"
    found = extract(text)
    assert [c.quote for c in found] == ["Exports rose 5%", "Imports fell 3%", "Output grew 7 per cent",
                                        "Profit was 2 billion yuan"]


def test_a_long_sentence_is_quoted_in_pieces_cut_at_blanks() -> None:
    text = " ".join(f"item {i} cost {i} yuan" for i in range(400))  # no full stop: one 8,000-character sentence
    for cand in extract(text):
        assert len(cand.quote) <= 2 * QUOTE_WINDOW
        before = text[cand.start - 1:cand.start]
        after = text[cand.end:cand.end + 1]
        assert before in ("", " ") and after in ("", " ")  # never a cut word


@pytest.mark.parametrize("kind", ["numbers", "chain"])
def test_peak_memory_grows_with_the_text(kind: str) -> None:
    peaks = []
    for size in (SMALL, LARGE):
        text = make_text(kind, size)
        tracemalloc.start()
        try:
            extract_with_tokens(text)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    # Linear: 4x the text, about 4x the memory (quadratic quotes would be 16x), and a bounded amount per character.
    assert peaks[1] <= 1.25 * (LARGE / SMALL) * peaks[0]
    assert peaks[1] <= 200 * LARGE


def test_progress_is_reported_and_can_stop_the_work() -> None:
    text = make_text("prose", 300_000)
    seen: list[tuple[int, int]] = []
    extract_with_tokens(text, progress=lambda done, total: seen.append((done, total)))
    assert len(seen) >= 4 and all(total == 2 * len(text) for _, total in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    class Stop(Exception):
        pass

    calls = 0

    def stop_at_second(done: int, total: int) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise Stop

    with pytest.raises(Stop):
        extract_with_tokens(text, progress=stop_at_second)
    assert calls == 2


@pytest.mark.parametrize("kind", KINDS)
def test_scanning_in_pieces_finds_what_one_scan_finds(kind: str, monkeypatch) -> None:
    """The worker's regex calls scan at most a piece each (so the window's thread gets the GIL), same matches."""
    from explorer.model.extract import core as module

    text = make_text(kind, 6_000) + "\n" + (module.__doc__ or "") + "  9 out of 10, 1,234.5 yuan.\r\n"
    patterns = (module._TOKEN, module._SENTENCE_END, module._PARAGRAPH)
    whole = [[m.span() for m in p.finditer(text)] for p in patterns]
    before = [c.to_row() for c in extract(text)]
    monkeypatch.setattr(module, "_PIECE", 300)
    monkeypatch.setattr(module, "_MARGIN", 64)
    assert [[m.span() for m in module._scan(p, text)] for p in patterns] == whole
    assert [c.to_row() for c in extract(text)] == before
    checked: list[int] = []
    list(module._scan(module._SENTENCE_END, text, checked.append))
    assert len(checked) >= len(text) // 300 and checked == sorted(checked)


def test_rounded_restatements_are_found_in_work_in_proportion_to_the_amounts(monkeypatch) -> None:  # noqa: ANN001
    """Thousands of amounts of one unit and period (a long table, a repeated report): each is rounded a bounded
    number of times, not compared with every amount before it (session 25 shipped a pairwise version that took
    1 MB of Chinese from 1.7 s to 17 s)."""
    from explorer.model.extract import core

    calls = []
    real = core._half_up
    monkeypatch.setattr(core, "_half_up", lambda value, places: calls.append(1) or real(value, places))
    text = "".join(f"{2030 + i % 5}年，和溪{i}号项目投资{100 + i}.{i % 10}亿元。" for i in range(2_000))
    found = extract(text, "t")
    amounts = [c for c in found if c.unit == "亿元"]
    assert len(amounts) == 2_000
    assert len(calls) <= 4 * len(found)  # (up to three decimals and none: four roundings of each amount)

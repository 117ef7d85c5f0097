"""A keystroke that extends the filter text searches only the texts the previous keystroke found."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from benchmarks.synth import write as write_synth
from explorer.model import load_fact_base
from explorer.model.search.index import search_index, search_mask
from explorer.model.search.matching import Narrowing, Texts, pattern, spans
from tests.model.test_search_index import _at_word_start, _reference

TEXTS = ["port of call", "import duties", "portable", "ports and harbours", "Report", "sport port",
         "大连港 port", "(derived) port", "p", "po", "", "pörtchen", "ß strasse", "x" * 50] * 7


def _typed(word: str) -> list[str]:
    return [word[:i] for i in range(1, len(word) + 1)]


@pytest.mark.parametrize("chunk", [3, 1000])
def test_narrowed_searches_answer_what_a_search_of_every_text_answers(chunk: int) -> None:
    texts = Texts([t.casefold() for t in TEXTS], chunk=chunk)
    narrowing = Narrowing(texts)
    typed = [*_typed("ports"), "", *_typed("(derived"), "po", "p", *_typed("port x"), *_typed("ss"), "大", "大连",
             *_typed("xxxxxxxxxxx"), "xy", "xyz"]
    for needle in typed:
        want = np.array([_at_word_start(t.casefold(), needle) if needle else True for t in TEXTS])
        assert (narrowing.hits(needle) == want).all(), needle
        assert (texts.hits(needle) == want).all(), needle


def test_an_extended_needle_looks_only_at_the_texts_found_before() -> None:
    texts = Texts([f"text {i} " + ("port" if i % 10 == 0 else "plain") for i in range(1000)], chunk=64)
    narrowing = Narrowing(texts)
    narrowing.hits("p")  # every text: too many found to narrow to
    narrowing.hits("po")  # still every text ...
    assert narrowing.looked_at == 1000
    narrowing.hits("por")  # ... but "po" found one text in ten: "por" looks at those alone
    assert narrowing.looked_at == 100
    assert list(np.flatnonzero(narrowing.hits("port"))) == list(range(0, 1000, 10))
    narrowing.hits("plain")  # not an extension: every text again
    assert narrowing.looked_at == 1000


def test_subset_keeps_each_text_whole() -> None:
    texts = Texts(TEXTS, chunk=4)
    which = np.array([0, 3, 4, 9, 10, 13, 40, len(TEXTS) - 1])
    assert list(texts.subset(which)) == [TEXTS[i] for i in which]
    assert list(texts.subset(np.array([], dtype=np.int64))) == []


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    data = tmp_path_factory.mktemp("narrowed") / "s"
    write_synth(900, data)
    base = load_fact_base(data, use_cache=False)
    index = search_index(base)
    assert index.start_server()
    yield base
    index.close()


def test_typing_a_word_in_the_child_process_finds_what_a_column_search_finds(served) -> None:
    for text in [*_typed("harbour growth"), "harbour", *_typed("Steel"), *_typed("stee"), "e", "ex"]:
        assert (search_mask(served, text).to_numpy() == _reference(served, text)).all(), text


def test_the_case_blind_pattern_marks_what_it_marked_before(tmp_path: Path) -> None:
    """The table's marks: case ignored in the needle only (a pattern compiled in a fraction of the time)."""
    inside = r"[^\W\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
    for needle in ("port", "PoRt", "ß", "大连", "(derived", "é"):
        old = re.compile(f"(?<!{inside}){re.escape(needle)}", re.IGNORECASE) if needle[0].isalnum() \
            else re.compile(re.escape(needle), re.IGNORECASE)
        for text in TEXTS + ["PORT Port pORT", "ÉTÉ été", "Straße STRASSE", "x_port 1port"]:
            assert spans(text, needle) == [m.span() for m in old.finditer(text)], (needle, text)
    assert pattern("port", re.IGNORECASE).flags & re.IGNORECASE == 0  # the scoped flag, not the global one


def test_first_letters_are_answered_from_a_table_made_ahead() -> None:
    """Issue 15: a word's first letter looked at every text (~0.2 s at a million facts), the slowest keystroke;
    the search process works those answers out while idle, and keeps narrowing from them."""
    from explorer.model.search.matching import FirstKeystrokes

    columns = [Texts([t.casefold() for t in TEXTS], chunk=5), Texts(["Port", "sport", "2025 plan", "x"])]
    ahead = FirstKeystrokes(columns)
    assert ahead.get("p") is None  # not yet worked out: searched as any other needle
    ahead.run()
    for char in ("p", "s", "x", "2", "e"):
        got = ahead.get(char)
        assert got is not None and len(got) == 2
        for found, texts in zip(got, columns):
            assert found.dtype == bool and (found == texts.hits(char)).all(), char
    assert ahead.get("ß") is None and ahead.get("po") is None  # only a letter or digit alone
    rows = [f"row {i}" for i in range(100)] + ["port a", "pier b", "a pond"]
    few = FirstKeystrokes([Texts(rows)])
    few.run()
    narrowing = Narrowing(few.columns[0])
    narrowing.remember("p", few.get("p")[0])
    assert list(np.flatnonzero(narrowing.hits("po"))) == [100, 102]
    assert narrowing.looked_at == 3  # narrowed to the texts the table said have a "p" at a word start


def test_the_work_ahead_gives_way_to_a_search_between_parts() -> None:
    """The table of first letters is made in a thread of the search process: between parts of the texts it
    waits while a needle is searched, instead of sharing the interpreter lock with that search."""
    from explorer.model.search.matching import FirstKeystrokes

    texts = Texts([f"text {i}" for i in range(50)], chunk=10)  # five parts
    ahead = FirstKeystrokes([texts])
    waited: list[bool] = []
    real = ahead._idle.wait
    ahead._idle.wait = lambda *a: waited.append(True) or real(*a)  # type: ignore[method-assign]
    ahead.run()
    assert len(waited) == 5 * len(FirstKeystrokes.CHARS)
    with ahead.searching():
        assert not ahead._idle.is_set()  # a search under way: the work ahead would wait here
    assert ahead._idle.is_set()
    called: list[int] = []
    texts.hits("t", between=lambda: called.append(1))
    assert len(called) == 5

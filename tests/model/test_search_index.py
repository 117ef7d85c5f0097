"""The search index answers exactly what a column-by-column search answers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from benchmarks.synth import write as write_synth
from explorer.model import load_fact_base
from explorer.model.search.index import SEARCH_COLUMNS, search_index, search_mask
from tests.conftest import BUNDLED


def _no_spaces(char: str) -> bool:
    """A character of a script written without spaces (CJK): each one starts a word."""
    return any(lo <= char <= hi for lo, hi in (("\u2e80", "\u9fff"), ("\uac00", "\ud7af"), ("\uf900", "\ufaff"),
                                               ("\uff00", "\uffef")))


def _word_char(char: str) -> bool:
    return (char.isalnum() or char == "_") and not _no_spaces(char)


def _at_word_start(text: str, needle: str) -> bool:
    """``needle`` in ``text`` where no letter or digit of a spaced script comes just before it."""
    if not _word_char(needle[0]):
        return needle in text
    at = text.find(needle)
    while at >= 0:
        if at == 0 or not _word_char(text[at - 1]):
            return True
        at = text.find(needle, at + 1)
    return False


def _reference(base, text: str) -> np.ndarray:
    facts, needle = base.facts, text.strip().casefold()
    mask = pd.Series(False, index=facts.index)
    for column in SEARCH_COLUMNS:
        mask |= facts[column].astype(str).str.casefold().map(lambda t: _at_word_start(t, needle)).astype(bool)
    for column, labels in (("city", base.cities), ("sector", base.sectors)):
        hits = {k for k, lab in labels.items() if _at_word_start(lab.display.casefold(), needle)}
        if hits:
            mask |= facts[column].isin(hits)
    return mask.to_numpy()


NEEDLES = ["port", "PER CAPITA", "哈尔滨", "尔滨", "大", "e", "zzz", "2025", "025", "(derived", " gdp ", "mport"]


@pytest.mark.parametrize("text", NEEDLES)
def test_same_as_column_search(text: str, tmp_path: Path) -> None:
    write_synth(900, tmp_path / "s")
    for base in (load_fact_base(BUNDLED), load_fact_base(tmp_path / "s", use_cache=False)):
        assert (search_mask(base, text).to_numpy() == _reference(base, text)).all(), text


def test_index_follows_the_facts() -> None:
    base = load_fact_base(BUNDLED)
    first = search_index(base)
    assert search_index(base) is first
    base.facts = base.facts.iloc[:10]
    assert search_index(base) is not first
    assert len(search_mask(base, "Dalian")) == 10


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A synthetic fact base whose index searches in a child process."""
    data = tmp_path_factory.mktemp("served") / "s"
    write_synth(900, data)
    base = load_fact_base(data, use_cache=False)
    index = search_index(base)
    assert index.start_server()
    yield base
    index.close()


@pytest.mark.parametrize("text", NEEDLES)
def test_the_child_process_answers_what_this_process_answers(served, text: str) -> None:
    assert search_index(served).server is not None
    assert (search_mask(served, text).to_numpy() == _reference(served, text)).all(), text


def test_server_on_odd_texts_and_its_end() -> None:
    from explorer.model.search.server import SearchServer

    texts = [["", "Ünïcode ß", "emoji 😀 here", "大连 GDP", "a\tb\nc"], ["x" * 100_000, "short"]]
    server = SearchServer.start(texts)
    assert server is not None
    try:
        for needle in ("", "ß", "😀", "连 g".casefold(), "\n", "x" * 99_999, "nothing"):
            got = server.search(needle)
            assert [list(hit) for hit in got] == [[needle in t for t in column] for column in texts], needle
    finally:
        server.close()
    assert not server.alive and server.search("a") is None  # closed: the caller searches itself


def test_no_server_for_texts_holding_its_separator() -> None:
    from explorer.model.search.server import SearchServer

    assert SearchServer.start([["fine", "nul\x00inside"]]) is None


def test_a_dead_child_means_searching_here_again(tmp_path: Path) -> None:
    write_synth(300, tmp_path / "s")
    base = load_fact_base(tmp_path / "s", use_cache=False)
    index = search_index(base)
    assert index.start_server()
    expected = _reference(base, "port")
    index.server._process.kill()
    index.server._process.wait(timeout=5)
    assert (search_mask(base, "port").to_numpy() == expected).all()  # answered in this process
    index.close()
    assert index.server is None and not index.start_server()  # closed for good


def test_closing_before_the_index_is_built_means_no_child(tmp_path: Path) -> None:
    from explorer.model.search.index import close_search_index

    write_synth(300, tmp_path / "s")
    base = load_fact_base(tmp_path / "s", use_cache=False)
    close_search_index(base)  # the window went while the index was still being made
    index = search_index(base)
    assert not index.start_server() and index.server is None
    assert (search_mask(base, "port").to_numpy() == _reference(base, "port")).all()  # searched here


def test_one_server_answers_threads_each_their_own_question(served) -> None:
    from concurrent.futures import ThreadPoolExecutor

    needles = ["port", "steel", "2025", "zzz", "e", "哈尔滨", "revenue of", "jade"] * 4
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(lambda n: search_mask(served, n).to_numpy(), needles))
    for needle, answer in zip(needles, answers):
        assert (answer == _reference(served, needle)).all(), needle


def test_a_closed_server_ends_its_child(tmp_path: Path) -> None:
    from explorer.model.search.server import SearchServer

    server = SearchServer.start([["one", "two"]])
    assert server is not None
    process = server._process
    server.close()  # returns at once; the child ends when its input closes
    assert process.wait(timeout=10) == 0


def test_a_filter_matches_at_word_starts_only() -> None:
    base = load_fact_base(BUNDLED)
    facts = base.facts
    ports = facts[search_mask(base, "port")]
    assert len(ports) and all(_at_word_start(" ".join(map(str, r)).casefold(), "port") for r in ports.itertuples())
    # A fact whose only "port" is inside "import"/"export"/"reported" is not found by "port" ...
    inside = facts[facts["quote"].str.contains("import|export|reported", case=False)
                   & ~facts["quote"].str.contains(r"\bport", case=False)
                   & ~facts[["metric", "entity", "sector", "as_printed"]].astype(str)
                   .apply(lambda c: c.str.contains(r"\bport", case=False)).any(axis=1)]
    assert len(inside)
    assert not search_mask(base, "port")[inside.index].any()
    # ... nor by the middle of a word; Chinese matches at any character.
    assert not search_mask(base, "mport").any()
    assert search_mask(base, "尔滨").sum() == search_mask(base, "哈尔滨").sum() > 0

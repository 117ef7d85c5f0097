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


@pytest.mark.parametrize("prepared", [False, True])
@pytest.mark.parametrize("chunk", [3, 1000])
def test_narrowed_searches_answer_what_a_search_of_every_text_answers(chunk: int, prepared: bool) -> None:
    texts = Texts([t.casefold() for t in TEXTS], chunk=chunk)
    narrowing = Narrowing(texts)
    typed = [*_typed("ports"), "", *_typed("(derived"), "po", "p", *_typed("port x"), *_typed("ss"), "大", "大连",
             *_typed("xxxxxxxxxxx"), "xy", "xyz"]
    for needle in typed:
        want = np.array([_at_word_start(t.casefold(), needle) if needle else True for t in TEXTS])
        assert (narrowing.hits(needle) == want).all(), needle
        assert (texts.hits(needle) == want).all(), needle
        if prepared:  # the found texts copied out ahead, as the search process does after each answer
            narrowing.prepare()


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
    assert len(waited) == 5 * len(FirstKeystrokes.CHARS) + 5  # and the word pairs, made after the letters
    with ahead.searching():
        assert not ahead._idle.is_set()  # a search under way: the work ahead would wait here
    assert ahead._idle.is_set()
    called: list[int] = []
    texts.hits("t", between=lambda: called.append(1))
    assert len(called) == 5


# Letters, digits, a CJK ideograph, signs, spaces, a newline, an underscore, an accented letter, an astral char.
_ALPHABET = "pox1 _-(\n大é\U0001f600ß"


def _random_texts(rng: np.random.Generator, count: int) -> list[str]:
    return ["".join(rng.choice(list(_ALPHABET), size=rng.integers(0, 9))) for _ in range(count)]


@pytest.mark.parametrize(("chunk", "piece"), [(1, 1), (7, 3), (1000, 2), (1000, 2000)])
def test_word_pairs_answer_what_a_search_of_every_text_answers(chunk: int, piece: int, monkeypatch) -> None:
    """Issue 15: a word's second keystroke from the table of word-start pairs; any pair it answers, it answers
    as a search of every text (and as the plain reference) does."""
    from explorer.model.search.matching import WordPairs

    monkeypatch.setattr(WordPairs, "PIECE", piece)  # a part's texts scanned a few at a time
    rng = np.random.default_rng(chunk + piece)
    rows = [t.casefold() for t in TEXTS] + _random_texts(rng, 400)
    texts = Texts(rows, chunk=chunk)
    pairs = WordPairs(texts)
    answered = 0
    for first in _ALPHABET + "s":
        for second in _ALPHABET + "t\x00":
            needle = first + second
            if not WordPairs.answers(needle):
                assert not first.isalnum() or first == "大" or "\x00" in needle, needle
                continue
            answered += 1
            want = np.array([_at_word_start(t, needle) for t in rows])
            got = pairs.hits(needle)
            assert got.dtype == bool and (got == want).all(), needle
            assert (got == texts.hits(needle)).all(), needle
    assert answered > 100
    assert not WordPairs.answers("p") and not WordPairs.answers("por") and not WordPairs.answers("大连")


def test_second_letters_are_answered_from_word_pairs_made_ahead() -> None:
    """Issue 15: "po" after "p" looked at every text (the first letter finds most of them), 55-300 ms at a
    million facts; the search process makes a table of word-start pairs while idle and answers from it."""
    from explorer.model.search.matching import FirstKeystrokes

    columns = [Texts([t.casefold() for t in TEXTS], chunk=5), Texts(["Port", "sport", "2025 plan", "x"])]
    ahead = FirstKeystrokes(columns)
    assert ahead.pairs("po") == [None, None]  # not yet made: searched as any other needle
    ahead.run()
    for needle in ("po", "sp", "20", "x", "xx", "pö", "ss", "p ", "(d", "大连", "por"):
        got = ahead.pairs(needle)
        if len(needle) != 2 or not needle[0].isalnum() or needle[0] == "大":
            assert got == [None, None], needle
            continue
        for found, texts in zip(got, columns):
            assert found is not None and (found == texts.hits(needle)).all(), needle


def test_the_search_process_answers_a_second_letter_from_the_pairs_and_narrows_the_third(monkeypatch) -> None:
    """The child's loop: "p" and "po" answered from what was made ahead (remembered, as if searched), "por"
    searched among the texts "po" found alone, copied out right after the answer to "po"; every answer that of
    a search of every text."""
    import io
    import json
    import threading

    from explorer.model.search import server

    class Inline:  # the work ahead done before the first needle, so the test knows what is made
        def __init__(self, target, **_kwargs) -> None:
            self.target = target

        def start(self) -> None:
            self.target()

        def join(self) -> None:
            pass

    remembered: list[str] = []
    looked_at: dict[str, int] = {}
    copied: list[str] = []  # when the texts found were copied out to narrow to
    doing = [""]

    class Recording(Narrowing):
        def remember(self, needle, found) -> None:
            remembered.append(needle)
            super().remember(needle, found)

        def hits(self, needle, pause=0.0):
            doing[0] = f"search {needle}"
            found = super().hits(needle, pause)
            doing[0] = ""
            looked_at[needle] = self.looked_at
            return found

        def prepare(self) -> None:
            doing[0] = "after an answer"
            super().prepare()
            doing[0] = ""

    subset = Texts.subset
    monkeypatch.setattr(Texts, "subset", lambda self, which: copied.append(doing[0]) or subset(self, which))

    monkeypatch.setattr(threading, "Thread", Inline)
    monkeypatch.setattr(server, "Narrowing", Recording)
    rows = [f"row {i} plain" for i in range(200)] + ["port a", "pier b", "a pond", "x po", "porter"]
    requests = io.BytesIO()
    server._send(requests, json.dumps({"columns": 1}).encode())
    server._send(requests, json.dumps({"column": 0, "count": len(rows)}).encode())
    server._send(requests, "\x00".join(rows).encode())
    server._send(requests, b"null")
    typed = ["p", "po", "por", "port", "pl", "pla"]
    for needle in typed:
        server._send(requests, needle.encode())
    requests.seek(0)
    answers = io.BytesIO()
    assert server.serve(requests, answers) == 0
    answers.seek(0)
    assert server._receive(answers) == b"ready"
    texts = Texts(rows)
    for needle in typed:
        got = np.unpackbits(np.frombuffer(server._receive(answers), dtype=np.uint8), count=len(rows)).astype(bool)
        assert (got == texts.hits(needle)).all(), needle
    assert remembered == ["p", "po", "pl"]
    assert looked_at["por"] == 4  # narrowed to the four texts with "po" at a word start
    assert looked_at["pla"] == len(rows)  # "pl" found every "plain": too many to narrow to
    # The four texts "po" found copied out while the window shows them, not when the next keystroke comes (the
    # two "por" found are half of those four: not copied again).
    assert copied == ["after an answer"]


def _serve_rows(rows: list[str], needles: list[str]) -> tuple[int, bytes]:
    import io
    import json

    from explorer.model.search import server

    requests = io.BytesIO()
    server._send(requests, json.dumps({"columns": 1}).encode())
    server._send(requests, json.dumps({"column": 0, "count": len(rows)}).encode())
    server._send(requests, "\x00".join(rows).encode())
    server._send(requests, b"null")
    for needle in needles:
        server._send(requests, needle.encode())
    requests.seek(0)
    answers = io.BytesIO()
    return server.serve(requests, answers), answers.getvalue()


def test_the_search_process_stops_its_work_ahead_before_it_ends() -> None:
    """When the window closes the child's stdin, the child's work ahead (a thread searching every first letter)
    stops before the child returns: a thread left running in numpy as the interpreter ends aborts the process
    (CI saw exit -6, "terminate called without an active exception")."""
    import threading

    rows = [f"row {i} heavy industry port {i % 97} throughput" for i in range(60_000)]
    code, _ = _serve_rows(rows, ["heavy"])
    assert code == 0
    assert not [thread for thread in threading.enumerate() if thread.name == "first-keystrokes"]


def test_a_stopped_work_ahead_ends_at_its_next_checkpoint_even_while_a_search_holds_it() -> None:
    import threading

    from explorer.model.search.matching import FirstKeystrokes

    ahead = FirstKeystrokes([Texts([f"text {i} words" for i in range(60_000)])])
    at_checkpoint = threading.Event()
    checkpoint = ahead._checkpoint

    def reached() -> None:
        at_checkpoint.set()
        checkpoint()

    ahead._checkpoint = reached  # type: ignore[method-assign]
    working = threading.Thread(target=ahead.run)
    with ahead.searching():  # the work waits at its first checkpoint for the search to end...
        working.start()
        assert at_checkpoint.wait(timeout=30)
        ahead.stop()  # ...but a stop lets it go and end there
        working.join(timeout=30)
    assert not working.is_alive()
    assert ahead.get("e") is None  # it ended before its first letter was done


def test_the_child_process_exits_cleanly_when_closed_in_the_middle_of_its_work_ahead() -> None:
    import time

    from explorer.model.search.server import SearchServer

    rows = [f"row {i} heavy industry port {i % 97} throughput" for i in range(20_000)]
    codes = []
    for delay in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.2, 0.2, 0.2, 0.2):
        started = SearchServer.start([rows, rows])
        assert started is not None
        process = started._process
        assert process is not None
        assert started.search("heavy") is not None
        time.sleep(delay)  # the work ahead is under way: every first letter, then the pairs
        started.close()
        codes.append(process.wait(timeout=30))
    assert codes == [0] * len(codes)

"""Bare amounts: whether a number said with no unit, in a text whose money is the yuan, is an amount of yuan.

Talk about money leaves the currency out ("Eight thousand a month.", "We charge 38 on weekdays", "it went for
2,600"): the rules of ``english`` read the clause shapes they know, and every fresh set of spoken copy brought shapes
they did not (session 38: 69% of spoken figures found against 95% of written ones). What is left after them, a
number with no unit at all ("no unit in the text: check"), is judged here from the words around it by a logistic
regression: words just before and after the number, words of the last few sentences (a question about the rent, a
price said before), the number's shape (decimals, a round hundred, its size) and what the whole text is (a transcript,
a text that names the yuan). The weights are data (``bare_amounts.csv``), trained by ``scripts/train_bare_amounts.py``
on the labelled texts of every spent set, with its cross-validated table in ``BENCHMARKS.md``; a number the model
gives ``THRESHOLD`` or more becomes yuan with that probability as its confidence and a note that says how it was
read, for the reviewer to check. It is never applied to a text that names another currency, nor outside a text on a
Chinese place (``english.refine`` decides that, once per text).
"""

from __future__ import annotations

import csv
import functools
import math
import re
from pathlib import Path

from explorer.model.extract.core import Candidate

WEIGHTS_FILE = Path(__file__).with_name("bare_amounts.csv")
THRESHOLD = 0.6  # (chosen by the cross-validation of scripts/train_bare_amounts.py: the most labels won for few lost)
NOTE = "yuan: a bare amount, judged money from the words around it ({p:.0%}, a model trained on labelled texts; check)"

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\d[\d,.]*|[^\sA-Za-z\d]")
_BEFORE, _AFTER, _TALK_BEFORE = 80, 40, 250  # characters of context: the clause, and the talk before it


def _words(text: str, start: int, end: int) -> list[str]:
    return ["#" if word[0].isdigit() else word.lower() for word in _TOKEN.findall(text, start, end)]


def features(text: str, c: Candidate, flags: frozenset[str]) -> set[str]:
    """What the model reads of ``c`` (every window bounded: linear in the text over all candidates)."""
    found = set(flags)
    before = _words(text, max(c.start, c.printed_start - _BEFORE), c.printed_start)
    after = _words(text, c.printed_end, min(c.end, c.printed_end + _AFTER))
    for i, word in enumerate(reversed(before[-3:])):
        found.add(f"p{i + 1}:{word}")
    if len(before) >= 2:
        found.add(f"pp:{before[-2]} {before[-1]}")
    for i, word in enumerate(after[:3]):
        found.add(f"n{i + 1}:{word}")
    if len(after) >= 2:
        found.add(f"nn:{after[0]} {after[1]}")
    found.update(f"b:{word}" for word in before)
    found.update(f"a:{word}" for word in after)
    talk = _words(text, max(0, c.printed_start - _TALK_BEFORE), c.printed_start)
    found.update(f"w:{word}" for word in talk)
    found.update(f"ww:{one} {two}" for one, two in zip(talk, talk[1:]))  # ("how many", "how much", "a month")
    asked = text.rfind("?", max(0, c.printed_start - _TALK_BEFORE), c.printed_start)
    if asked >= 0:  # the last question before it ("How many rooms?", "And the rent?"): what it may answer
        opened = max(text.rfind(mark, max(0, asked - _BEFORE), asked) for mark in (".", "!", "?", "\n", ":"))
        question = _words(text, max(opened + 1, asked - _BEFORE), asked)
        found.update(f"q:{word}" for word in question)
        found.update(f"qq:{one} {two}" for one, two in zip(question, question[1:]))
    printed = text[c.printed_start:c.printed_end]
    found.add("digits" if printed[:1].isdigit() else "words")
    value = abs(c.value)
    if value != int(value):
        found.add("decimals")
    if value >= 1:
        found.add(f"size:{int(math.log10(value))}")
    if value and value == int(value) and int(value) % 100 == 0:
        found.add("round hundred")
    if not before or before[-1] in (".", "?", "!", ":", '"', "“"):
        found.add("opens")
    return found


def text_flags(names_yuan: bool, talk: bool) -> frozenset[str]:
    """What the model reads of the whole text (once per text)."""
    return frozenset(name for name, on in (("text names yuan", names_yuan), ("transcript", talk)) if on)


@functools.lru_cache(maxsize=1)
def weights() -> tuple[float, dict[str, float]] | None:
    """(intercept, weight per feature) from ``bare_amounts.csv``; None where the file is missing or unreadable (then
    no number is judged: the rules alone)."""
    try:
        with WEIGHTS_FILE.open(encoding="utf-8", newline="") as fh:
            rows = [(row["feature"], float(row["weight"])) for row in csv.DictReader(fh)]
    except (OSError, KeyError, ValueError):
        return None
    table = dict(rows)
    intercept = table.pop("(intercept)", None)
    return None if intercept is None else (intercept, table)


def probability(text: str, c: Candidate, flags: frozenset[str]) -> float | None:
    """The model's probability that ``c`` is an amount of yuan, or None without a model."""
    model = weights()
    if model is None:
        return None
    intercept, table = model
    score = intercept + sum(table.get(name, 0.0) for name in features(text, c, flags))
    return 1.0 / (1.0 + math.exp(-score))


def judge(text: str, found: list[Candidate], flags: frozenset[str]) -> None:
    """Each number of ``found`` with no unit that the model judges money, made yuan (with its probability as the
    confidence, and a note saying so)."""
    for c in found:
        if c.unit != "count" or not c.note.startswith("no unit") or c.value == 0:
            continue
        p = probability(text, c, flags)
        if p is not None and p >= THRESHOLD:
            c.unit, c.confidence, c.note = "yuan", round(p, 2), NOTE.format(p=p)

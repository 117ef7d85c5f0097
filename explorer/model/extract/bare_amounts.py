"""Bare numbers: whether a number said with no unit, in a text whose money is the yuan, is an amount of yuan, or no
figure at all.

Talk about money leaves the currency out ("Eight thousand a month.", "We charge 38 on weekdays", "it went for
2,600"): the rules of ``english`` read the clause shapes they know, and every fresh set of spoken copy brought shapes
they did not (session 38: 69% of spoken figures found against 95% of written ones). What is left after them, a
number with no unit at all ("no unit in the text: check"), is judged here from the words around it by two logistic
regressions over the same features: words just before and after the number, words of the talk since the last
question and of that question, the number's shape (decimals, a round hundred, its size) and what the whole text is (a
transcript, a text that names the yuan); a place's name is read as "<place>". The weights are data
(``bare_amounts.csv``: is it money; ``bare_not_figures.csv``: is it no figure, such as an episode, a clock time or a
score), trained by ``scripts/train_bare_amounts.py`` on the labelled texts of every spent set, with its
cross-validated table in ``BENCHMARKS.md``. A number the second model gives NOT_FIGURE_THRESHOLD or more is dropped;
one the first gives THRESHOLD or more (WRITTEN_THRESHOLD outside a transcript) becomes yuan, with that probability
as its confidence and a note that says how it was read, for the reviewer to check. ``never_money`` keeps from the
first what no amount is (an age, an hour, a seat, a reading, a quantity sold, an index). Neither is applied to a text
that names another currency, nor outside a text on a Chinese place (``english.refine`` decides that, once per text).
"""

from __future__ import annotations

import csv
import functools
import math
import re
from pathlib import Path

from explorer.model.extract.core import Candidate
from explorer.model.numbers import NUMBER_WORDS

WEIGHTS_FILE = Path(__file__).with_name("bare_amounts.csv")
THRESHOLD = 0.6  # (chosen by the cross-validation of scripts/train_bare_amounts.py: the most labels won for few lost)
WRITTEN_THRESHOLD = 0.9  # in a text that is no transcript: the model has seen little written copy (10 numbers made
# yuan there in the cross-validation at 0.6 to 0.8, 8 at 0.9, all right), and output said the way pay is ("The plant
# in Hebei province makes 3,000 a shift") scores 0.84
NOT_FIGURE_FILE = Path(__file__).with_name("bare_not_figures.csv")
NOT_FIGURE_THRESHOLD = 0.9  # (scripts/train_bare_amounts.py's table: few labelled figures dropped at 0.9)
NOTE = "yuan: a bare amount, judged money from the words around it ({p:.0%}, a model trained on labelled texts; check)"


def judged_money(c: Candidate) -> bool:
    """Whether ``c`` is in yuan because the model judged it money (``judge``), not by a word or a rule."""
    return c.unit == "yuan" and c.note.startswith(NOTE.split("(", 1)[0])

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\d[\d,.]*|[^\sA-Za-z\d]")
_BEFORE, _AFTER, _TALK_BEFORE = 80, 40, 250  # characters of context: the clause, and the talk before it


def _words(text: str, start: int, end: int) -> list[str]:
    places = _places()
    return ["#" if word[0].isdigit() else "<place>" if word[0].isupper() and _POSSESSIVE.sub("", word.lower()) in places
            else word.lower() for word in _TOKEN.findall(text, start, end)]  # ("Hexi's": the place)


_POSSESSIVE = re.compile(r"['’]s$")


@functools.lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """The words of the gazetteer's cities, provinces and counties, lower-cased: a place's name is read as "<place>"
    (which place a text is about says nothing of whether a number is money, and the weights name none)."""
    from explorer.model.extract.chinese import gazetteer
    from explorer.model.extract.counties import english_names

    names = [name for place in gazetteer().values() for name in (place.name, place.province or "")]
    names += list(english_names()[0])
    return frozenset(word.lower() for name in names for word in re.findall(r"[A-Za-z]+", name) if len(word) >= 3)


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
    reach = max(0, c.printed_start - _TALK_BEFORE)
    asked = _last_question(text, c)
    if asked is not None:  # the last question before it ("How many rooms?", "And the rent?"): what it may answer
        opened, words_from, mark = asked
        question = _words(text, words_from, mark)
        found.update(f"q:{word}" for word in question)
        found.update(f"qq:{one} {two}" for one, two in zip(question, question[1:]))
        reach = max(reach, opened)  # (the talk from that question on: not the money of an exchange before it,
        # "What did the trip cost you?" ... "How old is he?" "He's 70.")
    talk = _words(text, reach, c.printed_start)
    found.update(f"w:{word}" for word in talk)
    found.update(f"ww:{one} {two}" for one, two in zip(talk, talk[1:]))  # ("how many", "how much", "a month")
    printed = text[c.printed_start:c.printed_end]
    found.add("digits" if printed[:1].isdigit() else "words")
    value = abs(c.value)
    if not math.isfinite(value):
        found.add("size:huge")  # (digits past a float's range: "9" repeated 400 times)
    else:
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


def _read(path: Path) -> tuple[float, dict[str, float]] | None:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = [(row["feature"], float(row["weight"])) for row in csv.DictReader(fh)]
    except (OSError, KeyError, ValueError):
        return None
    table = dict(rows)
    intercept = table.pop("(intercept)", None)
    return None if intercept is None else (intercept, table)


@functools.lru_cache(maxsize=1)
def weights() -> tuple[float, dict[str, float]] | None:
    """(intercept, weight per feature) of the money model, from ``bare_amounts.csv``; None where the file is missing
    or unreadable (then no number is judged money: the rules alone)."""
    return _read(WEIGHTS_FILE)


@functools.lru_cache(maxsize=1)
def not_figure_weights() -> tuple[float, dict[str, float]] | None:
    """The same for the model of numbers that are no figure (``bare_not_figures.csv``)."""
    return _read(NOT_FIGURE_FILE)


def _chance(model: tuple[float, dict[str, float]] | None, names: set[str]) -> float | None:
    if model is None:
        return None
    intercept, table = model
    score = intercept + sum(table.get(name, 0.0) for name in names)
    return 1.0 / (1.0 + math.exp(-max(-700.0, min(700.0, score))))  # (math.exp overflows past 709)


def probability(text: str, c: Candidate, flags: frozenset[str]) -> float | None:
    """The model's probability that ``c`` is an amount of yuan, or None without a model."""
    return _chance(weights(), features(text, c, flags))


# What no amount of money is, whatever the talk around it (a review's regressions: the words of an exchange about
# money carry over to the next one): the answer to a question of age, time or size ("How old is he?", "What time did
# you leave?", "How long does a car sit?"), a person's age ("My husband is 70.", "he's 4", "I'm over 65"), an hour
# ("7 in the evening", "Class is at 8"), a seat or row, and a number in a speaker's label ("WOMAN, 24, DESIGNER:").
_NOT_MONEY_QUESTION = re.compile(r"\bhow\s+(?:old|long|far|tall|big|hot|cold|often|soon|early|late)\b|"
                                 r"\bhow\s+many\b(?![^\S\n]+(?:yuan|kuai|dollars|RMB)\b)|"  # (a count asked)
                                 r"\bwhat\s+(?:time|age|year|temperature|size|day|date)\b|\bwhen\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"(?:\bI['’]m|\bI\s+am|\b(?:he|she)['’]s|\b(?:he|she)\s+is|\b(?:husband|wife|son|daughter|mother|"
                         r"father|mum|mom|dad|grandson|granddaughter|grandma|grandpa|granny|kid|child|boy|girl|baby)"
                         r"\s+(?:is|was|turned|turns|just\s+turned))\s+(?:over\s+|under\s+|about\s+|nearly\s+|almost\s+|"
                         r"only\s+|just\s+)?$", re.IGNORECASE)
_HOUR_AFTER = re.compile(r"\s*(?:in\s+the\s+(?:morning|evening|afternoon)|at\s+night|o['’]clock|sharp)\b", re.IGNORECASE)
_HOUR_BEFORE = re.compile(r"\b(?:is|was|starts?|opens?|closes?|leaves?)\s+at\s+$|\b(?:till|until)\s+$", re.IGNORECASE)
_SEAT_BEFORE = re.compile(r"\b(?:seat|row|gate|platform|room|bus|line|number|no\.)\s+$", re.IGNORECASE)
_LABEL_AFTER = re.compile(r"[A-Z ,()'’-]{0,40}:")
# and, as every labelled text has them (none of 14 numbers right after "sell", "sold" and none of 27 after an index
# in the same clause was money): a quantity sold ("I sell 2,400 a quarter, bowls that is") and an index's value ("the
# consumer price index stood at 102.3")
SOLD_BEFORE = re.compile(r"\b(?:sell|sells|sold|selling)\s+(?:about\s+|around\s+|maybe\s+|nearly\s+|over\s+|"
                          r"more\s+than\s+)?$", re.IGNORECASE)
# (a second review's: a reading of the body, "his blood sugar was 11.2", "190 over 110")
_READING_BEFORE = re.compile(r"\b(?:blood\s+(?:sugar|pressure)|glucose|cholesterol|temperature|fever|heart\s+rate|pulse|"
                             r"oxygen|BMI)\b[^.;:?!\n]{0,30}$", re.IGNORECASE)
# (and what a plant, a line or a mine turns out, "The plant in Hebei makes 3,000 a shift": output, not takings; a
# person's "makes 5,000 a month" is pay, as is what a person who works at a plant makes, "works at the crane factory
# and makes 5,200 a month", "The line supervisor makes about 7,000, I make 4,600"; and what an oven "made for us" is
# money: the plant is the verb's subject, with no comma, no person and no other verb between, but for a place's
# apposition, "The mask workshop in Qingxu, a county of Taiyuan, makes 30,000 a month")
_MADE_BEFORE = re.compile(r"(?<!\bat\s)(?<!\bin\s)(?<!\bfor\s)(?<!\bfrom\s)(?<!\bto\s)(?<!\bof\s)"
                          r"(?:\bthe\s+|\bour\s+|\btheir\s+|\bits\s+|\bthis\s+|\bthat\s+)?(?:[A-Za-z-]+\s+){0,2}"
                          r"\b(?:(?:plant|factory|mill|works|workshop|mine|kiln|foundry|smelter|refinery)s?"
                          r"(?:\s+(?:in|at|of|near|outside)\s+[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}"
                          r"(?:,\s+(?:a|an|the)\s+[a-z]+\s+(?:of|in|near)\s+[A-Z][\w'’-]*,)?|\s+over\s+there|"
                          r"\s+here)?\s+(?:now\s+|still\s+|already\s+)?(?:makes|produces|produced|turns\s+out|turned\s+out|"
                          r"churns\s+out)|(?:press|line|machine)s?(?:\s+over\s+there|\s+here)?\s+(?:now\s+|still\s+)?"
                          r"(?:produces|produced|turns\s+out|turned\s+out|churns\s+out))"
                          r"\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.IGNORECASE)
_OVER_NUMBER_AFTER = re.compile(r"\s+over\s+\d")
# (but "makes 12,000 a month in profit", "makes 9,000 a month after costs": money)
_MADE_MONEY_AFTER = re.compile(r"[^.;!?\n]{0,30}?\b(?:profits?|after\s+costs|net|takings|revenue|income|yuan)\b",
                               re.IGNORECASE)
# (a tally, "the kids went three for four at the game", "the committee voted five for two": the second number of "N
# for M" in a sentence of a game or a vote; not "they go three for ten", a price of three)
_TALLY_FOR_BEFORE = re.compile(r"\b(?:\d+|(?:" + "|".join(NUMBER_WORDS) + r")(?:-[a-z]+)?)\s+for\s+$", re.IGNORECASE)
# (a number before "for": not "We rent board games for 20 a table", a price)
_TALLY_WORDS = re.compile(r"\b(?:games?|match(?:es)?|innings|at[\s-]bats?|vot(?:e|es|ed|ing)|ballots?|polls?)\b",
                          re.IGNORECASE)
# (a count's size, "The bureau's count is just over nine thousand", "the headcount was about 120")
_COUNT_IS_BEFORE = re.compile(r"\b(?:count|tally|headcount|head\s+count)\s+(?:is|was|stands\s+at|stood\s+at|came\s+to|"
                              r"comes\s+to|reached)\s+(?:just\s+|only\s+)?(?:over\s+|under\s+|about\s+|around\s+|"
                              r"nearly\s+|almost\s+|more\s+than\s+)?$", re.IGNORECASE)
_ONE_WORD_QUESTION = re.compile(r"\s*[A-Za-z]+\s*")  # ("Today?" said back before the answer)
_INDEX_BEFORE = re.compile(r"\b(?:index|indices|PMI|CPI|PPI)\b[^.;:?!\n]{0,30}$", re.IGNORECASE)


def never_money(text: str, c: Candidate) -> bool:
    """Whether ``c`` is, by the words around it, something no amount is (the model is not asked)."""
    line = text.rfind("\n", max(0, c.printed_start - 60), c.printed_start) + 1
    if line and text[line:c.printed_start].strip(" ,").isupper() and _LABEL_AFTER.match(text, c.printed_end):
        return True  # ("WOMAN, 24, DESIGNER: Two thousand two")
    before = text[max(c.start, c.printed_start - 40):c.printed_start]
    if _AGE_BEFORE.search(before) or _SEAT_BEFORE.search(before) or SOLD_BEFORE.search(before) or \
            _INDEX_BEFORE.search(before) or _READING_BEFORE.search(before) or _COUNT_IS_BEFORE.search(before) or \
            _MADE_BEFORE.search(text, max(c.start, c.printed_start - 80), c.printed_start) and \
            not _MADE_MONEY_AFTER.match(text, c.printed_end) or \
            _OVER_NUMBER_AFTER.match(text, c.printed_end) or c.value <= 24 and (
            _HOUR_AFTER.match(text, c.printed_end) or _HOUR_BEFORE.search(before)):
        return True
    if _TALLY_FOR_BEFORE.search(before):
        opened = max(before.rfind(mark) for mark in ".!?\n") + 1
        closed = min((at for at in (text.find(mark, c.printed_end, c.printed_end + 40) for mark in ".!?\n") if at >= 0),
                     default=min(len(text), c.printed_end + 40))
        if _TALLY_WORDS.search(before, opened) or _TALLY_WORDS.search(text, c.printed_end, closed):
            return True
    asked = _last_question(text, c)
    if asked is not None and _ONE_WORD_QUESTION.fullmatch(text, asked[1], asked[2]) and \
            "\n" not in text[asked[2]:c.printed_start]:
        asked = _question_before(text, asked[0]) or asked  # ("Today? Maybe four hundred": the question it answers is
        # the one before, "How many do you sell on a day like this?")
    if asked is None or text.count("\n", asked[2], c.printed_start) > 1:
        return False  # (the answer: the question's line, or the turn after it)
    _, words_from, mark = asked
    return _NOT_MONEY_QUESTION.search(text, words_from, mark) is not None


def _last_question(text: str, c: Candidate) -> tuple[int, int, int] | None:
    """The last question within _TALK_BEFORE characters before ``c``: (just after the sentence mark, line break or
    colon that opens it, or 0 where none is within _BEFORE characters; where its words start, at most _BEFORE
    characters back; its "?"). None when there is none."""
    return _question_before(text, c.printed_start)


def _question_before(text: str, at: int) -> tuple[int, int, int] | None:
    """``_last_question`` of a position."""
    asked = text.rfind("?", max(0, at - _TALK_BEFORE), at)
    if asked < 0:
        return None
    opened = max(text.rfind(mark, max(0, asked - _BEFORE), asked) for mark in (".", "!", "?", "\n", ":")) + 1
    return opened, max(opened, asked - _BEFORE), asked


def judge(text: str, found: list[Candidate], flags: frozenset[str]) -> set[int]:
    """Each number of ``found`` with no unit that the model judges money, made yuan (with its probability as the
    confidence, and a note saying so); the ids of those the second model judges no figure at all (a time code, an
    episode, a hotline, a list's item: NOT_FIGURE_THRESHOLD or more), for the caller to drop."""
    dropped: set[int] = set()
    for c in found:
        if c.unit != "count" or not c.note.startswith("no unit") or c.value == 0:
            continue
        names = features(text, c, flags)
        no_figure = _chance(not_figure_weights(), names)
        if no_figure is not None and no_figure >= NOT_FIGURE_THRESHOLD:
            dropped.add(id(c))
            continue
        if never_money(text, c):
            continue
        p = _chance(weights(), names)
        if p is not None and p >= (THRESHOLD if "transcript" in flags else WRITTEN_THRESHOLD):
            c.unit, c.confidence, c.note = "yuan", round(p, 2), NOTE.format(p=p)
    return dropped

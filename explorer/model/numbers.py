"""Parsing numbers as printed, units, normalisation to base units, and display text.

All number formatting of the app goes through this module, so the window, the
clipboard and the command line show a figure the same way.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

import numpy as np

from explorer.model.vocab.units import BUNDLED_UNITS, Unit
from explorer.model.zh_numbers import FULL_WIDTH, parse_zh_fraction, parse_zh_number

# A number as facts.csv stores it, and as a copy or an export keeps it a number: digits, an optional
# '-' and '.', no separator, no exponent ("-30", "1000.21"; not "nan", "1e3", "1,000" or "1_0").
PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
# The first number of a figure as printed: "1,000.21" (thousands separators) or "98.5", not part of a word.
# (A currency code glued before the digits is no part of a word: "RMB1,701.27 billion", "CNY1,000".)
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})  # (what re.IGNORECASE also
# takes for i, s and k)


def folded_lower(text: str) -> str:
    """The text lower-cased as re.IGNORECASE compares it (İ, ı as i, ſ as s, the Kelvin sign as k): a word a pattern
    ignoring case matched is found by it in a table of lower-case words ("fıfth" is "fifth"), and where a gate
    searched in it finds a word, a pattern ignoring case may match; nowhere else. Same length as the text, unless
    lower() makes a letter two (the gates' callers then scan the text itself)."""
    if not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text):
        text = text.translate(_FOLD)
    return text.lower()


_NUMBER_START = r"(?:(?<![\w.])|(?<=RMB)|(?<=CNY)|(?<=USD)|(?<=HKD)|(?<=EUR)|(?<=No\.))"  # ("No.1": a rank)
PRINTED_NUMBER = re.compile(_NUMBER_START + r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|" + _NUMBER_START
                            + r"-?\d+(?:\.\d+)?(?![\d])")
# A multiple in words ("doubled", "twice"): what the extractor reads as 2 times, read back the same.
_MULTIPLE_WORDS: dict[str, int] = {"twice": 2, "double": 2, "doubled": 2, "doubling": 2, "doubles": 2, "triple": 3,
                                    "tripled": 3, "triples": 3, "tripling": 3, "treble": 3, "trebled": 3,
                                    "quadrupled": 4}
# "halved": what the extractor reads as a fall of 50 percent.
HALVING_WORDS = frozenset({"halved", "halving"})

# Number words, the one table of them ("seven" 7, "fourth" 4): parse_number reads them, and so does extraction.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20,
}
_MULTIPLIERS = {"hundred": 100, "thousand": 1000}
_UNIT_SCALES = frozenset({"million", "billion", "trillion"})  # scale words a unit carries ("a million tonnes")
# What, after "and a half", makes the half another thing's than the figure's: "1 million and a half dozen eggs",
# "2 million and a half of them were children", "and a half hours" (the extractor and parse_number read alike)
HALF_OF_ANOTHER = (r"dozen|of\s+(?:them|those|these|whom)|hours?|days?|weeks?|months?|years?|times|percent|"
                   r"per\s+cent")
_SCALE_AND_A_HALF = re.compile(rf"\s*(?:million|billion|trillion)\s+and\s+a\s+half\b(?!-)(?!\s+(?:{HALF_OF_ANOTHER})\b)",
                               re.I)
_WORD = re.compile(r"[A-Za-z]+")


# The units table is data (data/units.csv, or a data folder's own units.csv): see explorer.model.vocab.units.
# UNITS is the bundled table; a fact base read with its own table passes it as ``units``.
UNITS: dict[str, Unit] = BUNDLED_UNITS


# Qualifier codes as stored in facts.csv, and how each reads in front of a figure.
QUALIFIERS: dict[str, str] = {
    "exact": "stated",
    "over": "over (lower bound)",
    "under": "under (upper bound)",
    "approximately": "approximately",
    "expected_over": "expected to exceed",
    "forecast": "forecast or target (no bound)",
    "range": "in the range of",
    "derived": "derived (computed)",
}
# The qualifiers of a figure not yet reported: a forecast or target, bounded or not. Such a figure is compared
# with other forecasts only (claims), and an outcome of the same period is preferred to it (plots, pairs).
FORECASTS: frozenset[str] = frozenset({"forecast", "expected_over"})


# What names a fall after a figure, as the extractor gives it and the loader accepts it (one list for both):
# "the 6% price fall" (a fall noun, perhaps after a measure word), "knock a further 2 to 4 percent off" (a verb
# before, "off" after).
FALL_NOUN_AFTER = (r"(?:(?:price|prices|output|sales|revenue|profit|profits|year-on-year|y/y|annual|monthly|quarterly|"
                   r"export|exports|import|imports|volume|value|rate|production|demand|income|earnings|share|tariff|"
                   r"cost|costs)\s+)?(?:drop|decline|fall|decrease|contraction|slump|slide|dip|plunge|reduction|cut)\b")
OFF_VERBS = r"shave|shaves|shaved|shaving|knock|knocks|knocked|knocking|take|takes|took|taking|wipe|wipes|wiped|wiping"
# A share taken off a price ("a 50 percent discount", "a c.20% discount"; not "discount rate"), or said after "off" or
# "a discount of" ("off 0.3% from October", "a discount of about 20% to its five-year average"): a fall.
DISCOUNT_AFTER = r"[^\S\n]+discount\b(?!\s+rate)"
DISCOUNT_OF_BEFORE = (r"(?:\bdiscount\s+of|(?<![\w-])(?<!paid\s)(?<!pay\s)(?<!pays\s)(?<!paying\s)(?<!sold\s)off)"
                      r"\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|c\.\s?)?$")  # (not "paid off 40% of")
OFF_AFTER = r"(?:\s*(?:to|-|–)\s*\d[\d.,]*)?\s*(?:%|percent|per\s?cent|percentage\s+points?)?\s+off\b"


# Yuan and its cents said after it, as spoken: "six yuan fifty" 6.50, "seven yuan ninety-two" 7.92, "ten yuan five"
# 10.5 (one figure: two words are 1/100ths, one digit word 1/10ths, as 块 and 毛 are read).
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_1_9 = "one|two|three|four|five|six|seven|eight|nine"
YUAN_CENTS = (rf"(?:(?:{_TENS})(?:[- ](?:{_UNITS_1_9}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
              rf"|eighteen|nineteen|{_UNITS_1_9}|\d{{1,2}})")
_YUAN_AND_CENTS = re.compile(rf"^(?P<yuan>.+?)\s+yuan\s+(?P<cents>{YUAN_CENTS})$", re.I)


# A price said as spoken, its yuan and then its cents in tens with no "yuan" between: "two-fifty" 2.50, "one forty"
# 1.40, "twelve-fifty" 12.50 (the whole from one to nineteen, so "twenty-five" stays 25).
_ONE_TO_NINETEEN = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                    r"sixteen|seventeen|eighteen|nineteen")
SPOKEN_PRICE = (rf"\b(?:(?:{_TENS})-(?:{_UNITS_1_9})[^\S\n](?:{_TENS})(?:-(?:{_UNITS_1_9}))?"
                rf"|(?<![a-z]-)(?<!\b[Ii]n )(?<![Ss]ince )(?<![Uu]ntil )"
                rf"(?!nineteen[- ](?:{_TENS})(?:-(?:{_UNITS_1_9}))?\b(?![^\S\n]+(?:a|per|yuan|kuai)\b))"
                rf"(?:{_ONE_TO_NINETEEN})"
                rf"(?:(?:-|[^\S\n])(?:{_TENS})(?:-(?:{_UNITS_1_9}))?|-ten))\b")
# ("one-ten", 1.10, hyphened only; "one-sixty-eight", 1.68; "thirty-nine ninety", 39.90, a whole of 21 to 99 said
# with its hyphen; not "nine ninety" out of "thirty-nine ninety", nor a year, "in nineteen ninety", "It was nineteen
# ninety-five": "nineteen" and tens only with a measure or yuan after them)
_SPOKEN_PRICE_WHOLE = re.compile(rf"(?P<yuan>(?:{_TENS})-(?:{_UNITS_1_9})(?=[^\S\n])|{_ONE_TO_NINETEEN})"
                                 rf"(?:-|[^\S\n])(?P<cents>{_TENS}|(?<=-)ten)(?:-(?P<unit>{_UNITS_1_9}))?", re.I)


def yuan_cents(words: str) -> float | None:
    """The fraction of a yuan the words after "N yuan" say: "fifty" 0.5, "ninety-two" 0.92, "five" 0.5."""
    spoken = words.lower().replace("-", " ").split()
    if len(spoken) == 1 and spoken[0].isdigit():
        n = int(spoken[0])
        return n / 100 if len(spoken[0]) == 2 else n / 10
    values = [NUMBER_WORDS.get(w) for w in spoken]
    if not values or any(v is None for v in values):
        return None
    total = sum(v for v in values if v is not None)
    return total / 100 if total >= 10 else total / 10


_DIGITS_KUAI_JIAO = re.compile(r"(\d{1,4})块([1-9])毛?$")


def parse_number(text: str) -> float | None:
    """The first number in ``text``: digits ("1,000.21") or words ("a hundred", "fourth").

    Scale words that belong to the unit ("billion", "trillion") are not applied: the
    value is in the unit as printed, so "one trillion yuan" gives 1. Yuan with its cents said after it ("six yuan
    fifty") is one number, 6.5.
    """
    spoken = _YUAN_AND_CENTS.match(text) if "yuan " in text.lower() else None
    if spoken is not None:
        whole, cents = parse_number(spoken.group("yuan")), yuan_cents(spoken.group("cents"))
        if whole is not None and cents is not None:
            return whole + cents
    price = _SPOKEN_PRICE_WHOLE.fullmatch(text) if "-" in text or " " in text else None
    if price is not None:  # "two-fifty" as a price: 2.5
        cents = NUMBER_WORDS[folded_lower(price.group("cents"))] + \
            (NUMBER_WORDS[folded_lower(price.group("unit"))] if price.group("unit") else 0)
        whole = sum(NUMBER_WORDS[w] for w in folded_lower(price.group("yuan")).split("-"))
        return whole + cents / 100
    if not text.isascii():  # full-width digits (２１５．６) read as the ASCII ones, and the minus sign − as -
        text = text.translate(FULL_WIDTH).replace("−", "-")
        kuai = _DIGITS_KUAI_JIAO.match(text)
        if kuai is not None:  # 4块2: 4.2 (yuan and jiao, as spoken)
            return int(kuai.group(1)) + int(kuai.group(2)) / 10
    match = PRINTED_NUMBER.search(text)
    if match:
        half = _SCALE_AND_A_HALF.match(text, match.end())  # "2 million and a half": 2.5 (million, the unit's)
        return float(match.group(0).replace(",", "")) + (0.5 if half else 0.0)
    if not text.isascii():  # Chinese numerals, 万亿元 alone (explorer/model/zh_numbers.py)
        zh = parse_zh_number(text)
        if zh is not None:
            return zh
    words = [w.lower() for w in _WORD.findall(folded_lower(text))]  # (ſeventy, fıfth: as the patterns read them)
    for i, word in enumerate(words):
        if word in _MULTIPLE_WORDS:
            return float(_MULTIPLE_WORDS[word])
        if word in HALVING_WORDS:
            return 50.0  # (a fall of 50 percent)
        if word in ORDINAL_WORDS:
            return float(ORDINAL_WORDS[word])
        base: int | None = None
        if word in NUMBER_WORDS:
            base = NUMBER_WORDS[word]
        elif word == "a" and i + 1 < len(words) and (words[i + 1] in _MULTIPLIERS or words[i + 1] in _UNIT_SCALES):
            base = 1  # "a hundred"; "a million tonnes", whose scale is the unit's
        elif word == "hundred" and i == 0 and words[1:2] == ["and"] and words[2:3] and words[2] in NUMBER_WORDS:
            base = 100  # "hundred and sixty-eight", as spoken with no "a"
        elif word == "half" and words[i + 1:i + 2] == ["a"] and words[i + 2:i + 3] and words[i + 2] in _UNIT_SCALES:
            return 0.5  # "half a million visitors"
        if base is None:
            continue
        return words_number(words[i:])
    return None


_DIGIT_WORDS = {word: n for word, n in NUMBER_WORDS.items() if n <= 9} | {"oh": 0}
_MOST_WORDS = 16  # words of one number read at most ("nine hundred and ninety-nine thousand nine hundred and ...")


def words_number(words: list[str]) -> float:
    """The number the lower-case words at the start of ``words`` spell: "seven hundred and forty two" 742, "five
    thousand eight hundred" 5800, "one point one eight" 1.18, "a hundred" 100 (text2num reads the whole part; scale
    words of a unit, "million" and up, are not read: "one trillion" is 1, the unit's scale). The first word is a
    number word, "a" before "hundred"/"thousand" or a scale, or "half a" before a scale (0.5)."""
    if words[:2] == ["half", "a"]:
        return 0.5  # "half a million": a half of the unit's scale
    taken: list[str] = []
    for k, word in enumerate(words[:_MOST_WORDS]):
        if word in NUMBER_WORDS or word in _MULTIPLIERS or word == "a" and k == 0:
            taken.append("one" if word == "a" else word)
        elif word == "and" and taken and taken[-1] in _MULTIPLIERS and k + 1 < len(words) and \
                words[k + 1] in NUMBER_WORDS:
            taken.append(word)
        else:
            break
    if taken[:1] == ["hundred"]:
        taken.insert(0, "one")  # ("hundred and sixty-eight", as spoken with no "a")
    whole = _spelled_whole(taken)
    if len(taken) >= 3 and taken[-2] == "thousand" and _DIGIT_WORDS.get(taken[-1], 0) >= 1 and "hundred" not in taken:
        whole += _DIGIT_WORDS[taken[-1]] * 99  # "three thousand two" (a month's rent) is 3,200 as spoken, not 3,002
    rest = words[len(taken):]
    scaled_half = rest[:1] and rest[0] in _UNIT_SCALES and rest[1:4] == ["and", "a", "half"] and \
        _SCALE_AND_A_HALF.match(" ".join(rest)) is not None  # (not "1 million and a half dozen")
    if rest[:3] == ["and", "a", "half"] or scaled_half:
        return whole + 0.5  # "four and a half": 4.5; "a million and a half": 1.5 (million, the unit's scale)
    if rest[:1] == ["point"] and len(rest) > 1 and rest[1] in _DIGIT_WORDS:
        digits = "".join(str(_DIGIT_WORDS[w]) for w in _takewhile_digits(rest[1:]))
        return float(f"{int(whole)}.{digits}")
    return whole


def _takewhile_digits(words: list[str]) -> list[str]:
    out = []
    for word in words:
        if word not in _DIGIT_WORDS:
            break
        out.append(word)
    return out


def _spelled_whole(taken: list[str]) -> float:
    """text2num of the words, shortened from the end until it reads them; the first word's value if it never does
    ("two twenty" is no one number)."""
    try:
        from text_to_num import text2num  # (a Rust extension: imported when words are read, not at start-up)
    except ImportError as exc:  # a broken install: say what is missing, not a bare traceback
        raise RuntimeError("numbers in words need the text2num package (pip install text2num)") from exc

    for end in range(len(taken), 0, -1):
        if taken[end - 1] == "and":
            continue
        try:
            return float(text2num(" ".join(taken[:end]), "en"))
        except ValueError:
            continue
    return float(NUMBER_WORDS.get(taken[0], 1) if taken else 0)


# A fraction in words and its denominator: "third" 3.
FRACTION_WORDS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
_FRACTION = re.compile(
    r"\b(?:(?P<num>a|an|one|two|three|four|five|seven|nine|\d+)[\s-]+)?(?P<den>halves|half|thirds|third|quarters|quarter"
    r"|fifths|fifth|sixths|sixth|sevenths|seventh|eighths|eighth|ninths|ninth|tenths|tenth)\b"
    r"|\b(?P<n>\w+)\s+(?:[a-z][a-z-]{1,20}\s+)?(?:out\s+of\s+(?:every\s+)?|in\s+(?:every\s+)?|for\s+every\s+)(?P<d>\w+)\b",
    # ("one worker in four": the noun between)
    re.IGNORECASE,
)


def small_number(word: str) -> int | None:
    """A whole number in digits or one word, "a" and "an" being one: "4" 4, "four" 4, "a" 1; else None."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in ("a", "an"):
        return 1
    return NUMBER_WORDS.get(word)


def parse_fraction(text: str) -> float | None:
    """A share given in words, as a fraction: "half" 0.5, "a third" 1/3, "two out of every three" 2/3."""
    for match in _FRACTION.finditer(text):
        den: int | None
        if match.group("den"):
            num = small_number(match.group("num") or "one")
            den = FRACTION_WORDS[folded_lower(match.group("den"))]
        else:
            num, den = small_number(match.group("n")), small_number(match.group("d"))
        if num is not None and den:
            return num / den
    if not text.isascii():  # 六成: six tenths
        return parse_zh_fraction(text)
    return None


def to_base(value: float, unit: str, units: Mapping[str, Unit] | None = None) -> tuple[float, str]:
    """``value`` in ``unit`` expressed in the unit's base (yuan, %, count, ...), by ``units`` (the bundled table)."""
    known = (UNITS if units is None else units).get(unit)
    if known is None:
        return value, unit
    return value * known.factor, known.base


def base_value_text(value: float, unit: str, units: Mapping[str, Unit] | None = None) -> tuple[str, str]:
    """``value`` in ``unit`` as a plain number in the unit's base, and that base: (1000.21, "billion yuan")
    -> ("1000210000000", "yuan"). Decimal arithmetic: no float noise such as 1000210000000.0001."""
    known = (UNITS if units is None else units).get(unit)
    base = known.base if known is not None else unit
    if value is None or not math.isfinite(float(value)):
        return "", base
    exact = Decimal(repr(float(value))) * (Decimal(repr(known.factor)) if known is not None else Decimal(1))
    text = format(exact, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return ("0" if text in ("", "-0") else text), base


def is_plain_number(text: str) -> bool:
    """Whether ``text`` is a plain number (``PLAIN_NUMBER``) as a whole."""
    return PLAIN_NUMBER.fullmatch(text) is not None


def format_plain(value: float) -> str:
    """A number as facts.csv stores it: digits, optional '-' and '.', no exponent, no separators."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.10f}".rstrip("0").rstrip(".")


def format_number(value: float) -> str:
    """A number with thousands separators and no trailing zeros: 1000.21 -> "1,000.21"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    text = f"{value:,.6f}".rstrip("0").rstrip(".")
    return text


def format_value_unit(value: float, unit: str) -> str:
    """The bare figure with its unit, no qualifier: "98%", "1,000.21 billion yuan", "No. 4"."""
    number = format_number(value)
    if unit == "%":
        return f"{number}%"
    if unit == "rank":
        return f"No. {number}"
    if unit == "year":
        return str(int(value)) if float(value).is_integer() else number
    if unit == "":
        return number
    if "\u3400" <= unit[0] <= "\u9fff":  # a Chinese unit follows its number without a space: "10,002.1亿元"
        return f"{number}{unit}"
    if unit.startswith("US$"):
        return f"US${number}"
    if unit.endswith(" US$"):
        return f"US${number} {unit[: -len(' US$')]}"
    return f"{number} {unit}"


def format_figure(value: float, unit: str, qualifier: str, derived: bool = False) -> str:
    """The figure as the app shows it everywhere: never without its qualifier.

    ``derived``: computed from other figures, said after the qualifier: "over 42.9% (derived)".
    """
    body = format_value_unit(value, unit)
    if value < 0 and qualifier in _BELOW_ZERO_AROUND:  # a bound on a fall's size: "fell by over 15%" is below -15%
        before, after = _BELOW_ZERO_AROUND[qualifier]
        if derived and qualifier != "derived":
            after = " (expected, derived)" if qualifier == "expected_over" else f"{after} (derived)"
        return f"{before}{body}{after}"
    if derived and qualifier != "derived":
        if qualifier == "expected_over":
            return f"> {body} (expected, derived)"
        if qualifier == "forecast":
            return f"{body} (forecast, derived)"
        return f"{format_figure(value, unit, qualifier)} (derived)"
    match qualifier:
        case "exact" | "":
            return body
        case "over":
            return f"over {body}"
        case "under":
            return f"under {body}"
        case "approximately":
            return f"≈ {body}"
        case "expected_over":
            return f"> {body} (expected)"
        case "forecast":
            return f"{body} (forecast)"
        case "range":
            return f"in the {body} range"
        case "derived":
            return f"{body} (derived)"
        case _:
            return f"{body} ({qualifier})"


# A bound of a negative figure bounds its size, as a text says it ("fell by over 15%", "a loss of under 2 million
# yuan": -15 over, -2 million under); shown by value, the way it points: below -15%, above -2 million yuan.
_BELOW_ZERO_AROUND = {"over": ("below ", ""), "under": ("above ", ""), "expected_over": ("< ", " (expected)")}
_QUALIFIER_AROUND = {"exact": ("", ""), "": ("", ""), "over": ("over ", ""), "under": ("under ", ""),
                     "approximately": ("≈ ", ""), "expected_over": ("> ", " (expected)"),
                     "forecast": ("", " (forecast)"), "range": ("in the ", " range"), "derived": ("", " (derived)")}


def _unit_around(unit: str) -> tuple[str, str]:
    """What ``format_value_unit`` puts before and after the number for ``unit`` (a year's number aside)."""
    if unit == "%":
        return "", "%"
    if unit == "rank":
        return "No. ", ""
    if unit in ("", "year"):
        return "", ""
    if "\u3400" <= unit[0] <= "\u9fff":
        return "", unit
    if unit.startswith("US$"):
        return "US$", ""
    if unit.endswith(" US$"):
        return "US$", f" {unit[: -len(' US$')]}"
    return "", f" {unit}"


def format_numbers(values: Sequence[float] | np.ndarray) -> list[str]:
    """``format_number`` of every float value (as a frame's column holds them; a Python int beyond 2**53 is read as
    the float nearest it): the same texts (``tests/model/test_format_many.py``), made a column at a time (a quarter
    of a million derived figures' inputs are formatted at every load)."""
    v = np.asarray(values, dtype=float)
    out: list[str] = [""] * len(v)
    finite = np.isfinite(v)
    with np.errstate(invalid="ignore"):
        whole = finite & (np.abs(v) < 1e15) & (v == np.trunc(v))
    at = np.flatnonzero(whole).tolist()
    for i, text in zip(at, map("{:,}".format, v[whole].astype(np.int64).tolist())):
        out[i] = text
    at = np.flatnonzero(finite & ~whole).tolist()
    for i, text in zip(at, map("{:,.6f}".format, v[finite & ~whole].tolist())):
        out[i] = text.rstrip("0").rstrip(".")
    for i in np.flatnonzero(np.isinf(v)).tolist():
        out[i] = "∞" if v[i] > 0 else "-∞"
    return out


def round_many(values: Sequence[float] | np.ndarray, places: int) -> np.ndarray:
    """``round(value, places)`` of every float value (Python's correctly rounded result), a column at a time.
    numpy's rounding (scale by 10**places, round half to even, scale back) gives the same float wherever the scaled
    value is not within a hair of a half (the scaling's error is far smaller than the hair) and 10**places is exact
    (0 <= places <= 22); those few rows, values too large or not finite, and other places are rounded by Python."""
    v = np.asarray(values, dtype=float)
    if not 0 <= places <= 22:
        return np.array([round(x, places) for x in v.tolist()] + [0.0], dtype=float)[:-1]
    with np.errstate(invalid="ignore", over="ignore"):
        out: np.ndarray = np.round(v, places)
        scaled = v * 10.0**places
        near_half = np.abs(np.abs(scaled - np.trunc(scaled)) - 0.5) <= 1e-9 * np.maximum(1.0, np.abs(scaled))
        doubtful = ~(np.abs(scaled) < 2.0**50) | near_half
    for i in np.flatnonzero(doubtful).tolist():
        out[i] = round(float(v[i]), places)
    return out


def format_figures(values: Sequence[float] | np.ndarray, units: Sequence[str], qualifiers: Sequence[str]) -> list[str]:
    """``format_figure(value, unit, qualifier)`` of every row: the same texts (tested), a column at a time."""
    numbers = format_numbers(values)
    units = list(units)
    years = [k for k, unit in enumerate(units) if unit == "year"]
    if years:  # a year's number has no thousands separator when it is whole
        v = np.asarray(values, dtype=float)[years]
        for k, year in zip(years, v.tolist()):
            if year.is_integer():
                numbers[k] = str(int(year))
    unit_around = {unit: _unit_around(unit) for unit in set(units)}
    qualifier_around = {q: _QUALIFIER_AROUND.get(q, ("", f" ({q})")) for q in set(qualifiers)}
    out = [f"{qualifier_around[q][0]}{unit_around[u][0]}{n}{unit_around[u][1]}{qualifier_around[q][1]}"
           for n, u, q in zip(numbers, units, qualifiers)]
    qualifiers = list(qualifiers)
    bounded = [k for k, q in enumerate(qualifiers) if q in _BELOW_ZERO_AROUND]
    if bounded:  # the bounds of negative figures, by value (format_figure)
        v = np.asarray(values, dtype=float)
        for k in bounded:
            if v[k] < 0:
                before, after = _BELOW_ZERO_AROUND[qualifiers[k]]
                out[k] = f"{before}{unit_around[units[k]][0]}{numbers[k]}{unit_around[units[k]][1]}{after}"
    return out


def format_compact(value: float, unit: str, qualifier: str) -> str:
    """A short label for a bar whose axis already names the unit: "over 1,000.21", "≈ 40%"."""
    number = format_value_unit(value, unit) if unit in ("%", "rank", "year") else format_number(value)
    if value < 0 and qualifier in _BELOW_ZERO_AROUND:
        return f"{_BELOW_ZERO_AROUND[qualifier][0]}{number}{_BELOW_ZERO_AROUND[qualifier][1]}"
    return {
        "exact": number,
        "over": f"over {number}",
        "under": f"under {number}",
        "approximately": f"≈ {number}",
        "expected_over": f"> {number} (expected)",
        "forecast": f"{number} (forecast)",
        "range": f"{number} range",
        "derived": f"{number} (derived)",
    }.get(qualifier, f"{number} ({qualifier})")


def format_base(value: float, base_unit: str) -> str:
    """A base-unit value in readable words: 1.00021e12 yuan -> "1.00021 trillion yuan"."""
    if base_unit in ("yuan", "US$", "tons", "TEU", "count") and abs(value) >= 1e6:
        for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(value) >= scale:
                return format_value_unit(round(value / scale, 6), f"{word} {base_unit}")
    return format_value_unit(value, base_unit)


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """A count with its noun in the right number: "1 source", "0 problems", "2 facts"."""
    return f"{n:,} {singular if n == 1 else (plural or singular + 's')}"


# The order of unit classes when figures are sorted: amounts of money, shares and rates, quantities,
# durations, ranks, ... ; dates (events, years) come last, as the base unit "year".
UNIT_CLASSES: tuple[str, ...] = tuple(dict.fromkeys(u.base for u in UNITS.values() if u.base != "year")) + ("year",)
_DATE = re.compile(r"(?<!\d)(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?!\d)")
# Two questions about a year, with different answers: is a period of facts.csv one whole year (any four
# digits), and do digits in an article read as a calendar year (1800 to 2099) rather than as a figure.
_YEAR_PERIOD = re.compile(r"^\d{4}$")
_CALENDAR_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")


def is_year_period(period: str) -> bool:
    """A period that is one whole year: "2024"; not "2024-03", nor a span "2015–2024"."""
    return bool(_YEAR_PERIOD.match(period))


def looks_like_year(digits: str) -> bool:
    """Digits of a text that read as a calendar year, 1800 to 2099 ("in 2019"), not as a figure ("2500")."""
    return bool(_CALENDAR_YEAR.match(digits))


def date_number(text: str) -> float | None:
    """The first date in ``text`` as a sortable number (2026-01-23 -> 20260123; 1998 -> 19980000)."""
    match = _DATE.search(text)
    if match is None:
        return None
    year, month, day = (int(g) if g else 0 for g in match.groups())
    return float(year * 10_000 + month * 100 + day)


def format_date(period: str, value: float, qualifier: str) -> str:
    """When an event happened: its date as the text gives it ("2026-01-23", "around 2000"), else its year."""
    if period.strip():
        return period
    return format_figure(value, "year", qualifier)

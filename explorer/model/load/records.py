"""What a loaded fact base is made of, and the checks both fact loaders share.

``Source``, ``Label`` and ``FactBase`` (``Problem`` and ``read_table``, a CSV file of the data
folder read safely, are ``tables``'), ``check_fact`` (one fact row: the row loader in ``factbase`` and the
column loader in ``fastload`` both call it, so they cannot disagree) and ``facts_frame``.
This module imports none of the loaders: they import it.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from explorer.model import schema
from explorer.model.load.tables import Problem
from explorer.model.numbers import (
    DISCOUNT_AFTER,
    DISCOUNT_OF_BEFORE,
    FALL_NOUN_AFTER,
    HALVING_WORDS,
    OFF_AFTER,
    OFF_VERBS,
    QUALIFIERS,
    UNITS,
    is_plain_number,
    parse_fraction,
    parse_number,
)
from explorer.model.vocab.units import Unit, unknown_unit_message
from explorer.model.zh_numbers import CN_DIGITS, tens_pair_upper

if TYPE_CHECKING:
    from explorer.model.claims.agreement import AgreementView
    from explorer.model.claims.grouping import Claims
    from explorer.model.search.index import SearchIndex
    from explorer.model.series import PlotView
    from explorer.model.vocab.metrics import MetricTable
    from explorer.model.vocab.vocabulary import Vocabulary

# A negative value needs one of these words just before its figure ("a net loss of 30 million yuan").
_BELOW_AFTER = re.compile(r"(?:\s?[-–]\s?\d[\d.,]*\s?(?:%|per ?cent|percent)?)?\s+(?:below|cheaper(?!\s+than)|"
                          r"(?:lower|down)\s+(?:year[- ]on[- ]year|y/y|yoy|on\s+the\s+year|from\s+a\s+year))\b", re.I)
# "knock a further 2 to 4 percent off rents": a fall named by the verb before and "off" after (both ends)
_OFF_AFTER = re.compile(OFF_AFTER, re.I)
_DISCOUNT_AFTER = re.compile(DISCOUNT_AFTER, re.I)
_DISCOUNT_OF_BEFORE = re.compile(DISCOUNT_OF_BEFORE, re.I)
_MONEY_OR_SHARE = re.compile(r"^[\d.,]+$|%|percent|per\s?cent|points?|yuan|RMB|CNY|\$", re.I)  # (not "3 days")
_OFF_VERB = re.compile(rf"\b(?:{OFF_VERBS})\b[^.;,]{{0,30}}$", re.I)
# "8,000 fewer than a year earlier", "14.2% lower than a year earlier"; "down 3.2% on the quarter and 6.8% on the
# year": the second figure of a fall named before the first.
# (a range's first end too: "1,300 to 1,500 fewer than a year earlier")
# (and "15-20 percent lower than by road": the first end of a gap below something)
_FEWER_AFTER = re.compile(r"(?:\s*(?:to|-|–)\s*[\d,.]+(?:\s?%|\s+percent|\s+per\s?cent)?)?"
                          r"(?:\s+percentage\s+points?|\s+points?|\s+(?:persons|people|jobs|workers|households))?\s+"
                          r"(?:fewer|lower|less|smaller|shorter|cheaper|slower)\s+"
                          r"(?:than\b|per\b|(?:[a-z-]+\s+){1,4}?(?:than|per)\b)", re.I)  # ("18% less natural gas per
# tonne", "0.31 yuan less per kWh", "0.17 persons fewer than in 2020")
# "roughly a fifth less.", "another 3 to 5 percent down next year" (the range's first end too): a fall named after it
# (not "less than": a gap, above; nor "a 20% down payment")
_IN_WORDS = re.compile(r"[A-Za-z][A-Za-z -]*")  # ("a fifth", "three": a share or a range's end said in words)
_DURATION_PRINTED = re.compile(r"(?:hours?|days?|minutes?)$", re.I)
_TIME_SAVED_AFTER = re.compile(r"\s+(?:faster|quicker)\s+than\b", re.I)  # ("18 days faster than by sea": time saved)
_LESS_OR_DOWN_AFTER = re.compile(r"(?:[^\S\n]*(?:to|-|–|—|or)[^\S\n]*[\w.,-]+(?:[^\S\n]*(?:%|percent|per[^\S\n]?cent))?)?"
                                 r"[^\S\n]+(?:less|lower|fewer|cheaper|down)\b(?![^\S\n]+(?:than|payment|payments|from)\b)"
                                 r"(?![-\w])", re.I)
# "cut corn yields in the southern counties by 5 to 8 percent": the fall named before its "by".
_CUT_BY = re.compile(r"\b(?:cut|cuts|cutting|reduce|reduced|reduces|reducing|lower(?!-)|lowered|lowers|lowering|trimmed|"
                     r"trimming|slashed|slashing)\b"
                     r"(?:(?!\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|rose|rise[sn]?|grew|"
                     r"grow(?:s|n|ing)?|boost(?:s|ed|ing)?)\b)[^.;,]){0,80}?\bby\s+(?:an\s+average\s+of\s+)?"
                     r"(?:(?:about|around|some|nearly|roughly|up\s+to|maybe|perhaps|at\s+least|not\s+less\s+than|"
                     r"no\s+less\s+than|no\s+more\s+than|not\s+more\s+than|a\s+further|another|something\s+like|"
                     r"close\s+to|approximately|a\s+mean(?:\s+of)?)\s+){0,2}\s*"
                     r"(?:\d[\d.,]*\s*(?:%|percent|per\s?cent)?\s*(?:to|-|–)\s*)?$", re.I)  # (a range's second end too)
# "another 10% drop", "a 14.6-percent decline", "the 6% price fall": the fall named by the noun after the figure
_FALL_NOUN_AFTER = re.compile(r"[\s-]+" + FALL_NOUN_AFTER, re.I)
_AND_BEFORE = re.compile(r"\band\s+(?:by\s+)?$", re.I)
# "fresh vegetables dropped by 9.6% and fresh fruit by 4.2%": a second subject whose verb (a fall) is left out
_AND_NOUN_BY_BEFORE = re.compile(r"\band(?:[^\S\n]+[A-Za-z'’-]+){1,4}[^\S\n]+by[^\S\n]+$", re.I)
_NEGATIVE_WORDS = re.compile(r"\b(loss|losses|lost|lose|loses|losing|deficit|declines?|declined|declining|fell|falls?|"
                             r"falling|fallen|decreases?|narrow(?:ed|ing|s)|"
                             r"decreased|decreasing|down|minus|dropp?(?:ed|ing|s)?|shrank|shrunk|shrinks?|shrinking|"
                             r"contract(?:ed|ing|ion|s)?|slid|slides?|sliding|slump(?:ed|s)?|dipp?(?:ed|s)?|"
                             r"plunged?|plunges|tumbled?|slipp?(?:ed|ing|s)?|ease|eased|eas(?:es|ing)|retreated|reduc(?:ed|tions?|es)|cuts?|lower|"
                             r"negative)\b"
                             r"|下降|减少|回落|降低|下滑|收窄|降幅|下跌|缩减|减|降|亏损|逆差"
                             r"|压缩|缩短|下调|下浮|少了|(?<![至多])少个|亏|损失|少还|少付|少交|收不抵支|掉了|下来了"
                             r"|负"  # (压缩近三成; 少个一千来块)
                             r"|(?:比(?!较)|(?<!比)较)[^，。；！？]{1,16}(?<![最降偏不未])(?:低|便宜)|(?<![不未得能会])低于|跌幅"
                             r"|偏低|偏少|零下", re.I)  # (降价58%; 比上年低
# 0.2个百分点 and 低于全省平均水平0.5个百分点: below what it is compared with; not 不低于, a floor)


_ZH_SCALE_AFTER_NUMBER = re.compile(rf"[\d{CN_DIGITS}点.]([万亿])")


@dataclass
class Source:
    id: str
    title: str
    date: str
    path: str
    sha256: str
    text: str | None
    verified: bool
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Label:
    """A city or sector: its id as used in facts.csv and the names shown."""

    id: str
    name: str
    name_zh: str = ""
    description: str = ""

    @property
    def display(self) -> str:
        return f"{self.name} {self.name_zh}" if self.name_zh else self.name


class Caches:
    """What other modules work out from a fact base's facts and keep, every entry named here.

    All of it is made from ``FactBase.facts`` (the agreement view from ``claims``, itself made from the
    facts) and is valid until ``facts`` is replaced: ``FactBase`` calls ``invalidate()`` then, and nowhere
    else decides. An entry built from the old frame while it was being replaced is told apart by the
    frame it keeps (``facts``), so it is never served for the new one.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()  # guards the entries below (the load and search workers fill them)
        self.search_lock = threading.Lock()  # held while the search index is built (seconds): one builder
        self.series_lock = threading.Lock()  # held while the series cache is looked up or made
        # Closed for good: the window went, so no search child process is started for this base again.
        self.search_closed = False
        self.row_index: tuple[pd.DataFrame, pd.Series] | None = None  # (facts, fact id -> first position)
        self.search_index: SearchIndex | None = None  # explorer.model.search.index; keeps its facts frame
        # explorer.model.series: (facts, stated figures with period position, figure rows by (metric, base unit))
        self.plot_figures: tuple[pd.DataFrame, pd.DataFrame, dict[Any, np.ndarray]] | None = None
        self.series: tuple[pd.DataFrame, dict[tuple[object, ...], PlotView]] | None = None  # views by what they depend on
        self.agreement: tuple[Claims, AgreementView] | None = None  # explorer.model.claims.agreement, per claims object
        # explorer.model.queries: (facts, the tree's row order and node bounds per grouping), so a switch groups nothing
        self.tree_layouts: tuple[pd.DataFrame, dict[str, Any]] | None = None  # queries.TreeLayout by grouping

    def invalidate(self) -> None:
        """Drop everything made from the facts; stop the old search index's child process."""
        with self.lock:
            index, self.search_index = self.search_index, None
            self.row_index = self.plot_figures = self.series = self.agreement = self.tree_layouts = None
        if index is not None:
            index.close()


@dataclass(frozen=True)
class FactCounts:
    """How many facts a fact base holds: ``stated`` (read from facts.csv) and ``derived`` (computed on load)."""

    stated: int
    derived: int


@dataclass
class FactBase:
    """Everything loaded from one data folder.

    Whatever is worked out from ``facts`` and kept lives in ``caches`` (``Caches``), dropped when
    ``facts`` is replaced; nothing else is attached to a fact base.
    """

    data_dir: Path
    facts: pd.DataFrame
    sources: dict[str, Source]
    cities: dict[str, Label]
    sectors: dict[str, Label]
    problems: list[Problem]
    # The units and metrics tables it was read with (the folder's units.csv/metrics.csv or the bundled ones).
    vocab: Vocabulary | None = None
    # Who else states each figure and whether they agree (explorer.model.claims.grouping), computed on load.
    claims: Claims | None = None
    # Old ids that still name a fact (id_aliases.csv: the D-numbers derived figures had before their ids
    # were made from their inputs), so a citation, --select or the remembered fact keeps working.
    id_aliases: dict[str, str] = field(default_factory=dict)
    caches: Caches = field(default_factory=Caches, init=False, repr=False, compare=False)

    def __setattr__(self, name: str, value: object) -> None:
        # The one place that says when the caches are invalid: the facts they were made from are replaced.
        replaced = name == "facts" and hasattr(self, "caches") and value is not getattr(self, "facts", None)
        super().__setattr__(name, value)
        if replaced:
            self.caches.invalidate()

    @property
    def stated(self) -> pd.DataFrame:
        return self.facts[~self.facts["derived"]]

    def counts(self) -> FactCounts:
        """How many facts are stated and how many derived: the one count the window and the command line show."""
        stated = int((~self.facts["derived"]).sum())
        return FactCounts(stated, len(self.facts) - stated)

    def fact(self, fact_id: str) -> pd.Series:
        row = self.row_of(fact_id)
        if row is None:
            raise IndexError(f"no fact {fact_id!r}")
        return self.facts.iloc[row]

    def row_of(self, fact_id: str) -> int | None:
        """Position of the fact in ``facts`` (the first, should an id repeat), from an index kept per frame."""
        index = self.caches.row_index
        if index is None or index[0] is not self.facts:
            facts = self.facts
            ids = pd.Index(facts["id"])
            first = ~ids.duplicated()
            index = (facts, pd.Series(np.flatnonzero(first), index=ids[first]))
            self.caches.row_index = index
        row = index[1].get(fact_id)
        if row is None and fact_id in self.id_aliases:
            row = index[1].get(self.id_aliases[fact_id])
        return None if row is None else int(row)

    def city_label(self, city: str) -> str:
        label = self.cities.get(city)
        return label.display if label else city

    def sector_label(self, sector: str) -> str:
        label = self.sectors.get(sector)
        return label.display if label else sector


def _parse_int(text: str) -> int | None:
    text = text.strip()
    return int(text) if re.fullmatch(r"\d{1,18}", text) else None  # int() refuses over 4300 digits


def check_fact(row: dict[str, str], sources: dict[str, Source], cities: dict[str, Label],
               sectors: dict[str, Label], units: dict[str, Unit] | None = None,
               metrics: MetricTable | None = None) -> tuple[list[str], dict[str, object]]:
    """What is wrong with one fact row, and its typed values when nothing is (units, metrics: the folder's tables;
    the bundled units by default). Both loaders check with it: this module's row loader, and
    ``explorer.model.load.fastload`` for each row its column checks do not clear."""
    units = UNITS if units is None else units
    errors: list[str] = []
    kind = row["kind"].strip()
    if kind not in schema.FACT_KINDS:
        errors.append(f"kind {kind!r} is not one of {', '.join(sorted(schema.FACT_KINDS))}")
    source = sources.get(row["source_id"].strip())
    if source is None:
        errors.append(f"unknown source {row['source_id']!r} (not in sources.csv or not loadable)")
    if row["city"].strip() not in cities:
        errors.append("city is empty (one of cities.csv)" if not row["city"].strip() else
                      f"unknown city {row['city']!r} (not in cities.csv)")
    if row["sector"].strip() not in sectors:
        errors.append("sector is empty (one of sectors.csv)" if not row["sector"].strip() else
                      f"unknown sector {row['sector']!r} (not in sectors.csv)")
    if not row["metric"].strip():
        errors.append("metric is empty (free text: a name of your own, or one of metrics.csv: "
                      f"{metrics.accepted_text() if metrics is not None else 'see metrics.csv'})")
    unit = row["unit"].strip()
    if unit not in units:
        errors.append(unknown_unit_message(unit, units))
    qualifier = row["qualifier"].strip()
    if qualifier not in QUALIFIERS or qualifier == "derived":
        errors.append(f"qualifier {qualifier!r} is not one of "
                      f"{', '.join(q for q in QUALIFIERS if q != 'derived')}")
    value_text = row["value"].strip()
    value: float | None = None
    if not value_text:
        errors.append("value is empty")
    elif not is_plain_number(value_text):
        errors.append(f"value {value_text!r} is not a plain number (digits, optional '-' and '.')")
    else:
        value = float(value_text)
        if not math.isfinite(value):
            errors.append(f"value {value_text!r} is not finite")
            value = None
    start, end = _parse_int(row["start"]), _parse_int(row["end"])
    if start is None or end is None:
        errors.append(f"start/end ({row['start']!r}, {row['end']!r}) are not whole numbers")
    quote, printed = row["quote"], row["as_printed"]
    if not quote:
        errors.append("quote is empty")
    if not printed:
        errors.append("as_printed is empty")
    elif printed not in quote:
        errors.append(f"as_printed {printed!r} does not occur in the quote")
    if source is not None and source.text is not None and start is not None and end is not None:
        if end <= start:
            errors.append(f"end ({end}) is not after start ({start})")
        elif end > len(source.text):
            errors.append(f"offsets {start}:{end} are past the end of the source ({len(source.text)} characters)")
        elif source.text[start:end] != quote:
            found = source.text.find(quote) if quote else -1
            hint = f"; the quote stands at {found}:{found + len(quote)}" if found >= 0 else \
                "; the quote does not occur anywhere in the source"
            errors.append(f"quote is not source_text[{start}:{end}]{hint}")
    elif source is not None and source.text is None:
        errors.append(f"source {source.id!r} has no readable text, so the quote cannot be checked")
    if value is not None and printed:
        stated = parse_number(printed)
        if unit and len(printed) > len(unit) and printed.endswith(unit) and not printed.isascii() and (
                stated is None or not math.isclose(abs(stated), abs(value), rel_tol=1e-9)):
            stated = parse_number(printed[:-len(unit)]) or stated  # 一百万千瓦: 100 in 万千瓦 (the unit's 千 apart)
        scale = _ZH_SCALE_AFTER_NUMBER.search(printed) if stated is not None and not printed.isascii() and \
            not unit.startswith(("万", "亿")) else None
        if scale is not None and stated is not None and \
                math.isclose(abs(stated) * (1e4 if scale.group(1) == "万" else 1e8), abs(value), rel_tol=1e-9):
            stated = value  # 六万公里: 60,000 km (the units table has no 万公里; the value holds the scale)
        fraction = parse_fraction(printed) if unit in ("%", "percentage points", "‰") else None
        per = 100 if unit == "%" else 1000 if unit == "‰" else 1  # ("half a percentage point": 0.5 of a point;
        # 千分之七: 7 per mille)
        if fraction is not None and math.isclose(fraction * per, abs(value), rel_tol=1e-3, abs_tol=0.006):
            pass  # a share in words: "nearly half" is 50 %, "two out of every three" 66.67 %
        elif stated is None:
            errors.append(f"as_printed {printed!r} holds no number")
        elif not math.isclose(abs(stated), abs(value), rel_tol=1e-9) and not (
                not printed.isascii() and _is_tens_pair_upper(quote, printed, unit, abs(value))):
            # (六块钱 16 where the quote says 十五六块钱: the upper end of a spoken range, printed from its numeral)
            errors.append(f"value {value_text} differs from the number printed ({printed!r} gives {stated:g})")
        elif printed_negative(printed, stated):  # "-3.2", "(11.9)": the sign is printed with the figure
            if value > 0:
                errors.append(f"value {value_text} is positive but {printed!r} is printed as a negative number")
        elif value < 0 and not names_decline(quote, printed):
            errors.append(f"value {value_text} is negative but no loss or decline is named just before {printed!r}")
    period = row["period"].strip()
    typed: dict[str, object] = {
        "value": value, "start": start, "end": end, "period": period,
        "verified": bool(source and source.verified),
    }
    return errors, typed


_BRACKETED = re.compile(r"\(\s*\d[\d,]*(?:\.\d+)?\s*%?\s*\)")  # "(11.9)", "(6.1%)": negative, as accountants print


def _is_tens_pair_upper(quote: str, printed: str, unit: str, value: float) -> bool:
    """Whether ``value`` is the upper end of a spoken range after a tens numeral printed from its last numeral (六块钱
    16 in 十五六块钱; 六万公里 160,000 in 十五六万公里, the scale in the value where the unit has none)."""
    upper = tens_pair_upper(quote, printed)
    if upper is None:
        return False
    scale = _ZH_SCALE_AFTER_NUMBER.search(printed) if not unit.startswith(("万", "亿")) else None
    factor = 1.0 if scale is None else 1e4 if scale.group(1) == "万" else 1e8
    return math.isclose(upper, value, rel_tol=1e-9) or math.isclose(upper * factor, value, rel_tol=1e-9)


def printed_negative(printed: str, stated: float) -> bool:
    """Whether the printed figure carries its own minus: "-3.2" (its number is negative) or "(11.9)" in brackets."""
    return stated < 0 or _BRACKETED.fullmatch(printed.strip()) is not None


def names_decline(quote: str, printed: str) -> bool:
    """Whether a loss or decline is named in the 30 characters of ``quote`` just before ``printed``, or a gap below
    something just after it: a negative value needs one ("a net loss of 30 million yuan", "0.8 percentage points
    below the provincial rate", "10-12% below their 2031 level", "8,000 fewer than a year earlier", "down 3.2% on
    the quarter and 6.8% on the year")."""
    if printed.lower() in HALVING_WORDS or " fewer " in printed:
        return True
    at = quote.find(printed)
    while at >= 0:  # (each place the figure's print stands in its quote: "up about 15% ... 回落1至2个百分点")
        if _declines_at(quote, printed, at):
            return True
        at = quote.find(printed, at + 1)
    return False


def _declines_at(quote: str, printed: str, at: int) -> bool:
    return \
        _NEGATIVE_WORDS.search(quote[max(0, at - 30):at]) is not None or \
        _BELOW_AFTER.match(quote, at + len(printed)) is not None or \
        _FEWER_AFTER.match(quote, at + len(printed)) is not None or \
        _DURATION_PRINTED.search(printed) is not None and _TIME_SAVED_AFTER.match(quote, at + len(printed)) is not None or \
        _LESS_OR_DOWN_AFTER.match(quote, at + len(printed)) is not None and (
            _MONEY_OR_SHARE.search(printed) is not None or _IN_WORDS.fullmatch(printed) is not None) or \
        _FALL_NOUN_AFTER.match(quote, at + len(printed)) is not None or \
        _OFF_AFTER.match(quote, at + len(printed)) is not None and _MONEY_OR_SHARE.search(printed) is not None and \
        _OFF_VERB.search(quote, max(0, at - 40), at) is not None or \
        _AND_BEFORE.search(quote, max(0, at - 12), at) is not None and \
        _NEGATIVE_WORDS.search(quote[max(0, at - 70):at]) is not None or \
        _AND_NOUN_BY_BEFORE.search(quote, max(0, at - 50), at) is not None and \
        _NEGATIVE_WORDS.search(quote[max(0, at - 110):at]) is not None or \
        _CUT_BY.search(quote, max(0, at - 110), at) is not None or \
        _MONEY_OR_SHARE.search(printed) is not None and (
            _DISCOUNT_AFTER.match(quote, at + len(printed)) is not None
            or _DISCOUNT_OF_BEFORE.search(quote, max(0, at - 30), at) is not None)


def facts_frame(records: list[dict[str, object]]) -> pd.DataFrame:
    """A DataFrame with the fact columns in their fixed order, typed."""
    columns = list(schema.FRAME_COLUMNS)
    frame = pd.DataFrame.from_records(records, columns=columns)
    for col in ("value", "value_base"):
        frame[col] = frame[col].astype("float64")
    for col in ("start", "end", "line"):
        frame[col] = frame[col].astype("Int64")
    for col in ("verified", "derived"):
        frame[col] = frame[col].astype("bool")
    return frame


def facts_unread(problems: list[Problem]) -> Problem | None:
    """The problem that kept facts.csv from being read at all (missing, refused, unreadable, empty), if any."""
    return next((p for p in problems if p.file == "facts.csv" and p.line is None and p.fact_id is None
                 and p.severity == "error"), None)

"""Finding the figures of an article: rule-based candidate facts, and the numbers no fact covers.

Every number in the text is looked at once, with the few words around it: a currency
before it, a scale word and a unit after it, a qualifier ("over", "around", "expected
to exceed") just before. Numbers that only date or name something (years, days of a
month, "Fortune 500", "per 10,000 people", "two months ago") are not figures; years
become the periods of the figures beside them. Qt-free, so the command line and the
review window propose the same candidates.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, cast

from explorer.model import schema
from explorer.model.numbers import (
    FRACTION_WORDS,
    HALF_OF_ANOTHER,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    UNITS,
    folded_lower,
    format_plain,
    looks_like_year,
    parse_number,
)
from explorer.model.periods import same_months

# ---- number tokens ------------------------------------------------------------------------

# The number words are numbers.NUMBER_WORDS, ORDINAL_WORDS and FRACTION_WORDS: one table for parsing and extraction.
_TENS = "|".join(word for word, n in NUMBER_WORDS.items() if n >= 20)
_ONES = "|".join(word for word, n in NUMBER_WORDS.items() if 1 <= n <= 9)
_CARD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_COMPOUND = rf"(?:{_TENS})-(?:{_ONES})"  # ("twenty-five")
_DIGIT_WORD = "|".join([*(word for word, n in NUMBER_WORDS.items() if n <= 9), "oh"])  # ("two point oh five")
# A number in words, whole ("seven hundred and forty-two", "five thousand eight hundred", "a hundred") and with
# a decimal part ("one point one eight"); scale words from "million" up are the unit's ("one point one eight
# trillion yuan"). numbers.words_number reads what this finds.
_N99 = rf"(?:(?:{_TENS})[- ](?:{_ONES})|{_CARD})"
_N999 = (rf"(?:(?:{_N99}|a(?=(?:[ -]|{{GAP}})(?:hundred|thousand|million|billion|trillion)\b)|"  # ("a" only before its
         rf"half(?:[ -]|{{GAP}})a(?=(?:[ -]|{{GAP}})(?:million|billion|trillion)\b))"  # scale: "a thousand", "a million
         # tonnes", "half a million visitors",
         rf"(?:(?:[ -]|{{GAP}})hundred(?:{{GAP}}(?:and{{GAP}})?{_N99}(?!(?:[ -]|{{GAP}})hundred\b))?)?"  # not the "a" of
         rf"|hundred{{GAP}}and{{GAP}}{_N99}(?!(?:[ -]|{{GAP}})hundred\b))")  # ("Hundred and sixty-eight", as spoken with
# no "a": 168, not the 68 after it)
# "ten thousand a month"; "one hundred four" as Americans write it, with no "and"). The part after "hundred" or
# "thousand" never takes the same scale again: "between three thousand five hundred and four thousand two hundred" is
# two numbers, 3,500 and 4,200 (not 3,504 thousand); "three hundred and four thousand" is still 304,000.
_WORD_NUMBER = (rf"(?:{_N999}(?:(?:[ -]|{{GAP}})thousand(?:{{GAP}}(?:and{{GAP}})?{_N999}"
                rf"(?!(?:[ -]|{{GAP}})(?:thousand|million|billion|trillion)\b))?)?"
                rf"(?:{{GAP}}point(?:{{GAP}}(?:{_DIGIT_WORD}))+|{{GAP}}and{{GAP}}a{{GAP}}half\b)?)")  # ("four and a half")

_BREAKS = r"\n\r\v\f\x1c-\x1e\x85\u2028\u2029"  # what str.splitlines() takes for a line break
_GAP = rf"[^\S{_BREAKS}]+"  # spaces, tabs, no-break spaces: any blank but a line break
_WORD_NUMBER = _WORD_NUMBER.replace("{GAP}", _GAP)
WORD_NUMBER = _WORD_NUMBER  # (for the English rules: a range's end said in words)
_LINE_BREAK = re.compile(rf"\r\n|[{_BREAKS}]")
# Where a number can start: a digit, or the first letter of a number word at the start of a word. Tried first,
# this rejects most positions of a text (inside words, blanks) at once, before the alternatives below.
# Verbs in -s after "one visitor in three" ("comes from outside", "still buys at the counter"): no plural noun
_VERB_S = (r"(?:comes|goes|buys|uses|has|is|was|does|says|lives|works|pays|gets|takes|makes|wants|needs|owns|sells|"
           r"shops|travels|visits|stays|returns|chooses|prefers|spends|leaves|arrives|eats|drinks|rents|drives|walks|"
           r"books|orders|lives|believes|thinks|plans|expects|owes|earns)")
# (the words of _VERB_S that are never plural nouns: "One household out of five owns a car"; not "four cakes out of 10
# orders", "two stalls out of 12 shops": counts of things)
_VERB_S_ONLY = (r"(?:comes|goes|buys|uses|has|is|was|does|says|lives|pays|gets|takes|makes|wants|needs|owns|sells|travels|"
                r"chooses|prefers|spends|arrives|eats|believes|thinks|expects|owes|earns)")
_NOT_COUNTED_AFTER = (r"of|in|on|at|and|or|to|now|today|this|last|every|each|always|perhaps|across|versus|besides|"
                      r"sometimes|nowadays|towards|afterwards|thus|plus|whereas|unless|its|his")  # (words after an
# out-of whole that are no plural noun it counts; after a singular "One worker out of four", any verb in -s: "works")
_WORD_INITIALS = "".join(sorted({w[0] for w in (*NUMBER_WORDS, *ORDINAL_WORDS, "a", "half")}))
_TOKEN = re.compile(
    rf"(?=\d|(?<![A-Za-z])[{_WORD_INITIALS}])"
    r"(?:(?P<digits>(?:(?<![\w.,/])|(?<=\bc\.)|(?<=[kMG]W/)(?=[\d.,]+[^\S\n]?[kMG]Wh\b))(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|,\d{3}|\.\d|/\d))(?P<suffix>st|nd|rd|th)?"
    # (a storage station's "100 MW/400 MWh": its energy after its power)
    # A figure never runs over a line break (the quote, its sentence, stops at one): _GAP, not \s.
    rf"|\b(?P<outof>(?:{_ONES}|\d+){_GAP}(?:(?:(?P<outnoun>(?!(?:percent|times|hundreds|thousands|millions|billions|"
    rf"dozens)\b)(?:[a-z][a-z-]{{1,19}}s|people|women|men|children))|(?P<onenoun>(?<=[Oo]ne )(?![a-z]+ed\b)"
    rf"(?!(?:percent|time|hundred|thousand|million|billion|dozen|in|of|out|and|or|fell|flew|went|ran|came|got|left|"
    rf"was|is)\b)[a-z][a-z-]{{2,19}})){_GAP}(?=out\b))?"
    rf"(?:out{_GAP}of{_GAP}(?:every{_GAP})?|in{_GAP}every{_GAP})"  # ("nine winters out of ten": its noun between)
    rf"(?:{_COMPOUND}|{_CARD}|\d+(?![,.]\d))"  # (not "out of 5,000": a count, its own figure)
    rf"(?(outnoun)(?!{_GAP}(?!(?:{_NOT_COUNTED_AFTER}|{_VERB_S_ONLY})\b)[a-z][a-z-]+s\b))"
    rf"(?(onenoun)(?!{_GAP}(?!(?:{_NOT_COUNTED_AFTER}|{_VERB_S})\b)[a-z][a-z-]+s\b))"
    # (with its noun between, not where the whole counts a plural noun: "One went out of 10 firms", "two goals out
    # of 10 shots": counts; "One household out of five owns a car", "Seven firms out of 10 across the province": a
    # verb or an adverb after the whole, a share)
    rf"|(?:{_ONES}){_GAP}in{_GAP}(?:{_COMPOUND}|{_CARD}|\d{{1,3}}(?![\d,.]|{_GAP}(?:percent|per{_GAP}cent)\b))"
    # ("one in twenty-five", "roughly one in 27 passengers"; not "one in 2031", a year)
    # "one worker in four", "one yuan in seven": a share with its noun between (not "three times in five years")
    rf"|one{_GAP}(?!(?:times?|of|in|or|and|to|more|less|half|halves|thirds?|quarters?|fifths?|tenths?)\b)"
    rf"[a-z][a-z-]{{1,20}}{_GAP}in{_GAP}"  # (not "one half in four": a fraction's word is no noun between)
    rf"(?:every{_GAP})?(?:{_COMPOUND}|{_CARD})(?!{_GAP}(?:[a-z-]+{_GAP})?(?!{_VERB_S}\b)[a-z]{{2,}}s\b)"
    rf"|one{_GAP}for{_GAP}every{_GAP}(?:{_CARD}|\d+))\b"  # (not "one hospital in seven
    # townships": another noun after the seven)
    r"|\b(?P<frac>(?:a|an(?=[- ]eighth)|one|two|three|four|five|seven|nine)[- ]"
    r"(?:half|third|thirds|quarter|quarters|fifth|fifths|sixth|"
    r"sixths|seventh|sevenths|eighth|eighths|ninth|ninths|tenth|tenths)"
    rf"|half(?!{_GAP}a{_GAP}(?:million|billion|trillion)\b))\b"  # (not "half a million": a number, below)
    r"|\b(?P<ordinal>" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")\b"
    rf"|\b(?P<words>{_WORD_NUMBER})\b)",
    re.IGNORECASE,
)

_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()
_MONTH_NUM = {m: i + 1 for i, m in enumerate(_MONTHS[:12])}
_SCALE = r"(?P<scale>thousand|million|billion|trillion|mn|bn|mln|bln|trln|trn|tn)"
_SCALE_AFTER = re.compile(r"[ -]?" + _SCALE + r"\b", re.IGNORECASE)
_SCALE_WORDS = {"thousand": "thousand", "million": "million", "billion": "billion", "trillion": "trillion",
                "mn": "million", "bn": "billion", "mln": "million", "bln": "billion", "tn": "trillion",
                "trn": "trillion", "trln": "trillion"}
_CURRENCY_BEFORE = re.compile(
    r"(?P<cur>US\$|USD|US dollars?|(?<![A-Za-z])\$|RMB|CNY|¥|yuan)\s?$", re.IGNORECASE)  # (not HK$, S$: not US$)


def _currency_before(before: str) -> re.Match[str] | None:
    """_CURRENCY_BEFORE.search(before), in its last 16 characters: a match is at most 12 long ("US dollars \n")."""
    return _CURRENCY_BEFORE.search(before, max(0, len(before) - 16))


# Units after the number (and its scale word), longest first; each maps to a UNITS base name.
_UNIT_AFTER: tuple[tuple[str, str], ...] = (
    (r"percentage[- ]points?|pp\b|ppts?\b", "percentage points"),
    (r"%|per ?cent\b|percent\b|pct\b", "%"),
    (r"(?:yuan|renminbi|RMB|CNY)\b", "yuan"),
    (r"(?-i:mao)\b", "mao"),  # a tenth of a yuan, as said ("five mao a parcel"; lower case: not "in 1976 Mao died")
    (r"(?:US dollars?|U\.S\. dollars?|dollars?|USD)\b", "US$"),
    (r"(?:twenty-foot equivalent units|TEUs?)\b", "TEU"),
    (r"(?:deadweight\s+)?(?:metric tons|tonnes|tonne|tce)\b", "tonnes"),  # (tce: tonnes of standard coal equivalent;
    # "2.38 million deadweight tonnes" of ships)
    (r"(?:deadweight\s+)?tons?\b", "tons"),
    (r"square[- ](?:meters?|metres?)\b|sq\.? ?m\b", "square meters"),  # ("a 32,000 square metre terminal", "a
    # 36,000-square-meter terminal")
    (r"(?<!-)(?:kilograms?|kilos?|kgs?)\b", "kilograms"),
    (r"(?:jin|catty|catties)\b", "jin"),  # half a kilogram ("48,000 jin of fresh berries")
    (r"mu\b", "mu"),
    (r"cubic (?:metres|meters)\b|m3\b|m³|kilolit(?:re|er)s?\b", "cubic meters"),  # (a kilolitre is a cubic metre)
    (r"(?<!-)lit(?:re|er)s?\b", "litres"),  # ("68 litres of fresh water a wash": a thousandth of a cubic metre; not
    # "an 18.9-litre bucket", "a 1.6-litre car": a kind of thing by its size)
    (r"hectares?\b", "hectares"),  # (not "a 15-kilogram sack": its size)
    (r"(?:kilometres?|kilometers?|km)\b(?!/|\s+(?:per|an|a)\s+hour)", "km"),  # (not "km/h", "km per hour": speeds)
    (r"(?:metres?|meters?)\b(?![^\S\n]*/|[^\S\n]+(?:per|an|a)[^\S\n]+(?:second|minute|hour)\b)", "metres"),  # a length,
    # height or water level ("19.42 metres", "a 12.5-metre-wide bridge"; not "3 metres per second", a speed)
    (r"t ?CO2e?\b|tonnes of CO2(?: equivalent)?\b|tonnes of carbon dioxide(?: equivalent)?\b", "tonnes"),  # emissions
    (r"(?:millimet(?:re|er)s?|mm)\b(?!\s*/|\s+(?:per|an|a)\s+hour|\s*Hg)", "mm"),  # rain and snow (not "50 mm/h",
    # "mm per hour": a rate; "140 mm Hg": a pressure)
    (r"(?:centimet(?:re|er)s?|cm)\b(?![^\S\n]*/|[^\S\n]+(?:per|an|a)[^\S\n]+(?:second|minute|hour)\b)", "centimetres"),
    # snow ("31 centimetres of snow", "31 cm deep"): in millimetres as rain and snow are (a size is dropped in english.py)
    (r"°\s?C\b|degrees? (?:Celsius|centigrade)\b|℃", "°C"),
    # degrees alone, as weather copy and speech give a temperature ("the thermometer showed minus 34 degrees"); not
    # a bearing or a position, nor an angle (dropped by the words before it: "slopes steeper than 25 degrees")
    (r"degrees\b(?!\s+(?:north|south|east|west|latitude|longitude|of\s+(?:latitude|longitude|arc|freedom|"
     r"separation))\b)", "°C"),
    # electricity and power, the air and noise (the labelled texts' bulletins and reports)
    (r"(?:kWh|kilowatt[- ]hours?)\b", "kWh"),
    (r"(?:MWh|megawatt[- ]hours?)\b", "MWh"),
    (r"(?:GWh|gigawatt[- ]hours?)\b", "GWh"),
    (r"(?:TWh|terawatt[- ]hours?)\b", "TWh"),
    (r"(?:kW|kilowatts?)\b", "kW"),
    (r"(?:MW|megawatts?)\b", "MW"),
    (r"(?:GW|gigawatts?)\b", "GW"),
    (r"(?:µg|μg|micrograms?)\s?(?:/\s?m(?:3|³)|per\s+cubic\s+met(?:re|er))", "μg/m³"),
    (r"(?:mg|milligrams?)\s?(?:/\s?m(?:3|³)|per\s+cubic\s+met(?:re|er))", "mg/m³"),
    (r"‰|per\s+mille\b|per\s+(?:one\s+)?thousand\b(?!\s+(?:yuan|US|dollars|tonnes|tons)\b)", "‰"),  # births per
    # thousand people ("a birth rate of 8.31 per thousand")
    (r"(?:dB|decibels?)\b", "dB"),
    (r"(?:square\s+kilomet(?:re|er)s?|sq\.?\s?km|km2|km²)", "km²"),
    (r"months?\b", "months"),
    (r"(?:working\s+)?days?\b", "days"),
    (r"hours?\b", "hours"),
    (r"minutes\b", "minutes"),
    (r"years\b", "years"),
    (r"football fields\b", "football fields"),
    (r"times\b", "times"),
)
_MINUTES_AWAY_AFTER = re.compile(r"(?:['’]s?)?[^\S\n]+(?:(?:from|to|before|after)(?![^\S\n]+(?:[a-z]+[^\S\n]+)?\d)|away|"
                                 r"north|south|east|west|drive|walk|ride|outside|on[^\S\n]+foot|by[^\S\n]+[a-z-]+|past|"
                                 r"into)\b", re.I)  # (also a clock's time, "ten minutes past eight", and a
# video's, "14 minutes into the video"; not "from 48 minutes to 19 minutes", a change)
_MINUTES_NOT_BEFORE = re.compile(r"(?:running\s+time|duration|length|\bhours?|\bhrs?\.?)[:\s]*$", re.I)
_MONEY_AFTER_MM = re.compile(r"\s+(?:yuan|renminbi|RMB|dollars?|US\$|shares|units|worth)\b", re.I)
_GLUED_SUFFIX = re.compile(r"(?:bn|mn|bln|mln|trln|trn|tn|pp|ppts?|pct|st|nd|rd|th|x|(?-i:mt))\b", re.IGNORECASE)
_POPULATION_BEFORE = re.compile(r"\b(?:population|residents|inhabitants|pop\.)\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?$",
                                re.I)
_PEOPLE_AFTER_M = re.compile(r"[mk]\s+(?:people|residents|inhabitants|ppl|persons|workers|employees|jobs)\b", re.I)


_MEASURE_AFTER_M = re.compile(r"\s?(?:sq\.?\s?m|square|tonnes?|tons?|TEUs?|yuan|kWh|km|mu|hectares?|cubic|units?|"
                              r"vehicles?|cars|parcels|visits|trips|passengers)\b", re.I)


def _glued_people(text: str, before: str, end: int, s_start: int) -> bool:
    """Whether an "m" or "k" glued to the number at ``end`` counts people ("population 0.69m", "2.1m residents",
    "5.7m residents, down some 40k since 2020")."""
    if _MEASURE_AFTER_M.match(text, end + 1):
        return False  # "reached 1.38m sq m" in a sentence naming a population: an area, not people
    return _M_ALONE.match(text, end) is not None and (
        _POPULATION_BEFORE.search(before) is not None or _PEOPLE_AFTER_M.match(text, end) is not None
        or _POPULATION_IN_SENTENCE.search(text, s_start, end) is not None)


_M_ALONE = re.compile(r"[mk](?![A-Za-z0-9])")
# "2.36m visitors", "4.6m sq m of GFA", "totalled 5.12m, up 9.4%": an "m" glued to a number is million when a
# plural noun or a unit follows it (or, after a decimal, the clause ends), not metres ("a 400m runway", "12m-high",
# "a depth of 12.5m").
_GLUED_M_NOUN = re.compile(r"m[^\S\n\r]+(?:(?P<unit>sq\.?[^\S\n\r]?m|sqm|square\s+met(?:re|er)s|tonnes|tons|TEUs?|"
                           r"people|staff)|(?:[a-z]+[^\S\n\r]+)?(?P<plural>[a-z]{3,}s))\b")
_GLUED_M_END = re.compile(r"m(?:[,;:)]|\.(?!\d))")
_NOT_PLURAL = frozenset(("this", "thus", "plus", "less", "across", "unless", "versus", "does", "goes", "was", "has",
                         "its", "yes", "always", "perhaps", "besides", "towards", "afterwards"))
_LENGTH_BEFORE = re.compile(r"\b(?:depth|height|length|width|diameter|altitude|elevation|radius|distance|tall|high|long|"
                            r"wide|deep|span|spans|runway|track|metres?|meters?)\b[^.;\n]{0,25}$", re.I)


def _glued_million(text: str, before: str, end: int, digits: str) -> bool:
    """Whether the "m" glued to ``digits`` (at ``end``) is million ("2.36m visitors") rather than metres ("a 50m pool",
    "rose 0.3m,"): a decimal before a plural noun or a unit, or in a text that writes millions so ("RMB742m",
    "RMB2.1bn") before a noun or at a clause's end."""
    if text[end:end + 1] != "m" or _LENGTH_BEFORE.search(before):
        return False
    noun = _GLUED_M_NOUN.match(text, end)
    if noun:
        plural = (noun.group("plural") or "").lower()
        if plural in _NOT_PLURAL or plural.startswith(_LENGTH_WORDS):
            return False
        return "." in digits and (bool(noun.group("unit")) or bool(plural)) or _abbreviated_style(text)
    return _GLUED_M_END.match(text, end) is not None and _abbreviated_style(text)


_LENGTH_WORDS = ("metre", "meter", "kilometre", "kilometer", "depth", "height", "length", "width")
_ABBREVIATED = re.compile(r"\d(?:bn|mn)\b|(?:RMB|CNY|US\$|HK\$)\s?\d[\d,.]*m\b")


@functools.lru_cache(maxsize=8)
def _abbreviated_style(text: str) -> bool:
    """Whether ``text`` writes amounts short ("RMB2.1bn", "RMB742m"): its glued "m" is million. Once per text."""
    return _ABBREVIATED.search(text) is not None
_T_ALONE = re.compile(r"t(?![A-Za-z0-9])")  # (with a thousands separator only: "41,200t", not "5t")
_POPULATION_IN_SENTENCE = re.compile(r"\b(?:population|residents|inhabitants)\b", re.I)
_PAIR_BETWEEN = re.compile(r"\s*(?:in\s+(?:19|20)\d\d\s+)?(?:to|and|-|–)\s*(?:over\s+|more than\s+|plus\s+|minus\s+)?")
_PAIR_LEAD = re.compile(r"\b(?:from|between)\s+(?:minus\s+)?$")
_GLUED_MONEY_SCALE = re.compile(r"[mMkK](?![A-Za-z0-9])")
_GLUED_TIMES = re.compile(r"x(?![A-Za-z0-9])")
_GLUED_MT = re.compile(r"mt(?![A-Za-z0-9])")  # ("9.84mt" in a note: million tonnes, as "mt" is written glued there)
# "up about seven points on last winter", "the 1.2-point margin gain", "trails the province by nearly seven points": a
# rate's change in points, where the text around speaks in percent or of a rate; not an index's points ("the PMI stood
# at 50.7, up 0.9 points", "The Dow fell 500 points, or 1.5%"), a currency's ("down 120 points" of a central parity), a
# score's ("won by 20 points", "earn 10 points"), nor a plan's ("a 10-point plan", "a 15-point roadmap")
_POINTS_AFTER = re.compile(r"[^\S\n]+points?\b(?![^\S\n]+(?:of|to\s+pass|for\s+(?:every|each))\b)"
                           r"(?![^\S\n]*,?[^\S\n]*or[^\S\n]+[-+−]?\d[\d.,]*[^\S\n]*(?:%|percent|per\s?cent))"
                           r"(?!\s+(?:or|and)\s+(?:more|above|higher|over|better)\b)"  # (not "80 points or more")
                           r"|-points?(?=[^\S\n]+(?:[a-z]+[^\S\n]+)?(?:rise|increase|drop|fall|gain|decline|jump|cut|"
                           r"reduction|gap|margin|improvement|widening|narrowing|lead)\b)", re.I)
_INDEX_WORDS = re.compile(r"\b(?:index|indices|indexes|PMI|scores?|scored|scoring|marks|rating|evaluation|cupping|grade|"
                          r"Dow|Hang\s+Seng|FTSE|Nikkei|Nasdaq|CSI|S&P|Composite|gauge|benchmark|Industrial\s+Average|futures|"
                          r"parity|exchange\s+rate|pips?|Kospi|Sensex|STOXX|DAX|won|lost|beat|defeated|leads?|led|earn|"
                          r"earns|earned|need|needs|award(?:s|ed)?|exam|test|yields?|bonds?|gold|oil|crude|shares|"
                          r"stocks?|dollars?|currency|renminbi|yuan['’]s)(?![\w'’])", re.I)
# A change just before the points ("up six, seven points", "a gap of twelve points", "+4.8 points"), or a comparison
# just after ("9 points above 2019")
_POINTS_CHANGE_BEFORE = re.compile(r"(?:\b(?:up|down|gap|by|rose|risen|fell|fallen|gained|higher|lower|jumped|climbed|"
                                   r"dropped|slipped|added|adds|widened|narrowed|rising|falling)\b[^.!?\n]{0,24}|"
                                   r"(?<![\w.])[+−-])$", re.I)
_POINTS_COMPARED_AFTER = re.compile(r"\s+(?:above|below|higher|lower|more|less|ahead|behind)\b", re.I)
_PERCENT_SAID = re.compile(r"%|\bper\s?cent\b|\bpercent(?:age)?\b", re.I)
_GLUED_UNIT = re.compile(r"(?:pp|ppts?|pct)\b", re.IGNORECASE)  # "0.5ppt", "3pct": a unit glued to its number
_UNIT_AFTER_RE = [(re.compile(r"[\s-]?(?:" + pattern + ")", re.IGNORECASE), unit) for pattern, unit in _UNIT_AFTER]
# All of them at once: the first that matches where a number ends (one regex call, not fourteen; the loop in
# _unit_after goes on from it, in the same order).
_ANY_UNIT_AFTER = re.compile("|".join(f"(?P<u{i}>{p.pattern})" for i, (p, _) in enumerate(_UNIT_AFTER_RE)),
                             re.IGNORECASE)
_COUNT_UNITS = sorted((u for u, spec in UNITS.items() if spec.base in ("count", "people") and " " not in u.strip()
                       or u in ("countries and regions",)), key=len, reverse=True)
_NOUN_SINGULAR = {"company": "companies", "enterprise": "enterprises", "port": "ports", "project": "projects",
                  "ship": "ships", "vessel": "vessels", "route": "routes", "patent": "patents", "set": "sets",
                  "person": "people", "resident": "residents", "unit": "units", "innovation": "innovations"}
_NUMBER_WORD_IN_MODS = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                                  r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
                                  r"sixty|seventy|eighty|ninety|hundred|thousand)\b", re.I)
_COUNT_NOUN = re.compile(
    r"\s(?P<mods>(?:(?!(?:of|the|and|in|to|a|an|for|with|from|by|at|on|or|that|which|is|are|was|were|per)\b)"
    r"[a-z][\w-]*\s){0,3})(?P<noun>" + "|".join(re.escape(u) for u in _COUNT_UNITS)
    + "|" + "|".join(_NOUN_SINGULAR) + r")\b")
# A range as it is spoken, its ends parted by a comma: "three hundred, three hundred and twenty kilometres", "sixty
# percent, sixty-five". A bare number in words next to another figure so is kept, marked SPOKEN_END; the English
# rules give it the other end's unit, or drop it.
SPOKEN_END = "no unit, beside a figure after a comma: a spoken range's end?"
_SPOKEN_RANGE_START = re.compile(rf"[^\S{_BREAKS}]*,{_GAP}(?:(?:maybe|perhaps|say|or){_GAP})?"
                                 rf"(?:{_WORD_NUMBER}|\d[\d,.]*)\b", re.I)
_SPOKEN_PAIR_BEFORE = re.compile(rf"\b(?!a\b)(?:{_WORD_NUMBER}),[^\S\n]$", re.I)  # "we hire eight, nine workers"
_SPOKEN_RANGE_END = re.compile(rf"(?:\b(?!a\b)(?:{_WORD_NUMBER})|\d)(?:{_GAP}[a-z%]+)?,{_GAP}$", re.I)  # (not "a day, ")
_ROUND_WORDS = re.compile(r"\b(?:hundred|thousand)\b", re.I)
THOUSANDS_SAID_BEFORE = re.compile(r"\bthousand\b", re.I)
# The yuan of a price said as "three eighty" before its tens (the tens alone are no price: "three eighty an hour")
_PRICE_YUAN_WORD_BEFORE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]$", re.I)
# A number in words right after a verb of paying ("people will pay fifty, eighty for that", "I got it for
# twenty-five"): perhaps money, its unit from the amount said before it (or dropped)
_PAID_WORDS_BEFORE = re.compile(r"\b(?:pay|pays|paid|paying|charges?|charged|costs?|costing|refunded|"
                                r"costs?[^\S\n]+(?:me|us|him|her|them)|"  # ("The machine cost me forty-eight thousand")
                                r"(?:got|bought|sold|had)[^\S\n]+(?:it|them|one|mine|this|that)[^\S\n]+for)[^\S\n]+$", re.I)
_CHARGED_PEOPLE_BEFORE = re.compile(r"\b(?:police|prosecutors?|officers?|authorities|courts?)\b[^.;\n]{0,30}"
                                    r"\bcharged[^\S\n]+$", re.I)  # ("Police charged seven": people, no money)
N_FOR_BEFORE = re.compile(r"\b(?:two|three|four|five|six|[2-9])[^\S\n]+for[^\S\n]+$", re.I)  # ("three for ten": a price)
_PERCENT_WORDS = re.compile(r"%|\bper\s?cent\b|\bpercent\b|\brate\b", re.I)
# ("you could add maybe a quarter of a point to growth", after a sentence in percent: a point of a rate)
_RATE_WORDS = re.compile(r"\b(?:growth|rate|rates|inflation|GDP|margin|yield|unemployment)\b", re.I)
_OF_A_POINT = re.compile(r"(?:[^\S\n]+of)?[^\S\n]+a[^\S\n]+(?:percentage[^\S\n]+)?point\b(?![^\S\n]*of\b)", re.I)
# A round number in words with no unit, as spoken ("I take home seven thousand", "under two hundred"): kept, marked
# SPOKEN_BARE, for the English rules to give the unit a verb of pay or the amount before it says; else dropped.
CLAUSE_END = "no unit in the text: check (a number in words that ends its clause)"
ANSWERS_HOW_MANY = "no unit in the text: check (a number in words that answers a question of how many)"
# (not of a length of time, nor of a measure: "How many kilometres is it?" "Thirty.", "How many mu?" "Forty.")
_HOW_MANY = re.compile(r"\bhow\s+many\b(?![^?]*\b(?:times|years|months|weeks|days|hours|minutes|seconds|kilometres|"
                       r"kilometers|km|miles|metres|meters|mu|hectares|acres|jin|kilos|kilograms|kg|tonnes|tons|yuan|"
                       r"kuai|dollars|percent|per\s?cent|points|litres|liters|degrees|square)\b)", re.I)
# What may stand between the question and the answer's number: the answer's speaker ("GAO:", "[ZHOU DESHENG]"), a
# phrase that sets the scene ("On a normal day,", "In the city,") and hedges ("maybe", "about"); not a clause ("We
# open at nine", "since I was sixteen")
_ANSWER_OPENS = re.compile(r"[^\S\n]*(?:\n[^\S\n]*)*(?:[A-Z][A-Z .'’()-]{0,40}:[^\S\n]*|\[[^\]\n]{1,40}\][^\S\n]*\n"
                           r"[^\S\n]*|[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?:[^\S\n]*)?(?:(?:On|In|At|For|Right)[^\S\n]"
                           r"[^,.?!:\n\d]{1,30},[^\S\n]+)?(?:(?:maybe|perhaps|about|around|roughly|nearly|almost|"
                           r"over|just|only|oh|well|um|uh|so|hmm|now|right[^\S\n]+now|these[^\S\n]+days|at[^\S\n]+the"
                           r"[^\S\n]+moment)[,]?[^\S\n]+)*", re.I)  # ("Right now about thirty-five a week.")
_CASUALTIES_AFTER = re.compile(r"[^\S\n]+(?:(?:were|was)[^\S\n]+(?:(?:seriously|slightly|badly|critically|severely|fatally)"
                               r"[^\S\n]+)?(?:injured|hurt|killed|rescued|evacuated|hospitali[sz]ed|trapped)|died|"
                               r"lost[^\S\n]+their[^\S\n]+lives)\b")
# (not "Of the 80 cattle, 30 died": a part of things named before; nor "Ward 6 was evacuated": a place's number)
_PART_OF_NAMED_BEFORE = re.compile(r"[^\S\n]*of[^\S\n]+(?:the[^\S\n]+)?[\d,]+[^\S\n]+(?!people|persons|residents|workers|"
                                   r"passengers|villagers|pupils|students|children|tourists|visitors|guests|patients|staff|"
                                   r"employees|firefighters|miners|officers|soldiers|crew|drivers|riders|climbers|hikers)"
                                   r"[a-z]+", re.I)  # (at the sentence's start: "Of the 80 cattle on the farm, 30 died")
_NUMBERED_PLACE_BEFORE = re.compile(r"\b(?:Ward|Block|Building|Room|Bed|Unit|Line|Grade|Class|No\.?|Number)[^\S\n]*$")
_GUESS_AFTER = re.compile(r"[^\S\n]*\?")  # ("How many of you are there? Six?": the asker's guess)
# A question the answer's number is no count of: an age, a time, a year ("How old are the pickers?" "Forty, fifty.")
_NOT_COUNT_QUESTION = re.compile(r"\bhow\s+(?:old|long|far)\b|\bwhat\s+(?:age|time|year|hour)\b|\bwhen\b|"
                                 r"\bwhich\s+year\b|\b(?:pay|paid|cost|costs|charge|charged|price|earn|earned)\b",
                                 re.I)  # (nor a price or a wage: "What do you pay a picker for a day?" "Forty, fifty.")


def _spoken_pair_start(text: str, start: int) -> int:
    """Where the spoken range that ends at the number at ``start`` begins ("Forty, fifty": at Forty), else ``start``."""
    pair = _SPOKEN_RANGE_END.search(text, max(0, start - 30), start)
    return pair.start() if pair is not None else start


def _answered(text: str, start: int, back_too: bool = True) -> str:
    """The question the number at ``start`` opens the answer to ("" if none): the last "?" before it, with nothing
    between them but the answer's speaker, a phrase that sets the scene and hedges (``_ANSWER_OPENS``)."""
    asked = text.rfind("?", max(0, start - 80), start)
    if asked < 0 or _ANSWER_OPENS.fullmatch(text, asked + 1, start) is None:
        return ""
    opened = max(text.rfind(mark, max(0, asked - 160), asked) for mark in (".", "!", "?", "\n")) + 1
    back = _ASKED_BACK_TURN.fullmatch(text, opened, asked) if back_too and "\n" not in text[asked:start] else None
    if back is not None:  # ("How many jobs a day?" "In July? Ten, eleven a day.": the answerer's short
        return _answered(text, back.start("asked"), False) or text[opened:asked]  # question back, then the answer
    return text[opened:asked]


# A speaker's turn that opens with a short question of its own ("LIAO: In July?", "SHEN: In a normal month?")
_ASKED_BACK_TURN = re.compile(r"[^\S\n]*(?:[A-Z][A-Z .'’()-]{0,40}:|\[[^\]\n]{1,40}\]|[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?:)"
                              r"[^\S\n]*(?P<asked>(?!(?:how|what|when|where|which|who|why|do|does|did|is|are|can|will)\b)"
                              r"(?:[A-Za-z'’-]+[^\S\n]+){0,4}[A-Za-z'’-]+)", re.I)
# (the answer in the same turn as the short question: not "BREEDER: How many do you want?" / "CALLER: Sixty.", a new
# question answered)


# A question of money, with its question mark (answered in money: "And the fare?", "What do you take on a normal
# day?", "What did the buyer give you?")
MONEY_QUESTION = re.compile(r"^(?![^?]*\b(?:how\s+many|index)\b)[^?]*\b(?:cost|costs|fare|fares|price|prices|rent|pay|"
                            r"paid|earn|"
                            r"make|take|takings|wage|wages|salary|charge|charges|spend|tickets?|fee|fees|money|"
                            r"give\s+(?:you|him|her|them)|offer(?:s|ed)?(?:\s+you)?|fetch(?:es|ed)?|sell\s+for|go\s+for|"
                            r"how\s+much(?=\s+(?:is|does|do|did|was|are|would|will|for|per|a|an|money)\b|\s*[?,]))\b[^?]*\?",
                            re.I)  # ("And the fare?", "What do you take on a normal day?"; not "how much milk do you
# get?", "How many hats do you make in a year?")


def age_or_time_said(text: str, start: int) -> bool:
    """Whether the number in words at ``start`` is an age or a time by the words before it or the question it answers
    ("I'm sixty", "How old are the pickers?" "Sixty, seventy.", "When do you close?" "Ten, eleven.")."""
    return _AGE_OR_TIME_BEFORE.search(text, max(0, start - 60), start) is not None or \
        AGE_OR_TIME_QUESTION.search(_answered(text, _spoken_pair_start(text, start))) is not None


# A question of an age or a time ("How old are they?", "When do you close?"; not "When it gets busy, how many …?")
AGE_OR_TIME_QUESTION = re.compile(r"\bhow\s+(?:old|long|far)\b|\bwhat\s+(?:age|time|year|hour)\b|\bwhich\s+year\b|"
                                   r"\bwhen\s+(?:do|does|did|is|are|was|will|can)\b", re.I)


def _answers_how_many(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start`` opens the answer to a question of how many (not of a length of time or a
    measure), and is no guess asked back."""
    return _HOW_MANY.search(_answered(text, start)) is not None and _GUESS_AFTER.match(text, end) is None


SPOKEN_BARE = "no unit, a round number in words: its unit from the words around it?"
# A price said again in words, as spoken ("With a fried egg, it's twelve.", "the same bowl costs eighteen.", "Last
# year it was close to thirty."): after "it's", "costs", "it was", a hedge, at the phrase's end; kept as SPOKEN_BARE,
# for the amount before to give its unit (or dropped). Not "I'm fifty", "my sons are twenty", "there were three".
PRICE_SAID_AGAIN_BEFORE = re.compile(r"(?:\b(?:it['’]s|that['’]s|costs?|it\s+(?:was|is)|(?:bowl|plate|one|kilo|jin)\s+is)|"
                                      r"\b(?:close\s+to|closer\s+to|more\s+like|about|around|nearly|almost|maybe|only|just)|"
                                      r"\b(?:up|down|raised|lowered|cut|it|price|prices)\s+from|"  # ("put it up from
                                      r"\b(?:up|down|raised|lowered|cut|it|price|prices)\s+from\s+[a-z-]+\s+to)"  # eleven
                                      r"[^\S\n]+$", re.I)  # to twelve"; not "I work from seven to nine")
# (an amount of money or weight said in the 200 characters before: what a price or a load said again measures)
_AMOUNT_NAMED = re.compile(r"\b(?:yuan|RMB|kuai|tonnes?|tons?|jin|kilos?|kilograms?)\b|¥", re.I)
# A service or a piece a price is charged by ("Thirty-five a cut", "thirty a wash"; "Eight a fish.", "forty a point."
# only at the clause's end: not "at six a fish van pulls in"), shared by the English rules of prices per measure
# What a sum of money paid is called right after its amount, said "a fifty deposit", "a two-hundred fine"
PAID_NOUN_AFTER = re.compile(r"[^\S\n]+(?:deposit|tip|fine|fee|surcharge|down[^\S\n]+payment|refund)\b", re.I)
PRICE_PER_SERVICE = r"cut|haircut|wash|floor|copy|parcel|swap|(?:fish|point)(?=[^\S\n]*(?:[.,;!?)\n]|\Z))"
# ("twenty a floor", "thirty-five a copy", "five a parcel")
# What a price is charged by, after its number: "280 a night", "Sixty a head", "15 per ticket"
PER_PRICE_UNIT_AFTER = re.compile(r"[^\S\n]+(?:(?:a|an|per|each)[^\S\n]+(?:head|night|person|ticket|ride|seat|room|jin|"
                                  r"kilo|catty|stick|skewer|cup|glass|bottle|portion|serving|"
                                  rf"hour|session|lesson|go|{PRICE_PER_SERVICE})"
                                  r"|for[^\S\n]+(?:an|a|the|one)[^\S\n]+(?:hour|night|session|lesson))\b", re.I)
# ("thirty-nine for an hour": a price for the time; not "a yuan or two for a ride")
# (not "four a bowl", "thirty a class": counts)
_PRICE_SAID_AGAIN_END = re.compile(r"[^\S\n]*(?:[.;!?]|,[^\S\n]+(?!(?:maybe|perhaps|or|say)\b)|[^\S\n]+to[^\S\n]+)"
                                   r"|[^\S\n]+(?:(?:last|this)[^\S\n]+(?:year|week|month|time|spring|summer|autumn|winter)"
                                   r"|(?:a|one)[^\S\n]+year[^\S\n]+ago)\b")  # ("it was eighteen last year")
_WORDS_RANGE_START = re.compile(rf"{_GAP}(?:to|and|or){_GAP}(?:{_WORD_NUMBER}|\d[\d,.]*){_GAP}?(?:%|per\s?cent|"
                                rf"percent|yuan|times\b|(?:thousand|million|billion|trillion)\b)"
                                # "three or four hundred people", "eight or nine hundred visitors": a count in hundreds
                                # (not "two to three hundred metres", "Two or three hundred years ago")
                                rf"|{_GAP}(?:or|and|to){_GAP}(?:{_WORD_NUMBER}){_GAP}hundred\b(?!-)(?!{_GAP}(?:[a-z-]+{_GAP})?"
                                r"(?:years|days|months|weeks|hours|minutes|seconds|metres|meters|kilometres|kilometers|"
                                r"kilos|kilograms|dollars|yuan|mu|hectares|tonnes|tons|million|thousand|"
                                r"billion)\b)", re.I)
# Before a small number in words, what makes it a group's size, a rank or an apposition, no count ("its two
# sons", "the top three exports", "Zibo, Linyi and Jining, three cities"); after it, nouns of time or talk.
_SMALL_GROUP_BEFORE = re.compile(r"(?:\b(?:the|these|those|its|their|his|her|our|my|your|all|of|top|first|last|past|"
                                 r"next|other|both|every|each|local|in|for|within|over|after|stay|stayed|"
                                 r"spend|spent|previous|prior|recent|coming|following)|,|"
                                 r"\bthe\s+(?:two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+\s+and)\s+$", re.I)
# ("the three provinces and four major cities": the second conjunct of a group named with "the")
_OF_GROUP_AFTER = re.compile(rf"{_GAP}of{_GAP}(?:them|whom|which|those|these|the|its|their|our|his|her|my|your|"
                             r"[A-Z][\w-]*['’]s)\b")
# (not "three, four days": a spoken range)
_OF_US_AFTER = re.compile(rf"(?:-(?:odd|something|some))?{_GAP}of{_GAP}us{_GAP}(?!all\b|both\b)[a-z]")
# ("Five of us share a flat", "Eleven of us went out", "Forty-some of us": so many people; not "the two of us", "two of
# us", a couple named)
# "Of the 14 firms, nine make ... and the other five supply ...", "Fourteen of them are underground and the other seven
# on a viaduct": the parts of a whole the sentence has just named, each a count (searched in the 200 characters before)
_PART_OF_WHOLE_BEFORE = re.compile(rf"(?:\b[Oo]f{_GAP}the{_GAP}(?:\d[\d,]*|{_WORD_NUMBER}){_GAP}(?:[\w-]+{_GAP}){{0,3}}?"
                                   rf"[a-z-]+s|\b(?:{_WORD_NUMBER}|\d+){_GAP}of{_GAP}(?:them|these|those))\b[^.;!?]*?"
                                   rf"(?:,|\band|\bwhile|\bwhereas|\b(?:rose|fell|grew)\s+in){_GAP}"
                                   rf"(?:the{_GAP}(?:other|remaining){_GAP})?$", re.I)
# "46 companies, up from just nine when it opened", "fell to four": the figure a count changed from or to, in words
_CHANGE_HEDGE = r"(?:just\s+|only\s+|about\s+|around\s+|some\s+|roughly\s+)?$"
_CHANGED_FROM_OR_TO = re.compile(r"\b(?:(?:up|down|rising|falling|climbing|dropping|rose|fell|grew|increased|decreased)\s+"
                                 r"from|(?:rising|falling|climbing|dropping|rose|fell|grew|increased|decreased)\s+to)\s+"
                                 + _CHANGE_HEDGE, re.I)  # (not "up to twelve": a bound)
_PART_GOES_ON = re.compile(rf"{_GAP}(?!of\b|per\b|percent\b|times\b|(?:minute|hour|day|week|month|year)s?\b)[a-z]"
                           r"|[.;,](?:\s|$)")  # (not "two weeks later")
# "They tested ninety-six batches and eleven failed", "checked sixty-three repair points. Nine had no price list up.",
# "went through every one of the forty-one. Seven were ordered to put things right": a number in words, alone, saying
# what became of part of a larger count just inspected in the same turn; and "found problems at eleven"
_OUTCOME_AFTER = re.compile(r"[^\S\n]+(?:of[^\S\n]+(?:them|those|these)[^\S\n]+)?(?:failed|passed|had|have|has|were|lacked|"
                            r"did(?:n['’]t|[^\S\n]+not)|fell[^\S\n]+short)\b", re.I)
_OUTCOME_OPENS = re.compile(r"(?:^|[.!?;,][\"”’]?[^\S\n]+|,?[^\S\n]+(?:and|but)[^\S\n]+)$")
_INSPECT_STEM = r"\b(?:inspect|check|test|sampl|examin|audit|visit|survey|screen|review)"  # (+ "ed", "ing")
_INSPECTED = re.compile(_INSPECT_STEM + r"(?:ed|ing)\b"
                        r"(?![^\S\n]+(?:in|out)\b)|\b(?:went[^\S\n]+through|looked[^\S\n]+at)\b"
                        r"|\btook[^\S\n]+(?:[\w,-]+[^\S\n]+){0,5}?samples\b", re.I)  # ("took 306 water samples, nine
# failed")  # (not
# "checked in at 10 p.m.")
# ("inspected every licensed clinic", "checked two hundred and fifteen salons": things inspected, after the verb)
_INSPECTED_THINGS = re.compile(_INSPECT_STEM + r"ed[^\S\n]+"
                               rf"(?:every|all|each|the|\d[\d,]*|{_WORD_NUMBER}|[a-z]+s)\b", re.I)
_OF_WHOLE_BEFORE = re.compile(r"(?:^|[.!?:][^\S\n]+)Of[^\S\n]+(?:the[^\S\n]+)?(?:those|these|them|"
                              rf"{_WORD_NUMBER}|\d[\d,]*)(?:[^\S\n]+[a-z-]+){{0,2}},[^\S\n]+$", re.I)
_PROBLEMS_FOUND_AT = re.compile(r"\bfound[^\S\n]+(?:problems|faults|violations|irregularities|breaches)[^\S\n]+"
                                r"(?:at|in)[^\S\n]+$", re.I)
def _part_of_inspected(text: str, start: int, end: int, value: float) -> bool:
    """Whether the number in words at ``start`` counts the part of an inspected whole an outcome befell
    (_OUTCOME_AFTER, _PROBLEMS_FOUND_AT): the whole, a larger count, said before it in the same line."""
    window = text[max(text.rfind("\n", 0, start) + 1, start - 250):start]
    if _OF_WHOLE_BEFORE.search(window) is not None and _OUTCOME_AFTER.match(text, end) is not None:
        return True  # ("Of the sixty-three, forty-one had at least one hazard", "Of those, ninety-one have a permit")
    if _PROBLEMS_FOUND_AT.search(window) is not None:  # (after "inspected every clinic"; not "ran its checks and
        return _CLAUSE_END_AFTER.match(text, end) is not None and \
            _INSPECTED_THINGS.search(window) is not None  # found faults at eleven": a time)
    if _OUTCOME_AFTER.match(text, end) is None or _OUTCOME_OPENS.search(window) is None or \
            _INSPECTED.search(window) is None:
        return False
    for whole in _WHOLE_COUNT.finditer(window):
        said = whole.group(0)
        count = float(said.replace(",", "")) if said[0].isdigit() else _words_value(said)
        if count is not None and count > value and not (said.isdigit() and 1900 <= count <= 2100):
            return True
    return False


# The whole an outcome befell part of: a count of things ("forty-one stations", "ninety-six batches of", "the 14
# batches"; not "10 p.m.", "March 15", "over 80")
_WHOLE_COUNT = re.compile(rf"\b(?:{_WORD_NUMBER}|\d[\d,]*)(?=[^\S\n]+(?:[a-z'’-]+[^\S\n]+){{0,4}}"
                          r"(?:(?!(?:is|was|has|this|thus|us|as|yes|its|his|always|perhaps)\b)[a-z]+s|people|children|"
                          r"men|women|staff)\b)", re.I)


# "a third more than last year", "a fifth less than in 2031", "a quarter higher": a fraction as a change
_FRACTION_CHANGE_AFTER = re.compile(r"\s+(more|less|fewer|higher|lower|cheaper|larger|smaller|bigger)\b"
                                    r"(?!\s+(?:and|or)\b)", re.I)
_CLAUSE_END_AFTER = re.compile(rf"(?:-(?:odd|something|some))?(?:(?:[^\S\n]+or[^\S\n]+(?:more|so))?[.;!?][\"”’]?(?:\s|$)|"
                               rf",(?!{_GAP}(?:{_WORD_NUMBER}|\d))[\"”’]?(?:\s|$))", re.I)  # ("seventy or more.",
# "Last winter it was sixty-something.")
_NO_COUNT_WORD = (r"\b(?:at|under|the|after|past|turns?|turned|before|until|till|by|new|part|grade|"
                  r"phase|line|aged?|since|episode|number|no\.|round|chapter|level|class|stage|room|gate|"
                  r"platform|exit|bus|route|and|between|for|or|as|next|to|from|than|instead\s+of|age\s+of|out\s+of|"
                  r"last|first|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)")
_NO_COUNT_BEFORE = re.compile(rf"(?:{_NO_COUNT_WORD}|^|[.:!?\n\"“]\s*|[.:!?\n]\s*[\"“])\s*$", re.I)  # (nor a list's
# "Two, pay for ...")
# A number in words said alone: it opens an utterance and a stop ends it ("GUO: Ninety-six.", "Fourteen. Last year")
_UTTERANCE_OPENS = re.compile(r"(?:^|[.!?\n]|:)[^\S\n]*$")
_ALONE_AFTER = re.compile(r"[^\S\n]*[.!?](?:\s|$)")
_NO_GROUP_COUNT_BEFORE = re.compile(r"\b(?:episode|number|no\.|chapter|round|phase|part|or|to|from|between|than|one|"
                                    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+$", re.I)
# ("episode two hundred and three of the show", "Two or three of them": the range's end)
# "My son is twelve.", "What time do you close? It's eleven": an age, a time of day
_KIN = r"sons?|daughters?|child|kids?|boys?|girls?|grandsons?|granddaughters?|wife|husband|mother|father|mum|dad"
_AGE_OR_TIME_BEFORE = re.compile(rf"\b(?:(?:{_KIN}|children|babies|baby|he|she|I|we|they|owner|boss|"
                                 r"grandma|grandpa|granny)(?:\s+in\s+[A-Z][\w'’-]*)?\s+"  # ("Her husband in Luoyang is
                                 # fifty-odd.": an age)
                                 r"(?:is|are|was|were|turned|turns)|I['’]m|he['’]s|she['’]s|we['’]re|they['’]re)"
                                 r"\s+(?:only\s+|just\s+|nearly\s+|almost\s+)?$"
                                 rf"|\b(?:{_KIN}|mom)['’]s\s+(?:only\s+|just\s+|nearly\s+|almost\s+)?$"
                                 # ("My daughter's nine, she says": an age)
                                 r"|\b(?:are|were)\s+(?:over|under|above|below)\s+$"  # ("seven out of ten are over
                                 # sixty": an age)
                                 r"|\b(?:what\s+time|when)\b[^.!]*\?\s*(?:\n+[A-Z][\w .()-]*:)?\s*"
                                 r"(?:it['’]s|at|about|around)?\s*$", re.I)
_GROUP_OWNER_BEFORE = re.compile(r"\b(?:the|these|those|all|both|its|their|his|her|our|my|your)\s+$", re.I)
# "ranks fourth ..., up from 14th": the rank it had (a rank named earlier in the sentence).
_FROM_RANK_BEFORE = re.compile(r"\b(?:up|down|rising|climbing|falling|slipping|dropping|place|position|spot)\s+from\s+$",
                               re.I)  # ("rose to 19th place from 22nd")
_RANK_WORDS = re.compile(r"\b(?:rank|ranks|ranked|ranking|place|placed|position|league table)\b", re.I)
_NOT_COUNTED = re.compile(r"\b(?:things|times|nights|days|weeks|months|years|hours|minutes|sessions|ways|reasons|steps|"
                          r"parts|sides|aspects|points|decades|centuries|generations|words|questions|cases|kinds|"
                          r"types|sorts|rounds|stages|phases|lessons|people)\b", re.I)
# "... new machines", "six new 1,000-tonne-class berths", "four extra staff"
_TIME_NOUNS = re.compile(r"\b(?:nights|days|weeks|months|years|hours|minutes|decades|centuries|generations|times)\b")
_SUBJECT_OF_VERB_AFTER = re.compile(r"[^\S\n]+(?:were|have[^\S\n]+been|had[^\S\n]+been)[^\S\n]+[a-z]+ed\b")  # ("Eight
# cases were placed on file", "six lessons have been cancelled": things counted, the subject of what was done)
_FAMILY_KIND_BEFORE = re.compile(r"\b(?:famil(?:y|ies)|households?|couples?|parents|mothers?)\b[^.;:\n\d]{0,20}?"
                                 r"\b(?:with|raising|having|have|has|had)\s+$", re.I)
_WORDS_ODD_UNIT = re.compile(r"-(?:odd|something|some)[^\S\n]+(?P<unit>yuan|per[^\S\n]?cent)\b", re.I)
_WORDS_ODD = re.compile(r"-odd(?=[^\S\n]+[a-z])", re.I)  # ("seven-odd square meters": a measure's floor)
_ODD_NOT_MEASURES = frozenset({"years", "months", "days", "hours", "count", "people", "yuan"})
_WORDS_COUNT_AFTER = re.compile(r"(?:-odd|-something|-some)?[^\S\n]+(?:[a-z0-9,-]+[^\S\n]+){0,2}?(?:[a-z]{3,}s|staff|people|"
                                r"personnel|cattle|livestock|women|men|children|geese|sheep|poultry)\b")
_NAMED_COUNT_NOUN = re.compile(
    r"\s(?P<mods>(?:[A-Z][\w-]*\s(?:\d+\s)?){1,3})(?P<noun>" + "|".join(re.escape(u) for u in _COUNT_UNITS) + r")\b")
_NUMBER_OF = re.compile(r"\bnumber of\s(?:[a-z][\w-]*\s){0,3}?(?P<noun>" + "|".join(re.escape(u) for u in _COUNT_UNITS)
                        + r")\b", re.IGNORECASE)

_OVER = (r"no less than|not less than|no fewer than|not fewer than|no lower than|not lower than|not below|"
         r"over|more than|above|exceeding|exceeded|exceeds|exceed|surpassed|surpassing|surpasses|surpass|"
         r"in excess of|upwards of|topping|topped|tops|at least|beyond|north of|passed|passes|passing|"
         r"(?<!park )(?<!annual )(?<!season )(?<!day )(?<!a )(?<!the )pass|crossed|crosses|"
         r"(?<=\bbe )past|(?<=\bgo )past|(?<=\bgot )past|(?<=\bwent )past|"  # ("we'll be past twenty-five million")
         r"(?:a|the)\s+(?:(?:regulatory|statutory|legal|required)\s+)?minimum\s+of")  # ("above the regulatory minimum of
# 150%": a floor)
_UNDER = (r"under|less than|fewer than|below|at most|up to|as much as|as many as|as high as|no more than|not more than|"
          r"short of|shy of|capped at|within|limited to|"
          r"(?:daily|annual|permitted|legal)\s+limit\s+of|the\s+limit\s+is|"
          r"(?:a|its|the|daily|annual)?\s?(?<!market )(?:cap|ceiling) of|up\s+to\s+(?:a|the)\s+maximum\s+of")  # (not
# "market cap of"; "up to a maximum of 20,000 yuan per home", a subsidy's cap; not "with a maximum of 412.8 mm at
# Changpo", the highest measured)
_WITHIN_END = re.compile(r"\bwithin\s+$", re.I)  # ("within two quarters", "within a half-hour drive": time, no share)
_ABOUT = (r"about|around|approximately|roughly|some|nearly|almost|barely|scarcely|close to|closer to|an estimated|"
          r"estimated|approx\.|"
          r"maybe|perhaps|circa|c\.|more or less|something like|more like|nearer(?: to)?|"
          r"I['’]d (?:say|guess|estimate|reckon)|I reckon|call it|"
          r"(?<=\bup )like|(?<=\bdown )like|(?<=\bit['’]s )like|(?<=\bwas )like|(?<=\bis )like|(?<=\bcost )like|"
          r"(?<=\bcosts )like|(?<=\bmaybe )(?:up|down)|(?<=\bperhaps )(?:up|down)|nears|nearing|neared|near|"
          r"(?<=\bof )say|(?<=\bat )say|(?<=\bfor )say|(?<=\bbe )say|(?<=^)say|(?<=^ )say")
# ("just over": over, "just under": under; "I'd say seventy percent", "it's more like 12,000", "went up like 20
# percent": the hedges of speech)
_QUALIFIER_BEFORE = re.compile(
    r"(?P<exp>(?:expected|forecast|projected|set|likely|poised|estimated)\s+to\s+(?:exceed|surpass|top|pass|"
    r"be over|be more than|reach over|reach more than|break)\s*"
    r"|(?:expects?|forecasts?|projects?)\b[^,.;]{0,40}?\bto\s+(?:exceed|surpass|top|pass)\s*)$"
    rf"|(?P<about>(?:\b(?:{_ABOUT})|~)\s*)$"
    rf"|(?P<over>\b(?:{_OVER})\s*)$"
    rf"|(?P<under>\b(?:{_UNDER})\s*)$",
    re.IGNORECASE)
_GROUP_BOUND_BEFORE = re.compile(r"\b(?:aged?|ages|those|persons?|people|residents|children|workers|over)\b[^.;\n]{0,20}?"
                                 r"(?<![\d,.])\d{1,3}[^\S\n]+(?:and|or)[^\S\n]+(?:above|over)[^\S\n]*$", re.IGNORECASE)
# "Half are tourists", "Half go to the traders": a half that opens its sentence or reply, its verb after it
_HALF_OPENS = re.compile(r"(?:^|[.!?:;]\s+|[\"“]\s*|\b(?:[Nn]ow|[Tt]oday|[Tt]hese\s+days|,\s+and)\s+)$")
_HALF_VERB_AFTER = re.compile(r"\s+(?:(?:will|would|could|may|might|can)\s+)?(?:are|were|go|went|come|came|is|was|be)\b")
# (", and half will go abroad": a half of what the clause before counted)
_SIGN_BEFORE = re.compile(r"[\s(\[:;,=/]")  # what a minus sign of a figure follows (not a digit: no "2024-25")
_NEGATIVE_BEFORE = re.compile(
    r"\b(?:(?<!economic\s)(?<!property\s)(?<!crop\s)(?<!disaster\s)"  # (damage's size, not a loss
    r"(?:net\s+)?(?:loss|losses|deficit)(?:\s+of)?|"  # made: "direct property losses of 3.1 million yuan")
    # ("the net loss narrowed to RMB14.2 million from RMB31.6 million": both losses)
    r"(?:loss|losses|deficit)(?:\s+(?:of|at|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?\s+(?:narrowed|narrowing|narrows|widened|widening|widens|shrank|shrunk|shrinks|swelled|"
    r"was\s+cut|was\s+reduced)(?:\s+to|\s+from|\s+to\s+(?:RMB|US\$|HK\$)?[\d.,]+(?:\s+(?:million|billion))?"
    r"(?:\s+yuan)?\s+from)|"
    r"(?:fell|declined|decreased)(?:\s+by)?(?:\s+an\s+average\s+of)?|"
    r"deficit\b[^.;,]{0,40}?\b(?:will\s+be|was|is|be|been)\s+(?:held|kept|capped|set|targeted|put)\s+at|"  # ("the deficit of
    # the budget will be held at 1.8 billion yuan": a deficit's size, negative)
    r"(?:was|were|is|are|be|been|at|of|to|stood\s+at|reached|hit|growth|change|reads?|below|drops?\s+to|falls?\s+to|"
    r"between|from|and|LPR|['’]s)\s+minus|"  # ("reads minus 24°C", "below minus 35", "between minus two and plus two
    # percent", "the five-year LPR minus 45 basis points", "it's minus 30"; not "income minus 1,200 yuan", "plus or
    # minus 4.3")
    # (not "put down 30%": a deposit; nor "shut down 46 boilers", "pulled down 12 old blocks", "took down 6,380 signs":
    # what was closed or removed, counted)
    r"(?<!\bput\s)(?<!\bputs\s)(?<!\bpay\s)(?<!\bpays\s)(?<!\bpaid\s)(?<!\bputting\s)"
    r"(?<!\bshut\s)(?<!\bshuts\s)(?<!\bshutting\s)(?<!\btore\s)(?<!\btorn\s)(?<!\bpulled\s)"
    r"(?<!\btook\s)(?<!\btake\s)(?<!\btaking\s)(?<!\bwere\staken\s)(?<!\bwas\staken\s)(?<!\bbeen\staken\s)"
    # (not "box-office takes down 18%", "trips taken down 12%": falls)
    r"(?<!\bjotted\s)(?<!\bnoted\s)"  # ("noted down 22 hours"; "wrote down" below, by the unit: "loans were written
    # down 30 percent" is a fall)
    r"down(?:\s+(?:only|just|merely))?(?:,?\s+by)?(?:\s+an\s+average\s+of)?"
    r"(?:,\s+(?:what|I['’]d\s+say|I\s+think|I\s+guess|say),)?|"  # ("takings were down, what, about fifteen percent")
    r"(?:decline|decrease)\s+of)\s*(?:(?:another|a\s+further)\s+)?"
    r"(?:(?:(?!below\b)|(?<=\bby\s)|(?<=\bof\s))(?:(?!under\b)|(?<!\bfell\s))"
    r"(?:" + _ABOUT + "|" + _OVER + "|" + _UNDER + r"))?\s*$",
    re.IGNORECASE)  # (not "fell below 30 percent", "declined below 5 percent": a level gone under a bound; "fell by
# under 2 percent", "were down under 1 percent" are falls)
_RANK_AFTER = re.compile(
    r"^(?:[- ](?:largest|biggest|busiest|highest|most|best|place)\b|\s+(?:globally|worldwide|in the world|"
    r"nationally|nationwide|in china|in the country|in asia|place|among)\b"
    # "second-fastest", "third-richest" (a superlative joined on); "12th by size", "fifth by GDP"
    r"|[- ](?!(?:interest|harvest|forest|west|test|request|contest|protest|guest|invest|digest|quest|rest|honest|"
    r"modest|biggest\s+(?:ever))\b)[a-z]{2,}est\b"  # ("the second lowest among the 13 cities", "second-fastest")
    r"|\s+by\s+(?:economic\s+|total\s+)?(?:size|gdp|output|population|volume|value|revenue|sales|area|throughput)\b)",
    re.IGNORECASE)
_BE_BEFORE = re.compile(r"\b(?:is|was|are|were|came|comes|finished|stood|stands|remained|remains)\s+(?:the\s+)?$",
                        re.IGNORECASE)
_IN_PLACE_AFTER = re.compile(r"\s+(?:in|among)\s+(?!(?:" + "|".join(_MONTHS[:12]) + r")\b)(?-i:[A-Z][a-z]+)",
                             re.IGNORECASE)  # "in Hunan", not "in the"
_RANK_BEFORE = re.compile(r"\b(?:ranked|ranks|rank|ranking|placed|No\.)(?:\s+\w+){0,3}?\s*$", re.IGNORECASE)
# "is third in the county by volume", "came second in the judging": a place in a field named with "the"
_IN_FIELD_AFTER = re.compile(r"\s+(?:in|among)\s+the\s+(?:whole\s+)?(?:county|country|province|city|region|prefecture|"
                             r"nation|judging|competition|contest|rankings?|league|industry|sector|market)\b", re.I)
# "came seventh on a national list of ...", "was fifth in the province's ranking": a place on a list
_ON_LIST_AFTER = re.compile(r"\s+(?:on|in)\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:list|ranking|rankings|"
                            r"league\s+table|index|table|chart)\b", re.I)
# "putting the city fifth in the province", "leaves Hexi third among ...": a place given by what was done
_PUT_BEFORE = re.compile(r"\b(?:put|puts|putting|placing|places|leaving|leaves|left|making|makes|made)\s+"
                         r"(?:the\s+(?:city|county|province|region|company|firm|port)|it|them|(?-i:[A-Z][a-z]+))\s+$",
                         re.IGNORECASE)
# "On the app we're second for milk tea", "we came third out of 31", "this month I'm fourth.": a place said in talk
_WE_ARE_BEFORE = re.compile(r"\b(?:we|I)(?:['’]re|['’]m|\s+are|\s+am|\s+came|\s+come|\s+finished)\s+"
                            r"(?:(?:probably|now|still|only|just|maybe)\s+)?$", re.I)
_PLACE_SAID_AFTER = re.compile(r"\s+for\s+(?!(?:a|an|the|now|me|us|him|her|them|you|it)\b)[a-z]|"
                               r"\s+out\s+of\s+(?:\d|[a-z]+\b)", re.I)  # (a field or a field's size; not "second
# in line", "second in command", "third in my family")
_PLACE_SAID_END = re.compile(r"[^\S\n]*[.!;](?:\s|$)")
_RANK_TALK = re.compile(r"\b(?:rank|ranks|ranked|ranking|rankings|ranking['’]s|rating|ratings|rated|league|list|vote|"
                        r"votes|voted|table|chart|charts|score|scores|leaderboard|top\s+(?:ten|five|three))\b", re.I)
# "was 9,046 yuan, fourth in the province": the place of the figure before
_FIGURE_COMMA_BEFORE = re.compile(r"(?:\d|\b(?:yuan|percent|tonnes|tons))[^\S\n]*,[^\S\n]+$", re.I)
_AND_RANK_BEFORE = re.compile(r"\band\s+$", re.I)  # (the second place of "ranked sixth for X and fourth for Y")
_FOR_OR_IN_AFTER = re.compile(r"\s+(?:for|in|by|among)\s", re.I)
_NOT_FIGURE_BEFORE = re.compile(
    r"(?:\bper|\baged?|\bages|\bFortune|\bGlobal|\bTop|\bNo\.?|\bNumber|\bPhase|\bLine|\bTerminal|\bBerth|\bRoom|"
    r"\bpage|\bversion|\bArticle|\bCOVID|\bG|\bQ|\bH|\bRCEP|\bTable|\bChart|\bFigure|\bFig\.|\bAnnex|\bAppendix|"
    r"\bExhibit|\bBox|\bSection|\bChapter|\bCARD|\bCard|\bSegment|\bPart|\bEpisode|\bItem|\bZone|\bGate|\bHall|"
    r"\bepisode|\bBlock|\bBuilding|\bPier|\bDock|\b[Cc]ode:?|\bISO|\bGRI|\bScope|\bSDG|\bGB(?:/T)?|\bPage(?:\s+\d+\s+of)?|[A-Za-z]-|"
    r"\b[Ii]ssue|\b[Gg]rade|\bFM|\bAM|\bS(?:CENE|cene)|\b[Ss]lide|\bClause|\bQuestion|\bExample|\bResolution|"
    r"\bTranche|\bSeries|\bLot|\bPanel|\bTerminals|\bProposal|\bMotion|\bScenario|\bOption|\bDouble|\bchapters?|"
    r"\bHS)\s?$")
# (a newsletter's issue, a quality grade, a radio frequency; a script's scene, a presentation's slide, a contract's
# clause; a numbered example, resolution or tranche; "Double 11", a shopping festival; "HS chapters 61 and 62", goods'
# codes)
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(_MONTHS) + r")\.?\s$", re.IGNORECASE)
# the last day of a span of days ("Feb. 18-26", "from July 17 to 20"): a date too
_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
# "stood at 51 on Sept. 30 and 50 on Oct. 31", "30 bids on June 1 and 25 on June 2", "closed at 48 on Jan. 5 and 49 a
# week later": a value with a date of its own after it (not "on May 5 and 20 in Wuhan": two days)
_VALUE_DATED_AFTER = re.compile(r"\s+(?:(?:on|by|at|in)\s+(?:the\s+)?(?:(?:end|start|middle)\s+of"
                                r"\s+)?(?:" + "|".join(_MONTHS) + r")\b|(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?)"
                                r"\s+later\b|(?:the\s+)?(?:next|following|previous)\s+(?:day|week|month)\b)", re.IGNORECASE)
_DAY_SPAN_BEFORE = re.compile(r"\b(?:" + "|".join(_MONTHS) + r")\.?\s\d{1,2}\s?(?:[-–—]|to|through|and)\s?$",
                              re.IGNORECASE)
# What the last word before a number ends with when _NOT_FIGURE_BEFORE can match there: most numbers follow none
# of these, and a str method call rejects them where the pattern's 60 branches were tried at each position.
_NOT_FIGURE_ENDINGS = ("per", "age", "aged", "ages", "Fortune", "Global", "Top", "No", "No.", "Number", "Phase", "Line",
                       "Terminal", "Berth", "Room", "page", "version", "Article", "COVID", "G", "Q", "H", "RCEP",
                       "Table", "Chart", "Figure", "Fig.", "Annex", "Appendix", "Exhibit", "Box", "Section", "Chapter",
                       "CARD", "Card", "Segment", "Part", "Episode", "Item", "Zone", "Gate", "Hall", "Block",
                       "Building", "Pier", "Dock", "code", "Code", "code:", "Code:", "ISO", "GRI", "Scope", "SDG",
                       "GB", "GB/T", "Page", "of", "-", "Issue", "issue", "Grade", "grade", "FM", "AM", "SCENE", "Scene",
                       "Slide", "slide", "Clause", "Question", "Example", "Resolution", "Tranche", "Series", "Lot",
                       "Panel", "Terminals", "Proposal", "Motion", "Scenario", "Option", "Double", "chapter",
                       "chapters", "HS")


# A number listed after another that names or codes a thing ("Terminals 1 and 2", "HS chapters 61 and 62", "Phase 1,
# 2 and 3"): the words before the first make the rest no figures too (a comma alone lists only where "and" closes the
# list after: not "In Q1, 12 new projects"; nor "Terminal 2 and 3 new berths", "the G7 and 20 other nations": counted)
_LISTED_NAME_NUMBER = re.compile(r"(?<!\S)\d{1,4}(?:,\s\d{1,4})*(?:,?\s+(?:and|or|&)\s+|(?P<comma>,\s))$")
_LIST_CLOSES_AFTER = re.compile(r"(?:,\s\d{1,4})*,?\s+(?:and|or|&)\s+\d{1,4}\b")
_COUNTED_AFTER = re.compile(r"\s+(?:other|new|more|additional|further)\b")  # (but "Scope 1 and 2 emissions": named)


# "Segment 3 of 6", "Episode 2 of 10": how many parts a series has, where this one stands (no figure)
_OF_PARTS_BEFORE = re.compile(r"\b(?:Segment|Part|Episode|Slide|Section|Chapter|Scene|Question|Item)\s+\d{1,3}\s+of\s$")


def not_a_figure_before(tail: str) -> bool:
    """``_NOT_FIGURE_BEFORE.search(tail)``: whether the words just before a number make it no figure."""
    words = tail.split()
    return bool(words) and words[-1].endswith(_NOT_FIGURE_ENDINGS) and _NOT_FIGURE_BEFORE.search(tail) is not None
# Precompiled (the hot path of every number: no lookup in re's cache per call).
_MONTH_AFTER = re.compile(r"\s(?:" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)
# A surname or a speaker's self-naming right before a city's name: the name is a person's given name ("Lin Yuxi",
# "LIN YUXI:", "I'm Yuxi"), not the city of Yuxi
# (not Song, Tang, Han, Yuan, Ming: dynasties and the currency; a surname capitalised or in capitals, never "long")
_SURNAMES = ("Lin", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
             "Hu", "Guo", "Gao", "Luo", "Zheng", "Liang", "Xie", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian",
             "Dong", "Pan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao",
             "Cui", "Zhong", "Tan", "Fan", "Jin", "Shi", "Liao", "Jia", "Xia", "Fu", "Fang", "Bai", "Zou", "Meng",
             "Xiong", "Qin", "Qiu", "Hou", "Lei", "Tao", "Mao", "Kong", "Qian", "Dai")
_NAMED_AS = r"(?:\b(?:" + "|".join(_SURNAMES + tuple(n.upper() for n in _SURNAMES)) + r")|\bI['’]m|\bmy\s+name\s+is)"
PERSON_NAMED_BEFORE = re.compile(_NAMED_AS + r"[^\S\n]$")
PERSON_NAME = re.compile(_NAMED_AS + r"[^\S\n]+[A-Za-z]+")  # (the whole name: "Lin Yuxi")
# ("I'm Chongqing born and raised": a city after all)
BORN_AFTER = re.compile(r"[^\S\n]*(?:-|[^\S\n]+)(?:born|bred|native|through\s+and\s+through)\b")
CLOCK_ZONE_AFTER = re.compile(r"[^\S\n]+(?:time(?![\w-])(?![^\S\n]+[a-z])|Time(?![\w-])(?![^\S\n]+[A-Za-z]))|时间")
# (a city's clock: "18:40 Beijing time", "Beijing Time", 北京时间; not "Jining time deposits", "Jining Time Deposits")
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s$")
_SENTENCE_LEAD_BEFORE = re.compile(r"(?:^|[.!?]\s|\n|[\"“‘])[A-Z][a-z]+\s$")  # (also a quote's first word)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+$")
_CLAUSE_END_NEXT = re.compile(r"[^\S\n]*[,.;!?]")
_AND_IN_MONTH_NEXT = re.compile(r"[^\S\n]+and[^\S\n]+in[^\S\n]+(?:January|February|March|April|May|June|July|"
                                r"August|September|October|November|December)\b")  # ("in April 58 and in May 61")
_PLURAL_NEXT = re.compile(r"[^\S\n]+(?:[a-z]+[^\S\n]+)?(?!(?:was|has|is|this|its|his|us|as|yes|less|plus|thus|does|goes|"
                          r"days|weeks|weekends|months|years|hours|minutes)\b)(?:[a-z]{2,}s|people|staff|sheep|cattle|"
                          r"children)\b")  # (a count of things: not
# "in June 618 was", the festival, nor days)


def count_after_month(text: str, value: float, end: int) -> bool:
    """Whether a number after a month's name, ending at ``end``, is no day of it but a count said after its month
    ("In March we sold 41 cars, in February 53,"): more than 31, under 1,000, and its clause ends right after it
    (not "the June 618 festival"), or a plural noun follows ("in April 58 cars")."""
    return 31 < value < 1000 and (_CLAUSE_END_NEXT.match(text, end, end + 3) is not None
                                  or _PLURAL_NEXT.match(text, end, end + 40) is not None
                                  or _AND_IN_MONTH_NEXT.match(text, end, end + 40) is not None)


_BY_BEFORE = re.compile(r"\bby\s+$")
_NO_BEFORE = re.compile(r"\bNo\.\s?$")
_GROUP_BEFORE = re.compile(r"\b(?:the|these|those|its|their|all)\s+$", re.IGNORECASE)
_OF_OR_HYPHEN_AFTER = re.compile(r"\s+of\b|-")
_RANGE_AFTER = re.compile(r"\s+range\b")
_THE_BEFORE = re.compile(r"\bthe\s+$")
_SPEAKER_HEDGES = r"about|I\s+think|I['’]d\s+say|I\s+guess|maybe"  # (said after a figure: "…, about.")
# "and up" after a figure: a floor ("380 yuan and up", "three-eighty and up"; not "and up sharply from", "and up to")
_AND_UP = (r"[^\S\n]+and[^\S\n]+up(?:wards?)?\b(?![^\S\n]+(?:to|from|by|on|over|sharply|slightly|strongly|steadily|"
           r"year|\d))")
_OR_SO_AFTER = re.compile(r"(?:[^\S\n]+[a-z][a-z-]*s(?=[\s,])|[^\S\n]+of[^\S\n]+[a-z]+(?=,))?(?:"  # (the things
                          # counted first: "400 skewers, maybe more", "forty mu of water, a bit over")
                          r"\s+(?:(?:a|per|each)\s+(?:jin|kilo|kilogram|kg|tonne|ton|month|year|day|night|head|person)\s+)?"
                          r"or\s+(?:so|more|higher|above)\b|,?\s+(?:sometimes|often|or\s+even|maybe|perhaps|probably)\s+more\b|"
                          r",\s+more[.!]|,?\s+(?:give\s+or\s+take|more\s+or\s+less|or\s+thereabouts)\b|"
                          r"[^\S\n]+at[^\S\n]+least(?=[^\S\n]*[.!?;,])|"  # ("cost me two thousand yuan at least.": over)
                          r",\s+(?:just\s+about|a\s+(?:bit|little)\s+(?:over|more))(?=[.!?,;])|"
                          r"\?[^\S\n]+something[^\S\n]+like[^\S\n]+that\b|"  # ("four thousand? Something like that.")
                          r"[^\S\n]+and[^\S\n]+change\b(?=[^\S\n]*(?:[.,;!?]|$))|"  # ("31 million and change.": over)
                          + _AND_UP + r"|"  # ("380 yuan and up": over)
                          r"[^\S\n]+and[^\S\n]+a[^\S\n]+bit\b(?=[^\S\n]*(?:[.,;!?]|$))|"  # ("Nine thousand and a bit.")
                          r",\s+(?:" + _SPEAKER_HEDGES + r")(?=[.!?;])|"  # ("…yuan, about.")
                          r"(?:\s+(?:more|less|higher|lower|up|down|off|extra))?(?:,\s+(?:roughly|approximately)(?=[.!?,;])|"
                          r"[.!][^\S\n]+(?:roughly|approximately)(?=[.!?])))", re.I)
# ("thirty percent more, roughly.", "Thirty-two hundred. Roughly.", "one point three million, just about.": a speaker's
# guess; "forty mu of water, a bit over.": over; not "Roughly, half of that")
# ("30 or so"; "90 percent or higher", "3.5 yuan a kilogram or more", "90 percent, sometimes more", "4,000, more.")
TOPS_AFTER = re.compile(r",?[^\S\n]+(?:tops|max|at[^\S\n]+(?:the[^\S\n]+)?most)(?=[^\S\n]*[.!?;,])", re.I)
AND_UP_AFTER = re.compile(_AND_UP, re.I)  # ("three-eighty and up")
_SPEAKER_HEDGE_AFTER = re.compile(r",\s+(?:" + _SPEAKER_HEDGES + r")$", re.I)
_YEAR_FIGURE_AFTER = re.compile(r"[ -]?(?:%|per|percent|yuan|billion|million|tons?|"
                                r"tonnes|TEU|US|people|enterprises|companies)", re.IGNORECASE)
_PER_AGE_BEFORE = re.compile(r"\bper\s$|\baged?\s$|\bages\s$|\b(?:aged?|ages)\s+\d+\s*[-–]\s*$|\bfor\s+every\s$",
                             re.IGNORECASE)  # ("persons aged 0-14", "for every 100,000 persons": no figures)
# _NOT_FIGURE_BEFORE, _MONTH_BEFORE and _PER_AGE_BEFORE match at most 11 characters at the end of the
# words before a number: searching only the last 12 (one more, for \b) finds the same, much faster.
_TAIL = 12
_PERIOD_BEFORE = re.compile(
    r"\b(?:over|in|for|within|during|past|last|next|recent|coming|previous|the|of|after|before|than|every|each)"
    r"(?:\s+(?:the|past|last|next|recent|coming|previous|same))?\s+$", re.IGNORECASE)
# A span of time measured, not the period of other figures: "stayed an average of 2.8 days", "the equivalent of
# 2,480 hours at full load", "a payback period of 7.6 years", "shorter than 110 days". (Not a loan's "term of 25
# years", "for more than 60 years": the labelled sets give those as figures as often as not.)
# How long a service takes on average, or is to be kept within ("keep the joint approval time within 12 working days"):
# a figure (not "the processing time is within 15 working days under the law": a time limit)
TIME_TAKEN_BEFORE = re.compile(r"\b(?:average\s+|(?:keep|keeps|keeping|kept|cut|cuts|cutting|reduced?|shortened)\s+"
                               r"(?:the\s+|its\s+)?(?:[a-z-]+\s+){0,2}?)"
                               r"(?:approval|processing|handling|waiting|response|turnaround)\s+times?\s+"
                               r"(?:(?:of|for)\s+(?:[a-z-]+\s+){1,3}?)?(?:(?:is|was|of|to)\s+)?(?:within|under|below)\s+$",
                               re.I)
# ("keep the average handling time of complaints within 4 working days", "the approval time of new business licences
# within 3 working days", "handling time for complaints")
_MEASURED_SPAN_BEFORE = re.compile(r"\b(?:(?:an?\s+)?average\s+of|the\s+equivalent\s+of|payback\s+period\s+of|"
                                   r"(?:longer|shorter)\s+than)\s+$", re.IGNORECASE)
# "more than 3,000 hours of sunshine a year", "over 250 days a year": a span measured per year, a rate (no period)
_SPAN_RATE_AFTER = re.compile(r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:a|per|each)\s+(?:year|month|week)\b"
                              r"(?!\s+(?:earlier|ago|before|later|on))", re.I)  # (not "in the 12 months a year earlier")
_TIME_REFERENCE_AFTER = re.compile(r"^\s+(?:ago|later|earlier|before|after|old|running|in a row|ended|ending)\b",
                                   re.IGNORECASE)  # ("for the six months ended 30 June": the period, no figure)
# A sentence ends at a full stop, ! or ? before a blank, and at every line break (CR-only and
# Unicode line ends too: a text with no LF must not become one sentence).
_SENTENCE_END = re.compile(r"[.!?](?<!\bNo.)(?<!\bMr.)(?<!\bDr.)(?<!\bSt.)(?<!\bvs.)(?<!\b[A-Z].)(?=[\"”’)]?(?:\s|$))"
                           rf"|\r\n|[{_BREAKS}]")  # (the mark first, which the engine skips to; "Mr." looked back at)
_BLANKS = re.compile(r"\s*")
_PARAGRAPH = re.compile(rf"[{_BREAKS}]\s*")
_LAST_BLANK = re.compile(r".*\s", re.DOTALL)
# A sentence longer than 2 * QUOTE_WINDOW is cut, at blanks, into pieces no longer than that, and a
# figure's quote is its piece: the work done for one figure (guesses, "the number of X", the quote
# itself) is bounded, so a text with no sentence breaks is still extracted in linear time and memory.
QUOTE_WINDOW = 300
PROGRESS_STEP = 1 << 13  # characters between two progress reports (and checks for a cancel)
_YEAR_IN_TEXT = re.compile(r"\b(?P<prep>in|by|for|during|since|from|as of|at the end of|end of|until)?\s*"
                           r"(?:(?P<month>" + "|".join(_MONTHS[:12]) + r")\s+(?P<day>\d{1,2}),\s+)?"
                           r"(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_FROM_THE_END = re.compile(r"\b(?:from|than|since|over|against|compared\s+(?:with|to)|versus)\s+(?:at\s+)?(?:the\s+)?$",
                           re.IGNORECASE)
_FROM_TO_YEARS = re.compile(r"\b(?:from|between)\s+(?P<a>(?:19|20)\d\d)\s+(?:to|and|through|-|–)\s+(?P<b>(?:19|20)\d\d)\b",
                            re.IGNORECASE)
_GROWTH_WORDS = re.compile(r"\b(?:increase[sd]?|increasing|grew|grow|growth|rose|rise|up|expanded|expand|surged|"
                           r"jumped|climbed|gain(?:ed)?|fell|declined|decrease[sd]?|down|dropped|year-on-year)\b",
                           re.IGNORECASE)
_SHARE_WORDS = re.compile(r"\b(?:share|account(?:s|ed)? for|accounting for|of the|of its|of all|proportion|"
                          r"percentage of|rate)\b", re.IGNORECASE)

_SHARE_AFTER = re.compile(r"\s+of\s+(?:the|its|their|all|total)\b", re.IGNORECASE)
_SHARE_VERB = re.compile(r"\b(?:made|make|makes|making)\s+up\s*$|\baccount(?:s|ed|ing)?\s+for\s*$", re.IGNORECASE)

_METRIC_KEYWORDS: tuple[tuple[str, str], ...] = (
    (r"per capita GDP|GDP per capita", "per capita GDP"),
    (r"\bGDP\b|gross domestic product", "GDP"),
    (r"net (?:profit|loss)", "net profit"),
    (r"\bprofits?\b", "profit"),
    (r"\brevenues?\b|\bturnover\b", "revenue"),
    (r"container throughput", "container throughput"),
    (r"cargo throughput", "cargo throughput"),
    (r"\bthroughput\b", "throughput"),
    (r"foreign capital|foreign direct investment|\bFDI\b", "utilized foreign capital"),
    (r"fixed[- ]asset investment|investment in fixed assets", "fixed-asset investment"),
    (r"retail sales", "retail sales"),
    (r"imports and exports|exports and imports", "foreign trade"),
    (r"\bexports?\b", "exports"),
    (r"\bimports?\b", "imports"),
    (r"foreign trade", "foreign trade"),
    (r"\binvestment\b", "investment"),
    (r"value-added output|value added|output", "value added"),
    (r"retention rate", "retention rate"),
    (r"R&D", "R&D expenditure"),
    (r"\bsales\b", "sales"),
    (r"\borders?\b", "orders"),
)
_METRIC_RES = [(re.compile(p, re.IGNORECASE), m) for p, m in _METRIC_KEYWORDS]


def _cues(pattern: str) -> tuple[str, ...]:
    """Words one of which a text must hold for ``pattern`` to match in it (the leading letters of each of its
    alternatives, lower case), or () when some alternative has none: a cheap test before a regex scan."""
    cues = []
    for alternative in pattern.split("|"):
        lead = re.match(r"[a-z&]+(?![?*{])", re.sub(r"^(?:\\b|\(\?:)+", "", alternative).lower())
        if lead is None or len(lead.group(0)) < 3:  # (a letter before ? or * may be missing: not part of the cue)
            return ()
        cues.append(lead.group(0))
    return tuple(cues)


_METRIC_CUES = [_cues(p) for p, _ in _METRIC_KEYWORDS]

# Words that point to a sector, for the bundled sector ids (others are matched by their names).
_SECTOR_WORDS: dict[str, tuple[str, ...]] = {
    "macro economy": ("gdp", "gross domestic product", "per capita", "economy", "statistics"),
    "industry": ("industrial", "designated size", "factories", "manufacturing output"),
    "petrochemicals": ("petrochemical", "refin", "crude oil processing", "chemical"),
    "equipment manufacturing": ("equipment", "engine", "machinery", "machine tool", "heavy industry"),
    "shipbuilding and rail": ("ship", "shipyard", "vessel", "carrier", "tanker", "railway", "locomotive", "rail"),
    "port and trade": ("port", "container", "teu", "cargo", "shipping route", "foreign trade", "export", "import",
                       "throughput", "berth", "terminal", "tonnes", "tons of"),
    "openness and investment": ("foreign capital", "foreign-invested", "free trade", "ftz", "investment",
                                "fortune 500", "multinational", "institutional innovation"),
    "technology and innovation": ("technology", "high-tech", "patent", "r&d", "innovation", "research", "digital"),
    "population and talent": ("population", "residents", "aged", "graduates", "talent", "retention", "people"),
}

# A candidate is a row of facts.csv with where its figure stands and how sure each guess is.
CANDIDATE_COLUMNS: tuple[str, ...] = (
    *schema.FACT_FILE_COLUMNS, "printed_start", "printed_end", "confidence",
    "city_confidence", "sector_confidence", "entity_confidence", "metric_confidence",
)


@dataclass(slots=True)
class Candidate:
    """A figure found in a text, proposed as a fact row; guesses carry how sure they are (0–1)."""

    value: float
    unit: str
    qualifier: str
    as_printed: str
    printed_start: int
    printed_end: int
    start: int
    end: int
    period: str = ""
    city: str = ""
    sector: str = ""
    entity: str = ""
    metric: str = ""
    source_id: str = ""
    id: str = ""
    kind: str = "figure"
    note: str = ""
    confidence: float = 0.5
    city_confidence: float = 0.0
    sector_confidence: float = 0.0
    entity_confidence: float = 0.0
    metric_confidence: float = 0.0
    city_note: str = ""  # how the city was found where the text does not name it ("仙游县, a county of Putian")
    paired: bool = field(default=False, repr=False)  # one of a "from … to …" pair: its period is set
    text: str = field(default="", repr=False, compare=False)  # the whole source text, shared, never copied

    @property
    def quote(self) -> str:
        """The sentence (or the window of a long one) holding the figure: ``text[start:end]``."""
        return self.text[self.start:self.end]

    def to_row(self) -> dict[str, str]:
        """The candidate as facts.csv cells (plus its offsets and confidences), all strings."""
        row: dict[str, str] = {}
        for name in CANDIDATE_COLUMNS:
            value = getattr(self, name)
            if name == "value":
                row[name] = format_plain(value)
            elif isinstance(value, float):
                row[name] = f"{value:.2f}"
            else:
                row[name] = str(value)
        return row


@dataclass(frozen=True, slots=True)
class NumberToken:
    """A number as it stands in a text; ``kind`` is "number" (a figure), "date" or "other" (names or counts
    nothing: "Fortune 500", "the three provinces", "two decades")."""

    start: int
    end: int
    text: str
    kind: str


@dataclass
class _Context:
    """What is known of the text once, so that each number needs only local work."""

    text: str
    sentence_starts: list[int]
    sentence_ends: list[int]
    paragraph_starts: list[int]
    cities: dict[str, str]  # lower-case name -> city id
    city_hits: list[tuple[int, str]] = field(default_factory=list)
    default_city: str = ""


_PIECE = 1 << 15  # characters one regex call may scan
_MARGIN = 256  # longer than any lookahead of the patterns scanned


def _scan(pattern: re.Pattern[str], text: str, check: Callable[[int], None] | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, but no single call scans more than _PIECE characters.

    The extractor runs in a worker thread; one regex call over megabytes with no match would hold
    the GIL, and freeze the window, for seconds. ``check(position)`` is called for every piece
    (a progress report, which may raise to stop the work). A match that comes near a piece's end
    is searched for again over a longer piece, so the matches are those of ``finditer`` (for
    patterns whose matches and lookarounds are shorter than _MARGIN).
    """
    n, cur, next_check = len(text), 0, 0
    while cur <= n:
        stop = cur + _PIECE
        if check is not None and cur >= next_check:
            check(cur)
            next_check = cur + _PIECE - _MARGIN
        while True:
            m = pattern.search(text, cur, stop) if stop < n else pattern.search(text, cur)
            if stop >= n or m is None or m.end() <= stop - _MARGIN:
                break
            stop += _PIECE  # near the piece's end it may run on, or be no match: look further
        if m is None:
            if stop >= n:
                return
            cur = stop - _MARGIN  # nothing starts before this that ends in the piece
            continue
        yield m
        cur = m.end() if m.end() > m.start() else m.end() + 1


def scan_gated(pattern: re.Pattern[str], gate: re.Pattern[str], text: str, lower: str,
               check: Callable[[int], None] | None = None) -> Iterator[re.Match[str]]:
    """``_scan(pattern, text, check)``: the same matches, ``pattern`` tried only where ``gate`` matches in ``lower``
    (the text, or the text lower-cased for a pattern that ignores case; ``gate`` matches wherever ``pattern`` can
    start, and its first character is a set the regex engine skips to, where ``pattern`` opens with a look-behind it
    cannot skip by). No gate search runs over more than _PIECE + _MARGIN characters."""
    n = len(text)
    if len(lower) != n:  # (a few letters change length when lower-cased)
        yield from _scan(pattern, text, check)
        return
    pos, next_check = 0, 0
    while pos <= n:
        if check is not None and pos >= next_check:
            check(pos)
            next_check = pos + _PIECE
        stop = pos + _PIECE
        g = gate.search(lower, pos, stop + _MARGIN)
        if g is None or g.start() >= stop:
            if stop >= n:
                return
            pos = stop
            continue
        m = pattern.match(text, g.start())
        if m is None:
            pos = g.start() + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


def sentences(text: str, check: Callable[[int], None] | None = None) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for match in _scan(_SENTENCE_END, text, check):
        end = match.end() if match.group(0) in ".!?" else match.start()
        close = text[end:end + 1] in ("\"", "”", "’", ")")
        if close:
            end += 1
        first = _BLANKS.match(text, pos, end).end()  # type: ignore[union-attr]  # \s* always matches
        if end > first:
            _add_sentence(text, first, end, starts, ends)
        pos = match.end() + (1 if close else 0)
    first = _BLANKS.match(text, pos).end()  # type: ignore[union-attr]
    if first < len(text):
        last = len(text)
        while last > first and text[last - 1].isspace():
            last -= 1
        _add_sentence(text, first, last, starts, ends)
    return starts, ends


def _add_sentence(text: str, first: int, end: int, starts: list[int], ends: list[int]) -> None:
    """Add the sentence first:end, in pieces of at most 2 * QUOTE_WINDOW cut at blanks when it is longer."""
    while end - first > 2 * QUOTE_WINDOW:
        cut = first + 2 * QUOTE_WINDOW
        blank = _LAST_BLANK.match(text, first + QUOTE_WINDOW, cut)  # the last blank of the piece's second half
        piece_end = blank.end() - 1 if blank else cut
        while piece_end > first and text[piece_end - 1].isspace():
            piece_end -= 1
        starts.append(first)
        ends.append(piece_end)
        first = _BLANKS.match(text, piece_end, end).end()  # type: ignore[union-attr]
    if end > first:
        starts.append(first)
        ends.append(end)


_AND_A_HALF = re.compile(rf"{_GAP}and{_GAP}a{_GAP}half\b(?!-)(?!{_GAP}(?:{HALF_OF_ANOTHER})\b)")  # after a scale:
# "two million and a half" (not "1 million and a half dozen eggs": numbers.HALF_OF_ANOTHER)
_FULL_SCALE_BEFORE = re.compile(r"\b(?:million|billion|trillion)$", re.I)
_SCALE_NEXT = re.compile(rf"(?:[ -]|{_GAP})(?:million|billion|trillion)\b(?!-)")  # (not "a million-strong", nor
# "Two Cousins and a Million Mushrooms", a title)


def _a_scale(text: str, start: int, end: int) -> bool:
    """Whether "a" (or "half a") at start:end is a number, one (a half) of the scale after it: "a million tonnes", not
    "one in a million"."""
    return _SCALE_NEXT.match(text, end) is not None and \
        re.search(r"\bin\s+$", text[max(0, start - 4):start]) is None


def _words_value(text: str) -> float | None:
    lower = text.lower()
    if lower in ("a", "an"):
        return None
    return parse_number(text)


def _unit_after(text: str, pos: int) -> tuple[str, int, str] | None:
    """The unit right after ``pos``: (unit key, end offset, scale or "")."""
    rest = _LINE_BREAK.split(text[pos:pos + 60], 1)[0]  # a unit never continues on the next line
    scale = ""
    offset = 0
    m = _SCALE_AFTER.match(rest)
    if m:
        scale = _SCALE_WORDS[folded_lower(m.group("scale"))]
        offset = m.end()
    first = _ANY_UNIT_AFTER.match(rest, offset)
    for pattern, unit in _UNIT_AFTER_RE[int(first.lastgroup[1:]) if first and first.lastgroup else len(_UNIT_AFTER_RE):]:
        um = pattern.match(rest, offset)
        if um and not (um.group(0)[:1].isalpha() and offset == 0 and not _GLUED_UNIT.match(um.group(0))):
            return unit, pos + um.end(), scale
    if scale:
        return "", pos + offset, scale
    return None


def thousands_of(low: Candidate, high: Candidate) -> str:
    """The unit of a range's lower end said in words without the thousand (or hundred) its upper end says
    ("between four and six thousand yuan", "seven, eight thousand yuan", "eight or nine hundred yuan"): "thousand
    yuan", "hundred yuan" (its value stays as said, 4, so the quote reads it), or "" where the ends are not so."""
    scale = _SCALE_OF_END.search(high.as_printed)
    if re.search(r"\d", low.as_printed) or scale is None or _SCALE_OF_END.search(low.as_printed):
        return ""
    word = scale.group(0).lower()
    factor = 1000 if word == "thousand" else 100
    name = f"{word} {high.unit}" if high.unit != "count" else word
    if name not in UNITS and high.unit in UNITS and UNITS[high.unit].base in ("count", "people") and \
            not re.search(r"\b(?:thousand|million|billion|trillion)\b", high.as_printed[scale.end():], re.I):
        name = f"{word} people" if UNITS[high.unit].base == "people" else word  # ("two and three hundred firms": a
        # count of firms, in hundreds)
    return name if name in UNITS and 0 < low.value * factor < high.value <= 2 * low.value * factor else ""


_SCALE_OF_END = re.compile(r"\b(?:thousand|hundred)\b", re.I)


def unit_named(words: str) -> str:
    """The unit a few words name on their own, as in a table's header ("billion yuan", "%", "million TEU"), or ""
    when they name none or more than a unit."""
    words = words.strip()
    found = _unit_after("1 " + words, 1)
    if not found or found[1] != len(words) + 2:
        return ""
    unit, _, scale = found
    return _compose_unit(unit, scale)


def _compose_unit(unit: str, scale: str) -> str:
    if unit in ("yuan", "US$", "tons", "tonnes", "TEU", "square meters", "kilograms", "jin", "km", "mu", "hectares",
                "cubic meters", "litres", "kWh", "kW", "km²", "MWh", "GWh", "MW", "GW", "metres"):
        name = f"{scale} {unit}".strip()
        if name in UNITS:
            return name
        if scale and unit in ("kWh", "kW", "km²", "MWh", "GWh", "MW", "GW"):
            return scale if scale in UNITS else ""  # ("1.2 million megawatt-hours": at least the million, not 1.2)
    if scale and not unit:
        return scale if scale in UNITS else ""
    if scale and unit in ("people",):
        return f"{scale} people"
    return unit if not scale else ""


def _paragraph_year(ctx: _Context, pos: int) -> str:
    """A paragraph that opens with "In 2031," dates the figures that follow in it."""
    i = bisect.bisect_right(ctx.paragraph_starts, pos) - 1
    start = ctx.paragraph_starts[i] if i >= 0 else 0
    m = re.match(r"\s*(?:In|By|During)\s+((?:19|20)\d\d)\b", ctx.text[start:start + 40])
    return m.group(1) if m else ""


# A year in a clause set off by commas that says when something began ("the zone, which opened in 2019,").
DATES_ELSE = re.compile(r"[,(]\s*(?:which|who|when|after it|since it)\b[^,;()]*$|"
                        r"[,(]\s*(?:opened|founded|established|launched|set up|built|inaugurated)\b[^,;()]*$",
                        re.IGNORECASE)


_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;:()]*$", re.IGNORECASE)  # a year in a "since ..." clause, up to it


_DATELINE_END = re.compile(r"[^\S\n]*(?:/[^/\n]{1,40}/[^\S\n]*)?(?:\([^)\n]{1,30}\)[^\S\n]*)?(?:--|—|–)")


def _sentence_years(sentence: str) -> tuple[str, str]:
    """A sentence's "from 2027 to 2031" span ("2027–2031" or "") and the first year or date it is in."""
    if _ANY_YEAR.search(sentence) is None:
        return "", ""  # most sentences name no year: one cheap scan instead of two
    fromto = _FROM_TO_YEARS.search(sentence)
    span = f"{fromto.group('a')}–{fromto.group('b')}" if fromto else ""
    for m in _YEAR_IN_TEXT.finditer(sentence):
        prep = (m.group("prep") or "").lower()
        if prep in ("since", "from", "until"):
            continue
        if DATES_ELSE.search(sentence, max(0, m.start() - 60), m.start()):
            continue  # "the zone, which opened in 2019, attracted ...": the year of the opening, not of the figures
        if _SINCE_CLAUSE.search(sentence, max(0, m.start() - 160), m.start()) and \
                re.match(r"\s*,", sentence[m.end():m.end() + 3]):  # (the clause ends at its year)
            continue  # "Since the sites were listed in 2021, visits have climbed: 96.4 million in 2031": a start
        if re.search(r"\b(?:than|was|were|stood|been)\s+$", sentence[max(0, m.start() - 8):m.start()]):
            continue  # "6 points higher than in 2024", "three times what it was in 2020": the year compared with
        if prep.endswith("end of") and _FROM_THE_END.search(sentence, max(0, m.start() - 24), m.start()):
            continue  # "up 3.4 percentage points from the end of 2030": the base's year too
        if m.group("month") and m.group("day") and _DATELINE_END.match(sentence, m.end()):
            continue  # "QINGHE, China, March 4, 2033 /Newswire/ -- Prices fell ... in February": the dateline's date
        if m.group("month") and m.group("day"):
            return span, f"{m.group('year')}-{_month(m.group('month')):02d}-{int(m.group('day')):02d}"
        if prep:
            return span, m.group("year")
    return span, ""


def _period(ctx: _Context, years: tuple[str, str], p_start: int, p_end: int, unit: str,
            pair: tuple[str, str] | None) -> tuple[str, float]:
    """The period the text gives for a figure at p_start:p_end of a sentence with ``years``, and how sure."""
    text = ctx.text
    after = re.match(r"\s+in\s+((?:19|20)\d\d)\b", text[p_end:p_end + 10])
    if after:
        return after.group(1), 0.9
    if pair is not None:
        return pair[0] or pair[1], 0.8
    span, first = years
    if span and unit in ("%", "percentage points"):
        return span, 0.7
    if first:
        return first, 0.8
    year = _paragraph_year(ctx, p_start)
    if year:
        return year, 0.5
    return "", 0.0


def _month(name: str) -> int:
    return _MONTH_NUM.get(name.lower(), 0)


def _guess_city(ctx: _Context, pos: int, s_start: int) -> tuple[str, float]:
    i = bisect.bisect_right(ctx.city_hits, (pos, "\uffff")) - 1
    if i >= 0:
        hit_pos, city = ctx.city_hits[i]
        if hit_pos >= s_start:
            return city, 0.9
        p = bisect.bisect_right(ctx.paragraph_starts, pos) - 1
        if p >= 0 and hit_pos >= ctx.paragraph_starts[p]:
            return city, 0.6
    # A city named later in the same sentence ("..., Wuhu's per capita GDP") still beats the default.
    if i + 1 < len(ctx.city_hits):
        hit_pos, city = ctx.city_hits[i + 1]
        s_index = bisect.bisect_right(ctx.sentence_starts, pos) - 1
        if s_index >= 0 and hit_pos < ctx.sentence_ends[s_index]:
            return city, 0.8
    return ctx.default_city, 0.3 if ctx.default_city else 0.0


def _sector_word(word: str) -> re.Pattern[str]:
    """A sector word at the start of a word ("refin" finds "refining"; "port" not "report" nor "export")."""
    pattern = _SECTOR_WORD_RES.get(word)
    if pattern is None:
        pattern = _SECTOR_WORD_RES[word] = re.compile(r"(?<![a-z])" + re.escape(word))
    return pattern


_SECTOR_WORD_RES: dict[str, re.Pattern[str]] = {}


_NO_TOPIC = frozenset({"above", "below", "size", "designated", "official", "statistics", "macro", "green", "heavy",
                       "free", "zone", "capital", "cluster", "main", "major", "total", "other", "their", "with",
                       "from", "into", "over", "under", "level", "large", "small", "new", "and"})


def _name_words(name: str) -> tuple[str, ...]:
    """A sector name's words of four letters or more, lower case, but for proper nouns (capitalised after the
    first word) and words of no topic."""
    words = re.findall(r"[A-Za-z][A-Za-z-]{3,}", name)
    return tuple(w.lower() for i, w in enumerate(words)
                 if (i == 0 or not w[0].isupper() or w.isupper() and len(w) <= 4) and w.lower() not in _NO_TOPIC)


@functools.lru_cache(maxsize=8)
def _sector_table(items: tuple[tuple[str, str], ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each sector's words, once per sectors mapping: a keyword list "a;b", or its name's words, with the
    bundled ids' words; each word once. Of a name's words, those that tell no sector from another are left out:
    a proper noun of the name ("Port and trade Ningbo Port, ...": a place, not a topic), a word of two or more
    sectors' names ("industry", "trade", "foreign"), and words of no topic ("above", "size", "official")."""
    named = {sid: _name_words(name) for sid, name in items if ";" not in name}
    shared = Counter(w for words in named.values() for w in set(words))
    table = []
    for sid, name in items:
        listed = tuple(w.strip() for w in name.lower().split(";") if w.strip()) if ";" in name else \
            tuple(w for w in named[sid] if shared[w] == 1)
        table.append((sid, tuple(dict.fromkeys(_SECTOR_WORDS.get(sid, ()) + listed))))
    return tuple(table)


@functools.lru_cache(maxsize=8)
def _sector_checks(items: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str, re.Pattern[str], int], ...]:
    """_sector_table as one flat list, in its order: (sector id, word, its pattern, weight: 2 for words of more
    than one word). Each word once: a word of the name and of the list counts one."""
    return tuple((sid, word, _sector_word(word), 1 + (" " in word))
                 for sid, words in _sector_table(items) for word in words)

@functools.lru_cache(maxsize=8)
def _sector_index(items: tuple[tuple[str, str], ...]) -> tuple[
        tuple[str, ...], dict[str, tuple[tuple[str, str, int], ...]], re.Pattern[str]]:
    """_sector_checks for one scan of a sentence: the sector order, the words by their first two letters
    (word, sector id, weight), and a pattern of the places a word may start (_sector_word's rule)."""
    checks = _sector_checks(items)
    buckets: dict[str, list[tuple[str, str, int]]] = {}
    for sid, word, _, weight in checks:
        buckets.setdefault(word[:2], []).append((word, sid, weight))
    # only the places where some word starts (a zero-width test in C, not a Python step per word of the sentence)
    words = trie_pattern({word for _, word, _, _ in checks})
    return (tuple(dict.fromkeys(sid for sid, *_ in checks)), {k: tuple(v) for k, v in buckets.items()},
            re.compile(rf"(?<![a-z])(?={words})" if words else r"^\s\S"))


def trie_pattern(words: set[str], longest: bool = False) -> str:
    """A pattern matching exactly where one of ``words`` starts, written as a trie (one branch per letter, so
    that the regex engine steps through a word's letters once instead of trying each word in turn); with
    ``longest``, the pattern matches a whole word, the longest that fits (a word that is a prefix of another is
    tried after it, as an alternation sorted longest first does)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:  # type: ignore[type-arg]
        if "" in node and not longest:
            return ""  # a word ends here: whatever follows, a word starts at this place
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here and longer ones go on: the longer first, then this one
            return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
        return body

    return walk(trie) if trie else ""


# Where _TOKEN can start, in the text lower-cased: a digit, or a whole word that opens one of its word branches (a
# number or ordinal word, "a", "an", "half"). One trie search skips the words _TOKEN's first letters let through
# ("the", "of", "and", "to" …), where the whole alternation was tried: a third of the time of a scan.
_TOKEN_GATE = re.compile(r"\d|(?<![a-z])(?:" + trie_pattern(
    {w.lower() for w in (*NUMBER_WORDS, *ORDINAL_WORDS, "half")}, longest=True) + r")(?![a-z])"
    # "a" and "an" only before the fraction or scale word that makes them a number ("a third", "a million")
    r"|(?<![a-z])an?[-\s]+(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|hundred|thousand|million|"
    r"billion|trillion)"
    r"|(?<![a-z])(?<!several )(?<!few )(?<!many )hundred(?=[^\S\n]+and[^\S\n]+[a-z])")  # ("hundred and sixty-eight",
# as spoken with no "a"; not "several hundred and twenty of them")


def guess_sector(sentence: str, sectors: Mapping[str, str]) -> tuple[str, float]:
    """The sector whose words the sentence holds most (each word once; two for a word of several words), and how
    sure: 0.4 + 0.2 per word of margin over the next sector."""
    lower = sentence.lower()
    order, buckets, word_starts = _sector_index(tuple(sectors.items()))
    got: dict[str, int] = {}
    seen: set[tuple[str, str]] = set()
    for m in word_starts.finditer(lower):
        p = m.start()
        for word, sid, weight in buckets.get(lower[p:p + 2], ()) + buckets.get(lower[p], ()):
            if (word, sid) not in seen and lower.startswith(word, p):
                seen.add((word, sid))
                got[sid] = got.get(sid, 0) + weight
    if not got:
        return "", 0.0
    rank = _sector_rank(order)
    best = min(got, key=lambda sid: (-got[sid], rank[sid]))  # ties go to the earlier sector, as listed
    margin = got[best] - max((n for sid, n in got.items() if sid != best), default=0)
    return best, min(0.9, 0.4 + 0.2 * margin)


@functools.lru_cache(maxsize=8)
def _sector_rank(order: tuple[str, ...]) -> dict[str, int]:
    return {sid: i for i, sid in enumerate(order)}


_THREE_SECTORS = re.compile(r"\b(?:primary|secondary|tertiary)\s+(?:industry|industries|sector)\b", re.I)
_ENTITY = re.compile(r"(?:[A-Z][\w&'’-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w&-]*)*)")
_NOT_ENTITY = {"In", "On", "By", "The", "This", "These", "That", "However", "Meanwhile", "Since", "From", "Its",
               "It", "Just", "For", "Among", "As", "Currently", "Calculated", "Behind", "Yet", "While", "But",
               "Another", "When", "With", "If", "Although", "Furthermore", "Nevertheless", "Against", "A", "An",
               *(m.capitalize() for m in _MONTHS), "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
               "Sunday"}  # (a day of the week names no one: "On a Saturday like this one, seventy or more")


def _entity_name(words_text: str) -> str:
    words = words_text.split()
    while words and words[0] in _NOT_ENTITY:
        words = words[1:]
    name = " ".join(words).rstrip("’'s").strip()
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    return name if name and not _NOT_A_NAME.fullmatch(name) \
        and not _ANY_DIGIT.search(name) and not _NUMBER_NAME.fullmatch(name) else ""  # "RMB1" of "RMB1,701.27
    # billion" is a figure, not a name; nor is "Forty" of "Forty, fifty." or "Second" of a list


_NOT_A_NAME = re.compile(r"(?:19|20)\d\d|[A-Z]+|US\$?|RMB")
_ANY_DIGIT = re.compile(r"\d")
_NUMBER_NAME = re.compile(rf"(?:{_WORD_NUMBER}|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")(?:-odd)?",
                          re.I)




class _SentenceFacts:
    """What the guesses of every figure of one sentence share, found once per sentence, not per figure."""

    def __init__(self, sentence: str, sectors: Mapping[str, str]) -> None:
        self.sentence = sentence
        self.years = _sentence_years(sentence)
        # "the primary / secondary / tertiary industry" are the three parts of GDP, not industrial output
        self.sector = guess_sector(_THREE_SECTORS.sub("gdp", sentence) if "ary ind" in sentence else sentence,
                                   sectors)
        # Names, in order: where each ends and the last good name up to it.
        self.entity_starts: list[int] = []
        self.entity_ends: list[int] = []
        self.entity_best: list[str] = []
        best = ""
        for m in _ENTITY.finditer(sentence):
            best = _entity_name(m.group(0)) or best
            self.entity_starts.append(m.start())
            self.entity_ends.append(m.end())
            self.entity_best.append(best)
        # The metric keywords the sentence holds, in the order of _METRIC_RES (its priority): (metric, where each
        # match starts, where each ends). Most hold none: the search for a figure's keyword goes through the few.
        lower = sentence.lower()
        self.metric_hits: list[tuple[str, Sequence[int], Sequence[int]]] = []
        for (pattern, metric), cues in zip(_METRIC_RES, _METRIC_CUES):
            if not cues or any(map(lower.__contains__, cues)):
                found = [*pattern.finditer(sentence)]
                if found:
                    self.metric_hits.append((metric, [m.start() for m in found], [m.end() for m in found]))

    def entity(self, rel: int, city: str) -> tuple[str, float]:
        """The last name before ``rel`` (what a scan of sentence[:rel] finds)."""
        done = bisect.bisect_right(self.entity_ends, rel)
        best = self.entity_best[done - 1] if done else ""
        if done < len(self.entity_starts) and self.entity_starts[done] < rel:  # a name running into the figure
            for m in _ENTITY.finditer(self.sentence, self.entity_starts[done], rel):
                best = _entity_name(m.group(0)) or best
        if best:
            return best, 0.5
        return (city, 0.4) if city else ("", 0.0)

    def metric_keyword(self, rel: int) -> tuple[str, int]:
        """The first metric keyword (by priority) wholly before ``rel``, and where its last match starts."""
        for metric, starts, ends in self.metric_hits:
            done = bisect.bisect_right(ends, rel)
            if done:
                return metric, starts[done - 1]
        return "", -1


def _guess_metric(facts: _SentenceFacts, rel: int, unit: str, printed: str) -> tuple[str, float]:
    sentence = facts.sentence
    before = sentence[:rel]
    keyword, kw_pos = facts.metric_keyword(rel)
    if unit in ("%", "percentage points"):
        between = before[kw_pos:] if kw_pos >= 0 else before[-60:]
        after = sentence[rel + len(printed):rel + len(printed) + 20]
        if unit == "%" and (_SHARE_AFTER.match(after) or _SHARE_VERB.search(before[-40:])):
            return (f"share of {keyword}" if keyword else "share"), 0.4  # "made up 14.2 percent of the population"
        if _GROWTH_WORDS.search(between):
            what = keyword or "value"
            return (f"change in growth of {what}" if unit == "percentage points" else f"growth of {what}"), \
                0.6 if keyword else 0.3
        if _SHARE_WORDS.search(sentence[max(0, rel - 60):rel + len(printed) + 60]):
            return (f"share of {keyword}" if keyword else "share"), 0.4
        return keyword or "rate", 0.3
    if unit == "rank":
        return (f"{keyword} rank" if keyword else "rank"), 0.4
    counts = unit in UNITS and UNITS[unit].base in ("count", "people") or unit == "count"
    count = _COUNT_NOUN.match(" " + printed.split(" ", 1)[-1]) if " " in printed and counts else None
    if count or unit in _COUNT_UNITS:
        noun = printed.split(" ", 1)[1] if " " in printed else unit
        return noun, 0.5
    if keyword:
        return keyword, 0.6 if kw_pos >= len(before) - 80 else 0.4
    words = re.findall(r"[A-Za-z][\w-]*", before[-200:])[-4:]
    while words and words[-1].lower() in _METRIC_TAIL_WORDS:
        words.pop()  # ("Feed is 3,600 yuan": "Feed", not "Feed is"; "the big ones over six jin": "the big ones")
    return " ".join(words), 0.1


# Words that end the words before a figure without naming what it measures: a verb of being, a hedge or bound, an
# article or a preposition.
_METRIC_TAIL_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "over", "about", "around", "nearly", "almost",
                                "the", "a", "an", "and", "of", "to", "at", "by", "for", "than", "more", "less", "under",
                                "some", "roughly", "it", "its", "now", "just", "only", "maybe", "perhaps"})


# The last word of every qualifier of _QUALIFIER_BEFORE, and the words its second try strips ("in over 160"):
# a clause whose last word (or the one before a stripped word) is none of these has no qualifier.
_QUALIFIER_LAST = frozenset(a.split()[-1].lower().replace("\\", "") for a in f"{_OVER}|{_UNDER}|{_ABOUT}".split("|")
                            if a.split()) | {"exceed", "surpass", "top", "pass", "over", "than", "break", "nearer",
                                             "say", "guess", "estimate", "reckon", "like", "up", "down", "nears",
                                             "nearing", "neared", "near", "past"}
_SKIPPED = frozenset({"by", "to", "at", "of", "reach", "reached"})
_RISE_UP_TO = re.compile(r"\b(?:edged|edging|edges|crept|creeping|inched|inching|moved|moving|went|going|goes|"
                         r"(?<!\band\s)go|climbed|climbs|jumps|ticks|picked|ticked|rose|risen|rising|rises|shot|jumped|grew|gone|come|"
                         r"came|summed|totted|ramped|ramping|ramps)\s+up\s+to\s*$",
                         re.IGNORECASE)
_GO_MAY = re.compile(r"\b(?:can|could|may|might|cannot)\s+(?:\w+\s+)?g$|n['’]t\s+g$", re.IGNORECASE)
# what "goes up to" an amount as its ceiling ("Subsidies go up to 3,000 yuan per household"; "Prices in the second
# tier go up to 4.65 yuan", "Hourly minimums go up to 23.5 yuan": where they rose to)
CAP_GOES = re.compile(r"\b(?:subsid|fines?\b|grants?\b|loans?\b|compensation|rewards?\b|bonus|allowances?\b|awards?\b|"
                       r"penalt|refunds?\b|rebates?\b|payouts?\b|stipends?\b|limits?\b|quotas?\b|coupons?\b|vouchers?\b)",
                       re.IGNORECASE)
_SAY_HEDGE = re.compile(r",\s*say\s*,\s*$", re.IGNORECASE)
# a reporting "say" after an aside or a relative clause: "Economists in Hexi, however, say", "Officials, who asked not to
# be named, say" (not "a flat of, say 110 square metres")
_SAY_REPORTED = re.compile(r"(?:\b(?:however|though|also|too|meanwhile|instead|nonetheless|nevertheless|moreover|"
                           r"furthermore|therefore|in turn|for their part|for its part)|"
                           r",[^,]*\bwho\b[^,]*|"
                           r"(?:\b(?!(?:this|is|was|has|does|its|his|news|gas|bus|status|series|analysis|basis|business|less|"
                           r"across|plus|thus|perhaps|always)\b)[a-z]{3,}s|\b(?:people|men|women|children|staff|police))\b"
                           r"[^,]{0,40}?,\s*(?:which|that)\s+(?!(?:is|was|has|does)\b)\S+\s+[^,]{1,60})\s*,$",
                           re.IGNORECASE)
# (people, or things named in the plural just before the clause, say: "Local banks in Guiyang, which lend to farmers,
# say 30 percent", "Officials at the bureau, which oversees the sector, say"; not "Pork, which cost 20 yuan in May, say
# 25 yuan now", "In most towns, a flat that measures, say 90 square metres", "Farmers growing rice, which needs, say
# 500 cubic metres" (the clause's own words, broken by the hedge): hedges)
_WHAT_HEDGE = re.compile(r"(?:,|\u2014|--)\s*(?:what|like|I\s+think|I\s+guess|I\s+believe|I['’]d\s+(?:say|guess))"
                         r"\s*,\s*$|"
                         r"\bI\s+don['’]t\s+know,\s*$", re.IGNORECASE)  # ("Gear? I don't know, four thousand?")
_BOUND_MINUS = re.compile(r"\b(?:below|under|above|over)\s+minus\s$", re.IGNORECASE)
_NOT_EXCEED = re.compile(r"(?:\b(?:not|never)|\bcan(?:no|['’])t)\s+(?:to\s+)?"
                         r"(?:exceed|surpass|top|go\s+(?:above|beyond))\s*$"  # ("cannot exceed 15 times")
                         r"|\bno\s+(?:single\s+|one\s+)?[a-z-]+\s+(?:over|above|more\s+than|bigger\s+than)\s+$",
                         re.IGNORECASE)  # ("the rule is: no single card over five thousand yuan": a cap)
# "living rooms must not fall below 18 degrees", "shall never drop under 5%": a floor
_NOT_BELOW = re.compile(r"(?:\b(?:not|never)|\bcan(?:no|['’])t|n['’]t)\s+(?:(?:be\s+allowed\s+to|to)\s+)?"
                        r"(?:fall|drop|dip|sink|slip|go|be)\s+(?:below|under|lower\s+than|less\s+than)\s*$", re.IGNORECASE)
_NEGATED_OVER = re.compile(r"(?:(?:\b(?:not|never|rarely|seldom|hardly)|n['’]t)\s+(?!only\b)(?:[a-z-]+\s+){0,5}?|"
                           r"\bcannot\s+(?:be\s+[a-z-]+\s+(?:by|for|at|to)\s+|[a-z-]+\s+)?)"
                           r"(?:more\s+than|over|above|exceeds?|exceeding|tops?|topping)\s*$", re.IGNORECASE)
# ("must not cost more than 300 yuan", "rarely tops 50 percent", "doesn't go up by more than ten percent", "cannot take
# more than 5,000 yuan"; "cannot" two words from its bound at most: not "families who cannot find work received more
# than 500 yuan", the negation another verb's)
_TURN_OVER = re.compile(r"\b(?:turn|turns|turned|turning)\s+over\s*$", re.IGNORECASE)
_PASSED_THE = re.compile(r"\b(?:passed|passes|passing|topped|tops|topping|crossed|crosses|crossing|surpassed|surpasses|"
                         r"exceeded|exceeds|broke|breaks|breaking)(?:\s+through)?\s+the\s+$", re.IGNORECASE)


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` (lower-case ASCII) as re.IGNORECASE finds them: a test, in C, that
    lets a long pattern every match of which holds one of the words search only where it can match."""
    folded = folded_lower(text)
    for word in words:  # (a loop: twice as fast as any() over a generator)
        if word in folded:
            return True
    return False


_LOSS_WORDS = ("loss", "deficit", "fell", "declin", "decreas", "minus", "down")  # (every branch of _NEGATIVE_BEFORE)


def names_a_loss(before: str) -> bool:
    """Whether the words just before a figure make it negative ("a net loss of", "fell by", "down about")."""
    return holds_any(before, _LOSS_WORDS) and _NEGATIVE_BEFORE.search(before) is not None


# "like" as spoken before a number, after a verb of being or having ("there are like four halls", "it's like twenty",
# "we sell like three hundred"): about (not "I like four-leaf clovers", "looks like next year will")
_LIKE_HEDGE = re.compile(r"\b(?:are|is|was|were|['’]s|['’]re|got|have|had|has|maybe|sell|sold|make|made|earn|take|"
                         r"took|get|charge|pay|paid)[^\S\n]+like[^\S\n]+$", re.I)


def qualifier_before(before: str) -> str:
    """The qualifier ("over", "approximately", …) that the words just before a number give it, or ""."""
    clause = before[max(before.rfind(","), before.rfind(";"), before.rfind("(")) + 1:]
    if not clause.strip() and _SAY_HEDGE.search(before):
        return "approximately"  # "a fee of, say, 2 yuan": a speaker's example
    if not clause.strip() and _WHAT_HEDGE.search(before):
        return "approximately"  # "that was, what, nine hundred yuan a month", "there were, I think, nine": a guess
    if clause.endswith("minus ") and _BOUND_MINUS.search(clause):
        clause = clause[:-len("minus ")]  # "below minus 35 degrees": below, the sign apart
    elif clause[-1:] in ("-", "−", "+") and clause[-2:-1].isspace():
        clause = clause[:-1]  # "accounted for about -1.1 percentage points": about, the sign apart
    words = [word.lstrip("\"“‘'") for word in clause.split()]  # ('"About 70 percent': a quote opens on it)
    if words and words[-1].lower() == "the" and _PASSED_THE.search(clause):
        return "over"  # "passed the 600-billion-yuan mark"
    if _NOT_EXCEED.search(clause):
        return "under"  # "shall not exceed 5 million yuan": a ceiling
    if clause.endswith(("below ", "under ", "than ")) and _NOT_BELOW.search(clause):
        return "over"  # "must not fall below 18 degrees": a floor
    if words and words[-1].lower() == "over" and _TURN_OVER.search(clause):
        return ""  # "the cluster turned over 72 billion yuan": a turnover, no bound
    if clause.endswith((">", "≥", ">=")):
        return "over"
    if clause.endswith(("<", "≤", "<=", "sub-", "sub ")):  # ("sub-40%": under)
        return "under"  # ">60%", "<5%": a bound written as a sign
    if not words:
        return ""  # (blanks, or nothing: every qualifier is a word or "~")
    if len(words) == 1 and words[0].lower() in ("minimum", "min.") and clause.startswith(" "):
        return "over"  # "made us each buy a drink, minimum twenty-eight": a floor, the clause's only word
    if _LIKE_HEDGE.search(clause):
        return "approximately"  # "There are like four halls on that street": a speaker's guess
    last = words[-1].lower()
    last_two = words[-2].lower() if len(words) > 1 else ""
    if last not in _QUALIFIER_LAST and not clause.endswith("~"):
        if not (last in _SKIPPED and last_two in _QUALIFIER_LAST):
            return ""  # no qualifier ends here (most numbers): the regexes below would find none
    m = _QUALIFIER_BEFORE.search(clause)
    if not m:
        # "in over 160 countries": one preposition between the qualifier and the number.
        m = _QUALIFIER_BEFORE.search(re.sub(r"\b(?:by|to|at|of|reach(?:ed)?)\s+$", "", clause))
        if not m:
            return ""
    if m.group("over") and _GROUP_BOUND_BEFORE.search(clause):
        return ""  # "those aged 60 and above 25.93 percent": the bound is the group's, not the figure's
    if m.group("exp"):
        return "expected_over"
    if m.group("about"):
        if words[-1].lower() == "say" and len(words) == 1 and _SAY_REPORTED.search(before, 0, len(before) - len(clause)):
            return ""  # "Economists in Hexi, however, say 5 percent": who says it, not a hedge
        return "approximately"
    if m.group("over"):
        return "under" if _NEGATED_OVER.search(clause) else "over"  # ("rarely costs more than 80 yuan": a ceiling)
    if (rise := _RISE_UP_TO.search(clause)) and not (
            rise.group(0).split()[0].lower() in ("go", "goes") and (_GO_MAY.search(clause, 0, rise.start() + 1) or
                                                   CAP_GOES.search(clause, 0, rise.start()))):
        return ""  # "edged up to 4.56 million", "ramped up to 35,000 wafers a month": where it rose to, no ceiling
        # ("Prices in the second tier go up to 4.65 yuan"; not "Fines can go up to 50,000 yuan", "Subsidies go up
        # to 3,000 yuan per household": a ceiling)
    return "under"  # (not "may add up to 0.40 yuan per km", "added up to 20 yuan to each ticket": a ceiling)

# -- the text --------------------------------------------------------------------


class _Extractor:
    def __init__(self, text: str, cities: Mapping[str, Iterable[str]] | None,
                 sectors: Mapping[str, str] | None, progress: Callable[[int, int], None] | None = None) -> None:
        self.progress = progress
        check = None if progress is None else (lambda pos: progress(0, 2 * len(text)))
        starts, ends = sentences(text, check)
        paragraphs = [0] + [m.end() for m in _scan(_PARAGRAPH, text, check)]
        names: dict[str, str] = {}
        for cid, aliases in (cities or {}).items():
            for alias in (cid, *aliases):
                if alias:
                    names[alias.lower()] = cid
        self.ctx = _Context(text, starts, ends, paragraphs, names)
        self.sectors = dict(sectors or {})
        if names:  # (a trie: one pass through a name's letters, where an alternation tried each name in turn)
            trie = trie_pattern(set(names), longest=True)
            pattern = re.compile(r"(?<![\w])" + trie + r"(?![\w])", re.IGNORECASE)
            self.ctx.city_hits = [(m.start(), names[folded_lower(m.group(0))])
                                  for m in scan_gated(pattern, re.compile(trie), text, text.lower(), check)
                                  if not CLOCK_ZONE_AFTER.match(text, m.end())  # ("18:40 Beijing time": no place)
                                  and not (PERSON_NAMED_BEFORE.search(text, max(0, m.start() - 14), m.start())
                                           and not BORN_AFTER.match(text, m.end()))]
            # (nor a person's given name: "Hosts: Lin Yuxi", "LIN YUXI: Hi", "I'm Yuxi")
            counts = Counter(c for _, c in self.ctx.city_hits)
            self.ctx.default_city = counts.most_common(1)[0][0] if counts else ""
        self.tokens: list[NumberToken] = []
        self._facts: _SentenceFacts | None = None
        self._facts_of = (-1, -1)
        self._number_of: tuple[tuple[int, int], str] = ((-1, -1), "")

    # -- one number ----------------------------------------------------------------
    def _sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.ctx.sentence_starts, pos) - 1
        if i < 0:
            return 0, len(self.ctx.text)
        return self.ctx.sentence_starts[i], max(self.ctx.sentence_ends[i], pos)

    def _number_of_noun(self, start: int, end: int) -> str:
        """X of "the number of X" in text[start:end], or ""; once per sentence."""
        if self._number_of[0] != (start, end):
            found = _NUMBER_OF.search(self.ctx.text, start, end)
            self._number_of = ((start, end), found.group("noun") if found else "")
        return self._number_of[1]

    def _quote_of(self, p_start: int, p_end: int) -> tuple[int, int]:
        """The sentence (or piece of a long one) holding the figure at p_start:p_end, all of the figure."""
        s_start, s_end = self._sentence_of(p_start)
        return s_start, max(s_end, p_end)

    def _figure(self, m: re.Match[str]) -> tuple[float, str, str, int, int, float, str] | None:
        """(value, unit, qualifier, printed start, printed end, confidence, note) or None if no figure."""
        text = self.ctx.text
        start, end = m.span()
        s_start, s_end = self._sentence_of(start)
        before = text[max(s_start, start - 60):start]
        after = text[end:min(end + 80, s_end)]  # words after the figure, within its sentence
        note = ""
        if m.group("outof"):
            nums = re.findall(rf"\d+|{_COMPOUND}|{_CARD}", m.group("outof"), re.IGNORECASE)
            a, b = (float(n) if n.isdigit() else parse_number(n) or 0 for n in (nums[0], nums[-1]))
            if not b or a > b:
                return None
            share = round(100 * a / b, 2)
            qual = "exact" if share == 100 * a / b else "approximately"
            return share, "%", qualifier_before(before) or qual, start, end, 0.6, "a fraction in words"
        if m.group("frac"):
            words = m.group("frac").lower().replace("-", " ").split()
            point = _OF_A_POINT.match(after)
            if point is not None and "percentage points" in UNITS and (
                    "percentage" in point.group(0).lower() or _PERCENT_WORDS.search(text, s_start, s_end)
                    or _RATE_WORDS.search(text, s_start, s_end) and _PERCENT_WORDS.search(text, max(0, s_start - 300),
                                                                                       s_start)):
                # "half a percentage point": 0.5 of a point ("half a point" where the sentence speaks of percent)
                n = 1.0 if len(words) == 1 or words[0] in ("a", "one") else float(parse_number(words[0]) or 1)
                sign = -1.0 if names_a_loss(before[-30:]) else 1.0  # ("fell half a percentage point")
                return sign * round(n / FRACTION_WORDS[words[-1]], 4), "percentage points", \
                    qualifier_before(before) or "exact", start, end + point.end(), 0.6, "a fraction of a point in words"
            if words[-1] in ("half", "halves") and (re.search(r"\b(?:first|second|latter|the|a|an)\s$", before)
                                                    or re.match(r"\s+(?:a |an )?(?:year|hour|century|decade|day|month)",
                                                                after)):
                return None
            if not (re.match(r"\s+(?:of|the)\b", after) or qualifier_before(before) and not _WITHIN_END.search(before)
                    or words == ["half"] and re.match(r"\s+(?:my|our|his|her|their)\b(?!\s+(?:life|lives|years?|days?|"
                                                      r"time|career|week|month|childhood|youth|working))", after)
                    or re.search(r"\bby\s$", before)
                    or words == ["half"] and _HALF_OPENS.search(before) and _HALF_VERB_AFTER.match(after)
                    or re.search(r"\b(?:share of|is|was|are|were|it's|reached|to)\s$", before)
                    and re.match(r"\s*[.;)]|,[\s\"”]", after)  # ("a share of two thirds.", "Today it is a quarter.")
                    or _FRACTION_CHANGE_AFTER.match(after)  # ("a third more than last year", "a fifth less")
                    or words == ["half"] and re.match(r"[\s-]price\b", after)):  # ("Students pay half price")
                return None
            n = 1.0 if len(words) == 1 or words[0] in ("a", "one") else float(parse_number(words[0]) or 1)
            exact = n * (1 / FRACTION_WORDS[words[-1]]) * 100  # n × (1/d), the arithmetic extraction always did
            share = round(exact, 2)
            # three-fifths is exactly 60 % (n × 100 / d in whole numbers: 3 × (1/5) × 100 is 60.00000000000001
            # in floats); two-thirds, 66.67 %, is rounded: approximately
            whole = float(n).is_integer() and (int(n) * 100) % FRACTION_WORDS[words[-1]] == 0
            qual = qualifier_before(before) or ("exact" if whole or share == exact else "approximately")
            change = _FRACTION_CHANGE_AFTER.match(after)
            if change is not None and change.group(1).lower() in ("less", "fewer", "lower", "cheaper", "smaller"):
                share = -share  # "a fifth less than in 2031": that much lower
            return share, "%", qual, start, end, 0.6, "a fraction in words"
        if m.group("ordinal"):
            if _RANK_AFTER.match(after) or _RANK_BEFORE.search(before) or \
                    (_BE_BEFORE.search(before) or _PUT_BEFORE.search(before)) and (
                        _IN_PLACE_AFTER.match(after) or _IN_FIELD_AFTER.match(after) or _ON_LIST_AFTER.match(after)) \
                    or _AND_RANK_BEFORE.search(before) and _RANK_WORDS.search(text, s_start, start) \
                    and _FOR_OR_IN_AFTER.match(after) \
                    or _FROM_RANK_BEFORE.search(before) and _RANK_WORDS.search(text, s_start, start) \
                    and not after.startswith("-") \
                    or _WE_ARE_BEFORE.search(before) and (
                        _PLACE_SAID_AFTER.match(after) or _IN_FIELD_AFTER.match(after) or _IN_PLACE_AFTER.match(after)
                        or _PLACE_SAID_END.match(after) and _RANK_TALK.search(text, max(0, start - 200), start)) \
                    or _FIGURE_COMMA_BEFORE.search(before) and (_IN_FIELD_AFTER.match(after)
                                                                or _IN_PLACE_AFTER.match(after)):
                # (not "up from first-half levels")
                # "is third in Hunan", "came second in the judging", "ranked sixth for PM2.5 and fourth for the share of
                # good days", "ranked fifth, up from ninth in the same period" (as "up from 9th")
                tail = _RANK_AFTER.match(after)
                p_end = end + (tail.end() if tail else 0)
                return float(ORDINAL_WORDS[folded_lower(m.group("ordinal"))]), "rank", "exact", start, p_end, 0.7, ""
            return None
        digits = m.group("digits")
        if digits:
            if m.group("suffix"):
                if _RANK_AFTER.match(after) or _RANK_BEFORE.search(before) or \
                        _FROM_RANK_BEFORE.search(before) and _RANK_WORDS.search(text, s_start, start):
                    tail = _RANK_AFTER.match(after)
                    return float(digits), "rank", "exact", start, end + (tail.end() if tail else 0), 0.7, ""
                return None
            glued = text[end:end + 1]
            if glued in ("m", "k") and _glued_people(text, text[max(0, start - 40):start], end, s_start) and \
                    f"{'million' if glued == 'm' else 'thousand'} people" in UNITS:
                qualifier = qualifier_before(before) or "exact"  # "(population 2.85m)", "5.7m residents, down 40k"
                sign = -1.0 if names_a_loss(before[-30:]) else 1.0
                return sign * float(digits.replace(",", "")), \
                    f"{'million' if glued == 'm' else 'thousand'} people", qualifier, start, end + 1, 0.6, ""
            if glued == "t" and _T_ALONE.match(text, end) and "," in digits and "tonnes" in UNITS:
                qualifier = qualifier_before(before) or "exact"  # "shipments rose to 41,200t"
                return float(digits.replace(",", "")), "tonnes", qualifier, start, end + 1, 0.6, ""
            if glued == "k" and _M_ALONE.match(text, end) and not _currency_before(before) and \
                    "thousand" in UNITS:  # "186k NEVs", "24.6k" (a currency's "RMB35k" is read below)
                qualifier = qualifier_before(before) or "exact"
                count = _COUNT_NOUN.match(text, end + 1)
                return float(digits.replace(",", "")), "thousand", qualifier, start, end + 1, 0.6, \
                    f"a count of {count.group('noun')}" if count else "thousands: no unit in the text: check"
            if text[end:end + 1].isascii() and text[end:end + 1].isalpha() and not _GLUED_SUFFIX.match(text, end) and not (
                    _GLUED_MONEY_SCALE.match(text, end) and _currency_before(before)) and \
                    not _glued_million(text, before, end, digits):
                return None  # "5G", "3D" (but "2bn", "0.5ppt", "1.3x", "RMB412m", "2.36m visitors")
            value = float(digits.replace(",", ""))
        else:
            word = m.group("words")
            value_or_none: float | None
            if word.lower() in ("a",) or word.lower().startswith("half"):
                if not _a_scale(text, m.start(), m.end()):
                    return None
                value_or_none = 0.5 if word.lower().startswith("half") else 1.0  # "a million tonnes", "half a
                # billion yuan": one (a half) of the unit's scale
            else:
                value_or_none = _words_value(word)
            if value_or_none is None:
                return None
            value = value_or_none
        return self._with_unit(m, value, before, after, s_start, note)

    def _listed_name_number(self, before: str, end: int) -> bool:
        """Whether the bare number ending at ``end`` is listed after one that a name's or a code's word makes no
        figure ("Terminals 1 and 2", "HS chapters 61 and 62")."""
        text = self.ctx.text
        listed = _LISTED_NAME_NUMBER.search(before[-40:])
        if listed is None or _COUNTED_AFTER.match(text, end) or \
                listed.group("comma") and not _LIST_CLOSES_AFTER.match(text, end):
            return False
        return not_a_figure_before(before[:len(before) - len(listed.group(0))][-_TAIL:])

    def _points_of_a_rate(self, s_start: int, start: int, points: re.Match[str]) -> bool:
        """Whether the ``points`` after a number at ``start`` (its sentence opening at ``s_start``) are percentage
        points: a change before them or a comparison after them (or "N-point" before a change's noun), no index,
        currency, score or plan named about them, and percent or a rate named in their line or just before it."""
        text = self.ctx.text
        if "percentage points" not in UNITS or _INDEX_WORDS.search(text, s_start, start + 40):
            return False
        if not (points.group(0).startswith("-") or _POINTS_CHANGE_BEFORE.search(text, max(s_start, start - 40), start)
                or _POINTS_COMPARED_AFTER.match(text, points.end())):
            return False  # (no change or comparison: "made three points", "need 60 points")
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        return _PERCENT_SAID.search(text, s_start, min(line_end, start + 200)) is not None or \
            _RATE_WORDS.search(text, s_start, min(line_end, start + 40)) is not None or \
            _PERCENT_SAID.search(text, max(0, s_start - 300), s_start) is not None

    def _with_unit(self, m: re.Match[str], value: float, before: str, after: str, s_start: int,
                   note: str) -> tuple[float, str, str, int, int, float, str] | None:
        text = self.ctx.text
        start, end = m.span()
        is_words = m.group("words") is not None
        digits = m.group("digits") or ""
        p_start = start
        cur = _currency_before(before)
        currency = ""
        if cur and cur.group("cur").lower() != "yuan":
            currency = "US$" if "$" in cur.group("cur") or cur.group("cur").upper().startswith("US") else "yuan"
            p_start = start - len(cur.group(0))
            before = before[: len(before) - len(cur.group(0))]
        found = _unit_after(text, end)
        unit, p_end, scale = "", end, ""
        if found and found[0] == "mm" and not found[2] and (currency or _MONEY_AFTER_MM.match(text, found[1])):
            if not currency:
                return None  # "300 mm yuan", "5 mm shares": "mm" is million there; no figure rather than a wrong one
            found = ("", found[1], "million")  # "$45 mm", "RMB 20 mm": million, as finance writes it
        if found:
            unit, p_end, scale = found
            half = _AND_A_HALF.match(text, p_end) if scale and not unit and _FULL_SCALE_BEFORE.search(
                text, max(end, p_end - 12), p_end) else None  # (not "2 bn and a half": a scale written in full)
            if half is not None:  # "a million and a half visitors": 1.5 million, not a million
                value, p_end = value + 0.5, half.end()
                counted_after = _unit_after(text, p_end)
                if counted_after and counted_after[0] and not counted_after[2]:
                    unit, p_end = counted_after[0], counted_after[1]
        elif digits and not currency and _glued_million(text, before, end, digits):
            scale, p_end = "million", end + 1  # "2.36m visitors"; "4.6m sq m": the unit after it too
            after_m = _unit_after(text, end + 1)
            if after_m and after_m[0] and not after_m[2]:
                unit, p_end = after_m[0], after_m[1]
        elif currency and _GLUED_MONEY_SCALE.match(text, end):  # "RMB412m", "US$35k": million, thousand
            scale, p_end = ("million" if text[end] in "mM" else "thousand"), end + 1
            if _compose_unit(currency, scale) not in UNITS:
                return None  # a scale the units table lacks for this money: no figure rather than a wrong one
        elif not is_words and _GLUED_TIMES.match(text, end):  # "1.3x demand": times
            unit, p_end = "times", end + 1
        elif digits and not currency and _GLUED_MT.match(text, end):  # "sales of 9.84mt": million tonnes
            if not ("." in digits and value < 1000 or value < 100 and text.startswith(" of ", end + 2)):
                return None  # "850,000mt", "a 50,000mt carrier", "5mt truck": tonnes or a class; no figure
                # (but "9.84mt", "12mt of coal": million tonnes)
            unit, p_end = "million tonnes", end + 2
        elif not currency and (points := _POINTS_AFTER.match(text, end)) is not None and \
                self._points_of_a_rate(s_start, start, points):
            unit, p_end = "percentage points", points.end()
        if currency:
            if unit in ("", "yuan", "US$"):
                unit = unit or currency
            else:
                currency = ""
        confidence = 0.8
        # Numbers that name or date something, not figures.
        if not unit and not scale:
            if not_a_figure_before(before[-_TAIL:]) or self._listed_name_number(before, end) or \
                    _OF_PARTS_BEFORE.search(before[-32:]) or \
                    _NAME_BEFORE.search(before) and \
                    not _SENTENCE_LEAD_BEFORE.search(text[max(0, start - 40):start]) and \
                    before.rstrip().split()[-1].lower() not in ("over", "about", "around", "nearly", "some", "than",
                                                                "until", "reached", "hit", "had", "has", "with",
                                                                "maybe", "perhaps", "probably", "roughly", "almost",
                                                                "only", "just", "from", "for", "that", "this") and \
                    not (count_after_month(text, value, end) and _MONTH_BEFORE.search(before[-_TAIL:])):
                return None
            if looks_like_year(digits):
                if _UNTIL_BEFORE.search(before):
                    return value, "year", "exact", start, end, 0.5, "a year as a horizon"
                return None
            month_before = _MONTH_BEFORE.search(before[-_TAIL:]) if not count_after_month(text, value, end) else None
            month_after = _MONTH_AFTER.match(after)
            if month_before or month_after:
                return None  # (a day of a month: "March 4"; not "in February 53", a count said after its month)
        if _PER_AGE_BEFORE.search(before[-_TAIL:]):
            return None
        if unit == "minutes" and (_MINUTES_AWAY_AFTER.match(text, p_end)
                                  or _MINUTES_NOT_BEFORE.search(text, max(0, start - 24), start)):
            return None  # ("40 minutes away", "forty minutes north of", "Running time 24 minutes", "2 hours 10
            # minutes": a distance, a programme's length, a part of a time already said)
        if unit in ("months", "days", "years", "hours", "minutes"):
            if _TIME_REFERENCE_AFTER.match(text[p_end:p_end + 20]) or \
                    (_PERIOD_BEFORE.search(before) and not _BY_BEFORE.search(before)
                     and not _MEASURED_SPAN_BEFORE.search(before) and not _SPAN_RATE_AFTER.match(text, p_end)
                     and not TIME_TAKEN_BEFORE.search(before[-60:])):
                return None
        if not unit and not scale and not currency:
            count = _COUNT_NOUN.match(text, end) or (_NAMED_COUNT_NOUN.match(text, end) if is_words else None)
            if count and _NUMBER_WORD_IN_MODS.search(count.group("mods")):
                return None  # ("a hundred four hundred people", "two thousand three thousand": the noun, or the scale
                # word, is the next number's; this one's words give it none)
            if count and is_words and value == 1:
                return None  # "the income of one urban resident": a unit of comparison, no count
            if count:
                noun = count.group("noun")
                unit = _NOUN_SINGULAR.get(noun, noun)
                # "a hundred Fortune 500 companies": the figure's words stop before the name's number.
                p_end = end if re.search(r"\d", count.group("mods")) else count.end()
                if unit not in UNITS:
                    return None
        if not unit:
            rank_tail = None
            if _RANK_BEFORE.search(before) and _NO_BEFORE.search(before):
                rank_tail = True
            if rank_tail:
                return value, "rank", "exact", start, end, 0.6, ""
            if not scale and not currency and (2 if is_words else 1) <= value < 10**6 and "people" in UNITS and \
                    _CASUALTIES_AFTER.match(text, end) is not None and \
                    _PART_OF_NAMED_BEFORE.match(text, s_start, start) is None and \
                    _NUMBERED_PLACE_BEFORE.search(text, max(0, start - 10), start) is None:
                return value, "people", qualifier_before(before) or "exact", start, end, 0.6, \
                    "people: the dead, the injured or the rescued, counted"  # ("Two people died and seven were
                # injured", "3 were rescued")
        unit_name = _compose_unit(unit, scale)
        if scale and unit == "" and not unit_name:
            return None
        if unit and not scale and unit in ("people",):
            unit_name = "people" if "people" in UNITS else ""
        odd_unit = _WORDS_ODD_UNIT.match(text, end) if is_words and not unit_name else None
        if odd_unit is not None:  # "thirty-odd yuan", "sixty-odd percent": more than that, in yuan or percent
            odd_name = "yuan" if odd_unit.group("unit").lower() == "yuan" else "%"
            if odd_name in UNITS:
                return value, odd_name, "over", start, odd_unit.end(), 0.8, ""
        odd = _WORDS_ODD.match(text, end) if is_words and not unit_name else None
        measure = _unit_after(text, odd.end()) if odd is not None else None
        if measure is not None and measure[0] in UNITS and not measure[2] and \
                UNITS[measure[0]].base not in _ODD_NOT_MEASURES:  # "Seven-odd square meters": more than seven of them
            return value, measure[0], "over", start, measure[1], 0.8, ""  # (not "thirty-odd years": a time said)
        if not unit_name:
            counted = _WORDS_COUNT_AFTER.match(text, end) if is_words else None
            if counted is not None and counted.group(0).endswith("children") and \
                    _FAMILY_KIND_BEFORE.search(text, max(0, start - 50), start):
                counted = None  # ("a couple with two children", "families raising three children": a kind of family)
            spoken_end = spoken_bare = False
            # "Eleven of them were allowed to", "in nine of the city's ten counties": a count of a group named after
            # it (not "the two of us", "all four of them", "one of the largest")
            of_group = is_words and (value >= 2 and _OF_GROUP_AFTER.match(text, end) is not None
                                     or value >= 3 and _OF_US_AFTER.match(text, end) is not None) and \
                not _GROUP_OWNER_BEFORE.search(before) and not _NO_GROUP_COUNT_BEFORE.search(before) or \
                is_words and value >= 2 and _PART_GOES_ON.match(text, end) is not None and \
                _PART_OF_WHOLE_BEFORE.search(text, max(s_start, start - 200), start) is not None or \
                is_words and value >= 2 and counted is None and _CHANGED_FROM_OR_TO.search(before[-40:]) is not None or \
                is_words and value >= 1 and counted is None and _part_of_inspected(text, start, end, value)
            # "Since the Spring Festival I've sold eleven.", "Now it is twenty,": a number in words that ends its
            # clause (not a time, an age, a name: "at six", "under three", "the three", "Phase two")
            clause_end = not of_group and is_words and value >= 2 and counted is None and \
                _CLAUSE_END_AFTER.match(text, end) is not None and not _NO_COUNT_BEFORE.search(before) and \
                not _AGE_OR_TIME_BEFORE.search(text, max(0, start - 60), start) and \
                not _NOT_COUNT_QUESTION.search(_answered(text, _spoken_pair_start(text, start)))
            # "How many people work for you at harvest time?" "Fifteen, sometimes twenty.": a number in words that
            # opens the answer to a question of how many, a count (not "how many hours", a length of time)
            answers = not of_group and not clause_end and is_words and value >= 2 and counted is None and \
                _answers_how_many(text, start, end)
            if is_words and not of_group and not clause_end and not answers and \
                    not (counted and not _THE_BEFORE.search(before) and (
                    value >= 11 or value >= 2 and (not _SMALL_GROUP_BEFORE.search(before)
                                                   or _SPOKEN_PAIR_BEFORE.search(before) is not None)
                    and (not _NOT_COUNTED.search(counted.group(0))
                         or _SUBJECT_OF_VERB_AFTER.match(text, counted.end()) is not None
                         and not _TIME_NOUNS.search(counted.group(0))))) and \
                    not _WORDS_RANGE_START.match(text, end):
                spoken_end = counted is None and (_SPOKEN_RANGE_START.match(text, end) is not None or
                                                  _SPOKEN_RANGE_END.search(text, max(0, start - 60), start) is not None)
                spoken_bare = not spoken_end and counted is None and (
                    value >= 100 and _ROUND_WORDS.search(m.group("words")) is not None
                    or 2 <= value < 100 and PRICE_SAID_AGAIN_BEFORE.search(text, max(0, start - 40), start) is not None
                    and _PRICE_SAID_AGAIN_END.match(text, end) is not None
                    and _AMOUNT_NAMED.search(text, max(0, start - 200), start) is not None
                    or 2 <= value < 100 and PER_PRICE_UNIT_AFTER.match(text, end) is not None
                    and _PRICE_YUAN_WORD_BEFORE.search(text, max(0, start - 10), start) is None  # ("Sixty a head
                    # for the hour on the water": a price, its unit from the words around it)
                    or 10 <= value < 1000 and THOUSANDS_SAID_BEFORE.search(text, max(0, start - 200), start) is not None
                    or 2 <= value < 1000 and N_FOR_BEFORE.search(text, max(0, start - 16), start) is not None
                    or 2 <= value < 100000 and PAID_NOUN_AFTER.match(text, end) is not None
                    and before.endswith(("a ", "A "))  # ("I paid a fifty deposit": what was paid, in yuan unsaid)
                    or 2 <= value < 10**7 and _PAID_WORDS_BEFORE.search(text, max(0, start - 24), start) is not None
                    and _CHARGED_PEOPLE_BEFORE.search(text, max(0, start - 60), start) is None
                    or 2 <= value < 1000 and MONEY_QUESTION.search(_answered(text, start) + "?") is not None
                    or 2 <= value < 1000 and _ALONE_AFTER.match(text, end) is not None
                    and _UTTERANCE_OPENS.search(before) is not None)  # ("GUO: Ninety-six.": perhaps a figure said
                # back, its unit from the figure just before it)
                # ("What did the buyer give you this week?" "Seven and a half.": the price asked for)
                # ("fetched seventy thousand last spring, goes for sixty-two now": perhaps in those thousands)
                if not spoken_end and not spoken_bare:
                    return None  # ("the three provinces", "two of them"; "two hundred and forty workers" is a
                    # count, "five or six percent" the first end of a range)
            # A bare number: its unit may come from "the number of X" in the sentence, or the pair it is in.
            unit_name = self._number_of_noun(*self._quote_of(start, end))
            number_of = bool(unit_name)
            confidence = 0.6 if number_of else 0.3
            if not unit_name:
                unit_name = "count"
                note = SPOKEN_END if spoken_end else SPOKEN_BARE if spoken_bare else \
                    CLAUSE_END if clause_end else ANSWERS_HOW_MANY if answers else "no unit in the text: check"
        if is_words and _GROUP_BEFORE.search(before) and \
                unit_name not in ("%",) and not unit_name.endswith(("yuan", "US$")):
            return None  # "the three northeastern provinces": a group's name, not a figure
        if is_words and m.group("words").lower() == "one" and _OF_OR_HYPHEN_AFTER.match(after):
            return None
        if is_words and not scale and unit_name in ("jin", "mu") and m.group("words").lower() == "one":
            return None  # "four jin of fresh leaf make one jin of tea", "One mu yields ...": the measure itself
        qualifier = qualifier_before(before) or "exact"
        tail = text[p_end:p_end + 12]
        if _RANGE_AFTER.match(tail) and _THE_BEFORE.search(before):
            qualifier = "range"
            p_start = start
        or_so = _OR_SO_AFTER.match(text, p_end, p_end + 40)
        if or_so is not None and qualifier != "exact" and _SPEAKER_HEDGE_AFTER.search(or_so.group(0)):
            or_so = None  # ("more than a hundred and ten, I'd say.": the bound said stays)
        if TOPS_AFTER.match(text, p_end) is not None and qualifier in ("exact", "approximately"):
            qualifier = "under"  # ("With the door fee you're at three hundred, tops.": at most)
        elif or_so is not None:
            qualifier = "approximately" if re.search(r"\bor\s+so\b|give|less|thereabouts|roughly|approximately|just|like|"
                                                     r"about|think|say|guess|maybe(?!\s+more)",
                                                     or_so.group(0), re.I) else "over"
        sign = -1.0 if names_a_loss(text[max(s_start, p_start - 64):p_start]) else 1.0
        if text[p_start - 1:p_start] in ("-", "−") and p_start > s_start and _SIGN_BEFORE.match(text, p_start - 2) \
                and not names_a_loss(text[max(s_start, p_start - 30):p_start - 1]):
            sign, p_start = -1.0, p_start - 1  # "-11.2% yoy", "i.e. -3.1ppt": a minus printed with the figure
        return sign * value, unit_name, qualifier, p_start, p_end, confidence, note

    def run(self, source_id: str) -> list[Candidate]:
        progress = self.progress
        text = self.ctx.text
        found: list[Candidate] = []
        last_end = -1
        total = 2 * len(text)  # finding the figures, then guessing what each is about
        next_report = 0
        check = None if progress is None else (lambda pos: progress(pos, total))
        for m in scan_gated(_TOKEN, _TOKEN_GATE, text, folded_lower(text), check):
            if progress is not None and m.start() >= next_report:
                progress(m.start(), total)
                next_report = m.start() + PROGRESS_STEP
            kind = "number"
            digits = m.group("digits")
            if digits and looks_like_year(digits) and not _YEAR_FIGURE_AFTER.match(text[m.end():m.end() + 10]):
                kind = "date"
            if m.start() < last_end:
                continue
            if digits and _MONTH_BEFORE.search(text[max(0, m.start() - 12):m.start()]) and \
                    not (len(digits) <= 3 and digits.isdigit() and count_after_month(text, int(digits), m.end())):
                kind = "date"
            elif digits and len(digits) <= 2 and \
                    (span := _DAY_SPAN_BEFORE.search(text[max(0, m.start() - 24):m.start()])) \
                    and not _PERCENT_AFTER.match(text, m.end("digits")) \
                    and (not span.group(0).rstrip().lower().endswith("and")
                         or not _VALUE_DATED_AFTER.match(text, m.end("digits"))):
                kind = "date"  # (not "on May 5 and 20 percent of ...", "51 on Sept. 30 and 50 on Oct. 31": a value)
            if digits and _MONTH_AFTER.match(text[m.end():m.end() + 11]):
                kind = "date"
            if m.group("words") and m.group("words").lower() in ("a", "an") and not _a_scale(text, m.start(), m.end()):
                continue
            figure = self._figure(m)
            if figure is None and m.group("ordinal"):
                continue  # "first" that is no rank is no number either ("its first year")
            if kind == "number" and digits in ("100", "1,000", "10,000") and (
                    _UNIT_CAPTION_BEFORE.search(text, max(0, m.start() - 60), m.start())
                    or text[m.start() - 1:m.start()] == "(" and _UNIT_BRACKET_REST.match(text, m.end())):
                kind = "other"  # ("Unit: 10,000 yuan", "Unit: heated area in 10,000 square metres", "(10,000 yuan)"
                # under a header's name: the unit's scale)
            if figure is None and kind == "number" and not (_unit_after(text, m.end()) or ("", 0, ""))[2]:
                # Not a figure by the same rules as above ("Fortune 500", "the three provinces", "two
                # decades"); a number with a scale word stays one ("90 million visitors": a unit the rules lack).
                kind = "other"
            self.tokens.append(NumberToken(m.start(), m.end(), m.group(0), kind))
            if figure is None:
                continue
            value, unit, qualifier, p_start, p_end, confidence, note = figure
            last_end = p_end
            s_start, s_end = self._quote_of(p_start, p_end)
            found.append(Candidate(value=value, unit=unit, qualifier=qualifier, as_printed=text[p_start:p_end],
                                   printed_start=p_start, printed_end=p_end, start=s_start, end=s_end,
                                   source_id=source_id, confidence=confidence, note=note, text=text))
        self._pairs(found)
        next_report = 0
        for cand in found:
            if progress is not None and cand.start >= next_report:
                progress(len(text) + cand.start, total)
                next_report = cand.start + PROGRESS_STEP
            self._guess(cand)
        # A figure with no sector word of its own in a list takes the sector of the list's lead-in line ("Total
        # retail sales of consumer goods:" above "- Mianyang: 123.4 billion yuan").
        for cand in found:
            if not cand.sector and self.sectors:
                lead = _lead_in(text, cand.printed_start)
                if lead:
                    sector, _ = guess_sector(lead, self.sectors)
                    if sector:
                        cand.sector, cand.sector_confidence = sector, 0.5
        # (No guess from the sector most guessed in the article: it was right 52% of the time on the labelled sets,
        # and 21% on a set left out of the measure; the field is left for the reviewer.)
        width = max(2, len(str(len(found))))
        for i, cand in enumerate(found, 1):
            cand.id = f"{source_id or 'C'}-{i:0{width}d}"
        return found

    def _pairs(self, found: list[Candidate]) -> None:
        """'from 2,475 to 5,300': the first takes the unit of the second; both take their years."""
        text = self.ctx.text
        for a, b in zip(found, found[1:]):
            between = text[a.printed_end:b.printed_start]
            lead = text[max(a.start, a.printed_start - 18):a.printed_start]  # ("between minus ")
            if not _PAIR_BETWEEN.fullmatch(between) or not _PAIR_LEAD.search(lead):
                continue
            if a.unit == "count" and b.unit != "count":
                a.unit, a.confidence, a.note = thousands_of(a, b) or b.unit, 0.6, ""
            sentence = text[a.start:a.end]
            years = _FROM_TO_YEARS.search(sentence) or re.search(
                r"\b(?:since|from)\s+(?P<a>(?:19|20)\d\d)\b(?P<b>)", sentence, re.IGNORECASE)
            a_year = re.match(r"\s+in\s+((?:19|20)\d\d)", text[a.printed_end:a.printed_end + 9])
            b_year = re.match(r"\s+in\s+((?:19|20)\d\d)", text[b.printed_end:b.printed_end + 9])
            a.period = a_year.group(1) if a_year else (years.group("a") if years else "")
            b.period = b_year.group(1) if b_year else (years.group("b") if years else "")
            a.note = (a.note + "; " if a.note else "") + "start of a from…to pair"
            b.note = (b.note + "; " if b.note else "") + "end of a from…to pair"
            a.paired = b.paired = True

    def _sentence_facts(self, start: int, end: int) -> _SentenceFacts:
        if self._facts_of != (start, end):  # figures come in text order: one sentence at a time
            self._facts = _SentenceFacts(self.ctx.text[start:end], self.sectors)
            self._facts_of = (start, end)
        assert self._facts is not None
        return self._facts

    def _guess(self, cand: Candidate) -> None:
        ctx = self.ctx
        facts = self._sentence_facts(cand.start, cand.end)
        if not cand.paired:
            period, _ = _period(ctx, facts.years, cand.printed_start, cand.printed_end, cand.unit, None)
            cand.period = period
        rel = cand.printed_start - cand.start
        cand.city, cand.city_confidence = _guess_city(ctx, cand.printed_start, cand.start)
        cand.sector, cand.sector_confidence = facts.sector
        cand.entity, cand.entity_confidence = facts.entity(rel, cand.city)
        cand.metric, cand.metric_confidence = _guess_metric(facts, rel, cand.unit, cand.as_printed)

_LIST_ITEM = re.compile(r"[^\S\n\r]*(?:[-•*·–]|\(?\w{1,3}[.)])[^\S\n\r]")  # "- ", "• ", "1. ", "(a) "
LEAD_IN_LINES = 12  # list items looked back over for their lead-in (bounded: linear in the text)
LEAD_IN_LINE = 400  # characters of one line of a list, at most


def _lead_in(text: str, pos: int) -> str:
    """The line ending with ":" that introduces the list whose item holds ``pos``, or "" (not in such a list).
    Lines longer than LEAD_IN_LINE are no list's lines: the look back is bounded, whatever the text."""
    start = _line_start(text, pos)
    if start < 0 or not _LIST_ITEM.match(text, start):
        return ""
    for _ in range(LEAD_IN_LINES):
        if start <= 0:
            return ""
        prev = _line_start(text, start - 1)
        if prev < 0:
            return ""
        line = text[prev:start - 1].strip()
        if line.endswith((":", "：")):
            return line
        if line and not _LIST_ITEM.match(text, prev):
            return ""
        start = prev
    return ""


def _line_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts, or -1 when it starts more than LEAD_IN_LINE characters before."""
    found = text.rfind("\n", max(0, pos - LEAD_IN_LINE), pos)
    if found < 0:
        return 0 if pos <= LEAD_IN_LINE else -1
    return found + 1


# between two cells of a table's line: tabs, a run of spaces, or a pipe ("Indicator | Unit | October")
# (one ideographic space parts cells too; so do a full-width bar ｜ and a box-drawing │, as | does)
CELL_GAP = re.compile(r"\t+|[^\S\n\r]*[|｜│][^\S\n\r]*|[^\S\n\r]{2,}|\u3000")


def table_cells(line: str, at: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a table's line that starts at ``at`` in its text, split at tabs or runs
    of spaces (full-width ones too): the one home of it, for the English and the Chinese tables."""
    cells, pos = [], 0
    for gap in CELL_GAP.finditer(line):
        if gap.start() > pos:
            cells.append((at + pos, at + gap.start()))
        pos = gap.end()
    if pos < len(line):
        cells.append((at + pos, at + len(line)))
    return cells


def mark_restatements(found: list[Candidate]) -> None:
    """A figure stated again (same value, unit, qualifier and period: the same months, however written) is
    marked as the first one's restatement."""
    first: dict[tuple[float, str, str, str], Candidate] = {}
    for cand in found:
        key = (cand.value, cand.unit, cand.qualifier, same_months(cand.period))
        if cand.unit in ("%", "percentage points", "rank", "倍", "times"):
            continue  # a growth rate of 5% recurs for other things, as "double" does ("they earn double ... her
            # sales double"); only amounts are one claim by their value
        seen = first.get(key)
        if seen is None:
            first[key] = cand
        else:
            cand.note = (cand.note + "; " if cand.note else "") + f"restates {seen.as_printed} (same claim)"


def rounded_restatements(found: list[Candidate]) -> None:
    """An amount said again rounded ("1,058.3亿元 … 一千零五十八亿元的总量", "RMB1,284.5 million … the RMB1,285
    million") is approximate: the same unit and period as an amount before it, printed with fewer decimals, and
    that amount rounded to them (amounts of a hundred or more in their unit only: a rate of 5% is no rounding of
    another of 5.2%). Each amount is indexed by its roundings as it passes: linear in the candidates."""
    roundings: dict[tuple[str, str, int, float], Candidate] = {}  # (unit, months, places, rounded) -> first amount
    for cand in found:
        if cand.unit in ("%", "percentage points", "rank", "倍", "times") or cand.value == 0:
            continue
        months = same_months(cand.period)
        digits = _DECIMALS.search(cand.as_printed)
        places = len(digits.group(1) or "") if digits else 0 if "点" not in cand.as_printed else -1
        finer = roundings.get((cand.unit, months, places, cand.value)) \
            if cand.qualifier == "exact" and places >= 0 and abs(cand.value) >= 100 else None
        if finer is not None:
            cand.qualifier = "approximately"
            cand.note = (cand.note + "; " if cand.note else "") + f"{finer.as_printed} said again, rounded"
        written = repr(cand.value)  # (to as many places as it has decimals, an amount rounds to itself: not looked at)
        places_of = _ROUNDED_PLACES if "e" in written or "n" in written else len(written.partition(".")[2].rstrip("0"))
        for p in range(min(_ROUNDED_PLACES, places_of)):
            rounded = _half_up(cand.value, p)
            if rounded != cand.value:
                roundings.setdefault((cand.unit, months, p, rounded), cand)


_ROUNDED_PLACES = 4  # a restatement keeps at most three decimals of a finer amount


_DECIMALS = re.compile(r"\d+(?:\.(\d+))?")


def _half_up(value: float, places: int) -> float:
    """``value`` rounded to ``places`` decimals as a writer rounds (1,284.5 to 1,285; ``round`` gives 1,284)."""
    try:
        return float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))
    except InvalidOperation:  # (a run of digits too long for the context's precision, or not finite: as it is)
        return value


def extract_english(text: str, source_id: str = "", cities: Mapping[str, Iterable[str]] | None = None,
            sectors: Mapping[str, str] | None = None) -> list[Candidate]:
    """Every figure of ``text`` as a candidate fact, in text order.

    ``cities`` maps a city id to its other names (English, Chinese), ``sectors`` a sector id
    to its name; both only feed the guesses of city and sector.
    """
    return _Extractor(text, cities, sectors).run(source_id)


def extract_english_with_tokens(text: str, source_id: str = "", cities: Mapping[str, Iterable[str]] | None = None,
                        sectors: Mapping[str, str] | None = None,
                        progress: Callable[[int, int], None] | None = None,
                        ) -> tuple[list[Candidate], list[NumberToken]]:
    """``extract`` and ``number_tokens`` in one pass; ``progress(done, total)`` is called every 8k characters.

    ``progress`` may raise (a cancelled extraction) to stop the work early.
    """
    extractor = _Extractor(text, cities, sectors, progress)
    found = extractor.run(source_id)
    return found, extractor.tokens


def extract_english_parts(text: str, source_id: str = "", cities: Mapping[str, Iterable[str]] | None = None,
                          sectors: Mapping[str, str] | None = None,
                          progress: Callable[[int, int], None] | None = None,
                          ) -> tuple[list[Candidate], list[NumberToken], tuple[list[int], list[int]]]:
    """``extract_english_with_tokens`` and the sentences it cut the text into (starts, ends), which the
    English rules reuse instead of cutting the text again."""
    extractor = _Extractor(text, cities, sectors, progress)
    found = extractor.run(source_id)
    return found, extractor.tokens, (extractor.ctx.sentence_starts, extractor.ctx.sentence_ends)


# A caption line in brackets naming each column's unit, up to the scale of one ("(volume in 10,000 tonnes, value in
# 100 million yuan"): the pattern, case ignored where it is used (here and in english.py)
NAMED_CAPTION_BEFORE = r"(?:^|(?<=\n))[^\S\n]*\((?:[^()\n]*[,;]\s*)?[a-z][a-z -]{0,40}?(?:\s+in\s+|[^\S\n]*:[^\S\n]*)\Z"
# ("(volume in 10,000 tonnes", "(Licensed rooms: number at year-end; fines: 10,000 yuan)": a column's unit named)
# A table's caption naming its unit, up to a number on its line ("Unit: 10,000 yuan", "(unit: heated area in 10,000"),
# or a release's note of its units ("Unless otherwise stated, box office is given in 10,000 yuan and admissions in
# 10,000 person-times": the units' scales)
_UNIT_CAPTION_BEFORE = re.compile(r"\bunits?[^\S\n]*:[^\n:]{0,40}\Z|\b(?:is|are)\s+(?:given|expressed|shown|stated|measured|"
                                  r"reported)\s+in\s+\Z|\bunless\s+otherwise\s+(?:stated|specified|noted|indicated)"
                                  r"[^.\n]{0,120}\bin\s+\Z|\b(?:10,000|100\s+million)"
                                  r"\s+[^\n,;.]{1,30}?\s+and\s+[a-z][a-z -]{1,40}?\s+in\s+\Z|" + NAMED_CAPTION_BEFORE, re.I)
# The rest of a unit in brackets after its scale: "(10,000 yuan)", "(10,000)", "(100 million yuan)" under a header
_UNIT_BRACKET_REST = re.compile(r"(?:[^\S\n]+(?:million[^\S\n]+)?[A-Za-z][A-Za-z -]{0,30})?\)")


def number_tokens(text: str) -> list[NumberToken]:
    """Every number of ``text``, figure or not (see ``NumberToken.kind``)."""
    extractor = _Extractor(text, None, None)
    extractor.run("")
    return extractor.tokens


def uncovered(tokens: Iterable[NumberToken], spans: Iterable[tuple[int, int]], *,
              include_dates: bool = False) -> list[NumberToken]:
    """The figures that no span (a fact's as_printed) overlaps; dates only when asked.

    Numbers that are no figure by the extractor's rules ("Fortune 500", "two decades") are never
    reported: they are what made the list noise.
    """
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    starts = [s for s, _ in merged]
    out = []
    for token in tokens:
        if token.kind == "other" or token.kind == "date" and not include_dates:
            continue
        i = bisect.bisect_right(starts, token.end - 1) - 1
        if i >= 0 and merged[i][1] > token.start:
            continue
        out.append(token)
    return out


def fact_spans(facts: Iterable[Mapping[str, object]]) -> list[tuple[int, int]]:
    """Where each fact's as_printed stands in its source text (within its quote)."""
    spans = []
    for fact in facts:
        quote, printed = str(fact.get("quote", "")), str(fact.get("as_printed", ""))
        try:
            start = int(cast(Any, fact.get("start")))  # a number, or NA/None/junk from an edited row
        except (TypeError, ValueError):
            continue
        at = quote.find(printed) if printed else -1
        if at >= 0:
            spans.append((start + at, start + at + len(printed)))
    return spans



# Between the two ends of a range: "4 to 7", "between 4 and 7", "20% to 30%", "20%至30%", "0.5元到0.8元", "8-12"
_RANGE_ENDS_JOIN = re.compile(r"[^\S\n]*(?:to|and|or|-|–|—|~|～|至|到)[^\S\n]*", re.I)
_MINUS_BEFORE = re.compile(r"(?:[-−]|\bminus[^\S\n]+|负)\Z", re.I)


def share_range_signs(text: str, found: list[Candidate]) -> None:
    """The two ends of a range fall together: where the words give one end a fall and not the other ("slipped by
    between 4 and 7 percent", "20% to 30% below the average", "低8℃至10℃"), both are negative. Not where an end
    prints its own sign ("from -5 to 10 degrees": a span across zero). ``found`` is in text order."""
    for first, second in zip(found, found[1:]):
        if first.qualifier != "range" or second.qualifier != "range" or first.unit != second.unit or \
                (first.value < 0) == (second.value < 0) or not first.value or not second.value:
            continue
        if first.printed_end > second.printed_start or \
                not _RANGE_ENDS_JOIN.fullmatch(text, first.printed_end, second.printed_start):
            continue
        if first.as_printed[:1] in "-−+" or second.as_printed[:1] in "-−+" or \
                _MINUS_BEFORE.search(text, max(0, first.printed_start - 8), first.printed_start) or \
                re.match(r"minus\b|负", first.as_printed, re.I) or re.match(r"minus\b|负", second.as_printed, re.I):
            continue
        positive = first if first.value > 0 else second
        positive.value = -positive.value
        positive.note = (positive.note + "; " if positive.note else "") + "a fall, as the range's other end"

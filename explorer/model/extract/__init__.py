"""From article text to candidate facts.

``core`` holds the shared grammar of candidates (tokens, sentences, qualifiers, guesses) and the English
scanner; ``english`` the rules applied to its candidates (ranges, targets, ratios); ``chinese`` the Chinese
rules (亿/万 scales, 同比, 约/超过); ``importing`` the review that writes accepted facts. ``extract`` and
``extract_with_tokens`` below send a text to the rules of its language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from explorer.model.extract.calibration import calibrate
from explorer.model.extract.chinese import extract_zh, looks_chinese, respaced, unspaced
from explorer.model.extract.core import (
    Candidate,
    NumberToken,
    extract_english_parts,
    rounded_restatements,
    share_range_signs,
)
from explorer.model.extract.counties import note_counties
from explorer.model.extract.dates import publication_date
from explorer.model.extract.english import refine

__all__ = ["Candidate", "NumberToken", "extract", "extract_with_tokens"]


def extract(text: str, source_id: str = "", cities: Mapping[str, Iterable[str]] | None = None,
            sectors: Mapping[str, str] | None = None, *, calibrated: bool = True,
            published: str | None = None) -> list[Candidate]:
    """Every figure of ``text`` as a candidate fact, in text order, by the rules of the text's language.

    ``cities`` maps a city id to its other names (English, Chinese), ``sectors`` a sector id
    to its name; both only feed the guesses of city and sector. ``calibrated``: the guesses' confidences
    as measured (explorer/model/extract/calibration.py), those under its threshold left empty; False gives
    each rule's own confidence (what the calibration is measured on). ``published`` is when the text was
    written (YYYY, YYYY-MM or YYYY-MM-DD; "" when unknown; None: what the text's own dateline or masthead says,
    as ``dates.publication_date`` reads it): the year that "this year", 今年, "last year" and 去年 count from
    where the text names none.
    """
    return extract_with_tokens(text, source_id, cities, sectors, calibrated=calibrated, published=published)[0]


def extract_with_tokens(text: str, source_id: str = "", cities: Mapping[str, Iterable[str]] | None = None,
                        sectors: Mapping[str, str] | None = None,
                        progress: Callable[[int, int], None] | None = None, *, calibrated: bool = True,
                        published: str | None = None) -> tuple[list[Candidate], list[NumberToken]]:
    """``extract`` and every number of the text (figure or not) in one pass; ``progress(done, total)`` is
    called as the scan goes and may raise (a cancelled extraction) to stop the work early."""
    typed = published is not None  # (a date given wins over one at the text's top; one read from the text not)
    if published is None:
        published = publication_date(text)[0]
    if looks_chinese(text):
        spaced = unspaced(text)  # (subtitles with words parted by spaces: read without them, quoted with them)
        found, tokens = extract_zh(spaced[0] if spaced else text, source_id, cities, progress, sectors, published)
        if spaced:
            found, tokens = respaced(text, spaced[1], found, tokens)
        share_range_signs(text, found)
        rounded_restatements(found)
        if calibrated:
            calibrate(found, "zh")
        note_counties(text, found)
        return found, tokens
    found, tokens, bounds = extract_english_parts(text, source_id, cities, sectors, progress)
    found = refine(text, found, bounds, published, typed)
    share_range_signs(text, found)
    rounded_restatements(found)
    if calibrated:
        calibrate(found, "en")
    note_counties(text, found)
    return found, tokens

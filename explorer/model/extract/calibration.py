"""Confidences that mean what they say: each guessing rule's confidence, as measured.

The rules of ``core``, ``english`` and ``chinese`` give each guess a fixed confidence per rule (a city named
in the figure's sentence, the city the text names most, a sector by a margin of keywords, ...). Those numbers
were set by hand. ``CALIBRATED`` replaces each with the share of that rule's guesses that were right on the
labelled dev and (spent) held-out articles, all three held-out sets
(``python benchmarks/extraction.py --set dev --set heldout --set heldout2 --set heldout3 --calibration``,
in-sample), and a
guess whose measured confidence is under ``THRESHOLD`` is left empty for the reviewer rather than filled in
wrong. A metric in the sentence's own words (not a metric id) is a name for the reviewer, not a guess from the
vocabulary: it is kept with the confidence its rule gives, since every fact needs a metric.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from explorer.model.extract.core import Candidate

THRESHOLD = 0.5
FIELDS = ("city", "sector", "metric")

# (language, field, confidence the rule gives) -> how often its guesses were right, measured on the dev and the
# three spent held-out sets (2026-12-01, after round 3 of the rules; all in-sample; heldout2 and heldout3 judge a
# sector only where the label has an id of data/sectors.csv) as
# (right + 1) / (guesses + 2), rounded to 0.05 and at most 0.95, so a rule seen a few times is not taken as sure.
# Rules not in the table keep their own confidence. A metric is looked up only when it is a metric id (free text,
# a name for the reviewer, is not judged right or wrong).
CALIBRATED: dict[tuple[str, str, float], float] = {
    # city: 0.5 the city the text names most (220 guesses, 100% right); 0.7 a gazetteer city named in the
    # sentence (118, 93%)
    ("en", "city", 0.5): 0.95, ("en", "city", 0.7): 0.9,
    # sector: 0.2 the article's most common sector (37, 73%); 0.4 a tie of keywords (56, 38%); 0.6, 0.8, 0.9
    # a margin of one, two, three keywords (119, 69%; 49, 86%; 73, 86%)
    ("en", "sector", 0.2): 0.7, ("en", "sector", 0.4): 0.4, ("en", "sector", 0.6): 0.7,
    ("en", "sector", 0.8): 0.85, ("en", "sector", 0.9): 0.85,
    # metric ids: 0.4 a rank (5, 80%); 0.5 the subject of a growth rate beside an amount (17, 65%); 0.6 a
    # keyword of the sentence (58, 86%)
    ("en", "metric", 0.4): 0.7, ("en", "metric", 0.5): 0.65, ("en", "metric", 0.6): 0.85,
    # Chinese: city 0.7 the text's main city (252, 100%), 0.8 named in the sentence (53, 98%); metric 0.5 a
    # growth id guessed from an amount's metric (1, 0% after round 2), 0.6 a metric named in the figure's own
    # part of its sentence, of a unit class that fits (79, 95%); sector 0.7 the figure's own clause (172, 70%;
    # 110, 81% before heldout3), 0.65 an earlier clause of its sentence (99, 76%; 65, 88% before), 0.6 / 0.8 /
    # 0.9 the sentence by a margin of one, two, three keywords (0, 0, 11: 91%)
    ("zh", "city", 0.7): 0.95, ("zh", "city", 0.8): 0.95, ("zh", "metric", 0.5): 0.35, ("zh", "metric", 0.6): 0.95,
    ("zh", "sector", 0.6): 0.45, ("zh", "sector", 0.65): 0.75, ("zh", "sector", 0.7): 0.7,
    ("zh", "sector", 0.8): 0.8, ("zh", "sector", 0.9): 0.85,
}
_METRIC_ID = re.compile(r"[a-z0-9_]+")


def calibrate(found: Iterable[Candidate], language: str) -> None:
    """Set each guess's confidence to its rule's measured one, and empty the guesses below THRESHOLD."""
    for cand in found:
        for name in FIELDS:
            value = getattr(cand, name)
            if not value:
                continue
            raw = round(getattr(cand, f"{name}_confidence"), 2)
            if name == "metric" and _METRIC_ID.fullmatch(value) is None:
                continue  # the sentence's own words for what is measured: kept (facts.csv needs a metric), as sure as said
            shown = CALIBRATED.get((language, name, raw), raw)
            if shown < THRESHOLD:
                setattr(cand, name, "")
                setattr(cand, f"{name}_confidence", 0.0)
            else:
                setattr(cand, f"{name}_confidence", shown)

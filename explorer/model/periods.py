"""Periods that name the same months, written alike.

A period of ``facts.csv`` is free text, and the same months are written several ways: an English report's
"first three quarters" and a Chinese one's 1—9月 are "2032-Q1-Q3" and "2032-01..09"; "2032-H1" is
"2032-01..06"; a single month is "2032-10..10" or "2032-10"; January to December is the year. Claims and
the plots' period choices compare periods by ``same_months``, so two sources stating one figure for the
same months meet as one claim whichever notation each used. A period not in one of these forms (a span of
years "2028–2032", a day, free text) is left as it is: it is compared as written.
"""

from __future__ import annotations

import functools
import re

import numpy as np

from explorer.model.load.codes import factorize_text

_QUARTERS = re.compile(r"^(\d{4})-Q([1-4])(?:-Q([1-4]))?$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_MONTHS = re.compile(r"^(\d{4})-(\d{1,2})(?:\.\.(\d{1,2}))?$")


def months_of(period: str) -> tuple[str, int, int] | None:
    """(year, first month, last month) of a period of one year's months; None for any other period."""
    text = period.strip()
    match = _QUARTERS.match(text)
    if match:
        first, last = int(match.group(2)), int(match.group(3) or match.group(2))
        return (match.group(1), 3 * first - 2, 3 * last) if first <= last else None
    match = _HALF.match(text)
    if match:
        return (match.group(1), 1, 6) if match.group(2) == "1" else (match.group(1), 7, 12)
    match = _MONTHS.match(text)
    if match:
        first, last = int(match.group(2)), int(match.group(3) or match.group(2))
        return (match.group(1), first, last) if 1 <= first <= last <= 12 else None
    return None


@functools.lru_cache(maxsize=4096)  # (a text's figures share a few periods: each written once)
def same_months(period: str) -> str:
    """One way of writing a period of one year's months: the year for January to December, "2032-10" for
    one month, "2032-H1"/"2032-H2" for a half, "2032-Q3" or "2032-Q1-Q3" for whole quarters, else
    "2032-01..08"; any other period as it is (stripped)."""
    months = months_of(period)
    if months is None:
        return period.strip()
    year, first, last = months
    if (first, last) == (1, 12):
        return year
    if first == last:
        return f"{year}-{first:02d}"
    if (first, last) in ((1, 6), (7, 12)):
        return f"{year}-H{1 if first == 1 else 2}"
    if first % 3 == 1 and last % 3 == 0:
        q1, q2 = (first + 2) // 3, last // 3
        return f"{year}-Q{q1}" if q1 == q2 else f"{year}-Q{q1}-Q{q2}"
    return f"{year}-{first:02d}..{last:02d}"


def same_months_all(periods: np.ndarray) -> np.ndarray:
    """``same_months`` of each period (an object array of str), worked once per distinct period."""
    codes, uniques = factorize_text(np.asarray(periods, dtype=object), use_na_sentinel=False)
    table = np.array([same_months(str(p)) for p in uniques] or [""], dtype=object)
    return table[codes] if len(codes) else np.zeros(0, dtype=object)

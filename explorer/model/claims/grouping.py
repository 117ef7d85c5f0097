"""Claims across sources: who else states a figure, and whether they agree.

Facts (stated or derived) about the same city, metric (by metric id), period and base unit
form a claim; a period is read by the months it names, however written ("2032-Q1-Q3" is
"2032-01..09": ``explorer.model.periods``). Each fact is read as an interval in base units, from its value, the precision
of the printed figure and its qualifier:

- stated exactly: the value ± half a unit of its last printed digit ("1,000.21" ± 0.005);
- approximately: ± 5 % of the value (at least the printed precision);
- over / expected to exceed: from the value up to 1.5 times it (a text says "over 700 billion"
  of a figure near 700 billion, not of 7 trillion); under: from two thirds of it up to it; a bound of a
  negative figure bounds its size, as the text said it ("fell by over 15%", -15 over: -22.5 to -15);
- a range ("in the 600 billion range"): from the value up one step of its leading digit;
- a forecast or target with no bound ("expected to grow by around 5.5%"): as approximately, but in a
  claim of forecasts only (its period in the key is marked "2032 · forecast"), as is "expected to exceed"
  (numbers.FORECASTS): a forecast never corroborates or contradicts the outcome.

Two facts agree when their intervals overlap. Each fact is then *corroborated* (another
source agrees with it), in *conflict* (it disagrees with another fact and no other source
agrees with it) or *single* (no other source states it). A conflict whose ratio is near
10, 100, 1,000 or 10,000 (scaled by that power, the two would agree) is named a likely
unit slip: 亿 (10^8) read as billion (10^9) makes a figure ten times too big.

Everything is whole-column numpy/pandas work over codes: no Python loop per fact
(``benchmarks/claims.py`` measures a million facts against a pandas groupby).

For the window: ``fact_claim(base, fact_id)`` gives a ``FactClaim`` (agreement, the facts that
agree and those in conflict as ``Relation``s with source, ratio and slip note); ``claims_of(base)``
gives the per-row arrays (``agreement``, ``claim_text()``, ``metric_id``, counts) for a table
column or a conflicts-only filter. ``base.claims`` is built on load; ``claims_of`` rebuilds it
when ``base.facts`` was replaced since.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from explorer.model.load.codes import factorize_text
from explorer.model.load.tables import Problem
from explorer.model.numbers import FORECASTS
from explorer.model.pairs import tuple_codes
from explorer.model.periods import same_months_all

if TYPE_CHECKING:
    from explorer.model.load.records import FactBase
    from explorer.model.vocab.units import Unit

AGREEMENTS = ("corroborated", "conflict", "single")
CLAIM_COLUMNS: tuple[str, ...] = ("metric_id", "claim", "agreement", "agrees_with", "conflicts_with")
# Each fact's agrees_with/conflicts_with lists its nearest neighbours in value within the claim, up to
# this many on each side; a claim of more facts ends the list with "+N more" (the counts stay exact).
NEIGHBOURS = 5
APPROXIMATE = 0.05
OVER_REACH = 0.5
SLIP_POWERS = (1, 2, 3, 4)
_EPS = 1e-9


@dataclass(frozen=True)
class Relation:
    """Another fact of the same claim, seen from one fact."""

    fact_id: str
    source_id: str
    agrees: bool
    ratio: float  # this fact's value / the other's, in base units (nan when the other's is 0)
    slip: int  # k when the two agree once one is scaled by 10^k (a likely unit slip), else 0
    note: str  # "likely unit slip: ×10, the figure of Z1 with its 亿元 read as billion yuan", or ""

    @property
    def ratio_text(self) -> str:
        return ratio_text(self.ratio)


@dataclass(frozen=True)
class FactClaim:
    """What the claims say about one fact: the window's detail panel shows this."""

    fact_id: str
    claim: str  # "<city> · <metric id> · <period> · <base unit>"; "" when the fact is in no claim (no period, an event)
    metric_id: str
    agreement: str  # one of AGREEMENTS
    agrees_with: tuple[Relation, ...]
    conflicts_with: tuple[Relation, ...]
    more_agreeing: int  # agreeing facts of the claim not listed (beyond NEIGHBOURS each side)
    more_conflicting: int

    @property
    def slip_note(self) -> str:
        """The likely unit slip among the conflicts whose ratio is nearest a power of ten, or ""."""
        slips = [r for r in self.conflicts_with if r.slip]
        if not slips:
            return ""
        return min(slips, key=lambda r: abs(np.log10(abs(r.ratio)) - r.slip) if np.isfinite(r.ratio) else 1.0).note


_TIMES = {1: "ten", 2: "a hundred", 3: "a thousand", 4: "ten thousand"}


def _example_slip(units: Mapping[str, Unit] | None, base: str, slip: int, printed: str = "") -> str:
    """Two units of ``base`` whose factors differ by 10^slip, one read as the other: "亿元 were read as billion yuan"."""
    if not units:
        return ""
    of_base = [u for u in units.values() if u.base == base]
    pairs = [(small, big) for small in of_base for big in of_base
             if small.factor > 0 and abs(big.factor / small.factor / 10.0 ** slip - 1) < 1e-9]
    # The unit the figure is printed in, read from a unit of another language, is the usual slip (亿 as billion).
    pairs.sort(key=lambda p: (p[1].name != printed, p[0].language == p[1].language, p[1].factor))
    return f"{pairs[0][0].name} were read as {pairs[0][1].name}" if pairs else ""


def _ratio_texts(ratios: np.ndarray) -> np.ndarray:
    """" ×r" for each ratio, formatted once per distinct value at the precision shown."""
    with np.errstate(divide="ignore", invalid="ignore"):
        digits = np.where(np.isfinite(ratios) & (ratios != 0),
                          2 - np.floor(np.log10(np.abs(np.where(ratios == 0, 1, ratios)))), 0)
    scale = 10.0 ** np.clip(digits, -300, 300)
    rounded = np.where(np.isfinite(ratios), np.round(ratios * scale) / scale, ratios)
    codes, uniques = pd.factorize(rounded)
    texts: np.ndarray = np.array([" " + ratio_text(float(u)) for u in uniques] or [""], dtype=object)[codes]
    return texts


def _join_runs(parts: list[np.ndarray], rows: np.ndarray) -> np.ndarray:
    """"; ".join of each run of equal ``rows`` (sorted), each item the concatenation of ``parts``: one string
    per distinct row, in order. One join over interleaved pieces: no string made per item."""
    if not len(rows):
        return np.zeros(0, dtype=object)
    last = np.r_[rows[1:] != rows[:-1], True]
    width = len(parts) + 1
    pieces = np.empty(len(rows) * width, dtype=object)
    for i, part in enumerate(parts):
        pieces[i::width] = part
    pieces[len(parts)::width] = np.where(last, "\x1e", "; ")
    joined = "".join(pieces.tolist())
    if joined.count("\x1e") != int(last.sum()):  # an id holding the separator itself: join run by run
        items = ["".join(p) for p in zip(*(part.tolist() for part in parts))]
        starts = np.flatnonzero(np.r_[True, last[:-1]])
        return np.array(["; ".join(items[a:b]) for a, b in zip(starts.tolist(), np.r_[starts[1:], len(items)].tolist())],
                        dtype=object)
    return np.array(joined.split("\x1e")[:-1], dtype=object)


def ratio_text(ratio: float) -> str:
    """A ratio as shown beside a fact id: "×10", "×0.1", "×1.43"."""
    if not np.isfinite(ratio):
        return "×?"
    return f"×{ratio:.3g}" if abs(ratio) < 1e5 else f"×{ratio:.2e}"


_PRINTED = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def printed_decimals(printed: np.ndarray) -> np.ndarray:
    """Decimal places of the first number of each printed figure ("1.00 trillion" -> 2), -1 where it has none
    or shows no decimal point (the value's own decimals are then as good). Once per distinct text, with
    Arrow's regular expressions (texts with characters beyond ASCII, where Python's digits are more than
    0-9, by Python's)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    codes, uniques = pd.factorize(np.asarray(printed, dtype=object))
    table = np.full(max(len(uniques), 1), -1, dtype=np.int64)
    if len(uniques):
        texts = pa.array(np.asarray(uniques, dtype=object), type=pa.string())
        ascii_ = np.asarray(pc.fill_null(pc.string_is_ascii(texts), False).to_numpy(zero_copy_only=False), dtype=bool)
        places = pc.struct_field(pc.extract_regex(texts, r"(?P<n>[0-9][0-9,]*)(?:\.(?P<places>[0-9]+))?"), "places")
        found = pc.fill_null(pc.utf8_length(places), -1).to_numpy(zero_copy_only=False)
        found = np.where(pc.fill_null(pc.equal(places, ""), True).to_numpy(zero_copy_only=False), -1, found)
        table[: len(uniques)] = np.where(ascii_, found, -1)
        other = np.flatnonzero(~ascii_)
        if len(other):
            rest = pd.Series(np.asarray(uniques, dtype=object)[other], dtype=object).astype(str)
            dotted = rest.str.contains(".", regex=False).to_numpy(dtype=bool)
            if dotted.any():
                got = rest[dotted].str.extract(_PRINTED.pattern, expand=False)
                table[other[dotted]] = got.str.len().fillna(-1).to_numpy(dtype=np.int64)
    return table[codes] if len(codes) else np.zeros(0, dtype=np.int64)


def _decimals(values: np.ndarray) -> np.ndarray:
    """Decimal places of each value in its shortest form: 1000.21 -> 2, 10002.1 -> 1, 700 -> 0."""
    out = np.full(len(values), 6, dtype=np.int64)
    # The fewest places at which a value is whole: from 0 up, each row looked at until it is (most are by 2).
    todo = np.flatnonzero(np.isfinite(values))
    for d in range(7):
        scaled = values[todo] * 10.0**d
        whole = np.abs(scaled - np.round(scaled)) <= 1e-9 * np.maximum(1.0, np.abs(scaled))
        out[todo[whole]] = d
        todo = todo[~whole]
    return out


def intervals(values: np.ndarray, factors: np.ndarray, qualifiers: np.ndarray,
              decimals: np.ndarray | None = None, coded: tuple[np.ndarray, np.ndarray] | None = None
              ) -> tuple[np.ndarray, np.ndarray]:
    """Each fact's [lo, hi] in base units, from its printed value, unit factor and qualifier (see module doc).

    ``decimals``: the decimal places printed (-1 where unknown: those of the value itself are used).
    ``coded``: ``pd.factorize(qualifiers)``, if the caller made it already.
    """
    v = values.astype(float)
    c = v * factors
    places = _decimals(v)
    if decimals is not None:
        places = np.where(decimals >= 0, np.maximum(decimals, places), places)
    half = 0.5 * 10.0 ** (-places.astype(float)) * factors
    size = np.abs(c)
    lo, hi = c - half, c + half
    codes, uniques = coded if coded is not None else factorize_text(np.asarray(qualifiers, dtype=object))
    # 0 exact, 1 approximately (and any other qualifier), 2 a lower bound, 3 an upper bound, 4 a range
    rules = {"exact": 0, "": 0, "derived": 0, "over": 2, "expected_over": 2, "under": 3, "range": 4}
    kinds = np.array([rules.get(str(u), 1) for u in uniques] or [0], dtype=np.int8)
    q = kinds[codes] if len(codes) else np.zeros(0, dtype=np.int8)
    approx = q == 1
    t = np.maximum(half, APPROXIMATE * size)
    lo = np.where(approx, c - t, lo)
    hi = np.where(approx, c + t, hi)
    # A bound bounds the figure's size, as the text says it: "fell by over 15%" (-15, over) runs from -15 to -22.5
    below_zero = c < 0
    over = q == 2
    hi = np.where(over & ~below_zero, c + half + OVER_REACH * size, hi)
    lo = np.where(over & below_zero, c - half - OVER_REACH * size, lo)
    under = q == 3
    lo = np.where(under & ~below_zero, c - half - size * OVER_REACH / (1 + OVER_REACH), lo)
    hi = np.where(under & below_zero, c + half + size * OVER_REACH / (1 + OVER_REACH), hi)
    ranged = q == 4
    with np.errstate(divide="ignore", invalid="ignore"):
        place = np.where(np.abs(v) > 0, 10.0 ** np.floor(np.log10(np.abs(v))), 0.0) * factors
    hi = np.where(ranged, c + np.maximum(place, half), hi)
    pad = _EPS * np.maximum(np.abs(lo), np.abs(hi))
    return lo - pad, hi + pad


def _ranks(lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.int64]:
    """lo and hi as ranks among all their values (equal values, equal ranks), and how many ranks there are."""
    n = len(lo)
    _, ranks = np.unique(np.concatenate([lo, hi]), return_inverse=True)
    return ranks[:n].astype(np.int64), ranks[n:].astype(np.int64), np.int64(len(ranks) + 1)


def search_sorted_queries(keys: np.ndarray, queries: np.ndarray, side: str, order: np.ndarray | None = None
                          ) -> np.ndarray:
    """``np.searchsorted(keys, queries, side)``, with the queries sorted first (several times faster at 10^6);
    ``order``: an argsort of ``queries`` made before, if there is one."""
    order = np.argsort(queries, kind="stable") if order is None else order
    out = np.empty(len(queries), dtype=np.int64)
    out[order] = np.searchsorted(keys, queries[order], side)  # type: ignore[call-overload]
    return out


def _group_counts(groups: np.ndarray, rlo: np.ndarray, rhi: np.ndarray, width: np.int64,
                  sorters: list[np.ndarray] | None = None) -> np.ndarray:
    """For each fact, how many facts of its group (itself included) overlap its interval (as ranks, ``_ranks``).

    Overlapping j: lo_j <= hi_i and not hi_j < lo_i (every j with hi_j < lo_i also has lo_j <= hi_i).
    Both counts by binary search over (group, rank) keys; groups numbered 0..k-1. Both key arrays are sorted
    once and serve as the sorted keys of one search and the sorted queries of the other; the facts of the
    groups below a fact's own are counted by both searches, so they cancel. ``sorters``: where the argsorts of
    the two key arrays (group * width + rank of lo, and of hi) are put, for whoever searches them again.
    """
    if not len(groups):
        return np.zeros(0, dtype=np.int64)
    key = groups.astype(np.int64) * width
    lows, highs = key + rlo, key + rhi
    by_low, by_high = np.argsort(lows), np.argsort(highs)
    if sorters is not None:
        sorters[:] = [by_low, by_high]
    sorted_lows, sorted_highs = lows[by_low], highs[by_high]
    lo_at_or_below = np.empty(len(key), dtype=np.int64)
    lo_at_or_below[by_high] = np.searchsorted(sorted_lows, sorted_highs, "right")
    hi_below = np.empty(len(key), dtype=np.int64)
    hi_below[by_low] = np.searchsorted(sorted_highs, sorted_lows, "left")
    counts: np.ndarray = lo_at_or_below - hi_below
    return counts


# The arrays a Claims is made of (besides its facts and units): what the cache keeps.
CLAIM_ARRAYS = ("metric_id", "claim", "labels", "lo", "hi", "agreeing", "agreeing_elsewhere", "conflicting", "factors")


@dataclass
class Claims:
    """The claims of one facts frame, row for row (row i describes ``facts.iloc[i]``)."""

    facts: pd.DataFrame = field(repr=False)
    metric_id: np.ndarray  # object: the metric id of each fact
    claim: np.ndarray  # int64: claim code, -1 for a fact in no claim
    labels: np.ndarray  # object: the claim of each code as text
    lo: np.ndarray
    hi: np.ndarray
    agreeing: np.ndarray  # int64: other facts of the claim that agree
    agreeing_elsewhere: np.ndarray  # int64: ... of them from another source
    conflicting: np.ndarray  # int64: other facts of the claim that do not agree
    factors: np.ndarray = field(repr=False)
    units: Mapping[str, Unit] | None = field(default=None, repr=False)
    _relations: pd.DataFrame | None = field(default=None, repr=False)
    # (rows, their lo and hi as ranks, rank width) of the facts in claims, as build_claims counted them
    # ..., and the argsorts of claim * width + each rank (``_group_counts``' sorters)
    _bound_ranks: tuple[np.ndarray, np.ndarray, np.ndarray, np.int64, list[np.ndarray]] | None = field(
        default=None, init=False, repr=False, compare=False)
    # pd.factorize(facts["source_id"])'s codes, as build_claims made them
    _source_codes: np.ndarray | None = field(default=None, init=False, repr=False, compare=False)
    # (base unit, slip, unit printed) -> _example_slip's words: the units table is searched pair by pair (~1.5 ms),
    # and a selection's Sources panel says it for every listed fact in a slip
    _slip_examples: dict[tuple[str, int, str], str] = field(default_factory=dict, init=False, repr=False,
                                                            compare=False)

    def take_source_codes(self) -> np.ndarray:
        """Each fact's source as a code (``pd.factorize`` of the source ids), those ``build_claims`` made if it
        made them (handed over once, then forgotten, as ``take_bound_ranks``), else made now."""
        kept, self._source_codes = self._source_codes, None
        if kept is not None and len(kept) == len(self.facts):
            return kept
        return np.asarray(factorize_text(self.facts["source_id"].to_numpy(dtype=object))[0], dtype=np.int64)

    def take_bound_ranks(self, rows: np.ndarray
                         ) -> tuple[np.ndarray, np.ndarray, np.int64, list[np.ndarray] | None]:
        """lo and hi of ``rows`` as ranks among all their bounds (``_ranks``) and their width, and the argsorts of
        claim code * width + rank of lo, and of hi: those the claims were counted with when ``rows`` are the rows
        they counted (else ranked now, and no argsorts). Handed over once, then forgotten: the agreement view is
        their one reader, and the claims need not keep ~40 MB at a million facts."""
        kept, self._bound_ranks = self._bound_ranks, None
        if kept is not None and np.array_equal(kept[0], rows):
            return kept[1], kept[2], kept[3], (kept[4] if len(kept[4]) == 2 else None)
        return (*_ranks(self.lo[rows], self.hi[rows]), None)

    @property
    def agreement(self) -> np.ndarray:
        """corroborated, conflict or single, per fact."""
        out = np.full(len(self.claim), "single", dtype=object)
        out[self.conflicting > 0] = "conflict"
        out[self.agreeing_elsewhere > 0] = "corroborated"
        return out

    def claim_text(self) -> np.ndarray:
        out = np.full(len(self.claim), "", dtype=object)
        inside = self.claim >= 0
        out[inside] = self.labels[self.claim[inside]]
        return out

    # ---- relations: pairs of facts of a claim ----------------------------------------------
    def relations(self) -> pd.DataFrame:
        """Every fact paired with its nearest neighbours in value within its claim (up to NEIGHBOURS each side).

        Columns: row, other (positions in ``facts``), agrees, ratio (row's value / other's), slip (k of 10^k,
        signed: +1 when row is ten times other, 0 for no slip). Built once, then kept.
        """
        if self._relations is None:
            self._relations = self._pairs()
        return self._relations

    def _pairs(self) -> pd.DataFrame:
        inside = np.flatnonzero(self.claim >= 0)
        center = self.facts["value_base"].to_numpy(dtype=float)
        order = inside[np.lexsort((center[inside], self.claim[inside]))]
        g = self.claim[order]
        m = len(order)
        # Slot 2(d-1) holds the d-th neighbour below in value, slot 2d-1 the d-th above: a fact's row of slots,
        # read left to right, lists its neighbours nearest first; row-major order sorts the pairs by fact
        # without a sort.
        slots = np.full((m, 2 * NEIGHBOURS), -1, dtype=np.int64)
        for d in range(1, min(NEIGHBOURS, m - 1) + 1):
            same = g[:-d] == g[d:]
            slots[d:, 2 * (d - 1)] = np.where(same, order[:-d], -1)
            slots[:-d, 2 * d - 1] = np.where(same, order[d:], -1)
        by_row = np.empty(len(self.claim), dtype=np.int64)
        by_row[order] = np.arange(m)
        slots = slots[by_row[inside]]  # back in the facts' own order
        valid = slots >= 0
        row = np.repeat(inside, valid.sum(axis=1))
        other = slots[valid]
        lo, hi = self.lo, self.hi
        agrees = (lo[row] <= hi[other]) & (lo[other] <= hi[row])
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = center[row] / center[other]
        slip = np.zeros(len(row), dtype=np.int8)
        for k in SLIP_POWERS:
            for sign in (1, -1):
                s = 10.0 ** (sign * k)
                fits = ~agrees & (slip == 0) & (lo[row] / s <= hi[other]) & (lo[other] <= hi[row] / s)
                slip[fits] = sign * k
        return pd.DataFrame({"row": row, "other": other, "agrees": agrees, "ratio": ratio, "slip": slip})

    def slip_note(self, row: int, other: int, slip: int) -> str:
        """A likely unit slip between two facts, said in words ("" for none), seen from ``row``."""
        if not slip:
            return ""
        facts = self.facts
        times = _TIMES.get(abs(slip), f"10^{abs(slip)}")
        note = f"likely unit slip: ×{10.0 ** slip:g}"
        if slip < 0:
            return f"{note}, {facts['id'].iat[other]} is {times} times this figure (the slip is likely there)"
        # Two cells each, not the whole columns: this runs per listed fact of a selection (1M facts: 15 ms a column).
        unit, value = facts["unit"], facts["value"]
        units = {row: str(unit.iat[row]), other: str(unit.iat[other])}
        if float(value.iat[row]) == float(value.iat[other]) and units[row] != units[other]:
            return f"{note}, the figure of {facts['id'].iat[other]} with its {units[other]} read as {units[row]}"
        key = (str(facts["base_unit"].iat[row]), slip, units[row])
        example = self._slip_examples.get(key)
        if example is None:
            example = self._slip_examples[key] = _example_slip(self.units, *key)
        return f"{note}, this figure {times} times too big" + (f" (as if {example})" if example else "")

    def for_fact(self, row: int) -> FactClaim:
        """Everything the claims say about the fact at position ``row`` of ``facts``."""
        facts = self.facts
        ids = facts["id"].to_numpy(dtype=object)
        sources = facts["source_id"].to_numpy(dtype=object)
        code = int(self.claim[row])
        agree: list[Relation] = []
        conflict: list[Relation] = []
        if code >= 0:
            pairs = self.relations()
            lo_hi = pairs["row"].searchsorted([row, row + 1])
            mine = pairs.iloc[lo_hi[0]:lo_hi[1]]
            for other, agrees, ratio, slip in zip(mine["other"].tolist(), mine["agrees"].tolist(),
                                                  mine["ratio"].tolist(), mine["slip"].tolist()):
                rel = Relation(str(ids[other]), str(sources[other]), bool(agrees), float(ratio), int(slip),
                               self.slip_note(row, other, int(slip)))
                (agree if agrees else conflict).append(rel)
        return FactClaim(
            fact_id=str(ids[row]), claim=str(self.labels[code]) if code >= 0 else "",
            metric_id=str(self.metric_id[row]), agreement=str(self.agreement[row]),
            agrees_with=tuple(agree), conflicts_with=tuple(conflict),
            more_agreeing=int(self.agreeing[row]) - len(agree),
            more_conflicting=int(self.conflicting[row]) - len(conflict))

    def columns(self) -> pd.DataFrame:
        """The export's claim columns, row for row: metric_id, claim, agreement, agrees_with, conflicts_with.

        agrees_with: "Z1; F4"; conflicts_with: "S1 ×0.1 likely unit slip; F9 ×1.3" (this fact's value is
        0.1 times S1's, a ratio near a power of ten), each list nearest first, ending with "+N more" when the
        claim has more than it lists.
        """
        n = len(self.claim)
        pairs = self.relations()
        ids = self.facts["id"].to_numpy(dtype=object)
        rows_all = pairs["row"].to_numpy()
        text = ids[pairs["other"].to_numpy()]
        conflict = ~pairs["agrees"].to_numpy()
        lists = {}
        for name, mask, total in (("agrees_with", ~conflict, self.agreeing),
                                  ("conflicts_with", conflict, self.conflicting)):
            rows = rows_all[mask]
            parts = [text[mask]]
            if name == "conflicts_with":
                parts.append(_ratio_texts(pairs["ratio"].to_numpy()[mask]))
                parts.append(np.where(pairs["slip"].to_numpy()[mask] != 0, " likely unit slip", "").astype(object))
            listed = np.bincount(rows, minlength=n)
            out = np.full(n, "", dtype=object)
            out[listed > 0] = _join_runs(parts, rows)
            more = total - listed
            extra = np.flatnonzero(more > 0)
            if len(extra):
                codes, uniques = pd.factorize(more[extra])
                tails = np.array([f"+{k} more" for k in uniques], dtype=object)[codes]
                out[extra] = np.where(listed[extra] > 0, out[extra] + "; ", "") + tails
            lists[name] = out
        return pd.DataFrame({"metric_id": self.metric_id, "claim": self.claim_text(), "agreement": self.agreement,
                             "agrees_with": lists["agrees_with"], "conflicts_with": lists["conflicts_with"]})

    def conflicts(self) -> pd.DataFrame:
        """Each conflicting pair once (the larger figure first): claim, row_a, row_b, ratio (a / b), slip.

        ``slip_note(row_a, row_b, slip)`` says a slip in words."""
        pairs = self.relations()
        pick = ~pairs["agrees"].to_numpy() & (pairs["ratio"].to_numpy() >= 1)
        center = self.facts["value_base"].to_numpy(dtype=float)
        mine = pairs[pick]
        a, b = mine["row"].to_numpy(), mine["other"].to_numpy()
        tie = center[a] == center[b]
        keep = ~tie | (a < b)
        a, b = a[keep], b[keep]
        slips = mine["slip"].to_numpy()[keep]
        order = np.lexsort((b, a, self.claim[a]))
        a, b, slips = a[order], b[order], slips[order]
        return pd.DataFrame({"claim": self.labels[self.claim[a]] if len(a) else np.zeros(0, dtype=object),
                             "row_a": a, "row_b": b, "ratio": center[a] / center[b], "slip": slips})


def _factors(facts: pd.DataFrame, units: Mapping[str, Unit] | None) -> np.ndarray:
    """Each fact's unit factor (value_base / value; the units table's where the value is 0)."""
    value = facts["value"].to_numpy(dtype=float)
    center = facts["value_base"].to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        factors = np.where(value != 0, center / value, np.nan)
    missing = ~np.isfinite(factors)
    if units is not None and missing.any():
        rows = np.flatnonzero(missing)
        codes, uniques = factorize_text(facts["unit"].to_numpy(dtype=object)[rows])
        table = np.array([units[u].factor if u in units else 1.0 for u in uniques] or [1.0])
        factors[rows] = table[codes]
    return np.where(np.isfinite(factors), factors, 1.0)


def _eligible_and_intervals(facts: pd.DataFrame, factors: np.ndarray,
                            qualifiers: tuple[np.ndarray, np.ndarray] | None = None
                            ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which facts are compared at all (a dated figure with a value), and each fact's [lo, hi].

    ``qualifiers``: ``pd.factorize`` of the qualifier column, if the caller made it."""
    period = facts["period"].to_numpy(dtype=object)  # stripped by the loader
    kind = facts["kind"].to_numpy(dtype=object)
    eligible = (kind != "event") & (period != "") & np.isfinite(facts["value_base"].to_numpy(dtype=float))
    lo, hi = intervals(facts["value"].to_numpy(dtype=float), factors, facts["qualifier"].to_numpy(dtype=object),
                       printed_decimals(facts["as_printed"].to_numpy(dtype=object)), qualifiers)
    return eligible, lo, hi


def _key_period(facts: pd.DataFrame, rows: np.ndarray, coded: tuple[np.ndarray, np.ndarray] | None = None
                ) -> np.ndarray:
    """The period part of the claim key of ``rows``: a forecast's is marked, so it is in a claim of forecasts
    only and never agrees or conflicts with the outcome ("2032 · forecast"). The same months are one period
    however written ("2032-Q1-Q3" and "2032-01..09": ``same_months``). ``coded``: ``pd.factorize`` of every
    fact's qualifier, if the caller made it."""
    period: np.ndarray = same_months_all(facts["period"].to_numpy(dtype=object)[rows])
    if coded is not None:
        codes, qualifiers = coded[0][rows], coded[1]
    else:
        codes, qualifiers = factorize_text(facts["qualifier"].to_numpy(dtype=object)[rows])  # a few distinct ones
    forecast = np.flatnonzero(np.isin(codes, [i for i, q in enumerate(qualifiers) if q in FORECASTS]))
    if not len(forecast):
        return period
    # a copy (rows took it); each distinct period marked once, its rows sharing the text (factorized by it later)
    codes_p, names = factorize_text(period[forecast], use_na_sentinel=False)
    period[forecast] = (np.asarray(names, dtype=object) + " · forecast")[codes_p]
    return period


def _key_codes(columns: list[np.ndarray]) -> np.ndarray:
    """One code per distinct tuple of the columns' values, numbered in order of first appearance."""
    return tuple_codes([factorize_text(col) for col in columns])


def _labels(city: np.ndarray, metric: np.ndarray, period: np.ndarray, base: np.ndarray) -> np.ndarray:
    return np.array([f"{c} · {m} · {p} · {b}" for c, m, p, b in zip(city.tolist(), metric.tolist(), period.tolist(),
                                                                       base.tolist())], dtype=object)


def _counts(codes: np.ndarray, sources: np.ndarray, ranks: tuple[np.ndarray, np.ndarray, np.int64],
            sorters: list[np.ndarray] | None = None, source_codes: tuple[np.ndarray, int] | None = None
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For facts of claims (``codes`` 0..k-1, every fact of each of those claims given): how many others agree,
    how many of those are of another source, how many do not agree. ``ranks``: their bounds, by ``_ranks``.
    ``source_codes``: the facts' sources as codes below a bound, if the caller made them (then ``sources`` is unread)."""
    rlo, rhi, width = ranks
    with_self = _group_counts(codes, rlo, rhi, width, sorters)
    if source_codes is None:
        coded, names = factorize_text(sources)
        source_codes = (coded, len(names))
    by_source = pd.factorize(codes * np.int64(max(source_codes[1], 1)) + source_codes[0])[0]
    same_source = _group_counts(by_source, rlo, rhi, width)
    sizes = np.bincount(codes)[codes]
    return with_self - 1, with_self - same_source, sizes - with_self


def build_claims(facts: pd.DataFrame, metric_ids: np.ndarray, units: Mapping[str, Unit] | None = None) -> Claims:
    """The claims of ``facts`` (a loaded facts frame) with each fact's metric id."""
    n = len(facts)
    factors = _factors(facts, units)
    # Columns read more than once are factorized once: the qualifiers (intervals, forecast keys), the sources
    # (the counts here, the agreement view's runs of one source: handed over, as the ranks are).
    qualifiers = factorize_text(facts["qualifier"].to_numpy(dtype=object))
    source_codes, source_names = factorize_text(facts["source_id"].to_numpy(dtype=object))
    eligible, lo, hi = _eligible_and_intervals(facts, factors, qualifiers)
    claim = np.full(n, -1, dtype=np.int64)
    agreeing = np.zeros(n, dtype=np.int64)
    elsewhere = np.zeros(n, dtype=np.int64)
    conflicting = np.zeros(n, dtype=np.int64)
    labels = np.zeros(0, dtype=object)
    rows = np.flatnonzero(eligible)
    bound_ranks = None
    if len(rows):
        keys = [facts["city"].to_numpy(dtype=object)[rows], np.asarray(metric_ids, dtype=object)[rows],
                _key_period(facts, rows, qualifiers), facts["base_unit"].to_numpy(dtype=object)[rows]]
        codes = _key_codes(keys)
        # the first fact of each claim (codes are numbered in order of first appearance)
        first = np.flatnonzero(codes > np.maximum.accumulate(np.r_[np.int64(-1), codes[:-1]]))
        labels = _labels(*(k[first] for k in keys))
        claim[rows] = codes
        ranks = _ranks(lo[rows], hi[rows])
        sorters: list[np.ndarray] = []
        agreeing[rows], elsewhere[rows], conflicting[rows] = _counts(
            codes, facts["source_id"].to_numpy(dtype=object)[rows], ranks, sorters,
            (source_codes[rows], len(source_names)))
        bound_ranks = (rows, *ranks, sorters)
    claims = Claims(facts, np.asarray(metric_ids, dtype=object), claim, labels, lo, hi, agreeing, elsewhere,
                    conflicting, factors, units)
    claims._bound_ranks = bound_ranks
    claims._source_codes = np.asarray(source_codes, dtype=np.int64)
    return claims


# What a fact's claim, interval and counts are made from: a fact whose values here are unchanged keeps them.
_SAME_TEXT = ("city", "period", "base_unit", "kind", "source_id", "unit", "qualifier", "as_printed")
_SAME_NUMBER = ("value", "value_base")


def merge_claims(old: Claims, facts: pd.DataFrame, metric_ids: np.ndarray,
                 units: Mapping[str, Unit] | None = None) -> Claims | None:
    """The claims of ``facts`` made from ``old`` (the claims of an earlier frame of the same folder): facts of
    the same id and values keep their claim and interval, only the claims that gained, lost or changed a
    fact are counted again. None when the frames cannot be matched by id (an id repeats).

    The result says of every fact what ``build_claims(facts, ...)`` says (claims may be numbered otherwise).
    """
    before = old.facts
    old_ids, new_ids = pd.Index(before["id"].to_numpy(dtype=object)), pd.Index(facts["id"].to_numpy(dtype=object))
    if not (len(old_ids) and old_ids.is_unique and new_ids.is_unique):
        return None
    metric_ids = np.asarray(metric_ids, dtype=object)
    factors = _factors(facts, units)
    # The facts the file had are usually the first rows of both frames (an import appends): those match by
    # position, and only the rest are looked up by id (ids are unique, so no later id is one of the prefix's).
    shared = min(len(old_ids), len(new_ids))
    differ = np.flatnonzero(old_ids[:shared].to_numpy() != new_ids[:shared].to_numpy())
    prefix = int(differ[0]) if len(differ) else shared
    pos = np.r_[np.arange(prefix), old_ids[prefix:].get_indexer(new_ids[prefix:])]
    pos[prefix:] = np.where(pos[prefix:] >= 0, pos[prefix:] + prefix, -1)
    same = pos >= 0
    at = pos[same]
    kept = np.flatnonzero(same)
    equal = (old.metric_id[at] == metric_ids[kept]) & (old.factors[at] == factors[kept])
    for name in _SAME_TEXT:
        equal &= before[name].to_numpy(dtype=object)[at] == facts[name].to_numpy(dtype=object)[kept]
    for name in _SAME_NUMBER:
        a, b = before[name].to_numpy(dtype=float)[at], facts[name].to_numpy(dtype=float)[kept]
        equal &= (a == b) | (np.isnan(a) & np.isnan(b))
    same[kept[~equal]] = False
    pos = np.where(same, pos, -1)
    changed = np.flatnonzero(~same)
    gone = np.ones(len(before), dtype=bool)
    gone[pos[same]] = False

    claim = np.where(same, old.claim[np.maximum(pos, 0)], -1)
    lo, hi = old.lo[np.maximum(pos, 0)].copy(), old.hi[np.maximum(pos, 0)].copy()
    labels = old.labels
    if len(changed):
        part = facts.iloc[changed]
        eligible, lo[changed], hi[changed] = _eligible_and_intervals(part, factors[changed])
        rows = changed[eligible]
        if len(rows):
            # The key of each old claim with facts, read from its first fact; a new key gets the next code.
            inside = np.flatnonzero(old.claim >= 0)
            first_of = np.full(len(labels), len(before), dtype=np.int64)
            np.minimum.at(first_of, old.claim[inside], inside)
            codes_old = np.flatnonzero(first_of < len(before))
            firsts = first_of[codes_old]
            keys = [facts["city"].to_numpy(dtype=object)[rows], metric_ids[rows],
                    _key_period(facts, rows), facts["base_unit"].to_numpy(dtype=object)[rows]]
            found = np.full(len(rows), -1, dtype=np.int64)
            if len(firsts):
                known = pd.MultiIndex.from_arrays([before["city"].to_numpy(dtype=object)[firsts],
                                                   old.metric_id[firsts], _key_period(before, firsts),
                                                   before["base_unit"].to_numpy(dtype=object)[firsts]])
                at_known = known.get_indexer(pd.MultiIndex.from_arrays(keys))
                found = np.where(at_known >= 0, codes_old[np.maximum(at_known, 0)], -1)
            fresh = np.flatnonzero(found < 0)
            if len(fresh):
                new_codes = _key_codes([k[fresh] for k in keys])
                first_new = np.unique(new_codes, return_index=True)[1]
                labels = np.concatenate([labels, _labels(*(k[fresh][first_new] for k in keys))])
                found[fresh] = len(old.labels) + new_codes
            claim[rows] = found
    affected = np.unique(np.concatenate([claim[changed], old.claim[gone]]))
    affected = affected[affected >= 0]
    agreeing = np.where(same, old.agreeing[np.maximum(pos, 0)], 0)
    elsewhere = np.where(same, old.agreeing_elsewhere[np.maximum(pos, 0)], 0)
    conflicting = np.where(same, old.conflicting[np.maximum(pos, 0)], 0)
    if len(affected):
        rows = np.flatnonzero(np.isin(claim, affected))
        codes = np.searchsorted(affected, claim[rows])
        agreeing[rows], elsewhere[rows], conflicting[rows] = _counts(
            codes, facts["source_id"].to_numpy(dtype=object)[rows], _ranks(lo[rows], hi[rows]))
    return Claims(facts, metric_ids, claim.astype(np.int64), labels, lo, hi, agreeing.astype(np.int64),
                  elsewhere.astype(np.int64), conflicting.astype(np.int64), factors, units)


def unit_class_problems(facts: pd.DataFrame, metric_ids: np.ndarray, base: FactBase) -> list[Problem]:
    """A warning per (metric, unit) pair whose unit is not of the metric's unit class, with the accepted units."""
    vocab = base.vocab
    if vocab is None or not len(facts):
        return []
    classes = {m.id: m.unit_class for m in vocab.metrics.metrics.values() if m.unit_class}
    # Decided once per distinct (metric id, base unit) pair; a frame made of the stated facts that are wrong only.
    metric_codes, metric_names = factorize_text(metric_ids)
    base_codes, base_names = factorize_text(facts["base_unit"].to_numpy(dtype=object))
    width = np.int64(len(base_names) + 1)  # codes shifted by one: -1 (a missing value) becomes 0
    pair_codes, pairs = pd.factorize((metric_codes + 1) * width + (base_codes + 1))
    misfit = np.zeros(len(pairs), dtype=bool)
    for k, packed in enumerate(pairs.tolist()):
        m, b = (code - 1 for code in divmod(packed, int(width)))
        expected = classes.get(metric_names[m]) if m >= 0 else None
        misfit[k] = expected is not None and (b < 0 or expected != base_names[b])
    picked = np.flatnonzero(misfit[pair_codes] & ~facts["derived"].to_numpy(dtype=bool))
    if not len(picked):
        return []
    wrong = pd.DataFrame({"metric_id": metric_ids[picked], "metric": facts["metric"].to_numpy(dtype=object)[picked],
                          "unit": facts["unit"].to_numpy(dtype=object)[picked],
                          "base": facts["base_unit"].to_numpy(dtype=object)[picked],
                          "line": facts["line"].to_numpy(dtype=object)[picked],
                          "id": facts["id"].to_numpy(dtype=object)[picked]})
    problems = []
    for (mid, text, unit), rows in wrong.groupby(["metric_id", "metric", "unit"], sort=False):
        metric = vocab.metrics.metrics[str(mid)]
        accepted = ", ".join(u.name for u in vocab.units.values() if u.base == metric.unit_class)
        line = rows["line"].iloc[0]
        problems.append(Problem(
            "facts.csv", None if pd.isna(line) else int(line), str(rows["id"].iloc[0]),
            f"metric {text!r} is {metric.id!r} ({metric.name}), measured in {metric.unit_class}, but unit {unit!r} "
            f"is in {rows['base'].iloc[0]} ({len(rows)} fact(s)); it is compared only with facts in the same unit "
            f"class. Units of {metric.unit_class}: {accepted}", "warning"))
    return problems


def add_claims(base: FactBase, previous: Claims | None = None) -> None:
    """Match every fact's metric to the metrics table and build ``base.claims`` (called on load).

    ``previous``: the claims of an earlier load of the same folder (before an import added facts): only the
    claims the new or changed facts fall in are counted again (``merge_claims``)."""
    facts = base.facts
    units = base.vocab.units if base.vocab is not None else None
    if base.vocab is not None:
        metric_ids = base.vocab.metrics.metric_ids(facts["metric"].to_numpy(dtype=object),
                                                   facts["derived"].to_numpy(dtype=bool))
        # A rebuild (the facts were replaced) finds the same warnings again: list each once.
        known = set(base.problems)
        base.problems.extend(p for p in unit_class_problems(facts, metric_ids, base) if p not in known)
    else:
        metric_ids = facts["metric"].astype(str).str.strip().to_numpy(dtype=object)
    merged = merge_claims(previous, facts, metric_ids, units) if previous is not None else None
    base.claims = merged if merged is not None else build_claims(facts, metric_ids, units)


def claims_of(base: FactBase) -> Claims:
    """``base.claims``, built again when ``base.facts`` was replaced since (an import adds facts)."""
    if base.claims is None or base.claims.facts is not base.facts:
        add_claims(base)
    assert base.claims is not None
    return base.claims


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _plain(text: str) -> str:
    """Text from data as one terminal line: control characters shown as their symbols (never run)."""
    return _CONTROL.sub(lambda m: " " if m.group() in "\t\n\r" else chr(0x2400 + (ord(m.group()) % 0x7f or 0x21)),
                        text)


def conflicts_report(base: FactBase) -> tuple[str, int]:
    """The ``fact-explorer conflicts`` listing: every conflicting pair with both figures, the ratio, the
    sources and the quotes (a derived figure shows its formula); and how many conflicts there are."""
    from explorer.model.numbers import counted, format_figure

    claims = claims_of(base)
    facts = base.facts
    pairs = claims.conflicts()
    ids = facts["id"].to_numpy(dtype=object)

    def figure(row: int) -> str:
        fact = facts.iloc[row]
        shown = format_figure(float(fact["value"]), str(fact["unit"]), str(fact["qualifier"]), bool(fact["derived"]))
        return f"{ids[row]} {shown} ({fact['source_id']})"

    def said(row: int) -> str:
        fact = facts.iloc[row]
        if bool(fact["derived"]):
            return f"computed: {fact['formula']}"
        return f"“{fact['quote']}”"

    lines: list[str] = []
    last = None
    for claim, a, b, ratio, slip in zip(pairs["claim"].tolist(), pairs["row_a"].tolist(), pairs["row_b"].tolist(),
                                        pairs["ratio"].tolist(), pairs["slip"].tolist()):
        note = claims.slip_note(a, b, slip)
        if claim != last:
            lines.append(_plain(str(claim)))
            last = claim
        lines.append(_plain(f"  {figure(a)} vs {figure(b)}: {ratio_text(ratio)}" + (f"; {note}" if note else "")))
        lines.append(_plain(f"    {ids[a]}: {said(a)}"))
        lines.append(_plain(f"    {ids[b]}: {said(b)}"))
    total = int(claims.conflicting.sum()) // 2
    n_claims = len(set(pairs["claim"].tolist()))
    summary = f"{counted(total, 'conflict')} in {counted(n_claims, 'claim')}"
    if total > len(pairs):
        summary += (f"; {total - len(pairs):,} more in claims of over {NEIGHBOURS + 1} facts are not listed "
                    f"(each fact is compared with its {NEIGHBOURS} nearest figures on each side)")
    lines.append(summary if total else "no conflicts: every claim's figures agree")
    return "\n".join(lines) + "\n", total


def fact_claim(base: FactBase, fact_id: str) -> FactClaim | None:
    """What the claims say about one fact, for the window's detail panel; None for an unknown id.

    The window's other needs, row for row of ``base.facts`` (``claims_of(base)``): ``agreement``
    (a table column, and ``== "conflict"`` as the conflicts-only filter), ``claim_text()``,
    ``metric_id``; ``columns()`` gives the export's texts.
    """
    row = base.row_of(fact_id)
    return None if row is None else claims_of(base).for_fact(row)

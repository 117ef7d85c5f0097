"""What the window shows of the claims: a sortable agreement column, and one claim's facts side by side.

``agreement_view(base)`` is built once per fact base with whole-array work (a few sorts): per fact a
kind (conflict / corroborated / single / not compared), the column's text, its sort key, how many
sources agree, the ratio to the nearest figure of another source; and the facts sorted by claim and
value, so ``claim_entries(base, row)`` lists a fact's claim in time proportional to that claim (never
to the fact base: ``Claims.relations`` pairs every fact of the base at once).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from explorer.model.claims.grouping import CLAIM_ARRAYS, Claims, claims_of, ratio_text, search_sorted_queries
from explorer.model.load.codes import factorize_text

if TYPE_CHECKING:
    from explorer.model.load.records import FactBase

NOT_COMPARED, SINGLE, CORROBORATED, CONFLICT = 0, 1, 2, 3
SLIP_POWERS = (1, 2, 3, 4)
# A claim panel lists up to this many facts of the claim on each side of the selected one (nearest in value).
ENTRIES_EACH_SIDE = 25


@dataclass
class AgreementView:
    """Per fact (row for row of ``claims.facts``) what the fact table's Agreement column needs."""

    claims: Claims
    kind: np.ndarray  # int8: NOT_COMPARED, SINGLE, CORROBORATED or CONFLICT
    text: np.ndarray  # object: "✓ 3 sources", "⚠ conflict ×3", "⚠ ×10 unit slip?", "single", ""
    sort_key: np.ndarray  # float: conflicts first (biggest ratio first), then corroborated (most sources first)
    sources: np.ndarray  # int32: sources whose figure agrees with this one, its own included
    ratio: np.ndarray  # float32: this value / the nearest figure of another source (nan where none)
    slip: np.ndarray  # int8: k where that ratio is a likely unit slip of 10^k, else 0
    order: np.ndarray  # positions of the facts in a claim, by claim then value
    starts: np.ndarray  # int64: where each claim code's facts start in ``order`` (one more entry at the end)
    position: np.ndarray  # int32: each fact's place in ``order`` (-1 for a fact in no claim)

    @property
    def conflict_mask(self) -> np.ndarray:
        mask: np.ndarray = self.kind == CONFLICT
        return mask

    @property
    def conflicts(self) -> int:
        """How many facts are in conflict (another fact contradicts them, no other source agrees)."""
        return int(np.count_nonzero(self.kind == CONFLICT))


def _overlapping_segments(codes: np.ndarray, groups: np.ndarray, ranks: tuple[np.ndarray, np.ndarray, np.int64],
                          sorters: list[np.ndarray] | None = None) -> np.ndarray:
    """For each fact, how many sources of its claim have a figure overlapping its interval (its own included).

    Each (claim, source) group's intervals are merged into disjoint segments, then the segments of the
    fact's claim that overlap it are counted by binary search. Exact unless one source states two figures
    of a claim that do not agree with each other yet both agree with this one (then that source counts twice;
    the caller caps the count). ``ranks``: each fact's bounds as ranks among all bounds (``Claims.take_bound_ranks``):
    integers keep the order, and (group, rank) packs into one int64. ``sorters``: argsorts of code * width + each
    rank, lo's then hi's (``Claims.take_bound_ranks``), if the claims kept them.
    """
    n = len(codes)
    if not n:
        return np.zeros(0, dtype=np.int64)
    r_lo, r_hi, width = ranks
    by = np.argsort(groups * width + r_lo, kind="stable")
    g, slo, shi = groups[by], r_lo[by], r_hi[by]
    # The running end of each group's merged interval: a running maximum of (group, end) keys, as groups ascend.
    reach = np.maximum.accumulate(g * width + shi) - g * width
    new = np.r_[True, (g[1:] != g[:-1]) | (slo[1:] > reach[:-1])]
    last = np.r_[new[1:], True]
    s_lo, s_hi = slo[new], reach[last]
    seg_code = codes[by][new]
    base_s = seg_code.astype(np.int64) * width
    keys_lo, keys_hi = np.sort(base_s + s_lo), np.sort(base_s + s_hi)
    codes = codes.astype(np.int64)
    base_f = codes * width
    # Where each claim's segments start, once per claim; the facts' own bounds searched in sorted order (faster).
    claim_starts = np.arange(int(codes.max()) + 1, dtype=np.int64) * width
    first_lo = np.searchsorted(keys_lo, claim_starts, "left")[codes]
    first_hi = np.searchsorted(keys_hi, claim_starts, "left")[codes]
    by_low, by_high = sorters if sorters is not None else (None, None)
    starting = search_sorted_queries(keys_lo, base_f + r_hi, "right", by_high) - first_lo
    ending_before = search_sorted_queries(keys_hi, base_f + r_lo, "left", by_low) - first_hi
    counts: np.ndarray = (starting - ending_before).astype(np.int64)
    return counts


def _slips(lo_a: np.ndarray, hi_a: np.ndarray, lo_b: np.ndarray, hi_b: np.ndarray, ratio: np.ndarray) -> np.ndarray:
    """k where a scaled by 10^-k agrees with b (a likely unit slip), 0 where no power of ten makes them agree."""
    with np.errstate(divide="ignore", invalid="ignore"):
        k = np.round(np.log10(np.abs(ratio)))
    k = np.where(np.isfinite(k), k, 0).astype(np.int64)
    ok = np.isin(np.abs(k), SLIP_POWERS)
    s = 10.0 ** k.astype(float)
    fits = ok & (lo_a / s <= hi_b) & (lo_b <= hi_a / s)
    return np.where(fits, k, 0)


def build_agreement_view(claims: Claims) -> AgreementView:
    facts = claims.facts
    n = len(claims.claim)
    code = claims.claim
    inside = np.flatnonzero(code >= 0)
    kind = np.full(n, NOT_COMPARED, dtype=np.int8)
    kind[inside] = SINGLE  # then as Claims.agreement says: another source agrees, else another fact disagrees
    kind[(claims.conflicting > 0) & (code >= 0)] = CONFLICT
    kind[(claims.agreeing_elsewhere > 0) & (code >= 0)] = CORROBORATED
    value = facts["value_base"].to_numpy(dtype=float) if n else np.zeros(0)
    source_codes = claims.take_source_codes() if n else np.zeros(0, np.int64)

    # By claim, then value, ties in row order: np.lexsort((value, code))'s order, made by two stable sorts (~0.3 s
    # against lexsort's ~0.4 s at 10^6 rows)
    by_value = np.argsort(value[inside], kind="stable")
    order = inside[by_value[np.argsort(code[inside][by_value], kind="stable")]]
    n_claims = len(claims.labels)
    starts = np.searchsorted(code[order], np.arange(n_claims + 1)).astype(np.int64)
    position = np.full(n, -1, dtype=np.int64)
    position[order] = np.arange(len(order))

    # Sources agreeing, its own included: capped by the facts of other sources that agree (never more).
    sources = np.ones(n, dtype=np.int64)
    if len(inside):
        packed = code[inside] * np.int64(int(source_codes.max()) + 1) + source_codes[inside]
        # numbered in any order (each group is only told apart): hashing, not np.unique's sort
        groups = pd.factorize(packed)[0].astype(np.int64)  # small codes: (group, rank) fits int64
        r_lo, r_hi, width, sorters = claims.take_bound_ranks(inside)
        counted = _overlapping_segments(code[inside], groups, (r_lo, r_hi, width), sorters)
        sources[inside] = np.minimum(np.maximum(counted, 1), 1 + claims.agreeing_elsewhere[inside])

    # The nearest figure of another source in value, for a conflict's ratio: in ``order``, the last fact of the
    # run of one source before this run, or the first after it (within the claim).
    ratio = np.full(n, np.nan)
    slip = np.zeros(n, dtype=np.int64)
    if len(order):
        g, s, v = code[order], source_codes[order], value[order]
        run_start = np.r_[True, (g[1:] != g[:-1]) | (s[1:] != s[:-1])]
        run_id = np.cumsum(run_start) - 1
        first_of_run = np.flatnonzero(run_start)
        last_of_run = np.r_[first_of_run[1:] - 1, len(order) - 1]
        prev = np.where(run_id > 0, last_of_run[np.maximum(run_id - 1, 0)], -1)
        nxt = np.where(run_id + 1 < len(first_of_run), first_of_run[np.minimum(run_id + 1, len(first_of_run) - 1)], -1)
        prev = np.where((prev >= 0) & (g[np.maximum(prev, 0)] == g), prev, -1)
        nxt = np.where((nxt >= 0) & (g[np.maximum(nxt, 0)] == g), nxt, -1)
        with np.errstate(divide="ignore", invalid="ignore"):
            d_prev = np.where(prev >= 0, np.abs(np.log(np.abs(v / v[np.maximum(prev, 0)]))), np.inf)
            d_next = np.where(nxt >= 0, np.abs(np.log(np.abs(v / v[np.maximum(nxt, 0)]))), np.inf)
        d_prev, d_next = np.nan_to_num(d_prev, nan=np.inf), np.nan_to_num(d_next, nan=np.inf)
        near = np.where(d_next < d_prev, nxt, prev)
        # A claim stated by one source only (it contradicts itself): the nearest fact at all.
        alone = near < 0
        if alone.any():
            at = np.arange(len(order))
            before = np.where((at > 0) & (np.r_[False, g[1:] == g[:-1]]), at - 1, -1)
            after = np.where((at < len(order) - 1) & (np.r_[g[:-1] == g[1:], False]), at + 1, -1)
            near = np.where(alone, np.where(after >= 0, after, before), near)
        has = near >= 0
        rows, others = order[has], order[near[has]]
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio[rows] = value[rows] / value[others]
        slip[rows] = _slips(claims.lo[rows], claims.hi[rows], claims.lo[others], claims.hi[others], ratio[rows])

    text = np.full(n, "", dtype=object)
    text[kind == SINGLE] = "single"
    corroborated = np.flatnonzero(kind == CORROBORATED)
    if len(corroborated):
        codes_, uniques = factorize_text(sources[corroborated])
        text[corroborated] = np.array([f"✓ {k} sources" for k in uniques], dtype=object)[codes_]
    conflict = np.flatnonzero(kind == CONFLICT)
    if len(conflict):
        # Short enough for a narrow column: a likely unit slip says so instead of "conflict" (the colour and ⚠ stay).
        slipped = slip[conflict] != 0
        if len(conflict) < 1000:
            shown = np.array([ratio_text(r) for r in ratio[conflict]], dtype=object)
            text[conflict] = np.where(slipped, "⚠ " + shown + " unit slip?", "⚠ conflict " + shown)
        else:  # once per distinct ratio as shown (and slip or not), not per fact
            codes_, uniques = pd.factorize(np.round(ratio[conflict], 3))
            codes_ = np.where(codes_ < 0, len(uniques) - 1, codes_)  # nan: as a take of code -1 gave (the last)
            shown = np.array([ratio_text(float(u)) for u in uniques], dtype=object)
            texts = np.concatenate([np.asarray("⚠ conflict " + shown, dtype=object),
                                    np.asarray("⚠ " + shown + " unit slip?", dtype=object)])
            text[conflict] = texts[codes_ + len(uniques) * slipped]

    with np.errstate(divide="ignore", invalid="ignore"):
        spread = np.nan_to_num(np.abs(np.log10(np.abs(ratio))), nan=0.0, posinf=0.0)
    rank = {CONFLICT: 0, CORROBORATED: 1, SINGLE: 2, NOT_COMPARED: 3}
    sort_key = np.select([kind == k for k in rank], [float(r) for r in rank.values()]) * 1e6
    sort_key = sort_key - np.where(kind == CONFLICT, np.minimum(spread, 999.0), 0.0) \
        - np.where(kind == CORROBORATED, np.minimum(sources, 999_999), 0)
    # Kept for the life of the fact base: the narrowest types that hold them (a million facts: ~40 MB, not ~80).
    return AgreementView(claims, kind, text, sort_key.astype(float), sources.astype(np.int32), ratio.astype(np.float32),
                         slip.astype(np.int8), order.astype(np.int32), starts, position.astype(np.int32))


def agreement_view(base: FactBase) -> AgreementView:
    """The agreement view of ``base``'s claims, built once (the load's worker builds it, off the UI thread)."""
    claims = claims_of(base)
    kept = base.caches.agreement
    if kept is None or kept[0] is not claims:
        kept = (claims, build_agreement_view(claims))
        base.caches.agreement = kept
    return kept[1]


_VIEW_ARRAYS = tuple(f.name for f in fields(AgreementView) if f.name != "claims")


def claims_arrays(base: FactBase) -> dict[str, np.ndarray]:
    """``base``'s claims and agreement view as named arrays, for the cache (``restore_claims`` reads them)."""
    view = agreement_view(base)
    claims = view.claims
    arrays = {f"claims.{name}": getattr(claims, name) for name in CLAIM_ARRAYS}
    arrays.update({f"view.{name}": getattr(view, name) for name in _VIEW_ARRAYS})
    return arrays


def restore_claims(base: FactBase, arrays: dict[str, np.ndarray]) -> bool:
    """Set ``base.claims`` and its agreement view from ``claims_arrays``' output; False (nothing set) when
    they do not fit ``base.facts`` (another version wrote them, or they are missing)."""
    n = len(base.facts)
    try:
        made = {name: np.asarray(arrays[f"claims.{name}"]) for name in CLAIM_ARRAYS}
        shown = {name: np.asarray(arrays[f"view.{name}"]) for name in _VIEW_ARRAYS}
    except KeyError:
        return False
    per_fact = [made[k] for k in CLAIM_ARRAYS if k != "labels"] + [shown[k] for k in _VIEW_ARRAYS if k != "starts"]
    if any(len(a) != n for a in per_fact if a is not shown["order"]) or len(shown["starts"]) != len(made["labels"]) + 1:
        return False
    claims = Claims(base.facts, units=base.vocab.units if base.vocab is not None else None, **made)
    base.claims = claims
    base.caches.agreement = (claims, AgreementView(claims, **shown))
    return True


@dataclass(frozen=True)
class Entry:
    """One fact of a claim, seen from the selected fact."""

    row: int  # position in base.facts
    fact_id: str
    source_id: str
    selected: bool  # the fact the claim is seen from
    agrees: bool  # its interval overlaps the selected fact's (always True for the selected fact)
    ratio: float  # this entry's value / the selected fact's
    slip: int  # k where the entry and the selected fact agree once scaled by 10^k, else 0
    note: str  # the slip in words, seen from the selected fact ("" for none)


@dataclass(frozen=True)
class ClaimEntries:
    claim: str  # "" when the fact is in no claim
    kind: int
    entries: tuple[Entry, ...]  # the selected fact first, then those that agree, then those in conflict
    more: int  # facts of the claim not listed (beyond ENTRIES_EACH_SIDE on each side)


def claim_entries(base: FactBase, row: int, each_side: int = ENTRIES_EACH_SIDE) -> ClaimEntries:
    """The facts of ``row``'s claim nearest it in value (all of a small claim), in time proportional to the claim."""
    view = agreement_view(base)
    claims = view.claims
    facts = claims.facts
    code = int(claims.claim[row])
    if code < 0:
        members: list[int] = []
        start = end = lo = hi = 0
    else:
        start, end = int(view.starts[code]), int(view.starts[code + 1])
        at = int(view.position[row])
        lo, hi = max(start, at - each_side), min(end, at + each_side + 1)
        members = [int(r) for r in view.order[lo:hi] if r != row]
    # The listed facts' cells as numpy arrays, taken at once: a pandas lookup per cell (three per listed fact,
    # up to 51 facts) was most of a selection's Sources panel. ``to_numpy`` of these columns copies nothing.
    listed_rows = np.array([row, *members], dtype=np.int64)
    ids = facts["id"].to_numpy()[listed_rows]
    sources = facts["source_id"].to_numpy()[listed_rows]
    values = facts["value_base"].to_numpy(dtype=float)[listed_rows]
    c_lo, c_hi = claims.lo[listed_rows], claims.hi[listed_rows]
    agrees = (c_lo <= c_hi[0]) & (c_lo[0] <= c_hi)
    v_row = values[0]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratios = values / v_row if v_row else np.full(len(values), np.nan)
        back = np.where(values != 0, v_row / np.where(values != 0, values, 1.0), np.nan)
    slips = np.where(agrees, 0, _slips(np.full(len(values), c_lo[0]), np.full(len(values), c_hi[0]), c_lo, c_hi, back))

    def entry(i: int) -> Entry:
        other, selected, slip = int(listed_rows[i]), i == 0, int(slips[i])
        return Entry(other, str(ids[i]), str(sources[i]), selected, selected or bool(agrees[i]), float(ratios[i]),
                     slip, claims.slip_note(row, other, slip) if slip else "")

    listed = [entry(i) for i in range(len(listed_rows))]
    if code < 0:
        return ClaimEntries("", int(view.kind[row]), (listed[0],), 0)
    others = sorted(listed[1:], key=lambda e: (not e.agrees, _distance(e.ratio), e.row))
    ordered = [listed[0], *others]
    return ClaimEntries(str(claims.labels[code]), int(view.kind[row]), tuple(ordered), (end - start) - (hi - lo))


def _distance(ratio: float) -> float:
    """How far a ratio is from 1, either way (nan last)."""
    return abs(float(np.log(abs(ratio)))) if np.isfinite(ratio) and ratio != 0 else float("inf")


def also_stated_by(base: FactBase, row: int) -> list[str]:
    """Other sources whose figure agrees with the fact at ``row`` (nearest first, each once)."""
    if agreement_view(base).kind[row] != CORROBORATED:
        return []
    own = str(base.facts["source_id"].iat[row])
    found = [e.source_id for e in claim_entries(base, row).entries if e.agrees and not e.selected]
    return [s for s in dict.fromkeys(found) if s != own]

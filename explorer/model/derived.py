"""Figures computed from two stated figures, labelled as derived with their formula.

Each derived figure is also checked against what the text claims about it (a stated
growth rate, "more than doubled"); a claim the arithmetic contradicts is reported.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from explorer.model import schema
from explorer.model.load.codes import factorize_text
from explorer.model.load.records import facts_frame
from explorer.model.load.tables import Problem
from explorer.model.numbers import (
    FORECASTS,
    format_figure,
    format_figures,
    format_number,
    format_value_unit,
    is_year_period,
    round_many,
    to_base,
)
from explorer.model.pairs import DERIVED_SERIES, series_ends, tuple_codes

if TYPE_CHECKING:
    from explorer.model.load.records import FactBase

# Which way the true value may lie from the stated one: +1 at least this, -1 at most this, 0 exactly.
_DIRECTION = {"exact": 0, "": 0, "over": 1, "expected_over": 1, "under": -1}
_KIND = {"exact": "", "over": "a lower bound (at least this)", "expected_over": "a lower bound (at least this)",
         "under": "an upper bound (at most this)", "approximately": "approximate",
         "forecast": "a forecast"}


def combined_qualifier(inputs: list[tuple[str, int]]) -> str:
    """The qualifier of a figure computed from inputs given as (qualifier, sign).

    ``sign`` is +1 when the result grows with that input and -1 when it shrinks (``new`` in
    new/old - 1 is +1, ``old`` is -1). A lower bound moved the result's way stays a lower bound
    (over ``x`` in a numerator), against it becomes an upper bound (over ``x`` as a divisor);
    bounds pulling in opposite directions, or any approximate input, make the result approximate.
    A forecast ("expected to exceed") makes a forecast lower bound, or else an approximate figure.
    """
    if any(q == "forecast" for q, _ in inputs):
        return "forecast"  # computed from a forecast or target: a forecast too, never an outcome
    directions = set()
    for qualifier, sign in inputs:
        if qualifier not in _DIRECTION:
            return "approximately"  # approximately, range, or anything else that is no bound
        if _DIRECTION[qualifier]:
            directions.add(_DIRECTION[qualifier] * sign)
    forecast = any(q == "expected_over" for q, _ in inputs)
    if forecast:  # computed from "expected to exceed": a lower bound when it pushes the result up, else a forecast
        return "expected_over" if directions == {1} else "forecast"
    if len(directions) > 1:
        return "approximately"
    if directions == {1}:
        return "over"
    if directions == {-1}:
        return "under"
    return "exact"


def by_value(qualifier: str, value: float) -> str:
    """The qualifier as a bound of the value: a bound of a negative figure bounds its size ("fell by over 15%", -15
    over, is at most -15: "under" by value; "expected to fall by over 15%" a forecast with no bound by value)."""
    if value >= 0:
        return qualifier
    return {"over": "under", "under": "over", "expected_over": "forecast"}.get(qualifier, qualifier)


def _bound_note(qualifier: str, *shown: str) -> str:
    """What the inputs' qualifiers make of the result ("" when it is exact)."""
    if qualifier == "exact":
        return ""
    return f"the inputs are {' and '.join(repr(s) for s in shown)}, so this is {_KIND[qualifier]}"


def derived_id(rule: str, inputs: str) -> str:
    """A derived figure's id, made from what it is computed from: ``D:change:F02:F01``.

    It names the rule and the input ids (themselves ids a person gave), so it never changes
    when other sources are added or removed; only a change of its own inputs changes it.
    """
    return ":".join(("D", rule, *inputs.split(";")))


def _derived(base: FactBase, template: Mapping[str, Any], rule: str, **fields: object) -> dict[str, object]:
    record: dict[str, object] = {c: template[c] for c in ("source_id", "city", "sector", "entity")}
    # kind says how it was had (computed), the qualifier how sure it is: "over 42.9% (derived)".
    record.update(kind="derived", qualifier="exact", as_printed="", quote="", start=None, end=None,
                  note="", derived=True, line=None)
    record.update(fields)
    record["id"] = derived_id(rule, str(record["inputs"]))
    value = float(record["value"])  # type: ignore[arg-type]
    record["value_base"], record["base_unit"] = to_base(value, str(record["unit"]),
                                                        base.vocab.units if base.vocab is not None else None)
    return record


def _before_after(stated: pd.DataFrame) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The reference's pairs (``_pairs``) as records, the year figures found by a call per fact."""
    yearly = stated[(stated["kind"] == "figure") & stated["period"].map(is_year_period).astype(bool)]
    if yearly.empty:
        return []
    first, last = _pairs(yearly)
    picked = yearly.iloc[np.concatenate([first, last])]
    columns = ("id", "source_id", "city", "sector", "entity", "metric", "value", "unit", "qualifier", "period")
    records = [dict(zip(columns, values)) for values in zip(*(picked[c].tolist() for c in columns))]
    return list(zip(records[: len(first)], records[len(first):]))


def _pairs(yearly: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of the same entity and metric stated for two different years: rows (earliest, latest) of ``yearly``.

    Each source's own series first: another source's figure never changes what a source's figures
    imply, nor the derived figure's id. Then a series that only sources together span (an earlier
    year from one, a later from another) when its earliest and its latest year are each given by
    one figure alone; where two sources give the latest year, which to take is not for us to say.
    """
    series = list(DERIVED_SERIES)
    year = yearly["period"].to_numpy(dtype=object).astype(np.int64)
    # Numbered in order of first appearance, as series_ends wants; each column factorized once.
    keys = {c: factorize_text(yearly[c].to_numpy(dtype=object)) for c in ("source_id", *series)}
    codes = tuple_codes([keys[c] for c in series])
    first, last = series_ends(tuple_codes([keys[c] for c in ("source_id", *series)]), year)
    lowest = np.full(int(codes.max(initial=-1)) + 1, np.iinfo(np.int64).max, dtype=np.int64)
    highest = np.full(len(lowest), np.iinfo(np.int64).min, dtype=np.int64)
    np.minimum.at(lowest, codes, year)
    np.maximum.at(highest, codes, year)
    at_low = (year == lowest[codes]).astype(np.int64)
    at_high = (year == highest[codes]).astype(np.int64)
    alone = (np.bincount(codes, weights=at_low)[codes] == 1) & (np.bincount(codes, weights=at_high)[codes] == 1)
    cross_first, cross_last = series_ends(codes, year)
    sources = yearly["source_id"].to_numpy(dtype=object)
    keep = alone[cross_first] & (sources[cross_first] != sources[cross_last])
    return np.concatenate([first, cross_first[keep]]), np.concatenate([last, cross_last[keep]])


_YEAR_SPAN = re.compile(r"^\d{4}\s*[–-]\s*\d{4}$")


def _spans(stated: pd.DataFrame) -> pd.DataFrame:
    """Only a % figure for a span of years can state a pair's growth: the facts to look among."""
    percent = np.flatnonzero(stated["unit"].to_numpy(dtype=object) == "%")
    # A million facts name a few periods: each distinct one is matched once.
    codes, periods = factorize_text(stated["period"].to_numpy(dtype=object)[percent])
    span = np.array([isinstance(p, str) and _YEAR_SPAN.search(p) is not None for p in periods] + [False])[codes]
    return stated.iloc[percent[span]]


def _growth_claim(stated: pd.DataFrame, first: Mapping[str, Any], last: Mapping[str, Any]) -> pd.Series | None:
    """The stated growth over the pair's span that the derived change is checked against: a forecast's against a
    forecast, an outcome's against an outcome (a target missed is no contradiction, nor met a confirmation)."""
    if stated.empty:
        return None
    forecast = first["qualifier"] in FORECASTS or last["qualifier"] in FORECASTS
    span = re.compile(rf"^{first['period']}\s*[–-]\s*{last['period']}$")
    rows = stated[(stated["entity"] == first["entity"]) & (stated["unit"] == "%")
                  & (stated["qualifier"].isin(FORECASTS) == forecast)
                  & stated["period"].map(lambda p: bool(span.match(p))).astype(bool)
                  & stated["metric"].str.contains(re.escape(str(first["metric"])), regex=True)]
    return rows.iloc[0] if len(rows) else None


def _check_claim(derived_value: float, claim: pd.Series) -> tuple[bool, str]:
    stated, qual = float(claim["value"]), claim["qualifier"]
    shown = format_figure(stated, claim["unit"], qual)
    size = -1.0 if stated < 0 else 1.0  # (a bound of a negative figure bounds its size: "fell by over 15%")
    ok = {
        "over": derived_value * size > stated * size,
        "under": derived_value * size < stated * size,
        "approximately": abs(derived_value - stated) <= 0.05 * abs(stated) + 0.5,
        "exact": abs(derived_value - stated) < 0.05 + 0.005 * abs(stated),
        "expected_over": derived_value * size > stated * size,
        "forecast": abs(derived_value - stated) <= 0.05 * abs(stated) + 0.5,
    }.get(qual, True)
    verdict = "consistent with" if ok else "CONTRADICTS"
    return ok, f"{verdict} {claim['id']} ('{shown}')"


# The metric ids (data/metrics.csv) of the figures the population rule divides; a metrics table
# without them gives no implied population.
_GDP = "gdp"
_PER_CAPITA_GDP = "per_capita_gdp"


def _metric_ids(base: FactBase, stated: pd.DataFrame) -> np.ndarray:
    """The metrics table's id of each stated fact's metric; None where the table names none."""
    if base.vocab is None or not len(stated):
        return np.full(len(stated), None, dtype=object)
    table = base.vocab.metrics
    codes, texts = factorize_text(stated["metric"].to_numpy(dtype=object))  # a million facts, a few metrics
    ids: np.ndarray = np.array([table.match(str(t)) for t in texts] + [None], dtype=object)[codes]
    return ids


def add_derived(base: FactBase) -> None:
    """Append derived figures to ``base.facts`` and report contradicted claims.

    Whole-column work: the pairs' figures, ids, qualifiers and notes are computed over arrays,
    and only text that needs Python's formatting is made by a call per derived figure.
    """
    facts = base.facts
    keep = ~facts["derived"].to_numpy(dtype=bool) & facts["verified"].to_numpy(dtype=bool)
    stated = facts if keep.all() else facts[keep]  # read only: every fact kept, no copy of a million rows
    parts = [_pair_columns(base, stated)]
    records = _previous_year_records(base, stated) + _population_records(base, stated)
    if records:
        parts.append({c: np.array([r.get(c) for r in records] + [None], dtype=object)[:-1]
                      for c in _DERIVED_COLUMNS})
    columns = {c: np.concatenate([p[c] for p in parts]) for c in _DERIVED_COLUMNS}
    if not len(columns["id"]):
        return
    ids = columns["id"].astype(object)
    stated_ids = base.facts["id"].to_numpy(dtype=object).tolist()  # not the Series: an element at a time
    # Every derived id starts with "D:" (derived_id): only a stated id that does too can be one of them.
    taken = {i for i in stated_ids if i.startswith("D:")} if "\nD:" in "\n" + "\n".join(stated_ids) else set()
    if len(set(ids.tolist())) < len(ids) or not taken.isdisjoint(ids.tolist()):
        ids = np.array(_unique_ids(taken, [str(i) for i in ids]) + [""], dtype=object)[:-1]
    columns["id"] = ids
    base.facts = pd.concat([base.facts, _derived_frame(columns)], ignore_index=True)


# The columns a derived figure fills; the rest of FRAME_COLUMNS are constant (see _derived_frame).
_DERIVED_COLUMNS = ("id", "source_id", "city", "sector", "entity", "metric", "value", "unit", "qualifier",
                    "period", "value_base", "base_unit", "formula", "inputs", "check")


def _derived_frame(columns: Mapping[str, np.ndarray]) -> pd.DataFrame:
    """The derived figures' frame, typed as ``facts_frame`` types it."""
    n = len(columns["id"])
    constant = {"kind": "derived", "as_printed": "", "quote": "", "note": "", "verified": True, "derived": True}
    data: dict[str, object] = {}
    for c in schema.FRAME_COLUMNS:
        if c in columns:
            data[c] = columns[c]
        elif c in constant:
            data[c] = np.full(n, constant[c], dtype=object)
        else:  # start, end, line: a derived figure is in no text
            data[c] = pd.arrays.IntegerArray(np.zeros(n, dtype=np.int64), np.ones(n, dtype=bool))  # all missing
    frame = pd.DataFrame(data)
    for col in ("value", "value_base"):
        frame[col] = frame[col].astype("float64")
    for col in ("verified", "derived"):
        frame[col] = frame[col].astype("bool")
    return frame


def _base_columns(value: np.ndarray, unit: np.ndarray, base: FactBase) -> tuple[np.ndarray, np.ndarray]:
    """``to_base`` over columns: one look-up per distinct unit."""
    codes, names = factorize_text(unit)
    factors: list[float] = []
    bases: list[str] = []
    for name in names:  # an unknown unit is its own base, factor 1
        factor, base_unit = to_base(1.0, str(name), base.vocab.units if base.vocab is not None else None)
        factors.append(factor)
        bases.append(base_unit)
    value_base = value * np.asarray(factors, dtype=float)[codes] if len(names) else value.copy()
    return value_base, np.asarray(bases + [""], dtype=object)[codes]


_YEARLY_COLUMNS = ("id", "source_id", "city", "sector", "entity", "metric", "value", "unit", "qualifier", "period")


def _pair_columns(base: FactBase, stated: pd.DataFrame) -> dict[str, np.ndarray]:
    """Change, ratio and swing of every pair of a series' ends, in the reference's order, as columns."""
    empty = {c: np.zeros(0, dtype=object) for c in _DERIVED_COLUMNS}
    # A million facts name a few hundred periods: each distinct one is looked at once.
    codes, periods = factorize_text(stated["period"].to_numpy(dtype=object))
    year_rows = np.array([is_year_period(str(p)) for p in periods] + [False], dtype=bool)[codes]
    # Only the columns read below are copied: a million facts' quotes are not.
    yearly = stated.loc[(stated["kind"].to_numpy(dtype=object) == "figure") & year_rows, list(_YEARLY_COLUMNS)]
    if yearly.empty:
        return empty
    first, last = _pairs(yearly)
    if not len(first):
        return empty
    col = {c: yearly[c].to_numpy(dtype=object) for c in
           ("id", "source_id", "city", "sector", "entity", "metric", "unit", "qualifier", "period")}
    values = yearly["value"].to_numpy(dtype=float)
    v1, v2 = values[first], values[last]
    # The inputs keep their qualifiers in the formula: "over 1,000.21 billion yuan" is a lower bound.
    at_end = np.zeros(len(yearly), dtype=bool)
    at_end[first] = at_end[last] = True
    used = np.flatnonzero(at_end)  # the rows at an end, ascending (np.unique of first and last, without its sort)
    shown = np.full(len(yearly), "", dtype=object)
    shown[used] = format_figures(values[used], col["unit"][used].tolist(), col["qualifier"][used].tolist())
    a, b = shown[first], shown[last]
    # Growth and ratio rise with the last figure and fall with the first; so does a swing.
    q_codes, q_names = factorize_text(col["qualifier"])
    table = np.array([[combined_qualifier([(str(x), -1), (str(y), 1)]) for y in q_names] for x in q_names],
                     dtype=object).reshape(len(q_names), len(q_names))
    qualifier = table[q_codes[first], q_codes[last]]
    bound = np.full(len(first), "", dtype=object)
    inexact = np.flatnonzero(qualifier != "exact")
    # _bound_note's text, written out for two inputs
    bound[inexact] = [f"the inputs are {x!r} and {y!r}, so this is {_KIND[q]}"
                      for q, x, y in zip(qualifier[inexact].tolist(), a[inexact].tolist(), b[inexact].tolist())]
    inputs = col["id"][first] + ";" + col["id"][last]
    # A derived id names its inputs joined by ":" (derived_id): made once here, for the rules below.
    if ";" in "\n".join(col["id"][used].tolist()):  # ";" inside an input's id: as written
        joined = pd.Series(inputs, dtype=object).str.replace(";", ":", regex=False).to_numpy(dtype=object)
    else:
        joined = col["id"][first] + ":" + col["id"][last]
    span = _joined(col["period"][first], "–", col["period"][last])
    metric = col["metric"][first]

    positive = np.flatnonzero((v1 > 0) & (v2 > 0))
    swing = np.flatnonzero((v1 < 0) & (v2 > 0))
    pct = (v2[positive] - v1[positive]) / v1[positive] * 100
    ratio = v2[positive] / v1[positive]
    change_check = bound[positive].copy()
    spans = _spans(stated)
    if len(spans):
        entities = set(spans["entity"].tolist())
        for k in np.flatnonzero([e in entities for e in col["entity"][first[positive]]]):
            i = positive[k]
            f_row = {c: col[c][first[i]] for c in col}
            l_row = {c: col[c][last[i]] for c in col}
            claim = _growth_claim(spans[spans["entity"] == f_row["entity"]], f_row, l_row)
            if claim is None:
                continue
            ok, verdict = _check_claim(float(pct[k]), claim)
            change_check[k] = "; ".join(filter(None, (verdict, bound[i])))
            if not ok:
                base.problems.append(Problem("facts.csv", int(claim["line"]), str(claim["id"]),
                                             f"the stated figure is contradicted by the arithmetic: "
                                             f"{f_row['id']}→{l_row['id']} gives {pct[k]:.1f}%"))
    pa, pb = a[positive], b[positive]
    sa, sb = a[swing], b[swing]
    swing_value = v2[swing] - v1[swing]
    swing_unit = col["unit"][first[swing]]
    ratio_bound = bound[positive]
    swing_bound = bound[swing]
    rules = {
        "change": dict(
            at=positive * 2, metric=_joined("change in ", metric[positive]),
            value=round_many(pct, 1),
            unit=np.full(len(positive), "%", dtype=object), check=change_check,
            formula=np.array([f"({y} − {x}) / {x} × 100 = {p:.2f}%" for x, y, p in zip(pa, pb, pct.tolist())]
                             + [""], dtype=object)[:-1]),
        "ratio": dict(
            at=positive * 2 + 1,
            metric=_joined("ratio of ", metric[positive], ", ", col["period"][last[positive]], " to ",
                           col["period"][first[positive]]),
            value=round_many(ratio, 2),
            unit=np.full(len(positive), "times", dtype=object),
            check=np.where(ratio > 2, np.where(ratio_bound != "", "more than doubled; " + ratio_bound,
                                               "more than doubled"), ratio_bound).astype(object),
            formula=np.array([f"{y} / {x} = {r:.3f}" for x, y, r in zip(pa, pb, ratio.tolist())]
                             + [""], dtype=object)[:-1]),
        "swing": dict(
            at=swing * 2, metric=_joined("swing in ", metric[swing]), value=swing_value, unit=swing_unit,
            check=np.where(swing_bound != "", "from a loss to a profit; " + swing_bound,
                           "from a loss to a profit").astype(object),
            formula=np.array([f"{y} − ({x}) = {format_value_unit(d, u)}"
                              for x, y, d, u in zip(sa, sb, swing_value.tolist(), swing_unit)]
                             + [""], dtype=object)[:-1]),
    }
    parts: list[dict[str, np.ndarray]] = []
    for rule, made in rules.items():
        rows = {"change": positive, "ratio": positive, "swing": swing}[rule]
        at = first[rows]
        part = {c: col[c][at] for c in ("source_id", "city", "sector", "entity")}
        part.update({k: v for k, v in made.items() if k != "at"})
        part.update(qualifier=qualifier[rows], period=span[rows], inputs=inputs[rows], order=made["at"])
        part["id"] = f"D:{rule}:" + joined[rows]
        part["value_base"], part["base_unit"] = _base_columns(part["value"], part["unit"], base)
        parts.append(part)
    order = np.argsort(np.concatenate([p["order"] for p in parts]), kind="stable")
    return {c: np.concatenate([np.asarray(p[c], dtype=float if c in ("value", "value_base") else object)
                               for p in parts])[order] for c in _DERIVED_COLUMNS}


def _joined(*parts: str | np.ndarray) -> np.ndarray:
    """The texts and arrays of texts given, joined row by row; each distinct row's text made once and shared by its
    rows (a quarter of a million derived figures name a few hundred metrics and spans of years)."""
    arrays = [p for p in parts if not isinstance(p, str)]
    codes = tuple_codes([factorize_text(a, use_na_sentinel=False) for a in arrays])
    first = np.flatnonzero(codes > np.maximum.accumulate(np.r_[np.int64(-1), codes[:-1]]))  # numbered as they come
    texts = ["".join(row) for row in zip(*([p] * len(first) if isinstance(p, str) else p[first].tolist() for p in parts))]
    joined: np.ndarray = np.array(texts + [""], dtype=object)[:-1][codes]
    return joined


def reference_add_derived(base: FactBase) -> None:
    """The per-fact reference of ``add_derived`` (a Python call per derived figure): the tests hold the two equal."""
    stated = base.facts[(~base.facts["derived"]) & base.facts["verified"]]
    records: list[dict[str, object]] = []

    # Only a % figure for a span of years can state a pair's growth: look among those alone.
    spans = _spans(stated)
    for first, last in _before_after(stated):
        v1, v2 = float(first["value"]), float(last["value"])
        span = f"{first['period']}–{last['period']}"
        # The inputs keep their qualifiers in the formula: "over 1,000.21 billion yuan" is a lower bound.
        a = format_figure(v1, first["unit"], first["qualifier"])
        b = format_figure(v2, last["unit"], last["qualifier"])
        # Growth and ratio rise with the last figure and fall with the first; so does a swing.
        qualifier = combined_qualifier([(str(first["qualifier"]), -1), (str(last["qualifier"]), 1)])
        bound = _bound_note(qualifier, a, b)
        if v1 > 0 and v2 > 0:
            pct = (v2 - v1) / v1 * 100
            check = bound
            claim = _growth_claim(spans[spans["entity"] == first["entity"]] if len(spans) else spans, first, last)
            if claim is not None:
                ok, verdict = _check_claim(pct, claim)
                check = "; ".join(filter(None, (verdict, bound)))
                if not ok:
                    base.problems.append(Problem("facts.csv", int(claim["line"]), str(claim["id"]),
                                                 f"the stated figure is contradicted by the arithmetic: "
                                                 f"{first['id']}→{last['id']} gives {pct:.1f}%"))
            records.append(_derived(
                base, first, "change", metric=f"change in {first['metric']}", value=round(pct, 1), unit="%",
                period=span, inputs=f"{first['id']};{last['id']}", check=check, qualifier=qualifier,
                formula=f"({b} − {a}) / {a} × 100 = {pct:.2f}%"))
            ratio = v2 / v1
            records.append(_derived(
                base, first, "ratio", metric=f"ratio of {first['metric']}, {last['period']} to {first['period']}",
                value=round(ratio, 2), unit="times", period=span, inputs=f"{first['id']};{last['id']}",
                qualifier=qualifier,
                check="; ".join(filter(None, ("more than doubled" if ratio > 2 else "", bound))),
                formula=f"{b} / {a} = {ratio:.3f}"))
        elif v1 < 0 < v2:
            records.append(_derived(
                base, first, "swing", metric=f"swing in {first['metric']}", value=v2 - v1, unit=first["unit"],
                period=span, inputs=f"{first['id']};{last['id']}", qualifier=qualifier,
                check="; ".join(filter(None, ("from a loss to a profit", bound))),
                formula=f"{b} − ({a}) = {format_value_unit(v2 - v1, first['unit'])}"))

    records += _reference_previous_year_records(base, stated)
    records += _reference_population_records(base, stated)
    if not records:
        return
    ids = _unique_ids(set(base.facts["id"]), [str(r["id"]) for r in records])
    for record, fid in zip(records, ids):
        record["id"] = fid
    base.facts = pd.concat([base.facts, facts_frame(records)], ignore_index=True)


def _previous_year_records(base: FactBase, stated: pd.DataFrame) -> list[dict[str, object]]:
    """Last year's growth implied by "up/down N percentage points from the previous year" beside a % growth."""
    records: list[dict[str, object]] = []
    points = stated[(stated["unit"] == "percentage points").to_numpy(dtype=bool)]
    if points.empty:
        return records
    # A % growth stated with "up/down N percentage points from the previous year" implies last year's: its peer is
    # the first % figure of the same quote, entity and start, found in one pass (not a search of all facts per figure).
    growths = stated[(stated["unit"] == "%").to_numpy(dtype=bool)]
    first_peer: dict[tuple[object, ...], int] = {}
    for at, key in enumerate(zip(growths["quote"].tolist(), growths["entity"].tolist(), growths["start"].tolist())):
        if key[2] is not pd.NA:  # a missing start equals nothing
            first_peer.setdefault(key, at)
    for _, pp in points.iterrows():
        at_peer = first_peer.get((pp["quote"], pp["entity"], pp["start"])) if pp["start"] is not pd.NA else None
        if at_peer is None or not is_year_period(pp["period"]):
            continue
        record = _previous_year_record(base, growths.iloc[at_peer], pp)
        if record is not None:
            records.append(record)
    return records


def _previous_year_record(base: FactBase, growth: pd.Series, pp: pd.Series) -> dict[str, object] | None:
    """The previous year's growth rate that a growth rate and its change in points imply ("up 0.4 percentage
    points"), or None when the change's direction is not named just before it. Made alike by the fast path and the
    reference search."""
    words = pp["quote"][pp["quote"].find(pp["as_printed"]) - 12: pp["quote"].find(pp["as_printed"])]
    sign = -1 if re.search(r"\bup\b", words) else (1 if re.search(r"\bdown\b", words) else 0)
    if not sign:
        return None
    prev = float(growth["value"]) + sign * float(pp["value"])
    op = "−" if sign < 0 else "+"
    qualifier = combined_qualifier([(by_value(str(growth["qualifier"]), float(growth["value"])), 1),
                                    (str(pp["qualifier"]), sign)])
    return _derived(
        base, growth, "previous", metric=f"{growth['metric']} (previous year, implied)", value=round(prev, 2),
        unit="%", period=str(int(pp["period"]) - 1), inputs=f"{growth['id']};{pp['id']}", qualifier=qualifier,
        check="; ".join(filter(None, (f"implied by '{pp['as_printed']}' from the previous year", _bound_note(
            qualifier, format_figure(growth["value"], growth["unit"], growth["qualifier"]),
            format_figure(pp["value"], pp["unit"], pp["qualifier"]))))),
        formula=f"{format_number(growth['value'])}% {op} {format_number(pp['value'])} percentage points "
                f"= {format_number(round(prev, 2))}%")


def _population_record(base: FactBase, g: pd.Series, pc: pd.Series) -> dict[str, object]:
    """The resident population a GDP figure ``g`` and a per capita GDP figure ``pc`` imply. Made alike by the fast
    path and the reference search."""
    people = float(g["value_base"]) / float(pc["value_base"])
    # Population = GDP / per capita GDP: it rises with GDP and falls with the per capita figure.
    qualifier = combined_qualifier([(str(g["qualifier"]), 1), (str(pc["qualifier"]), -1)])
    return _derived(
        base, pc, "population", metric="resident population (implied)", value=round(people / 1e6, 2),
        unit="million people", period=pc["period"], sector="population and talent",
        inputs=f"{g['id']};{pc['id']}", qualifier=qualifier,
        check=_bound_note(qualifier, format_figure(g['value'], g['unit'], g['qualifier']),
                          format_figure(pc['value'], pc['unit'], pc['qualifier'])),
        formula=f"{format_figure(g['value'], g['unit'], g['qualifier'])} / "
                f"{format_figure(pc['value'], pc['unit'], pc['qualifier'])}"
                f" = {format_number(round(people))} people")


def _population_records(base: FactBase, stated: pd.DataFrame) -> list[dict[str, object]]:
    """The resident population implied by GDP divided by per capita GDP."""
    records: list[dict[str, object]] = []
    # GDP divided by per capita GDP implies the resident population. Both are found by metric id
    # (metrics.csv), so a fact naming either by any of its names or aliases there counts.
    metric = _metric_ids(base, stated)
    in_yuan = (stated["base_unit"] == "yuan").to_numpy(dtype=bool)
    per_capita = stated[(metric == _PER_CAPITA_GDP) & in_yuan]
    if per_capita.empty:
        return records
    gdps = stated[(metric == _GDP) & in_yuan]
    # The GDP figures of each city and period, and of each source among them, gathered in one pass; the largest of
    # a group is found once, however many per capita figures ask for it.
    by_place: dict[tuple[object, ...], list[int]] = {}
    by_source: dict[tuple[object, ...], list[int]] = {}
    for at, (city, period, source) in enumerate(zip(gdps["city"].tolist(), gdps["period"].tolist(),
                                                    gdps["source_id"].tolist())):
        by_place.setdefault((city, period), []).append(at)
        by_source.setdefault((city, period, source), []).append(at)
    largest: dict[tuple[object, ...], object] = {}
    for _, pc in per_capita.iterrows():
        place = by_place.get((pc["city"], pc["period"]), [])
        own = by_source.get((pc["city"], pc["period"], pc["source_id"]), [])
        # The per capita figure's own source first; another source's GDP only when it is the one there is.
        key: tuple[object, ...] = (pc["city"], pc["period"], pc["source_id"])
        rows = own
        if not own and len(place) == 1:
            key, rows = (pc["city"], pc["period"]), place
        if not rows or not float(pc["value_base"]) > 0:  # a per capita figure of 0 implies nobody
            continue
        if key not in largest:
            largest[key] = gdps.iloc[rows]["value_base"].idxmax()
        records.append(_population_record(base, gdps.loc[largest[key]], pc))
    return records


def _reference_previous_year_records(base: FactBase, stated: pd.DataFrame) -> list[dict[str, object]]:
    """``_previous_year_records`` as the reference makes them: the peers of each figure searched among all facts."""
    records: list[dict[str, object]] = []
    # A % growth stated with "up/down N percentage points from the previous year" implies last year's.
    for _, pp in stated[stated["unit"] == "percentage points"].iterrows():
        peers = stated[(stated["quote"] == pp["quote"]) & (stated["unit"] == "%")
                       & (stated["entity"] == pp["entity"]) & (stated["start"] == pp["start"])]
        if peers.empty or not is_year_period(pp["period"]):
            continue
        record = _previous_year_record(base, peers.iloc[0], pp)
        if record is not None:
            records.append(record)

    return records


def _reference_population_records(base: FactBase, stated: pd.DataFrame) -> list[dict[str, object]]:
    """``_population_records`` as the reference makes them: the GDP figures of each searched among all of them."""
    records: list[dict[str, object]] = []
    # GDP divided by per capita GDP implies the resident population. Both are found by metric id
    # (metrics.csv), so a fact naming either by any of its names or aliases there counts.
    metric = _metric_ids(base, stated)
    in_yuan = (stated["base_unit"] == "yuan").to_numpy(dtype=bool)
    gdps = stated[(metric == _GDP) & in_yuan]
    per_capita = stated[(metric == _PER_CAPITA_GDP) & in_yuan]
    for _, pc in per_capita.iterrows():
        gdp = gdps[(gdps["city"] == pc["city"]) & (gdps["period"] == pc["period"])]
        # The per capita figure's own source first; another source's GDP only when it is the one there is.
        own = gdp[gdp["source_id"] == pc["source_id"]]
        gdp = own if len(own) or len(gdp) != 1 else gdp
        if gdp.empty or not float(pc["value_base"]) > 0:  # a per capita figure of 0 implies nobody
            continue
        records.append(_population_record(base, gdp.loc[gdp["value_base"].idxmax()], pc))

    return records


def _unique_ids(taken: set[str], ids: list[str]) -> list[str]:
    """Derived ids that never take an id a stated fact already has (a hand-made one stays its own).

    The second holder of an id gets ":2", the third ":3", in the order given.
    """
    out: list[str] = []
    for rid in ids:
        fid = rid
        n = 1
        while fid in taken:
            n += 1
            fid = f"{rid}:{n}"
        taken.add(fid)
        out.append(fid)
    return out

"""What the plots show, made from whatever a fact base holds: no city, year or metric is named here.

Four views follow the selection:

- ``across``: the selected fact's metric in every city, one period (the latest common one by
  default) or the latest of each city, with each bar's period shown when they differ;
- ``over_time``: the selected city's metric at every period any source gives, one series per source;
- ``before_after``: under the selected tree node, each entity's metric at its first and last period;
- ``shares``: under the selected tree node, every figure in per cent.

Values are compared in base units and shown in one display unit per chart (never mixed).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd

from explorer.model.claims.grouping import claims_of
from explorer.model.load.factbase import FactBase
from explorer.model.numbers import FORECASTS, UNITS, format_compact
from explorer.model.pairs import PLOT_SERIES, series_ends
from explorer.model.periods import same_months_all

LATEST_EACH = "latest of each city"
UNDATED = "undated"
# A chart lists at most this many bars and pairs (it scrolls); past that it says how many are left out.
MAX_BARS = 200
MAX_PAIRS = 40


@dataclass(frozen=True)
class SeriesSpec:
    """A plot: one entry of ``SERIES`` is all a new plot needs (the window makes its tab from it)."""

    key: str
    tab: str  # the name on the tab
    needs: str  # what the view needs, for its "Nothing to plot" message
    query: Callable[[FactBase, Scope], PlotView]
    follows: Literal["fact", "node"]  # the selected figure (its metric), or the selected node of the tree
    chart: Literal["bars", "lines"] = "bars"
    # A view that follows a figure is one per period of its metric (the tab offers a period picker) or one
    # per city (the selected figure's).
    per: Literal["period", "city"] = "period"


@dataclass(frozen=True)
class Scope:
    """What a view is asked about: the selected fact, the selected tree node, the chosen period."""

    fact_id: str | None = None
    rows: np.ndarray | None = field(default=None, compare=False)  # the node's facts; None is all
    node: tuple[str, ...] = ()
    node_label: str = "All"
    period: str | None = None  # the period picker's choice (``across`` only)


@dataclass
class Chart:
    """One set of axes: ``rows`` has id, label, value, low, high, qualifier, period, source_id, city,
    text (the value label), and ``x`` and ``series`` for a chart over time. Values in ``unit``."""

    title: str
    unit: str
    rows: pd.DataFrame
    kind: str = "bars"  # or "time"
    series_names: dict[str, str] = field(default_factory=dict)  # series id -> legend text
    # ``records`` made from ``rows`` (the frame they were made from, the tuples).
    _records: tuple[pd.DataFrame, list[Any]] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def records(self) -> list[Any]:
        """The rows as tuples, made once: each look into a cached frame would leave a reference
        behind in pandas' copy-on-write bookkeeping, and a selection looks several times."""
        kept = self._records
        if kept is None or kept[0] is not self.rows:
            kept = (self.rows, list(self.rows.itertuples(index=False)))
            self._records = kept
        return kept[1]


@dataclass
class PlotView:
    """A tab's content: a title and charts, or a message saying what is missing."""

    key: str
    title: str = ""
    subtitle: str = ""
    charts: list[Chart] = field(default_factory=list)
    empty: str = ""
    periods: tuple[str, ...] = ()
    period: str = ""

    @property
    def fact_ids(self) -> set[str]:
        return {str(r.id) for chart in self.charts for r in chart.records}

    @property
    def source_ids(self) -> list[str]:
        return list(dict.fromkeys(str(r.source_id) for chart in self.charts for r in chart.records))


# ---- periods and units -------------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_SPAN = re.compile(r"^(\d{4})\s*[–—-]\s*(\d{4})$")


def period_position(period: str) -> float | None:
    """Where a period lies on a time axis, in years: "1999" 1999, "1999-07" 1999.5, a span "1995–1999"
    its end; None for a period no axis can place ("", "the decade to 1999")."""
    text = str(period).strip()
    match = _DATE.match(text)
    if match:
        year, month, day = match.group(1), match.group(2), match.group(3)
        position = float(year)
        if month:
            position += (min(max(int(month), 1), 12) - 1) / 12
        if day:
            position += (min(max(int(day), 1), 31) - 1) / 365
        return position
    match = _SPAN.match(text)
    if match:
        return float(match.group(2))
    return None


def period_text(period: str) -> str:
    return str(period) if str(period).strip() else UNDATED


def display_unit(base_unit: str, printed: Iterable[str]) -> tuple[str, float]:
    """One display unit for values in ``base_unit``: the printed unit most of them use, and its factor."""
    counts = Counter(u for u in printed if u in UNITS and UNITS[u].base == base_unit)
    if not counts:
        return base_unit, 1.0
    name = counts.most_common(1)[0][0]
    return name, UNITS[name].factor


def _col(frame: pd.DataFrame, name: str) -> list[str]:
    """A column as Python strings (iterating a pandas string column costs a call per element)."""
    return [str(v) for v in frame[name].to_numpy(dtype=object)]


def _range_span(value: float) -> float:
    """'in the 600 billion yuan range' spans 600 up to the next round step (700)."""
    return float(10 ** math.floor(math.log10(abs(value)))) if value else 1.0


def _precision(value: float) -> int:
    text = repr(float(value))
    return len(text.split(".")[1].rstrip("0")) if "." in text else 0


def _figures(base: FactBase) -> pd.DataFrame:
    """Stated figures (no events, no derived values), with their period's position; made once per fact frame."""
    return _kept_figures(base)[1]


def _kept_figures(base: FactBase) -> tuple[pd.DataFrame, pd.DataFrame, dict[Any, np.ndarray]]:
    """(facts, ``_figures``, figure rows by (metric, base unit)), kept in ``base.caches``."""
    kept = base.caches.plot_figures
    if kept is None or kept[0] is not base.facts:
        facts = base.facts
        stated = ((facts["kind"] == "figure") & ~facts["derived"]).to_numpy(dtype=bool)
        # A metric by its id: its name and every alias in metrics.csv, in any language, are one series.
        # A period by the months it names ("2032-01..09" is "2032-Q1-Q3"), as claims read it: one period choice.
        figures = facts[stated].assign(_metric_id=claims_of(base).metric_id[stated])
        figures["period"] = same_months_all(figures["period"].to_numpy(dtype=object))
        codes, uniques = pd.factorize(figures["period"].astype(str), use_na_sentinel=False)
        positions = np.array([np.nan if (p := period_position(u)) is None else p for u in uniques], dtype=float)
        value_codes, values = pd.factorize(figures["value"], use_na_sentinel=False)
        precisions = np.array([_precision(v) for v in values], dtype=int)  # once per distinct value
        figures = figures.assign(_pos=positions[codes] if len(figures) else np.zeros(0),
                                 _prec=precisions[value_codes] if len(figures) else np.zeros(0, int))
        by_metric = figures.groupby(["_metric_id", "base_unit"], sort=False).indices if len(figures) else {}
        kept = (facts, figures, by_metric)
        base.caches.plot_figures = kept
    return kept


def metric_id_of(base: FactBase, fact_id: str | None) -> str:
    """The metric id of a fact (its metric text matched to metrics.csv by name or alias)."""
    row = None if fact_id is None else base.row_of(fact_id)
    return "" if row is None else str(claims_of(base).metric_id[row])


# What the metric views read of a figure: a metric of a million facts has ~80k figures, and taking
# every column of them cost ~50 ms of a selection's first view of a metric.
_METRIC_VIEW_COLUMNS = ("id", "city", "period", "unit", "qualifier", "value", "value_base", "source_id", "_pos",
                        "_prec")


def _metric_rows(base: FactBase, fact_id: str | None, base_unit: str) -> pd.DataFrame:
    """The stated figures of the fact's metric (by id, whatever its spelling) in its base unit
    (the columns the metric views read)."""
    _, figures, by_metric = _kept_figures(base)
    rows = by_metric.get((metric_id_of(base, fact_id), base_unit))
    if rows is None:
        rows = np.zeros(0, dtype=np.int64)
    index = figures.index[rows]
    return pd.DataFrame({c: figures[c].take(rows).array
                         for c in _METRIC_VIEW_COLUMNS}, index=index)


def _node_figures(base: FactBase, rows: np.ndarray | None) -> pd.DataFrame:
    figures = _figures(base)
    if rows is None:
        return figures
    return figures[figures.index.isin(base.facts.index[rows])]


def _chart_rows(base: FactBase, frame: pd.DataFrame, labels: list[str], factor: float,
                unit: str = "") -> pd.DataFrame:
    """The plotted columns of ``frame``: values in the display unit (``factor`` base units each)."""
    values = (frame["value_base"].astype(float) / factor).to_numpy()
    quals = frame["qualifier"].astype(str).to_numpy()
    printed_factor = np.array([UNITS[u].factor if u in UNITS else 1.0 for u in _col(frame, "unit")], dtype=float)
    spans = np.array([_range_span(v) for v in frame["value"].to_numpy(dtype=float)], dtype=float)
    is_range = quals == "range"
    low = np.where(is_range, values, np.minimum(values, 0.0))
    high = np.where(is_range, values + spans * printed_factor / factor, np.maximum(values, 0.0))
    return pd.DataFrame({
        "id": frame["id"].astype(str).to_numpy(),
        "label": labels,
        "value": values,
        "low": low,
        "high": high,
        "qualifier": quals,
        "period": frame["period"].astype(str).to_numpy(),
        "source_id": frame["source_id"].astype(str).to_numpy(),
        "city": frame["city"].astype(str).to_numpy(),
        "text": [format_compact(round(float(v), 6), "%" if unit == "%" else "", q) for v, q in zip(values, quals)],
    })


def _best(frame: pd.DataFrame, by: list[str], latest: bool) -> pd.DataFrame:
    """One row per ``by`` group: with ``latest`` the latest placeable period first; then the most precise figure."""
    keys = ["_pos", "_prec"] if latest else ["_prec"]
    ranked = frame.assign(_pos=frame["_pos"].fillna(-np.inf)).sort_values(keys, ascending=False, kind="stable")
    return frame.loc[ranked.drop_duplicates(by).index]


def _ordered_periods(periods: Iterable[str]) -> list[str]:
    """Latest first; periods no axis can place after, in text order; undated last."""
    distinct = set(periods)
    placed = sorted((p for p in distinct if period_position(p) is not None), key=lambda p: -(period_position(p) or 0))
    other = sorted(p for p in distinct if period_position(p) is None and p.strip())
    return placed + other + ([""] if any(not p.strip() for p in distinct) else [])


_FIELDS = ("kind", "derived", "metric", "base_unit", "city", "period")


def fact_fields(base: FactBase, fact_id: str, names: Iterable[str]) -> dict[str, Any]:
    """Some fields of a fact as scalars, without the row Series ``base.fact`` makes (see below)."""
    row = base.row_of(fact_id)
    if row is None:
        raise IndexError(f"no fact {fact_id!r}")
    facts = base.facts
    return {name: facts.iat[row, facts.columns.get_loc(name)] for name in names}


def selected_fields(base: FactBase, fact_id: str | None) -> dict[str, Any] | None:
    """The fields of the selected fact the views depend on, read as scalars.

    ``base.fact`` would make a row Series each time, and each leaves a reference behind in
    pandas' copy-on-write bookkeeping of the whole frame: a selection asks four times.
    """
    if fact_id is None or base.row_of(fact_id) is None:
        return None
    return fact_fields(base, fact_id, _FIELDS)


def _no_figure(key: str, base: FactBase, fact_id: str | None) -> PlotView | None:
    fact = selected_fields(base, fact_id)
    if fact is None:
        return PlotView(key, empty="Nothing to plot: select a figure in the table.")
    if fact["kind"] != "figure" or bool(fact["derived"]):
        what = "an event" if fact["kind"] != "figure" else "a derived value"
        return PlotView(key, empty=f"Nothing to plot: the selected fact {fact_id} is {what}, not a stated figure.")
    return None


# ---- the views ------------------------------------------------------------------------------

def across(base: FactBase, scope: Scope) -> PlotView:
    """The selected fact's metric in every city that gives it."""
    missing = _no_figure("across", base, scope.fact_id)
    if missing is not None:
        return missing
    fact = selected_fields(base, scope.fact_id)
    assert fact is not None
    metric, base_unit = str(fact["metric"]), str(fact["base_unit"])
    rows = _metric_rows(base, scope.fact_id, base_unit)
    periods = _ordered_periods(str(p) for p in rows["period"].unique())
    per_city: dict[str, set[str]] = {}
    for city, period in rows[["city", "period"]].astype(str).drop_duplicates().to_numpy(dtype=object):
        per_city.setdefault(city, set()).add(period)
    common = set.intersection(*per_city.values()) if per_city else set()
    dated_common = [p for p in periods if p in common and period_position(p) is not None]
    choices = (LATEST_EACH, *periods)
    period = scope.period if scope.period in choices else (dated_common[0] if dated_common else LATEST_EACH)
    if period == LATEST_EACH:
        chosen = _best(rows, ["city"], latest=True)
    else:
        chosen = _best(rows[rows["period"].astype(str) == period], ["city"], latest=False)
    chosen = chosen.assign(_v=chosen["value_base"].astype(float)).sort_values("_v", ascending=False, kind="stable")
    left_out = max(0, len(chosen) - MAX_BARS)
    chosen = chosen.head(MAX_BARS)
    differ = chosen["period"].astype(str).nunique() > 1
    labels = [base.city_label(str(c)) + (f" ({period_text(str(p))})" if differ else "")
              for c, p in zip(_col(chosen, "city"), _col(chosen, "period"))]
    unit, factor = display_unit(base_unit, chosen["unit"].astype(str))
    when = "latest figure of each city" if period == LATEST_EACH else period_text(period)
    notes = [f"in {unit}", when]
    if differ:
        notes.append("periods differ: each bar names its own")
    if left_out:
        notes.append(f"{left_out} more cities not shown")
    cities = len(chosen)
    return PlotView("across", title=f"{metric} in {cities} {'city' if cities == 1 else 'cities'}",
                    subtitle=" · ".join(notes), charts=[Chart("", unit, _chart_rows(base, chosen, labels, factor))],
                    periods=choices, period=period)


def over_time(base: FactBase, scope: Scope) -> PlotView:
    """The selected fact's metric for its city at every period any source gives; a series per source."""
    missing = _no_figure("over_time", base, scope.fact_id)
    if missing is not None:
        return missing
    fact = selected_fields(base, scope.fact_id)
    assert fact is not None
    metric, base_unit, city = str(fact["metric"]), str(fact["base_unit"]), str(fact["city"])
    rows = _metric_rows(base, scope.fact_id, base_unit)
    rows = rows[rows["city"] == city]
    placed = rows[rows["_pos"].notna()].sort_values("_pos", kind="stable").head(MAX_BARS)
    unplaced = len(rows) - len(rows[rows["_pos"].notna()])
    city_name = base.city_label(city)
    if placed.empty:
        return PlotView("over_time", empty=f"Nothing to plot: no figure of “{metric}” for {city_name} "
                                           "has a period that can be placed on a time axis.")
    unit, factor = display_unit(base_unit, placed["unit"].astype(str))
    frame = _chart_rows(base, placed, [period_text(p) for p in _col(placed, "period")], factor)
    frame["x"] = placed["_pos"].to_numpy(dtype=float)
    frame["series"] = frame["source_id"]
    names = {}
    for sid in dict.fromkeys(frame["source_id"]):
        source = base.sources.get(sid)
        names[sid] = source.title if source is not None else sid
    notes = [f"in {unit}", f"{len(names)} {'source' if len(names) == 1 else 'sources'}"]
    if unplaced:
        notes.append(f"{unplaced} figure(s) without a placeable period not shown")
    return PlotView("over_time", title=f"{metric} of {city_name} over time", subtitle=" · ".join(notes),
                    charts=[Chart("", unit, frame, kind="time", series_names=names)])


def before_after(base: FactBase, scope: Scope) -> PlotView:
    """Under the node: each entity's metric at its first and its last period, one chart per unit class."""
    figures = _node_figures(base, scope.rows)
    dated = figures[figures["_pos"].notna()]
    total = 0
    ends = dated.iloc[0:0]
    if len(dated):
        # The most precise figure at the first period, and at the last (explorer.model.pairs); series
        # numbered in order of first appearance, the first MAX_PAIRS shown.
        group = dated.groupby(list(PLOT_SERIES), sort=False).ngroup().to_numpy()
        # An outcome before a forecast or target of the same period, then the most precise.
        outcome = ~dated["qualifier"].isin(FORECASTS).to_numpy()
        rank = dated["_prec"].to_numpy().astype(np.int64) + 1000 * outcome
        first, last = series_ends(group, dated["_pos"].to_numpy(dtype=float), rank, latest_tie="first")
        total = len(first)
        ends = dated.iloc[np.column_stack((first[:MAX_PAIRS], last[:MAX_PAIRS])).ravel()]
    pairs = len(ends) // 2
    if not pairs:
        return PlotView("before_after", empty=f"Nothing to plot: no metric under “{scope.node_label}” is "
                                              "given for two different periods.")
    mixed = ends["city"].nunique() > 1
    charts = []
    units = ends["base_unit"].astype(str).to_numpy()
    for base_unit in dict.fromkeys(units):
        frame = ends[units == base_unit]
        unit, factor = display_unit(base_unit, frame["unit"].astype(str))
        labels = [period_text(p) for p in _col(frame, "period")]
        rows = _chart_rows(base, frame, labels, factor)
        rows["group"] = [(f"{base.city_label(str(c))}: " if mixed else "") + f"{e} — {m}"
                         for c, e, m in zip(_col(frame, "city"), _col(frame, "entity"), _col(frame, "metric"))]
        charts.append(Chart(f"in {unit}", unit, rows))
    if len(charts) == 1:
        charts[0].title = ""  # its axis names the unit
    notes = [f"first and last period given, {pairs} {'metric' if pairs == 1 else 'metrics'}"]
    if total > pairs:
        notes.append(f"{total - pairs} more not shown")
    return PlotView("before_after", title=f"Before and after: {scope.node_label}", subtitle=" · ".join(notes),
                    charts=charts)


def shares(base: FactBase, scope: Scope) -> PlotView:
    """Under the node: every stated figure in per cent, largest first."""
    figures = _node_figures(base, scope.rows)
    rows = figures[figures["base_unit"] == "%"]
    if rows.empty:
        return PlotView("shares", empty=f"Nothing to plot: no figure in % under “{scope.node_label}”.")
    rows = rows.assign(_v=rows["value_base"].astype(float)).sort_values("_v", ascending=False, kind="stable")
    left_out = max(0, len(rows) - MAX_BARS)
    rows = rows.head(MAX_BARS)
    mixed = rows["city"].nunique() > 1
    repeated = rows["metric"].duplicated(keep=False).to_numpy()
    differ = rows["period"].astype(str).nunique() > 1
    labels = []
    for metric, entity, city, period, again in zip(_col(rows, "metric"), _col(rows, "entity"), _col(rows, "city"),
                                                   _col(rows, "period"), repeated):
        label = metric
        if again:
            label = f"{entity}: {label}"
        if mixed:
            label = f"{base.city_label(city)} · {label}"
        if differ:
            label += f" ({period_text(period)})"
        labels.append(label)
    notes = ["in %", "periods differ: each bar names its own" if differ else period_text(str(rows["period"].iloc[0]))]
    if left_out:
        notes.append(f"{left_out} more not shown")
    return PlotView("shares", title=f"Shares and rates in %: {scope.node_label}", subtitle=" · ".join(notes),
                    charts=[Chart("", "%", _chart_rows(base, rows, labels, 1.0, "%"))])


SERIES: tuple[SeriesSpec, ...] = (
    SeriesSpec("across", "Across cities", "a figure selected in the table", across, "fact", per="period"),
    SeriesSpec("over_time", "Over time", "a figure selected in the table", over_time, "fact", "lines", per="city"),
    SeriesSpec("before_after", "Before / after", "a node of the tree", before_after, "node"),
    SeriesSpec("shares", "Shares", "a node of the tree", shares, "node"),
)


def spec_of(key: str) -> SeriesSpec:
    """The entry of ``SERIES`` for a tab's key."""
    return next(spec for spec in SERIES if spec.key == key)


def cache_key(key: str, base: FactBase, scope: Scope) -> tuple[object, ...]:
    """What a view depends on: the selected fact's metric and city, or the node; never more."""
    spec = spec_of(key)
    if spec.follows == "node":
        # The whole fact base is one view whichever way the tree is grouped (the loader makes it).
        return (key, () if scope.rows is None else scope.node, scope.node_label)
    fact = selected_fields(base, scope.fact_id)
    if fact is None or fact["kind"] != "figure" or bool(fact["derived"]):
        return (key, "no figure", scope.fact_id if fact is not None else None)
    # The metric's id decides the rows, its text as the selected fact spells it the title.
    metric = (metric_id_of(base, scope.fact_id), fact["metric"])
    if spec.per == "city":
        return (key, metric, fact["base_unit"], fact["city"])
    return (key, metric, fact["base_unit"], scope.period)


def series(base: FactBase, key: str, scope: Scope = Scope()) -> PlotView:
    """The view of the plot ``key`` for ``scope``, kept per fact frame for what the view depends on."""
    caches = base.caches
    with caches.series_lock:
        kept = caches.series
        if kept is None or kept[0] is not base.facts:
            kept = (base.facts, {})
            caches.series = kept
    cache = kept[1]
    ck = cache_key(key, base, scope)
    view = cache.get(ck)
    if view is None:
        view = spec_of(key).query(base, scope)
        if len(cache) > 256:
            cache.clear()
        cache[ck] = view
    return view


WARM_METRICS = 64  # metrics whose per-period views the loading thread makes (the most frequent first)


def warm_series(base: FactBase) -> None:
    """Index the figures by metric and make the whole fact base's node views and the first metrics'
    across-cities views now (a loading thread does): a selection of a metric not yet shown then draws
    a view made already rather than making it (~80 ms at a million facts)."""
    figures = _figures(base)
    for spec in SERIES:
        if spec.follows == "node":
            series(base, spec.key, Scope())
    if not len(figures):
        return
    # One fact of each metric as spelled, in its base unit: the views' cache key (see cache_key).
    spelled = pd.DataFrame({"m": figures["_metric_id"].astype(str).to_numpy(), "t": figures["metric"].astype(str).to_numpy(),
                            "u": figures["base_unit"].astype(str).to_numpy(), "id": figures["id"].astype(str).to_numpy()})
    counts = spelled.groupby(["m", "t", "u"], sort=False)["id"].agg(["first", "size"])
    per_period = [spec.key for spec in SERIES if spec.follows == "fact" and spec.per == "period"]
    for fact_id in counts.sort_values("size", ascending=False, kind="stable")["first"].head(WARM_METRICS):
        for key in per_period:
            series(base, key, Scope(fact_id=str(fact_id)))

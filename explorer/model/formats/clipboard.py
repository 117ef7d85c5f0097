"""Text forms of facts for the clipboard: TSV for spreadsheets, HTML for documents, CSV, citations.

Qt-free so every form is tested without a display: ``copy_forms``, ``copy_values_text`` and
``copy_citations_text`` make the whole text of each copy from the fact base, and
``explorer.ui.clipboard`` only puts it on the system clipboard.
"""

from __future__ import annotations

import csv
import html
import io
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from explorer.model.claims.agreement import also_stated_by
from explorer.model.formats.export import neutralise
from explorer.model.numbers import base_value_text, format_figure, format_number, is_plain_number

if TYPE_CHECKING:
    import pandas as pd

    from explorer.model.load.records import FactBase

# "Value" and "Unit" are in the unit's base (yuan, not billion yuan): a column of values sums and charts
# right in a spreadsheet. "Figure" is the figure as the text gives it.
COPY_COLUMNS = ("Figure", "Value", "Unit", "Qualifier", "Metric", "Period", "City", "Entity", "Source", "Fact")
ALSO_COLUMN = "Also stated by"  # other sources whose figure agrees (claims across sources)


def figure_text(fact: Mapping[str, object]) -> str:
    return format_figure(float(fact["value"]), str(fact["unit"]), str(fact["qualifier"]),  # type: ignore[arg-type]
                         bool(fact.get("derived")))


def with_input_sources(records: list[dict[str, object]], source_of: Mapping[str, str]) -> list[dict[str, object]]:
    """Give each derived record ``input_sources``: the sources of its inputs (``source_of``: fact id → source id).

    A derived figure's inputs may be stated in different articles; a copy names every one of them.
    """
    for record in records:
        if record.get("derived") and record.get("inputs"):
            ids = [source_of.get(i) for i in str(record["inputs"]).split(";")]
            record["input_sources"] = ";".join(dict.fromkeys(s for s in ids if s))
    return records


def with_other_sources(records: list[dict[str, object]], others: Mapping[str, list[str]]) -> list[dict[str, object]]:
    """Give each record ``also_sources``: the other sources that state the same figure (``others``: fact id → ids)."""
    for record in records:
        found = others.get(str(record["id"]))
        if found:
            record["also_sources"] = ";".join(found)
    return records


def _also_ids(fact: Mapping[str, object]) -> list[str]:
    many = str(fact.get("also_sources") or "")
    return many.split(";") if many else []


def _also(fact: Mapping[str, object], titles: Mapping[str, str]) -> str:
    return "; ".join(titles.get(s, s) for s in _also_ids(fact))


def _columns(facts: list[Mapping[str, object]]) -> tuple[str, ...]:
    """The copy's columns: "Also stated by" only where a copied figure is stated by other sources too."""
    return COPY_COLUMNS + (ALSO_COLUMN,) if any(_also_ids(f) for f in facts) else COPY_COLUMNS


def _source_ids(fact: Mapping[str, object]) -> list[str]:
    many = str(fact.get("input_sources") or "")
    return many.split(";") if many else [str(fact["source_id"])]


def _title(fact: Mapping[str, object], titles: Mapping[str, str]) -> str:
    return "; ".join(titles.get(s, s) for s in _source_ids(fact))


def base_value(fact: Mapping[str, object]) -> tuple[str, str]:
    """The fact's value in its unit's base, as a plain number, and the base unit.

    The fact base's own conversion (``value_base``, ``base_unit``: a folder may bring its own units
    table) decides the unit; the number is recomputed exactly where the bundled table agrees.
    """
    text, base = base_value_text(float(fact["value"]), str(fact["unit"]))  # type: ignore[arg-type]
    loaded = fact.get("base_unit")
    if loaded is None or str(loaded) == base:
        return text, base
    value = float(fact["value_base"])  # type: ignore[arg-type]
    return (format_number(value).replace(",", "") if math.isfinite(value) else ""), str(loaded)


def _row(fact: Mapping[str, object], source_title: str) -> list[str]:
    return [
        figure_text(fact), *base_value(fact),
        str(fact["qualifier"]), str(fact["metric"]), str(fact["period"]),
        str(fact["city"]), str(fact["entity"]), source_title, str(fact["id"]),
    ]


def _cell(text: str) -> str:
    """A cell that pastes as itself: no tab or newline inside, no formula; plain numbers stay numbers."""
    flat = " ".join(text.replace("\t", " ").splitlines())
    return flat if is_plain_number(flat) else neutralise(flat)


def to_tsv(facts: Iterable[Mapping[str, object]], titles: Mapping[str, str]) -> str:
    """Tab-separated lines with a header: pastes into a spreadsheet as cells."""
    facts = list(facts)
    columns = _columns(facts)
    lines = ["\t".join(columns)]
    for fact in facts:
        row = _row(fact, _title(fact, titles)) + ([_also(fact, titles)] if len(columns) > len(COPY_COLUMNS) else [])
        lines.append("\t".join(_cell(c) for c in row))
    return "\n".join(lines) + "\n"


def to_csv(facts: Iterable[Mapping[str, object]], titles: Mapping[str, str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    facts = list(facts)
    columns = _columns(facts)
    writer.writerow(columns)
    for fact in facts:
        row = _row(fact, _title(fact, titles)) + ([_also(fact, titles)] if len(columns) > len(COPY_COLUMNS) else [])
        writer.writerow([_cell(c) for c in row])
    return out.getvalue()


def quote_or_formula(fact: Mapping[str, object]) -> str:
    if fact.get("derived"):
        inputs = str(fact.get("inputs") or "").replace(";", " and ")
        return f"derived from {inputs}: {fact['formula']}" if inputs else f"derived: {fact['formula']}"
    return f"“{fact['quote']}”"


def to_html(facts: Iterable[Mapping[str, object]], titles: Mapping[str, str]) -> str:
    """A table for documents, every cell escaped, with a source line under it.

    Spreadsheets paste this flavour rather than the TSV, so its cells are neutralised the same way.
    """
    esc = html.escape
    facts = list(facts)
    head = "".join(f"<th>{esc(c)}</th>" for c in ("Figure", "Value", "Unit", "Metric", "Period", "City", "Entity",
                                                    "Fact"))
    rows = []
    for fact in facts:
        cells = (figure_text(fact), *base_value(fact), fact["metric"], fact["period"], fact["city"], fact["entity"],
                 fact["id"])
        rows.append("<tr>" + "".join(f"<td>{esc(_cell(str(c)))}</td>" for c in cells) + "</tr>")
    quotes = "".join(f"<li>{esc(neutralise(str(f['id']) + ': ' + quote_or_formula(f)))}</li>" for f in facts)
    used = sorted({titles.get(s, s) for f in facts for s in _source_ids(f)})
    source_line = "Source: " + "; ".join(esc(t) for t in used)
    also = sorted({titles.get(s, s) for f in facts for s in _also_ids(f)} - set(used))
    if also:
        source_line += "; also stated by: " + "; ".join(esc(t) for t in also)
    return (f"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table><ul>{quotes}</ul><p>{source_line}</p>")


def value_text(facts: Iterable[Mapping[str, object]]) -> str:
    """One fact: its bare number as printed (1000.21). Several: one line each with the value in its
    unit's base, that unit and the figure, tab-separated ("1000210000000\tyuan\tover 1,000.21 billion
    yuan"): values of several units in one column would not add up."""
    facts = list(facts)
    if len(facts) == 1:
        return format_number(float(facts[0]["value"])).replace(",", "")  # type: ignore[arg-type]
    return "\n".join("\t".join(_cell(c) for c in (*base_value(f), figure_text(f))) for f in facts)


def citation(fact: Mapping[str, object], title: str, date: str) -> str:
    """A sentence for a message or a document: the figure, its quote and its source."""
    period = f" ({fact['period']})" if fact["period"] else ""
    subject = f"{fact['entity']}: {fact['metric']}{period}"
    where = f"{title}, {date}" if date else title
    return f"{subject}: {figure_text(fact)}. {quote_or_formula(fact)} ({where}; fact {fact['id']})"


def citations(facts: Iterable[Mapping[str, object]], sources: Mapping[str, tuple[str, str]]) -> str:
    lines = []
    for fact in facts:
        named = [sources.get(s, (s, "")) for s in _source_ids(fact)]
        where = "; ".join(f"{title}, {date}" if date else title for title, date in named)
        also = [sources.get(s, (s, "")) for s in _also_ids(fact)]
        if also:
            where += "; also stated by " + "; ".join(f"{title}, {date}" if date else title for title, date in also)
        # One line each, never a formula: a spreadsheet pastes plain text as cells too.
        lines.append(_cell(citation(fact, where, "")))
    return "\n".join(lines)


# ---- the copies of the window's Edit menu, made whole from the fact base --------------------------

def copy_records(facts: pd.DataFrame, base: FactBase | None = None) -> list[dict[str, object]]:
    """``facts`` as records, each with the other sources that state its figure and, for a derived
    figure, the sources of its inputs (given ``base``, the fact base they come from)."""
    records: list[dict[str, object]] = facts.to_dict("records")
    if base is None:
        return records
    # Every source that states the figure too (its own claim's agreeing facts of other sources).
    with_other_sources(records, {str(r["id"]): also_stated_by(base, row) for r in records
                                 if (row := base.row_of(str(r["id"]))) is not None})
    if not facts["derived"].any():
        return records
    inputs = {i for r in records if r.get("derived") for i in str(r.get("inputs") or "").split(";")}
    source_of = {}
    for fact_id in inputs:
        if base.row_of(fact_id) is not None:
            source_of[fact_id] = str(base.fact(fact_id)["source_id"])
    return with_input_sources(records, source_of)


@dataclass(frozen=True)
class CopyForms:
    """One copy of facts in every flavour the clipboard is given at once."""

    tsv: str  # text/plain: pastes into a spreadsheet as cells
    html: str  # text/html: a table with its quotes and source line, for documents
    csv: str  # text/csv


def copy_forms(base: FactBase, facts: pd.DataFrame) -> CopyForms:
    """*Copy*: the facts as TSV, HTML and CSV, with their sources' titles."""
    records = copy_records(facts, base)
    titles = {sid: s.title for sid, s in base.sources.items()}
    return CopyForms(to_tsv(records, titles), to_html(records, titles), to_csv(records, titles))


def copy_values_text(facts: pd.DataFrame) -> str:
    """*Copy value*: the bare number of one fact, or a line per fact with base value, unit and figure."""
    return value_text(copy_records(facts))


def copy_citations_text(base: FactBase, facts: pd.DataFrame) -> str:
    """*Copy with citation*: a sentence per fact with the figure, the quote and the source."""
    sources = {sid: (s.title, s.date) for sid, s in base.sources.items()}
    return citations(copy_records(facts, base), sources)

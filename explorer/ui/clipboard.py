"""Putting facts on the system clipboard: TSV, HTML and CSV at once, or one plain form."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from explorer.model.claims.agreement import also_stated_by
from explorer.model.formats import clipboard as forms
from explorer.model.load.factbase import FactBase


def _records(facts: pd.DataFrame, base: FactBase | None = None) -> list[dict[str, object]]:
    records: list[dict[str, object]] = facts.to_dict("records")  # type: ignore[assignment]
    if base is None:
        return records
    # Every source that states the figure too (its own claim's agreeing facts of other sources).
    forms.with_other_sources(records, {str(r["id"]): also_stated_by(base, row) for r in records
                                       if (row := base.row_of(str(r["id"]))) is not None})
    if not facts["derived"].any():
        return records
    inputs = {i for r in records if r.get("derived") for i in str(r.get("inputs") or "").split(";")}
    source_of = {}
    for fact_id in inputs:
        if base.row_of(fact_id) is not None:
            source_of[fact_id] = str(base.fact(fact_id)["source_id"])
    return forms.with_input_sources(records, source_of)


def mime_for(base: FactBase, facts: pd.DataFrame) -> QMimeData:
    """text/plain as TSV (spreadsheets), text/html as a table with its source line, text/csv."""
    records = _records(facts, base)
    titles = {sid: s.title for sid, s in base.sources.items()}
    mime = QMimeData()
    mime.setText(forms.to_tsv(records, titles))
    mime.setHtml(forms.to_html(records, titles))
    mime.setData("text/csv", forms.to_csv(records, titles).encode("utf-8"))
    return mime


def copy_facts(base: FactBase, facts: pd.DataFrame) -> None:
    QGuiApplication.clipboard().setMimeData(mime_for(base, facts))


def copy_values(facts: pd.DataFrame) -> None:
    QGuiApplication.clipboard().setText(forms.value_text(_records(facts)))


def copy_citations(base: FactBase, facts: pd.DataFrame) -> None:
    sources = {sid: (s.title, s.date) for sid, s in base.sources.items()}
    QGuiApplication.clipboard().setText(forms.citations(_records(facts, base), sources))


def formats_available() -> Sequence[str]:
    data = QGuiApplication.clipboard().mimeData()
    return list(data.formats()) if data is not None else []


def clear() -> None:
    """Empty the clipboard before the application ends: a QMimeData left on it crashes the exit."""
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.clear()

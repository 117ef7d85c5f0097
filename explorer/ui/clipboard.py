"""Putting facts on the system clipboard: TSV, HTML and CSV at once, or one plain form.

The text of every copy is made by ``explorer.model.formats.clipboard``; this module only hands it to Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from explorer.model.formats import clipboard as forms
from explorer.model.load.factbase import FactBase


def mime_for(base: FactBase, facts: pd.DataFrame) -> QMimeData:
    """text/plain as TSV (spreadsheets), text/html as a table with its source line, text/csv."""
    copy = forms.copy_forms(base, facts)
    mime = QMimeData()
    mime.setText(copy.tsv)
    mime.setHtml(copy.html)
    mime.setData("text/csv", copy.csv.encode("utf-8"))
    return mime


def copy_facts(base: FactBase, facts: pd.DataFrame) -> None:
    QGuiApplication.clipboard().setMimeData(mime_for(base, facts))


def copy_values(facts: pd.DataFrame) -> None:
    QGuiApplication.clipboard().setText(forms.copy_values_text(facts))


def copy_citations(base: FactBase, facts: pd.DataFrame) -> None:
    QGuiApplication.clipboard().setText(forms.copy_citations_text(base, facts))


def formats_available() -> Sequence[str]:
    data = QGuiApplication.clipboard().mimeData()
    return list(data.formats()) if data is not None else []


def clear() -> None:
    """Empty the clipboard before the application ends: a QMimeData left on it crashes the exit."""
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.clear()

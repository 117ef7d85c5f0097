"""Quotes are lit up exactly even where Python and Qt count characters differently (CRLF, astral)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from explorer.ui.main_window import MainWindow
from tests.helpers import read_rows, write_rows

ARTICLE = "sources/dalian-trillion-yuan-2026.txt"


def _rewrite_article(data: Path, change) -> None:
    """Rewrite the article and move every fact's offsets to where its quote now stands."""
    path = data / ARTICLE
    text = change(path.read_bytes().decode("utf-8"))
    path.write_bytes(text.encode("utf-8"))
    header, rows = read_rows(data / "sources.csv")
    rows[0]["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    write_rows(data / "sources.csv", header, rows)
    header, rows = read_rows(data / "facts.csv")
    for row in rows:
        start = text.index(row["quote"])
        row["start"], row["end"] = str(start), str(start + len(row["quote"]))
    write_rows(data / "facts.csv", header, rows)


@pytest.mark.parametrize("change", [
    lambda t: t.replace("\n", "\r\n"),                 # saved on Windows
    lambda t: "𠀀 " + t.replace("\n", "\n🚢 "),  # characters outside the BMP before every paragraph
], ids=["crlf", "astral"])
def test_quote_and_figure_highlight_exactly(make_window, data_copy: Path, change) -> None:
    _rewrite_article(data_copy, change)
    window: MainWindow = make_window(data_copy)
    assert [p for p in window.fact_base.problems if p.severity == "error"] == []
    for fact_id in ("F01", "F05", "F39", "F45"):
        window.select_fact(fact_id)
        fact = window.fact_base.fact(fact_id)
        quote, figure = window.quote.highlighted_texts()
        assert quote == fact["quote"], fact_id
        assert figure == fact["as_printed"], fact_id

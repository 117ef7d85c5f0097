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


def _with_an_earlier_article(data: Path) -> str:
    """A second article stating Dalian's GDP for 2015: the 2015→2025 change then spans two texts."""
    text = "A look back.\nIn 2015 Dalian's gross domestic product came to about 680 billion yuan.\n"
    (data / "sources" / "lookback.txt").write_text(text, encoding="utf-8", newline="")
    header, rows = read_rows(data / "sources.csv")
    rows.append({**{k: "" for k in header}, "id": "lookback", "title": "Dalian, ten years back", "date": "2016-01",
                 "path": "sources/lookback.txt", "sha256": hashlib.sha256(text.encode()).hexdigest(), "language": "en"})
    write_rows(data / "sources.csv", header, rows)
    quote = "In 2015 Dalian's gross domestic product came to about 680 billion yuan."
    start = text.index(quote)
    header, rows = read_rows(data / "facts.csv")
    rows.append({**{k: "" for k in header}, "id": "L01", "kind": "figure", "source_id": "lookback", "city": "Dalian",
                 "sector": "macro economy", "entity": "Dalian", "metric": "GDP", "value": "680",
                 "unit": "billion yuan", "qualifier": "approximately", "period": "2015",
                 "as_printed": "680 billion yuan", "quote": quote, "start": str(start), "end": str(start + len(quote))})
    write_rows(data / "facts.csv", header, rows)
    return quote


def test_a_derived_figure_lights_up_only_the_inputs_in_the_text_shown(make_window, data_copy: Path) -> None:
    quote = _with_an_earlier_article(data_copy)
    window = make_window(data_copy)
    facts = window.fact_base.facts
    assert not window.fact_base.problems
    change = facts[facts["derived"] & (facts["inputs"] == "L01;F01") & (facts["unit"] == "%")]
    assert len(change) == 1  # (over 1,000.21 − about 680) / about 680: from two articles
    window.select_fact(change["id"].iloc[0])
    panel = window.quote
    assert panel.view.toPlainText().startswith("A look back.")
    # Only L01 is in this text; F01's offsets belong to the other article and must not light up anything here.
    assert panel.highlighted_texts() == [quote, "680 billion yuan"]
    assert "F01 is stated in another source" in panel.detail.text()
    assert "Dalian crosses one trillion yuan" in panel.detail.text()
    window.select_fact("F01")  # and its own words are one selection away
    assert panel.highlighted_texts()[0] == window.fact_base.fact("F01")["quote"]


def test_copies_of_a_derived_figure_name_every_source_of_its_inputs(make_window, data_copy: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    _with_an_earlier_article(data_copy)
    window = make_window(data_copy)
    facts = window.fact_base.facts
    derived = facts[facts["derived"] & (facts["inputs"] == "L01;F01") & (facts["unit"] == "%")]["id"].iloc[0]
    window.select_fact(derived)
    window.copy_selected()
    data = QGuiApplication.clipboard().mimeData()
    both = "Dalian, ten years back; Dalian crosses one trillion yuan of GDP: the Northeast's gateway and its test"
    row = data.text().splitlines()[1].split("\t")
    assert row[8] == both and row[9] == derived
    assert "derived from L01 and F01: (over 1,000.21 billion yuan" in data.html()
    assert "Dalian, ten years back" in data.html() and "Dalian crosses one trillion" in data.html()
    window.copy_citation()
    text = QGuiApplication.clipboard().text()
    assert "(Dalian, ten years back, 2016-01; Dalian crosses one trillion yuan" in text
    assert text.endswith(f"fact {derived})")

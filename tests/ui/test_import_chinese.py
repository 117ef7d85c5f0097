"""A Chinese article imported the way a person does it: File ▸ Import article…, review, accept; a city the
fact base lacks is added from the gazetteer together with the facts."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.model.load.factbase import load_fact_base
from explorer.model.numbers import to_base
from tests.helpers import import_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")  # a message box not answered fails

# Written for this test: one city of the bundled fact base (by its Chinese name only) and one it lacks.
TEXT = (
    "东北两市经济运行情况\n"
    "新华社沈阳1月20日电 2025年，沈阳市地区生产总值10002.1亿元，同比增长5.7%，增速比上年提高0.4个百分点。\n"
    "2025年上半年，鞍山市完成进出口总额约２１５．６亿元，同比下降3.2%；新增市场主体超过2.1万户。\n"
)


def test_chinese_article_through_the_menu_gives_verbatim_quotes_base_values_periods_cities_and_a_new_city(
        make_window, data_copy: Path, qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "two-cities-2025.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window(data_copy)
    assert "Anshan" not in window.fact_base.cities
    dialog = import_through_menu(window, path, qtbot, monkeypatch)

    rows = [dialog.model.row_dict(r) for r in range(dialog.model.rowCount())]
    cands = [dialog.model.candidate(r) for r in range(dialog.model.rowCount())]
    assert [c.as_printed for c in cands] == ["10002.1亿元", "5.7%", "0.4个百分点", "２１５．６亿元", "3.2%", "2.1万户"]
    for cand in cands:  # verbatim: the quote and the figure are the text's own characters
        assert TEXT[cand.start:cand.end] == cand.quote and cand.as_printed in cand.quote
        assert TEXT[cand.printed_start:cand.printed_end] == cand.as_printed
    assert cands[0].quote == TEXT.splitlines()[1]
    gdp = rows[0]
    assert to_base(float(gdp["value"]), gdp["unit"]) == (pytest.approx(1_000_210_000_000), "yuan")
    assert [(r["city"], r["period"], r["qualifier"]) for r in rows] == [
        ("Shenyang", "2025", "exact"), ("Shenyang", "2025", "exact"), ("Shenyang", "2025", "exact"),
        ("Anshan", "2025-H1", "approximately"), ("Anshan", "2025-H1", "exact"), ("Anshan", "2025-H1", "over")]
    assert [float(r["value"]) for r in rows][4] == -3.2
    assert "Anshan (鞍山市)" in dialog.summary.text()

    dialog.accept_all_pending()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.add_button.click()
    with (data_copy / "cities.csv").open(encoding="utf-8", newline="") as fh:
        cities = {r["id"]: r for r in csv.DictReader(fh)}
    assert cities["Anshan"]["name"] == "Anshan" and cities["Anshan"]["name_zh"] == "鞍山市"
    base = load_fact_base(data_copy)
    assert not [p for p in base.problems if p.severity == "error"]
    new = base.facts[base.facts["source_id"] == dialog.result_.source_id]
    assert len(new) == 6 and set(new["city"]) == {"Shenyang", "Anshan"}
    with (data_copy / "sources.csv").open(encoding="utf-8", newline="") as fh:
        source = next(r for r in csv.DictReader(fh) if r["id"] == dialog.result_.source_id)
    assert source["language"] == "zh"
    assert base.cities["Anshan"].name_zh == "鞍山市"


# Written for this test: a statistics release with a table, a caption naming the units and a fall in brackets.
TABLE_TEXT = (
    "Dalian port and trade in figures\n\n"
    "In 2031, Dalian's foreign trade grew 4.1 percent.\n\n"
    "Table 1  Trade by quarter, 2031\n(Unit: billion yuan, %)\n\n"
    "Quarter      Trade      Change\n"
    "Q1           118.7        6.3\n"
    "Q2           102.2      (0.9)\n"
)


def test_a_table_through_the_menu_gives_its_units_its_signs_and_quotes_that_show_them(
        make_window, data_copy: Path, qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "dalian-trade-2031.txt"
    path.write_text(TABLE_TEXT, encoding="utf-8")
    window = make_window(data_copy)
    dialog = import_through_menu(window, path, qtbot, monkeypatch)
    cands = {c.as_printed: c for c in (dialog.model.candidate(r) for r in range(dialog.model.rowCount()))}
    assert (cands["118.7"].value, cands["118.7"].unit) == (118.7, "billion yuan")
    assert (cands["(0.9)"].value, cands["(0.9)"].unit) == (-0.9, "%")
    assert cands["(0.9)"].quote.startswith("(Unit: billion yuan, %)")  # the line that names the unit is quoted
    assert TABLE_TEXT[cands["(0.9)"].start:cands["(0.9)"].end] == cands["(0.9)"].quote

    header = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    rows = [dialog.model.row_dict(r) for r in range(dialog.model.rowCount())]
    assert [r["metric"] for r in rows[1:]] == ["Trade", "growth of Trade", "Trade", "growth of Trade"]
    assert [r["period"] for r in rows[1:]] == ["", "", "", ""]  # quarters, which the rows name as Q1, Q2: asked
    for r in range(1, dialog.model.rowCount()):  # the reviewer gives each quarter its period, as a person types it
        quarter = "2031-Q1" if r < 3 else "2031-Q2"
        assert dialog.model.setData(dialog.model.index(r, header.index("Period")), quarter)
        if not dialog.model.row_dict(r)["city"]:
            assert dialog.model.setData(dialog.model.index(r, header.index("City")), "Dalian")
        if not dialog.model.row_dict(r)["sector"]:
            assert dialog.model.setData(dialog.model.index(r, header.index("Sector")), "port and trade")
    dialog.accept_all_pending()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.add_button.click()
    base = load_fact_base(data_copy)
    assert not [p for p in base.problems if p.severity == "error"]
    new = base.facts[base.facts["source_id"] == dialog.result_.source_id]
    assert sorted(new["as_printed"]) == sorted(["4.1 percent", "118.7", "6.3", "102.2", "(0.9)"])
    assert float(new.loc[new["as_printed"] == "(0.9)", "value"].iloc[0]) == -0.9

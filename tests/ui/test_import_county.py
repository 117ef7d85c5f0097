"""An article about a county, imported the way a person does it (File ▸ Import article…): its figures are filed
under the county's prefecture, which the review proposes as a new city and says why (the county named), and
which is added with the facts. Texts written for these tests; the years are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.model.load.factbase import load_fact_base
from tests.helpers import file_empty_sectors_and_add, import_through_menu, read_rows

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

ZH = "仙游县上半年经济运行\n2033年上半年，仙游县实现地区生产总值312.5亿元，同比增长6.1%。\n仙游规上工业增加值增长7.2%。\n"
EN = ("Menghai tea harvest\n\nMENGHAI, Yunnan, Nov. 2, 2033 -- Menghai County's tea output reached 42,000 tonnes this "
      "year, up 5.2 percent. Menghai sold 3.1 billion yuan of tea.\n")


def _city_column(dialog) -> int:  # type: ignore[no-untyped-def]
    header = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    return header.index("City")


@pytest.mark.parametrize(("name", "text", "city", "city_zh", "county"), [
    ("xianyou-2033.txt", ZH, "Putian", "莆田市", "仙游县 is a county of Putian"),
    ("menghai-tea-2033.txt", EN, "Xishuangbanna", "西双版纳傣族自治州", "Menghai is a county of Xishuangbanna"),
])
def test_a_county_s_figures_go_to_its_prefecture_which_is_proposed_explained_and_added(
        make_window, data_copy: Path, qtbot, tmp_path: Path, monkeypatch, name: str, text: str, city: str,
        city_zh: str, county: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    window = make_window(data_copy)
    assert city not in window.fact_base.cities
    dialog = import_through_menu(window, path, qtbot, monkeypatch)

    rows = [dialog.model.row_dict(r) for r in range(dialog.model.rowCount())]
    assert rows and {r["city"] for r in rows} == {city}
    assert f"{city} ({city_zh})" in dialog.summary.text()
    tip = dialog.model.data(dialog.model.index(0, _city_column(dialog)), Qt.ItemDataRole.ToolTipRole)
    assert county in tip and "sure" in tip  # the reviewer sees why a text naming no prefecture is filed under one

    assert dialog.model.setData(dialog.model.index(0, _city_column(dialog)), "")  # a reviewer who clears the city
    tip = dialog.model.data(dialog.model.index(0, _city_column(dialog)), Qt.ItemDataRole.ToolTipRole)
    assert county not in tip  # is not told why the guess was made as though it stood
    assert dialog.model.setData(dialog.model.index(0, _city_column(dialog)), city)

    file_empty_sectors_and_add(dialog, qtbot)  # the reviewer files what the guess left empty, as a person types it
    added = {r["id"]: r for r in read_rows(data_copy / "cities.csv")[1]}
    assert added[city]["name_zh"] == city_zh
    base = load_fact_base(data_copy)
    assert not [p for p in base.problems if p.severity == "error"]
    new = base.facts[base.facts["source_id"] == dialog.result_.source_id]
    assert len(new) == len(rows) and set(new["city"]) == {city}

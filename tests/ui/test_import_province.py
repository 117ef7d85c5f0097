"""A release about a province, English or Chinese, imported the way a person does it (File ▸ Import article…): it
names the province and no city (a Chinese one says 全省), so its figures are filed under the province, which the
review proposes as a new place of the fact base and adds with the facts. Texts written for this test; the years
are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.model.load.factbase import load_fact_base
from tests.helpers import file_empty_sectors_and_add, import_through_menu, read_rows

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

TEXT = ("Gansu economy grows 5.1 pct in 2033\n\nGansu Provincial Bureau of Statistics\n\nThe province's GDP reached "
        "1.02 trillion yuan in 2033, up 5.1 percent. Grain output rose 2.3 percent to 12.6 million tonnes.\n")
# a wire filed from the provincial capital: the dateline names where it was filed, the headline the province
TEXT_WIRE = ("Gansu's foreign trade up 6.1 pct in 2033\n\nLANZHOU, Jan. 20 (Hexi Wire) -- Foreign trade in northwest "
             "China's Gansu Province rose 6.1 percent to 61.2 billion yuan in 2033, Lanzhou Customs said. Exports "
             "grew 8.2 percent, and the province's trade with ASEAN reached 14.3 billion yuan, the provincial "
             "commerce department said.\n")
# Chinese: 全省 (the whole province) the subject of its figures, one province named at its top
TEXT_ZH = ("前三季度全省经济运行稳中向好\n\n来源：甘肃省统计局\n\n"
           "2033年前三季度，全省实现地区生产总值9102.3亿元，同比增长5.6%。全省规模以上工业增加值增长7.2%。"
           "全省社会消费品零售总额3210.5亿元，增长4.1%。"
           "全省居民人均可支配收入21034元。\n")


@pytest.mark.parametrize(("text", "figures"), [(TEXT, 3), (TEXT_WIRE, 4), (TEXT_ZH, 5)],
                         ids=["english", "english wire with a dateline", "chinese"])
def test_a_province_s_release_is_filed_under_the_province_which_is_proposed_and_added(
        make_window, data_copy: Path, qtbot, tmp_path: Path, monkeypatch, text: str, figures: int) -> None:
    path = tmp_path / "gansu-economy-2033.txt"
    path.write_text(text, encoding="utf-8")
    window = make_window(data_copy)
    assert "Gansu" not in window.fact_base.cities
    dialog = import_through_menu(window, path, qtbot, monkeypatch)
    rows = [dialog.model.row_dict(r) for r in range(dialog.model.rowCount())]
    assert len(rows) >= figures and {r["city"] for r in rows} == {"Gansu"}
    assert "Gansu (甘肃省, the province)" in dialog.summary.text()  # (a province: said so, not taken for a city)
    header = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    tip = dialog.model.data(dialog.model.index(0, header.index("City")), Qt.ItemDataRole.ToolTipRole)
    assert "sure" in tip  # a guess, and said to be one
    file_empty_sectors_and_add(dialog, qtbot)
    added = {r["id"]: r for r in read_rows(data_copy / "cities.csv")[1]}
    assert added["Gansu"]["name_zh"] == "甘肃省" and added["Gansu"]["kind"] == "province"
    base = load_fact_base(data_copy)
    assert not [p for p in base.problems if p.severity == "error"]
    new = base.facts[base.facts["source_id"] == dialog.result_.source_id]
    assert len(new) == len(rows) and set(new["city"]) == {"Gansu"}


def test_a_city_report_comparing_itself_with_the_province_stays_the_city_s(
        make_window, data_copy: Path, qtbot, tmp_path: Path, monkeypatch) -> None:
    """A city's report says 全省 where it compares itself (居全省第2位, 高于全省平均): its figures stay the city's."""
    path = tmp_path / "tianshui-2033.txt"
    path.write_text("天水市前三季度经济运行情况\n\n来源：甘肃省天水市统计局\n\n前三季度，天水市实现地区生产总值512.6亿元，"
                    "同比增长6.1%，增速居全省第2位，高于全省平均0.5个百分点。全省排名前列。全市固定资产投资增长8.3%。\n",
                    encoding="utf-8")
    window = make_window(data_copy)
    dialog = import_through_menu(window, path, qtbot, monkeypatch)
    cities = {dialog.model.row_dict(r)["city"] for r in range(dialog.model.rowCount())}
    assert "Gansu" not in cities and cities <= {"Tianshui", ""}, cities

"""Session 15's readings met the way a person meets them: File ▸ Import article… on a county radio programme and a
winter bulletin of another region and year (written for this test), the review dialog's rows as shown, accept all,
add; the fact base reloads them in base units."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.model.load.factbase import load_fact_base
from tests.helpers import import_through_menu
from tests.ui.test_import_round16 import _accept_all_and_add

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")  # a message box not answered fails

ZH = (
    "江屿县融媒体中心 2031年11月20日\n\n"
    "主持人：老周，今年合作社的蘑菇卖得怎么样？\n"
    "老周：回头客占了一大半。优等品率提到了八成五，一斤能卖到九块。\n"
    "老周：旺季一天少说也得发三百单，一个工人一天到手差不多两百来块。\n"
    "主持人：听说去年冻了？\n老周：前年冻了一回，减产了一半。\n"
    "县统计局：1—10月，全县空气质量优良天数为287天，同比增加6天；秋粮收购进度已过半。\n"
)

EN = (
    "Release No. 23, 2031\n\nHARBOUR COUNTY WINTER BULLETIN\n\n"
    "The resident population was 1,762,200 at the end of 2031, a decrease of 41,200 people, or 2.28 percent. "
    "Outbound tour groups were down, by about a quarter. The coldest night brought minus 27 degrees Celsius. "
    "Average customs clearance took 16.2 hours, 3.5 hours shorter than in the first quarter.\n\n"
    '"Half my customers are from out of town," said one innkeeper.\n'
)


def _rows(dialog) -> list[tuple[str, str, str, str]]:  # noqa: ANN001
    """(as printed, the Figure column as shown, unit, qualifier) of every candidate row."""
    out = []
    for r in range(dialog.model.rowCount()):
        row = dialog.model.row_dict(r)
        out.append((dialog.model.candidate(r).as_printed, dialog.model.index(r, 1).data(), row["unit"],
                    row["qualifier"]))
    return out


def test_a_chinese_radio_programme_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                    monkeypatch) -> None:
    path = tmp_path / "jiangyu-mushrooms-2031.txt"
    path.write_text(ZH, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert _rows(dialog) == [
        ("一大半", "over 50%", "%", "over"), ("八成五", "≈ 85%", "%", "approximately"), ("九块", "9块钱", "块钱", "exact"),
        ("三百单", "over 300单", "单", "over"), ("两百来块", "≈ 200块钱", "块钱", "approximately"),
        ("一半", "-50%", "%", "exact"), ("287天", "287天", "天", "exact"), ("6天", "6天", "天", "exact"),
        ("过半", "over 50%", "%", "over")]
    _accept_all_and_add(dialog, qtbot)
    base = load_fact_base(data_copy)
    assert not [p for p in base.problems if p.severity == "error"]
    new = base.facts[base.facts["source_id"] == dialog.result_.source_id]
    assert sorted(zip(new["as_printed"], new["unit"], new["value_base"], new["base_unit"])) == sorted([
        ("287天", "天", 287.0, "days"), ("6天", "天", 6.0, "days"), ("一半", "%", -50.0, "%"), ("一大半", "%", 50.0, "%"),
        ("三百单", "单", 300.0, "count"), ("两百来块", "块钱", 200.0, "yuan"), ("九块", "块钱", 9.0, "yuan"),
        ("八成五", "%", 85.0, "%"), ("过半", "%", 50.0, "%")])


def test_an_english_winter_bulletin_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                     monkeypatch) -> None:
    path = tmp_path / "harbour-county-winter-2031.txt"
    path.write_text(EN, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert _rows(dialog) == [  # (no rank from "Release No. 23")
        ("1,762,200", "1,762,200 count", "count", "exact"), ("41,200 people", "-41,200 people", "people", "exact"),
        ("2.28 percent", "-2.28%", "%", "exact"), ("a quarter", "≈ -25%", "%", "approximately"),
        ("27 degrees Celsius", "-27 °C", "°C", "exact"), ("16.2 hours", "16.2 hours", "hours", "exact"),
        ("3.5 hours", "-3.5 hours", "hours", "exact"), ("Half", "50%", "%", "exact")]
    _accept_all_and_add(dialog, qtbot)
    base = load_fact_base(data_copy)
    assert not [p for p in base.problems if p.severity == "error"]
    new = base.facts[base.facts["source_id"] == dialog.result_.source_id]
    assert sorted(zip(new["as_printed"], new["unit"], new["value_base"], new["base_unit"])) == sorted([
        ("1,762,200", "count", 1762200.0, "count"), ("16.2 hours", "hours", 16.2, "hours"),
        ("2.28 percent", "%", -2.28, "%"), ("27 degrees Celsius", "°C", -27.0, "°C"), ("3.5 hours", "hours", -3.5, "hours"),
        ("41,200 people", "people", -41200.0, "people"), ("Half", "%", 50.0, "%"), ("a quarter", "%", -25.0, "%")])

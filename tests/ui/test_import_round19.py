"""Session 17's readings met the way a person meets them: File ▸ Import article… on a county TV interview and a
housing fund notice of another region and year (written for this test), the review dialog's rows as shown, accept
all, add; the fact base reloads them in base units."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.model.load.factbase import load_fact_base
from tests.helpers import import_through_menu
from tests.ui.test_import_round16 import _accept_all_and_add
from tests.ui.test_import_round17 import _rows

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")  # a message box not answered fails

ZH = (
    "青溪县融媒体中心 2032年10月12日\n\n"
    "记者：今年的核桃卖得怎么样？\n"
    "老唐：行情还行，好的一斤十六七块，差的也就九毛二一两。\n"
    "老唐：合作社请了六个帮工，一天一个人给一百二十块，比去年少个两百来块。\n"
)

EN = (
    "Qingxi Housing Provident Fund Centre: new loan rules from 1 November 2032\n\n"
    "The maximum loan for a couple who both pay in rises to 900,000 yuan, from 750,000 yuan. "
    "For a second home, the minimum down payment falls from 35 percent to 30 percent. "
    "Processing fees will fall by at least 15 percent.\n"
)


def test_a_chinese_tv_interview_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                 monkeypatch) -> None:
    path = tmp_path / "qingxi-walnuts-2032.txt"
    path.write_text(ZH, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert _rows(dialog) == [
        ("十六七块", "in the 16块钱 range", "块钱", "range"), ("七块", "in the 17块钱 range", "块钱", "range"),
        ("九毛二", "9.2毛", "毛", "exact"), ("六个", "6个", "个", "exact"), ("一百二十块", "120块钱", "块钱", "exact"),
        ("两百来块", "≈ -200块钱", "块钱", "approximately")]
    _accept_all_and_add(dialog, qtbot)
    base = load_fact_base(data_copy)
    assert not [p for p in base.problems if p.severity == "error"]
    new = base.facts[base.facts["source_id"] == dialog.result_.source_id]
    assert sorted(zip(new["as_printed"], new["unit"], new["value_base"].round(6), new["base_unit"])) == sorted([
        ("十六七块", "块钱", 16.0, "yuan"), ("七块", "块钱", 17.0, "yuan"), ("九毛二", "毛", 0.92, "yuan"),
        ("六个", "个", 6.0, "count"), ("一百二十块", "块钱", 120.0, "yuan"), ("两百来块", "块钱", -200.0, "yuan")])


def test_an_english_housing_fund_notice_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                         monkeypatch) -> None:
    path = tmp_path / "qingxi-fund-loans-2032.txt"
    path.write_text(EN, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert _rows(dialog) == [
        ("900,000 yuan", "under 900,000 yuan", "yuan", "under"), ("750,000 yuan", "under 750,000 yuan", "yuan", "under"),
        ("35 percent", "over 35%", "%", "over"), ("30 percent", "over 30%", "%", "over"),
        ("15 percent", "< -15% (expected)", "%", "expected_over")]
    _accept_all_and_add(dialog, qtbot)
    base = load_fact_base(data_copy)
    assert not [p for p in base.problems if p.severity == "error"]
    new = base.facts[base.facts["source_id"] == dialog.result_.source_id]
    assert sorted(zip(new["as_printed"], new["qualifier"], new["value_base"])) == sorted([
        ("900,000 yuan", "under", 900000.0), ("750,000 yuan", "under", 750000.0), ("35 percent", "over", 35.0),
        ("30 percent", "over", 30.0), ("15 percent", "expected_over", -15.0)])

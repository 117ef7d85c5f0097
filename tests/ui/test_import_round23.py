"""Session 21's report tables met the way a person meets them: File ▸ Import article… on a bank's annual report
summary of another region and year (written for this test), its table in millions of yuan with a row name wrapped
onto two lines; accept all, add; the fact base reloads the cells in yuan."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.model.load.factbase import load_fact_base
from tests.helpers import import_through_menu
from tests.ui.test_import_round16 import _accept_all_and_add

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")  # a message box not answered fails

REPORT = (
    "澜江农村商业银行股份有限公司\n2033年年度报告摘要\n\n"
    "表1　主要会计数据\n"
    "单位：人民币百万元\n\n"
    "项目                                     2033年         2032年      本年比上年增减(%)\n"
    "营业收入                                1,734.8        1,652.1          5.01\n"
    "归属于本行股东的扣除非经常性\n"
    "损益的净利润                              455.2          431.9          5.39\n"
    "各项贷款                               61,238.7       56,104.2          9.15\n"
)


def test_a_report_table_in_millions_of_yuan_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                              monkeypatch) -> None:
    path = tmp_path / "lanjiang-bank-annual-2033.txt"
    path.write_text(REPORT, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    rows = {dialog.model.candidate(r).as_printed: dialog.model.row_dict(r) for r in range(dialog.model.rowCount())}
    for printed in ("1,734.8", "1,652.1", "455.2", "431.9", "61,238.7", "56,104.2"):
        assert rows[printed]["unit"] == "百万元", printed
    for printed in ("5.01", "5.39", "9.15"):
        assert rows[printed]["unit"] == "%", printed
    _accept_all_and_add(dialog, qtbot)
    base = load_fact_base(data_copy)
    assert not [p for p in base.problems if p.severity == "error"]
    new = base.facts[base.facts["source_id"] == dialog.result_.source_id]
    got = dict(zip(new["as_printed"], zip(new["value_base"], new["base_unit"])))
    assert got["455.2"] == (455_200_000.0, "yuan") and got["61,238.7"] == (61_238_700_000.0, "yuan")
    assert got["5.39"] == (5.39, "%")

"""Session 22's periods met the way a person meets them: File ▸ Import article… on a quarterly report of another
region and year (written for this test), its table's 本报告期 and 年初至报告期末 columns; the review shows each cell's
period, and the fact base keeps it after accept all and add."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.model.load.factbase import load_fact_base
from tests.helpers import import_through_menu
from tests.ui.test_import_round16 import _accept_all_and_add

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")  # a message box not answered fails

QUARTERLY = (
    "澜江燃气股份有限公司\n2033年第三季度报告（摘要）\n\n"
    "一、主要财务数据\n"
    "单位：元　币种：人民币\n"
    "项目｜本报告期｜本报告期比上年同期增减变动幅度（%）｜年初至报告期末｜年初至报告期末比上年同期增减变动幅度（%）\n"
    "营业收入｜168,352.41｜-13.85｜497,206.77｜-1.92\n"
)


def test_a_quarterly_reports_columns_give_their_periods_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                         tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "lanjiang-gas-q3-2033.txt"
    path.write_text(QUARTERLY, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    rows = {dialog.model.candidate(r).as_printed: dialog.model.row_dict(r) for r in range(dialog.model.rowCount())}
    assert rows["168,352.41"]["period"] == "2033-07..09" and rows["-13.85"]["period"] == "2033-07..09"
    assert rows["497,206.77"]["period"] == "2033-01..09" and rows["-1.92"]["period"] == "2033-01..09"
    _accept_all_and_add(dialog, qtbot)
    base = load_fact_base(data_copy)
    assert not [p for p in base.problems if p.severity == "error"]
    new = base.facts[base.facts["source_id"] == dialog.result_.source_id]
    got = dict(zip(new["as_printed"], new["period"]))
    assert got["168,352.41"] == "2033-07..09" and got["497,206.77"] == "2033-01..09"

"""Session 14's readings met the way a person meets them: File ▸ Import article… on a half-year report of another
region and year (written for this test), the review dialog's rows, accept all, add; the fact base reloads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.model.load.factbase import load_fact_base
from tests.extraction.conftest import fill_empty_guesses
from tests.helpers import import_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")  # a message box not answered fails

ZH = (
    "江城精工股份有限公司\n2031年半年度报告摘要\n\n"
    "报告期内，公司实现营业收入12.6亿元，同比增长8.4%。\n"
    "公司主导产品的市场占有率居全省同行业首位。\n"
    "客户订单平均响应时间压缩至2小时以内。\n"
    "本期公司发行绿色公司债券3亿元，期限为5年。\n"
    "行业协会发布的装备制造业景气指数为1086.4点，比上月上涨12.3点。\n"
    "公司预计2031年全年营业收入将超过26亿元。\n"
)

EN = (
    "HARBOUR LIGHT HOLDINGS\nINTERIM RESULTS ANNOUNCEMENT FOR THE SIX MONTHS ENDED 30 JUNE 2031\n\n"
    "Revenue rose 7.5% to RMB318.2 million. Net debt stood at RMB96.0 million, within the limit of "
    "RMB120.0 million set by our lenders.\n"
)


def _rows(dialog) -> list[tuple[str, str, str, str, str]]:  # noqa: ANN001
    """(as printed, the Figure column as shown, unit, qualifier, period) of every candidate row."""
    out = []
    for r in range(dialog.model.rowCount()):
        row = dialog.model.row_dict(r)
        shown = dialog.model.index(r, 1).data()
        out.append((dialog.model.candidate(r).as_printed, shown, row["unit"], row["qualifier"], row["period"]))
    return out


def _accept_all_and_add(dialog, qtbot) -> None:  # noqa: ANN001
    fill_empty_guesses(dialog, city="Harbin")  # the fields left to the reviewer (the text names no known city)
    dialog.accept_all_pending()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.add_button.click()


def test_a_chinese_half_year_report_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                     monkeypatch) -> None:
    path = tmp_path / "jiangcheng-half-year-2031.txt"
    path.write_text(ZH, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert _rows(dialog) == [
        ("12.6亿元", "12.6亿元", "亿元", "exact", "2031-H1"),
        ("8.4%", "8.4%", "%", "exact", "2031-H1"),
        ("首位", "No. 1", "rank", "exact", "2031-H1"),
        ("2小时", "under 2小时", "小时", "under", "2031-H1"),
        ("3亿元", "3亿元", "亿元", "exact", "2031-H1"),
        ("5年", "5 years", "years", "exact", "2031-H1"),
        ("1086.4点", "1,086.4点", "点", "exact", "2031-H1"),
        ("12.3点", "12.3点", "点", "exact", "2031-H1"),
        ("26亿元", "> 26亿元 (expected)", "亿元", "expected_over", "2031"),  # its sentence names the whole year
    ]
    _accept_all_and_add(dialog, qtbot)
    base = load_fact_base(data_copy)
    assert not [p for p in base.problems if p.severity == "error"]
    new = base.facts[base.facts["source_id"] == dialog.result_.source_id]
    assert sorted(zip(new["as_printed"], new["unit"], new["value_base"], new["base_unit"])) == sorted([
        ("12.6亿元", "亿元", 1.26e9, "yuan"), ("8.4%", "%", 8.4, "%"), ("首位", "rank", 1.0, "rank"),
        ("2小时", "小时", 2.0, "hours"), ("3亿元", "亿元", 3e8, "yuan"), ("5年", "years", 5.0, "years"),
        ("1086.4点", "点", 1086.4, "index points"), ("12.3点", "点", 12.3, "index points"),
        ("26亿元", "亿元", 2.6e9, "yuan")])


def test_an_english_interim_report_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                    monkeypatch) -> None:
    path = tmp_path / "harbour-light-interim-2031.txt"
    path.write_text(EN, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert [(p, q, period) for p, _, _, q, period in _rows(dialog)] == [
        ("7.5%", "exact", "2031-H1"), ("RMB318.2 million", "exact", "2031-H1"),
        ("RMB96.0 million", "exact", "2031-H1"),
        ("RMB120.0 million", "under", "2031")]  # a limit set, no outcome of the half: the report's year
    _accept_all_and_add(dialog, qtbot)
    base = load_fact_base(data_copy)
    assert not [p for p in base.problems if p.severity == "error"]
    assert len(base.facts[base.facts["source_id"] == dialog.result_.source_id]) == 4

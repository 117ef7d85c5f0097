"""Short-video subtitles whose words are parted by spaces (鲈鱼 28 一斤), imported as a person does it: File ▸ Import
article…, review, accept. The prices are read as if unspaced, and every quote is the text's own, spaces and all,
in the review's highlight and in the facts written. The text is written here (another place and year)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.model.load.factbase import load_fact_base
from tests.helpers import file_empty_sectors_and_add, import_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

SUBTITLES = ("安顺早市 物价 实录\n阿明 逛 县城\n2033-11-05 19:06 发布\n\n【视频字幕】\n\n00:00\n大家好 我是 阿明\n"
             "今天 我们 来到了 安顺市 城南 农贸市场\n00:35\n先看 蔬菜\n阿姨 西红柿 怎么卖\n3块 一斤\n01:10\n"
             "这边 是 水产区\n鲈鱼 28 一斤\n老板 说 鲈鱼 比 上个月 便宜了 2块 左右\n01:55\n豆腐 两块五 一块\n"
             "黄豆 现在 四块二 一斤\n比 去年 便宜了 两毛\n")


def test_spaced_subtitles_give_prices_with_verbatim_quotes(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                           monkeypatch) -> None:
    path = tmp_path / "hexi-market-vlog.txt"
    path.write_text(SUBTITLES, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    model = dialog.model
    cands = {model.candidate(r).as_printed: r for r in range(model.rowCount())}
    assert {"3块", "28", "2块", "两块五", "四块二", "两毛"} <= set(cands)
    for printed, row in cands.items():
        cand = model.candidate(row)
        assert SUBTITLES[cand.printed_start:cand.printed_end] == printed
        assert SUBTITLES[cand.start:cand.end] == cand.quote
    bass = model.candidate(cands["2块"])
    assert bass.value < 0 and bass.quote == "老板 说 鲈鱼 比 上个月 便宜了 2块 左右"

    # The review highlights the figure where it stands in the text shown (its spaces kept).
    dialog.table.setCurrentIndex(dialog.proxy.mapFromSource(model.index(cands["28"], 0)))
    qtbot.waitUntil(lambda: any(s.cursor.selectedText() == "28" for s in dialog.view.extraSelections()))
    assert dialog.view.toPlainText() == SUBTITLES.rstrip("\n") or dialog.view.toPlainText() == SUBTITLES

    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for r in range(model.rowCount()):  # (a metric the guess left empty, typed in its cell as a person does)
        if not model.row_dict(r)["metric"]:
            assert model.setData(model.index(r, header.index("Metric")), "retail price")
    file_empty_sectors_and_add(dialog, qtbot, "retail and consumption")
    base = load_fact_base(data_copy)
    assert not [p for p in base.problems if p.severity == "error"]
    new = base.facts[base.facts["source_id"] == dialog.result_.source_id]
    assert {"3块", "28", "两毛"} <= set(new["as_printed"])
    for _, fact in new.iterrows():  # (each quote is the source's own text, as the load checked)
        assert fact["quote"] in SUBTITLES

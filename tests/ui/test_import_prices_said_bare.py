"""This session's extraction rules reached as a person reaches them: File ▸ Import article… on transcripts written
here (other places and years). A Chinese stall's prices said without 元 (listed, and in digits as 3块7) show in yuan
in the review; an English "we'll" plan shows as a forecast, "that'll be" as the price it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.ui.import_dialog import COLUMNS
from tests.helpers import import_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

STALL = ("河西县农贸市场 民生热线 2033年11月5日\n\n"
         "【记者】猪肉现在什么价？\n\n"
         "【摊主】前腿肉现在十五块一斤，后腿十七，五花十九。排骨贵，三十二。\n\n"
         "【记者】天然气呢？\n\n"
         "【司机】现在一方气3块7，起步价7块。\n")

TALK = ("QINGHE COUNTY RADIO | MARKET LINE | 12 March 2034\n\n"
        "HOST: What's next for the farm?\n\n"
        "WEI: Next year we'll build four more cold stores, 21,000 tonnes of capacity in all.\n\n"
        "HOST: And the shop?\n\n"
        "CLERK: That'll be 46 yuan. Last year we sold 452 boxes.\n")


def _column(key: str) -> int:
    return next(i for i, (name, _, _) in enumerate(COLUMNS) if name == key)


def _rows(dialog) -> dict[str, int]:  # type: ignore[no-untyped-def]
    model = dialog.model
    return {model.candidate(r).as_printed: r for r in range(model.rowCount())}


def test_chinese_prices_said_without_yuan_show_in_yuan(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                       monkeypatch) -> None:
    path = tmp_path / "hexi-market-hotline.txt"
    path.write_text(STALL, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    model, rows = dialog.model, _rows(dialog)
    for printed, value in (("十七", "17"), ("十九", "19"), ("三十二", "32"), ("3块7", "3.7")):
        figure = model.data(model.index(rows[printed], _column("figure")))
        assert value in figure and ("元" in figure or "yuan" in figure or "块钱" in figure), (printed, figure)
        assert model.data(model.index(rows[printed], _column("as_printed"))) == printed


def test_a_contracted_will_shows_a_forecast_and_a_price_now_does_not(make_window, data_copy: Path, qtbot,
                                                                     tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "qinghe-market-line.txt"
    path.write_text(TALK, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    model, rows = dialog.model, _rows(dialog)
    assert model.data(model.index(rows["four"], _column("qualifier"))) == "forecast"
    assert model.data(model.index(rows["21,000 tonnes"], _column("qualifier"))) == "forecast"
    assert model.data(model.index(rows["46 yuan"], _column("qualifier"))) == "exact"
    assert model.data(model.index(rows["452"], _column("qualifier"))) == "exact"

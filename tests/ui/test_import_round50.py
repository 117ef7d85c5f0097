"""Session 47's extraction rules reached as a person reaches them: File ▸ Import article… on texts written here
(other places and years). An English film bulletin whose note gives its units ("Unless otherwise stated, box office
is given in 10,000 yuan") and a cinema manager's prices said as "two-fifty"; a Chinese flower market livestream that
counts pots in 盆 and names a place its customers come from; a nutrition bulletin whose header gives its units on a
second line and a grower's prices of a box said in words; a county's report, issued by a county of a two-character
name, with a ratio of cars to chargers and books counted in 本."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import import_through_menu
from tests.helpers import review_cell as _cell
from tests.helpers import review_rows_printed as _row_count

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

BULLETIN = ("BAIYIN FILM OFFICE | 20 January 2034\n\n"
            "Unless otherwise stated, box office is given in 10,000 yuan and admissions in 10,000 person-times.\n\n"
            "The National Day holiday brought in 412.6, nearly a fifth of the year's box office. Admissions reached "
            "61.3 over the year.\n\n"
            "MANAGER: A VIP hall ticket is one-twenty. Last year it was one-ten. That's ten yuan more.\n")

LIVESTREAM = ("2034-02-11 直播回放\n\n主播：今天我们在花卉市场。\n"
              "摊主：平时一天七十来盆吧，周末能卖个一百二十多盆。外地客户也多，韶关、河源都有人下单。\n")


def test_a_notes_units_and_prices_said_in_hundreds_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                    tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "baiyin-film-bulletin.txt"
    path.write_text(BULLETIN, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert (_cell(dialog, "412.6", "value"), _cell(dialog, "412.6", "unit")) == ("412.6", "万元")
    assert (_cell(dialog, "61.3", "value"), _cell(dialog, "61.3", "unit")) == ("61.3", "万人次")
    assert (_cell(dialog, "one-twenty", "value"), _cell(dialog, "one-twenty", "unit")) == ("120", "yuan")
    assert (_cell(dialog, "one-ten", "value"), _cell(dialog, "one-ten", "unit")) == ("110", "yuan")
    assert _row_count(dialog, "10,000 yuan") == 0  # (the note's unit: no figure)
    # (nor a number nothing covers, flagged red: the note's 10,000 is its units' scale)
    assert dialog.summary.text().splitlines()[0].endswith("Numbers no fact or candidate covers (red): 0")


def test_pots_counted_and_customers_from_elsewhere_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                   tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "flower-livestream.txt"
    path.write_text(LIVESTREAM, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert (_cell(dialog, "七十来盆", "value"), _cell(dialog, "七十来盆", "unit")) == ("70", "盆")
    assert (_cell(dialog, "一百二十多盆", "value"), _cell(dialog, "一百二十多盆", "unit")) == ("120", "盆")
    assert _cell(dialog, "七十来盆", "city") == ""  # (not 韶关: where customers come from)


NUTRITION = ("WANGJIANG COUNTY EDUCATION BUREAU | 12 February 2034\n\n"
             "Table 1  Coverage and funds by school stage, 2033\n\n"
             "Stage                   Pupils covered    Funds allocated     Growth of funds\n"
             "                        (10,000)          (10,000 yuan)       on 2032 (%)\n"
             "Primary                 3.12              2,904.6             -2.4\n\n"
             "[LIVESTREAM] Link number 1, dried bamboo shoots, a bag at thirty-six. Thirty-six yuan, two jin a bag.\n")

COUNTY = ("沛县2033年公共服务情况\n发布时间：2034-01-16　　来源：沛县发展和改革委员会\n\n"
          "截至2033年末，全县公共充电桩4800个，车桩比由上年末的2.7∶1下降至2.2∶1。全县居民人均阅读纸质图书4.72本。\n")


def test_units_on_a_headers_second_line_and_a_price_of_a_bag_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                             tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "wangjiang-nutrition.txt"
    path.write_text(NUTRITION, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert (_cell(dialog, "3.12", "value"), _cell(dialog, "3.12", "unit")) == ("3.12", "万人")
    assert (_cell(dialog, "2,904.6", "value"), _cell(dialog, "2,904.6", "unit")) == ("2904.6", "万元")
    assert (_cell(dialog, "-2.4", "value"), _cell(dialog, "-2.4", "unit")) == ("-2.4", "%")
    assert (_cell(dialog, "thirty-six", "value"), _cell(dialog, "thirty-six", "unit")) == ("36", "yuan")
    # (the "(10,000 yuan)" under a header's name is its unit's scale, not a number nothing covers, flagged red)
    assert dialog.summary.text().splitlines()[0].endswith("Numbers no fact or candidate covers (red): 0")


def test_a_ratio_books_and_a_county_issuers_city_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                   tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "peixian-services.txt"
    path.write_text(COUNTY, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert (_cell(dialog, "2.7∶1", "value"), _cell(dialog, "2.7∶1", "unit")) == ("2.7", "倍")
    assert (_cell(dialog, "2.2∶1", "value"), _cell(dialog, "2.2∶1", "unit")) == ("2.2", "倍")
    assert (_cell(dialog, "4.72本", "value"), _cell(dialog, "4.72本", "unit")) == ("4.72", "本")
    assert "Xuzhou" in _cell(dialog, "4800个", "city")  # (沛县, a county of Xuzhou, issues the report)

"""Session 52's extraction rules reached as a person reaches them: File ▸ Import article… on texts written here
(other places and years). An English phone-in with a price range said "three hundred, three-fifty" and prices in
hundreds and high tens; a Chinese podcast with a price table whose cell touches its row's name, a count answering
"几个人？" and a sum said bare after 一场."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import import_text_through_menu
from tests.helpers import review_cell as _cell

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

PHONE_IN = ("QINGYUAN CITY RADIO | MORNING LINE | 2034\n\n"
            "HOST: What does a small piece cost?\n"
            "WEN: Line work, a flower, that's three hundred, three-fifty.\n"
            "CALLER: Online they said four-eighty. There it was four-eighty for the outline, another two hundred "
            "for shading. All in yuan.\n"
            "HOST: How many studios are there now?\n"
            "WEN: In winter we're down to, I'd say, ninety studios.\n")

PODCAST = ("2035-04-02 密室播客 第8期\n\n"
           "阿杰：一场能进几个人？\n"
           "老板：最多八位，再多就挤了。\n"
           "阿杰：兼职演员呢？\n"
           "老板：按场算，一场八十。\n\n"
           "表1　2034年全市密室主要价格\n"
           "项目　　　　　平均价格（元）　同比增减（%）\n"
           "散客票（单人）　128　　　　　　-3.0\n"
           "包场（六人）688　　　　　　　2.5\n")


def test_a_spoken_price_range_and_hundreds_in_high_tens_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                         tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "qingyuan-morning-line.txt", PHONE_IN,
                                      qtbot, monkeypatch)
    for printed, value in (("three hundred", "300"), ("three-fifty", "350")):
        assert (_cell(dialog, printed, "value"), _cell(dialog, printed, "unit"), _cell(dialog, printed, "qualifier")) \
            == (value, "yuan", "range")
    assert (_cell(dialog, "four-eighty", "value"), _cell(dialog, "four-eighty", "unit")) == ("480", "yuan")
    assert _cell(dialog, "ninety", "qualifier") == "approximately"


def test_a_table_cell_a_count_answered_and_a_bare_sum_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                       tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "escape-room-podcast.txt", PODCAST, qtbot,
                                      monkeypatch)
    assert (_cell(dialog, "八位", "value"), _cell(dialog, "八位", "qualifier")) == ("8", "under")
    assert (_cell(dialog, "八十", "value"), _cell(dialog, "八十", "unit")) == ("80", "元")
    assert (_cell(dialog, "688", "unit"), _cell(dialog, "688", "period")) == ("元", "2034")
    assert (_cell(dialog, "2.5", "unit"), _cell(dialog, "2.5", "qualifier")) == ("%", "exact")


LIVESTREAM = ("2035-01-12 澡堂直播文字实录\n\n"
              "主播：外头啥温度知道不？我手机上显示零下二十六，眉毛都挂霜了。\n"
              "老板：会员卡充一千送二百。咱市里有规定，一张卡最多充五千。\n"
              "主播：那一个月下来能挣多少？\n"
              "师傅：好的时候六千到七千吧。\n"
              "大爷：办的十次卡，三百六，比单买合算。\n")

NOTICE = ("Notice on the Ferry Trade in 2034\n\n"
          "I. Size of the trade\n\nAt the end of 2034 there were 12 ferry operators in the city.\n\n"
          "II. Work in 2035\n\nIn 2035 the bureau will make no fewer than 40 inspections.\n\n"
          "Table 1 Fares taken by route, 2034\n\n"
          "Route | Fares (10,000 yuan) | Share (%)\nRiver crossing | 3,200 | 61.5\nIsland line | 2,000 | 38.5\n")


def test_a_livestream_of_top_ups_earnings_and_cold_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                    tmp_path: Path, monkeypatch) -> None:
    window = make_window(data_copy)
    dialog = import_text_through_menu(window, tmp_path / "bathhouse-livestream.txt", LIVESTREAM, qtbot, monkeypatch)
    assert (_cell(dialog, "零下二十六", "value"), _cell(dialog, "零下二十六", "unit")) == ("-26", "℃")
    assert (_cell(dialog, "一千", "value"), _cell(dialog, "一千", "unit")) == ("1000", "元")
    assert _cell(dialog, "五千", "qualifier") == "under"
    assert (_cell(dialog, "七千", "unit"), _cell(dialog, "七千", "qualifier")) == ("元", "range")
    assert _cell(dialog, "三百六", "value") == "360"
    dialog.reject()
    dialog = import_text_through_menu(window, tmp_path / "ferry-notice.txt", NOTICE, qtbot, monkeypatch)
    assert _cell(dialog, "3,200", "qualifier") == "exact"  # (a table after the plans: the year reported)
    assert _cell(dialog, "40", "qualifier") == "expected_over"


HOTLINE = ("2035-06-03 助听器热线\n\n"
           "【陈先生】有残疾证的，一人最高补两千五；没有证的老人，最高补一千二。\n"
           "【梁医生】补完您自己还要出四千出头。我们店三个验配师都是持证上岗的。\n")

SEGMENT = ("NEWS AT SIX | 2035\n\n"
           "OFFICIAL: And the free basic service? Last year, thirty-seven million yuan, about.\n"
           "MANAGER: Last year we did twelve thousand six hundred and forty, I think.\n")


def test_a_hotline_of_subsidy_caps_and_a_segment_of_hedges_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                            tmp_path: Path, monkeypatch) -> None:
    window = make_window(data_copy)
    dialog = import_text_through_menu(window, tmp_path / "hearing-aid-hotline.txt", HOTLINE, qtbot, monkeypatch)
    assert (_cell(dialog, "两千五", "value"), _cell(dialog, "两千五", "qualifier")) == ("2500", "under")
    assert (_cell(dialog, "四千出头", "unit"), _cell(dialog, "四千出头", "qualifier")) == ("元", "over")
    assert _cell(dialog, "三个", "value") == "3"
    dialog.reject()
    dialog = import_text_through_menu(window, tmp_path / "news-at-six.txt", SEGMENT, qtbot, monkeypatch)
    assert _cell(dialog, "thirty-seven million yuan", "qualifier") == "approximately"
    assert _cell(dialog, "twelve thousand six hundred and forty", "qualifier") == "approximately"


VLOG = ("[08:10] XIAOMAN: The average cup in town is now twelve point six yuan. In 2033 it was fourteen fifty.\n"
        "OWNER: Then staff. A full-timer gets about three and a half thousand.\n")


def test_a_vlog_of_a_price_in_yuan_and_cents_and_pay_in_thousands_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                                  tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "tea-vlog.txt", VLOG, qtbot, monkeypatch)
    assert (_cell(dialog, "fourteen fifty", "value"), _cell(dialog, "fourteen fifty", "unit")) == ("14.5", "yuan")
    assert _cell(dialog, "three and a half thousand", "unit") == "thousand yuan"


HARBOUR = ("Harbour Talk | Episode 12: Who Fixes the Lifts?\nHosts: Lin Yuxi, Daniel Ko\n\n"
           "LIN YUXI: Hi everyone, I'm Yuxi. Today we're in Quanzhou with Mr Huang.\n"
           "HUANG: Quanzhou has forty-one thousand lifts. This year we'll be past fifty thousand, I'm sure.\n"
           "REPORTER: And what did you pay for the check?\nCHEN: Two-forty, in yuan.\n")


def test_a_podcast_whose_host_shares_a_citys_name_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                   tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "harbour-talk.txt", HARBOUR, qtbot,
                                      monkeypatch)
    assert _cell(dialog, "forty-one thousand", "city") == "Quanzhou"
    assert _cell(dialog, "fifty thousand", "qualifier") == "expected_over"
    assert (_cell(dialog, "Two-forty", "value"), _cell(dialog, "Two-forty", "unit")) == ("240", "yuan")


STURGEON = ("【直播文字实录】鲟鱼基地年货节\n\n"
            "主播：池子里现在存的鱼有多少？\n"
            "老板：大大小小加起来有个五万多尾吧。鱼子酱库存一共四百罐。\n"
            "李老师：没开封的，零下二度能放半年。遇到灾害，一张种最高赔两百块钱。\n")


def test_a_livestream_of_fish_cans_and_an_unopened_tin_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                        tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "sturgeon-livestream.txt", STURGEON, qtbot,
                                      monkeypatch)
    assert (_cell(dialog, "五万多尾", "unit"), _cell(dialog, "五万多尾", "qualifier")) == ("万尾", "over")
    assert _cell(dialog, "四百罐", "unit") == "罐"
    assert _cell(dialog, "两百块钱", "qualifier") == "under"
    assert all(dialog.model.candidate(r).city != "Kaifeng" for r in range(dialog.model.rowCount()))


CURTAINS = "2035-03-08 民生直通车\n\n【记者】这种布多少钱？\n王老板：你摸摸这个，全遮光的，七十二一米。\n"


def test_a_price_a_metre_through_the_menu(make_window, data_copy: Path, qtbot,
                                                               tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "curtains.txt", CURTAINS, qtbot, monkeypatch)
    assert (_cell(dialog, "七十二", "value"), _cell(dialog, "七十二", "unit")) == ("72", "元")


CIRCULAR = ("Wen County Bureau of Agriculture\n\nNotice on Seed Sales in 2034\n\n"
            "Table 1  Sales of seed, 2034\nUnit: 10,000 yuan, %\n\n"
            "Item          Sales      Year-on-year change   Share of total\n"
            "Seed          3,958.2    4.6                   45.8\n"
            "Pesticides    4,684.8    -1.2                  54.2\n")


def test_a_table_of_amounts_changes_and_shares_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "seed-notice.txt", CIRCULAR, qtbot,
                                      monkeypatch)
    assert _cell(dialog, "3,958.2", "unit") in ("万元", "10,000 yuan")
    assert (_cell(dialog, "4.6", "unit"), _cell(dialog, "-1.2", "unit")) == ("%", "%")


EGGS = "2035-04-12 村广播站录音整理\n\n主持人：红壳蛋四块零五。\n李河：玉米现在一块一毛五一斤，算下来饲料就得三块一上下。\n"


def test_egg_prices_in_kuai_jiao_and_fen_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                          monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "egg-radio.txt", EGGS, qtbot, monkeypatch)
    assert (_cell(dialog, "四块零五", "value"), _cell(dialog, "一块一毛五", "value")) == ("4.05", "1.15")
    assert _cell(dialog, "三块一", "qualifier") == "approximately"

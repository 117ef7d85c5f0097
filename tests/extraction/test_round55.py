"""Session 52: rules from the misses of held-out batch 843-846 and of later batches (texts written for these tests,
other cities and years)."""

from __future__ import annotations

from tests.helpers import by_printed
from tests.helpers import said as _said

# ---- Chinese -------------------------------------------------------------------------------------------------------

PRICE_TABLE = ("表2　2034年全区游泳馆主要票价\n"
               "项目　　　　　平均价格（元）　同比增减（%）\n"
               "成人票（单次）　45　　　　　　　-2.0\n"
               "私教课（单节）230　　　　　　　3.1\n"
               "年卡　　　　　1980　　　　　　-5.5\n")


def test_a_table_cell_touching_its_row_name_in_brackets_is_read() -> None:
    found = by_printed(PRICE_TABLE)
    assert _said(found, "230") == (230, "元", "exact")
    assert _said(found, "3.1") == (3.1, "%", "exact")
    assert _said(found, "1980") == (1980, "元", "exact")  # (the rows after it are read too)
    assert _said(found, "-5.5") == (-5.5, "%", "exact")
    assert found["230"].period == "2034"


def test_a_small_count_answering_how_many_is_a_figure() -> None:
    found = by_printed("主持人：一个包间能坐几个人？\n老板：最多十二个人。\n"
                       "主持人：那小包间呢？几个人？\n老板：最多六位。\n")
    assert _said(found, "六位")[::2] == (6, "under")
    found = by_printed("记者：您一个月来几回？\n王阿姨：差不多三次吧，天冷就少来。\n")
    assert _said(found, "三次") == (3, "次", "approximately")
    # Not a number said later in the answer, nor one whose question asked of something else
    assert "一次" not in by_printed("主持人：你一个月去几次？\n小唐：一个月三四次吧，一次下来两百多。\n")
    assert "两个" not in by_printed("主持人：店里有几台机器？\n老板：两个人看着。\n")
    assert "两个" not in by_printed("主持人：店里有多少人？\n老板：两个人看着。\n")


def test_times_said_with_hui_are_counted() -> None:
    assert _said(by_printed("他说今年已经去了十二回了。"), "十二回") == (12, "回", "exact")
    assert _said(by_printed("一年来二十多回。"), "二十多回") == (20, "回", "over")
    for text in ("他十回来一回。", "这是两回事。", "第二回合结束。", "三回族自治乡。"):
        assert not [c for c in by_printed(text).values() if c.unit == "回"], text


def test_a_bare_sum_after_one_session_is_money() -> None:
    found = by_printed("记者：兼职演员怎么算工资？\n老板：按场算，一场八十。\n")
    assert _said(found, "八十") == (80, "元", "exact")
    assert "五十" not in by_printed("一场下来五十个人。") or by_printed("一场下来五十个人。")["五十个"].unit != "元"


# ---- English -------------------------------------------------------------------------------------------------------

RANGES = ("HOST: And what does it cost? Something small, on the wrist?\n\n"
          "WEN: Line work, a flower, that's three hundred, three-fifty. Bigger pieces we charge by the hour.\n\n"
          "LU: The same piece, I do it for two hundred, two-twenty. People compare prices in yuan.\n")


def test_a_price_range_said_hundreds_then_hundreds_and_tens() -> None:
    found = by_printed(RANGES)
    assert _said(found, "three hundred") == (300, "yuan", "range")
    assert _said(found, "three-fifty") == (350, "yuan", "range")
    assert _said(found, "two hundred") == (200, "yuan", "range")
    assert _said(found, "two-twenty") == (220, "yuan", "range")
    # Not when the second is no higher, or more than half as much again: two figures, not a range
    found = by_printed("WEN: Line work is three hundred, four-eighty for colour, in yuan.\n")
    assert _said(found, "four-eighty")[2] != "range"


def test_hundreds_and_high_tens_in_talk_of_hundreds_are_a_price() -> None:
    text = ("CALLER: In May I booked a small piece, online they said four-eighty. When I got there it was four-eighty "
            "for the outline, another two hundred for shading. I paid six-ninety. All in yuan.\n")
    found = by_printed(text)
    assert _said(found, "four-eighty") == (480, "yuan", "exact")
    # Not small sums where nobody speaks of hundreds: a coffee's nine-ninety stays unread as hundreds
    found = by_printed("NURSE: At night the canteen is shut. A coffee's nine-ninety, the noodles are six-fifty. "
                       "In the shop the same noodles are four-eighty, so a yuan seventy more.\n")
    assert all(c.value < 100 for c in found.values() if c.unit == "yuan"), found


def test_id_say_between_commas_is_a_guess() -> None:
    found = by_printed("MANAGER: Last October we had over three hundred stalls. In January we're down to, I'd say, "
                       "ninety stalls.\n")
    assert _said(found, "ninety")[2] == "approximately"
    assert _said(by_printed("MANAGER: In January we're down to ninety stalls.\n"), "ninety")[2] == "exact"

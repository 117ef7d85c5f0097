"""Session 53: rules from the misses of the held-out sets spent in session 52 and of later batches (texts written for
these tests, other cities and years)."""

from __future__ import annotations

from tests.helpers import by_printed
from tests.helpers import said as _said

# ---- Chinese -------------------------------------------------------------------------------------------------------


def test_rounds_of_an_inspection_and_what_it_found_are_counted() -> None:
    found = by_printed("今年以来，区市场监管所对全区理发店开展了四轮专项检查，一共检查了二百一十家次。")
    assert _said(found, "四轮") == (4, "轮", "exact")
    assert _said(by_printed("卫生监督所每个季度至少查三次，去年一共罚了八起。"), "三次")[:2] == (3, "次")
    assert _said(by_printed("城管上个礼拜来查了两回，查的是占道。"), "两回") == (2, "回", "exact")
    assert _said(by_printed("今年我们配合海事部门已经查扣了六条无证渔船。"), "六条") == (6, "条", "exact")
    assert _said(by_printed("抽检面条五十二批次，有八批次不合格，主要是菌落总数超标。"), "八批次") == (8, "批次", "exact")
    assert _said(by_printed("全区九十三家网吧全部查过，发现问题的有四家，都已整改。"), "四家") == (4, "家", "exact")


def test_a_second_time_and_hours_of_checking_are_no_count() -> None:
    assert "二次" not in by_printed("榨季结束后，由企业与农户进行二次结算，让农户分享收益。")
    assert "两个" not in by_printed("检查组查了两个小时才走。")
    assert "三次" not in by_printed("他一周要去三次健身房。")  # (no inspection: a phrase's classifier, as before)


# ---- English -------------------------------------------------------------------------------------------------------


def test_the_part_of_an_inspected_whole_an_outcome_befell_is_counted() -> None:
    found = by_printed("They tested seventy-two batches of noodles last spring and nine failed, mostly on additives.")
    assert _said(found, "nine") == (9, "count", "exact")
    found = by_printed("Since May we've checked forty-eight driving schools. Six had no fee list on the wall.")
    assert _said(found, "Six") == (6, "count", "exact")
    found = by_printed("Lishui has thirty-four kennels, and this summer we went through every one of them. Five were "
                       "told to close.")
    assert _said(found, "Five") == (5, "count", "exact")
    found = by_printed("In the autumn we inspected every licensed gym and found problems at twelve. The rest were fine.")
    assert _said(found, "twelve") == (12, "count", "exact")


def test_an_outcome_without_a_larger_inspected_count_is_no_figure() -> None:
    assert "Two" not in by_printed("We checked the books twice. Two were wrong, they said.")
    assert "Nine" not in by_printed("My sons came home at ten. Nine had been the deal.")
    assert "three" not in by_printed("We tested the new recipe in 2034 and three failed.")  # (a year is no whole)

"""Session 54: rules from the misses of the held-out sets spent in session 53 and in this session's first batch
(texts written for these tests, other cities and years)."""

from __future__ import annotations

import pytest

from tests.helpers import by_printed
from tests.helpers import said as _said

# ---- English -------------------------------------------------------------------------------------------------------

# (text, what a figure prints, (value, unit, qualifier) it must have)
ENGLISH = [
    ("QIU: In Xingtai last year we took down 5,270 signs from shops.", "5,270", (5270, "count", "exact")),
    ("LIAO: From 2,140 households, mind. That's in Shantou.", "2,140", (2140, "count", "exact")),
    ("QIU: A banner without a permit, the fine's from three hundred to three thousand yuan. In Xingtai, that is.",
     "three hundred", (300, "yuan", "range")),
    ("QIU: A banner without a permit, the fine's from three hundred to three thousand yuan. In Xingtai, that is.",
     "three thousand yuan", (3000, "yuan", "range")),
    ("The share of complaints settled within the time limit was 97.2% in Shantou.", "97.2%", (97.2, "%", "exact")),
    ("ZHAO: A corner shop's sign is five metres long, nine-odd square meters. That's Xingtai for you.",
     "nine-odd square meters", (9, "square meters", "over")),
    ("QIU: In Xingtai a permit now takes four working days.", "four working days", (4, "days", "exact")),
    ("In 2035 the bureau in Shantou will keep the average processing time within 3 working days.",
     "3 working days", (3, "days", "under")),
    ("MA: In Xingtai we do it by floor area. Nine yuan a square metre this year; last year it was eight-fifty.",
     "eight-fifty", (8.5, "yuan", "exact")),
]


@pytest.mark.parametrize(("text", "printed", "want"), ENGLISH, ids=[p for _, p, _ in ENGLISH])
def test_english_figures_of_the_session(text: str, printed: str, want: tuple[float, str, str]) -> None:
    assert _said(by_printed(text), printed) == want


def test_time_limits_stay_no_figures_and_caps_stay_caps() -> None:
    found = by_printed("Applicants in Xingtai must file within three working days. Appeals are heard within 15 "
                       "working days. The loan limit is 300,000 yuan. He worked thirty-odd years in Shantou.")
    assert "three working days" not in found and "15 working days" not in found
    assert _said(found, "300,000 yuan") == (300000, "yuan", "under")
    assert "thirty-odd years" not in found  # (a span of time: no measure in square meters or any other)


# ---- Chinese -------------------------------------------------------------------------------------------------------

CHINESE = [
    ("新余市现行标准：学校周边摊位管理费不低于每月80元，不高于每月150元。", "150元", (150, "元", "under")),
    ("新余市现行标准：学校周边摊位管理费不低于每月80元，不高于每月150元。", "80元", (80, "元", "over")),
    ("刘姐：你那个价位的沙发，底子都还可以。你现在买一套差不多的新的，起码要两万二。", "两万二", (22000, "元", "over")),
    ("王阿姨：我这腿不好，一个礼拜来三回，雷打不动。", "三回", (3, "回", "exact")),
    ("张先生：一个星期五六回吧，孩子爱吃。", "五六回", (5, "回", "range")),
    ("村主任：去年过年，咱们镇上出了三起事，都是小孩玩鞭炮。", "三起", (3, "起", "exact")),
    ("队长：去年一年一共罚了七起，都是屡教不改的。", "七起", (7, "起", "exact")),
    ("店主：一个人一次最多买六箱，这是镇里的规定。", "六箱", (6, "箱", "under")),
    ("主任：村委会门口放了三个回收桶，大家分好类再丢。", "三个", (3, "个", "exact")),
    ("孙老师：今年我们办了三期培训班，一共六十个名额。", "三期", (3, "期", "exact")),
    ("店主：价钱讲一下，小烟花一箱四十五；鞭炮一挂三十八。", "四十五", (45, "元", "exact")),
    ("店主：价钱讲一下，小烟花一箱四十五；鞭炮一挂三十八。", "三十八", (38, "元", "exact")),
    ("店主：我再重复一遍啊，大礼花四百二一箱。", "四百二", (420, "元", "exact")),
    ("刘姐：换面料加换海绵，一个位两百二。两百二一个位啊，不是一整套的价钱。", "两百二", (220, "元", "exact")),
    ("孙海燕：房租补贴开业头三年给，每年最多补房租的百分之四十。", "百分之四十", (40, "%", "under")),
]


@pytest.mark.parametrize(("text", "printed", "want"), CHINESE, ids=[p for _, p, _ in CHINESE])
def test_chinese_figures_of_the_session(text: str, printed: str, want: tuple[float, str, str]) -> None:
    assert _said(by_printed(text), printed) == want


def test_a_group_a_phase_and_a_count_of_boxes_are_not_taken_for_figures() -> None:
    assert "两三回" not in by_printed("会员里真正常来的，就是一个星期来两三回的那种，大概一百五十个。")
    assert "三次" not in by_printed("他一周要去三次健身房。")
    assert not any(p.endswith("期") for p in by_printed("新区2期工程明年开工，第3期正在规划。"))
    assert "三十一箱" not in {p for p, c in by_printed("仓库里还剩三十一箱，卖一百二一箱。").items() if c.unit == "元"}

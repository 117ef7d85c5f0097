"""Chinese as-printed figures read back by the fact base's own check (numbers.parse_number / parse_fraction)."""

from __future__ import annotations

import pytest

from explorer.model.numbers import parse_fraction, parse_number


@pytest.mark.parametrize(("printed", "value"), [
    ("２１５．６亿元", 215.6),  # full-width digits: not 215
    ("１，２３４万人", 1.0),  # the Chinese comma is no thousands separator
    ("两倍", 2.0),
    ("第十二", 12.0),
    ("万亿元", 1.0),
    ("50多个", 50.0),
    ("1,000.21 billion yuan", 1000.21),  # English unchanged
])
def test_parse_number_reads_chinese_figures(printed: str, value: float) -> None:
    assert parse_number(printed) == pytest.approx(value)


def test_shares_in_cheng_are_fractions() -> None:
    assert parse_fraction("六成") == pytest.approx(0.6)
    assert parse_fraction("两成") == pytest.approx(0.2)
    assert parse_fraction("half") == pytest.approx(0.5)

"""Tables in Chinese text (issue 14.2): a bare number in a table's cell takes its unit from the column header's
brackets, the row's 单位 cell or the table's caption; text that is no table is left as it was."""

from __future__ import annotations

from explorer.model.extract import extract


def _found(text: str) -> dict[str, tuple[float, str, str]]:
    return {c.as_printed: (c.value, c.unit, c.period) for c in extract(text, "T")}


def test_a_unit_column_and_a_growth_column() -> None:
    text = ("2031年1-10月主要经济指标\n\n"
            "指标名称\t单位\t1-10月\t同比增长（%）\n"
            "规模以上工业增加值\t亿元\t1234.5\t6.2\n"
            "进出口总额\t亿美元\t98.7\t-3.2\n\n"
            "注：增速按可比价格计算。\n")
    found = _found(text)
    assert found["1234.5"] == (1234.5, "亿元", "2031-01..10")
    assert found["98.7"][:2] == (98.7, "亿美元")
    assert found["-3.2"][:2] == (-3.2, "%")  # the sign printed in the cell
    assert found["6.2"][:2] == (6.2, "%")


def test_a_caption_names_the_unit_of_the_cells_whose_header_names_none() -> None:
    text = ("表1  2031年前三季度各区生产总值（单位：亿元）\n\n"
            "区县    生产总值    增速(%)\n"
            "城关区    812.4    5.3\n"
            "七里河区    456.1    4.9\n")
    found = _found(text)
    assert found["812.4"] == (812.4, "亿元", "2031-Q1-Q3")
    assert found["4.9"][:2] == (4.9, "%")


def test_numbers_in_prose_or_in_rows_without_a_header_are_no_table_cells() -> None:
    assert _found("全市共有企业  1234  家。") == {}  # control: a number with no unit in prose is no figure
    rows = "城关区    812.4    5.3\n七里河区    456.1    4.9\n"  # rows under no header
    assert _found(rows) == {}


def test_the_look_up_for_a_header_is_bounded_on_one_long_line() -> None:
    line = "甲  " + "1.5  " * 50_000  # one line of 250,000 characters, no header above it
    assert _found(line) == {}


def test_a_cells_quote_runs_from_the_line_that_names_its_unit_to_its_row() -> None:
    text = ("2031年1-10月主要经济指标\n\n"
            "指标名称\t单位\t1-10月\t同比增长（%）\n"
            "规模以上工业增加值\t亿元\t1234.5\t6.2\n"
            "进出口总额\t亿美元\t98.7\t-3.2\n")
    quotes = {c.as_printed: text[c.start:c.end] for c in extract(text, "T")}
    assert quotes["1234.5"] == "指标名称\t单位\t1-10月\t同比增长（%）\n规模以上工业增加值\t亿元\t1234.5\t6.2"
    assert quotes["-3.2"].startswith("指标名称") and quotes["-3.2"].endswith("进出口总额\t亿美元\t98.7\t-3.2")


def test_a_headline_with_no_full_stop_is_a_quote_of_its_own_line() -> None:
    text = "南昌前三季度地区生产总值增长5.3%\n新华社南昌10月24日电 今年前三季度，南昌市实现地区生产总值5726.3亿元。"
    quotes = {c.as_printed: text[c.start:c.end] for c in extract(text, "T")}
    assert quotes["5.3%"] == "南昌前三季度地区生产总值增长5.3%"  # not the headline and the article after it

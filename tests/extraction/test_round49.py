"""Session 46: rules from the spent sets' misses (texts written for these tests, other cities and years)."""

from __future__ import annotations

from tests.helpers import by_printed


def _unit_of(found: dict, printed: str) -> tuple[float, str]:  # type: ignore[type-arg]
    return found[printed].value, found[printed].unit


def test_a_count_column_under_a_caption_of_ten_thousand_persons_takes_the_captions_unit() -> None:
    text = ("Jobs in services, Yulin, 2033\n(Unit: 10,000 persons)\n\n"
            "Item                                        Employees\n"
            "Services, whole city                          88.4\n"
            "Mizhi County                                   6.2\n")
    found = by_printed(text)
    assert _unit_of(found, "88.4") == (88.4, "万人")
    assert _unit_of(found, "6.2") == (6.2, "万人")


def test_a_count_column_under_a_caption_of_money_stays_a_count() -> None:
    text = ("Firms and their revenue, Yulin, 2033\n(Unit: billion yuan)\n\n"
            "Item                       Firms       Revenue\n"
            "Energy                       412         88.4\n"
            "Chemicals                    130         21.7\n")
    found = by_printed(text)
    assert _unit_of(found, "88.4") == (88.4, "billion yuan")
    assert found["412"].unit != "billion yuan"  # the firms are counted, not in yuan


def test_a_column_headed_ten_thousand_in_brackets_counts_what_its_header_names() -> None:
    text = ("Schools in Nagqu, autumn 2033\n\n"
            "Level | Schools | Pupils enrolled (10,000) | Households served (10,000)\n"
            "Primary schools | 131 | 5.44 | 3.10\n")
    found = by_printed(text)
    assert _unit_of(found, "5.44") == (5.44, "万人")
    assert _unit_of(found, "3.10") == (3.1, "万户")


def test_a_row_whose_unit_column_says_ten_thousand_is_in_ten_thousands() -> None:
    text = ("Attachment: Market entities in Shaoguan, end of 2033\n"
            "Indicator | Unit | Number | Growth (%)\n"
            "Market entities | 10,000 | 41.27 | 5.2\n"
            "Tourist visits | 10,000 person-times | 1,206.5 | 9.8\n")
    found = by_printed(text)
    assert _unit_of(found, "41.27") == (41.27, "万个")
    assert _unit_of(found, "1,206.5") == (1206.5, "万人次")
    assert _unit_of(found, "5.2") == (5.2, "%")
    assert not any(printed.startswith("10,000") for printed in found)  # the unit column gives no figure

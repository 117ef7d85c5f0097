"""Session 50's extraction rules reached as a person reaches them: File ▸ Import article… on texts written here
(other places and years). A Chinese livestream selling plums by the pack, with a price said again bare and a
forecast share said with 多; an English podcast on scooters with fares for minutes, a count said "and something",
an answer hedged after a full stop, and quantities sold that are no money."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import import_text_through_menu
from tests.helpers import review_cell as _cell

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

LIVESTREAM = ("2034-06-12 直播回放\n\n"
              "小周：家人们，一号链接，三斤装，六十九。六十九，三斤！\n\n"
              "小周：我们园子里一个师傅最多带五个徒弟。县里预计今年李子总产比上年增长两成多。\n")

PODCAST = ("YUXI CITY PODCAST | Episode 30 | 2034\n\n"
           "HOST: How many scooters are out there now?\n"
           "MA: Forty-one hundred. Roughly.\n"
           "HOST: And a ride?\n"
           "MA: Two-forty for the first half hour, then one yuan every fifteen minutes.\n"
           "MA: Last Sunday we did nine thousand two hundred and something rides. I sell maybe six hundred passes a "
           "month.\n")


def test_a_packs_price_said_again_and_a_forecast_share_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                        tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "plum-livestream.txt", LIVESTREAM,
                                      qtbot, monkeypatch)
    assert (_cell(dialog, "六十九", "value"), _cell(dialog, "六十九", "unit")) == ("69", "元")
    assert (_cell(dialog, "五个", "value"), _cell(dialog, "五个", "qualifier")) == ("5", "under")
    assert (_cell(dialog, "两成多", "value"), _cell(dialog, "两成多", "qualifier")) == ("20", "expected_over")


def test_fares_for_minutes_and_hedged_counts_through_the_menu(make_window, data_copy: Path, qtbot,
                                                              tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "scooter-podcast.txt", PODCAST,
                                      qtbot, monkeypatch)
    assert _cell(dialog, "Forty-one hundred", "qualifier") == "approximately"
    assert (_cell(dialog, "Two-forty", "value"), _cell(dialog, "Two-forty", "unit")) == ("2.4", "yuan")
    printed = "nine thousand two hundred and something"
    assert (_cell(dialog, printed, "value"), _cell(dialog, printed, "qualifier")) == ("9200", "over")
    assert _cell(dialog, "six hundred", "unit") != "yuan"


HALL_PODCAST = ("《池州夜谈》第12期\n\n"
                "主持人：那价钱呢？\n"
                "馆主：我们是按小时算。白天一小时三十，晚上七点以后六十。刚开的时候就五块场地。\n")

BUREAU = ("Chizhou Sports Bureau | Notice on billiard halls, 2034\n\n"
          "III. Results\n\nIn 2034 the bureau checked 240 halls; 12% had problems.\n\n"
          "IV. Work for 2035\n\nFirst, raise spot-check coverage to 85% or more. Second, open 18 public rooms.\n")


def test_an_hours_price_and_courts_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                   monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "hall-podcast.txt", HALL_PODCAST,
                                      qtbot, monkeypatch)
    assert (_cell(dialog, "三十", "value"), _cell(dialog, "三十", "unit")) == ("30", "元")
    assert (_cell(dialog, "六十", "value"), _cell(dialog, "六十", "unit")) == ("60", "元")
    assert (_cell(dialog, "五块", "value"), _cell(dialog, "五块", "unit")) == ("5", "块")


def test_a_section_of_work_for_a_later_year_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                            monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "bureau-notice.txt", BUREAU,
                                      qtbot, monkeypatch)
    assert _cell(dialog, "12%", "qualifier") == "exact"
    assert _cell(dialog, "85%", "qualifier") == "expected_over"
    assert _cell(dialog, "18", "qualifier") == "forecast"


HOTEL_PODCAST = ("ZAOZHUANG CITY PODCAST | 2034\n\n"
                 "HOST: And the esports hotels by the station? A table downstairs is twelve yuan an hour.\n"
                 "DING: On a weekday it's two-sixty for the night. Weekends, three-twenty, three-fifty.\n")

SCRIPT_PHONE_IN = "主持人：生意怎么样？\n店主：最火的时候周末一天能开五六场。我们一般一个人一百三到一百六。\n"


def test_a_nights_price_in_hundreds_through_the_menu(make_window, data_copy: Path, qtbot, tmp_path: Path,
                                                    monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "hotel-podcast.txt", HOTEL_PODCAST,
                                      qtbot, monkeypatch)
    assert (_cell(dialog, "two-sixty", "value"), _cell(dialog, "two-sixty", "unit")) == ("260", "yuan")
    assert (_cell(dialog, "three-fifty", "value"), _cell(dialog, "three-fifty", "qualifier")) == ("350", "range")


def test_sessions_and_a_range_of_prices_per_person_through_the_menu(make_window, data_copy: Path, qtbot,
                                                                    tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / "script-phone-in.txt", SCRIPT_PHONE_IN,
                                      qtbot, monkeypatch)
    assert (_cell(dialog, "五六场", "value"), _cell(dialog, "五六场", "qualifier")) == ("5", "range")
    assert (_cell(dialog, "一百六", "value"), _cell(dialog, "一百六", "unit")) == ("160", "元")

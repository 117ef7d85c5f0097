"""Session 48: rules from the spent sets' misses (texts written for these tests, other cities and years)."""

from __future__ import annotations

from tests.helpers import by_printed


def test_an_amount_clipped_of_its_last_place_is_yuan_in_talk_of_money() -> None:
    text = "听众吴先生：我在城东跑网约车，车是前年在车行买的二手车，六万四。首付两万，贷款三年。\n"
    found = by_printed(text)
    assert (found["六万四"].value, found["六万四"].unit) == (64000, "元")


def test_a_clipped_amount_paid_per_lesson_is_a_price_with_no_word_of_money() -> None:
    text = "听众孙女士：孩子数学跟不上，想请个家教。问到的一对一，一节课一百四，一周上两次。\n"
    found = by_printed(text)
    assert (found["一百四"].value, found["一百四"].unit) == (140, "元")


def test_the_ends_of_a_clipped_range_are_prices() -> None:
    text = "师傅：配一把普通钥匙不贵，汽车那种遥控的就贵了，一百六到两百四，要看车型。\n"
    found = by_printed(text)
    assert (found["一百六"].value, found["一百六"].qualifier) == (160, "range")
    assert (found["两百四"].value, found["两百四"].qualifier) == (240, "range")


def test_a_clipped_number_of_people_or_weight_is_no_price() -> None:
    text = ("店主：包子两块一个，豆浆一块五。早上来了一千二，中午人少。\n"
            "店主：我这体重一百四，站一天腰疼。\n")
    found = by_printed(text)
    assert "一千二" not in found
    assert "一百四" not in found


def test_a_clipped_number_after_a_question_of_time_is_no_price() -> None:
    text = "主持人：花了多少钱？你们几点开门？\n\n老板：七点半，晚上开到十一点半。\n"
    found = by_printed(text)
    assert not any(c.unit == "元" for c in found.values())


def test_animals_slaughtered_and_classes_of_a_year_are_counted() -> None:
    text = ("老板：冬天一天宰四只羊，过年那几天宰到七只。\n"
            "园长：三年前一个年级还有五个班，今年只剩三个班了。\n"
            "师傅：这条巷子原来有六个摊，现在就剩两个。\n")
    found = by_printed(text)
    assert (found["四只"].value, found["四只"].unit) == (4, "只")
    assert found["五个"].value == 5
    assert found["六个"].value == 6


def test_stalls_counted_as_a_distance_are_no_count() -> None:
    text = "隔两个摊位的老张卖豆腐，三块一斤。\n"
    found = by_printed(text)
    assert "两个" not in found

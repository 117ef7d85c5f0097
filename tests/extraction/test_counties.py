"""A county, a district or a county-level city named in a text is a mention of its prefecture (data/counties.csv,
made by scripts/build_counties.py from the national division list): its figures are filed under the prefecture.
Texts written for these tests; the years are invented."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from explorer.model.extract import extract
from explorer.model.extract.counties import chinese_names, counties, english_names

DATA = Path(__file__).resolve().parents[2] / "data"


def cities(text: str) -> dict[str, str]:
    return {c.as_printed: c.city for c in extract(text)}


def test_the_bundled_list_files_every_county_under_a_prefecture_of_the_gazetteer() -> None:
    with (DATA / "gazetteer.csv").open(encoding="utf-8", newline="") as fh:
        prefectures = {r["name"]: r for r in csv.DictReader(fh) if r["kind"] in ("city", "municipality")}
    rows = counties()
    assert len(rows) > 2700  # the country's county-level divisions, less the few under a province directly
    assert {c.city for c in rows} <= set(prefectures)
    by_zh = {c.name_zh: c for c in rows if c.name_zh in ("仙游县", "勐海县", "锡林浩特市", "伽师县")}
    assert {k: (v.name, v.kind, v.city) for k, v in by_zh.items()} == {
        "仙游县": ("Xianyou", "county", "Putian"), "勐海县": ("Menghai", "county", "Xishuangbanna"),
        "锡林浩特市": ("Xilinhot", "county-level city", "Xilingol"), "伽师县": ("Jiashi", "county", "Kashgar")}


def test_names_that_point_to_several_prefectures_or_name_a_prefecture_are_not_used() -> None:
    full, shorts = chinese_names()
    assert "仙游县" in full and shorts["仙游"] == "仙游县"
    assert "鼓楼区" not in full  # four cities have one
    assert "老城区" not in full and "城区" not in full  # any town's old town
    words, bare = english_names()
    assert words["Menghai"] == "Xishuangbanna" and "Xilinhot" in bare and "Menghai" not in bare
    assert "Tongzhou" not in words  # Beijing's and Nantong's
    assert "Gulou" not in words


# ---- Chinese ---------------------------------------------------------------------------------------------------

def test_a_chinese_county_named_in_full_gives_its_prefecture_and_then_by_its_short_name() -> None:
    got = cities("2033年上半年，仙游县实现地区生产总值312.5亿元，同比增长6.1%。\n仙游规上工业增加值增长7.2%。")
    assert got == {"312.5亿元": "Putian", "6.1%": "Putian", "7.2%": "Putian"}


def test_a_short_name_alone_is_no_county() -> None:
    # 金山 of 金山银山 is a saying, not Shanghai's 金山区; without the full name nothing points to a prefecture
    assert cities("坚持绿水青山就是金山银山，全年植树造林12.4万亩。") == {"12.4万亩": ""}


def test_words_that_hold_a_county_name_are_not_the_county() -> None:
    assert cities("沿海城市的港口吞吐量增长了5.1%。") == {"5.1%": ""}  # not 海城市 of Anshan
    assert cities("推动全州县域经济增长8.2%。") == {"8.2%": ""}  # the whole prefecture's counties, not Guilin's 全州县
    assert cities("全州县级以上医院增加到14家。") == {"14家": ""}
    assert cities("东方市场的摊位增加到320个。") == {"320个": ""}  # a market, not Hainan's 东方市


def test_a_prefecture_named_before_a_zone_keeps_its_name() -> None:
    # 北部湾港北海港区: the city 北海 and its port zone, not Guigang's 港北 or Qinhuangdao's 海港区
    assert cities("北部湾港北海港区集装箱吞吐量增长13.2%。") == {"13.2%": "Beihai"}


def test_a_prefecture_named_most_still_wins_over_one_county_named_once() -> None:
    text = ("河池市2033年工业运行情况\n2033年，河池市规模以上工业增加值增长6.5%。河池市新增企业38家，"
            "其中南丹县12家。河池市工业投资增长9.1%。")
    got = cities(text)
    assert got["6.5%"] == "Hechi" and got["9.1%"] == "Hechi"


# ---- English ---------------------------------------------------------------------------------------------------

def test_an_english_county_named_as_one_gives_its_prefecture_then_by_its_bare_name() -> None:
    got = cities("Menghai County's tea output reached 42,000 tonnes in 2033, up 5.2 percent. "
                 "Menghai sold 3.1 billion yuan of tea.")
    assert got == {"42,000 tonnes": "Xishuangbanna", "5.2 percent": "Xishuangbanna",
                   "3.1 billion yuan": "Xishuangbanna"}


def test_a_county_level_city_counts_by_its_bare_name() -> None:
    got = cities("Xilinhot's GDP grew 6.3 percent to 41.2 billion yuan in 2033.")
    assert got == {"6.3 percent": "Xilingol", "41.2 billion yuan": "Xilingol"}


def test_a_county_name_without_its_suffix_is_no_place_unless_a_county_level_city() -> None:
    # 仙游 is a county: named bare, with no "Xianyou County" in the text, it may be anything (a firm, a person)
    assert cities("Xianyou sold 3,200 sofas in 2033.") == {"3,200": ""}


@pytest.mark.parametrize("text", [
    "Mr. Zhan Fuquan sold 3,200 cups of tea in 2033.",  # a person's given name (福泉市)
    "Jinshi Traction Co. sold 1,140 motors in 2033. Jinshi employs 5,200 people.",  # a firm (津市市), then the firm
    "On the Jingjiang section, 126 kilometres of dikes were raised in 2033.",  # a reach of the river (靖江市)
])
def test_a_county_name_in_a_person_s_or_a_firm_s_name_or_after_the_is_no_place(text: str) -> None:
    assert set(cities(text).values()) == {""}


def test_a_text_about_a_city_keeps_it_where_one_county_elsewhere_is_named_in_passing() -> None:
    text = ("Hexi Windpower reports 2033 results\n\nJIAYUGUAN, Gansu, March 3, 2034 -- Hexi Windpower said its "
            "capacity rose to 3,126 MW in 2033, with new farms at the Yumen projects adding 408 MW.")
    assert set(cities(text).values()) == {"Jiayuguan"}


# ---- Names that are words, and places outside the mainland -------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # 合作社 is a cooperative: once 合作市 (Gannan) is named, 合作 of 合作社 is not that city again
    ("合作市旅游收入增长9.1%。河池市农民专业合作社增加到1240家。", {"9.1%": "Gannan", "1240家": "Hechi"}),
    ("平安区工业增长4.4%。河池市推进平安建设，投入资金3.2亿元。", {"4.4%": "Haidong", "3.2亿元": "Hechi"}),
    ("吉利区GDP增长5.0%。河池市吉利汽车销量2.2万辆。", {"5.0%": "Luoyang", "2.2万辆": "Hechi"}),
    ("红旗区GDP增长5.0%。河池市红旗渠参观人数2.2万人。", {"5.0%": "Xinxiang", "2.2万人": "Hechi"}),
    ("振兴区GDP增长5.5%。河池市乡村振兴投入4.1亿元。", {"5.5%": "Dandong", "4.1亿元": "Hechi"}),
    ("西市区的GDP增长3.3%。河池市江西市场销售额增长8.8%。", {"3.3%": "Yingkou", "8.8%": "Hechi"}),
])
def test_a_county_s_short_name_inside_an_ordinary_word_is_not_the_county(text: str, expected: dict[str, str]) -> None:
    assert cities(text) == expected


@pytest.mark.parametrize("text", [
    "台北市大安区房价上涨3.2%。",  # Taipei's 大安区, not Zigong's
    "台北松山区零售额增长2.2%。",  # not Chifeng's 松山区
    "九龙城区零售额下降4.1%。",  # Hong Kong's 九龙城区 holds 龙城区 (Chaoyang)
    "Taoyuan City in Taiwan reported exports up 6.4 percent.",  # not 桃源县 of Changde, a county
    "Yilan County in Taiwan saw 1.2 million visitors.",  # not 依兰县 of Harbin
    "Taipei's Songshan District saw retail sales rise 2.9 percent.",  # not 松山区 of Chifeng
    "Xian City saw retail sales rise 2.9 percent.",  # Xi'an misspelt: 献县 of Cangzhou is a county, not a city
])
def test_a_place_outside_the_mainland_or_named_as_another_kind_is_no_county(text: str) -> None:
    assert set(cities(text).values()) <= {"", "Taiwan"}  # (no mainland prefecture; a text on Taiwan may be filed so)


def test_a_county_level_city_whose_name_is_one_syllable_and_shi_keeps_it() -> None:
    # 芒市 is Mangshi: its 市 is part of the name (stripped, 芒 alone named nothing, and the English name was "Mang")
    assert cities("Mangshi's coffee output rose 7 percent to 32,000 tonnes in 2033.") == {
        "7 percent": "Dehong", "32,000 tonnes": "Dehong"}
    assert cities("2033年，芒市咖啡产量3.2万吨。") == {"3.2万吨": "Dehong"}
    assert cities("咖啡价格上涨了3%，芒果产量2.1万吨。") == {"3%": "", "2.1万吨": ""}  # 芒 alone is no place


@pytest.mark.parametrize(("text", "city"), [
    # Taiwan named in the sentence, not as where the county is: the mainland county
    ("Kunshan City, home to many Taiwan-funded firms, saw exports rise 6.4 percent in 2033.", "Suzhou"),
    ("Pingtan County, the closest point to Taiwan, saw GDP grow 7.1 percent in 2033.", "Fuzhou"),
    # a district that was a county or a county-level city, named as it was
    ("Miyun County saw retail sales rise 2.9 percent in 2033.", "Beijing"),
    ("Xiaoshan City saw retail sales rise 2.9 percent in 2033.", "Hangzhou"),
    # a place's own short name that is also a word (长兴), once its full name is given
    ("河池市GDP增长5%。长兴县GDP增长6.1%。长兴工业增加值增长7.2%。", "Huzhou"),
])
def test_a_mainland_county_named_near_taiwan_or_by_an_old_name_keeps_its_prefecture(text: str, city: str) -> None:
    got = cities(text)
    assert list(got.values())[-1] == city


@pytest.mark.parametrize("text", [
    "Retail sales in Yilan County in northeastern Taiwan rose 2.9 percent in 2033.",
    "Yilan County, in Taiwan, saw retail sales rise 2.9 percent in 2033.",
])
def test_a_taiwan_county_placed_with_a_compass_word_or_a_comma_is_no_mainland_county(text: str) -> None:
    assert "Harbin" not in cities(text).values()

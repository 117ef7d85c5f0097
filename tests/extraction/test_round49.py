"""Session 46: rules from the spent sets' misses (texts written for these tests, other cities and years)."""

from __future__ import annotations

from tests.helpers import all_by_printed, by_printed


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


def test_a_caption_naming_each_columns_unit_gives_each_column_its_own() -> None:
    text = ("Table 1  Heating in Hulunbuir, 2033-2034 season\n"
            "Unit: heated area in 10,000 square metres; households\n\n"
            "Area                        Heated area    Households\n"
            "Hulunbuir (total)           3,712.4        281,300\n"
            "  of which: Hailar          1,508.9        121,040\n")
    found = by_printed(text)
    assert _unit_of(found, "3,712.4") == (3712.4, "万平方米")
    assert _unit_of(found, "1,508.9") == (1508.9, "万平方米")
    assert found["281,300"].unit == "count"  # households are counted
    assert not any(printed.startswith("10,000") for printed in found)  # the caption's unit is no figure


def test_rows_under_a_unit_line_with_no_header_take_its_unit() -> None:
    text = ("Table 2  Heating subsidies in Hulunbuir, 2033-2034 season\nUnit: 10,000 yuan\n\n"
            "Low-income households                  1,204.0\n"
            "Heat suppliers (fuel cost support)     2,870.5\n")
    found = by_printed(text)
    assert _unit_of(found, "1,204.0") == (1204.0, "万元")
    assert _unit_of(found, "2,870.5") == (2870.5, "万元")


def test_a_bare_number_after_of_which_is_part_of_the_total_before_it() -> None:
    text = ("Visits to Yueyang's stadiums reached 1,204.6 (10,000 person-times) in 2033, up 8.2%, of which the "
            "city's sports centre received 311.5, about a quarter of the total. Revenue came to 5.8 billion yuan, of "
            "which exports were 1.6. The city has 4,100 firms, of which 9,000 are new.\n")
    found = by_printed(text)
    assert _unit_of(found, "311.5") == (311.5, "万人次")
    assert "(check)" in found["311.5"].note
    assert _unit_of(found, "1.6") == (1.6, "billion yuan")
    assert found["9,000"].unit == "count"  # a "part" larger than its total is no part of it


def test_a_county_level_city_in_a_livestreams_title_files_its_figures_under_its_prefecture() -> None:
    text = ("【直播回放】聊聊孩子上学的开销\n都匀宝妈连线凯里家长（根据直播回放整理）\n2034-09-06 21:00\n\n"
            "宝妈：我家在都匀城里，一个月两千六，伙食费一天十二。贵州全省今年新增幼儿园三十所。\n")
    found = by_printed(text)
    assert found["两千六"].city == "Qiannan"


def test_money_in_kuai_before_a_hedge_and_a_price_per_set_are_read() -> None:
    text = "2034-05-01 短视频字幕\n房租一个月两千元。一个月挣一万块吧。开学交了校服，三百六一套。仓库里有八十一套。\n"
    found = by_printed(text)
    assert (found["一万块"].value, found["一万块"].unit) == (1, "万块钱")
    assert (found["三百六"].value, found["三百六"].unit) == (360, "元")
    assert (found["八十一套"].value, found["八十一套"].unit) == (81, "套")  # a count of sets, no price


def test_units_in_brackets_of_a_hundred_million_after_a_figure() -> None:
    text = ("In January-October 2033, parcel volume in Yancheng totalled 12.64 (100 million pieces), up 9.4%; postal "
            "revenue reached 236.58 (100 million yuan).\n")
    found = by_printed(text)
    assert _unit_of(found, "12.64 (100 million pieces)") == (12.64, "亿件")
    assert _unit_of(found, "236.58 (100 million yuan)") == (236.58, "亿元")
    assert not any(printed.startswith("100 million") for printed in found)  # the brackets' scale is no figure


def test_prices_in_mao_said_in_english() -> None:
    text = ("HOST: Prices are in yuan here in Lishui, March 2034.\nCOURIER: Five mao a parcel, that's what we get. "
            "Last year it was eight mao.\nHOST: In 1976 Mao Zedong's portrait hung here.\n")
    found = by_printed(text)
    assert (found["Five mao"].value, found["Five mao"].unit) == (5, "mao")
    assert (found["eight mao"].value, found["eight mao"].unit) == (8, "mao")
    assert not any("Mao" in printed for printed in found)  # a name, not the unit


def test_a_spoken_price_per_jin_after_at_is_no_time_of_day() -> None:
    text = ("HOST: Prices are in yuan.\nGAO: Today I'm selling cabbage at one-twenty a jin, wholesale. "
            "We open at one-thirty.\n")
    found = by_printed(text)
    assert (found["one-twenty"].value, found["one-twenty"].unit) == (1.2, "yuan")
    assert "one-thirty" not in found


def test_chinese_money_said_in_fen_and_spoken_prices_before_what_is_said_of_them() -> None:
    text = ("2034-10-26 直播\n老高：光套袋，一个袋子五分钱。所以家人们，三块八真的不贵。运费比去年便宜了一块五。"
            "一个月落到手里六千来块钱，比前年少挣两三千。考了九十五分。\n")
    found = by_printed(text)
    assert (found["五分钱"].value, found["五分钱"].unit) == (5, "分钱")
    assert (found["三块八"].value, found["三块八"].unit) == (3.8, "块钱")
    assert found["一块五"].value == -1.5  # cheaper than last year: a fall
    assert found["三千"].value == -3000  # earned less: both ends of the range fell
    assert "九十五分" not in found  # a score, no money


def test_wages_said_bare_before_an_amount_with_its_unit_and_an_hourly_rate() -> None:
    text = ("2034-03-18 电台热线\n【听众】我家去年请的住家阿姨五千五，今年阿姨说要涨到六千二，一年下来多出八千多块钱。\n"
            "【嘉宾】现在市区钟点工基本上是三十五到四十五一个钟头。钟点工看着一个钟头四十，路上的时间都不算钱。"
            "路上一个小时四十五。\n【店主】明年打算开第二家店，预算控制在十万以内。一杯12块到底赚不赚钱？\n")
    found = by_printed(text)
    assert (found["五千五"].value, found["五千五"].unit) == (5500, "元")
    assert (found["三十五"].value, found["三十五"].qualifier) == (35, "range")
    assert (found["四十五"].value, found["四十五"].unit) == (45, "元")
    assert (found["四十"].value, found["四十"].unit) == (40, "元")
    assert (found["十万"].value, found["十万"].unit, found["十万"].qualifier) == (10, "万元", "under")
    assert found["12块"].unit == "块钱"
    assert len(all_by_printed(text)["四十五"]) == 1  # (路上一个小时四十五: an hour and 45 minutes, no price)


def test_a_list_under_a_caption_in_ten_thousands_with_its_changes_after_commas() -> None:
    text = ("I. Main indicators (as at 31 December 2033; unit: 10,000)\n\n"
            "Motor vehicles: 188.41, up 5.2% year-on-year\n"
            "Licensed drivers: 240.16, up 4.1% year-on-year\n")
    found = by_printed(text)
    assert _unit_of(found, "188.41") == (188.41, "万辆")
    assert _unit_of(found, "240.16") == (240.16, "万人")
    assert _unit_of(found, "5.2%") == (5.2, "%")


def test_a_county_level_city_tagged_in_a_videos_account_and_hashtags() -> None:
    text = ("【视频标题】县城开奶茶店第三年\n【发布账号】@阿梅的小茶铺（凯里）\n【发布时间】2034-11-06 20:31　IP属地：贵州\n"
            "【视频简介】县城奶茶店的真实账本。#凯里\n【字幕】一个月房租三千五百元。\n")
    found = by_printed(text)
    assert found["三千五百元"].city == "Qiandongnan"


_GOLDEN_WEEK = ("Over 2.1 million visits: Garze's tourism thrives over the National Day and Mid-Autumn holiday\n\n"
                "Release time: 2033-10-09 10:30\n\n"
                "During the eight-day holiday, Garze received 2.1467 million person-times of visitors, up 6.9%. "
                "Sichuan as a whole received 70.35 million person-times, up 4.6%, so the prefecture's growth was 2.3 "
                "percentage points higher than Sichuan's.\n\n"
                "Hotels filled 88% of their rooms.\n")


def test_a_release_titled_for_the_national_day_holiday_dates_its_figures_october() -> None:
    found = by_printed(_GOLDEN_WEEK)
    assert found["2.1467 million"].period == "2033-10..10"
    assert found["88%"].period == "2033-10..10"  # (no holiday named in its sentence: the title's)


def test_a_preview_of_the_holiday_written_before_it_keeps_the_year() -> None:
    text = ("Press conference on the National Day holiday\n\nInformation Office, 24 September 2033\n\n"
            "So far this year Garze has received 12.6 million visits, up 5.1%.\n")
    assert by_printed(text)["12.6 million"].period == "2033"


def test_a_province_as_a_whole_and_its_change_are_the_provinces() -> None:
    found = by_printed(_GOLDEN_WEEK)
    assert found["70.35 million"].city == "Sichuan"
    assert found["4.6%"].city == "Sichuan"
    assert found["2.1467 million"].city == "Garze"
    text = "Yulin's output grew 6.1% in 2033, 0.4 percentage points faster than Shaanxi as a whole and 0.3 points more.\n"
    assert by_printed(text)["0.4 percentage points"].city == "Yulin"  # (the province only as a base)


def test_bee_colonies_in_wan_qun_and_shares_less_or_worse_than_before() -> None:
    text = ("2034-01-16 县农业农村局\n截至2033年底，全县中蜂饲养量达到3.12万群。今年比去年少收三成，批发价比零售差了一半，"
            "今年比去年多收两成。\n")
    found = by_printed(text)
    assert (found["3.12万群"].value, found["3.12万群"].unit) == (3.12, "万群")
    assert found["三成"].value == -30 and found["一半"].value == -50 and found["两成"].value == 20


def test_a_county_reports_whole_province_figure_is_the_provinces() -> None:
    text = ("连城县文化和旅游局\n2033年，全县接待游客520万人次，同比增长9.1%。全省接待游客4.3亿人次，同比增长9.2%，"
            "我县增速高出全省2.6个百分点。益阳港吞吐量接近全省的三分之一。\n")
    found = by_printed(text)
    assert found["520万人次"].city == "Longyan"
    assert found["4.3亿人次"].city == "Fujian" and found["9.2%"].city == "Fujian"
    assert found["2.6个百分点"].city == "Longyan"  # (the province as a base: the county's figure)


def test_an_hours_price_of_sixty_or_more_and_fee_cuts() -> None:
    text = "2033-11-21 电台热线\n教练：练车一个钟头一百二，路上一个小时四十五。报名费减免300元，团报的话每人便宜200块钱。\n"
    found = by_printed(text)
    assert (found["一百二"].value, found["一百二"].unit) == (120, "元")
    assert "四十五" not in found  # (an hour and 45 minutes)
    assert found["300元"].value == -300 and found["200块钱"].value == -200


def test_a_caption_of_ten_thousand_couples_and_percent_over_columns_that_say_which_is_which() -> None:
    text = ("Table 1  Marriage registrations, 2033\nUnit: 10,000 couples; %\n\n"
            "Area              Marriages registered   Year on year (%)   Divorces registered\n"
            "Huaihua           1.95                   -6.2               0.61\n")
    found = by_printed(text)
    assert _unit_of(found, "1.95") == (1.95, "万对")
    assert _unit_of(found, "-6.2") == (-6.2, "%")
    assert _unit_of(found, "0.61") == (0.61, "万对")


def test_a_price_said_a_digit_at_a_time() -> None:
    text = ("HOST: Prices here are in yuan, Bobai, March 2034.\nLIN: Our best seller is the three-nine-nine-nine "
            "package. We opened in two-oh-one-three. \"Five-two-zero\" sounds like I love you.\n")
    found = by_printed(text)
    assert (found["three-nine-nine-nine"].value, found["three-nine-nine-nine"].unit) == (3999, "yuan")
    assert "two-oh-one-three" not in found and "Five-two-zero" not in found  # (a year; a date of three digits)


def test_chinese_prices_of_a_service_a_deposit_an_offer_and_a_range_in_wan() -> None:
    text = ("2034-03-12 电台热线\n车商就给我出六万，是不是太低了？交两千押金，过户完退。预算大多在五到八万之间。"
            "我这儿男士剪头十五。全班五到八个人。\n")
    found = by_printed(text)
    assert (found["六万"].value, found["六万"].unit) == (6, "万元")
    assert (found["两千"].value, found["两千"].unit) == (2000, "元")
    fives = sorted((c.unit, c.qualifier) for c in all_by_printed(text)["五"])
    assert fives == [("万元", "range"), ("个", "range")]  # (五到八万: in the upper end's 万; 五到八个人: people)
    assert (found["十五"].value, found["十五"].unit) == (15, "元")


def test_the_reviews_misreadings_of_this_sessions_rules_stay_out() -> None:
    """Sentences a read-only review of this session's rules found misread, each read as it should be."""
    zh = ("2033-12-01 县政府\n项目惠及10万群众。上个月一共干了七十一个小时。今天走了一万二，买菜花了二十元。"
          "高速上我一般每小时一百二，不敢开快。定金至少收三成。这边的房间最便宜两百块钱一晚。"
          "我县增速与全省比较相差0.5个百分点。\n")
    found = all_by_printed(zh)
    assert not any(c.unit == "万群" for cs in found.values() for c in cs)
    assert "七十" not in found and "一万二" not in found and "一百二" not in found
    assert found["三成"][0].value == 30 and found["两百块钱"][0].value == 200
    assert found["0.5个百分点"][0].value == 0.5
    county = ("连城县文化和旅游局\n2033年，全县接待游客520万人次。县里面向全省招聘教师120名。"
              "全省首个县级物流园总投资3.2亿元。全县游客中来自全省的占80%。全省接待游客4.3亿人次。\n")
    cities = {k: v[0].city for k, v in all_by_printed(county).items()}
    assert cities["120名"] == cities["3.2亿元"] == cities["80%"] == "Longyan"
    assert cities["4.3亿人次"] == "Fujian"
    tag = "【视频标题】带你看我家乡的秋天 #江山如画\nIP属地：浙江\n一个月房租三千元。\n"
    assert by_printed(tag)["三千元"].city != "Quzhou"
    en = ("Garze tourism booms over the May Day Golden Week\n\nRelease time: 2033-05-06 10:30\n\n"
          "During the holiday, Garze received 1.2 million visits. Investment reached 580 million yuan in 2033, of which "
          "the new projects numbered 46.\n")
    found_en = by_printed(en)
    assert found_en["1.2 million"].period == "2033"
    assert found_en["46"].unit == "count"

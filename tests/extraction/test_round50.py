"""Session 47: rules from the spent sets' misses (texts written for these tests, other cities and years)."""

from __future__ import annotations

from tests.helpers import by_printed


def _value_unit(found: dict, printed: str) -> tuple[float, str]:  # type: ignore[type-arg]
    return found[printed].value, found[printed].unit


def test_a_spoken_price_of_a_thing_not_sold_by_weight_is_hundreds_of_yuan() -> None:
    text = ("HOST: What does a new screen cost you now?\n\n"
            "OWNER: For a mid-range phone, a good screen is two-fifty, fitted. The original part, maybe four-eighty. "
            "A battery is ninety yuan.\n")
    found = by_printed(text)
    assert _value_unit(found, "two-fifty") == (250, "yuan")
    assert _value_unit(found, "four-eighty") == (480, "yuan")
    assert found["four-eighty"].qualifier == "approximately"


def test_a_spoken_price_by_weight_is_yuan_and_cents() -> None:
    text = ("[SOUNDBITE, stall holder] \"Pears are three-twenty a jin this morning. Last week it was three-sixty. "
            "That's four mao less, and the wholesale price is two yuan.\"\n")
    found = by_printed(text)
    assert _value_unit(found, "three-twenty") == (3.2, "yuan")
    assert _value_unit(found, "three-sixty") == (3.6, "yuan")  # said after it, in the same talk: read alike


def test_a_spoken_price_after_a_whole_yuan_is_the_upper_end_in_yuan_and_cents() -> None:
    text = "HOST: And peppers?\n\nGROWER: Peppers are worse. Three yuan, three-fifty at best, and the buyers know it.\n"
    found = by_printed(text)
    assert _value_unit(found, "three-fifty") == (3.5, "yuan")


def test_a_price_said_last_year_after_this_years_takes_its_reading() -> None:
    text = ("REPORTER: The stall sells school bags. \"A canvas bag with the badge is one-forty. Last year it was "
            "one-ten. The cloth went up, so we added thirty kuai.\" A plain bag is sixty yuan.\n")
    found = by_printed(text)
    assert _value_unit(found, "one-forty") == (140, "yuan")
    assert _value_unit(found, "one-ten") == (110, "yuan")


def test_a_price_the_shop_asked_in_talk_of_yuan_is_found() -> None:
    text = ("CALLER: I took my cat in for a bath on Sunday and the shop asked one-sixty. Last spring the same shop "
            "charged me one-thirty. That's thirty yuan more for the same bath.\n")
    found = by_printed(text)
    assert _value_unit(found, "one-sixty") == (160, "yuan")
    assert _value_unit(found, "one-thirty") == (130, "yuan")


def test_a_time_said_like_a_price_is_not_one() -> None:
    text = ("CALLER: The shop opens at one-thirty and closes at six. A bath there costs sixty yuan.\n")
    found = by_printed(text)
    assert "one-thirty" not in found


def test_pots_eggs_and_people_counted_in_chinese_numerals_are_counts() -> None:
    text = ("主播：大姐，一天能卖多少？\n摊主：平时一天七十来盆吧，周末能卖个一百二十多盆。"
            "鸡场一天捡一千八百来枚蛋，养老院住着八十六位老人。\n")
    found = by_printed(text)
    assert _value_unit(found, "七十来盆") == (70, "盆")
    assert found["七十来盆"].qualifier == "approximately"
    assert _value_unit(found, "一百二十多盆") == (120, "盆")
    assert _value_unit(found, "一千八百来枚") == (1800, "枚")
    assert _value_unit(found, "八十六位") == (86, "位")


def test_the_size_of_an_order_a_discount_needs_and_a_bottom_ten_are_no_counts() -> None:
    text = ("网友问，买20盆以上有没有优惠？摊主：20盆以上一盆再便宜15块钱。"
            "支队公布了考试合格率排名后10位的驾校名单，今年卖了三百多盆。\n")
    found = by_printed(text)
    assert "20盆" not in found
    assert "10位" not in found
    assert _value_unit(found, "三百多盆") == (300, "盆")


def test_cities_customers_come_from_elsewhere_are_not_the_texts_city() -> None:
    text = ("【直播回放】逛花市\n\n主播：今天我们在花卉市场。\n摊主：今年卖出去八十多盆。外地客户也多，"
            "韶关、河源都有人下单，同城两小时送到。\n")
    found = by_printed(text)
    assert found["八十多盆"].city == ""  # (not 韶关: customers from elsewhere)


def test_a_bare_year_end_is_the_year_end_the_report_is_as_at() -> None:
    text = ("某县民政局关于养老服务发展情况的报告\n\n发布时间：2034-03-12\n\n"
            "根据县人大常委会2034年度工作要点安排，现将有关情况报告如下。\n\n"
            "截至2033年底，全县常住人口31.2万人。\n\n全县现有养老机构19个，同比增长5.6%。年末在院老人1980人，"
            "床位平均入住率51.7%。\n\n下一步，力争年底护理型床位占比达到70%。\n")
    found = by_printed(text)
    assert found["1980人"].period == "2033"
    assert found["51.7%"].period == "2033"
    assert found["70%"].period != "2033"  # (a plan's year end, not the one the report is as at)


def test_the_year_a_place_opened_governs_its_sentence_and_what_refers_back_to_it() -> None:
    text = ("【电台热线】\n2033-10-09\n\n主持人：您这个院开了多少年了？\n\n院长：我们院是2024年开的，民办非营利。"
            "一开始只有四十张床，投了一百来万。现在床位一百一十张，护工十来个。入住率嘛，七成左右。\n")
    found = by_printed(text)
    assert found["四十张"].period == "2024"  # (一开始: back to the year it opened)
    assert found["七成"].period == "2033"  # (not the year it opened)


def test_a_releases_note_of_units_gives_bare_amounts_their_unit() -> None:
    text = ("Film market of Baiyin, 2033\n\nUnless otherwise stated, box office is given in 10,000 yuan and admissions "
            "in 10,000 person-times.\n\nThe National Day holiday brought in 412.6, nearly a fifth of the year's box "
            "office. Imported films took 388.1, down 4.2% year on year. Admissions reached 61.3 over the year, and the "
            "city's cinemas had 47 screens.\n")
    found = by_printed(text)
    assert _value_unit(found, "412.6") == (412.6, "万元")
    assert _value_unit(found, "388.1") == (388.1, "万元")
    assert _value_unit(found, "61.3") == (61.3, "万人次")
    assert found["47"].unit == "count"  # (a count of screens, named)
    assert not any(printed.startswith("10,000") for printed in found)  # (the note's scale, no figure)


def test_bare_amounts_before_a_note_of_units_or_without_one_keep_no_unit() -> None:
    text = ("The holiday brought in 412.6, nearly a fifth of the year's box office.\n\nUnless otherwise stated, box "
            "office is given in 10,000 yuan.\n")
    assert by_printed(text)["412.6"].unit != "万元"


def test_a_price_said_again_two_sentences_after_one_per_kilo_keeps_its_reading() -> None:
    text = ("HOST: Then let's start with bottles. What are you paying today?\n\nOWNER: Today clear plastic is one-forty "
            "a kilo. Clean and dry, no labels. If it's dirty or wet I knock something off, because the mill weighs "
            "the water and won't take the dirt.\n\nHOST: One yuan forty. And a year ago?\n\n"
            "OWNER: A year ago it was one-ninety, two-ten. So prices are down.\n")
    found = by_printed(text)
    assert _value_unit(found, "one-forty") == (1.4, "yuan")
    assert _value_unit(found, "one-ninety") == (1.9, "yuan")


def test_a_caption_line_in_brackets_naming_each_columns_unit() -> None:
    text = ("Table 2  Recycling by category, Ganzhou, 2033\n"
            "(volume in 10,000 tonnes, value in 100 million yuan, growth in %)\n\n"
            "Category                      Volume   Growth    Value   Growth\n"
            "Scrap iron and steel           412.7      2.9     98.4     -3.1\n"
            "Waste paper                    120.5      6.2     13.8    -10.4\n")
    found = by_printed(text)
    assert _value_unit(found, "412.7") == (412.7, "万吨")
    assert _value_unit(found, "98.4") == (98.4, "亿元")
    assert _value_unit(found, "-10.4") == (-10.4, "%")
    assert not any(printed.startswith(("10,000", "100 million")) for printed in found)  # (the caption's units)


def test_books_counted_in_ben_and_wance() -> None:
    text = ("全省居民人均纸质图书阅读量4.72本，同比增加0.31本。农家书屋新增图书36.8万册。"
            "店主说一天也就卖百来本。本市书店21家。\n")
    found = by_printed(text)
    assert _value_unit(found, "4.72本") == (4.72, "本")
    assert _value_unit(found, "36.8万册") == (36.8, "万册")
    assert _value_unit(found, "百来本") == (100, "本")
    assert _value_unit(found, "21家") == (21, "家")


def test_a_price_said_in_hundreds_in_talk_of_yuan_a_few_sentences_off() -> None:
    text = ("[REPORTER] Registration at the county hospital is ten yuan here. On an ordinary weekday the hospital sees "
            "about 1,300 outpatients, and on Mondays far more than that.\nA farmer has come down from the hills with "
            "a cough that won't go away. The doctor has sent him for a chest scan.\n\n[PATIENT]\nThe CT was "
            "two-forty. I asked them twice.\n")
    assert _value_unit(by_printed(text), "two-forty") == (240, "yuan")


def test_a_hire_or_rent_per_mu_said_bare_is_money() -> None:
    text = ("HOST: And the costs?\n\nFARMER: Costs are up a bit on last year. The combine hire is seventy a mu this "
            "year, last year it was sixty-five. For my land that's four thousand yuan.\n")
    found = by_printed(text)
    assert _value_unit(found, "seventy") == (70, "yuan")
    assert _value_unit(found, "sixty-five") == (65, "yuan")


def test_a_ratio_its_clause_names_before_it_is_so_many_times() -> None:
    text = ("全市公共充电桩达到6.8万个，车桩比由上年末的2.7∶1下降至2.2∶1。力争充电桩总量突破9万个，车桩比保持在"
            "2∶1左右。\n")
    found = by_printed(text)
    assert _value_unit(found, "2.7∶1") == (2.7, "倍")
    assert _value_unit(found, "2.2∶1") == (2.2, "倍")
    assert _value_unit(found, "2∶1") == (2, "倍")
    assert found["2∶1"].qualifier == "forecast"


def test_a_price_said_per_litre_is_yuan_and_cents() -> None:
    text = ("HOST: And fuel?\n\nDRIVER: Diesel at the county station is seven-forty a litre now. Last winter it was "
            "seven-seventy. A full tank is about four hundred yuan.\n")
    found = by_printed(text)
    assert _value_unit(found, "seven-forty") == (7.4, "yuan")
    assert _value_unit(found, "seven-seventy") == (7.7, "yuan")


def test_a_release_on_an_event_of_its_own_months_dates_its_figures_by_them() -> None:
    text = ("Yangjiang Municipal Bureau of Commerce\nRelease date: 2033-09-12\n\n"
            "The 2033 \"Cool Nights by the Sea\" consumption season, held from 1 July to 31 August, has ended. Night-time "
            "consumption in the city reached 3.12 billion yuan during the season, up 11.4% year on year. Yangchun's "
            "night markets took 420 million yuan. In August alone, spending rose 14.0%.\n")
    found = by_printed(text)
    assert found["3.12 billion yuan"].period == "2033-07..08"
    assert found["420 million yuan"].period == "2033-07..08"
    assert found["14.0%"].period != "2033-07..08"  # (a month named: its own time)


def test_a_county_of_a_two_character_name_that_issues_the_text_is_its_city() -> None:
    text = ("沛县2033年生猪生产情况\n发布时间：2034-01-16　　来源：沛县农业农村局\n\n"
            "截至2033年末，全县生猪存栏41.2万头，同比增长2.6%。\n")
    found = by_printed(text)
    assert found["41.2万头"].city == "Xuzhou"
    assert found["2.6%"].city == "Xuzhou"


def test_a_header_whose_second_line_gives_each_columns_unit_in_brackets() -> None:
    text = ("Table 1  Coverage and funds by school stage, 2033\n\n"
            "Stage                   Pupils covered    Funds allocated     Growth of funds\n"
            "                        (10,000)          (10,000 yuan)       on 2032 (%)\n"
            "Primary                 3.12              2,904.6             -2.4\n"
            "Junior secondary        1.45              1,377.0             +1.1\n")
    found = by_printed(text)
    assert _value_unit(found, "3.12") == (3.12, "万人")  # (the "10,000" of a column of pupils)
    assert _value_unit(found, "2,904.6") == (2904.6, "万元")
    assert _value_unit(found, "-2.4") == (-2.4, "%")


def test_a_price_of_a_measure_said_in_words_after_it_or_listed_before_it() -> None:
    text = ("[00:00:41] HOST: Link number 1, dried bamboo shoots, a bag at thirty-six. Thirty-six yuan, two jin a bag, "
            "shipping included.\n\n[00:03:10] HOST: The rest goes in link number 2, the thin shoots, twenty-four a bag. "
            "We pack twelve a box.\n")
    found = by_printed(text)
    assert _value_unit(found, "thirty-six") == (36, "yuan")
    assert _value_unit(found, "twenty-four") == (24, "yuan")
    assert "twelve" not in found or found["twelve"].unit != "yuan"  # (a count packed, no price)


def test_a_price_said_in_three_words() -> None:
    text = ("HOST: And the cakes?\n\nOWNER: An eight-inch birthday cake is one-sixty-eight, twenty yuan more than last "
            "year. Corn is one-twenty-eight a jin.\n")
    found = by_printed(text)
    assert _value_unit(found, "one-sixty-eight") == (168, "yuan")
    assert _value_unit(found, "one-twenty-eight") == (1.28, "yuan")



# A read-only review of the session's rules (/tmp/rv47/report.md) found these misreadings; each is held here.
def test_goods_sold_by_weight_and_prices_from_ten_yuan_up_are_yuan_and_cents() -> None:
    text = ("VENDOR: Prices went up this week. Cabbage is two-fifty now, tomatoes are four-twenty. Lean pork is "
            "fourteen-fifty. Last month cabbage was one yuan.\n")
    found = by_printed(text)
    assert _value_unit(found, "two-fifty") == (2.5, "yuan")
    assert _value_unit(found, "fourteen-fifty") == (14.5, "yuan")


def test_times_scores_heights_and_weights_said_like_prices_are_none() -> None:
    for text in ("HOST: It's one-ten now, and the lines are open. Today we talk about school fees, which rose by two "
                 "hundred yuan.\n",
                 "CALLER: The train was nine-forty, it left late. A ticket was sixty yuan.\n",
                 "CALLER: My son is one-eighty now, taller than me. His tuition was five thousand yuan.\n",
                 "GUIDE: A room is two-eighty a night. Breakfast runs six-thirty to nine-thirty. Dinner is eighty yuan.\n",
                 "PARENT: The piano class is one-fifty a lesson, and it ends around eight-thirty. Books are forty yuan.\n"):
        found = by_printed(text)
        assert not any(c.unit == "yuan" and c.as_printed in ("one-ten", "nine-forty", "one-eighty", "six-thirty",
                                                             "nine-thirty", "eight-thirty") for c in found.values()), text


def test_counts_per_box_or_mu_are_no_prices() -> None:
    for text, printed in (("FARMER: We pack the eggs by hand, thirty a box, and sell a box for forty-five yuan.\n",
                           "thirty"),
                          ("FARMER: We pack the eggs by hand, 30 a box, and a box sells for 45 yuan.\n", "30"),
                          ("FARMER: To save costs we now plant 40 a mu, not 60. Seedlings are two yuan each.\n", "40")):
        found = by_printed(text)
        assert printed not in found or found[printed].unit != "yuan", text


def test_counts_after_a_note_of_units_stay_counts_and_a_prose_bracket_keeps_its_thousand() -> None:
    text = ("Unless otherwise stated, box office is given in 10,000 yuan.\n\nBox office rose at 9 of the 14 cinemas "
            "in the city. Imported films took 388.1.\n\n(Investment in 1,000 villages reached 2 billion yuan.)\n")
    found = by_printed(text)
    assert found["9"].unit == "count"
    assert _value_unit(found, "388.1") == (388.1, "万元")
    assert "1,000" in found


def test_chinese_rank_moves_scores_and_a_count_after_a_festival() -> None:
    found = by_printed("全市排名较上年上升3位。比分定格在2:1。春节后300名务工人员陆续返岗。"
                       "外地游客来桂林旅游的人数增长了12%。\n")
    assert "3位" not in found
    assert "2:1" not in found and "2" not in found
    assert _value_unit(found, "300名") == (300, "名")
    assert found["12%"].city == "Guilin"


def test_a_bare_year_end_after_a_later_year_is_that_years() -> None:
    text = ("某市2034年国民经济和社会发展统计公报\n\n截至2033年底，全市累计建成高标准农田120万亩。\n\n"
            "2034年，全市新建高标准农田8万亩。年末全市常住人口352.6万人，比上年末增加1.2万人。\n")
    assert by_printed(text)["352.6万人"].period == "2034"

"""Round 40 of the extraction rules (session 36): rules from the misses of the spent held-out sets heldout531-538.

The texts are written here for the tests (other places and years); each rule has a control.
"""

from __future__ import annotations

from explorer.model.extract import Candidate, extract
from tests.extraction.test_round35 import figures

# -- a past record as the base of a forecast: an outcome --

def test_last_winters_record_beside_a_forecast_is_an_outcome() -> None:
    got = figures("HEXI, Jan. 12 (Wire) -- The province expects its peak load to reach about 68 GW this winter, 6.4 "
                  "percent above last winter's record of 63.9 GW, the administration said.", "2032-01-12")
    assert got["63.9 GW"][2] == "exact"
    assert got["68 GW"][2] == "forecast"


def test_next_winters_level_beside_a_forecast_stays_a_forecast() -> None:
    # (control: only a past season's level is the base)
    got = figures("The province expects its peak load to reach a record of 68 GW next winter.", "2032-01-12")
    assert got["68 GW"][2] == "forecast"


# -- "No." inside a cut's words --

def test_a_cut_named_before_a_project_number_signs_its_figure() -> None:
    got = figures("Qu said the company had lowered prices at its Binhai No. 1 project by around 5 percent since "
                  "January.")
    assert got["5 percent"][0] == -5 and got["5 percent"][2] == "approximately"


def test_a_rise_past_a_project_number_stays_positive() -> None:
    # (control)
    got = figures("Qu said the company had raised prices at its Binhai No. 1 project by around 5 percent since "
                  "January.")
    assert got["5 percent"][0] == 5


# -- "No. N" naming a furnace, a mill or a bus route --

def test_numbered_furnaces_are_names() -> None:
    got = figures("The company will shut the No. 1 and No. 2 blast furnaces and build a new one.")
    assert not any(printed.startswith("No.") for printed in got)


def test_a_rank_after_no_stays_a_rank() -> None:
    # (control)
    got = figures("Hexi is China's No. 1 exporter of glass, and the No. 2 port in the province; the bus maker ranks "
                  "No. 3.")
    assert got["No. 1"][:2] == (1, "rank") and got["No. 2"][:2] == (2, "rank") and got["No. 3"][:2] == (3, "rank")


# -- "fifty-something thousand": more than so many thousand --

def test_a_round_number_something_thousand_is_more_than_that() -> None:
    got = figures("This season he has picked maybe 60,000 jin so far, up from fifty-something thousand last year.")
    assert got["fifty-something thousand"] == (25.0, "tons", "over")  # 50,000 jin


def test_three_hundred_odd_thousand_units() -> None:
    got = figures("We sold 300-odd thousand units of the new model.")
    assert got["300-odd thousand"] == (300000.0, "count", "over")


def test_forty_odd_workers_stays_forty() -> None:
    # (control: no scale after it)
    got = figures("The plant employs thirty-odd engineers.")
    assert got["thirty-odd"] == (30.0, "count", "over")


# -- a bare scale after cubic meters takes their unit --

def test_a_bare_million_compared_with_cubic_meters_takes_them() -> None:
    got = figures("Gas use on the coldest days is expected to top 52 million cubic meters a day, against 47.5 "
                  "million last winter, said Zhang.")
    assert got["47.5 million"][:2] == (47500000.0, "cubic meters")


def test_a_bare_million_of_something_else_stays_bare() -> None:
    # (control: visits topped a number of its own)
    got = figures("Gas use reached 52 million cubic meters a day. Visits to the park topped 9.8 million.")
    assert got["9.8 million"][1] == "count"


# -- spoken prices in 块 --

def test_five_kuai_and_more_a_jin_is_a_price() -> None:
    got = figures("“番茄五块多一斤，比上个月还贵了五毛钱。”市民陈阿姨说。")
    assert got["五块多"] == (5.0, "yuan", "over")


def test_five_pieces_and_more_is_no_price() -> None:
    # (control)
    assert "五块多" not in figures("这块地分成五块多一点。")


def test_a_spoken_pair_of_kuai_after_a_price_in_the_clause_before() -> None:
    got = figures("“洪湖野生鲫鱼12块钱左右一斤，粉藕六七块。”摊主张红梅说。")
    assert got["六七块"] == (6.0, "yuan", "range") and got["七块"] == (7.0, "yuan", "range")


def test_a_spoken_pair_of_pieces_is_no_price() -> None:
    # (control: nothing of money in the words before)
    assert "七块" not in figures("他家卖了地，剩下的三四块给了儿子。")


# -- "want ... to" over a long subject, before a level to reach --

def test_want_a_long_subject_to_reach_is_a_forecast() -> None:
    got = figures("The county wants the output value of its seafood processing industry to reach 30 billion yuan by "
                  "2034, and we want the recycling rate of used power batteries to reach 35 percent by 2034.",
                  "2032-06-20")
    assert got["30 billion yuan"][2] == "forecast" and got["35 percent"][2] == "forecast"


def test_a_want_of_many_words_to_a_place_is_no_forecast() -> None:
    # (controls from a review: "to" a place, and a relative clause)
    got = figures("Tourists want cheaper direct flights from Hexi and Lanzhou to the coast after fares rose 9 percent "
                  "in 2031.", "2032-06-20")
    assert got["9 percent"][2] == "exact"
    got = figures("Buyers that want the new flats near the metro line to be cheaper made up 35 percent of sales last "
                  "year.", "2032-06-20")
    assert got["35 percent"][2] == "exact"


def test_a_short_want_after_who_stays_a_forecast() -> None:
    got = figures("Officials who want growth to reach 6 percent in 2033 are pushing for more investment.", "2032-06-20")
    assert got["6 percent"][2] == "forecast"


# -- from the review of 4de37cd: what the rules above must leave alone --

def test_ranks_of_makers_and_of_ridership_stay_ranks() -> None:
    got = figures("Hexi Coach is China's No. 1 bus maker by sales. The city ranks No. 4 in bus ridership and No. 2 in "
                  "tram ridership.")
    assert got["No. 1"][:2] == (1, "rank") and got["No. 4"][:2] == (4, "rank") and got["No. 2"][:2] == (2, "rank")


def test_a_rank_after_a_name_and_a_comma_stays_a_rank() -> None:
    assert figures("In Hexi, the No. 1 employer is the steel group.")["No. 1"][:2] == (1, "rank")
    assert figures("Wang Lei, the No. 2 official at the bureau, said exports rose.")["No. 2"][:2] == (2, "rank")


def test_a_cut_does_not_reach_past_a_rising_verb() -> None:
    got = figures("The refinery cut runs at its No. 2 unit in March and expanded No. 3 unit capacity by 15 percent.")
    assert got["15 percent"][0] == 15


def test_last_years_level_held_or_restored_is_the_forecast() -> None:
    got = figures("The province aims to keep the unemployment rate at last year's level of 5.2 percent in 2032.",
                  "2032-01-12")
    assert got["5.2 percent"][2] == "forecast"
    got = figures("Hexi plans to restore output to last year's peak of 1.2 million tonnes by 2033.", "2032-01-12")
    assert got["1.2 million tonnes"][2] == "forecast"


def test_money_paid_after_cubic_meters_takes_no_cubic_meters() -> None:
    got = figures("We pumped about 300,000 cubic meters of water last summer. The county paid 250,000 for it.")
    assert got["250,000"][1] != "cubic meters"


def test_pieces_eaten_after_a_purchase_are_no_price() -> None:
    assert "三四块" not in figures("老人买了一袋糖，每天吃三四块。")
    assert "两三块" not in figures("她花30元买了一块豆腐，分给邻居两三块。")
    assert "七八块" not in figures("蛋糕20元一个，切开后能分七八块。")


# -- from the misses of heldout539-542 --

def test_a_maximum_loan_of_several_words_raised_is_a_cap_at_both_ends() -> None:
    got = figures("The maximum housing provident fund loan for a family with two paying members is raised from "
                  "600,000 yuan to 800,000 yuan.")
    assert got["600,000 yuan"][2] == "under" and got["800,000 yuan"][2] == "under"


def test_the_largest_loan_made_is_no_cap() -> None:
    # (control: an amount lent, not a rule's cap)
    got = figures("The maximum housing provident fund loan granted last year rose 20 percent to 1.2 million yuan.")
    assert got["1.2 million yuan"][2] == "exact"


def test_a_hong_kong_listing_code_is_no_figure() -> None:
    got = figures("Hexi Bank Co., Ltd. (SSE: 601877; HKEX: 3869) said net profit fell 3.2 percent.")
    assert "3869" not in got and "601877" not in got
    assert got["3.2 percent"][0] == -3.2


# -- a byline's clock is no place (seen in the review window of a spent set's bank summary) --

BANK = """Hexi Bank first-half profit slips 3.2%

Qilu Financial Desk | 28 August 2032 | 18:40 Beijing time

JINAN -- Hexi Bank Co., Ltd., the Jinan-based city commercial bank, said on Thursday that net profit fell 3.2% to
RMB6.84 billion. Operating income slipped 1.7% to RMB21.35 billion.
"""


def _guessed(text: str, cities: dict[str, list[str]]) -> list[Candidate]:
    """The candidates with every city guess the rules make (none left empty by the calibration)."""
    return extract(text, "t", cities, calibrated=False)


def _cities(text: str) -> set[str]:
    return {c.city for c in _guessed(text, {"Jinan": ["济南"], "Beijing": ["北京"]}) if c.city}


def test_a_desks_byline_with_beijing_time_names_no_city() -> None:
    assert _cities(BANK) == {"Jinan"}


def test_beijing_named_in_the_story_is_still_beijing() -> None:
    # (control: the city itself, not its clock)
    assert "Beijing" in _cities(BANK + "\nIn Beijing, the bank's loans grew 11.8% to RMB84.6 billion.\n")


def test_a_county_in_the_headline_under_a_section_line() -> None:
    # (control: a section line with bars and a date names no place, so the headline under it is read, and the county
    # it names is the place)
    text = ("Frontier Economy Review | Agriculture | Published 8 April 2032\n\n"
            "Bitter beans, sweet prices: Mangshi's coffee growers finally cash in\n\n"
            "A price boom has turned a border county's hillside coffee into a living. Growers now get 36 yuan a "
            "kilogram for green beans.\n")
    got = {c.as_printed: c.city for c in extract(text, "t")}
    assert got["36 yuan"] == "Dehong"


# -- from a second review (of 6c883ce and e9fbfc6) --

def test_value_added_and_a_verb_inside_what_was_cut_keep_the_cut() -> None:
    assert figures("Hexi cut value-added tax rates for small manufacturers by 3 percentage points in 2033.")[
        "3 percentage points"][0] == -3
    assert figures("The county reduced the time needed to add a new business line by 40 percent.")["40 percent"][0] == -40


def test_a_level_held_at_or_below_last_years_stays_a_forecast() -> None:
    got = figures("Hexi expects grain output to stay at roughly last year's level of 68 million tonnes.", "2032-01-12")
    assert got["68 million tonnes"][2] == "forecast"
    got = figures("Hexi aims to hold the jobless rate below last year's level of 5.1 percent in 2032.", "2032-01-12")
    assert got["5.1 percent"][2] != "exact"


def test_a_want_before_a_past_fall_stays_as_it_was() -> None:
    got = figures("Investors want the board of Hexi Bank and its auditors to be clearer after profit fell 12 percent "
                  "in 2031.", "2032-06-20")
    assert got["12 percent"][2] == "exact"


def test_no_1_of_a_market_a_route_or_a_way_stays_a_rank() -> None:
    assert figures("China is now the world's No. 1 bus market.")["No. 1"][:2] == (1, "rank")
    assert figures("The Hexi-Lanzhou link is now the airline's No. 1 route.")["No. 1"][:2] == (1, "rank")
    assert figures("Commuters still pick the bus, the No. 1 way to get around Hexi.")["No. 1"][:2] == (1, "rank")


def test_pieces_packed_after_a_price_are_no_price() -> None:
    assert "八九块" not in figures("月饼10块钱一个，一盒装八九块。")


def test_an_observed_maximum_that_jumped_is_no_cap() -> None:
    got = figures("The maximum daily ticket sales amount jumped from 2.1 million yuan to 3.4 million yuan during the "
                  "holiday.")
    assert got["2.1 million yuan"][2] == "exact" and got["3.4 million yuan"][2] == "exact"


def test_charging_after_kwh_keeps_kwh() -> None:
    got = figures("The depot's chargers delivered 1,200 kWh a day in May. By June they were charging 1,500.")
    assert got["1,500"][1] == "kWh"


def test_a_count_after_hkex_is_a_figure() -> None:
    assert "73" in figures("New listings on the HKEX: 73 in the first half, up from 41.")


# -- from the misses of heldout543-546 --

def test_up_from_an_ordinal_after_a_rank_is_last_years_rank() -> None:
    got = figures("We came fourth among the province's 102 counties in the evaluation, up from eleventh last year.")
    assert got["eleventh"][:2] == (11, "rank")


def test_up_from_an_ordinal_without_a_rank_before_is_nothing() -> None:
    # (control: no place named before it in the sentence)
    assert "eighth" not in figures("Sales rose 12 percent, up from eighth last year.")


def test_added_up_to_a_total_is_exact() -> None:
    got = figures("Last year the villages' collective income added up to 63.5 million yuan; this year it will be "
                  "around 78 million.")
    assert got["63.5 million yuan"][2] == "exact"


def test_added_up_to_an_amount_on_each_is_a_ceiling() -> None:
    # (control)
    assert figures("The new rules added up to 20 yuan to each ticket.")["20 yuan"][2] == "under"


def test_a_spoken_pair_of_times() -> None:
    got = figures("“现在种芦笋，收入是种水稻的五六倍。”刘桂香笑着说。")
    assert got["五六倍"] == (5.0, "times", "range") and got["六倍"] == (6.0, "times", "range")


def test_an_ordinal_pair_before_bei_is_no_times() -> None:
    # (control: 第 before the numerals)
    assert not figures("第五六倍数的问题。")


# -- from a third review (of 2f1cfa7, f11b6b7 and 68025b8) --

def _city_of(text: str) -> dict[str, str]:
    return {c.as_printed: c.city for c in _guessed(text, {"Jinan": ["济南"], "Jining": ["济宁"]})}


def test_time_deposits_are_no_clock() -> None:
    got = _city_of("Loans to small firms in Jinan rose 12 percent. Jining time deposits grew 4 percent to 88 billion "
                   "yuan.")
    assert got["4 percent"] == "Jining"


def test_a_growth_verb_after_while_stops_a_cut() -> None:
    got = figures("The county cut fees for small firms while expanding credit lines by 30 percent in 2031.")
    assert got["30 percent"][0] == 30


def test_a_forecasts_base_after_than_or_against_is_an_outcome() -> None:
    got = figures("The city expects 3.2 million visitors this summer, more than last year's total of 2.9 million.",
                  "2032-06-20")
    assert got["2.9 million"][2] == "exact"
    got = figures("Sales are expected to top 45 billion yuan, against last year's figure of 38 billion yuan.",
                  "2032-06-20")
    assert got["38 billion yuan"][2] == "exact"


def test_a_long_want_before_climb_is_a_forecast() -> None:
    got = figures("The county wants the average income of its rural residents to climb to 30,000 yuan.")
    assert got["30,000 yuan"][2] == "forecast"


def test_bus_no_33_is_a_name() -> None:
    assert "No. 33" not in figures("Villagers take bus No. 33 to the county seat, a 40-minute ride.")


def test_a_price_pair_after_a_compound_with_a_verb_character() -> None:
    assert figures("桶装油15块钱一斤，散装的十二三块。")["十二三块"] == (12.0, "yuan", "range")


def test_a_rules_maximum_that_went_from_is_a_cap() -> None:
    got = figures("The maximum loan for first-time buyers went from 600,000 yuan to 800,000 yuan under the new rules.")
    assert got["600,000 yuan"][2] == "under" and got["800,000 yuan"][2] == "under"


def test_a_short_hong_kong_code_in_brackets_is_no_figure() -> None:
    assert "883" not in figures("Hexi Energy (HKEX: 883) said net profit rose 12 percent.")


def test_a_modal_add_up_to_stays_a_ceiling() -> None:
    assert figures("The tariffs could add up to 25 percent.")["25 percent"][2] == "under"
    assert figures("Together the fees added up to 4,500 yuan.")["4,500 yuan"][2] == "exact"


def test_a_published_line_without_a_colon_is_no_headline() -> None:
    text = ("HEXI WEEKLY | March 2032 issue | Features\nPublished 12 March 2032\n\n"
            "\"The empty kilometres hurt\": a Jining trucker on rates and diesel\n\nBy Sophie Lin\n\n"
            "Freight rates fell 8 percent this winter, he said.\n")
    assert _city_of(text)["8 percent"] == "Jining"


# -- from a fourth review (of 938f1bd) --

def test_time_deposits_in_a_title_case_headline_are_no_clock() -> None:
    got = _city_of("Jining Time Deposits Climb to Record\nBanks in the city held 84.2 billion yuan of time deposits at "
                   "the end of June 2032, up 9.1 percent from a year earlier.")
    assert got["84.2 billion yuan"] == "Jining"


def test_pieces_after_a_listed_price_are_no_price_at_either_end() -> None:
    for text in ("苹果5块钱一斤，一盒装八九块。", "西瓜2块钱一斤，切成十二三块。", "苹果5块钱一斤，西瓜切开七八块。"):
        got = figures(text)
        assert not any("块" in printed and not printed.endswith("块钱") for printed in got), (text, got)


def test_a_bracketed_hkex_figure_with_a_unit_or_in_a_list_stays() -> None:
    assert "98 billion yuan" in figures("Turnover on the exchange (HKEX: 98 billion yuan a day on average) rose 14 "
                                        "percent in 2032.")


def test_a_cut_after_adding_insulation_stays_a_cut() -> None:
    got = figures("The factory cut its energy use after adding insulation by 18 percent, the company said.")
    assert got["18 percent"][0] == -18


# -- the date under a county media centre's name (seen in the import review of heldout554 under Xvfb) --

MEDIA_CENTRE = ("梨花开出“民宿经济”　梨园湾村40多家民宿“一房难求”\n\n河西县融媒体中心　2032-04-09 08:30\n\n"
                "　　河西讯（记者 刘晓宁）4月6日，为期10天的梨花节落下帷幕。据县文化旅游体育局统计，梨花节期间，"
                "全县共接待游客186.3万人次，同比增长14.2%。2027年，村里只有3家农家乐；如今，全村民宿已发展到43家。\n")


def test_the_date_under_a_media_centres_name_is_the_date_of_publication() -> None:
    from explorer.model.extract.dates import publication_date

    assert publication_date(MEDIA_CENTRE)[0] == "2032-04-09"
    got = figures(MEDIA_CENTRE)
    periods = {c.as_printed: c.period for c in extract(MEDIA_CENTRE, "t")}
    assert periods["43家"] == "2032" and got["43家"][0] == 43


def test_a_headline_ending_in_a_date_is_no_masthead() -> None:
    # (control: a line of the story with a date and no body's name)
    from explorer.model.extract.dates import publication_date

    assert publication_date(MEDIA_CENTRE.replace("河西县融媒体中心", "梨花节开幕于"))[0] != "2032-04-09"


def test_an_anecdotes_year_long_before_the_date_is_not_the_texts_year() -> None:
    periods = {c.as_printed: c.period for c in extract(MEDIA_CENTRE, "t")}
    assert periods["186.3万人次"].startswith("2032")  # (the text's own year: 2027年 is an anecdote's)


def test_a_report_on_last_year_keeps_its_year() -> None:
    # (control: a year one before the date is the year a bulletin reports on)
    text = ("河西市2031年国民经济和社会发展统计公报\n\n河西市统计局　2032-03-20 09:00\n\n"
            "　　初步核算，全年全市地区生产总值2345.6亿元，比上年增长5.2%。2031年末全市常住人口312.4万人。\n")
    periods = {c.as_printed: c.period for c in extract(text, "t")}
    assert periods["2345.6亿元"] == "2031"

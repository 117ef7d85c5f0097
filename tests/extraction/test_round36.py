"""Round 36 of the extraction rules (session 34), from the misses of the spent held-out sets heldout494 and heldout495:
the province a bulletin's headline names over the city its text names most, and the quotes of a spoken feature.

The texts are written here for the tests (other places and years); each rule has a control.
"""

from __future__ import annotations

from explorer.model.extract import extract
from tests.extraction.test_round35 import qualifiers

BULLETIN = """Shanxi banking sector: monthly bulletin for May 2036

Shanxi Regulatory Bureau
Released 20 June 2036

This summary sets out the main points of the bureau's bulletin on the province's banks.

At the end of May, outstanding loans in the province stood at 2.10 trillion yuan, up 6.1 percent year on year.
The province's deposits reached 2.40 trillion yuan. Lenders in Datong lent 1.2 billion yuan to farms, and Datong's
NPL ratio fell to 1.3 percent. The province's NPL ratio was 1.6 percent.
"""


def _cities(text: str, published: str = "2036-06-20") -> dict[str, str]:
    return {c.as_printed: c.city for c in extract(text, "t", published=published)}


def test_a_provincial_bulletin_headlined_with_its_province_is_about_the_province() -> None:
    got = _cities(BULLETIN)
    assert got["2.10 trillion yuan"] == got["2.40 trillion yuan"] == got["1.6 percent"] == "Shanxi"
    assert got["1.2 billion yuan"] == "Datong"  # (named in its sentence)


def test_a_bulletin_headlined_with_its_city_stays_the_citys() -> None:
    # (control: a city in the headline is what the text is about)
    got = _cities(BULLETIN.replace("Shanxi banking sector", "Datong banking sector", 1))
    assert got["2.10 trillion yuan"] == "Datong"


def test_the_headlines_province_outweighs_a_city_named_often_below() -> None:
    text = BULLETIN.replace("The province's NPL ratio was 1.6 percent.",
                            "Datong and Datong's banks lead. The province's NPL ratio was 1.6 percent.")
    got = _cities(text)
    assert got["2.10 trillion yuan"] == got["1.6 percent"] == "Shanxi"


def _shares(text: str) -> dict[str, tuple[float, str]]:
    return {c.as_printed: (c.value, c.unit) for c in extract(text, "t")}


def test_a_share_said_with_its_noun_before_out_of_is_a_share() -> None:
    got = _shares("\"But nine winters out of ten now, I can see the hills again,\" he said.")
    assert got["nine winters out of ten"] == (90, "%")


def test_a_share_out_of_with_no_noun_between_is_unchanged() -> None:
    # (control: the old forms, and a percentage that is no share's count)
    assert _shares("Nine out of ten firms export.")["Nine out of ten"] == (90, "%")
    assert _shares("Nearly 40 out of every 100 vehicles are electric.")["40 out of every 100"] == (40, "%")
    got = _shares("Five percent out of 20 percent was lost.")
    assert got["Five percent"] == (5, "%")


def test_days_counted_with_their_kind_between_are_days() -> None:
    got = _shares("Hexi had 271 good-air days last year, and more than forty heavily polluted days in 2031.")
    assert got["271"] == (271, "days")
    assert got["forty"] == (40, "days")


def test_a_count_of_other_things_with_their_kind_between_stays_a_count() -> None:
    # (control: "new stores" is a count of stores)
    got = {c.as_printed: (c.value, c.unit, c.note) for c in extract("Hexi opened 120 new stores.", "t")}
    assert got["120"][:2] == (120, "count") and got["120"][2] == "a count of stores"


def test_billion_jin_is_a_weight() -> None:
    got = _shares("The harvest, equal to about 163 billion jin, kept Hexi first among the provinces.")
    assert got["163 billion jin"] == (163, "billion jin")


def test_a_short_listing_code_in_brackets_is_no_figure() -> None:
    got = _shares("Hexi Hydraulics Co., Ltd. (SZ: 002917), the zone's largest listed company, exported 4,000 cylinders. "
                  "Hexi Brewery (SH: 600519) grew.")
    assert "002917" not in got and "600519" not in got
    assert got["4,000"] == (4000, "count")


def test_a_figure_after_a_bracketed_exchange_name_that_is_no_code_stays() -> None:
    # (control: the code is four to six digits closed by its bracket)
    assert _shares("The index (SH: 3,050 points) fell.")["3,050"][0] == 3050


def test_out_of_with_a_scale_word_or_a_verb_between_is_no_share() -> None:
    got = _shares("Five hundred out of 800 households in Hexi signed up.")
    assert got["Five hundred"] == (500, "count") and got["800"][0] == 800
    got = _shares("Three thousand out of 5,000 workers joined.")
    assert got["5,000"][0] == 5000
    assert all(unit != "%" for _, unit in _shares("Two dropped out of 3 rounds.").values())


def test_a_story_sentence_under_a_headline_does_not_make_the_text_the_provinces() -> None:
    text = ("Panda city draws record crowds\n\nSichuan's provincial capital received 150 million tourist visits in the "
            "first half, up 12 percent, the provincial culture and tourism department said.\n\nChengdu's giant panda "
            "base was the busiest site. Hotels were 85 percent full in June.")
    assert set(_cities(text).values()) == {"Chengdu"}


BRIEFING = """Shanxi transport: 2035 in review and priorities for 2036

Summary of the annual press briefing of the Shanxi Provincial Department of Transport, Taiyuan, 21 January 2036

Shanxi opened 412 kilometres of new expressways in 2035, the department said. The province completed transport
investment of 168.4 billion yuan, and the provincial rail network carried 90 million passengers. Datong's new airport
terminal opened in May, and Datong handled 3 million air passengers.
"""


def test_where_a_briefing_was_given_is_no_city_of_its_figures() -> None:
    got = _cities(BRIEFING)
    assert got["412 kilometres"] == got["168.4 billion yuan"] == "Shanxi"
    assert got["3 million"] == "Datong"  # (control: named in its sentence)


def test_a_monthly_bulletin_for_a_month_dates_its_figures_to_that_month() -> None:
    text = ("Hexi banking sector: monthly bulletin for September 2034 (English summary)\n\n"
            "Hexi Regulatory Bureau\n\nOutstanding deposits reached 2.96 trillion yuan, up 7.3 percent. "
            "The loan-to-deposit ratio was about 105 percent.")
    periods = {c.as_printed: c.period for c in extract(text, "t", published="2034-10-27")}
    assert periods["2.96 trillion yuan"] == periods["7.3 percent"] == periods["105 percent"] == "2034-09..09"


def test_a_bulletin_titled_with_a_year_only_keeps_the_year() -> None:
    # (control: no month in its title)
    text = ("Hexi banking sector: annual bulletin for 2034\n\nHexi Regulatory Bureau\n\n"
            "Outstanding deposits reached 2.96 trillion yuan, up 7.3 percent.")
    assert {c.period for c in extract(text, "t", published="2035-01-27")} == {"2034"}


# -- a third review (of 151b6ed, 67101cb, ec43468 and 28963d3), its sentences with places changed --


def test_a_count_barely_days_after_is_no_duration() -> None:
    assert _shares("Online bookings in Hexi hit 50,000 barely days after the resort opened.")["50,000"] == (50000, "count")


def test_the_codes_of_a_firm_listed_twice_are_no_figures() -> None:
    got = _shares("Hexi Insurance (SH: 601318, HK: 2318) grew. Hexi Cells (SZ: 300750; HK: 3750) sold 2,000 units.")
    assert set(got) == {"2,000 units"}


def test_shares_out_of_with_a_person_or_a_singular_noun_are_shares() -> None:
    assert _shares("Eight people out of ten in Hexi own a car.")["Eight people out of ten"] == (80, "%")
    assert _shares("Nine women out of ten work.")["Nine women out of ten"] == (90, "%")
    assert _shares("One household out of five in Hexi keeps pigs.")["One household out of five"] == (20, "%")


def test_an_item_compared_or_dated_after_a_cap_is_no_item_of_it() -> None:
    assert qualifiers("Taxi fares in Hexi are capped at 15 yuan, 3 yuan more than before.")["3 yuan"] == "exact"
    assert qualifiers("Unemployment in Hexi stayed below 5 percent, 4.6 percent at the end of June.")["4.6 percent"] == \
        "exact"
    assert qualifiers("The deficit must stay under 3 percent, 2.8 percent this year.")["2.8 percent"] == "exact"


def test_what_can_go_up_to_a_figure_from_another_is_still_a_ceiling() -> None:
    assert qualifiers("Under the new rules in Hexi, fines can go up to 50,000 yuan, from 20,000 yuan before.")[
        "50,000 yuan"] == "under"


def test_a_reporting_say_of_things_named_in_the_plural_is_no_hedge() -> None:
    assert qualifiers("Local banks in Hexi, which lend mainly to farmers, say 30 percent of loans are overdue.")[
        "30 percent"] == "exact"


def test_a_starting_level_from_a_year_is_no_floor() -> None:
    assert qualifiers("Power supply in Hexi: from 900 million kWh in 2030, output doubled.")["900 million kWh"] == "exact"
    assert qualifiers("Rents in Hexi rose sharply, rates from 60 yuan a square metre in 2031 to 75 yuan in 2033.")[
        "60 yuan"] == "exact"


def test_a_value_dated_after_and_is_a_value() -> None:
    from explorer.model.extract.core import number_tokens

    for text, value in (("It stood at 51 on Sept. 30 and 50 at the end of October.", "50"),
                        ("It closed at 48 on Jan. 5 and 49 the next day.", "49"),
                        ("Sales were 48 on May 5 and 51 in June.", "51")):
        assert (value, "number") in [(t.text, t.kind) for t in number_tokens(text)], text


def test_the_region_of_a_bloc_a_sentence_is_about_is_no_city_of_the_text() -> None:
    text = ("Xinjiang trade climbs\n\nCentral Asia's economies are booming, and the region's GDP grew 4.8 percent in "
            "2031, the IMF said. Xinjiang's foreign trade rose 12 percent, the regional customs said.")
    got = _cities(text, "2034-06-01")
    assert got["4.8 percent"] == "" and got["12 percent"] == "Xinjiang"


def test_an_issuers_line_ending_with_a_full_stop_names_the_province() -> None:
    text = ("Monthly economic bulletin\n\nSichuan Provincial Bureau of Statistics, March 2034.\n\nThe province's "
            "industrial output rose 6.2 percent in the first two months. Chengdu's output rose 7 percent. The "
            "province's retail sales reached 420 billion yuan, and Chengdu's retail sales were 180 billion yuan.")
    got = _cities(text)
    assert got["6.2 percent"] == got["420 billion yuan"] == "Sichuan"
    assert got["7 percent"] == "Chengdu"


def test_a_citys_own_issuer_line_under_a_provincial_headline_keeps_the_city() -> None:
    text = ("Guangdong's tech hub posts record exports\n\nShenzhen Municipal Commerce Bureau, Shenzhen, 5 March 2034\n\n"
            "Exports rose 9.4 percent to 2.1 trillion yuan. Shenzhen's drone makers led, and Shenzhen's port was busy.")
    assert set(_cities(text).values()) == {"Shenzhen"}


def test_a_briefings_date_line_written_other_ways_is_a_date_line() -> None:
    for date in ("21 January 2036.", "21 January, 2036", "21st January 2036"):
        got = _cities(BRIEFING.replace("21 January 2036", date))
        assert got["412 kilometres"] == "Shanxi", date


# -- a fourth review (of 682d706 and 96c28c9), its sentences with places changed --

def test_a_title_month_with_a_part_of_the_year_in_brackets_is_no_months_title() -> None:
    for title in ("Hexi statistical report for September 2034 (January-September)",
                  "Hexi mid-year report for June 2034 (first half)"):
        text = f"{title}\n\nHexi Provincial Bureau of Statistics\n\nFixed-asset investment rose 5.1 percent."
        periods = {c.period for c in extract(text, "t", published="2034-10-27")}
        assert "2034-09..09" not in periods and "2034-06..06" not in periods, title


def test_daily_and_monthly_stay_modifiers_of_a_counts_noun() -> None:
    assert _shares("Metro lines in Hexi carried 3.2 million daily trips in September.")["3.2 million"] == \
        (3.2, "million")


def test_one_that_went_out_of_a_count_of_things_is_no_share() -> None:
    got = _shares("One went out of 10 firms in Hexi. One fell out of 3 rounds.")
    assert all(unit != "%" for _, unit in got.values()), got


def test_a_price_that_may_go_up_to_a_figure_from_another_rises() -> None:
    assert qualifiers("Bus fares in Hexi may go up to 3 yuan from 2 yuan next month.")["3 yuan"] != "under"


def test_say_after_a_which_clause_with_a_singular_verb_is_a_hedge() -> None:
    assert qualifiers("This year pork, which is cheap, say 20 yuan a kilo, sold well in Hexi.")["20 yuan"] == \
        "approximately"
    assert qualifiers("A kilo of apples, which is cheap, say 6 yuan, sells fast in Hexi.")["6 yuan"] == "approximately"


def test_tickets_that_start_from_a_price_in_a_year_are_a_floor() -> None:
    assert qualifiers("Concert tickets in Hexi start from 380 yuan in 2035, up from 280 yuan.")["380 yuan"] == "over"


def test_two_days_before_a_later_month_are_days() -> None:
    from explorer.model.extract.core import number_tokens

    kinds = [(t.text, t.kind) for t in number_tokens("Ferries were suspended on Aug. 1 and 2 after July's rainfall.")]
    assert ("2", "date") in kinds


def test_prices_by_city_in_brackets_are_no_listing_codes() -> None:
    got = _shares("New-home sales in first-tier cities (SH: 4100, SZ: 2800, BJ: 3500) fell in May.")
    assert {"4100", "2800", "3500"} <= set(got)


def test_the_region_of_a_bloc_whose_growth_picked_up_is_no_city_of_the_text() -> None:
    text = ("Guangxi economy steady\n\nGrowth in Southeast Asia picked up, and the region's GDP rose 4.5 percent, the "
            "IMF said. Guangxi's GDP rose 5.6 percent, and the region's exports grew 8 percent.")
    got = _cities(text, "2034-10-27")
    assert got["4.5 percent"] == "" and got["5.6 percent"] == "Guangxi"


def test_a_briefing_line_of_a_provincial_department_without_the_provinces_name_is_a_date_line() -> None:
    got = _cities(BRIEFING.replace("the Shanxi Provincial Department", "the Provincial Department"))
    assert got["412 kilometres"] == "Shanxi"


def test_a_story_line_naming_a_department_is_no_issuers_line() -> None:
    text = ("Panda city draws record crowds\n\nSichuan's capital drew 150 million visits in the first half, the Sichuan "
            "Culture and Tourism Department said.\n\nChengdu's giant panda base was the busiest site in the province. "
            "Hotels were 85 percent full in June, and the province's visitors rose.")
    assert set(_cities(text).values()) == {"Chengdu"}

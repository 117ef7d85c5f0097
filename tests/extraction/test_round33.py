"""Round 33 of the extraction rules (session 32): the province a text is about, where the text names one of its
counties further down, and an autonomous region that speaks of itself as "the region".

The texts are written here for the tests (other years); each rule has a control.
"""

from __future__ import annotations

from explorer.model.extract import extract


def cities(text: str) -> dict[str, str]:
    return {c.as_printed: c.city for c in extract(text, "t")}


HUNAN_WIRE = (
    "Hunan's GDP grows 5.2 pct in first three quarters\n\n"
    "CHANGSHA, Oct. 20 (River Wire) -- Hunan's economy grew 5.2 percent year on year in the first three quarters "
    "of 2033, the provincial statistics bureau said on Monday.\n\n"
    "The province's gross domestic product reached 3,812.4 billion yuan in the nine months. Fireworks makers "
    "around Liuyang, a county-level city, shipped more goods abroad. The province's retail sales rose 4.4 percent.\n")


def test_a_county_named_below_the_lead_does_not_hide_the_province_the_text_is_about() -> None:
    got = cities(HUNAN_WIRE)
    assert got["5.2 percent"] == "Hunan"
    assert got["3,812.4 billion yuan"] == "Hunan"
    assert got["4.4 percent"] == "Hunan"


def test_a_county_named_in_the_lead_is_what_the_text_is_about_not_its_province() -> None:
    # (control: the same wire about the county: its lead names it, so the province is not the figures' place)
    text = HUNAN_WIRE.replace(
        "Hunan's economy grew 5.2 percent",
        "Liuyang, a county-level city in Hunan Province, saw its economy grow 5.2 percent")
    got = cities(text)
    assert got["5.2 percent"] != "Hunan"
    assert got["3,812.4 billion yuan"] != "Hunan"


GUANGXI_RELEASE = (
    "Guangxi adds 6.1 GW of wind and solar power in 2033\n\n"
    "Press release of the Development and Reform Commission of Guangxi Zhuang Autonomous Region\n"
    "Nanning, December 28, 2033\n\n"
    "The region connected 6,140 megawatts of new wind and solar capacity to the grid in 2033, the commission said. "
    "Wind power made up 41.5 percent of the region's new capacity. Regional power generation rose 7.3 percent.\n\n"
    "A farm in Guiping added 320 megawatts. Solar parks near Beiliu added 210 megawatts.\n")


def test_an_autonomous_region_that_speaks_of_the_region_is_what_its_release_is_about() -> None:
    got = cities(GUANGXI_RELEASE)
    assert got["6,140 megawatts"] == "Guangxi"
    assert got["41.5 percent"] == "Guangxi"
    assert got["7.3 percent"] == "Guangxi"


def test_the_region_in_a_province_s_text_is_not_taken_for_the_province() -> None:
    # (control: a province is "the province"; "the region" in its text may be a wider one, the delta, the north)
    text = (GUANGXI_RELEASE.replace("Guangxi Zhuang Autonomous Region", "Hunan Province")
            .replace("Guangxi adds", "Hunan adds").replace("Nanning", "Changsha")
            .replace("Guiping", "Xiangtan").replace("Beiliu", "Zhuzhou"))
    got = cities(text)
    assert got["6,140 megawatts"] != "Hunan"
    assert got["41.5 percent"] != "Hunan"


def values(text: str) -> dict[str, float]:
    return {c.as_printed: c.value for c in extract(text, "t")}


def test_where_a_fall_narrowed_from_or_to_is_a_fall() -> None:
    got = values("Fixed-asset investment in Hexi fell 2.4 percent, though the decline narrowed from 3.0 percent in "
                 "the first half. Exports dropped 4.1 percent, and the fall in exports eased to 1.2 percent in March. "
                 "The drop in steel output deepened to 6 percent.")
    assert got["2.4 percent"] == -2.4
    assert got["3.0 percent"] == -3.0
    assert got["1.2 percent"] == -1.2
    assert got["6 percent"] == -6.0


def test_a_decline_that_narrowed_by_points_is_a_rise_of_the_rate_and_where_it_narrowed_to_a_fall() -> None:
    # (as the labelled sets have it: "the decline narrowed by 0.9 percentage points", the growth rate up 0.9)
    got = values("Retail sales in Hexi fell 3.0 percent; the decline in sales narrowed by 0.8 percentage points to "
                 "2.2 percent in October.")
    assert got["0.8 percentage points"] == 0.8
    assert got["2.2 percent"] == -2.2


def test_a_growth_rate_that_narrowed_keeps_its_sign() -> None:
    # (control: a rise that slowed is still a rise; a gap that narrowed is no fall)
    got = values("Growth in Hexi narrowed to 4.2 percent from 4.8 percent. The gap with the coast narrowed from "
                 "9 percent to 7 percent.")
    assert got["4.2 percent"] == 4.2
    assert got["9 percent"] == 9.0


def qualifiers(text: str) -> dict[str, str]:
    return {c.as_printed: c.qualifier for c in extract(text, "t")}


def test_a_bound_that_will_be_or_is_planned_is_a_forecast_bound() -> None:
    got = qualifiers("Officials in Hexi said at least 40 boutique hotels will open by the end of 2034. At least six "
                     "new routes are planned. At least 60 percent of the fund's capital is to be invested in the city. "
                     "We want incomes to grow by at least 8 percent.")
    assert got["40"] == "expected_over"
    assert got["six new routes"] == "expected_over"
    assert got["60 percent"] == "expected_over"
    assert got["8 percent"] == "expected_over"


def test_a_bound_of_what_was_or_of_which_a_plan_spends_stays_a_plain_bound() -> None:
    # (controls: an outcome; "more than half of which will go to ...": the share of a budget, not a forecast bound;
    # an eligibility rule, "must keep at least 5 cows", which the labelled sets keep as a plain bound)
    assert qualifiers("In Hexi at least 30 people were injured and five will stay in hospital.")["30 people"] == "over"
    got = qualifiers("At least 40 boutique hotels opened in Hexi in 2033. The board approved a budget of 520 million "
                     "yuan, more than half of which will go to the water plant. A household must keep at least 5 "
                     "breeding cows.")
    assert got["40"] == "over"
    assert got["half"] == "over"
    assert got["5"] == "over"


def test_the_hedges_of_speech_say_and_maybe_up_and_a_headline_s_nears_are_approximate() -> None:
    got = qualifiers("HOST: How much a night? VENDOR: On a bad night, four hundred. Say a thousand on average. A flat of "
                     "say 110 square metres costs more. A small entry charge, say 10 yuan, would do. Our revenue was "
                     "flat, maybe up 1 percent.")
    assert got["a thousand"] == "approximately"
    assert got["110 square metres"] == "approximately"
    assert got["10 yuan"] == "approximately"
    assert got["1 percent"] == "approximately"
    assert qualifiers("Hexi holiday box office nears 80 mln yuan as cinemas fill\n\nText.")["80 mln yuan"] == \
        "approximately"


def test_what_people_say_a_figure_is_is_not_hedged_by_say() -> None:
    # (control: "they say 10 yuan is enough" reports a figure; "went up 5 percent" is no hedge)
    got = qualifiers("Villagers in Hexi say 10 yuan is enough. Prices went up 5 percent.")
    assert got["10 yuan"] == "exact"
    assert got["5 percent"] == "exact"


def test_a_cap_said_once_for_a_list_caps_each_item() -> None:
    got = qualifiers("In Hexi, charges for a day are capped at 40 yuan in Zone A, 30 yuan in Zone B and 12 yuan in Zone "
                     "C. The maximum loan is 1.5 million yuan for a first home and 1.2 million yuan for a second home.")
    assert got["40 yuan"] == got["30 yuan"] == got["12 yuan"] == "under"
    assert got["1.2 million yuan"] == "under"


def test_prices_that_go_up_to_rise_there_and_fares_that_start_and_go_up_to_are_capped() -> None:
    got = qualifiers("In Hexi, prices in the second and third tiers go up to 4.65 yuan and 9.30 yuan.")
    assert got["4.65 yuan"] == got["9.30 yuan"] == "exact"
    # (control: "start at 2 yuan and go up to 7 yuan": the top of the fares)
    assert qualifiers("Hexi metro fares start at 2 yuan and go up to 7 yuan.")["7 yuan"] == "under"


def test_what_ranges_from_one_unit_to_another_or_from_one_thing_to_another_is_a_range() -> None:
    got = qualifiers("In Hexi, individual deals ranged from 50 million yuan to 6.8 billion yuan in value. The smaller "
                     "microgrids range from 150 kilowatts to 1.2 MW each. Prices at the studio range from 180 yuan for "
                     "a small cup to 12,000 yuan for a jar.")
    assert got["50 million yuan"] == got["6.8 billion yuan"] == "range"
    assert got["150 kilowatts"] == got["1.2 MW"] == "range"
    assert got["180 yuan"] == got["12,000 yuan"] == "range"


def test_a_change_from_one_figure_to_another_is_no_range() -> None:
    # (control: a change, not a range; and a fall in one unit to a level in another)
    got = qualifiers("Fees in Hexi rose from 650 yuan to 860 yuan. Capacity grew from 900 kilowatts to 1.2 MW.")
    assert got["650 yuan"] == got["860 yuan"] == "exact"
    assert got["900 kilowatts"] == got["1.2 MW"] == "exact"


def test_falls_said_with_a_comma_before_by_in_the_present_tense_or_restated_as_a_share() -> None:
    got = values("Yanhe was the only area of Hexi where prices fell, by 0.1%, on cheaper apples. Export volume declined "
                 "less steeply, by 3.1 percent. Fungus prices slide by a fifth. Sulphur dioxide fell to 3,860 tonnes, "
                 "a reduction of 410 tonnes, or 9.6 percent.")
    assert got["0.1%"] == -0.1
    assert got["3.1 percent"] == -3.1
    assert got["a fifth"] == -20.0
    assert got["410 tonnes"] == -410.0 and got["9.6 percent"] == -9.6


def test_a_rise_said_with_a_comma_before_by_stays_a_rise() -> None:
    # (control)
    got = values("Prices in Hexi rose, by 0.4%, on dearer pork. Sales grew 5 percent to 3,860 tonnes, an increase of "
                 "410 tonnes, or 9.6 percent.")
    assert got["0.4%"] == 0.4
    assert got["410 tonnes"] == 410.0 and got["9.6 percent"] == 9.6


def test_a_price_offered_from_or_a_rate_from_is_a_floor_but_a_fare_that_starts_at_is_the_fare() -> None:
    got = qualifiers("Industrial land in Hexi is offered from 96,000 yuan per mu. We lend at rates from 3.45 percent a "
                     "year, for amounts from 50,000 yuan. Fares start at 2 yuan for the first six kilometres.")
    assert got["96,000 yuan"] == got["3.45 percent"] == got["50,000 yuan"] == "over"
    assert got["2 yuan"] == "exact"  # (control: as the labelled sets read the lowest fare)


def test_the_last_day_of_a_span_of_days_is_a_date_but_a_share_after_a_day_is_not() -> None:
    from explorer.model.extract.core import number_tokens

    kinds = {t.text: t.kind for t in number_tokens("Over the holiday (Feb. 18-26) and from July 17 to 20, sales rose.")}
    assert kinds["26"] == kinds["20"] == "date"
    kinds = {t.text: t.kind for t in number_tokens("Stalls closed on May 5 and 20 percent of them stayed shut.")}
    assert kinds["20"] == "number"  # (control)

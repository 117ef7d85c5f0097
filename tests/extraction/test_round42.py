"""Round 42 of the extraction rules (session 38): gaps the spent held-out sets showed (heldout565's river levels).

The texts are written here for the tests (other places and years); each rule has a control.
"""

from __future__ import annotations

from explorer.model.extract import extract
from tests.extraction.test_round35 import figures

# -- lengths in metres: the units table's metres in English, base km as 米 --


def test_river_levels_in_metres_are_lengths() -> None:
    got = figures("The Qinghe at Hexi station peaked at 19.42 metres on Sunday, 0.87 metres above its warning level, "
                  "and is forecast to crest at around 20.1 meters on Friday.")
    assert got["19.42 metres"] == (0.01942, "km", "exact")
    assert got["0.87 metres"][:2] == (0.00087, "km")
    assert got["20.1 meters"] == (0.0201, "km", "forecast")


def test_heights_and_spans_in_metres() -> None:
    got = figures("The deck stands more than 600 meters above the river, and the line includes a 1,340-metre bridge "
                  "with a main span of 150 metres.")
    assert got["600 meters"] == (0.6, "km", "over")
    assert got["1,340-metre"][:2] == (1.34, "km")
    assert got["150 metres"][:2] == (0.15, "km")


def test_millions_of_metres_keep_their_scale() -> None:
    got = figures("At its peak the Binhai mill turned out 38 million metres of cotton cloth a year.")
    assert got["38 million metres"][:2] == (38000, "km")


def test_a_speed_in_metres_per_second_is_no_length() -> None:
    # (control: "metres per second" is a speed, which the table lacks; it stays a bare number, never a length)
    got = figures("Winds near the centre reached 42 metres per second on Tuesday.")
    assert all(base != "km" for _, base, _ in got.values())


def test_a_length_that_bounds_a_group_is_no_figure() -> None:
    got = figures("Tickets cost 60 yuan, and children under 1.2 metres enter free; children between 1.2 and 1.4 metres "
                  "tall pay 30 yuan.")
    assert set(got) == {"60 yuan", "30 yuan"}
    got = figures("Of the 2,316 boats on the register, 418 are trawlers longer than 24 meters. Homes within 800 metres "
                  "of a station sold first, and most forests lie above 3,000 metres.")
    assert all(base != "km" for _, base, _ in got.values())
    got = figures("Bidders need one completed bridge with a main span of 120 metres or more.")
    assert not got


def test_the_size_of_a_kind_of_thing_is_no_figure() -> None:
    # (control: these were no figures before the table had metres, and stay none)
    got = figures("A typical 10.5-metre bus uses 0.9 kilowatt-hours per kilometre; the warehouses have 12-metre "
                  "ceilings, and a standard three-metre pitch costs 800 yuan a month.")
    assert all(base != "km" for _, base, _ in got.values())
    assert got["800 yuan"][0] == 800


# -- amounts said without "yuan" in talk (the spoken copy of heldout567 and heldout569) --

_FEE = "The Binhai park pays 30 yuan an hour for loaders. "


def test_pay_in_a_text_that_names_no_currency_is_yuan() -> None:
    got = figures("Episode 12. The Kashgar park opened in 2031. A crane driver makes 7,500 to 8,000 a month, a broker "
                  "more. We charge 22 a square metre a month for dry storage.")
    assert got["7,500"] == (7500, "yuan", "range")
    assert got["8,000"] == (8000, "yuan", "range")
    assert got["22"][:2] == (22, "yuan")


def test_pay_in_a_text_in_another_currency_or_on_no_chinese_place_is_not_yuan() -> None:
    # (controls: a text that names dollars, or one that names no Chinese place, does not mean yuan by a bare wage)
    got = figures("Episode 12. The park opened in 2031. A crane driver makes 7,500 to 8,000 a month, a broker more.")
    assert got["7,500"][1] != "yuan" and got["8,000"][1] != "yuan"
    got = figures("The Hexi plant's owner bought it for $40 million. A crane driver makes 7,500 to 8,000 a month.")
    assert got["7,500"][1] != "yuan" and got["8,000"][1] != "yuan"


def test_part_of_an_amount_and_an_amount_of_trade_are_money() -> None:
    got = figures("Total investment so far is about 3.1 billion yuan. The district put in 500 million of that, for the "
                  "roads. Their free trade zone did 52 billion of trade last year.")
    assert got["500 million"][:2] == (5e8, "yuan")
    assert got["52 billion"][:2] == (5.2e10, "yuan")


def test_a_scale_before_a_counted_noun_stays_a_count() -> None:
    # (control: "put in" before a number of things)
    got = figures("Total investment so far is about 3.1 billion yuan. Volunteers put in 2 million saplings this spring.")
    assert got["2 million"][:2] == (2e6, "count")


def test_a_charge_per_mu_or_per_square_metre_after_words_of_money() -> None:
    got = figures(_FEE + "The crop policy pays up to 600 a mu if the orchards flood.")
    assert got["600"] == (600, "yuan", "under")
    got = figures(_FEE + "The new rice yields 800 a mu in a good year.")  # (control: a yield per mu is no money)
    assert got.get("800", (0, "count"))[1] != "yuan"


def test_a_thing_that_goes_for_a_small_price() -> None:
    got = figures(_FEE + "A ten-jin crate goes for 85, delivery included.")
    assert got["85"][:2] == (85, "yuan")
    got = figures(_FEE + "The show goes for 90 minutes, with a break.")  # (control: a length of time)
    assert all(unit != "yuan" for printed, (_, unit, _) in got.items() if printed != "30 yuan")


def test_a_price_range_spoken_in_words_before_a_measure() -> None:
    got = figures(_FEE + "In the Hexi markets a good pear is twelve, thirteen a jin.")
    assert got["twelve"] == (12, "yuan", "range")
    assert got["thirteen"] == (13, "yuan", "range")


def test_a_spoken_range_before_a_spoken_price_and_the_price_said_again() -> None:
    got = figures(_FEE + "In May the traders were paying seven, seven-fifty a jin at the farm gate. Last year it was "
                  "more like five, because the harvest was big.")
    assert got["seven"] == (7, "yuan", "range")
    assert got["seven-fifty"] == (7.5, "yuan", "range")
    assert got["five"] == (5, "yuan", "approximately")


def test_spoken_counts_in_a_range_stay_unread_as_money() -> None:
    # (control: a range in words of things, no word of price before it)
    got = figures(_FEE + "Most weeks the school runs twelve, thirteen classes a day.")
    assert all(unit != "yuan" for printed, (_, unit, _) in got.items() if printed != "30 yuan")


# -- takings, losses and costs said without yuan; a range in words whose upper end says the hundred (heldout571) --

_STREET = "The Qinghe county food street has 31 restaurants, and rents are 68 yuan a square metre.\n"


def test_takings_in_words_after_we_take() -> None:
    got = figures(_STREET + "Q: What does that mean in money?\nA: A weekday, we take six, seven thousand.")
    assert got["six"] == (6000, "yuan", "range")
    assert got["seven thousand"] == (7000, "yuan", "range")


def test_a_loss_and_a_cost_said_without_yuan() -> None:
    got = figures(_STREET + "We were shut for three months. I lost about 80,000 in that time, and the kitchen itself "
                  "cost 150,000.")
    assert got["80,000"] == (-80000, "yuan", "approximately")
    assert got["150,000"] == (150000, "yuan", "exact")


def test_lost_and_cost_before_things_are_no_money() -> None:
    # (controls: customers lost, jobs a flood cost)
    got = figures(_STREET + "We lost 400 customers in a week. The flood cost 1,200 jobs.")
    assert all(unit != "yuan" for printed, (_, unit, _) in got.items() if printed != "68 yuan")


def test_a_budget_said_without_yuan() -> None:
    got = figures(_STREET + "My daughter wants a second shop. We've budgeted around 400,000.")
    assert got["400,000"][:2] == (400000, "yuan")


def test_the_lower_end_of_a_range_in_words_takes_the_hundred_of_the_upper() -> None:
    got = figures("During the holiday there were days when three or four hundred people were waiting in the lane.")
    assert got["three"] == (300, "people", "range")
    assert got["four hundred people"] == (400, "people", "range")
    got = figures("We had eight or nine hundred visitors a day, and between two and three hundred firms took part.")
    assert got["eight"] == (800, "count", "range")
    assert got["two"] == (200, "count", "range")


def test_a_lower_end_whose_hundred_no_unit_takes_is_no_figure() -> None:
    # (control: "one or two hundred metres" is no count of one)
    got = figures("One or two hundred metres further on, the road ends at the Binhai gate.")
    assert "One" not in got


# -- a read-only review of 4f7a7ed and 08543a9f: its regressions, each a test (places and years changed) --


def test_meters_that_measure_are_a_count() -> None:
    assert figures("The utility installed 5 million meters in 2034, the report said.")["5 million meters"][:2] == \
        (5e6, "count")
    assert figures("The company had 300 meters installed at factories in Hexi.")["300 meters"][:2] == (300, "count")


def test_races_tracks_and_sizes_in_metres_are_no_figures() -> None:
    assert not figures("The city built a 50-metre pool and a 400-metre running track for the games.")
    assert not figures("The 3,000-metre steeplechase was won by a runner from Qinghe.")
    assert not figures("Each vendor gets a stall of two metres along the night market's main lane.")
    assert set(figures("The owner rents a pitch of two metres by three for 1,200 yuan a month.")) == {"1,200 yuan"}


def test_levels_after_a_verb_are_kept() -> None:
    assert figures("The water rose to within 0.5 metres of the top of the dyke on Tuesday.")["0.5 metres"][:2] == \
        (0.0005, "km")
    assert figures("The Binhai lake level fell lower than 8 metres, a record low.")["8 metres"][:2] == (0.008, "km")
    assert figures("The water at Hexi stayed higher than 43 metres for a week.")["43 metres"][:2] == (0.043, "km")
    assert figures("The children's palace, which rises 86 metres, opened in 2033.")["86 metres"][:2] == (0.086, "km")


def test_an_age_in_a_spoken_pair_is_no_money() -> None:
    got = figures("We paid 30 yuan. My son was eight, nine then, now he's twelve.")
    assert set(got) == {"30 yuan"}


def test_a_crash_on_a_spoken_time_after_the_pairs_dropped() -> None:
    assert not figures("It was six, six-thirty in the morning when the trucks came, a yuan or two for a ride.")


def test_a_county_or_province_elsewhere_is_no_chinese_place() -> None:
    for text in ("In Kerry county, dairy farmers earn about 30,000 a year from milk alone.",
                 "A Chinese restaurant in Manchester pays its cooks 2,200 a month, the owner said.",
                 "The Kenyan county pays 450 shillings a day to casual workers; a supervisor earns 20,000 a month."):
        assert all(unit != "yuan" for _, unit, _ in figures(text).values()), text


def test_output_yields_and_runs_are_no_money() -> None:
    for text in ("The county's mask workshop makes 30,000 a day, the Binhai bureau said in China.",
                 "Despite high fertiliser prices, the county's wheat still yielded 450 a mu.",
                 "The county team went for 8 in a row, a provincial record, and tickets cost 20 yuan."):
        assert all(unit != "yuan" for printed, (_, unit, _) in figures(text).items() if "yuan" not in printed), text


def test_livestock_raised_and_things_lent_or_sold_are_no_money() -> None:
    for text in ("Farmers in the county raised 1.5 million in the spring, mostly piglets.",
                 "The factory lent 2 million of its masks to hospitals in Qinghe.",
                 "Hexi's carmaker racked up 4.27 million in sales in 2034, mostly hatchbacks.",
                 "The scheme saw 2.9 million in trade-ins of old cars by November.",
                 "Germany's exports fell to 120 billion euros in March; it did 80 billion of trade with China."):
        assert all(not unit.endswith("yuan") for _, unit, _ in figures(text).values()), text


# -- basis points (heldout572) --


def test_basis_points_with_a_thousands_separator() -> None:
    got = figures("The bond was quoted at a yield of 24.6% on 16 March, about 1,150bp wider than at end-2034.")
    assert got["1,150bp"] == (11.5, "percentage points", "approximately")


def test_a_spread_that_tightens_falls() -> None:
    got = figures("We expect spreads to tighten by another 10-20bp in 2035 as the swap continues.")
    assert got["10"][:2] == (-0.1, "percentage points") and got["20bp"][:2] == (-0.2, "percentage points")
    got = figures("Spreads narrowed 35bp in the quarter; they widened 12bp in May. It won by a narrow margin of 20bp.")
    assert got["35bp"][0] == -0.35 and got["12bp"][0] == 0.12 and got["20bp"][0] == 0.2  # (controls: widened, narrow)


# -- from spent sets 575-578: "would take", "turn over", "given us", a rent a quarter said again, 赔, micrograms --

_MARKET = "The Qinghe market in Binhai county has 300 stalls; a stall costs 10 yuan to register.\n"


def test_takings_turnover_and_a_grant_said_without_yuan() -> None:
    got = figures(_MARKET + "MS HU: In a good month we turn over 500,000 to 600,000. The county has given us 300,000 "
                  "to fix the drains.")
    assert got["500,000"] == (500000, "yuan", "range") and got["600,000"] == (600000, "yuan", "range")
    assert got["300,000"][:2] == (300000, "yuan")


def test_a_rent_a_quarter_and_the_same_amount_said_again() -> None:
    text = _MARKET + ("MR LU: Price, simple. My pork is 15 a jin, and the supermarket has it at 12.8. And my rent is 2,600 "
                      "a quarter. You tell me how I match that.\n\nHOST: Ms Sun, is that right about the rent?\n\nMS SUN: "
                      "A meat stall is 2,600 a quarter, yes. A vegetable stall is 1,700.")
    got = [(c.value, c.unit) for c in extract(text, "t") if c.as_printed in ("2,600", "1,700")]
    assert got == [(2600, "yuan"), (2600, "yuan"), (1700, "yuan")]


def test_a_count_said_again_is_no_money() -> None:
    # (control: the same number of things said again, no time or unit of charge after it)
    got = figures(_MARKET + "It has 2,600 members. Of those, 2,600 are women.")
    assert all(unit != "yuan" for printed, (_, unit, _) in got.items() if printed != "10 yuan")


def test_money_lost_after_pei_is_negative() -> None:
    got = figures("最难的是2033年，一头猪要赔三百多块钱，一年下来赔了差不多40万元。")
    assert got["三百多块钱"] == (-300, "yuan", "over")
    assert got["40万元"] == (-400000, "yuan", "approximately")


def test_an_insurers_payment_after_pei_is_no_loss() -> None:
    # (controls: 赔 of an insurer, 赔偿, 赔付)
    got = figures("保险公司来看过，赔了两千来块。万一牛病死了，每头最多能赔4000块钱。赔偿金额3万元，赔付率85%。")
    assert all(value > 0 for value, _, _ in got.values())


def test_micrograms_alone_in_a_text_on_the_air() -> None:
    got = figures("Hexi's PM2.5 falls to 19 micrograms\n\nPM2.5 averaged 19 micrograms per cubic metre, down from 21 "
                  "micrograms in 2034.")
    assert got["19 micrograms"][:2] == (19, "μg/m³")
    assert got["21 micrograms"][:2] == (21, "μg/m³")
    got = figures("Each tablet holds 20 micrograms of vitamin D.")  # (control: no text on the air)
    assert all(unit != "μg/m³" for _, unit, _ in got.values())


# -- a second read-only review (of 9d0b18b and fdba909): its regressions, each a test (places and years changed) --


def _money(text: str) -> set[str]:
    return {printed for printed, (_, unit, _) in figures(text).items() if unit.endswith("yuan")}


def test_animals_people_and_things_taken_or_lost_are_no_money() -> None:
    for text in ("We lost 300 in the snowstorm, the herder from Hulunbuir said, mostly ewes about to lamb.",
                 "They took 3,000 to the Sunday livestock market in Kashgar that morning.",
                 "We take 500 at a time to the slaughterhouse, the pig farmer in Zhoukou said.",
                 "They took 600 to hospital after the gas leak in Shiyan."):
        assert not _money(text), text


def test_takings_on_a_day_and_losses_on_a_thing_are_money() -> None:
    assert _money("We took 2,300 on the first day, which for a stall in Tianshui is not bad.") == {"2,300"}
    assert _money("They lost 120,000 on the greenhouse after the hail, a grower in Shouguang said.") == {"120,000"}


def test_a_lower_end_in_hundreds_before_a_unit_the_hundred_does_not_take() -> None:
    for text in ("The queue was two to three hundred metres long outside the Qinghe store.",
                 "Two or three hundred years ago the town was a busy river port on the Grand Canal.",
                 "Between four and five hundred kilometres separate the two Binhai depots."):
        assert all(not printed.lower().startswith(("two", "four")) or "hundred" in printed for printed in figures(text)), \
            text


def test_a_lower_end_in_hundreds_of_people_or_of_yuan() -> None:
    got = figures("Eight to nine hundred workers were laid off at the Hexi plant.")
    assert got["Eight"] == (800, "count", "range")
    got = figures("The rent is seven or eight hundred a month in the old lanes of Kashgar.")
    assert got["seven"][:2] == (700, "yuan") and got["eight hundred"][:2] == (800, "yuan")


def test_a_spread_that_narrowed_to_a_level_stays_positive() -> None:
    got = figures("Spreads narrowed to 180bp from 240bp; they tightened by 40bp to 350bp over Treasuries. A narrow 5bp "
                  "gap remains, and PBOC tightening pushed the repo rate 15bp higher.")
    assert got["180bp"][0] > 0 and got["240bp"][0] > 0 and got["350bp"][0] > 0 and got["5bp"][0] > 0
    assert got["15bp"][0] > 0 and got["40bp"][0] < 0


def test_lengths_in_meters_near_water_or_gas_stay_lengths() -> None:
    for text, printed in (("The water level at Hankou rose to 28.6 meters, the highest since 2030.", "28.6 meters"),
                          ("The gas pipeline crosses the river in a tunnel 1,200 meters long.", "1,200 meters"),
                          ("The utility replaced 12,000 meters of old water mains in Hexi.", "12,000 meters")):
        assert figures(text)[printed][1] == "km", text


def test_a_length_by_a_year_or_an_hour_stays() -> None:
    assert figures("Sea levels along the coast could rise 1 metre by 2100, the report warned.")["1 metre"][1] == "km"
    assert figures("The river is forecast to reach 29.5 metres by 8 pm on Friday.")["29.5 metres"][1] == "km"


def test_track_laid_and_a_landing_strip_are_lengths() -> None:
    assert figures("Workers laid 800 metres of track a day on the new line.")["800 metres"][1] == "km"
    assert figures("The new airport has a landing strip of 4,000 metres.")["4,000 metres"][1] == "km"


def test_bounds_in_other_words_are_no_figures() -> None:
    for text in ("Children who are under 1.2 metres ride free on the Qinghe metro.",
                 "Any vessel longer than 24 metres must carry a tracking beacon."):
        assert not figures(text), text


def test_hong_kong_inner_london_and_macao_are_no_places_of_yuan() -> None:
    for text in ("In Hong Kong, a 400-square-foot flat rents for 18,000 a month.",
                 "Inner London pubs pay bar staff about 2,000 a month.",
                 "In Macao, a dealer earns 20,000 patacas a month; a cleaner makes 9,000 a month."):
        assert not _money(text), text


def test_money_raised_borrowed_or_of_sales_is_yuan_where_no_things_are_counted() -> None:
    assert _money("The Binhai fund raised 5 billion, and 2 billion of that went to chip makers.") == \
        {"5 billion", "2 billion"}
    assert _money("The county borrowed 600 million in 2033, mostly to pay contractors, an official said.") == \
        {"600 million"}
    assert _money("Hexi's market did 200 billion in sales last year.") == {"200 billion"}
    assert not _money("Hog farmers in the province raised 65 million in 2033, down 3% from the year before.")


def test_part_of_an_amount_in_dollars_is_in_dollars() -> None:
    assert figures("Exports reached 45 million dollars, and 10 million of that went to Russia.")["10 million"][1] == "US$"


def test_pay_of_a_wife_a_nanny_or_a_named_person() -> None:
    assert _money("My wife makes 5,000 a month at the plant in Zhengzhou.") == {"5,000"}
    assert _money("Lao Li makes 300 a day on the building sites of Hefei.") == {"300"}
    assert not _money("The plant in Hebei province makes 3,000 a shift, the manager said.")


# -- the import review of spent set 580 under Xvfb: a podcast's length in its header was the first candidate --


def test_a_programmes_length_in_its_header_is_no_figure() -> None:
    text = "LOWER TIERS\nEpisode 62: A used-car lot in Binhai\nPublished March 4, 2031 · 42 min\n\nHOST: We sold 42 min."
    assert [c.printed_start for c in extract(text, "t") if c.as_printed == "42"] == [text.rindex("42 min")]
    assert figures("The meeting ran 42 min and approved 3 projects.")["42"][0] == 42  # (control: no header line)
    text = "BACK TO THE VILLAGE\nEpisode 63: Coffee and a loan\nMar 12, 2031 · 48 min\n\nTranscript\n\nMAYA: We sold 48 min."
    assert [c.printed_start for c in extract(text, "t") if c.as_printed == "48"] == [text.rindex("48 min")]


# -- from spent sets 576 and 582: a span of time in words compared; a rate pulled down (拉低) --


def test_a_span_in_words_compared_with_a_year_is_a_figure() -> None:
    got = figures("Air quality was good on 354 days in 2034, two days more than in 2033.")
    assert got["two days"][:2] == (2, "days")
    assert "ten years" not in figures("Give us ten years and the river will be clean.")  # (control: a span alone)


def test_points_a_fall_pulled_down_are_negative() -> None:
    got = figures("汽车类零售额同比下降6.4%，拉低全市限额以上单位消费品零售额增速约2.1个百分点。"
                  "新能源汽车拉动增长1.2个百分点。")
    assert got["2.1个百分点"] == (-2.1, "percentage points", "approximately")
    assert got["1.2个百分点"][0] == 1.2  # (control: 拉动, pulled up)


# -- a third read-only review (of 606dd32 and 3b1e38c): its regressions, each a test (places and years changed) --


def test_a_number_in_words_per_person_with_no_talk_of_price_is_no_money() -> None:
    for text in ("Masks were limited to five per person at the Hexi pharmacy.",
                 "We cook about forty a night at the Binhai dumpling house."):
        assert not _money(text), text
    assert _money("Thirty a head, and the beer is extra, the Qingdao barbecue owner said.") == {"Thirty"}


def test_what_an_insurer_or_the_other_side_pays_after_pei_is_no_loss() -> None:
    for text in ("保险公司最后还赔了五千元，车主说。", "车险来赔了三千元，修车花了五千元。",
                 "对方就赔了一万块钱，我不满意。", "撞了别人的车，就得赔两千块。"):
        assert all(value > 0 for value, _, _ in figures(text).values()), text
    assert figures("小王开饭馆又赔了十多万元，只好关门。")["十多万元"][0] == -100000


def test_micrograms_of_a_dose_or_of_water_are_no_air() -> None:
    got = figures("PM2.5 in Hexi hit 160 micrograms on Monday. Doctors advised asthma patients to keep inhalers that "
                  "deliver 100 micrograms in each puff.")
    assert got["160 micrograms"][1] == "μg/m³" and got["100"][1] == "count"


def test_a_tightening_of_spreads_as_a_noun_is_a_fall() -> None:
    assert figures("Credit spreads saw a tightening of 30bp in March.")["30bp"][0] == -0.3
    assert figures("The spread narrowing of 40bp was the largest since 2030.")["40bp"][0] == -0.4


def test_part_of_an_amount_in_another_currency_or_of_things_is_no_yuan() -> None:
    for text in ("The company lost 12 million euros in 2033, 4 million of that in China.",
                 "The company sold 2 million phones, 1.2 million of that abroad."):
        assert not _money(text), text


def test_fabric_sold_in_meters_and_a_level_to_go_are_lengths() -> None:
    assert figures("The Keqiao fabric trader sold 20,000 meters last week.")["20,000 meters"][1] == "km"


def test_a_count_equal_to_an_earlier_rent_is_no_money() -> None:
    got = figures("The stall rent is 2,400 yuan a quarter. I sell 2,400 a quarter, bowls that is, in Binhai.")
    assert [unit for printed, (_, unit, _) in got.items() if printed == "2,400"] == ["count"]


def test_a_japanese_prefecture_is_no_chinese_place() -> None:
    assert not _money("In Nagano prefecture, a teacher makes 320,000 a month.")


# -- from spent sets 583 and 584: a bare amount in a clause about money, in a transcript --

_TALK = "HOST: Welcome to the show.\nGUEST: Thank you.\nHOST: We are in Kashgar today.\n"


def test_a_bare_amount_after_words_of_money_in_talk_is_yuan() -> None:
    got = figures(_TALK + "GUEST: The truck cost me 380,000 new, and I took a loan of 250,000 from the credit co-op. "
                  "Monthly costs are between 19,000 and 22,000. By December we had lost about 86,000.")
    assert got["380,000"][:2] == (380000, "yuan") and got["250,000"][:2] == (250000, "yuan")
    assert got["19,000"][:2] == (19000, "yuan") and got["22,000"][:2] == (22000, "yuan")
    assert got["86,000"][:2] == (-86000, "yuan")


def test_counts_near_words_of_money_stay_counts() -> None:
    got = figures(_TALK + "GUEST: Around 3,400 firms have invested here, and about 1,900 are still operating. Loans rose "
                  "to 412,000 at the library. The report says 58,200 new urban jobs came with the investment.")
    assert all(unit != "yuan" for _, unit, _ in got.values())
    # (control: written copy, no transcript, is left as it was)
    assert figures("The truck cost 380,000 new, the Kashgar haulier said.")["380,000"][1] == "count"


# -- an answer to a question about money (spent sets 587, 588); a fourth read-only review's regressions --


def test_an_answer_to_a_question_about_money_is_yuan() -> None:
    text = (_TALK + "Reporter: And the rent?\nYu: Eight thousand a month. When I signed the lease it was less.\n"
            "Reporter: How many bowls a day?\nYu: About 600 on a weekday.")
    got = figures(text)
    assert got["Eight thousand"][:2] == (8000, "yuan") and got["600"][1] == "count"


def test_an_answer_about_an_index_or_a_count_is_no_money() -> None:
    text = (_TALK + "HOST: The price index for Hexi, Professor Zhu?\nZHU: The consumer price index stood at 102.3 in "
            "March.\nHOST: And how much milk do you get?\nLIU: A good cow gives 28 litres a day.")
    assert not _money(text)


def test_talk_in_another_currency_or_about_no_chinese_place_is_no_yuan() -> None:
    for text in ("HOST: Welcome back. Today a baker in Leeds.\nGUEST: Thanks.\nHOST: What does the lease cost?\n"
                 "GUEST: The rent went up to 24,000 last year. He wanted more, the landlord.",
                 _TALK + "GUEST: In Osaka the rent costs 350,000 yen, and the yuan got cheaper.\nHOST: And the loan?\n"
                 "GUEST: The loan was 200,000 dollars."):
        assert not _money(text), text


def test_labels_people_and_tolls_in_talk_are_no_money() -> None:
    text = (_TALK + "GUEST: The subsidy hotline is 12345. The fee is paid by 300 staff, and the death toll has risen to "
            "127. I'm in charge of 300 staff on route 801.")
    assert not _money(text)


def test_pulled_down_then_up_and_a_policy_tightening() -> None:
    assert figures("汽车销售拉低社零增速而餐饮收入拉高增速0.8个百分点。")["0.8个百分点"][0] == 0.8
    assert figures("降准虽拉低了资金成本但推高了国债收益率8个基点。")["8个基点"][0] > 0
    assert figures("A tightening of 25bp by the PBOC would lift loan rates in Binhai.")["25bp"][0] == 0.25


def test_a_loss_of_a_company_or_from_a_risk_after_pei() -> None:
    assert figures("开公司第一年就赔了三十万元。")["三十万元"][0] == -300000
    assert figures("冒险投资又赔了十万元。")["十万元"][0] == -100000

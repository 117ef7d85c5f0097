"""Round 22 of the extraction rules (session 20): from heldout360's misses (spent): a price table whose unit is given
once, in a caption line above rows with no header line.

The texts are written here for the tests (invented plants and figures); each rule has a control that must keep its
old reading.
"""

from __future__ import annotations

from explorer.model.extract import extract


def readings(text: str) -> dict[str, tuple[float, str, str]]:
    return {c.as_printed: (c.value, c.unit, c.qualifier) for c in extract(text, "t")}


# --- a caption that opens with the unit, over rows with no header line --------------------------------------------

PRICE_SHEET = ("FERTILISER PRICES\n"
               "Yuan per tonne, ex-works plant unless stated; change on previous session\n"
               "\n"
               "Urea (granular)      2,210-2,260    unch\n"
               "Ammonium nitrate     1,840          -35\n"
               "Sulphur (lump)       915            +10\n"
               "\n"
               "Trade was thin.\n")


def test_rows_under_a_caption_naming_their_unit_take_it_ranges_and_changes_too() -> None:
    got = readings(PRICE_SHEET)
    assert got["2,210"] == (2210, "yuan", "range")
    assert got["2,260"] == (2260, "yuan", "range")
    assert got["1,840"] == (1840, "yuan", "exact")  # (under a row holding a range: no header)
    assert got["-35"] == (-35, "yuan", "exact")
    assert got["915"] == (915, "yuan", "exact")


def test_a_caption_in_words_with_a_scale_gives_the_scaled_unit() -> None:
    got = readings("Output by district\nIn million yuan\n\nNorth      1,210    1,350\nSouth      940      990\n\n")
    assert got["1,350"] == (1350, "million yuan", "exact")
    assert got["940"] == (940, "million yuan", "exact")


def test_a_caption_that_is_prose_or_mixes_in_a_percent_gives_no_unit() -> None:  # controls
    prose = readings("Sales rose in most stores, the chain said\n\nNorth      1,210    1,350\nSouth      940      990\n\n")
    assert prose["1,350"][1] == "count"
    mixed = readings("Yuan per tonne; % change on week\n\nUrea      2,210    -1.5\nSulphur   915      0.4\n\n")
    assert mixed["-1.5"][1] == "count"  # (a column in % the caption does not place: left for the reviewer)


ZH_PRICE_SHEET = ("今日现货价格\n"
                  "单位：元/吨\n"
                  "\n"
                  "尿素（颗粒）      2210-2260    持平\n"
                  "硝酸铵            1840         -35\n"
                  "硫磺              915          +10\n"
                  "\n"
                  "成交清淡。\n")


def test_chinese_rows_under_a_unit_caption_with_no_header_take_its_unit() -> None:
    got = readings(ZH_PRICE_SHEET)
    assert got["2210"] == (2210, "元", "range")
    assert got["1840"] == (1840, "元", "exact")  # (under a row holding a range: no header)
    assert got["-35"] == (-35, "元", "exact")
    got = readings("各区产值\n单位：亿元\n北区      1210    1350\n南区      940     990\n\n")
    assert got["1350"] == (1350, "亿元", "exact")


def test_chinese_headerless_rows_under_a_caption_of_two_units_stay_unread() -> None:  # control
    got = readings("各区产值\n单位：亿元，%\n\n北区      1210    6.5\n南区      940     5.1\n\n")
    assert "6.5" not in got and "1210" not in got  # (which column is in which unit is not said: nothing guessed)


# --- the two ends of a range fall together ------------------------------------------------------------------------

def test_both_ends_of_a_falling_range_are_negative() -> None:
    cases = [
        ("Factory prices of valves have slipped by between 4 and 7 percent since January.", "4", "7 percent"),
        ("Lower grades fell less steeply, by 8 to 12 percent, and sold well.", "8", "12 percent"),
        ("Rainfall in spring is expected to be 20% to 30% below the long-term average.", "20%", "30%"),
        ("Exports fell between 4% and 7% in March.", "4%", "7%"),
        ("板下地表温度比裸露沙面低8℃至10℃。", "8℃", "10℃"),
        ("收购价比周边乡镇每公斤低0.5元到0.8元。", "0.5元", "0.8元"),
    ]
    for text, low, high in cases:
        got = readings(text)
        assert got[low][0] < 0 and got[high][0] < 0, (text, got)
        assert got[low][2] == got[high][2] == "range"


def test_a_range_across_zero_or_a_rising_range_keeps_its_signs() -> None:  # controls
    got = readings("Night temperatures ranged from -5 to 10 degrees.")
    assert got["-5"][0] == -5 and got["10 degrees"][0] == 10
    got = readings("Sales rose by between 4 and 7 percent.")
    assert got["4"][0] == 4 and got["7 percent"][0] == 7
    got = readings("Exports fell to 5% of the total.")
    assert got["5%"][0] == 5  # (a level reached, not a fall)


# --- a span of time measured is a figure, a span that dates other figures is not -----------------------------------

def test_a_measured_span_of_time_is_a_figure() -> None:
    got = readings("Visitors stayed an average of 2.4 days. The turbines ran for the equivalent of 2,310 hours at "
                   "full load. The plant has a payback period of 6.9 years.")
    assert got["2.4 days"][:2] == (2.4, "days")
    assert got["2,310 hours"][:2] == (2310, "hours")
    assert got["6.9 years"][:2] == (6.9, "years")


def test_a_span_that_dates_other_figures_stays_no_figure() -> None:  # controls
    got = readings("Output rose 8 percent in the past five years and 3 percent over 18 months. The loan has a term of "
                   "20 years.")
    assert "18 months" not in got and "20 years" not in got


# --- more ways of saying what is to come ---------------------------------------------------------------------------

def test_wishes_plans_and_designs_are_forecasts() -> None:
    cases = [
        ("\"If the first batches sell, I'd like to ship 80 tonnes before the festival,\" she said.", "80 tonnes"),
        ("\"Next year we plan 1,200 trains,\" the director said.", "1,200"),
        ("I'm thinking of putting six chargers in my own car park.", "six"),
        ("The new line is designed to process 40,000 wafers a month when fully running.", "40,000"),
        ("The county has budgeted 14 million yuan for a new clinic.", "14 million yuan"),
        ("By the summer I want us selling 300 baskets a day.", "300"),
    ]
    for text, printed in cases:
        assert readings(text)[printed][2] == "forecast", text


def test_what_was_done_stays_exact() -> None:  # controls
    got = readings("Last year we shipped 80 tonnes. The line processed 40,000 wafers a month in June.")
    assert got["80 tonnes"][2] == "exact" and got["40,000"][2] == "exact"


# --- Chinese: a plan said once governs the clauses that go on from it ----------------------------------------------

def test_a_clause_going_on_from_an_intention_is_a_forecast() -> None:
    assert readings("她准备明年把隔壁的院子租下来，再增加7间房，专门做康养房。")["7间"][2] == "forecast"
    got = readings("今年，我们打算再扩300亩林下参，再建40个木耳大棚。")
    assert got["300亩"][2] == "forecast" and got["40个"][2] == "forecast"
    assert readings("今年全镇要新增高效节水灌溉面积4000亩。")["4000亩"][2] == "forecast"
    assert readings("新雪季将新开雪道9条。")["9条"][2] == "forecast"


def test_a_clause_going_on_from_what_was_done_stays_exact() -> None:  # controls
    got = readings("去年我们扩了300亩林下参，再建了40个木耳大棚。")
    assert got["300亩"][2] == "exact" and got["40个"][2] == "exact"
    assert readings("她准备明年把院子租下来，去年已经增加了7间房。")["7间"][2] == "exact"


# --- a bound promised or owed is to come -------------------------------------------------------------------------

def test_a_promised_bound_is_expected_over() -> None:
    assert readings("Cities pledge to keep growth above 4 pct in the coming year.")["4 pct"][2] == "expected_over"
    assert readings("The province has promised at least 12 billion yuan a year.")["12 billion yuan"][2] == "expected_over"
    assert readings("At least 55% of the funds shall be used for water supply.")["55%"][2] == "expected_over"
    assert readings("We are targeting a gross margin above 21% next year.")["21%"][2] == "expected_over"


def test_a_threshold_of_a_rule_or_a_bound_reached_stays_over() -> None:  # controls
    assert readings("A household must keep at least 6 breeding cows on the day it applies.")["6"][2] == "over"
    assert readings("Exports reached more than 12 billion yuan last year.")["12 billion yuan"][2] == "over"


# --- small counts in words ----------------------------------------------------------------------------------------

def test_small_counts_in_words_of_people_and_things() -> None:
    got = readings("Fourteen women and three men sit at the looms.")
    assert got["Fourteen"][:2] == (14, "count") and got["three"][:2] == (3, "count")
    got = readings("The old line now runs only three trains a day.")
    assert got["three"][:2] == (3, "count")
    got = readings("At harvest we hire seven, eight workers and pay them 300 yuan a day.")
    assert got["seven"][0] == 7 and got["eight"][0] == 8 and got["seven"][2] == got["eight"][2] == "range"


def test_numbers_in_words_that_name_a_group_stay_no_figure() -> None:  # controls
    got = readings("The city's two districts, three counties and one county-level city signed up.")
    assert "three" not in got
    got = readings("Three guests, three forecasts. Thank you all.")
    assert "three" not in got


# --- ranks in words ----------------------------------------------------------------------------------------------

def test_ranks_in_words_in_a_field_or_after_another_rank() -> None:
    assert readings("Our cooperative is fourth in the county by volume.")["fourth"][:2] == (4, "rank")
    assert readings("This morning our honey came second in the judging!")["second"][:2] == (2, "rank")
    got = readings("The city ranked seventh for PM2.5 concentration and third for the share of good days.")
    assert got["seventh"][:2] == (7, "rank") and got["third"][:2] == (3, "rank")
    assert readings("The port ranked twelfth by throughput.")["twelfth by throughput"][:2] == (12, "rank")


def test_an_ordinal_that_is_no_place_stays_no_figure() -> None:  # controls
    got = readings("In its third year the plant added a second line and opened in the county a fourth store.")
    assert not any(unit == "rank" for _, unit, _ in got.values())


# --- Chinese: small counts of things a business or a place has --------------------------------------------------

def test_chinese_small_counts_with_a_classifier_of_things() -> None:
    assert readings("面馆门脸不大，店里摆着六张桌子。")["六张"][:2] == (6, "张")
    assert readings("我请了三名帮工，都是附近村里的阿姨。")["三名"][:2] == (3, "名")
    assert readings("今年前十个月，中心城区一共只成交了五宗住宅用地。")["五宗"][:2] == (5, "宗")
    assert readings("抽检中发现问题秤四台，都已经当场处理了。")["四台"][:2] == (4, "台")


def test_chinese_ordinals_and_place_names_with_a_classifier_stay_no_count() -> None:  # controls
    got = readings("二套住房商业性个人住房贷款利率下调。七台河市应急管理局发布通知。游客去五台山。")
    assert not any(unit in ("套", "台") for _, unit, _ in got.values())


# --- Chinese: a share said as so many of every N -----------------------------------------------------------------

def test_chinese_so_many_of_every_n_is_a_share() -> None:
    assert readings("新人十个里头有六个，都会专门问本地菜。")["十个里头有六个"] == (60, "%", "exact")
    assert readings("说白了，每20个本地人里，就有一个在做茶。")["每20个本地人里，就有一个"] == (5, "%", "approximately")
    got = readings("我们跟踪过一批新开的餐馆，差不多四家里面有一家撑不过一年。")
    assert got["四家里面有一家"] == (25, "%", "approximately")


def test_a_bulletins_count_of_branches_stays_a_count() -> None:  # control
    got = readings("全市41个工业大类中有29个行业增加值增长。")
    assert got["29个"][:2] == (29, "个") and not any(unit == "%" for _, unit, _ in got.values())


# --- Chinese: numbers that define a group, a class, a pack or a field are no figures ----------------------------

def test_chinese_numbers_naming_a_group_class_pack_or_field_are_no_figures() -> None:
    text = ("增速居全省11个市（州）第4位。全市37个工业大类行业中，有25个行业增加值实现增长。"
            "港区25万吨级原油码头保持高负荷运行。今天上的是一级果，果径75毫米以上的精品果，6斤装一箱39.9元。")
    got = readings(text)
    for printed in ("11个", "37个", "25万吨", "75毫米", "6斤"):
        assert printed not in got, printed
    assert got["第4"][:2] == (4, "rank") and got["25个"][:2] == (25, "个") and got["39.9元"][:2] == (39.9, "元")


def test_chinese_counts_of_a_whole_then_those_done_stay() -> None:  # control
    got = readings("全区今年实施的8个学校建设项目中，已有6个建成投用。")
    assert got["8个"][:2] == (8, "个") and got["6个"][:2] == (6, "个")


# --- English: a programme's length and clock times in mail headers are no figures ------------------------------

def test_running_times_and_clock_times_are_no_figures() -> None:
    assert readings("Air date: Saturday 29 August 2026 | Running time 26'40\"\n\nHOST: Welcome.") == {}
    assert readings("Published 20 November 2025 | Running time 31:12 Transcript") == {}
    assert readings("Date: Tue, 9 Sep 2025 11:42 +0800\nSubject: RFQ") == {}
    assert readings("Quotes are due by 16:00 on Friday.") == {}


def test_a_change_by_so_many_stays_a_figure() -> None:  # control
    assert readings("Sales rose by 16 percent in a running time of change.")["16 percent"][:2] == (16, "%")


def test_a_callers_turn_is_no_rank() -> None:
    assert readings("热线电话已经接通了，我们先接进第一位听众的电话。") == {}
    assert readings("增速居全省第一位。")["第一"][:2] == (1, "rank")  # (control: a place)


def test_the_field_of_places_after_a_possessive_is_no_figure() -> None:
    got = readings("Employees may borrow to buy a home in any of Shandong's 16 cities. The county's ten towns all "
                   "joined. Hechi's 1,573 administrative villages now have piped water.")
    assert "16" not in got and "ten" not in got
    assert got["1,573"][0] == 1573  # (control: so many is a count of its own)


def test_an_age_bound_after_people_is_no_figure() -> None:
    got = readings("Half the loans went to depositors under 35, and tickets are half price for visitors over 60 "
                   "and for students. A third of them are under 30 and came back from the coast.")
    assert not any(printed in got for printed in ("35", "60", "30"))
    assert readings("Output rose by over 30 percent.")["30 percent"][:2] == (30, "%")  # (control)


def test_expected_forecasts_projects_and_targets_of_about_are_forecasts() -> None:
    cases = [
        ("Zhao said the city expected full-year growth of around 5.4 percent.", "5.4 percent"),
        ("Output for the week is expected at around 5,200 tonnes.", "5,200 tonnes"),
        ("For the full year it forecasts sales of roughly 148,000 units.", "148,000 units"),
        ("The authorities project visitor arrivals to rise by about 14% this year.", "14%"),
        ("For 2027 the bureau targets public transport ridership of about 98 million trips.", "98 million"),
    ]
    for text, printed in cases:
        assert readings(text)[printed][2] == "forecast", text


def test_faster_than_expected_stays_an_outcome() -> None:  # control
    got = readings("Exports grew faster than expected, by around 6.1 percent, and better-than-expected sales reached "
                   "about 2.3 billion yuan.")
    assert got["6.1 percent"][2] == "approximately" and got["2.3 billion yuan"][2] == "approximately"


def test_a_rules_terms_with_will_be_charged_are_exact() -> None:
    assert readings("From 1 October, late delivery will be charged at 0.4% of the order value per day.")["0.4%"][2] == \
        "exact"
    assert readings("Prices will rise by 0.4% next year.")["0.4%"][2] == "forecast"  # (control)


def test_limits_ceilings_and_the_most_one_can_receive_are_caps() -> None:
    cases = [("Price ceiling: 2.90 yuan per carton, delivered.", "2.90 yuan"),
             ("So the most a single buyer can receive is 7,000 yuan.", "7,000 yuan"),
             ("In the smallest halls the limit is 700 visitors a day.", "700"),
             ("The provident fund loan limit for a couple has been raised to 900,000 yuan.", "900,000 yuan"),
             ("The maximum charge for a single space in Zone II is 30 yuan per day.", "30 yuan")]
    for text, printed in cases:
        assert readings(text)[printed][2] == "under", text


def test_a_debt_limit_or_a_bases_upper_limit_is_a_level() -> None:  # controls
    got = readings("Debt stood at RMB 110 billion, against a debt limit of RMB 121.0 billion.")
    assert got["RMB 121.0 billion"][2] == "exact"
    assert readings("The upper limit of the contribution base is 21,000 yuan.")["21,000 yuan"][2] == "exact"


def test_chinese_a_floor_owed_or_promised_is_expected_over() -> None:
    assert readings("县级财政今年安排配套资金不低于5000万元。")["5000万元"][2] == "expected_over"
    assert readings("公司承诺2026年度现金分红比例不低于当年归母净利润的50%。")["50%"][2] == "expected_over"


def test_chinese_a_floor_reached_stays_over() -> None:  # control
    assert readings("去年全县投入资金不低于5000万元。")["5000万元"][2] == "over"


def test_deadweight_tonnes_kilolitres_and_working_days_have_their_units() -> None:
    assert readings("Ships of 2.16 million deadweight tonnes were on order.")["2.16 million deadweight tonnes"][:2] == \
        (2.16, "million tonnes")
    assert readings("Output was 37,400 kilolitres of base liquor.")["37,400 kilolitres"][:2] == (37400, "cubic meters")
    assert readings("Settling a complaint took 4.2 working days on average.")["4.2 working days"][:2] == (4.2, "days")


def test_money_bought_for_or_offered_without_its_currency_is_yuan() -> None:
    got = readings("The tax came to 900 yuan. The car has done 40,000 kilometres. We bought it for 148,600 in 2032, "
                   "and after 3 months of adverts the best offer so far is 57,000.")
    assert got["148,600"][:2] == (148600, "yuan") and got["57,000"][:2] == (57000, "yuan")
    assert got["57,000"][2] == "exact"
    control = readings("Fees run to 900 yuan. The council is asking 300 districts to report; she wants 120 of them by May.")
    assert control["300"][1] == "count" and control["120"][1] == "count"

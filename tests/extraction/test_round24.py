"""Round 24 of the extraction rules (session 22): the periods of figures, from the spent sets' misses: a report
given early in one year on the year before (a 政府工作报告 delivered in January, its review section headed with the
year it reviews).

The texts are written here for the tests (an invented city, other years); each rule has a control.
"""

from __future__ import annotations

from explorer.model.extract import extract


def periods(text: str) -> dict[str, str]:
    return {c.as_printed: c.period for c in extract(text, "t")}


WORK_REPORT = ("青川市政府工作报告（摘要）\n"
               "——2034年1月12日在青川市第三届人民代表大会第四次会议上\n"
               "\n"
               "一、2033年工作回顾\n"
               "\n"
               "（一）经济运行稳中向好。全年地区生产总值突破860亿元，增长5.4%，增速居全省第2位。年末常住人口218.6万人。\n"
               "\n"
               "二、2034年主要预期目标\n"
               "\n"
               "地区生产总值增长5%左右。全年新开工项目300个以上。\n")


def test_a_section_headed_with_the_year_it_reviews_governs_its_whole_year_figures() -> None:
    got = periods(WORK_REPORT)
    assert got["860亿元"] == "2033" and got["5.4%"] == "2033" and got["第2"] == "2033"
    assert got["218.6万人"] == "2033"  # (年末 too)
    assert got["300个"] == "2034"  # the next section's heading names the year of its targets


def test_without_a_heading_the_whole_year_is_still_the_texts_own() -> None:
    # control: the same report with its headings unnumbered prose lines: the text's year (of the dateline) stands
    flat = WORK_REPORT.replace("一、2033年工作回顾\n", "").replace("二、2034年主要预期目标\n", "")
    assert periods(flat)["860亿元"] == "2034"


def test_a_tables_header_and_a_date_line_are_no_headings() -> None:  # (control: as before the rule)
    table = ("2033年年度报告摘要\n"
             "2034年3月\n"
             "\n"
             "项目　　　　　　2033年末　　2032年末　　比上年末增减\n"
             "资产总额　　　　612.38　　　563.91　　　8.60\n"
             "\n"
             "报告期内，全年实现营业收入18.74亿元。\n")
    got = periods(table)
    assert got["18.74亿元"] == "2033"  # (not 2032 of the header's last column, nor 2034 of the date line)


WIRE = ("HEXI, Nov. 18, 2033 (Riverside Wire) -- Furniture makers in Hexi are turning to online buyers abroad.\n"
        "\n"
        "Local firms sold 3.2 billion yuan of furniture abroad through online platforms in the first ten months, "
        "up 27 percent from the same period last year.\n")


def test_a_part_of_a_year_later_in_the_figures_clause_gives_its_months() -> None:
    got = periods(WIRE)
    assert got["3.2 billion yuan"] == "2033-01..10" and got["27 percent"] == "2033-01..10"


def test_a_part_of_a_year_after_a_base_or_in_another_clause_is_not_the_figures() -> None:
    base = periods("HEXI, Aug. 20, 2033 (Riverside Wire) -- The average price was 298 yuan per tonne in 2033, "
                           "up 14 yuan from 284 yuan per tonne in the first half of 2032.")
    assert base["14 yuan"] == "2033"  # (the first half of 2032 is the base's)
    other = periods("HEXI, Nov. 18, 2033 (Riverside Wire) -- Sales reached 9.7 billion yuan in 2032, and "
                            "rose a further 18 percent in the first nine months of this year.")
    assert other["9.7 billion yuan"] == "2032" and other["18 percent"] == "2033-01..09"


PORT = ("RIVERTON PORT GROUP\n"
        "Press Release | Monthly Operating Data | 14 November 2033\n"
        "\n"
        "Table 1. Cargo throughput by type (unit: million tonnes)\n"
        "\n"
        "Cargo            Oct 2033   Oct 2032   y/y (%)   Jan-Oct 2033   y/y (%)\n"
        "Total                5.12       4.87       5.1          44.30      3.2\n"
        "Coal                 1.06       1.19     -10.9           9.84     -1.5\n")


def test_a_column_of_a_month_and_year_gives_its_cells_that_month() -> None:
    got = [(c.as_printed, c.period) for c in extract(PORT, "t")]
    assert ("5.12", "2033-10..10") in got and ("4.87", "2032-10..10") in got
    assert ("5.1", "2033-10..10") in got and ("-10.9", "2033-10..10") in got  # the change of the later month
    assert ("44.30", "2033-01..10") in got and ("3.2", "2033-01..10") in got and ("-1.5", "2033-01..10") in got


CITIES = ("Table 1  GDP of cities, January-September 2033\n"
          "\n"
          "City               GDP (billion yuan)    Growth (%)\n"
          "Hexi                     456.3              6.3\n"
          "Nanling                  318.7              6.0\n")


def test_a_tables_title_naming_a_part_of_a_year_gives_its_rows_those_months() -> None:
    got = periods(CITIES)
    assert got["456.3"] == "2033-01..09" and got["6.0"] == "2033-01..09"
    quarters = periods(CITIES.replace("January-September 2033", "first three quarters of 2033"))
    assert quarters["318.7"] in ("2033-Q1-Q3", "2033-01..09")
    dated = periods(CITIES.replace("January-September 2033", "14 October 2033"))
    assert dated["456.3"] == "2033"  # a date in the title is no month of the figures


def test_an_annual_column_under_a_title_of_some_months_keeps_the_year() -> None:
    budget = ("Table 1. Expenditure on main items, January-June 2033\n"
              "\n"
              "Item                         Annual budget   Jan-Jun actual   Change y/y\n"
              "                             (million yuan)  (million yuan)   (%)\n"
              "Education                    4,862           2,318            +5.2\n")
    got = periods(budget)
    assert got["4,862"] == "2033"


def test_a_month_that_dated_the_sentence_before_dates_the_next_sentence_of_its_paragraph() -> None:
    text = ("HEXI, Nov. 12, 2033 (Riverside Wire) -- Total freight volume in October was 10.84 million tonnes, "
            "down 2.9 percent year on year. Of this, road freight was 7.12 million tonnes.\n"
            "\n"
            "Road freight was 7.5 million tonnes a month on average.\n")
    got = periods(text)
    assert got["10.84 million tonnes"] == "2033-10..10" and got["7.12 million tonnes"] == "2033-10..10"
    assert got["7.5 million tonnes"] != "2033-10..10"  # (another paragraph)


def test_a_point_in_time_or_a_sentence_with_a_time_of_its_own_is_not_carried_on() -> None:
    point = ("HEXI, Nov. 12, 2033 (Riverside Wire) -- At the end of October the company employed 1,486 people. "
             "It filed 19 patent applications.")
    got = periods(point)
    assert got["1,486 people"] == "2033-10..10" and got["19 patent"] == "2033"
    now = ("HEXI, Nov. 12, 2033 (Riverside Wire) -- The new ward opened in October with 600 beds, 40 more than "
           "planned in October. The city now has 6.8 hospital beds per 1,000 residents.")
    assert periods(now).get("6.8", "") != "2033-10..10"


Q3_REPORT = ("证券代码：600000　　证券简称：青川燃气　　公告编号：2033-041\n"
             "\n"
             "青川燃气股份有限公司\n"
             "2033年第三季度报告（摘要）\n"
             "\n"
             "一、主要财务数据\n"
             "单位：元　币种：人民币\n"
             "项目｜本报告期｜本报告期比上年同期增减变动幅度（%）｜年初至报告期末｜年初至报告期末比上年同期增减变动幅度（%）\n"
             "营业收入｜168,352.41｜-13.85｜497,206.77｜-1.92\n")


def test_a_quarterly_reports_columns_give_the_quarter_and_the_months_to_its_end() -> None:
    got = periods(Q3_REPORT)
    assert got["168,352.41"] == "2033-07..09" and got["-13.85"] == "2033-07..09"
    assert got["497,206.77"] == "2033-01..09" and got["-1.92"] == "2033-01..09"
    first = periods(Q3_REPORT.replace("第三季度", "第一季度"))
    assert first["168,352.41"] == "2033-01..03" and first["497,206.77"] == "2033-01..03"


def test_a_quarterly_report_named_only_in_the_body_is_no_title() -> None:  # control
    flash = Q3_REPORT.replace("2033年第三季度报告（摘要）",
                              "2033年前三季度业绩快报公告\n\n本公告数据以公司2033年第三季度报告中披露的数据为准。")
    got = periods(flash)
    assert got["168,352.41"] != "2033-07..09"


def test_new_years_day_and_may_day_holidays_are_their_months() -> None:
    got = periods("2033年元旦假期，青川市共接待游客52.3万人次。2033年“五一”假期，全市实现旅游收入4.87亿元。")
    assert got["52.3万人次"] == "2033-01..01" and got["4.87亿元"] == "2033-05..05"
    spring = periods("2033年春节假期，青川市共接待游客52.3万人次。")  # (control: its month moves with the moon)
    assert spring["52.3万人次"] == "2033"


MONTHLY = ("2033年10月青川小商品市场景气指数分析报告\n"
           "\n"
           "青川市市场发展研究中心\n"
           "\n"
           "本月青川小商品市场景气指数为1086.42点，环比上涨1.34%。生产资料市场实现成交额9.7亿元，环比下降4.2%。"
           "目前，市场共有商位7.5万个。\n")


def test_a_monthly_reports_title_gives_its_figures_the_month() -> None:
    got = periods(MONTHLY)
    assert got["1086.42点"] == "2033-10..10" and got["9.7亿元"] == "2033-10..10"
    assert got["7.5万个"] == "2033"  # what stands now: the year
    span = periods(MONTHLY.replace("2033年10月青川", "2033年1—10月青川"))  # (a span of months: not this rule)
    assert span["9.7亿元"] != "2033-10..10"


WEEKLY = ("青川市主要蔬菜批发价格周报\n"
          "（2033年第47期）\n"
          "\n"
          "青川市农业农村局市场与信息化科　　2033年11月24日\n"
          "\n"
          "监测时段：2033年11月16日—11月22日\n"
          "\n"
          "本周，我市蔬菜批发均价每公斤3.86元，环比上涨2.4%。\n")


def test_a_weekly_reports_week_gives_its_figures_the_month() -> None:
    got = periods(WEEKLY)
    assert got["3.86元"] == "2033-11..11" and got["2.4%"] == "2033-11..11"
    across = periods(WEEKLY.replace("2033年11月16日—11月22日", "2033年11月28日—12月4日"))
    assert across["3.86元"] == "2033"  # (a week across two months: the year only)


def test_the_second_to_fourth_quarters_and_the_national_day_and_mid_autumn_holiday_are_their_months() -> None:
    got = periods("2033年第三季度（即本报告期），公司实现营业收入18.64亿元，同比增长12.7%。")
    assert got["18.64亿元"] == "2033-07..09" and got["12.7%"] == "2033-07..09"
    fourth = periods("2033年，全市销售额268.5亿元。其中，第四季度销售额78.3亿元，同比增长4.7%。")
    assert fourth["268.5亿元"] == "2033" and fourth["78.3亿元"] == "2033-10..12"
    holiday = periods("2033年国庆、中秋假期，青川古城景区累计接待游客86.4万人次，同比增长12.7%。")
    assert holiday["86.4万人次"] == "2033-10..10"


def test_a_holiday_compared_with_is_not_the_figures_period() -> None:  # control
    got = periods("2033年12月，全区安排消费券资金1900万元，较今年国庆、中秋期间的消费券活动增加1100万元。")
    assert got["1100万元"] != "2033-10..10"


def test_a_reports_title_naming_a_part_of_a_year_gives_its_figures_those_months() -> None:
    update = ("RIVERTON LOGISTICS GROUP CO., LTD.\n"
              "Operating Update for the Third Quarter of 2033\n"
              "\n"
              "Riverton, 16 October 2033 -- The Group announces its unaudited operating data.\n"
              "\n"
              "- Express parcel volume rose 14.7% year-on-year to 386.2 million parcels.\n")
    got = periods(update)
    assert got["386.2 million"] == "2033-07..09" and got["14.7%"] == "2033-07..09"
    budget = periods(update.replace("Operating Update for the Third Quarter of 2033",
                                            "Report on the Execution of the Budget for January to June 2033"))
    assert budget["14.7%"] == "2033-H1"
    interim = periods(update.replace("Operating Update for the Third Quarter of 2033",
                                             "INTERIM RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 2033"))
    assert interim["14.7%"] == "2033-H1"


def test_a_notices_rules_under_a_title_naming_a_quarter_have_no_months() -> None:  # control
    notice = ("Riverton Rural Commercial Bank\n"
              "Notice on the Housing Loan Quota for the Fourth Quarter of 2033\n"
              "\n"
              "Date of issue: 24 November 2033\n"
              "\n"
              "The maximum loan for a first home will be 1.5 million yuan. Housing loans rose 8.2% to 3.4 billion yuan.\n")
    got = periods(notice)
    assert got["1.5 million yuan"] != "2033-10..12" and got["3.4 billion yuan"] == "2033-10..12"


def test_a_sentence_opening_with_last_year_dates_its_later_clauses() -> None:
    text = ("Hexi Radio - County Voices\nBroadcast: 12 October 2033, 19:30. Transcript.\n\n"
            "YANG: Last year we received 1.86 million tourist visits, and tourism revenue reached 1.42 billion yuan.\n"
            "\n"
            "YANG: Last year we shipped about 38,000 orders, and this year we'll pass 50,000.\n")
    got = periods(text)
    assert got["1.86 million"] == "2032" and got["1.42 billion yuan"] == "2032"
    assert got["50,000"] != "2032"  # (a clause with a time of its own)


PRICES = ("RIVERTON SPOT PRICES (assessed at 15:00, VAT included)\n"
          "\n"
          "Product              Grade / basis              Price (yuan/tonne)    Change\n"
          "Zinc ingot           ex-warehouse               22,940                +20\n"
          "Ferromolybdenum      delivered                  236,000               -1,200\n"
          "Lead ingot           ex-warehouse               16,800                0\n")


def test_a_signed_change_beside_a_price_column_is_in_the_prices_unit() -> None:
    got = {c.as_printed: (c.value, c.unit) for c in extract(PRICES, "t")}
    assert got["22,940"] == (22940, "yuan")
    assert got["20"] == (20, "yuan") and got["-1,200"] == (-1200, "yuan")


def test_a_change_column_in_percent_keeps_its_percent() -> None:  # control
    table = ("Table 1. Consumer prices by category, October 2033 (year on year, %)\n"
             "\n"
             "Category                                   Change\n"
             "All items                                    0.4\n"
             "Food, tobacco and liquor                    -0.9\n")
    got = {c.as_printed: (c.value, c.unit) for c in extract(table, "t")}
    assert got["0.4"] == (0.4, "%") and got["-0.9"] == (-0.9, "%")


def test_a_brokers_forecast_columns_are_forecasts_of_their_years() -> None:
    table = ("盈利预测与估值（单位：百万元）\n"
             "\n"
             "项目　　　　　　　　2033A　　　2034E　　　2035E\n"
             "营业收入　　　　　　8,642　　　10,315　　　12,106\n"
             "EPS（元/股）　　　　1.18　　　　1.43　　　　1.70\n")
    got = {c.as_printed: (c.qualifier, c.period) for c in extract(table, "t")}
    assert got["8,642"] == ("exact", "2033") and got["1.18"] == ("exact", "2033")
    assert got["10,315"] == ("forecast", "2034") and got["1.70"] == ("forecast", "2035")


def test_a_weekly_bulletins_week_in_its_title_gives_its_figures_the_month() -> None:
    bulletin = ("Riverton Fruit Wholesale Market - Weekly Price Bulletin\n"
                "Week of 8-14 June 2033 | Issued Monday 15 June 2033\n"
                "\n"
                "Arrivals of all fruit came to 18,640 tonnes, up 26.3% on the week.\n")
    got = periods(bulletin)
    assert got["18,640 tonnes"] == "2033-06..06"


def test_a_captions_price_per_kilogram_gives_a_headed_tables_cells_yuan() -> None:
    table = ("表1　物流园主要蔬菜批发价格（单位：元/公斤）\n"
             "\n"
             "品种　　　本周　　上周　　环比\n"
             "大白菜　　1.36　　1.18　　+15.3%\n"
             "菠菜　　　6.40　　5.20　　+23.1%\n")
    got = {c.as_printed: (c.value, c.unit) for c in extract(table, "t")}
    assert got["1.36"] == (1.36, "元") and got["5.20"] == (5.2, "元") and got["23.1%"] == (23.1, "%")


def test_a_weeklys_statistics_window_and_next_years_quarter() -> None:
    weekly = WEEKLY.replace("监测时段", "统计时段")
    assert periods(weekly)["3.86元"] == "2033-11..11"
    plan = periods("2033年前三季度，公司产能利用率85%。二期项目预计明年一季度投产，届时总产能将达到7万吨。")
    assert plan["85%"] == "2033-Q1-Q3" and plan["7万吨"] == "2034-Q1"


def test_pay_said_to_be_a_bare_amount_in_a_text_of_yuan_is_yuan() -> None:
    text = ("CALLER: I rent a flat for eight hundred yuan a month. My take-home pay is about four thousand two. "
            "We have 300 households in the block.")
    got = {c.as_printed: (c.value, c.unit) for c in extract(text, "t")}
    assert got["four thousand two"] == (4200, "yuan")
    assert got["300"][1] != "yuan"  # (control: a count)


def test_a_cap_raised_and_a_list_of_caps_are_caps() -> None:
    text = ("双缴存职工家庭住房公积金贷款最高额度由60万元提高至80万元，单缴存职工由40万元提高至50万元。"
            "三孩家庭购房的，每套最高分别不超过4万元、5万元。")
    got = {c.as_printed: c.qualifier for c in extract(text, "t")}
    assert got["60万元"] == "under" and got["80万元"] == "under"
    assert got["40万元"] == "under" and got["50万元"] == "under"
    assert got["4万元"] == "under" and got["5万元"] == "under"
    plain = {c.as_printed: c.qualifier for c in extract("全市快递业务量由40万件提高至50万件。", "t")}
    assert plain["50万件"] == "exact"  # (control: a change of what was done, no cap)


def test_a_bare_amount_a_flat_goes_or_rents_for_is_yuan() -> None:
    text = ("HOST: And the rents? AGENT: A two-bedroom near the station goes for 1,600, 1,800 a month, "
            "and prices are about 9,800 yuan a square metre. The block goes for 12 storeys.")
    got = {c.as_printed: c.unit for c in extract(text, "t")}
    assert got["1,600"] == "yuan" and got["1,800"] == "yuan"
    assert got.get("12", got.get("12 storeys", "count")) != "yuan"  # (control: under 100, no money)


def test_a_fraction_of_a_point_of_growth_after_a_sentence_in_percent_is_in_points() -> None:
    text = ("LIAO: Growth was 5.6 percent last year. If the plant starts production in the second half, you could "
            "add maybe a quarter of a point to growth.")
    got = {c.as_printed: (c.value, c.unit) for c in extract(text, "t")}
    assert got["a quarter of a point"] == (0.25, "percentage points")
    alone = {c.as_printed: c.unit for c in extract("The team scored a quarter of a point more on growth.", "t")}
    assert alone.get("a quarter of a point") != "percentage points"  # (control: no percent before)

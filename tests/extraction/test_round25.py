"""Round 25 of the extraction rules (session 23), from the misses of the sets spent this session: wire copy's
"trln", a results table's caption with a note before and after its unit.

The texts are written here for the tests (an invented city and company, other years); each rule has a control.
"""

from __future__ import annotations

from explorer.model.extract import extract


def figures(text: str) -> dict[str, tuple[float, str, str, str]]:
    return {c.as_printed: (c.value, c.unit, c.qualifier, c.period) for c in extract(text, "t")}


def test_trln_is_a_wire_services_trillion() -> None:
    got = figures("HEXI, Oct 20, 2033 (Riverside Wire) - The province's economy topped 2.1 trln yuan in the first "
                  "three quarters, while exports reached 640 bln yuan.")
    assert got["2.1 trln yuan"][:3] == (2.1, "trillion yuan", "over")
    assert got["640 bln yuan"][:2] == (640, "billion yuan")  # (as before)


RESULTS = ("Hexi Copper Reports Third Quarter 2033 Results\n"
           "\n"
           "Financial Highlights\n"
           "{caption}\n"
           "\n"
           "                                          Q3 2033     Q3 2032     Change\n"
           "Revenue                                   3,418.7     2,882.6      18.6%\n"
           "Gross margin                                12.8%       10.9%    1.9 ppt\n")


def test_a_captions_unit_between_an_audit_note_and_its_exceptions_gives_the_tables_amounts() -> None:
    got = figures(RESULTS.format(caption="(Unaudited; in RMB million, except percentages)"))
    assert got["3,418.7"] == (3418.7, "million yuan", "exact", "2033-07..09")
    assert got["2,882.6"] == (2882.6, "million yuan", "exact", "2032-07..09")
    assert got["18.6%"][:2] == (18.6, "%") and got["12.8%"][:2] == (12.8, "%")  # the exceptions keep their own
    assert got["1.9 ppt"][:2] == (1.9, "percentage points")
    also = figures(RESULTS.format(caption="(in US$ million, except per share data)"))
    assert also["3,418.7"][:2] == (3418.7, "million US$")


def test_a_caption_with_no_currency_gives_no_unit() -> None:
    got = figures(RESULTS.format(caption="(Unaudited; except percentages)"))  # control: bare numbers stay bare
    assert got["3,418.7"][1] != "million yuan"



FEATURE = ("In {head} hills, a battery town charges up\n"
           "\n"
           "By a staff reporter\n"
           "\n"
           "Five years ago the valley east of Quzhou's old town grew tea. Output of the cluster reached 38.6 billion "
           "yuan in 2033. The expressway to the port of Jinhua takes two hours, and buyers in Hangzhou and Ningbo "
           "take most of the packs; a rival line near Jinhua makes 900,000 packs a year. Quzhou hopes for more.\n")


def test_a_city_named_with_a_possessive_in_the_headline_is_the_place_the_text_is_about() -> None:
    got = {c.as_printed: c.city for c in extract(FEATURE.format(head="Quzhou's"), "t")}
    assert got["38.6 billion yuan"] == "Quzhou"  # ("QUZHOU'S" was read as a word of its own, no city's)
    control = {c.as_printed: c.city for c in extract(FEATURE.format(head="the"), "t")}
    assert control["38.6 billion yuan"] == ""  # no city in the headline: two mentions of six make no majority


def test_one_of_every_n_after_mei_needs_no_li() -> None:
    got = figures("青川市车企负责人说：“现在差不多每三辆车就有一辆发往海外。”另据统计，每10个游客中就有1个来自省外。")
    assert got["每三辆车就有一辆"][:3] == (33.33, "%", "approximately")
    assert got["每10个游客中就有1个"][:3] == (10.0, "%", "approximately")


def test_without_mei_or_with_months_no_share_is_read() -> None:  # controls
    assert figures("每两个月就有一次展会。") == {}  # time, not a share
    assert figures("每两个季度就有一次调整。") == {}
    assert "三辆车就有一辆" not in figures("三辆车就有一辆是新能源车。")  # (no 每, no 里: as before)
    assert all(unit != "%" for _, unit, _, _ in figures("每3个家庭就有2辆车。").values())  # cars per home, no share


def test_ramped_up_to_is_where_it_rose_to_not_a_ceiling() -> None:
    got = figures("The fab ramped up to 35,000 wafers a month in October 2033, from 20,000 in June.")
    assert got["35,000"][2] == "exact"
    # controls: "add up to" is a ceiling, after a modal or with what it is added to (a review found "added up to 20
    # yuan to each ticket" read as exact when "added up to" was taken for a sum: dropped)
    assert figures("During these hours platforms may add up to 0.40 yuan per km.")["0.40 yuan"][2] == "under"
    assert figures("The new surcharge added up to 20 yuan to each ticket.")["20 yuan"][2] == "under"


def test_a_place_on_a_list_is_a_rank() -> None:
    got = figures("Qingshan came third among the province's 16 cities, and Mount Qingshan came seventh on a national "
                  "list of the most-booked scenic areas.")
    assert got["seventh"][:2] == (7, "rank")
    assert "second" not in figures("It came second on the day.")  # control: no list, no rank


def test_a_sentence_opening_with_a_part_of_the_year_keeps_it_beside_the_same_period() -> None:
    text = ("Residential Market Monthly | Qingshan\n"
            "November 2033 (published 3 December 2033)\n"
            "\n"
            "New-home sales rose 12.6% month-on-month to 186,400 sq m in November.\n"
            "\n"
            "In the first eleven months, sales added up to 1.94 million sq m across 17,860 units, down 5.1% on the "
            "same period of last year.\n")
    got = figures(text)
    assert got["1.94 million sq m"][3] == "2033-01..11" and got["5.1%"][3] == "2033-01..11"
    assert got["186,400 sq m"][3] == "2033-11..11"  # (control: November's own)


def test_a_hedge_before_a_signed_figure_is_kept() -> None:
    got = figures("Of the fall of the PPI in October 2033, the carry-over effect accounted for about -1.1 percentage "
                  "points. Prices of fuel changed by around +2.4 percent, and steel by -3.0 percent.")
    assert got["-1.1 percentage points"][:3] == (-1.1, "percentage points", "approximately")
    assert got["-3.0 percent"][:3] == (-3.0, "%", "exact")  # control: no hedge
    assert figures("Night temperatures stayed below -5 degrees.")["-5 degrees"][2] == "under"  # (as before)


def test_basis_points_or_so_are_approximate() -> None:
    got = figures("At 2.65% these notes pay only 40 basis points or so more than AA+ names, and 25bp or so over last "
                  "year's; a rival paid 35 bps.")
    assert got["40 basis points"][:3] == (40, "basis points", "approximately")
    assert got["25bp"][2] == "approximately"
    assert got["35 bps"][2] == "exact"  # control


def test_a_web_pages_counters_are_no_figures() -> None:
    page = ("Economic Highlights, January-June 2033\n"
            "\n"
            "Source: Qingshan Bureau of Statistics    Updated: 2033-07-24 16:30    Views: 2,417\n"
            "Website ID: 4453000001\n"
            "\n"
            "GDP reached 68.2 billion yuan. The portal drew 12,000 views a day.\n")
    got = figures(page)
    assert "2,417" not in got and "4453000001" not in got
    assert got["68.2 billion yuan"][:2] == (68.2, "billion yuan")
    assert got["12,000"][0] == 12000  # control: views counted in a sentence are a figure


PROSPECTUS = ("Table 4-1  Key financial data (consolidated)\n"
              "Unit: RMB million, except ratios\n"
              "\n"
              "Item                              2033/12/31    2032/12/31\n"
              "                                  or 2033       or 2032\n"
              "Total assets                       52,318.64     49,702.15\n"
              "Debt-to-asset ratio (%)                60.94         59.43\n")


def test_a_caption_over_a_header_of_two_lines_gives_the_tables_unit() -> None:
    got = figures(PROSPECTUS)
    assert got["52,318.64"] == (52318.64, "million yuan", "exact", "2033")
    assert got["49,702.15"][1:] == ("million yuan", "exact", "2032")
    assert got["60.94"][:2] == (60.94, "%")  # (the row's own unit)
    # control: a second line not set in is a row of its own, and the caption's unit stays off the table's cells
    flat = figures(PROSPECTUS.replace("                                  or 2033       or 2032\n",
                                      "Or                                2033          2032\n"))
    assert flat["52,318.64"][1] != "million yuan"


def test_a_years_target_in_brackets_is_a_forecast() -> None:
    got = figures("前三季度，青川市城镇新增就业4.86万人，完成年度目标任务（5.6万人）的86.8%。")
    assert got["5.6万人"][:3] == (5.6, "万人", "forecast")
    assert got["4.86万人"][2] == "exact" and got["86.8%"][2] == "exact"
    assert figures("青川市城镇新增就业（5.6万人）的比重上升。")["5.6万人"][2] == "exact"  # control: no target


def test_shares_of_respondents_who_expect_are_the_surveys_outcomes() -> None:
    got = figures("Revenue is growing for most members. 58% expect higher revenue in 2034 than in 2033, 27% expect "
                  "it to be flat and 15% expect a decline.")
    assert [got[k][2] for k in ("58%", "27%", "15%")] == ["exact", "exact", "exact"]
    # controls: a figure inside an answer is the respondents' forecast; a forecast's list still governs the figures
    # after its commas
    assert figures("In the survey, 58% expect revenue to rise by 10% in 2034.")["10%"][2] == "forecast"
    also = figures("Sales are expected to grow 15% next year, and profits 20%.")
    assert also["15%"][2] == "forecast" and also["20%"][2] == "forecast"


def test_the_yue_of_qianyue_is_no_hedge() -> None:
    got = figures("青川经济开发区集中签约18个项目，总投资约86.4亿元；全年节约1200万元，折合约1.7亿美元。")
    assert got["18个"][2] == "exact" and got["1200万元"][2] == "exact"
    assert got["86.4亿元"][2] == "approximately" and got["1.7亿美元"][2] == "approximately"  # controls: 约 itself
    assert figures("新建道路3条，每条约5公里。")["5公里"][2] == "approximately"  # (条 a measure word: 每条 约5公里)


def test_a_table_spaced_out_to_line_up_reads_its_header() -> None:
    table = ("1—10月分市规模以上工业增加值增速\n"
             "                                  单位：%\n"
             "市  别        增  速\n"
             "全  省          4.6\n"
             "太原市          5.3\n"
             "阳泉市         -1.2\n")
    got = figures(table)
    assert got["4.6"][:2] == (4.6, "%") and got["5.3"][:2] == (5.3, "%") and got["-1.2"][:2] == (-1.2, "%")


def test_a_city_goods_are_sent_to_is_not_the_texts_city() -> None:
    text = ("沁水县：小小谷子铺就致富路\n\n"
            "一袋袋小米正在装箱，准备发往北京、太原等地。今年合作社共收购谷子六十万斤，带动农户37户增收。\n")
    got = {c.as_printed: c.city for c in extract(text, "t")}
    assert got["37户"] == "Jincheng"  # not Beijing: the county the title names, 沁水县, is Jincheng's (before
    # data/counties.csv, no city of its own was named and the reviewer filled it in)
    home = {c.as_printed: c.city for c in extract(text.replace("准备发往北京、太原等地", "在晋城装车"), "t")}
    assert home["37户"] == "Jincheng"  # control: a city named as where it happens

"""When an imported article was published, as its own text says (explorer/model/extract/dates.py); the import
writes it to sources.csv with the line it was read from, and a text that gives no date leaves it empty."""

from __future__ import annotations

import pytest

from explorer.model.extract.dates import publication_date


@pytest.mark.parametrize(("text", "date"), [
    ("Plant breaks ground\n\nYICHANG, China, March 4, 2033 /Newswire/ -- The firm said it will invest 2 billion yuan.\n",
     "2033-03-04"),
    ("Port volumes climb\n\nBy Ann Lee | Published: 7 May 2033\n\nThe port handled 1.2 million TEU.\n", "2033-05-07"),
    ("Weekly review\n\nSource: Xinhua | 2033-06-18 10:02:11 | Editor: Wu Di\n\nRetail sales rose 4%.\n", "2033-06-18"),
    ("THE BIG INTERVIEW | June 2033\n\nMayor on the budget\n\nThe budget is 40 billion yuan.\n", ""),  # (the headline
    # line itself is passed over)
    ("Mayor on the budget\nTHE BIG INTERVIEW | June 2033\n\nThe budget is 40 billion yuan.\n", "2033-06"),
    ("宜昌经济简报\n\n发布时间：2033-04-21 10:00　来源：宜昌市统计局\n\n一季度全市地区生产总值1302亿元。\n", "2033-04-21"),
    ("关于民生实事完成情况的通报\n\n各县区：\n\n今年计划新建幼儿园12所，已完工9所。\n\n宜昌市人民政府办公室\n2033年11月12日\n\n（此件公开发布）\n",
     "2033-11-12"),
    ("稻花香里说丰年\n\n本报记者 张三\n\n全村种植水稻3200亩，亩产650公斤。\n\n《 宜昌日报 》（ 2033年09月18日   3 版）\n",
     "2033-09-18"),
])
def test_the_date_of_publication_where_the_text_gives_it(text: str, date: str) -> None:
    assert publication_date(text)[0] == date


@pytest.mark.parametrize("text", [
    "Auction results\n\nThe bureau offered five plots from November 2 to November 23, 2033, at the trading centre, "
    "where bidding ran for several days and drew 52 rounds in all for the two residential plots on offer.\n",
    "YICHANG, Nov. 13 (Xinhua) -- Online sales reached 9.1 billion yuan during the festival, up 14.6 percent.\n",
    "宜昌经济\n\n2033年1—9月，全市实现地区生产总值4210亿元，同比增长5.6%，比上半年加快0.3个百分点，经济运行稳中向好。\n",
])
def test_a_date_in_the_body_or_none_at_all_gives_no_date(text: str) -> None:
    assert publication_date(text) == ("", "")  # an event's date, a dateline with no year, a period


def test_a_long_dateline_paragraph_is_shown_up_to_its_date() -> None:
    text = "Title\n\n   WUHAN, China, May 2, 2033 /Wire/ -- " + "The firm said it would hire more staff. " * 5 + "\n"
    assert publication_date(text) == ("2033-05-02", "WUHAN, China, May 2, 2033 …")


@pytest.mark.parametrize(("text", "date"), [
    ("关于活动的通知\n\n一、时间：2033年1月20日至2月5日\n二、地点：市民广场\n\n市商务局\n2032年12月28日\n", "2032-12-28"),
    ("经济简报\n\n截至2032年12月31日，全市存款余额1200亿元，比年初增长8.2%，增速较上年同期提高0.6个百分点。\n", ""),
    ("Scholarship notice\n\nApplications close: March 15, 2034\n\nText.\n", ""),
    ("Fair\n\nEvent date: July 1, 2034 | Venue: Hall 3\n\nText.\n", ""),
    ("Sales\n\nSHANGHAI, China -- Sales from Jan 1, 2031 rose 5 percent in the quarter, the firm said today.\n", ""),
])
def test_dates_of_events_in_the_top_lines_are_not_the_articles(text: str, date: str) -> None:
    assert publication_date(text)[0] == date  # (the review of 417f09e found each taken)


@pytest.mark.parametrize(("text", "date"), [
    ("白河县融媒体中心 2033年10月12日\n\n秋收时节看白河\n\n今年全县粮食播种面积稳定在三十二万亩左右，秋粮长势良好，"
     "农户普遍反映收成比去年好，合作社订单也多了不少。\n", "2033-10-12"),
    ("The Riverside Herald | 12 October 2033\n\nPort volumes climb\n\nThe port handled 1.2 million TEU.\n",
     "2033-10-12"),
])
def test_a_first_line_that_is_a_masthead_gives_its_date(text: str, date: str) -> None:
    # the first line was always passed over as a headline: "No date of publication found" for a station's masthead
    assert publication_date(text) == (date, text.splitlines()[0])


@pytest.mark.parametrize("text", [
    "全市秋粮收购工作推进会2033年10月12日召开\n\n会议要求各县区做好秋粮收购工作，确保农民卖粮方便、及时拿到粮款，"
    "粮食部门要加强市场监测。\n",  # a headline with an event's date in it
    "Harvest fair opens on 12 October 2033\n\nThe fair has 300 stalls.\n",
])
def test_a_headline_that_ends_with_a_date_is_no_masthead(text: str) -> None:  # controls
    assert publication_date(text) == ("", "")


@pytest.mark.parametrize(("text", "date"), [
    ("Hexi Port Holdings (Shenzhen: 002977)\nThird Quarter Results\n\nQinghe, Hexi, 27 October 2033 - Hexi Port "
     "Holdings today announced its results.\n", "2033-10-27"),
    ("Results\n\nBinhai, March 3, 2034 /Wire/ -- The company said sales rose.\n", "2034-03-03"),
])
def test_a_press_releases_dateline_in_small_letters_dates_it(text: str, date: str) -> None:
    # (a dateline in capitals was read; "Wuzhou, Guangxi, 27 October 2025 - " was passed over: "No date found")
    assert publication_date(text)[0] == date


@pytest.mark.parametrize("text", [
    "Weather\n\nIn Hexi, March 3, 2034 was the coldest day of the year.\n",
    "Weather\n\nHexi, Qinghe, 3 March 2034 was the coldest day - and the windiest.\n",
])
def test_a_date_in_a_sentence_is_no_dateline(text: str) -> None:  # controls: no dash or slash right after the date
    assert publication_date(text) == ("", "")

"""A figure printed with its own sign: "-3.2" in a table's growth column, "(11.9)" as accountants print a fall.
Its value must carry the sign printed; no loss or decline word is needed before it. Both loaders agree: the
column loader refers these rows to the row checks (records.check_fact)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from explorer.model.load.factbase import load_fact_base
from explorer.model.load.records import printed_negative

ROOT = Path(__file__).resolve().parents[2]
TEXT = ("Indicators, 2031\n\nIndicator\tUnit\tValue\tGrowth (%)\nExports\tbillion yuan\t98.7\t-3.2\n\n"
        "(RMB million)\n\n            2031       2030\nNet profit   301.4      342.0     (11.9)\n")


def _folder(tmp_path: Path, rows: list[tuple[str, str, str]]) -> Path:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "sources" / "signs.txt").write_text(TEXT, encoding="utf-8")
    with (data / "sources.csv").open(encoding="utf-8", newline="") as fh:
        source_header = next(csv.reader(fh))
    with (data / "sources.csv").open("a", encoding="utf-8", newline="") as fh:
        csv.DictWriter(fh, source_header).writerow({"id": "signs", "title": "Signs", "date": "2031-12",
                                                    "path": "sources/signs.txt", "language": "en"})
    with (data / "facts.csv").open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    with (data / "facts.csv").open("a", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, header)
        for fid, printed, value in rows:
            line_start = TEXT.rfind("\n", 0, TEXT.index(printed)) + 1
            line_end = TEXT.index("\n", TEXT.index(printed))
            writer.writerow({"id": fid, "kind": "figure", "source_id": "signs", "city": "Dalian",
                             "sector": "macro economy", "entity": "", "metric": "growth", "value": value,
                             "unit": "%", "qualifier": "exact", "period": "2031", "as_printed": printed,
                             "quote": TEXT[line_start:line_end], "start": line_start, "end": line_end, "note": ""})
    return data


@pytest.mark.parametrize("use_cache", [False, True])
def test_a_sign_printed_with_the_figure_is_its_sign(tmp_path: Path, use_cache: bool, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    data = _folder(tmp_path, [("S1", "-3.2", "-3.2"), ("S2", "(11.9)", "-11.9"),
                              ("S3", "-3.2", "3.2"), ("S4", "(11.9)", "11.9")])
    base = load_fact_base(data, use_cache=use_cache)
    loaded = set(base.facts["id"])
    assert {"S1", "S2"} <= loaded
    assert not {"S3", "S4"} & loaded
    messages = {p.fact_id: p.message for p in base.problems}
    assert "is printed as a negative number" in messages["S3"] and "is printed as a negative number" in messages["S4"]


def test_what_is_a_printed_minus() -> None:
    assert printed_negative("-3.2", -3.2) and printed_negative("(11.9)", 11.9)
    assert not printed_negative("11.9", 11.9) and not printed_negative("(about 5)", 5.0)


def test_a_gap_below_something_named_after_its_figure_supports_its_minus() -> None:
    from explorer.model.load.records import names_decline

    quote = "Growth was 0.8 percentage points below the provincial rate, and prices sat 10-12% below their level."
    assert names_decline(quote, "0.8 percentage points")
    assert names_decline(quote, "10") and names_decline(quote, "12%")
    assert not names_decline("Growth was 0.8 percentage points above the rate.", "0.8 percentage points")


@pytest.mark.parametrize(("printed", "number"), [
    ("RMB1,701.27 billion", 1701.27), ("CNY1,000", 1000.0), ("RMB0.62", 0.62), ("RMB3.2 billion", 3.2),
    ("doubled", 2.0), ("twice", 2.0), ("千亿元", 1000.0), ("百亿元", 100.0), ("翻一番", 2.0), ("翻两番", 4.0),
    ("ABC123", None),  # control: digits glued to a word that is no currency are no number
])
def test_the_loader_reads_back_every_printed_form_the_extractor_gives(printed: str, number: float | None) -> None:
    from explorer.model.numbers import parse_number

    assert parse_number(printed) == number  # "CNY1,000" was read as 0, "RMB18,426.3" as 426.3


@pytest.mark.parametrize(("text", "forms"), [
    ("Dalian figures\n\nIn 2031, Dalian's GDP reached RMB1,701.27 billion and exports CNY1,000 million; its port "
     "throughput doubled, while imports slipped 2.1 percent.\n", {"RMB1,701.27 billion", "doubled", "2.1 percent"}),
    ("大连数据\n\n2031年，大连市工业产值突破千亿元，外贸总额翻一番，进口下降2.1%。\n", {"千亿元", "翻一番", "2.1%"}),
    ("Dalian figures\n\nIn 2031, dealers said the 6% price fall hurt, and rents have fallen faster, by around 7.5 "
     "percent. A levy could knock a further 2 to 4 percent off rents; by rail the trip is about 25 percent cheaper.\n",
     {"6%", "7.5 percent", "2", "4 percent", "25 percent"}),  # (round 11: falls named after a comma, after the figure)
    ("大连数据\n\n主持人：镇上有多少企业？\n\n答：有七八十家，好几千人，人均两万三千多块，去年做了一点三个亿。\n",
     {"七八十家", "八十家", "好几千人", "两万三千多块", "一点三个亿"}),  # (round 11: spoken figures)
    ("大连数据\n\n摊主说：“一碗面卖8块，摊位费600块，生意好能占七八成。”\n", {"8块", "600块", "七八成", "八成"}),
    ("大连数据\n\n失业率比上年同期低0.3个百分点，增速低于全省平均水平0.4个百分点，菜价比周边市场低10%，白菜两块一斤，"
     "入社农户占六成多，存款成本下降。\n", {"0.3个百分点", "0.4个百分点", "10%", "两块", "六成多"}),  # (round 12)
    ("大连数据\n\n镇长说：“去年搞了六七个项目，一户能增收两三万块钱，全镇三十几家企业，修了十二公里路，收入增长百分之七点四，"
     "年平均气温17.6℃，降水量1032.8毫米。”\n",
     {"六七个", "两三万块钱", "三十几家", "十二公里", "百分之七点四", "17.6℃", "1032.8毫米"}),  # (round 12)
    ("大连数据\n\n厂长说：“投资了八十多万块钱，厂房两千多平方米，一年卖六十多万件，港口吞吐量21.7万标箱。”\n",
     {"八十多万块钱", "两千多平方米", "六十多万件", "21.7万标箱"}),  # (round 12)
    ("大连数据\n\n村民说：“我家入了六亩，一亩地一年给三百块流转费，摘苹果一天九十块，一亩收千把斤，玉米一斤卖一块二毛多。”\n",
     {"六亩", "三百块", "九十块", "千把斤", "一块二毛"}),  # (round 12)
    ("大连数据\n\n快递员说：“一件挣一块多钱，一年下来八万块左右。”\n", {"一块多钱", "八万块"}),  # (round 12)
    ("大连数据\n\n店主说：“一个月挣七八千，房租一个月四千五，从银行贷了一百来万。”\n",
     {"七八千", "八千", "四千五", "一百来万"}),  # (round 13: money said without its unit)
    ("大连数据\n\n通关时间压缩了近三成，线路缩短1.8公里，中标价下浮6.2%，汇兑损失约210万元，每月少还约86元。"
     "摊主说：“去年亏了差不多五万块钱，活少了，一个月少了七八千。”\n",
     {"三成", "1.8公里", "6.2%", "210万元", "86元", "五万块钱", "七八千", "八千"}),  # (round 13: cuts and losses)
])
def test_every_candidate_of_an_article_of_these_forms_passes_validation(tmp_path: Path, text: str,
                                                                         forms: set[str]) -> None:
    from explorer.model.extract import importing

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    path = tmp_path / "forms.txt"
    path.write_text(text, encoding="utf-8")
    article = importing.read_article(path, data)
    base = load_fact_base(data)
    rows = importing.fact_rows(importing.candidates_for(article.text, article.source_id, base), set())
    rows = [dict(r, city=r["city"] or "Dalian", metric=r["metric"] or "figure", period=r["period"] or "2031",
                 sector=r["sector"] if r["sector"] in base.sectors else "macro economy") for r in rows]
    assert {r["as_printed"] for r in rows} >= forms
    assert importing.check(data, article, rows) == []  # each was rejected at validation, but for the decline


@pytest.mark.parametrize(("quote", "printed", "named"), [
    ("The population was 7.1 million, about 8,000 fewer than a year earlier.", "8,000", True),
    ("Sales remained 14.2% lower than a year earlier.", "14.2%", True),
    ("Prices were down 3.2% on the previous quarter and 6.8% on the year.", "6.8%", True),
    ("Prices rose 3.2% on the previous quarter and 6.8% on the year.", "6.8%", False),  # control: no fall named
    ("We cut our 2032 earnings forecast for the group by 11%.", "11%", True),
    ("Frost cut apple yields in the hill counties by 10 to 15 percent.", "15 percent", True),
    ("Prices have fallen by around 12 per cent since 2030.", "12 per cent", True),
    ("Exports reached 6.8 billion yuan.", "6.8 billion yuan", False),  # control
    ("城镇调查失业率比上年同期低0.3个百分点。", "0.3个百分点", True),
    ("最低气温零下12℃，比常年偏低0.5℃。", "12℃", True),
    ("年降水量较常年偏少12.5毫米。", "12.5毫米", True),
    ("Prices were 2.7 percent lower year on year.", "2.7 percent", True),
    ("增速低于全省平均水平0.4个百分点。", "0.4个百分点", True),
    ("全年增长不低于5%。", "5%", False),  # a floor, no fall
])
def test_the_loader_reads_a_fall_named_after_the_figure_or_before_its_pair(quote: str, printed: str,
                                                                         named: bool) -> None:
    """What the extractor gives as a fall ("N fewer than a year earlier", the second figure of "down X ... and Y"),
    the loaders accept as negative; a negative value with no fall named anywhere is still refused."""
    from explorer.model.load.records import names_decline

    assert names_decline(quote, printed) is named


@pytest.mark.parametrize(("quote", "printed"), [
    ("Prices are expected to ease by 2% in 2032.", "2%"),
    ("Births were 1,300 to 1,500 fewer than a year earlier.", "1,300"),
    ("Hospital stays averaged 7.9 days, 0.3 days shorter than in 2030.", "0.3 days"),
])
def test_the_loader_reads_a_fall_in_ease_and_a_fewer_range_s_first_end(quote: str, printed: str) -> None:
    from explorer.model.load.records import names_decline

    assert names_decline(quote, printed)


@pytest.mark.parametrize(("quote", "printed"), [
    ("Freight by rail is 10-15 percent lower than by road.", "10"),  # a range's first end of a gap below
    ("Land is 20 per cent cheaper than in the port district.", "20 per cent"),
    ("The boilers are reducing coal use by 9%.", "9%"),
    ("Insulation is cutting heating bills by about a third.", "a third"),
    ("The lira lost around 8 percent against the yuan in the spring.", "8 percent"),  # (the extractor's "lost")
    ("For 2033 my base case is another 10% drop in land sales.", "10%"),  # a fall named by the noun after it
    ("Recipients numbered 41,200, 2,310 fewer people than a year earlier.", "2,310 fewer people"),  # inside it
    ("The bank cut the rate on five-year-plus provident fund loans for first homes by 25 basis points.", "25"),
])
def test_the_loader_reads_the_gaps_and_cuts_of_round_nine(quote: str, printed: str) -> None:
    """What the extractor gives as negative since round 9 (tests/extraction/test_round9.py) the loaders accept."""
    from explorer.model.load.records import names_decline

    assert names_decline(quote, printed)


def test_the_loader_reads_narrowed_as_a_fall() -> None:
    from explorer.model.load.records import names_decline

    assert names_decline("Net interest margin narrowed by 14 basis points.", "14 basis points")


def test_the_loader_reads_back_basis_points_glued_and_minus() -> None:
    from explorer.model.load.records import names_decline
    from explorer.model.numbers import parse_number

    assert parse_number("85bp") == 85.0 and names_decline("Natural growth was minus 7,120 people.", "7,120 people")


@pytest.mark.parametrize(("quote", "printed"), [
    ("Water use came to 81 million cubic metres, a 4% reduction on the year before.", "4%"),
    ("We estimate every 1% cut in selling prices would reduce net profit by 7%.", "1%"),
    ("Yingkou exports drop 6% in August", "6%"),
])
def test_the_loader_reads_the_falls_of_round_ten(quote: str, printed: str) -> None:
    """What the extractor gives as negative since round 10 (tests/extraction/test_round10.py) the loaders accept."""
    from explorer.model.load.records import names_decline

    assert names_decline(quote, printed)


@pytest.mark.parametrize(("quote", "printed"), [
    ("今年以来原料价格同比上涨约15%，公司下半年毛利率可能回落1至2个百分点。", "1"),  # "1" stands first in "15%"
    ("Rents rose 20% in May, after a 20% drop in April.", "20%"),  # the fall is the second "20%"
])
def test_the_loader_finds_a_fall_named_before_any_place_the_figure_is_printed(quote: str, printed: str) -> None:
    from explorer.model.load.records import names_decline

    assert names_decline(quote, printed)


def test_a_figure_printed_only_after_a_rise_is_still_refused_as_negative() -> None:  # control
    from explorer.model.load.records import names_decline

    assert not names_decline("Output rose 12% in May, and 12% is a record.", "12%")


def test_a_rank_printed_no_dot_without_a_space_is_read_back() -> None:
    from explorer.model.numbers import parse_number

    assert parse_number("No.1") == 1.0 and parse_number("No.12 in the province") == 12.0


@pytest.mark.parametrize(("quote", "printed"), [
    ("The rebuilt furnace uses about 18% less natural gas per tonne of glass.", "18%"),
    ("Yak calves fetched about 15 percent less this autumn than a year earlier.", "15 percent"),
])
def test_the_loader_reads_less_per_and_less_than_after_a_few_words(quote: str, printed: str) -> None:
    """Round 10 of the extractor gives these as negative; the loaders accept them."""
    from explorer.model.load.records import names_decline

    assert names_decline(quote, printed)


def test_the_loader_reads_neighbouring_numerals_only_as_a_spoken_range() -> None:
    from explorer.model.numbers import parse_number

    assert [parse_number(p) for p in ("七八个", "三四万块钱", "七八十家")] == [7.0, 3.0, 70.0]
    assert [parse_number(p) for p in ("一九八九年", "一二三产业", "一两个", "三五成群")] == [None, None, None, None]


@pytest.mark.parametrize(("printed", "number"), [
    ("seven yuan ninety-two", 7.92), ("six yuan fifty", 6.5), ("ten yuan five", 10.5), ("3 yuan 50", 3.5),
    ("10 yuan", 10.0), ("six yuan", 6.0),
])
def test_the_loader_reads_yuan_and_its_cents_as_one_number(printed: str, number: float) -> None:
    from explorer.model.numbers import parse_number

    assert parse_number(printed) == pytest.approx(number)

"""Round 44 of the extraction rules (session 41), from the spent sets' misses in English talk: a count said bare in
answer to "how many", a spoken range whose lower end looks like a name, "ran from X to Y" and "from X to Y depending
on" as ranges, and a place in a ranking said in talk.

The texts are written here for the tests (other places and years); each rule has a control.
"""

from __future__ import annotations

from explorer.model.extract import extract
from explorer.model.extract.chinese import unspaced
from tests.extraction.test_round35 import figures


def test_a_number_in_words_answering_how_many_is_a_count() -> None:
    got = figures("HOST: How many guesthouses are there in Hexi now?\n\nGAO: Twenty-three. When we opened there were "
                  "five.\n")
    assert got["Twenty-three"] == (23.0, "count", "exact")
    got = figures("HOST: How many people work for you at harvest time?\n\nMA: Fifteen, sometimes twenty. Mostly "
                  "women from the village.\n")
    assert got["Fifteen"] == (15.0, "count", "range")
    assert got["twenty"] == (20.0, "count", "range")
    got = figures("HOST: How many boats are there on the lake now?\n\n[ZHOU]\nEighty-odd, all licensed.\n")
    assert got["Eighty-odd"] == (80.0, "count", "over")


def test_no_count_from_a_question_of_how_long_or_an_answer_that_starts_elsewhere() -> None:
    # Controls: "how many years" asks a length of time; an answer that first says a number in digits or a
    # sentence before it is not the bare count.
    got = figures("HOST: How many years have you been here?\n\nGAO: Eleven. Since the new road.\n")
    assert "Eleven" not in got
    got = figures("HOST: How many rooms do you have?\n\nGAO: We built the house in 2019. Eleven, I think.\n")
    assert "Eleven" not in got
    got = figures("HOST: What time do you open?\n\nGAO: Seven. Sometimes six.\n")
    assert "Seven" not in got
    # (from a read-only review: a measure asked for, a clause before the number, an age, a guess asked back)
    got = figures("HOST: How many kilometres is it to the market?\n\nZHOU: Thirty.\n")
    assert got.get("Thirty", (0, "", ""))[1] != "count"
    got = figures("HOST: How many boats go out?\n\nWU: We open at nine, and then it depends.\n")
    assert "nine" not in got
    got = figures("HOST: How old are most of the pickers?\n\nLI: Forty, fifty.\n")
    assert "Forty" not in got and "fifty" not in got
    got = figures("HOST: How many of you are there? Six?\n\nXU: Seven, with my brother.\n")
    assert "Six" not in got


def test_a_spoken_range_whose_lower_end_opens_the_answer() -> None:
    # "HE: Forty, fifty." read "Forty" as a name before an age ("said Luo, 51,"), and dropped "fifty".
    got = figures("PENG: How many phones do you fix a day?\n\nHE: Forty, fifty. On a Saturday, more.\n")
    assert got["Forty"] == (40.0, "count", "range")
    assert got["fifty"] == (50.0, "count", "range")
    assert "51" not in figures('"It was a good year," said Luo, 51, laughing.')  # (control: an age)


def test_ran_from_and_depending_on_make_a_range() -> None:
    got = figures("Quotes for a new screen ran from 1,150 to 1,450 yuan at the shops we visited.")
    assert got["1,150"] == (1150.0, "yuan", "range")
    assert got["1,450 yuan"] == (1450.0, "yuan", "range")
    got = figures("A room costs 300 yuan in town. On the lake, from 280 to 460 yuan, depending on the season.")
    assert got["280"] == (280.0, "yuan", "range")
    # Control: a change with a hedge after it stays a change.
    for verb in ("rose", "grew", "jumped", "has doubled", "went up"):
        got = figures(f"Output {verb} from 200 to 350 tonnes, depending on who you ask.")
        assert got["350 tonnes"][2] == "exact", verb


def test_a_place_in_a_ranking_said_in_talk() -> None:
    got = figures("QIN: On the delivery app we're second for milk tea in Hexi. In the riders' ranking this month I'm "
                  "fourth.")
    assert got["second"] == (2.0, "rank", "exact")
    assert got["fourth"] == (4.0, "rank", "exact")
    got = figures("In the street's own vote we came third out of 31 stalls.")
    assert got["third"] == (3.0, "rank", "exact")
    got = figures("Rural per capita income in Qinghe was 9,046 yuan, fourth in the province.")
    assert got["fourth"] == (4.0, "rank", "exact")
    # Controls: a queue, a generation, an idiom, a turn, a place in a family (from a read-only review).
    got = figures("We're second in line at the counter. We're third generation here. I'm second to none.")
    assert not any(unit == "rank" for _, unit, _ in got.values())
    got = figures("HOST: Who goes first at the auction?\n\nLU: I'm first.\n\nHOST: Are you the eldest?\n\nXU: No, "
                  "I'm second. I'm second in command here, and third in my family to run the shop.")
    assert not any(unit == "rank" for _, unit, _ in got.values())


# Chinese, from the first batch measured this session (heldout642): a list after 分别下降, subtitles whose words are
# parted by spaces, and an amount in numerals 便宜了 (cheaper by it).

def test_each_figure_of_a_list_after_a_fall_verb_fell() -> None:
    got = figures("降幅居前的萝卜、芹菜和菠菜分别下降12.6%、9.3%和7.7%；生姜价格仍处高位。")
    assert [got[k][0] for k in ("12.6%", "9.3%", "7.7%")] == [-12.6, -9.3, -7.7]
    got = figures("猪肉和鸡蛋价格分别下降6.3%和上涨2.1%。")  # (control: each with its own verb)
    assert (got["6.3%"][0], got["2.1%"][0]) == (-6.3, 2.1)


SPACED = ("河西早市 物价 实录\n2033-11-05 发布\n\n00:00\n大家好 我是 阿明\n今天 我们 来到了 河西县 城南 农贸市场\n"
          "00:35\n阿姨 西红柿 怎么卖\n3块 一斤\n鲈鱼 28 一斤\n老板 说 鲈鱼 比 上个月 便宜了 2块 左右\n"
          "01:55\n豆腐 两块五 一块\n黄豆 现在 四块二 一斤\n比 去年 便宜了 两毛\n一天 能 卖 两百来斤\n")


def test_subtitles_with_words_parted_by_spaces_read_as_unspaced_quoted_verbatim() -> None:
    found = extract(SPACED, "t")
    for c in found:  # every quote and printed span is the text's own, spaces and all
        assert SPACED[c.printed_start:c.printed_end] == c.as_printed
        assert c.quote == SPACED[c.start:c.end]
    got = figures(SPACED)
    assert got["3块"][:2] == (3.0, "yuan")  # (read as 3块一斤: a price, not three pieces)
    assert got["28"][:2] == (28.0, "yuan")
    assert got["两块五"][:2] == (2.5, "yuan")
    assert got["两毛"][:2] == (-0.2, "yuan")
    line = next(c for c in found if c.as_printed == "2块")
    assert line.quote.startswith("老板 说 鲈鱼") and line.value < 0


def test_a_text_with_a_few_spaces_is_read_as_it_stands() -> None:
    # Control: a release with a space here and there is not subtitles: nothing is unspaced.
    assert unspaced("全市 地区生产总值 增长5.2%，规模以上工业增加值增长6.1%。" * 3) is None
    assert unspaced(SPACED) is not None


def test_cheaper_by_an_amount_in_numerals_is_a_fall_as_in_digits() -> None:
    got = figures("【摊主】黄豆现在四块二一斤，比去年便宜了两毛。白菜比里面便宜三毛。")
    assert got["两毛"][:2] == (-0.2, "yuan")
    assert got["三毛"][:2] == (-0.3, "yuan")
    assert figures("【摊主】比去年贵了两毛。")["两毛"][:2] == (0.2, "yuan")  # (control: dearer)


def test_a_number_word_is_no_entity() -> None:
    # "GAO: Forty, fifty." gave "fifty" the entity "Forty" (a capitalised word before it read as a name).
    found = extract("HOST: How many stalls are there now?\n\nGAO: Forty, fifty. On a Saturday, more.\n", "t")
    assert [c.entity for c in found if c.as_printed == "fifty"] == [""]


def test_a_price_per_square_metre_hour_or_machine_said_bare() -> None:
    # heldout641's hotline and heldout642's vlog (spent): 一平八十, 一个钟四十五, 一台一百二, 十二一条.
    got = figures("【听众】师傅报价，贴瓷砖一平八十，还不包辅料。我一个朋友去年装修才六十五一平。")
    assert got["八十"][:2] == (80.0, "yuan") and got["六十五"][:2] == (65.0, "yuan")
    got = figures("【听众】我家请钟点工，现在一个钟四十五，我记得去年才三十八。")
    assert got["四十五"][:2] == (45.0, "yuan") and got["三十八"][:2] == (38.0, "yuan")
    got = figures("【听众】我团购了空调清洗，一台一百二。【摊主】鲫鱼十二一条，鲈鱼28一斤。")
    assert got["一百二"][:2] == (120.0, "yuan") and got["十二"][:2] == (12.0, "yuan")
    # Controls: a machine's years, a flat's people are no prices.
    got = figures("【记者】一台能用几年？【老板】一台十二年没问题。我们这一套三十个人住。")
    assert "十二" not in got and got["三十个"][1] != "yuan"


def test_no_price_per_piece_where_a_read_only_review_found_one() -> None:
    # From a read-only review's texts (/tmp/rv41b on the session's machine): a rank, a floor area, beds, seats, a
    # journey's time, a flat's price in 万 are no prices in yuan.
    for text, printed in (("他排名十一位，比去年进了两位。", "十"), ("这套房建筑面积一百三十一平，朝南。", "一百三十"),
                          ("学校宿舍每间十二，上下铺。", "十二"), ("大巴一台五十，坐满就走。", "五十"),
                          ("从县城到市里，单程要一个钟四十五。", "四十五"),
                          ("小区的房子，一套一百八，首付要五十多万。", "一百八")):
        got = figures(text)
        assert got.get(printed, (0.0, "", ""))[1] != "yuan", (text, got)


def test_spaced_subtitles_keep_the_spaces_that_end_a_number_phrase() -> None:
    # "二十 一个人" is aged twenty and one person, not 21; "房租 三百 后来" ends its clause at the space.
    text = ("那年 我 二十 一个人 来 深圳 打工 住 城中村 一个 月 房租 三百 后来 换了 工作 工资 涨到 四千 "
            "老婆 也 过来 了 现在 孩子 都 上 大学 了 我们 一家 在 这边 过得 还 可以 每个 月 还能 存 一点\n")
    got = figures(text)
    assert got["三百"][:2] == (300.0, "yuan") and got["四千"][:2] == (4000.0, "yuan")
    assert not any(value in (21.0, 20.0) for value, _, _ in got.values())

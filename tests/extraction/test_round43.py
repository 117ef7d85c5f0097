"""Round 43 of the extraction rules (session 40): prices said bare in Chinese talk, from the spent sets' misses
(heldout622's barber's and car wash's prices, heldout582's and heldout143's market stalls).

The texts are written here for the tests (other places and years); each rule has a control.
"""

from __future__ import annotations

from tests.extraction.test_round35 import figures


def test_a_price_per_use_said_bare_is_yuan() -> None:
    got = figures("【同期声】河西县“小周理发”老板　周海\n男士剪一次二十五，洗剪吹三十五。前年男士剪头还是二十。")
    assert got["二十五"] == (25.0, "yuan", "exact")
    assert got["三十五"] == (35.0, "yuan", "exact")  # (the price of the same line before it, said bare)
    assert got["二十"] == (20.0, "yuan", "exact")


def test_prices_listed_after_one_with_its_unit() -> None:
    got = figures("【摊主】前腿肉现在十五块一斤，后腿十七，五花十九。排骨贵，三十二。")
    assert got["十七"][:2] == (17.0, "yuan")
    assert got["十九"][:2] == (19.0, "yuan")
    assert got["三十二"][:2] == (32.0, "yuan")


def test_a_price_two_clauses_back_or_per_day_lists_the_next() -> None:
    got = figures("【茶农】今天收的价是一斤八十五。那几天价钱好，头茶一百三。")
    assert got["一百三"][:2] == (130.0, "yuan")
    got = figures("【记者】工钱一天多少？\n【茶农】一天一百七，中午管一顿饭。去年是一百五，今年涨了。")
    assert got["一百五"][:2] == (150.0, "yuan")


def test_a_price_question_makes_the_answer_a_price() -> None:
    got = figures("【记者】牛腱子现在啥价？\n【摊主】批发四十二一斤，前年才三十一。")
    assert got["三十一"][:2] == (31.0, "yuan")


def test_bare_numbers_that_are_no_price_stay_out() -> None:
    # Controls: an age, a count of customers, a name in quotes and a plan's name are never prices, even on a
    # line that names a price.
    got = figures("【摊主】肉包子一笼十二块。我今年五十六了，一天来的客人有八十。")
    assert "五十六" not in got and "八十" not in got
    got = figures("宾馆住宿价格上涨3元，‘十一’假期客流增加，为“十四五”收官打下基础。")
    assert "十一" not in got and "五" not in got and "十四五" not in got
    got = figures("每单快递的平均费用由4.5元降至3.2元。“双11”期间，全县单日发出包裹最多。")
    assert "11" not in got


def test_a_number_answering_a_question_of_time_growth_or_count_is_no_price() -> None:
    # Controls (each after a price said with its unit, so only the question tells them apart)
    got = figures("【老板】羊肉串一串三块，板筋两块。\n\n【记者】晚上开到几点？\n\n【老板】十一，周末晚一点。")
    assert "十一" not in got
    got = figures("【记者】苹果卖多少钱一斤？\n【果农】好果四块五。\n【记者】比去年增长多少？\n【果农】差不多三十。")
    assert "三十" not in got
    got = figures("【摊主】散装的五块二一斤。\n【记者】这一车拉了多少盒？\n【摊主】一趟四十，一上午就卖完了。")
    assert "四十" not in got


def test_ages_scores_and_counts_per_box_beside_prices_are_no_price() -> None:
    got = figures("【果农】好果四块，次果两块。家里两个娃，一个十三，一个九岁，学费全靠这片果园。")
    assert "十三" not in got
    got = figures("【嘉宾】看台票九十块，场边票两百。比分是八十八比七十九，最后一节拉开了十四。")
    assert "十四" not in got and "七十九" not in got
    got = figures("【摊主】盒装的一盒十五，卖二十二块。")
    assert "十五" not in got and got["二十二块"][:2] == (22.0, "yuan")


def test_a_clause_without_a_price_before_it_makes_no_price() -> None:
    # Controls: 一块儿 is "together", not money; a question of price two turns back does not carry over; kin, a
    # floor, a bus route and a temperature are no item priced.
    got = figures("【记者】平时跟谁一起来？\n【老人】跟老伴一块儿，她七十七，我八十。")
    assert "七十七" not in got and "八十" not in got
    got = figures("【记者】房费多少钱？\n【前台】标间两百八十块。\n【记者】住几楼？\n【前台】给您安排在三楼，三百零六。")
    assert "三百零六" not in got
    got = figures("【司机】到景区十五块。今天最高三十二，坐二十三路也能到。")
    assert "三十二" not in got and "二十三" not in got


# -- English talk: "we'll", "it'll", "they'll" are "will" (forecasts), as the sets' spent transcripts label them --


def test_a_contracted_will_makes_a_forecast() -> None:
    got = figures("WEI: Next year we'll build four more cold stores, 20,000 tonnes of capacity in all. "
                  "I'll put in maybe 300 new trees this winter.\n\nGAO: I think it'll be 75 yuan by the autumn, "
                  "and they'll cut another 10 percent.")
    assert got["four"][2] == "forecast"
    assert got["20,000 tonnes"][2] == "forecast"
    assert got["300"][2] == "forecast"
    assert got["75 yuan"][2] == "forecast"
    assert got["10 percent"][2] == "forecast"


def test_what_was_done_beside_a_contracted_will_stays_an_outcome() -> None:
    # Controls: a sentence of what happened, before one with "we'll"; "it'll cost" is a price, as "will cost" is
    got = figures("LI: Last year we sold 452 cars. We'll see about this year. A new tyre costs 260 yuan.")
    assert got["452"][2] == "exact" and got["260 yuan"][2] == "exact"


def test_a_price_said_again_with_its_time_or_a_hedge() -> None:
    got = figures("LIN: And the price?\n\nFANG: Top grade is 16 yuan a jin. Listeners say it was nineteen last year. "
                  "Wholesale it was closer to twelve.")
    assert got["nineteen"][:2] == (19.0, "yuan")
    assert got["twelve"] == (12.0, "yuan", "approximately")
    # (control: an age said the same way is no price)
    got = figures("FANG: Top grade is 16 yuan a jin. My son, he was nineteen last year.")
    assert "nineteen" not in got


def test_a_contracted_will_of_talk_itself_makes_no_forecast() -> None:
    # Controls: "I'll tell you", "you'll see", "I'll be honest" and "that'll be" speak of the talk or of a price
    # asked now; what follows them happened
    got = figures("ZHAO: I'll tell you what happened: we lost 32,000 yuan in March. You'll see it on the board: eggs "
                  "are 7 yuan a jin today. I'll be honest, we sold 452 cars last year.\n\nCLERK: That'll be 46 yuan.")
    assert got["32,000 yuan"][2] == "exact" and got["7 yuan"][2] == "exact"
    assert got["452"][2] == "exact" and got["46 yuan"][2] == "exact"


def test_a_contracted_will_of_habit_a_price_now_or_a_guess_back_makes_no_forecast() -> None:
    # Controls: what is usual, a price now and a guess about the past, each said with 'll
    got = figures("ZHAO: On a good day we'll sell 310 bowls. You'll find the mushrooms here are 19 yuan a jin. "
                  "This'll set you back 320 yuan a month. It'll have been 310,000 tonnes last year, I think.")
    assert got["310"][2] == "exact" and got["19 yuan"][2] == "exact"
    assert got["320 yuan"][2] == "exact" and got["310,000 tonnes"][2] == "exact"
    # (and a clock's colon is no colon of talk: "We'll open at 9:30 with 210 stalls" is a plan)
    assert figures("ZHAO: We'll open at 9:30 with 210 stalls.")["210"][2] == "forecast"


def test_yuan_and_jiao_said_in_digits() -> None:
    got = figures("【司机】现在一方气3块7，起步价7块。土豆2块5一斤。")
    assert got["3块7"] == (3.7, "yuan", "exact")
    assert got["2块5"][:2] == (2.5, "yuan")
    got = figures("去年收购价在每斤4块6到6块钱之间。")
    assert got["4块6"] == (4.6, "yuan", "range") and got["6块钱"] == (6.0, "yuan", "range")
    # (control: pieces of land in digits are no price, nor a plot's number)
    got = figures("他家有3块地，承包了2024年3块6号地块。")
    assert all(base != "yuan" for _, base, _ in got.values())


def test_a_number_word_takes_no_noun_nor_scale_that_belongs_to_the_next_number() -> None:
    # (found by the property test of tests/extraction/test_rules.py: "a hundred four hundred" was 100 with the
    # quote of both numbers, "two thousand three thousand" 2,000 thousand)
    got = figures("We make two thousand three thousand a month. We hired a hundred four hundred people.")
    assert all(base != "count" or v < 10_000 for v, base, _ in got.values())
    assert "two thousand three thousand" not in got and "a hundred four hundred people" not in got
    assert got["four hundred people"][:2] == (400.0, "people")

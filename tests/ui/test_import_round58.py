"""Session 55's extraction rules reached as a person reaches them: File ▸ Import article… on texts written here
(other places and years), each checked in the review dialog's cells: both ends of a range as spoken ("Sixty,
seventy."), the answer to a question of how many past a short question asked back ("In July? Ten, eleven a day."),
a lower end in its upper end's thousands ("eight, nine thousand a month"), and a price asked as 多钱; then, from
the misses of sets 951-954: a county-level city named in a public body's name, a long title's year, casualties,
falls said together "respectively", a cut "by more than", a time to keep within, an hour's price said bare and
children counted with 个; then, from sets 955-958: snow in centimetres, things counted as the subject of a verb,
a section of work for a coming winter, barrels of water counted; then, from sets 959-962: a festival's wish and
places goods went to name no city, a cap said with "cannot", a reckoned sale to come; then, from sets 963-966: a
price a copy, sticks counted and what a pack holds left out; then, from sets 967-970: a caption's unit and a named
column's, a quota as a ceiling, a price a tonne said bare."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import assert_review_cells, import_text_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

CLINICS = ("YANTAI CONSUMER LINE | 2035\n\n"
           "HOST: Good morning, Yantai, this is the consumer line. Prices in yuan today.\n"
           "GU: Dr. Qin, how many implants do you actually do?\n"
           "QIN: In a normal month? Sixty, seventy. October was our busiest ever.\n"
           "LIAO: A good technician makes maybe eight, nine thousand a month in summer.\n"
           "GU: How many jobs a day right now?\n"
           "LIAO: In July? Ten, eleven a day.\n")

BATHHOUSE = ("2035-12-20 老澡堂探店视频文字稿\n\n"
             "大鹏：姐，咱这澡票现在多钱？\n孙桂兰：十八。\n大鹏：十八块钱！家人们听见没。\n")

FIRES = ("Xilinhot People's Radio\nFire safety hour (transcript)\n\n"
         "HOST: If you ride an e-bike in Xilinhot, listen in.\n"
         "OFFICER: In 2035 two people died and seven were injured in e-bike fires, and 12 were rescued.\n"
         "OFFICER: Batteries and chargers cost 312 yuan and 138 yuan, 8.5% and 4.2% lower respectively than in 2034.\n"
         "OFFICER: In 2036 we will cut complaints by more than 10%; and keep the average handling time of complaints "
         "within 4 working days.\n")

NET_CAFE = ("2035-11-02 网咖老板直播文字实录\n\n"
            "老板：大厅普通区一小时五块钱，办了会员的四块五。\n弹幕：包间呢？\n"
            "老板：包间一共八间，双人包一小时十八，五人包一小时四十五。上个月光前台就拦下三十多个小孩。\n")

SNOW = ("TONGHUA TV NEWS | Monday, 9 January 2034\n\n"
        "HOST: Between Saturday night and Sunday afternoon 28 centimetres of snow fell in Tonghua.\n"
        "CREW LEADER: Eight cases were placed on file for blocked lanes.\n")

WATER = ("2034-07-20 送水工短视频文字稿\n\n"
         "小陈：一天能送多少桶？\n郭师傅：上礼拜最多那天送了一百五十六桶。这个三轮一趟拉二十二桶。\n")

ZONGZI = ("【短视频文字稿】\n账号：王姐手工粽子\n发布时间：2035-06-02\n\n"
          "王姐：这是潢川县老王家的粽子作坊。我们一天包三千个粽子。去年卖了两万多个，今年俺估摸着能卖到两万五千个。\n"
          "大爷：闺女下午从郑州回来。\n小军：卖得最远的一单发到了新疆喀什。\n王姐：家人们，端午安康！\n")

LOLLIES = ("2035-07-16 冰棍厂短视频文字稿\n\n"
           "老周：你们一天能做多少根冰棍？\n孙师傅：一天能出三万来根吧。批发五毛一根，一箱四十根。我们一天卖六十箱。\n")

SAND = ("Shangrao County Water Resources Bureau\nCircular on River Sand Mining, 2034\n\n"
        "The river sand extraction quota approved for the county for 2034 was 850,000 tonnes.\n\n"
        "Table 1  Licensed river sand extraction by area\n(Unit: 10,000 tonnes; mining right income in 10,000 yuan)\n\n"
        "Extraction area                 2034 extraction   2035 quota   2034 mining right income\n"
        "Shangrao reach, Xin River       41.26             38.00        802.5\n")

BUILDER = ("2035-03-02 包工头短视频文字稿\n\n周师傅：钢筋现在拉到工地上三千六一吨，去年这时候三千二左右。\n")

CASES = [
    ("clinic-line.txt", CLINICS, [
        ("Sixty", "qualifier", "range"), ("Sixty", "unit", "count"), ("Ten", "qualifier", "range"),
        ("eleven", "unit", "count"), ("eight", "value", "8"), ("eight", "unit", ("thousand yuan", "千元")),
        ("nine thousand", "value", "9000")]),
    ("bathhouse-video.txt", BATHHOUSE, [("十八", "unit", "元"), ("十八", "value", "18")]),
    ("fire-hour.txt", FIRES, [
        ("seven", "unit", "people"), ("seven", "city", "Xilingol"), ("8.5%", "value", "-8.5"), ("10%", "value", "-10"),
        ("4 working days", "qualifier", "under")]),
    ("net-cafe-livestream.txt", NET_CAFE, [
        ("十八", "unit", "元"), ("四十五", "value", "45"), ("三十多个", "qualifier", "over")]),
    ("snow-news.txt", SNOW, [("28 centimetres", "unit", "centimetres"), ("Eight", "value", "8")]),
    ("water-video.txt", WATER, [("一百五十六桶", "value", "156"), ("二十二桶", "unit", "桶")]),
    ("zongzi-video.txt", ZONGZI, [("三千个", "city", "Xinyang"), ("两万五千个", "qualifier", "forecast")]),
    ("lolly-video.txt", LOLLIES, [("三万来根", "qualifier", "approximately"), ("六十箱", "value", "60")]),
    ("sand-circular.txt", SAND, [("850,000 tonnes", "qualifier", "under"), ("802.5", "unit", "万元"),
                                 ("41.26", "unit", "万吨")]),
    ("builder-video.txt", BUILDER, [("三千六", "unit", "元"), ("三千六", "value", "3600")]),
]


@pytest.mark.parametrize(("name", "text", "shown"), CASES, ids=[name for name, _, _ in CASES])
def test_session_55_rules_through_the_menu(name: str, text: str, shown: list, make_window, data_copy: Path, qtbot,
                                           tmp_path: Path, monkeypatch) -> None:
    dialog = import_text_through_menu(make_window(data_copy), tmp_path / name, text, qtbot, monkeypatch)
    assert_review_cells(dialog, shown)

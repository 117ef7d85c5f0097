"""Finding the figures of a Chinese article: 亿/万 scales, units from the units table, 个百分点, signs
from the verb (下降, 回落), qualifiers (约, 超过, 以上, 左右, 预计…突破), periods (2030年, 上半年,
前三季度, 前11个月), cities by their Chinese names and new ones from the gazetteer.

Same candidates as ``explorer.model.extract.core`` (``Candidate``, ``NumberToken``): the review dialog
and the command line do not know which language a text was in. Quotes are the sentences of the
text as it stands (full-width digits are read, never rewritten). Qt-free; linear in the text.
"""

from __future__ import annotations

import bisect
import csv
import functools
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from explorer.model.extract.core import (
    CELL_GAP,
    PROGRESS_STEP,
    Candidate,
    NumberToken,
    guess_sector,
    mark_restatements,
    scan_gated,
    table_cells,
    trie_pattern,
)
from explorer.model.extract.counties import bare_chinese_cities, two_character_counties
from explorer.model.extract.counties import chinese_names as county_names
from explorer.model.numbers import to_base
from explorer.model.vocab.units import BUNDLED_UNITS, Unit
from explorer.model.zh_numbers import CN_DIGITS, FULL_WIDTH, cn_numeral

# A guess under this confidence is left empty for the reviewer rather than filled wrong.
GUESS_THRESHOLD = 0.5

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_CN_NUM = rf"[{CN_DIGITS}]+"
# A numeral as said before its unit, which takes no 一 after a digit (三十六一斤 is 36 a jin: no numeral 三十六一; but
# 十一斤, 一百零一斤 are 11 and 101 jin)
_CN_NUM_SAID = rf"(?:[{CN_DIGITS}](?<![一二两三四五六七八九]一))+"
_SENTENCE = re.compile(r"[^。！？!?\n\r\u2028\u2029]*(?:[。！？!?][”」』）)]?|(?=[\n\r\u2028\u2029])|$)")  # a line ends one
_CLAUSE_BREAK = re.compile(r"[，,；;：:、（(]")
_UP_TO_CLAUSE_BREAK = re.compile(r".*[，,；;：:、（(]", re.DOTALL)  # (greedy: to the last break, one call)
_SCALES = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3}


# Words these classifiers begin that are no classifier (种植, 场景, 单位): guarded wherever they follow a number.
_CLASSIFIER_GUARDS = {"栋": "栋(?![一二两三四五六七八九十\\d]|单元|号)",  # (两栋鸡舍; not 三栋二单元: an address)
                      "单": "单(?![元位价据])", "场": "场(?![所地馆景])", "种": "种(?![植子养业类群苗])",
                      "份": "份(?![额子])", "万群": "万群(?![众体岛落组聊])",  # (3.12万群 of bees; not 10万群众)
                      "毛": "毛(?![利收重坯衣巾笔发织绒皮料线毯竹豆])", "支": "支(?![出持付撑援部行队柱])",
                      "轮": "轮(?![车胎椅船毂子流换岗驱大卡货渡滑番回])",  # (检查4轮: rounds; not 三轮车, 轮胎)
                      "扎": "扎(?![实根堆针啤])",  # (库存还剩四百来扎: bunches of flowers)
                      # (办的十次卡，三百八: a card of ten visits, no count; but 刷了二十多次卡才进去: swipes)
                      "次": "次(?!卡(?:[，,。；！？\\s]|$|(?:是|要|才|就|只要)?[一二两三四五六七八九十百千\\d]))",
                      "步": "(?<=[千万多\\d])步(?![行骤伐入道枪兵笑一])",  # (走了一万八千多步: steps; not 步行, 步骤, nor
                      # 五十步笑百步, 十步一阁)
                      "尾": "尾(?![巴声款部数随气货灯矿号盘端房单])", "罐": "罐(?![头车子装])",  # (六万多尾鱼, 五百罐)
                      # (新打机井1286眼, 4.27万眼: wells; not 眼睛, 眼前; 水箱二百升: litres; not 升级, 升至, 升值)
                      "眼": "眼(?![睛前看下光界神科镜红馋熟尖泪皮力球角色中里])",
                      "万眼": "万眼(?![睛前看下光界神科镜红馋熟尖泪皮力球角色中里])",
                      "升": "升(?![级值温高至到为格学职迁降空起华幅入了班初\\d一二三四五六七八九])",  # (not 6升7, 小升初)
                      "课时": "课时(?![费数])", "个课时": "个课时(?![费数])",  # (60课时: class hours; not 课时费)
                      "把": "把(?![握关控持手脉门柄式戏玩块它他她我你您这那其自大家孩钱账房车货债款])",
                      # (五十来把, 两千多把雨伞; not 把握, 一把手, 百把块钱, 一千二把它拿下了, 借了三千多把房租交了)
                      "万尾": "万尾(?![巴声款部数随气货灯矿号盘端房单])",  # (418万尾 of fry; not 500万尾款)
                      "回": "回(?![族民来去到家头报收购升落应答复访归流馈顾合迁国乡暖程城村京校厂])",  # (来四回: times; not
                      # 两回来, 回族, 回迁户, 回乡青年, 回暖)
                      "箱": "箱(?![子体])", "袋": "袋(?![子装])", "颗": "颗(?!粒)", "瓶": "瓶(?![子颈装盖身])",
                      "副": "副(?![市省县区镇乡村局处科所院校部厅长主总书经理会秘司教授研食业产作本高级职队组团席官词"
                            "标题刊将帅调行厂董馆社台站庭])",  # (两百来副 glasses; not 副市长, 副食, 副作用 …)
                      "部": "部(?![门分署长位队件委属落首级])", "板": "板(?![块材子凳车房面栗])", "盒": "盒(?![子装饭马])",
                      "口": "口(?![岸径罩碑号子味头令气感音腔])", "起": "起(?![步来见草诉床飞点价始码])",
                      "道": "道(?![路口理德歉具沟河湾岭梁])", "车": "车(?![道间型位次厢站辆队流票主贷险])",
                      "顶": "顶(?![多级端尖层部])", "杯": "杯(?!子)", "张": "张(?![家口])",
                      "类": "类(?=[，。；、）)\\s]|$|[食产商]品|主题|服务)", "根": "根(?![据本源系治])",
                      "双": "双(?![方向边重语层])", "个": "个(?!交易日|自然日)",
                      "期": "期(?!间)(?=[\u4e00-\u9fff]{0,4}?(?:(?:培训|训练|研修)(?!基地|楼|大楼|中心)|学习班|讲座|课程))",
                      # (办了两期培训班, 组织了4期渔民技能培训; not 二期工程培训基地, 三期扩建项目培训楼, 十四五期间)
                      "位": "位(?![数居列于置次小])", "盆": "盆(?![地景栽])",  # (not 两位数, 位居, 四川盆地)
                      "本": "本(?![市县区镇乡村省地年月日周次届级期土科职身质来报息金钱部人轮批单外])", "册": "册(?![子])",
                      "分": "分(?![钟之别类配享期批摊红成流管局公社行院贝钱数])",
                      "对": "对(?=[，。；、）)！？\\s]|$|[动列]车|航班|旅客|新人|夫妻|夫妇|新婚"
                            "|[大小中]?(?:灯笼|红灯笼|春联|对联|门神|耳环))",  # (1300余对新人, 三千对大灯笼)
                      "万对": "万对(?=[，。；、）)\\s]|$|[动列]车|新人|夫妻|夫妇|新婚)",  # (not 拿出20万对道路进行了硬化)
                      # (三节课, 一学期四十节; not 五一节, 三八节, 六一节: a holiday's name, nor 节日, 节约, 节能)
                      "节": "(?<!五一)(?<!三八)(?<!六一)(?<!八一)(?<!七一)节(?![日假约省能点目庆气前后期])"}
# (位 and 班 are no count's classifier here, nor 期 but before a course's name: 前10位 a rank, 2期工程 a phase, 在2班 a
# class; 对 only where the phrase ends or before trains: 开行71对, not 120对80票; 类 so too, or before goods: 12类食品,
# not 1类创新药, 4类区)


def _units_pattern(units: Mapping[str, Unit]) -> tuple[re.Pattern[str], dict[str, Unit]]:
    """The Chinese units of the table (and %, 个百分点), longest first."""
    zh = {name: u for name, u in units.items() if _CJK.search(name) or name in ("%", "℃", "‰")}
    names = sorted(zh, key=len, reverse=True)
    # (单 an order, not 单元, 单位, 单价; 场 a session, not 场所)
    return re.compile("|".join(_CLASSIFIER_GUARDS.get(n, re.escape(n)) for n in names)), zh


_UNIT_RE, _ZH_UNITS = _units_pattern(BUNDLED_UNITS)
# Units a number in Chinese numerals is read before (三万多元, 十二家, 一百多人, 1260亩): amounts, not the classifiers
# of everyday phrases (一个, 两项, 一次).
_MEASURE_UNITS = ("个基点|人次|元|万元|亿元|块钱|人|万人|户|家|亩|吨|万吨|辆|名|公斤|千克|斤|股|万股|公里|平方米|分贝|"
                  "平米|个平方(?![公千米])|千瓦时|千瓦|米(?![/／饭粉粒线酒糠色黄每的跑处远外开短自蛙仰蝶栏接])|升(?![级值温高至到为格学职迁降空起华幅入了班的初一二三四五六七八九]|一[桶瓶罐箱])|"
                  r"毛钱|分钱|毛(?=[，。；、！？”）),.;!?\s]|$|多|左右|上下|一[斤个碗份杯]|每|[一二两三四五六七八九](?![十百千万亿])"
                  r"|[到至][一两二三四五六七八九]毛)")
# (毛 of money where the phrase ends or its tenths or a rate follow: 两毛, 九毛二, 两毛多, 七八毛一斤; not 一毛不拔)
# (个基点 and 人次 before 个 and 人: 五十个基点 is half a percentage point, 一千二百万人次 trips, not people)
# Classifiers of counts read after a Chinese numeral of ten or more, or one with 多/余 (近百次, 上千条, 三千多单,
# 十二场): not after a small one (一次, 两项, 三条: a phrase's), nor 个 (十二个月: a duration).
_COUNT_CLASSIFIERS = ("场|单|次|款|条|项|座|所|台|套|件|处|批次|头|只|株|棵|艘|架|种|间"
                      "|笔|份|支|箱|幅|袋|桶|根|盏|串|碗|趟|列|桌|宗|起|张|顶|口|杯|筐|道|车|笼|板|盒|栋|双|节|对|盆|枚|位|本|册|颗|部|瓶|副|壶|组|轮|扎|回|步|尾|罐|眼|把|期")
_CLASSIFIER_RE = "|".join(_CLASSIFIER_GUARDS.get(c, c) for c in _COUNT_CLASSIFIERS.split("|"))
# What a spoken round number is followed by: a unit or classifier (as _MEASURE_UNITS, _CLASSIFIER_RE), 个 of a
# count (not 个月, a duration), or 块 of money (五六千块: yuan).
# Where a spoken amount of money said without its unit ends (一个月挣七八千，; 房租一个月四千五，; 一头才卖了一万出头):
# the phrase's end, a hedge, or 到 and the range's other end; the words of money are checked with the clause.
_CHANGED_TO = r"(?:降|涨|提|调|加|减)(?:价|了)?"  # (从八百八降到八百, 从三块涨到四块: a price changed to another)
_MONEY_END = (r"(?:出头|左右|上下|之间|不等|以内|以下|往上|以上|(?<=多)一点)?"
              r"(?:[，。；！？”’），,.;!?…\s]|、(?![一二两三四五六七八九十\d])|$"
              r"|[吧呢啊呀](?![\u4e00-\u9fff])"
              rf"|(?:{_CHANGED_TO})?[到至](?=[一两二三四五六七八九十\d])|是有的|都有|[就挺](?=[\u4e00-\u9fff])|了(?=[，。；！？,.;!?\s]|$)"
              r"|算(?=[，。；！？,.;!?\s]|$)|(?<=[百千万])送(?=[一两二三四五六七八九十百])"
              r"|一(?:斤|公斤|千克|碗|份|盘|桌|杯|晚|条|件|只|套|台)(?=[，。；！？,.;!?\s]|$)"
              r"|(?<![十百千零])一(?:米|桶|瓶|箱|挂|吨)(?=[，。；！？,.;!?\s的]|$)"  # (六十八一米, 一百四十五一桶,
              # 三百八一箱, 三千七一吨: a metre's, a barrel's, a box's or a tonne's price; not 三十一米, 一百零一米,
              # 四十一桶, 二十一吨)
              r"|(?<![十百千零])一个平方(?:米)?(?=[，。；！？,.;!?\s的啊呀吧哈]|$)"  # (一千八一个平方: a square metre's)
              r"|(?<![十百千零])一个?(?:钟头|小时)(?=[，。；！？,.;!?\s]|$)"  # (四十五一个钟头; not 七十一个小时: 71 hours)
              r"|(?<![十百千零])一(?:个位|[平位个])(?=[，。；！？,.;!?\s啊呀吧]|$)"  # (六十五一个。, 一百八一个位啊: a
              # piece's or a seat's price; not 六十一个: 61)
              r"|的(?:额度|信用贷|贷款|循环额度|收入|利润)|(?=押金|定金|订金|保证金|包邮)"
              r"|买(?=的(?:[，。；！？,.;!?\s]|$))|买(?:了|来|下))")  # (花两万六买的。: the price paid; not
# 一台二十万买的新车, a car defined by its price)
_SPOKEN_UNIT = (rf"[多余来几把]?[万亿]?[多余来几把]?(?:{_MEASURE_UNITS}|{_CLASSIFIER_RE}|"
                rf"个(?![月星季百亿点钟礼晚]|小时|工(?!人)|年头|多月)|块(?![地田石砖板屏牌钱])|(?={_MONEY_END}))")
# (个: not 三四个亿, 十几个点, 七八个年头, 两三个钟头)
# What follows 块 of money: the phrase ends (8块，), or 钱, a hedge, or a rate (块一斤); 块 of pieces takes its noun.
# Words of money in the clause before a 块 (卖8块, 摊位费600块, 人均几十块, 能挣七八千块, 蜂王一只八十块, 到手九万块);
# not 出让土地23块, 足球场12块.
_KUAI_MONEY = re.compile(r"[一总]共(?:才|花了?)|结账|卖|买|价|钱|挣|赚|花|收入|工资|薪|费|租|补|贵|便宜|"
                         r"收|付|拿|要|人均|元|到手|流水|省下|省了|能省|"
                         r"一单|一顿|赔|亏|营业额|利润|押金|红包|保额|剩|扣|一公斤|一千克|(?:低|高|涨|跌|降)了|"
                         r"一只|一头|一碗|一份|一斤|一串|一杯|一笼|一根|(?:一盒|一瓶|一袋)(?![有装])|一个(?!人)|一片|平均下来|"
                         r"每(?:公里|斤|公斤|千克|吨|人|次|亩|平方米|平米|方)")
# (一只八十块, 鱼价从十六块一斤涨到了二十块: a price; not 全省…12块)
# Pieces cut or shared out (一只西瓜切成十六块, 一头猪分成了二十块): no money, whatever the words of money before
# Ten or more in 块 is money with no word of money (给一百二十块，, 得八百块，, 开销能控制在四百块以内), but not after words
# that count pieces (拼图一共一百块，, 一车能拉五百块，, 月饼一盒有十二块，, 墙上挂了三十块)
_KUAI_COUNTED_BEFORE = re.compile(r"(?:一共|总共|共|有|拉|挂|装|堆|摆|码|切|分|放|铺|砌|垒)了?[^，。；！？]{0,2}$")
_KUAI_CUT = re.compile(r"(?:切|分|剁|掰|划)(?:成|为)?了?$")
# Things counted in 块, named right before the number (全市一共开放公益冰场十四块, 光伏板两百多块, 场地加起来四百一十多块:
# pieces, not yuan; not 球场是两百块一个小时, 场地一共八百块: prices) or right after it (刚开的时候就六块场地,
# 新铺了两块球场; not 只有四五块场地的小馆子, what a kind of place has, nor 一小时八十块场地费, a fee)
_KUAI_THING_NOUNS = "冰场|雪场|球场|场地|屏幕|大屏|光伏板|电池板|太阳能板|广告牌|展板|石碑"
_KUAI_THINGS_BEFORE = re.compile(rf"(?:{_KUAI_THING_NOUNS}|地块|耕地|菜地)(?:加起来|合计)?$")
_KUAI_THINGS_AFTER = re.compile(rf"(?:{_KUAI_THING_NOUNS})(?![的费租])")
# (not 冰场门票五十块, 场地费八百块: a ticket's or a fee's price)
# (一天八十块: pay by the day; not where 块 counts a noun in the sentence: 砖厂一天八千块，月产二十多万块砖)
# One box, bowl or jin of a thing, then a bare number: its price (药一盒三十二，后来集采了), unless a price follows in the
# next clause (盒装的一盒十五，卖二十二块: fifteen in a box; not 一瓶五百: millilitres)
_ONE_PACK_BEFORE = re.compile(r"(?<![\d一二三四五六七八九十两百千万])一(?:盒|碗|杯|份|斤|箱|挂|个位)$")
_PACK_PRICED_NEXT = re.compile(r"[^，。；！？\n]{0,3}[，；][^，。；！？\n]{0,12}?(?:卖|块|元|价|钱)")
_NOT_SOLD = r"(?<!售出)(?<!卖出)(?<!发放)(?<!卖了)"  # (售出年卡两万多, 卖出门票三千: cards and tickets sold, no price)
# Words of money in the clause before an amount said without any unit (一年纯利少说也有一万五, 从银行贷了一百来万,
# 产值三千来万): verbs and nouns of money, whole (发工资, not 发展; 补贴, not 补充; 交钱, not 交通).
_CARD_BOUGHT = rf"{_NOT_SOLD}(?<!办了)(?:月|年|季|次|周)卡"  # (a card a person holds, not one sold: 售出年卡两万多)
_CARD_NAMED_BEFORE = re.compile(_CARD_BOUGHT + r"[，,]$")  # (办的十次卡，三百八: its price next)
_UNITLESS_MONEY = re.compile(rf"花$|(?<!最多)收(?:了)?(?:我|你|他|她|人家)$|要了(?:我|你|他|她|人家)$|"
                             r"(?:基础|精修|入门|高端|标准|豪华|经典)款$|"
                             r"最便宜的?(?:也|都)?(?:得|要)$|最便宜的一(?:家|个|款|套)$|"
                             r"退(?:回来|回|还|给)?了?(?:我|你|他|她|大家)?$|"  # (最便宜的一家两万九; 退回来九十多万了)
                             r"自己(?:还|只|就|也)?(?:要|得|需要)?出$|"
                             r"(?:最高|最多|每人|一人|一户)补$|(?:最高|最多)(?:能|可以?)?赔(?:付)?$|"
                             rf"(?:会员|储值|卡(?![车片]))[^，。；！？\n\d]{{0,6}}充(?:了|值)?$|充值了?$|"
                             # (会员卡充一千: topped up; not 手机才充了八十, a battery's charge)
                             rf"{_NOT_SOLD}(?:门|成人|儿童|夜场|学生|老人|全|半|优惠|单程|往返)票(?:是|要|才|就)?$|"
                             # (花两万六买的, 门票二十, 夜场票四十; not 门票预约了三百: bookings)
                             rf"{_CARD_BOUGHT}(?:是|要|才|就|只要)?$|"
                             # (有的月卡一百九十九都有: a card's price; not 售出年卡两万多, cards sold)
                             r"(?:剪头|剪发|理发|洗头|洗车)(?:是|要|才|就)?$|给我出$|"  # (男士剪头十五; 车商给我出六万)
                             r"挣|赚|花(?:了|掉|销|费)|收入|工资|工钱|薪|房租|租金|费|卖|买|贷(?:了|款)|投(?:了|入|资|进)|"
                             r"流水|产值|营收|营业额|销售额|纯利|毛利|利润|成本|额度|攒|存(?:了|款)|增收|补(?:贴|助|了)|价|钱|"
                             r"支付|付了|交了|上交|发(?:了|工资|放)|拿(?:了|到)|能拿|分红|罚|到手|剩(?:个|下)?|开销|花销|扣|"
                             r"首付|月供|[房均报开要售标]价|预算|"
                             r"(?:押金|定金|订金|保证金)(?:是|要|才|就|得|交了?|收)?$|"  # (瓶子押金是两百)
                             r"充值了?$|(?<![补扩填])充(?:了|值了?)?[^，。；！？\n]{1,6}送$|"  # (卡里充五百送一百: the gift
                             # money; not 手机才充了八十, a battery's charge)
                             r"人均(?:消费|花费|花了?)(?:是|要|才|就|也就)?$|"
                             # (卡里还有一千多没退; 满二百减五十: a coupon; 给你算九十, 算你三百整: what is charged)
                             r"卡里(?:还)?(?:有|剩下?)$|满[一两二三四五六七八九十百千万\d]+减$|给你算$|算你$|收你$|"
                             # (what is paid on top of a price: 寄到家里的话，另外加六十)
                             r"另外加$")
# A price said bare right after, in its clause or across the comma before it (searched in the 14 characters before):
# a pack's size (两斤装七十九, 五斤装，一百八十八, 两斤装的小桶，一百零八; not 装了三百, a load, nor 五斤装的库存还有三百),
# more on top of a price said just before (一百二十八，再加六十; not 我们再加五百, stock put on sale), or its change said
# in 块 (白天再降五块钱，三十五; 又涨了两块，十八: the group "changed", whose planned change makes the price planned too)
# A price in 块 said for another time after one said for now (九块二啊！去年这个时候才七块多): the time, then the amount
_ANOTHER_TIME_BEFORE = re.compile(r"(?:去年|前年|往年|以前|原来|过去|上个?月|上礼拜|上周)(?:这个?时候|同期|那会儿?)?"
                                  r"(?:才|就|也就|只有|还|是|要|卖)?$")
_KUAI_PRICE_SAID = re.compile(r"([一两二三四五六七八九十]{1,3})块([一二三四五六七八九])?(?:钱|一斤)?")
_READ_OUT_DIGITS = re.compile(r"[〇零一二两三四五六七八九]{7,}")  # (a phone number read out: no figure)
# A price said as tens and tenths, its 块 and 毛 unsaid (标价三十九八, 直播间二十九八), after the words of a price
_TENS_AND_TENTHS = re.compile(r"([一二三四五六七八九]?十[一二三四五六七八九])([一二三四五六七八九])")
_PRICE_JUST_SAID = re.compile(r"(?:价|价格|标价|售价|卖|到手|直播间|团购|秒杀|只要)(?:是|为|才|只要|就)?$")
_STOCK_TALK = re.compile(r"剩(?:多少|几)|还有多少|库存(?:还有)?多少")  # (how many are left, not what they cost)
_PRICED_JUST_BEFORE = re.compile(r"[一两二三四五六七八九十\d]+(?:斤|公斤|千克|盒|箱|袋|瓶|罐|包|件|只|个)装"
                                 r"(?:的(?:小|大)?(?:桶|瓶|罐|盒|箱|袋|礼盒|玻璃瓶)?)?[，,]?$"  # (一斤装的六十八)
                                 r"|[一两二三四五六七八九十百千]{2,}[，,]再加$"
                                 r"|(?P<changed>(?:降|涨|减|加|便宜|贵)了?[一两二三四五六七八九十\d]{1,3}块钱?[，,])$")
# The words of money a sentence names before an amount's clause (份子钱一个月四千五，…一人两千二百五): money's nouns.
_MONEY_NOUNS_WORDS = r"钱|元|块|费|工资|收入|房租|租金|价|流水(?![线席账])|营业额|营收|利润|礼金|随礼"
_MONEY_NOUNS = re.compile(_MONEY_NOUNS_WORDS)
_POPULATION_BEFORE = re.compile(r"人口[^，。；！？\d]{0,5}$")  # (a population said in 万 with no unit: people)
_COUNTED_PEOPLE_BEFORE = re.compile(r"人口|人数|粉丝|游客|客流|人次|员工|职工|学生|用户|会员|观众|访客")
# A day's, month's or year's takings right before the amount (一个月七八千, 一天也就两三百吧; not 每年三月十五).
# A price said again bare (``_ZhExtractor._echoed_prices``): all numerals, within this many characters of where it was
# read, a phrase of its own: at a sentence's, a clause's or a turn's start, and ending at a mark.
_ALL_NUMERALS = re.compile(rf"[{CN_DIGITS}]+")
_ECHO_REACH = 300
_ECHO_BEFORE = re.compile(r"(?:^|[，。！？：；\n、】）)]|[，。！？：；\n]那?就?)$")
_ECHO_AFTER = re.compile(r"[，。！？；、]")
_PER_TIME_MONEY = re.compile(r"(?:一|每)场$|(?:一|每)(?:天|个月|月|年|晚上?|斤|公斤|吨|桌|碗|盘|份|节(?!课)|个?人|桶[球水])"
                             r"(?:下来|到头)?"
                             r"(?:能|就|也就|才|也|都|大概|差不多|少说|卖到?|按|要|收)*"
                             r"(?:有|是|落下?|落个|挣个?|赚个?|拿到?|还(?:贷款?)?)?$"  # (分期每个月还三百多: repaid;
                             # 拉坯体验，一个人一百二十八: a person's price)
                             r"|(?:一|每)(?:斤|公斤|瓶|盒|袋|包|桶)(?:下来)?还?不到$"  # (一斤还不到四十, 一瓶不到二十八:
                             # under that a jin, a bottle; not 游客一天还不到五十: people)
                             # (what a whole price comes to per lesson, day or person: 合下来一节课一百六十八)
                             r"|(?:合|算|摊|平均)下来[，,]?(?:一|每)(?:节课?|次|天|个月|个?人|斤)(?:就|才|也就|差不多|大概|是)?$"
                             # a class's, a term's or an hour's price only with a verb of charging (私教一节两百,
                             # 一期收六百八, 一个钟要六十; not 一节课四十五, 路上一个小时四十五, 培训班一期三十: a
                             # class's minutes, a time taken)
                             r"|(?:一|每)(?:期|学期|个钟|个?小时)(?:要|收|收费)$|工时费?(?:一|每)个?小时(?:要|收)?$"
                             # (an hourly worker's hour: 请的是钟点工，一个钟头四十; not 路上一个小时四十五)
                             r"|钟点工[^，。；！？\n]{0,6}[，,]?[^，。；！？\n]{0,6}?(?:一|每)个?(?:钟头|小时)$"
                             r"|(?:一|每)(?:斤|公斤|桌|碗|盘|份|晚)从"
                             rf"(?:[^，。；！？\n]{{1,6}}?{_CHANGED_TO}(?:到|至))?$")
# (一桌从八百八降到八百: a price per table before and after its change)
# A spoken amount clipped of its last place (一百二, 四千二, 七万三, 十一万四: 120, 4,200, 73,000, 114,000) said bare:
# the form speech uses for money, read as yuan where the talk before it, in its turn or the turns just before, is of
# money or prices (``_ZhExtractor._clipped_money``)
_CLIPPED_NUMERAL = re.compile(r"[一两二三四五六七八九十]{0,3}[百千万][一两二三四五六七八九]")
# (or its clause names what the amount is paid per: 一节课一百八, 一平四千二, 一晚六百八, 打井一米一百八, 水泵一台四千八;
# not 来了一千二: people)
_CLIPPED_PER = re.compile(r"(?:一|每)(?:节课?|堂课?|课|次|晚|平米?|个平方|个?月|年|学期|期|桌|斤|盒|箱|瓶|对|条|件|张|"
                          r"把|辆|米|台)"
                          r"(?:要|才|就|得|是|收|卖)?$")
# (a verb of coming, going or keeping right before a bare amount: 早上来了一千二, 养了三千二: counted, not money)
_COUNTED_VERB_BEFORE = re.compile(r"(?:来|走|跑|站|坐|住|养|种|招|报名|考|开|骑|飞|游|长|活|等)了?$")
# What an earlier time had, said right after a figure (前年才, 去年也就, 那时候只有): ``_ZhExtractor._unit_carried``
_EARLIER_TIMES = "去年|前年|往年|以前|原来|过去"  # (earlier times named in talk: also _TIME_THEN_IS's)
_EARLIER_SAID_BEFORE = re.compile(rf"(?:{_EARLIER_TIMES}|上年)(?:这时候|同期)?"
                                  r"(?:才|是|就|只有|也就|只|还是|不到)?")
# (the figure before it and its unit of things or weight, ending its clause: 种了三百一十颗，; 也就是九百斤，比去年强点儿。)
# (not 三十六一斤 nor 五十斤一袋, 一袋: a price or a size per measure; not 一个月: time)
_CARRIED_FIGURE_BEFORE = re.compile(rf"(?:(?!一[颗斤公吨个家台辆只头件单桌间套棵箱盒袋]){_CN_NUM}|\d+)[多余来]?"
                                    r"(?<![二两三四五六七八九零]一)"
                                    r"(颗|斤|公斤|吨|个(?![月星礼钟季半]|小时)|家|台|辆|只|头|件|单|桌|间|套|棵|箱|盒|袋)"
                                    r"(?![钱一每])[^，。；！？\n\d]{0,8}(?:[，,][^，。；！？\n\d]{0,8})?[，。；！？]\s*$")
_MONEY_TALK = re.compile(_MONEY_NOUNS_WORDS + r"|贵|便宜|[收交付花](?=了|钱|费|款|[一两二三四五六七八九十百千万\d])|"
                         r"[买卖](?=了|的)|挂牌|首付|套餐|提成|底薪|成本|预算|租|补贴|补助")  # (money's nouns, prices'
# words and paying with what is paid)
# (a rent or a subsidy per mu: 地租，一亩六百五; 补贴一亩折下来大概一百六)
# (亩产一千二: jin, no money)
_FREE_SHIPPING_AFTER = re.compile(r"[，,]?\s*包邮")  # (五斤装一箱，六十八，包邮: a price, post free)
# What a tradesman charges, where the talk just before is of a charge (您上门开一次收多少？ / 我们一般收八十; 工钱我收三十;
# not 玉米一亩地一般收一千二, a yield, nor 一个班一般收三十, children taken in)
_CHARGES_BEFORE = re.compile(r"(?<![亩地])(?:一般|都|就|才|只|我们|我|咱)收$|(?<=一次)就?合$")  # (not 一亩地一般收一千二:
# a yield)
# (游一场多少钱？ / 单次的话，成人四十，一米二以下的小孩二十五; 这么算下来，一次就合二十五: prices listed or worked out;
# not 今年报名的成人三百二, people enrolled)
_CHARGE_TALK = re.compile(r"收多少|多少钱|收费|怎么算|怎么收|价钱|价格|票价|价位|工钱|手工费|上门费|开一次|开锁|花多少|"
                          r"花了多少")
_CHARGE_TALK_PER_JOB = re.compile(r"一次|一户|一单|一趟|一回")  # (一般一户我收一百五: a job's charge; not for a list of
# people, 一户一户登记过，老人一百二)
_PRICES_LISTED_FOR = re.compile(r"(?<!报名的)(?<!报名)(?:成人|大人|小孩|儿童|学生|老人)票?$")
_HEADS_ASKED = re.compile(r"多少人|几个人|多少位|多少名")  # (这次一次来了多少人？ / 大人八百，小孩六百: people)
# A fee named first in its sentence, its amounts said bare after (上门费啊，镇上三公里以内，二十。出了镇到村里，三十到五十。)
_FEE_TOPIC = re.compile(r"[^\S\n]*(?:[^：:\n]{1,8}[：:])?[^，。；！？\n]{0,4}费(?:啊|呢|吧|嘛)?[，,]")
_PER_TABLE_BEFORE = re.compile(r"一桌(?:饭)?(?:不超过|不得超过|最多|最高|控制在)?$")  # (一桌不超过四百, 一桌六百;
# not 一桌最多十二, people at a table: a hundred or more only)
_YIELD_BEFORE = re.compile(r"(?:亩产|单产|产量|总产)(?:是|有|能到|达到|大概|差不多|才|就|也就)*$")
_MU_MONEY = re.compile(r"租|补贴|补助|钱|价|费")  # (what is paid per mu)
_GROWN_BEFORE = re.compile(r"[收打产长种摘]")  # (一亩打了一千二, 一亩地能收一千二: a yield per mu)
# Words of what a clipped number counts or measures, in its clause or the one before: viewers, likes, fans, blood
# pressure, height, altitude, a queue, an area, a yield, fruit set, trees (not money)
_CLIPPED_NOT_WORDS = re.compile(r"观看|在线|点赞|粉丝|关注|血压|高压|低压|身高|体重|海拔|排队|排了|面积|亩产|产量|挂果|"
                                r"棵|树|人数|人口|游客|客流")
_CLIPPED_PER_MU = re.compile(r"(?:一|每)亩(?:地)?[^，。；！？\n\d]{0,6}$")
_AGE_BEFORE = re.compile(r"(?:今年|年纪|年龄|岁数|年过|年近)(?:已经|已|才|都|也)?(?:有)?$")
# A price said bare in a list of prices (五花肉十四块一斤，瘦肉十六; 前腿肉便宜点，十五块。排骨贵，二十八; 批发四十二一斤，
# 前年才三十一): the clause right before the number's names a price with its unit (块, 元, 毛) or a price per unit said
# bare (四十二一斤, 洗一次三十), and the number's own clause is short and names an item or a change of price (瘦肉, 前年
# 才), not a count, an age, a time, a rank, a score, a measure or a rate; or a price per use or serving comes right
# before it (剪一次二十五, 一笼十二, 大份十五). Never where the last question asks a time, a date, an age, a growth, a
# length of time or a count, nor in quotes (“十四五”).
_PRICE_WITH_UNIT = re.compile(rf"(?:\d+(?:\.\d+)?|[{CN_DIGITS}]+)(?:块钱?|元|毛钱?)(?=[一每，,。；;、！？!?\s多左上]|$)"
                              rf"|(?:一|每)(?:次|笼|晚|碗|份|杯|天|斤|个月|平|个钟|台|件|条)(?:要|才|就|得|是|卖|收)?"
                              rf"[{CN_DIGITS}]{{2,}}(?=[，。；！？\n])"
                              rf"|[{CN_DIGITS}]{{2,}}(?:(?:一|每)(?:晚|斤|次|碗|份|杯|位|条|件)|(?<![十百千零])一平|每平)")
_PER_USE_BEFORE = re.compile(r"(?:一|每)(?:次|遍|笼|杯)(?:要|才|就|得|是|收)?$"
                             r"|(?:搓澡|洗澡|剪发|理发|按摩|足疗|修脚|拔罐|刮痧)(?:一|每)位(?:要|才|就|得|是|收)?$|[大小中]份(?:的)?$"
                             r"|[换买配装]一组(?:要|才|就|得|是|收)?$"  # (换一组三百五; not 分成两组，一组十二)
                             r"|[剪理洗补修换烫染擦配]个[\u4e00-\u9fff]{1,2}(?:要|才|就|得|是|收)?$"
                             r"|[洗修补换改做](?:一|每)[件双条台][\u4e00-\u9fff]{1,3}(?:要|才|就|得|是|收)?$")
# (剪个头得六十多, 洗一件羽绒服三十五: a service's price said bare)
# A price per square metre, hour, machine or piece said bare (贴瓷砖一平八十, 钟点工一个钟四十五, 空调清洗一台一百二),
# where the words before name a service or its price (not 宿舍每间十二: beds; 大巴一台五十: seats; 单程要一个钟四十五:
# an hour and three quarters)
_PER_PIECE_BEFORE = re.compile(r"(?<![要得花用开坐走])(?:一|每)(?:平|个平方|个钟|台|件|间)(?:要|才|就|得|是|收)?$")
_SERVICE_PRICE_WORDS = re.compile(r"价|钱|收费|费|报价|团购|清洗|洗|修|贴|装|刷|卖|买|要价|开价|钟点工|保洁|家政|小时工|"
                                  r"月嫂|护工|按摩|足疗")
_ITEM_CLAUSE = re.compile(r"[^，。；！？、\n\d]{1,8}")
_NOT_PRICE_BEFORE = re.compile(r"岁|年纪|年龄|多大|几点|点钟|号|第|(?<!成)人|成人(?!票)|家|户|辆|台|分钟|小时|"
                               r"(?<![今明昨当每])天|个月|重|度|工期|阿姨|大姐|大哥|大爷|大妈|"
                               r"米|亩|粉丝|客|单|件|笼|桌|趟|次|能卖|卖了|有|双|老伴|孙|娃|(?<!点)儿|闺女|一个|比|[开忙干等]到|"
                               r"房间|路程|离|公里|增长|涨了|降了|下降|过了|拉开|领先|落后|赢|输|目标|盒|箱|袋|筐|"
                               r"[一每整](?:提|包|板)|爸|妈|爷|奶|她|他|学生|游客|总数|率|排名|排到|排在|还排|楼|坐|转车|"
                               r"转乘|考了|考试|科目|最高|最低|零下|气温|温度|出肉|能出|出了|超过|死|剩|[这那一]套|面积|那块|"
                               r"算起来|[“‘\"'「『《]")  # (“双11”, ‘十一’: names)
# The last question before a bare number asks no price when it asks a time, a date, an age, a growth or a count.
_NOT_PRICE_QUESTION = re.compile(r"几点|哪天|几号|多少号|什么时候|多大|几岁|年纪|增长|涨了多少|百分之|几成|多远|多重|多少斤|"
                                 r"几个|多少个|多少人|几个人|多少盒|多少车|几年|多少年|多久|多长时间|多快|几楼|多少度|多冷|多热|"
                                 r"多少分|多少亩|多少平|几路|多少[^钱？\n]{0,3}[人个盒车家户辆台趟次天斤公里]")
_SPEAKER_LABEL = re.compile(r"^[【\[（(][^】\]）)\n]{1,12}[】\]）)]")
# A question of price in the turn just before (多少钱一笼？, 牛肉现在什么价？, 洗一次车多少钱？): a number said bare in the
# first two sentences of the answer is a price (豆浆两块, 素馅的十块, 四十五); not where it asks a time, a date, an age,
# a growth or a count, unless it names the price itself (多少钱, 什么价); not 一块 of "together" (我跟我妹妹一块, 混一块).
_PRICE_NAMED_WORDS = (r"多少钱|好多钱|(?<![很更太许么好老不])多钱|几块钱|什么价|啥价|怎么卖|咋卖|价格|价钱|价位|票价|"
                      r"收费(?![站员口处])|收好多|"
                      r"怎么收(?=费|钱|的)")  # (a question that names the price itself, 多钱 as in the north-east; not
# 收费站, a toll station; nor 这么多钱, 那么多钱, 不多钱: an amount talked of, no question of price)
_PRICE_NAMED = re.compile(_PRICE_NAMED_WORDS)
_PRICE_QUESTION = re.compile(rf"{_PRICE_NAMED_WORDS}|花了?多少(?=[？?，,呢啊]|$)|多少一[斤个碗份笼杯次晚位平条只件]|"
                             r"(?:挣|赚|(?:一个月|一年|一天|每个?月|每天)(?:能|可以)?拿)(?:了|个|到)?多少(?=[？?，,呢啊钱]|$)")
# (一个月下来能挣多少？, 救生员一个月能拿多少？: pay; not 一次从批发市场拿多少, stock)
# (not 一次能拉多少, 一笼有多少, 一亩地能收多少, 一天能卖多少: counts and yields)
# A change of a price or a wage said bare right after a verb of change (去年是一千，今年市场给降了一百; 一天一百六，去年是
# 一百四，今年涨了二十; 份子钱…去年公司降了六百): money where the 40 characters before it, on its line, name money (a
# price with its unit or a noun of money); its sign from the verb.
_CHANGED_BY = re.compile(r"(涨|降|掉|跌|便宜|贵|少|多|加|减|提|上调|下调)(?:了|(?<=便宜)|(?<=贵))"
                         r"(?:约|近|差不多|大概|将近)?$")
# (比店里便宜三十: a price's gap said without 了, after 便宜 or 贵 only)
_CHANGE_FALLS = frozenset(("降", "掉", "跌", "便宜", "少", "减", "下调"))
_TOGETHER_BEFORE = re.compile(r"[跟和同与混凑放堆搁]")
_PACK_BEFORE = re.compile(r"[一每](?:箱|盒|袋|包|件|捆|提|桶)(?:是|有|装|装了)?$")
_COUNTED_PIECES = frozenset(("根", "个", "只", "瓶", "袋", "包", "块", "颗", "支", "条"))
_PIECES_HELD = re.compile(r"[装有切分成]")  # (一盒装八九块, 一盒有十二块, 切成两块: pieces, not a price in a list)
# A text's first line that names the office issuing it (文安县商务局, 廊坊市统计局): ``_ZhExtractor._issuer_city``
_FIRST_LINE = re.compile(r"\s*([^\n]*?)\s*(?:\n|$)")
# The issuer a source line names (来源：环县农业农村局): its first two characters, for ``_issuer_county``
_SOURCE_ISSUER = re.compile(r"(?:来源|信息来源|发布机构|发布单位)[：:]\s*([\u4e00-\u9fff]{2})"
                            r"(?=[\u4e00-\u9fff]{0,8}(?:局|委员会|人民政府|政府|办公室|融媒体中心))")
_AFTER_ISSUER_NAME = re.compile(r"(?:19|20)\d\d|关于|[\u4e00-\u9fff]{0,8}(?:局|委员会|人民政府|政府|办公室)")
_ISSUER_END = re.compile(r"(?:局|委员会|委|人民政府|政府|办公室|办|厅|中心|站)$")
# A time, then 是: what a price was then (上个月还是一百一十五, 去年黑坑是一百; not 这学期学员是一百二十: people)
_TIME_THEN_IS = re.compile(rf"(?:上个?月|这个月|{_EARLIER_TIMES}|今年|那时候?|上周|上礼拜)"
                           r"[^，。；！？\n\d员人客户家]{0,5}?(?:还|也|都|就)?是")  # (去年一张年卡是三百六)
_COUPON_OFF_BEFORE = re.compile(r"满[一两二三四五六七八九十百千万\d]+减$")
_PER_BOTTLE_BEFORE = re.compile(r"(?:一|每)瓶(?:要|才|就|得|是|收)?$")
_BOTTLE_MONEY = re.compile(r"买|卖|便宜|贵|价|钱|费|花|拍|链接")
_PER_HEAD_MONEY = re.compile(_MONEY_NOUNS_WORDS + r"|团购|消费|花|买")  # (网上团购的，人均一百五; not 快递员，人均两百多)
_ITEMS_FOR = re.compile(r"[两二三四五六七八九十]{1,2}(?:盒|箱|瓶|袋|包|斤|对|个|件|张)")  # (三盒四十: so many, for a price)
_LISTED_BARE = re.compile(rf"([^，。；！？、\n\d]{{1,8}})([{CN_DIGITS}]{{2,}})$")  # (后腿十七: a bare price listed)
_UP_TO_CLAUSE_MARK = re.compile(r".*[，,；;：:。！？!?\n]", re.DOTALL)  # (greedy: to the last mark, one call)


def _caption_units(caption: str) -> list[str]:
    """The units a table's caption line lists (单位：亿元，%: 亿元 and %; 单位：元/吨: 元, what it is per left out)."""
    named = re.split(r"[：:]", caption.split("\n")[0], maxsplit=1)[1].strip().rstrip("）)")  # (（单位：万立方米，万元）)
    return [part.strip().split("/")[0] for part in re.split(r"[，,、；;]", named) if part.strip()]


def _said_more(qualifier: str, more: str, above: bool) -> str:
    """The qualifier of an amount said with 来 or 把 (about: 十来万), 多 or 余 or 出头 (over: 两万多, 一万出头; a
    forecast's lower bound: 秋茶估计能卖两万多), from the one its words before and after gave."""
    if more in ("来", "把") and qualifier == "exact":
        return "approximately"
    if (more in ("多", "余") or above) and qualifier in ("exact", "approximately"):
        return "over"
    if (more in ("多", "余") or above) and qualifier == "forecast":
        return "expected_over"
    return qualifier


def _after_last_mark(text: str, lo: int, hi: int) -> int:
    """Just after the last clause or sentence mark in text[lo:hi], or 0 when there is none."""
    m = _UP_TO_CLAUSE_MARK.match(text, lo, hi)
    return m.end() if m is not None else 0


# What makes a bare county-level city's name in a title a place: the people, trade or streets of it after it (钟祥养鸡大户,
# 嵊州早市, 兰溪杨梅), or a verb of going there before it (走进, 探访, 来到)
_PLACE_AFTER = re.compile(r"(?:[养种卖开做收][\u4e00-\u9fff]{0,2}(?:大户|户|农|人|的|店)|大户|农户|菜农|果农|茶农|村民|市民|"
                          r"老板|小伙|姑娘|大姐|大哥|师傅|宝妈|宝爸|家长|网友|人|的|老街|县城|街头|城区|早市|夜市|菜市场?|市场|集市|乡村|农村|"
                          r"探店|物价|特产|杨梅|[\u4e00-\u9fff]{0,2}(?:大户|农户|菜农|果农))")
_PLACE_BEFORE = re.compile(r"(?:走进|探访|来到|打卡|逛|在|去|到|回)$")
_LOWER_END_BEFORE = re.compile(rf"((?:{_CN_NUM})|\d+)[到至]$")  # (the lower end of a range said before its upper end)
_MONEY_TAIL = re.compile(r"([多余来把]?)([万亿]?)([多余来把]?)")
_MONEY_END_RE = re.compile(_MONEY_END)
_PRICE_LISTED_BEFORE = re.compile(rf"(?:[\d.]+|[{CN_DIGITS}]+)(?:块钱?|元)(?:左右|上下|多)?"
                                  r"(?:一|每)(?:斤|公斤|千克|两|个|只|把|根|份)[，、；]"
                                  r"(?:[\u4e00-\u9fff]{1,4}的|(?:(?![切装分剁掰划买吃拿给送开碎掉好成了])[\u4e00-\u9fff]){1,4})$")
# (the next item named, bare or with 的, no verb of pieces: 粉藕六七块, 散装的十二三块; not 一盒装八九块, 西瓜切开七八块)
_PAIR_COUNTED = frozenset(("台", "头", "艘", "架", "套", "场"))  # (things a spoken pair counts: 七八台车, 五六头牛;
# sessions of a game or a show, 一天能开四五场; not 三四次, as 一次 alone is no figure)
_KUAI_PER_TIME = re.compile(r"(?:一|每)(?:天|个月|月|年)(?:下来|到头)?$")
_KUAI_PIECES = re.compile(rf"(?<=[\d０-９{CN_DIGITS}万多余来几])块"
                          r"(?![钱钟]|以[内上下]|左右|上下|之间|出头|多|一(?:斤|公斤|千克|两)(?!重))[\u4e00-\u9fff]")
# (not 四百块以内: money's; not 二十六块一公斤: a price; not 运费这块, 粪块: a numeral counts pieces, 二十多万块砖)
# 十三块一斤: a price per measure, money (not 两块一公斤左右的肉块, 三块一两的金条: pieces)
_PER_MEASURE_ZH = re.compile(r"一(?:[斤碗杯份个把根只盒袋]|(?:公斤|千克)(?![左的重]))|每")
_THRESHOLD_SIGNS = frozenset("≥≤＞＜><⩾⩽")
_SMALL_MEASURE_STOP = re.compile(r"[地的半车级外]|[一二三四五六七八九]分")  # (五亩地, 两亩三分地, 两吨半, 五吨车, 五公里外)
# (新开了两家, 客房八间, 新增两艘, 店里摆着八张桌子, 两栋棚, 成交了七宗住宅用地, 问题秤三台, 就有三户: counted,
# as the labelled texts give them; not 二套住房, a second home, nor a place named, 七台河, 五台山)
_SMALL_COUNTS = frozenset(("家", "间", "艘", "张", "栋", "套", "座", "宗", "列", "台", "户"))
# Two to nine of what a business counts as its own: the workers it hires, its livestock, rooms, sheds, machines and
# lines (请了六个工人, 雇了三个人, 有四头牛, 两间带露台的套房, 五个棚, 添了两台揉捻机, 两条生产线); not a phrase's
# classifier (三个方面, 两条主线, 两个环节), nor time (两个月, 三个多小时), nor people in general (两个人吃).
_SMALL_COUNTED = {
    "个": re.compile(r"(?:本村的|村里的|附近的|年轻|本地的?)?(?:工人|帮工|阿姨|大姐|徒弟|员工|伙计|师傅|厨师|服务员|教练|"
                    r"(?:舞蹈|钢琴|美术)?老师|(?:技|医|药|验配|理发|设计|配镜|按摩|美容|美甲|化妆|摄影)师|店员|营业员|保洁|"
                    r"年轻人|帮厨|帮手|(?:大|温室|蔬菜|冬暖式?)?棚|海外仓|收购点|门店|分店|养殖场|网点|冷库|仓库|"
                    # (classes of a year or a school, work bays, stalls: 一个年级四个班, 两个工位, 五个摊)
                    r"班(?![子车长主组])|工位|摊(?:子|位)?|档口)"),
    "只": re.compile(r"(?:小|母|公|肉|活|大)?(?:羊|鸡|鸭|鹅|兔子?|鸽子?)(?!公司|网络|集团|科技)"),  # (一天杀三只羊;
    # not 三只手, nor a firm named 三只羊公司)
    "头": re.compile(r"(?:小|奶|母|肉|基础母|黄|耕|种)?(?:牛|猪|羊|驴|牦牛|骆驼)"),
    "间": re.compile(r"[^，。；！？\n]{0,6}?(?:客?房|铺面|门面|包间)|[，。；！？]"),
    "台": re.compile(r"[^，。；！？\n]{0,8}?(?:机|机组|设备|车)"),  # (买了两台车)
    "条": re.compile(r"[^，。；！？\n]{0,8}?(?:生产线|航线|绕线线|街区)"),
    "栋": re.compile(r"[^，。；！？\n]{0,4}?(?:鸡舍|猪舍|牛舍|羊舍|大棚|厂房|仓库|宿舍|楼)"),
    "节": re.compile(r"[^，。；！？\n]{0,2}?课"),  # (一周三节课, 两节体育课)
    "辆": re.compile(r"[^，。；！？\n]{0,4}?(?:三轮|货车|卡车|客车|大巴|面包车|拖拉机|教练车|冷藏车|铲车)"),
    "块": _KUAI_THINGS_AFTER,  # (刚开的时候就六块场地: courts, fields, screens)
}
# The turn before asks how many
_HOW_MANY_ASKED_ZH = re.compile(r"几(?P<word>[个次家回场间台名位])(?P<noun>[^？?\n。]{0,8})[？?][^\S\n]*$")
_ABSTRACT_COUNTED = re.compile(r"方面|阶段|问题|环节|原因|步骤|部分|层面|目标|任务|重点|措施|特点|方向|渠道|途径")
_ANSWER_NOUN = re.compile(r"(?![吧啊呢呀左上以的，。、；！？,.;!?\s])[\u4e00-\u9fff]")  # (the answer names a noun)
_SENTENCE_END_ZH = re.compile(r"[。？！?!，,；;]")  # (the answer's first words: not 三四次吧，一次下来)
_SAME_COUNT_WORD = {"位": "个", "名": "个", "回": "次"}  # (几个人？ / 最多八位; 几回？ / 差不多四次)
_TAUGHT_BEFORE = re.compile(r"(?:带|教|收|招)了?$")
_PUPILS = re.compile(r"(?:孩子|小孩|学生|学员|小朋友|徒弟)")
_HANDLE = re.compile(r"“[^”\n]{1,14}”(?=问|说(?!明)|留言|评论|提问)|【(?:弹幕|评论)[·・:：\s][^】\n]{1,20}】")
# (a viewer's handle, read out, or a comment's label, 【弹幕·包头的兰兰】; not “衢州有礼”说明会, “成都发布”发来消息: an
# event's or an office's name)
_NEW_BUILT_BEFORE = re.compile(r"(?:新增|新建|新开|新添|建成|新设|再开|再建|再设)了?$")  # (今年打算在社区再开两个公益托管点)
# Things placed or fitted, counted (门口放了四个回收桶, 路口装了三个摄像头; not 放了两个假, 装了两个支架)
_PLACED_BEFORE = re.compile(r"(?:放|摆|设|装|安)了$")
_PLACED_THINGS = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:桶|箱|柜|摊位|牌|灯|摄像头|椅|桌|棚|亭|岗|充电桩|机|点)")
_HIRED_END = re.compile(r"[，。；！？,.;!?\s]|$")  # (舞蹈老师请了三个 都是…: the people hired named before)
_HIRED_BEFORE = re.compile(r"(?:请|雇|招|聘)(?:了|来)?$|(?:一共|总共|共)(?:有|是)?$|"
                           r"(?:(?:店|铺子|厂|摊|(?:我们|咱们|快递|驿)站|档口|车间)里|船上)(?:现在)?(?:有|就)?$")
# (雇了三个人, 店里一共七个人, 现在店里三个人, 我们站里六个人, 船上六个人; not 公交站里两个人在排队)
# Two to nine rounds of an inspection, and what it found (开展了三轮专项检查, 每个月至少查两次, 上个月来查了两回,
# 查扣了七条黑船, 有九批次不合格, 发现问题的有五条): counted, as the bureaus' reports are (not 查了两个小时, 两次卡)
_INSPECTION_ROUNDS = frozenset(("轮", "次", "回"))
_INSPECTION_FINDS = frozenset(("批次", "批", "条", "家", "起", "宗", "户", "台", "件"))  # (not 个: 有三个指标不合格)
_INSPECTING_BEFORE = re.compile(r"(?:抽检|巡查|督查|抽查|暗访|查扣|查处|(?<![调检审复追排筛])查)了?$")  # (not 调查了两次,
# 去医院检查了三回; and 开展, 组织, 进行 only of an inspection named after the rounds: 开展了三轮专项检查, not
# 进行了三轮修改)
_ROUNDS_OF_BEFORE = re.compile(r"(?:开展|组织|进行)了?$")
_INSPECTION_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:检查|抽查|抽检|巡查|督查|执法|整治|排查|检测|暗访)")
_OFFICE_CHECKED = re.compile(r"对[^，。；！？]{1,14}(?:检查|复查|排查)了?$")  # (所对这家店检查了三次; not 去医院检查了三回)
_SAMPLED_BEFORE = re.compile(r"抽检|抽查|检查|检测|抽样")  # (抽检的二十个样品中，有三个不合格: of samples)
# A span of time right before a small count of times (一个礼拜来两回, 一个星期三四回, 每周去两趟): how often
_PER_SPAN_BEFORE = re.compile(r"(?:一个?(?:礼拜|星期|周|月)|每(?:个)?(?:礼拜|星期|周|月|天)|一天)"
                              r"(?:至少|最少|最多|大概|差不多|也就|能|得|要)?[来去跑做练上]?$")
_DOSE_WORDS = re.compile(r"(?:药|片|胶囊|粒)[^，。；！？\d]{0,6}?(?:一天|每天|一日|每日)(?:吃|服)?$")
_OFTEN_ENDS = re.compile(r"[，。；！？,.;!?\s吧啊呢呀]|$")
_INCIDENT_BEFORE = re.compile(r"(?:出了|发生了?|罚了|处罚了?|查处了?)$")  # (出了两起事, 一共罚了九起: incidents)
# The most one may buy or take (一个人一次最多买五箱, 每人限购两箱): a cap counted in a classifier
_CAPPED_BEFORE = re.compile(r"(?:最多|至多|限)(?:能|可以?)?(?:买|购|领|带|卖)?$")
_CAPPED_COUNTS = frozenset(("箱", "件", "只", "瓶", "盒", "袋", "张", "份", "台", "套", "桶", "挂"))
_SEIZED_BEFORE = re.compile(r"(?:查扣|查处|查封|取缔|关停|立案)了?$")
_FOUND_BEFORE = re.compile(r"(?:发现问题|存在问题|不合格|有问题|不达标)的(?:有|是|共)?$")
_FAILED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:不合格|不达标|存在问题|有问题)")
_NOT_A_FIND_AFTER = re.compile(r"半|小时|钟头|星期|礼拜|月|天|年")
_SMALL_MEASURES = frozenset(("亩", "吨", "万吨", "公斤", "千克", "公里", "平方米", "万元", "亿元"))  # (我家入了五亩: 5 mu;
# not 五亩地, a plot named, nor 每亩)
_PER_WEIGHT_ZH = re.compile(r"一(?:斤|公斤|两)(?!重)")  # 两块一斤: a price (not 分成两块一个, 两块每块: pieces)
_PAID_NOUN = r"[\u4e00-\u9fff]{0,2}(?:费|租金|工钱|工资|补贴|补助)"  # what money is paid as (流转费, 补贴)
_KUAI_ENDS = re.compile(rf"[，。；、！？”）),.;!?\s]|$|钱|左右|上下|之间|不等|以[内上下]|多|出头|就|也|都|"
                        r"[吧呢啊呀](?![\u4e00-\u9fff])|到底|"  # (一个月挣一万块吧。: a hedge, then the end; 一杯12块到底…)
                        rf"一(?:[个斤碗份天月年杯把根只盒袋串单]|(?:公斤|千克)(?![左的重]))|每|"
                        rf"{_PAID_NOUN}|分红|"
                        rf"(?:{_CHANGED_TO})?[到至](?=[一两二三四五六七八九十\d])")
# (二十六块一公斤, 二十八块到三十块, 从三块涨到四块)
_KUAI_PAID = re.compile(rf"{_PAID_NOUN}(?!公示|牌|单|表|栏|证|卡)")  # (四百块流转费: money named after it; not
# 二十块补贴公示牌: boards)
_NOT_A_CENT_BEFORE = re.compile(r"(?:不(?![到足])|没|免|别|未)[\u4e00-\u9fff]{0,4}$")
# (不收老百姓一分钱, 没拿一毛钱: none; but 不到一毛钱: under)
_COIN_ENDS = re.compile(r"[，。；！？”’）),.;!?\s]|$|[吧呢啊呀](?![\u4e00-\u9fff])")  # (一斤谷一毛钱，: a tenth of a
# yuan said whole; not 一毛钱都不给)
_JIAO_ENDS = re.compile(r"[，。；、！？”）),.;!?\s]|$|钱|左右|多|一[斤个碗份杯两度]|每|包邮|了(?=[，。；！？,.;!?\s]|$)")
# (after 九毛二; 六毛一一度, 涨到六毛三了)
_PCT_UPPER_NOT = rf"{_MEASURE_UNITS}|{_CLASSIFIER_RE}|个|块|成|倍|分之|月|日|号|年|点|时"  # (到十个, 到五月: no share's end)
# After 两块五 or 3块6 as a price: its phrase ends, or a measure's price follows (两块五一斤); not 两块五亩
_KUAI_JIAO_AFTER = (r"(?=[，。；、！？”）),.;!?\s]|$|一[斤碗杯份个把根只盒袋块]|一(?:公斤|千克)|"
                    r"钱|左右|上下(?![班车楼学])|往上(?![走涨升爬调])|出头|多|[到至][一两二三四五六七八九十\d]"
                    r"|真的?不|就[能卖买是]|也[不算]|不[贵算]|太贵|是吧|[啊呀吧呢嘛哈啦哦])")  # (三块八真的不贵: what is
# said of the price; 九块八啊, 六十三块五是吧: a particle after it)
_NUMBER = re.compile(
    # 3块6 (3.6 yuan, yuan and jiao in digits as spoken), before the digits alone would take the 3
    rf"(?P<kuaijiaod>(?<![\d.])\d{{1,3}}块\d(?![\d.])毛?{_KUAI_JIAO_AFTER})|"
    r"(?P<digits>(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.])\d+(?:\.\d+)?)"
    # spoken: 七八十家, 两三百个, 七八成 (two neighbouring numerals: a range, each end a figure), 好几千人 (over a
    # thousand), 一个多亿 and 一点三个亿 (亿元 said as 个亿); (a character class first: the look-behind is tried only there)
    rf"|(?P<pairlo>(?=[一两二三四五六七八九])(?<![{CN_DIGITS}第数几前后])[一两二三四五六七八九](?=[两二三四五六七八九](?:[十百千]?{_SPOKEN_UNIT}|成|倍)))"
    # 十六七块, 二十七八万 (16 to 17 yuan, 270,000 to 280,000): the pair after a tens numeral, the lower end with it
    rf"|(?P<tenlo>(?=[一二三四五六七八九十])(?<![{CN_DIGITS}第数几前后])[一二三四五六七八九]?十"
    rf"(?=[一两二三四五六七八][两二三四五六七八九](?:[万亿]?[多余来几把]?(?:{_MEASURE_UNITS}|{_CLASSIFIER_RE}|个(?![月星季百亿点钟礼晚]|小时|工(?!人)|年头|多月)|块(?![地田石砖板屏牌钱])|(?={_MONEY_END})))))"
    rf"|(?P<pairhi>(?=[两二三四五六七八九])(?<=[一两二三四五六七八九])[两二三四五六七八九](?:[十百千](?={_SPOKEN_UNIT})|(?=成)|(?=倍)|(?={_SPOKEN_UNIT})))"
    rf"|(?P<cn>(?<![{CN_DIGITS}第点]){_CN_NUM}(?:点[{CN_DIGITS}]+)?(?=成|倍|个百分点))"  # (一点五倍, 零点三个百分点)
    rf"|(?P<rank>第(?:\d+|[{CN_DIGITS}]+))"
    r"|(?P<first>首位)"
    rf"|(?P<bare>(?<![\d万亿千百十{CN_DIGITS}])(?:万亿元|[百千]亿元)(?!级|以上|俱乐部))"
    r"|(?P<double>翻了?(?:一|两|三|四)番)"
    rf"|(?P<frac>(?<![{CN_DIGITS}]){_CN_NUM}分之{_CN_NUM}(?:点{_CN_NUM})?)"  # (百分之六点二: 6.2 %)
    rf"|(?P<few>(?=[好几])(?<![{CN_DIGITS}])(?:好)?几[十百千](?={_SPOKEN_UNIT}))"
    rf"|(?P<geyi>(?=[{CN_DIGITS}])(?<![{CN_DIGITS}点]){_CN_NUM}(?:点[{CN_DIGITS}]+)?(?=个多?亿))"
    # 两块五 (2.5 yuan), ending its phrase or before a measure's price (两块五一斤); not 十三块一斤, 两块五亩
    rf"|(?P<kuaijiao>(?<![{CN_DIGITS}万亿第数几前后])[一两二三四五六七八九十百零]{{1,6}}块"
    rf"(?:[一二两三四五六七八九]毛?|[一二两三四五六七八九]毛[一二三四五六七八九]|零[一二三四五六七八九]分?)"
    rf"{_KUAI_JIAO_AFTER})"  # (一块一毛五: 1.15 yuan; 四块零五: 4.05 yuan)
    # the upper end of a share's range said once (百分之六到六点五): a numeral alone after 到, read as % where a
    # 百分之 stands before the 到 (before cnunit: that would take it for money said without its unit)
    rf"|(?P<pctup>(?<=[到至])[{CN_DIGITS}]+(?:点[{CN_DIGITS}]+)?(?![{CN_DIGITS}点万亿半]|{_PCT_UPPER_NOT}))"
    rf"|(?P<cnunit>(?<![{CN_DIGITS}万亿第数几点这那哪])(?<![^以之]前)(?<![^以之最]后){_CN_NUM_SAID}(?:[万亿]{_CN_NUM_SAID})*(?:点[{CN_DIGITS}]+)?(?={_SPOKEN_UNIT}|个月|[至到][{CN_DIGITS}]{{1,4}}个月|多?度(?![电假数过])))"
    # (十四点六亿元: 14.6 亿元, the decimal as spoken, not 六亿元; not after 前 or 后, 前三名, 后两个月, but after 以后,
    # 之前 and 最后: 晚上六点以后八十, 只剩最后三百来单)
    # (一半 as said: 补了一半, 一半是老园子, 一人一半; not 另一半, a partner, nor 拉起一半, a door half open; 一多半,
    # 一大半 and 过半 on their own are more than half: not 大半天, 超过半年, 过半数业主同意 (a quorum), 年过半百,
    # "时间过半、任务过半")
    r"|(?P<half>(?<![另起说看走听读写])(?<!说了)(?<!看了)(?<!走了)(?<!听了)(?<!读了)(?<!写了)(?<!住了)(?<!对了)(?<!一半)一半(?!一半)|半数(?<!过半数)|(?<=[超]过)半数|半数(?<=过半数)(?!业主|股东|代表|委员|成员|票|同意|通过)|(?P<overhalf>一[多大]半(?![天年夜辈个])|(?<![超不])(?<!时间)(?<!任务)过半(?![数年天小个月百])))")
# Every character a number of _NUMBER may start with (tests/extraction/test_rules.py works the set out from the
# pattern): a set the engine skips to, where _NUMBER's look-behinds were tried at every position of the text.
_NUMBER_GATE = re.compile(r"[\d〇一七万三两九二五八六几十千半四好百第翻过零首]")
# So many of every N, a share (十个里头有七个, 每15个梧州人里，就有一个, 三家里面有一家, 五个春节游客里就有一个,
# 每三车白菜里就有一车, 每三辆车就有一辆): the whole, a few words of what it counts, 里, then 有 and the part (or, after
# 每, 就有 alone; not 41个工业大类中有29个:
# a statistics bulletin's count of the branches that grew, which the labelled sets give as a count; nor months of a
# year, 十二个月里有八个月: time)
_ONE_IN_N_CL = r"(?:个|家|车|位|人|户|辆|台|名|只|头)"
_ONE_IN_N = re.compile(rf"(?P<every>每)?(?P<n>\d{{1,3}}|[一两二三四五六七八九十]{{1,3}})(?P<cw>{_ONE_IN_N_CL})"
                       rf"(?!月|小时|星期|钟头|年头|季度|工作日|周|礼拜)[\u4e00-\u9fff]{{0,6}}?"
                       rf"(?:(?P<li>里)(?:头|面|边)?[，,]?(?:就|至少|差不多|大概)?有|(?(every)(?:中[，,]?)?就有|(?!)))"
                       rf"(?P<m>\d{{1,3}}|[一两二三四五六七八九十]{{1,3}})(?P<cp>{_ONE_IN_N_CL})?")
# A discount (9折, 8.5折, 八五折, 打九折: the share of the full price paid; not 折合, 折算, 折旧, 折扣) or 百分之百.
_DISCOUNT = re.compile(r"(?<![\d.一二两三四五六七八九十百千万])(?:(?P<n>\d(?:\.\d)?|[一二三四五六七八九]{1,2})折"
                       r"(?![合算旧叠线返射扣腾中])|(?<!个)百分之百)")  # (not 六个百分之百, a slogan)
_REPORT_PERIOD_ESTIMATE = re.compile(r"预计(?:本)?报告期|报告期内?[^。；]{0,40}预计")
_ONE_IN_N_HEDGE = re.compile(r"(?:差不多|大概|大约|约|近|将近|基本上?)$")
_TENTHS_AFTER = re.compile(r"成([一二三四五六七八九半])(?=[，。；、！？\s”）),.;!?]|$|左右|上下|以上|以下|多|了|的|"
                           r"[吧啊呢呀](?![\u4e00-\u9fff]))")  # (坐满了八成五吧: 85 %)
# (八成五, 一成五: 85 %, 15 %, where the phrase ends after them; not 六成一线城市, 八成三甲医院, 三成五金店铺)
# 度 of a temperature: 零下4度, 气温…30度, 水温八十五度 (not 度电, 度假, 糖度15度; the words before say which)
_DEGREES_AFTER = re.compile(r"(多)?度(?![电假数过])")
_TEMPERATURE_TALK = re.compile(r"温度|气温|多少度|几度|降温|寒潮|冷")
_TEMPERATURE_BEFORE = re.compile(r"(?:零下|[气水锅地室体油]温|温度|最高温|最低温)[^，。；\d]{0,4}$")
_HALFWAY_AFTER = re.compile(r"时|的时候|，|,|就|下起|了")
_HALF_SHARE_BEFORE = re.compile(r"(?:占比|比重|比例|进度|份额|占|比率)(?:已经|已|均|都|均已|也)?$")
_METRE_NOT_AFTER = re.compile(r"[/／]|每秒|决赛|预赛|半决赛|接力|跑|自由泳|蛙泳|仰泳|蝶泳|栏|短跑|赛跑|"
                              r"[0-9一二三四五六七八九]")
_METRE_NOT_BEFORE = re.compile(r"(?:限高|限宽|每隔|间隔|相隔|身高|个子|[×x*])[^，。；\d]{0,4}$")
# (said in Chinese numerals, also a distance away: 最后一百米, 离居民楼不到五百米, 距河边三百米)
_SAID_METRES_NOT_BEFORE = re.compile(r"(?:限高|限宽|每隔|间隔|相隔|身高|个子|最后|离|距离?|往[东西南北前后左右]|"
                                     r"走|[×x*])[^，。；\d]{0,10}$")  # (往东一百米有个加油站, 往前走二百米)
_RANGE_LOWER_END = re.compile(r"[\d.]+(?:至|到|—|-|~|～)$")
_CLAUSE_OPEN = re.compile(r"(?:^|[，,；;：:。！？\n])\s*$")
_WHOLE_NAMED = re.compile(rf"[\d{CN_DIGITS}百千万亿]")  # (二十来亩，一半是老园子: the whole the half is of)
_PCT_LOWER = re.compile(rf"百分之([{CN_DIGITS}]+(?:点[{CN_DIGITS}]+)?)(?:到|至)$")  # 百分之六到: a range's lower end
_PCT_UPPER = re.compile(rf"(?:到|至)(?:百分之)?([{CN_DIGITS}]+(?:点[{CN_DIGITS}]+)?)"
                        rf"(?![{CN_DIGITS}点万亿]|{_PCT_UPPER_NOT})")

# The parts of a structure written as a ratio: 三次产业结构为14.5∶28.6∶57.0 (shares in %).
_CAPTION_PERCENT = re.compile(r"单位[：:][^\n]{0,12}[，,、][^\n]{0,3}%")  # 单位：辆，%: rates in % beside the amounts
_TO_ONE = re.compile(r"[:：∶]1(?![\d.])")  # (15.5:1)
_RATIO_CLAUSE = re.compile(r"(?<![同环])比(?![上去前同全较分赛])[^，。；\d]{0,10}(?:\d+(?:\.\d+)?[:：∶]1[^，。；\d]{0,6})?$")
_STRUCTURE_RATIO = re.compile(r"产业结构(?:为|是|调整为)?(?P<parts>\d+(?:\.\d+)?(?:[∶:]\d+(?:\.\d+)?){1,3})")
# A ratio named just before a bare number (城乡居民人均可支配收入之比为2.09, 收入比缩小到2.31).
_RATIO_BEFORE = re.compile(r"(?:之比|比值|收入比|倍差)"
                           r"(?:为|是|达|达到|缩小到|缩小至|缩小为|降至|降为|降到|下降到|由\d+(?:\.\d+)?|"
                           r"由[^，。；\d]{0,8}(?:\d+(?:\.\d+)?(?:缩小|下降|降低|降|扩大|上升)(?:到|至|为))?)?$")
# (收入比由上年同期的1.97缩小至1.94, 收入倍差由上年的1.85缩小至1.81: both ends)
_ABOUT_BEFORE = re.compile(r"(?:(?:(?<![签预制契公婚违履特邀赴相隐])(?<!(?<![每一两二三四五六七八九十\d])[条节])"
                           r"(?:约为|约达|约)|近|接近|将近|大约|近乎)"
                           r"(?:为|达|到)?|"
                           r"大约(?:是|有|在)|约合|"
                           r"(?:^|(?<=[了都经也就是有，,\s]))快|(?<=[就是得要有了都也])小)$")
# (not the 约 of 签约18个项目, 节约, 预约: words of their own; but 每条约5公里, 每节约45分钟: 条 and 节 as measure words)
# (大约是42万头; as spoken, 快二十家了 is nearly twenty, 一年下来就小五千块钱 nearly 5,000: not 比全省快0.8个百分点, a
# faster growth, nor 缩小, 最小; 约合12.1亿美元: a conversion at an average rate)
# (不超过 is a ceiling and 不低于 a floor: a 不 before a bound turns it round)
_OVER_BEFORE = re.compile(r"(?:(?<![不未得能会])(?:超过|超|高于|多于)|突破|首破|(?<![不未得能会跌])破|逾|迈上|跨越|"
                          r"站上|跨上|迈入|跻身|不(?:得|能|会)?(?:低于|少于|小于)(?:[^，。；：、\d%]{2,30}的)?|未低于|(?:至少|最少)[来去跑练上]?|最低|"
                          r"(?:少说|起码)(?:也)?(?:得|要|有|能)?(?:[发卖挣收赚花跑出])?|保底(?:一[斤个份天月年])?|已过|(?<=进度)过|"
                          r"(?<=[年月天上]能)过|跨过)(?:了)?$")
# (少说也得两万块钱, 起码要一万五: at least; 保底一斤十六块: a floor guaranteed; 收获已过六成; 全年能过六十万,
# 下雨天能过八百, 到晚上能过4000单; not 一个绿灯能过十五辆车, a capacity, nor 不能过四十吨, a cap)
_UNDER_BEFORE = re.compile(r"(?:不到|不足|跌破|(?<![不未得能会])(?:低于|少于)|未满|"
                           r"不(?:得|能|会)?(?:超过|高于|多于|大于)(?:[^，。；：、\d%]{2,30}的)?|"
                           r"最大承载量(?:为|是|设定为|核定为)?|最高每[\u4e00-\u9fff]{1,2}(?:赔付|补贴|补助|奖励)|"
                           r"最高补(?:贴|助)?(?:从|由)?|最高赔(?:付)?|"  # (一人最高补三千块钱; 最高补贴从两千…;
                           # 一张种最高赔三百块钱: a cap)
                           r"最高(?:贷款)?额度(?:为|是|由|提高至|提高到|提到了?|调整为|调整至|上调至|上调到)?"
                           r"[\u4e00-\u9fff]{0,8}|(?:购物|免税)额度(?:为|是)|"
                           r"未超过|至多|最多|最高不超过|不超(?!过)|(?:最多|最高|至多)(?:能|可|可以)?相?差(?:了|到|达)?|"
                           r"(?:[天日月年次]|费|价)封顶|(?:天|晚上?|日|时段)限流|"
                           r"最多(?:能|可|可以)?(?:放|容纳|赔|贷|领|报销|补|带|教|收|充|买|购|来|去|跑|练)|(?:^|[每人])限(?:带|买|卖|购|领)?|最高(?:就|只)充|最高(?:可|能|可以)[\u4e00-\u9fff]{0,3}|"
                           r"(?:(?:额度|限额)最高|上限)(?:为|是|提高至|提高到|调整为|调整至)?|(?:预增|斥资|募资|贷款)最高|限领|限购)$")
# (最高 alone may be a peak seen: 单日客流最高12万人次; 最高可贷30万元, 授信额度最高30万元, 回购价格上限21.80元: a cap;
# 价格最高相差2.8倍, 最多能差到百分之四十: the widest gap, a bound; 一天封顶四十块钱, 一晚上限流三千人: a cap)
# Words of a forecast, target, plan or budget ("完成目标" is a target met: no forecast). A plan's size (计划总投资),
# a budget's lines (支出安排), what a project gives once built (建成后, 达产后), an intention (打算, 还想) and a rise
# still to come (将提升至), what is to be ensured or must be reached (确保全年…以上, 须达到) are forecasts.
# Not forecasts: funds obtained (争取中央资金: secured) or allocated
# (安排…专项资金8000万元), a named plan's terms (激励计划, 减持计划: what the plan is), a group of projects by their
# planned size (计划总投资亿元以上项目512个).
_FUNDS = r"中央|上级|省级|省里|国家|新增|专项|资金|补助|转移支付|地方政府|超长期|预算内|债券|政策性"
_EXPECT = re.compile(r"预计|力争|有望|预期(?!寿命)|计划(?<!激励计划)(?<!持股计划)(?<!减持计划)(?<!增持计划)(?<!回购计划)"
                     r"(?!的|总?投资[^，。；]{0,6}以上)"
                     rf"|将达|争取(?!{_FUNDS})|预报(?<=[台站局]预报)|预测(?<=[台站局]预测)"
                     r"|目标(?<!完成目标)(?<!实现目标)(?<!完成年度目标)(?<!实现年度目标)(?<!完成全年目标)(?<!实现全年目标)"
                     r"(?!任务)")  # (each word first, its lookbehinds after it: the scan jumps to the words)
# Words of a budget, an intention, a rise to come, a thing to be ensured: they govern the figures
# of their own clause only (为确保工程质量，去年投入资金2亿元: the 2亿元 is spent), and not where the clause says the
# figure is done or past (去年全市共安排1.2亿元, 确保了).
_EXPECT_NEAR = re.compile(r"安排(?=约?(?:\d|$))|打算|想(?:把|再|要)|还想(?!说)|确保(?!了)"
                          r"|须(?:达到|控制|完成|实现|提高|降低|保持)|将(?:提升|提高|增加|新增|扩大|达到|新开|新建)"
                          r"|今年[^，。；]{0,6}?要(?=完成|新增|新建|实现|达到|改造|建成|再)"
                          r"|(?<!减值)(?<!跌价)准备(?=明年|今年|再|把|在|开|上|建|新|增|扩|投)|还将|希望(?=能|今年|明年|到|达到|突破|超过|增加|再)"
                          r"|估计(?:能|会|要)|估摸着?(?:能|会)(?!有)|我看(?:能|会)|可能会|年底(?:能|要|可以|争取)|还能(?=回到|达到|涨到|卖到|再)"
                          r"|明年[^，。；]{0,12}?(?:能|会|要|将|想|再)|下个?月(?=[进买招扩上开盖添再要])")
# (as spoken: 明年想在后院再加盖四间, 明年要再增加一百个摊位, 今年还将新建充电桩500个, 今年希望能翻一番, 收入估计能有
# 15万元, 今年俺估摸着能卖到三万个 (not 次果率…我估摸着能有一成五: a guess at now), 年底能到九十台就不错了, 明年
# 鲜椒价格能回到四块钱)
# An estimate a few words before what it says will be (我估计全年能过六十万: a forecast; but 估计一亩能摘五千斤上下 stays
# a rough figure, as the labelled texts give it)
_ESTIMATE_FAR = re.compile(r"估计[^，。；]{1,4}?(?:能|会|要)|估摸着?(?![^，。；]{0,4}?现在)[^，。；]{1,4}?能(?!有)")
# A county of a two-character name in a text's head, not the end of a longer name (太康县), before an office, a village,
# a township or a co-operative (康县农业农村局, ——康县柿坪村)
_TWO_COUNTY_HEADER = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]县)"
                                r"(?=[\u4e00-\u9fff]{0,8}?(?:局|人民政府|村|镇|乡|合作社))")
_PAST_IN_CLAUSE = re.compile(r"去年|上年|前年|以来|已经|实际|累计")
# A clause that is only the level to reach (扩到五千只).
_TO_LEVEL = re.compile(r"(?:再|还要?|就)?(?:扩|增加|提高|提升|达|涨|做|发展|养)到")
# What a project gives once built governs the rest of its sentence (项目建成后，可年加工饲料8万吨), unless it is past.
_ONCE_BUILT = re.compile(r"(?:建成|达产|投产|竣工)以?后")
_YEAR_IN_LEAD = re.compile(r"((?:19|20)\d\d)年")
# A forecast word that is no forecast: a target met (实现预期目标, 完成目标), a comparison with expectations (好于预期;
# not 支出安排, a budget's line).
_OVER_SHARE_OF = re.compile(r"(?<![不未得能会没有])(?:超过|超出|高于)[^，。；\d]{1,14}的$")
_BOUND_OF_SHARE = re.compile(r"(?:不(?:得|能|会|应)?(?:超过|低于)|没有?超过|未超过|不到|不足|"
                             r"(?:最多|最高|至多)(?=[补贴给报减免退]))"
                             r"[^，。；\d]{1,14}的$")  # 不超过公司总股本的2%,
# 不低于…的; 不到当地平均工资的一半, 每年最多补房租的百分之五十: under
# 最高 after a rate per head or an award (每人每月最高400元, 给予一次性奖励，最高5000元): a cap; not a peak seen
_CAP_BEFORE = re.compile(r"(?:每[人户家名笔个次年月天]|给予|奖励|补贴|补助|津贴)[^。；]{0,8}最高"
                         r"(?:补贴|补助|奖励|赔付|可获|给予)?$")  # (not 单笔最高: the
# largest made)
_EXPECT_MET = re.compile(r"(?:实现|完成|达成|达到|超额完成|如期完成)(?:了)?(?:年度|全年)?(?:预期)?$"
                         r"|(?<!支)[于出合超](?:预期)?$")
# A range: 6%—8%, 2至3条, 6%-8% (the lower end's unit may be left out: the upper end's is meant).
_RANGE_DASH = r"(?:[-—–~～]|至|到)"
# An amount that defines a group (年主营业务收入2000万元及以上的, 产值2000万元以上企业): no figure.
_GROUP_AFTER = re.compile(r"(?:及|或)?(?:以上|以下)"
                          r"(?:的|[\u4e00-\u9fff]{0,4}?(?:企业|项目|单位|法人|公司|园区|集群|工程|商户|儿童|人群|人员|"
                          r"学生|老人|居民))")  # (身高1.2米以下儿童: a group)
# A tier's bounds (年用气量300立方米及以下部分, 300立方米以上至600立方米部分): no figure
_TIER_AFTER = re.compile(r"(?:及|或)?(?:以上|以下)(?:至[^，。；（）()]{1,12})?部分|部分[）)]")
_GROUP_AFTER_ANY = re.compile(r"(?:及|或)?(?:以上|以下)的")  # (厚度0.3毫米以下的超薄玻璃: any amount defining a group)
_PACK_UNITS = frozenset(("斤", "公斤", "千克", "克", "升", "毫升", "两"))
_FIELD_UNITS = frozenset(("个", "家", "种", "类", "户"))
# What follows the count of a field: the rank in it (9个市（州）第3位, 14个地州市中排名第三), or those of it that did
# something (41个工业大类行业中，有26个; 在监测的32个品种中，价格上涨的有9个)
_FIELD_AFTER = re.compile(r"[^，。；\d]{0,10}?(?:(?:中|之中)?(?:居|排名?|位列|位居|列)?第[\d一二三四五六七八九十]+|"
                          r"(?:中|之中)[，,][^，。；\d]{0,10}?(?<!已)有[\d一二三四五六七八九十两]+)")
# (not 9个学校建设项目中，已有7个建成: the projects, counted, then those done)
_GROUP_NOUN = re.compile(r"(?:的)?(?:企业|项目|单位|法人|公司|园区|集群|工程|商户|产业)")
# 降幅收窄3.5个百分点: the fall narrowed, so the rate rose; 增幅收窄 / 降幅扩大: it fell.
_GENERIC_HEADS = frozenset({"制造业", "工业", "产业"})
_CLAUSE_SPLIT = re.compile(r"[，,；;：:。]")
_SECTOR_STOP = re.compile(r"其中|分产业|分门类|分行业|分地区|分类型")
_RATE_CHANGE = re.compile(r"(?P<noun>降幅|跌幅|增幅|涨幅|增速)[^，。；]{0,8}?(?P<verb>收窄|扩大|加快|放缓|回落|缩小)了?$")
_FALL_COMPARED = re.compile(r"(?:降幅|跌幅)[^，。；]{0,4}?(?:比|较)[^，。；]{1,12}?([高低大小])(?:出|了)?(?:约|近)?$")
# (压缩, 缩短, 下调, 下浮, 少了: a fall said as spoken or in a notice, right before the figure, a hedge between:
# not 压缩机, 下调后的利率为, 工期缩短的项目占比; not 减持, holdings sold; 零下 right before it)
# 掉了 after a hedge or the thing that fell (流水大概掉了一成, 价格又掉了): a fall; not a verb's "off" (用掉, 扣掉, 卖掉)
# (not 下调…后为7.4%, nor 下调存款利率的银行占比比上月多)
_POINT_UNITS = ("个百分点", "个基点", "基点", "‰", "个千分点")  # a difference of rates: 低于…0.6‰ is that much below
_CUT_THEN_OBJECT = re.compile(r"下调(?![^，。；]*?(?:后|至|到|为))[^，。；\d的比]{2,16}$")
_FELL_OFF = r"掉(?<=[概多又都也就价水量入额钱]掉)了|掉(?<=再掉)|下来(?<=[体价格]下来)了|下来(?<=价钱下来)了"  # (the word
# first: the search skips to it; 价钱掉了, 还要再掉三到五块钱, 今年整体下来了; not 用掉, 批下来了, 补贴都下来了: money paid)
_NEGATIVE = re.compile(r"下降|减少|回落|降低|下滑|收窄|萎缩|降幅|跌幅|下跌|缩减|减(?!持)|降(?<!起降)|偏低|偏少|零下$"
                       rf"|(?:压缩|缩短|下调|下浮|少|(?<![至多最])少[收挣赚卖]|(?<!最)便宜|(?<!止)跌|收不抵支|负|{_FELL_OFF}|"
                       rf"(?<=[比较])[^，。；！？]{{1,12}}?(?<!相)差)"
                       r"了?(?:约|近|接近|大约|将近|差不多|大概)?$")
# (便宜了差不多一成, 跌了两成: cheaper, down by a share; 比去年少收三成, 比零售差了一半: less, worse by a share)
_PULLED_DOWN = re.compile(r"(?<!没有)(?<!没)拉低了?[^，。；！？\d拉提推带]{0,24}$")  # (not 拉低…而…拉高增速0.8个百分点,
# 被拉低导致今年增速提高, 推高了国债收益率8个基点: what rose after it)
_POSITIVE = re.compile(r"增长|提高|上升|增加|扩大|上涨|增速|增幅|加快|增|升|涨|高")
# 比上年同期低(近): lower by
# 比去年同期低0.90元, 比去年便宜了300元 (and the same for a share or a rate's points); not 比较低12元, 比较便宜: "rather"
_LOWER_BY = re.compile(r"(?:比(?!较)|(?<!比)较)[^，。；！？]{1,16}(?<![最降偏不未])(?:低|便宜)了?(?:约|近|接近|将近)?$")
# 低于全省平均水平: below (not 不低于: a floor; not 低于LPR的贷款增长了: a rise of something named after it)
_LOWER_THAN = re.compile(r"(?<![不未得能会])低于[^，。；！？\d的增涨升提降减]{0,14}$")
# (低于全区平均水平（5.5%）0.3个百分点: what it is compared with printed in brackets between)
_LOWER_THAN_BRACKET = re.compile(r"(?<![不未得能会])低于[^，。；！？\d的增涨升提降减（(]{0,14}"
                                 r"[（(][^（）()。；]{1,16}[）)]$")  # (（1.5%，下同）)
# An amount that fell, was cut or lost (减少五百元, 减收1.1亿元, 缩短2.3公里, 下调了20元, 亏了差不多八万块钱,
# 汇兑损失约430万元, 每月少还约104元, 收不抵支2.7亿元: a deficit; 流水掉了一成, not 扣掉这些), a hedge allowed between.
_FALL_BEFORE = re.compile(rf"(?:下降|减少|降低|下滑|回落|缩减|净减少|(?<!挽回损失)减|偏低|偏少|零下|压缩|缩短|下调|下浮|"
                          r"减收|减免|少了|(?<!最)便宜了?|(?<=[再又都也就还])降|(?<![至多最])少(?:挣|赚|拿|收)了?|后移|后退|(?<![至多])少个|(?<![多减扭])亏|亏损|(?:汇兑|投资|净|资产减值|信用减值|公允价值变动)损失|少还|"
                          rf"少付(?:利息)?|少交|降了|(?<=[比较])[^，。；！？]{{1,12}}?(?:[低落]|(?<!相)差)了|收不抵支|负|{_FELL_OFF}|(?<!止)跌|"
                          r"(?<=[价钱又都也就再])落了|^(?![^，。；！？]*(?:保险|车险|农险|险公司|理赔|对方|违约方|商家|厂家|法院|丢|撞|损坏|弄坏))[^，。；！？]*?(?<=[要倒来亏又都还就])赔(?![偿付款率]))了?(?:约|近|接近|大约|将近|差不多|大概)?$")
# (跌了三块钱, 比春节前落了一块钱; not 止跌, 落户; 一头猪要赔三百多块钱, 一年下来赔了差不多40万元: money lost; not
# 保险公司来看过，赔了两千来块, 每头最多能赔4000块钱, 保险公司就赔了两千块, 对方就赔了一万块钱, 赔偿, 赔付: what an
# insurer or the other side pays)
# (a company's loss of money is named, 汇兑损失约430万元; not 经济损失, 财产损失, 挽回损失, 避免损失: damage, a size;
# not 多亏了, 减亏: no loss)
_RANK_AFTER = re.compile(r"^(?:大|位|名)")
_TERM_BEFORE = re.compile(r"(?:期限|(?<!使用)年限)(?:为|是|达到|达)?(?:最长)?(?:不得超过|不超过)?$")
# (平均受教育年限为10.2年; not 使用年限为70年, a statutory term)
_TERM_GOES_ON = re.compile(r"[零又半\d]")  # 2年6个月, 3年半: a term not in whole years
_TERM_TIER_AFTER = re.compile(r"(?:[（(]含[）)])?(?:及|或)?(?:以上|以下|以内|的|期)")  # (5年以上的, 30年的债券, 5年期)
_FIRST_PLACE_BEFORE = re.compile(r"(?:(?:位|跃|稳|仍|继续)居|(?<![宜安邻民廉家寓乡旅])居(?=[全各同本该市省国])|"
                                 r"排名|位列|名列)(?:[^，。；、！？\n（(]|[（(][^）)\n]{0,8}[）)]){0,12}$")
# (居全省, 位居各县区, 均居全省县（市、区）; not 宜居, 居民, 居委会)
_PRIORITY_BEFORE = re.compile(r"(?:放在|摆在|作为|列为|当作|当成)[^，。；、！？\n]{0,6}$")  # 把…放在首位: a priority
# Words of a duration measured, before its hours: 利用小时数为, 通关时间压缩至, 培训时长达到, 最快只要; the change of one
# (时长由去年的11小时缩短至, 小时数为5,126小时，同比减少)
_DURATION = r"(?:时数|时长|(?<!长)时间|(?<!使)用时|耗时)"  # (not 长时间, 使用时)
_HOURS_BEFORE = re.compile(rf"{_DURATION}[^，。；、！？\d\n]{{0,8}}$|(?:只要|只需|仅需|仅用)$"
                           rf"|{_DURATION}[^。；！？\n]{{0,24}}(?:增加|减少|缩短|延长|压缩|提高|降低|节省|节约)了?(?:至|到)?$"
                           r"|小时，(?:较|比)[^，。；！？\d\n]{0,8}(?:偏多|偏少|增加|减少|多|少)了?$"
                           # (hours a place was open for, in all or each week: 累计免费开放46210小时,
                           # 每周免费开放不少于十个小时)
                           r"|(?:累计|共|每周|每天|每日|全年)[^，。；！？\d\n]{0,6}开放(?:不少于|不低于|超过|达到?|约|近)?$")
# (年日照时数1,352.6小时，较常年偏多118.4小时: the change of the hours just measured)
# Words of days counted or a stay measured, before its days: 优良天数为29天 (and the rest of its sentence: 同比增加2天,
# 其中优16天，良13天), 高温日数平均为31天, 平均住院日缩短至7.9天, 过夜游客平均停留时间为1.9天, 最长的一次停工22天
_DAYS_BEFORE = re.compile(r"(?:天数|日数|时限)[^。；！？\n]*$|(?:住院日|停留(?:时间|天数)?|停工|停产|停航|停运|工期|历时)"
                          r"[^，。；！？\n]*$"
                          # an average span, a change of one against a time before, a stock's days of need and a
                          # time cut to (全市冰场平均开放92天, 比上个冰雪季延长11天, 可满足全县居民约7天的消费需求,
                          # 审批用时压缩到现在的28个工作日)
                          r"|平均[^，。；！？\n\d每]{0,8}$|(?:比(?!赛)|较)[^，。；！？\n\d]{1,10}(?:延长|缩短)了?约?$"
                          r"|可满足[^，。；！？\n\d]{0,12}$|(?:压缩|缩短|减少)(?:至|到)(?:现在的)?$")
# Words of an age measured, before it and in the rest of its sentence: 初婚平均年龄30.6岁，女性28.9岁，分别比上年推迟
# 0.4岁和0.5岁; 人均预期寿命达到79.5岁 (not 年满18岁, 3岁的孩子, 60岁以上老年人)
_AGE_MEASURED_BEFORE = re.compile(r"(?:(?:平均|初婚|初育|生育|退休)[^，。；！？\n]{0,4}年龄|寿命)[^。；！？\n]*$")
_AGE_RANGE_BEFORE = re.compile(r"[—\-－~～]$|[\d一二三四五六七八九十][至到]$|年满$")  # (15—59岁, 18至35岁,
# 年满60岁; not 达到79.5岁)
_AGE_GROUP_AFTER = re.compile(r"(?:及|或)?(?:以上|以下|以内|至|到|—|-|～|~|的|之间|左右的|上下的|[老男女]|"
                              r"人口|农民工|儿童|孩子|青年|群体|居民|职工|学生|幼儿)")  # (65岁老人, 40岁农民工: a group)
# (放假时间共8天, 征求意见时间为30天, 提前7天预约)
_DAYS_NOT = re.compile(r"放假|假期|公告|征求意见|报名|公示|限期|退票|还有|离交|离开|提前")
_HOURS_LISTED = re.compile(rf"{_DURATION}[^。；！？\n]{{0,40}}\d小时(?:和|、|及|与)$")  # (the second of a list of hours)
_HOURS_PAIR_END = re.compile(r"[\d.]+小时(?:和|、|及|与)$")
_HOURS_SERVICE = re.compile(r"(?:在线|值班|值守|服务|营业|热线|不间断|全天候|监控|响应|运行|开放|畅通)")  # 24小时在线服务
_HOURS_SAVED = re.compile(r"(?:节省|节约)了?(?:约|近)?$")  # 每单节省了3小时: that much less time
_INDEX_BEFORE = re.compile(r"指数[^。；！？\n]{0,24}$")  # 景气指数为, 指数…比上月上涨 (an index's points)
_TIME_WORDS_BEFORE = re.compile(r"(?:上午|下午|早上|晚上|凌晨|中午|傍晚|夜间|当天|明天|今天|于)[^，。；]{0,3}$")
# What may follow an index's points: the end of its phrase, a bound, a range's other end (not 3点建议, 9点30分)
_POINTS_AFTER = re.compile(r"[^\u4e00-\u9fff]|$|左右|上下|以上|以下|以内|之间|区间|附近|关口|大关|"
                           r"[至到，。；、比较同环创的]")
_THRESHOLD_AFTER = re.compile(r"(?:以上|以下)?(?:表示|即|表明|为|时)")
_RANK_BEFORE = re.compile(r"(?:居(?!民)|位居|排名|排(?![查放水污])|列(?![车入])|位列|名列|排在|稳居|跃居|"
                          r"是(?=全[国省市县区州盟球]|世界))"
                          r"(?:[^，。；、（(]|[（(][^）)]{0,8}[）)]){0,12}$")
# (居全市各县（区）第一, 居全市各县（市、区）第一, 面积是全国第一)
_NOT_RANK_AFTER = re.compile(r"^(?:产业|季度|次|批|届|个|家|条|章|部分|阶段|轮|期|类|款|项|档|时间|中学|小学|高中|排|场|"
                             r"位(?:听众|来电|观众|网友|嘉宾|客人|发言|代表|选手|顾客|记者|连线|打进|上场))")
# (第一档: a tier; 第一时间: at once; 第一中学: a name; 接进第一位听众: a caller's turn)
_DATE_AFTER = re.compile(r"^(?:年(?!代)|月|日|号|时|季度|个月|周岁|岁)")
_DATE_RANGE_AFTER = re.compile(r"^[-—–至到~～]\d+(?:月|日)")
_MONTHS_BEFORE = re.compile(r"(?:前|近|1-|1—|1至)$")

# Periods: (pattern, how it names the period given a year).
_YEAR = re.compile(r"((?:19|20)\d\d)年(?!代)")
_BY_YEAR = re.compile(r"(?:到|(?<!截)至)((?:19|20)\d\d)年(?:底|末)?|((?:19|20)\d\d)年(?:前|以前)")  # the time by
# which (not 截至2024年底: as of)
_TITLE_REACH = 300  # characters of a text's title line, at most
# A monthly report's title: 2031年10月小商品市场景气指数分析报告, 2031年10月全市物价运行情况 (not 1—10月, a span)
_MONTH_REPORT = re.compile(r"((?:19|20)\d\d)年(1[0-2]|[1-9])月(?![\d日份—\-至~])[^\n]{0,30}?"
                           r"(?:报告|分析|通报|简报|快报|月报|情况)")
# A weekly report's week (周报: 监测时段：2031年11月16日—11月22日, 本周（6月1日—6月7日）): its month, and the end's
_WEEK_WATCHED = re.compile(r"(?:(?:监测|统计)(?:时段|时间|周期)|本周)\s*[：:（(]\s*(?:((?:19|20)\d\d)年)?"
                           r"(1[0-2]|[1-9])月\d{1,2}日\s*(?:[—\-至~－]+)\s*(?:(?:19|20)\d\d年)?(?:(1[0-2]|[1-9])月)?\d{1,2}日")
_QUARTER_REPORT = re.compile(r"((?:19|20)\d\d)年第([一三])季度报告")
_HALF_YEAR_REPORT = re.compile(r"((?:19|20)\d\d)年(?:半年度|中期)报告")
_DONE_BY = re.compile(r"已|累计|实现了|完成了|达到了")  # (到2024年底，合作社累计实现销售收入: a result)
_CN_YEAR = re.compile(r"[一二][〇零○][〇零○一二三四五六七八九]{2}(?=年)")  # a year in Chinese numerals: 二〇三〇年
_CN_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")
_HOLIDAY_PERIODS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    # holidays of a fixed month: the National Day holiday (国庆假期, 中秋国庆假期: October) and the summer (暑期: July
    # and August); not the Spring Festival, whose month moves with the lunar calendar
    (re.compile(r"国庆(?:[、·和与]?中秋)?(?:假期|黄金周|长假|期间|节假日|小长假)"), lambda m: "10..10"),
    (re.compile(r"暑期|暑假(?:期间)?"), lambda m: "07..08"),
    (re.compile(r"元旦(?:假期|小长假|三天|期间)"), lambda m: "01..01"),  # New Year's Day and May Day: fixed months too
    (re.compile(r"(?:五一|“五一”|劳动节)(?:假期|小长假|长假|黄金周|期间)"), lambda m: "05..05"),
    # the days of a holiday or an event in brackets after its name (春节假期（2月15日至23日）, “双十一”促销期间（10月15日至
    # 11月11日）): its months (the Spring Festival's month moves, the text says which)
    (re.compile(r"(?<=[假期间周节季会])[（(]\s*(?:(?:19|20)\d\d年)?(\d{1,2})月\d{1,2}日\s*[至—\-~－]+\s*(?:(?:19|20)\d\d年)?"
                r"(?:(\d{1,2})月)?\d{1,2}日\s*[）)]"),
     lambda m: _bracket_months(m)),
)
_SUB_PERIODS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"上半年"), lambda m: "H1"),
    (re.compile(r"下半年"), lambda m: "H2"),
    (re.compile(r"前三季度|1[-—至~]9月|一至九月"), lambda m: "Q1-Q3"),
    (re.compile(r"(?:第?一季度|1[-—至~]3月)"), lambda m: "Q1"),
    (re.compile(r"第([二三四])季度(?!报告)"), lambda m: {"二": "04..06", "三": "07..09", "四": "10..12"}[m.group(1)]),
    (re.compile(r"前(\d+|[一二两三四五六七八九十]+)个月|1[-—至~](\d+)月"), lambda m: _months(m)),
    (re.compile(r"(?<![\d\-—至~])(\d{1,2}|十[一二]?|[一二三四五六七八九])月份"), lambda m: _one_month(m)),  # 10月份
    # a month that opens a clause (10月，全市…; 2032年10月，公司出口…; 当年10月全市), not a date (10月9日), a part
    # of a span (1—10月, 截至10月底) nor a month compared with (比9月)
    (re.compile(r"(?:(?<=^)|(?<=[\n，。；：、）)\s年当]))(\d{1,2}|十[一二]?|[一二三四五六七八九])月"
                r"(?=[，,]|全[市省区县州盟]|我[市省区县州]|本[市省区县]|当月|该[市省区县行]|公司|[^\S\n])", re.M),
     lambda m: _one_month(m)),
    # a year's month before the place it is of (2033年3月河西市居民消费价格…, a title): that month
    (re.compile(r"(?<=\d{4}年)(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?![末底初中上下旬份])"
                r"(?=[\u4e00-\u9fff]{1,5}[市县州盟省区](?![场民]))"),
     lambda m: _one_month(m)),
    *_HOLIDAY_PERIODS,
    # 截至10月底 / 截至2032年9月末: what has been done up to the month's end, from January (as labelled, 321 of 368)
    (re.compile(r"(?:(?<=截至)|(?<=截至\d{4}年))(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|末)"), lambda m: _months(m)),
)
# A month named as a moment gone or a time that comes each year governs the rest of its sentence only
# (今年三月份那会儿, 一到十月份); one given aside (从当月看，11月份…) its own paragraph
_MOMENT_AFTER = re.compile(r"(?:那会儿?|那阵子?|那时候?|的时候)")
_EVERY_BEFORE = re.compile(r"(?:(?<![年\d])一到|每到|每年)$")  # (not 今年一到七月份: January to July)
_THIS_MONTH_BEFORE = re.compile(r"(?:当月|单月)(?:来看|看|来)?[，,]?$")
# The words that name a holiday again once it has been named (假期期间, 今年假期, 节日期间, 黄金周)
_HOLIDAY_PATTERNS = frozenset(pattern for pattern, _ in _HOLIDAY_PERIODS)
# 今年 as the time of figures (今年以来, 今年前三季度, 今年上半年, 今年1—10月), not 今年是…关键一年 (a January
# work report's: of the year before)
_THIS_YEAR_SO_FAR = re.compile(r"今年(?:以来|前|上半年|下半年|第?[一二三四]季度|[1-9１-９]|[一二三四五六七八九十]+月)")
# (not 春节假期, 寒假期间: other holidays)
_HOLIDAY_AGAIN = re.compile(r"(?<![节寒暑])假期|节日期间|黄金周|小长假|(?<!小)长假|双节")
_YEAR_WORD_BEFORE = re.compile(r"(?:去年|前年|明年|上年|往年)的?$")
# A release's date near its top (发布时间：2032-11-20): the year of the text when it names no "2032年".
_TO_DECEMBER = re.compile(r"1[-—至~]12月|前(?:12|十二)个月|(?<!\d)12月份|十二月份")  # figures up to December
_RELEASE_DATE = re.compile(r"((?:19|20)\d\d)[-/.](\d{1,2})[-/.]\d{1,2}")
_COMPARED = re.compile(r"(?:比|较|与|同|于)$")
_COMPARED_YEAR = re.compile(r"(?:比|较|与|同|于)(?:今年|去年|上年)的?$")
_WHOLE_YEAR = re.compile(r"全年|年末|年底|今年|本年")
_PUBLISHED = re.compile(r"(?:19|20)\d\d(?:-\d\d)?")  # a publication date: YYYY, YYYY-MM, YYYY-MM-DD
_BACK = {"今年": 0, "去年": 1, "前年": 2, "明年": -1}  # years back from the year of writing
_RELATIVE_YEAR = re.compile(r"去年(?!同期)|明年(?!同期)|如今|目前|(?<![表实出发体])现在")  # (not 体现在, 表现在, 实现在)
_RELATIVE_STEP = {"去年": -1, "明年": 1}  # years from the year of writing (如今, 目前, 现在: 0)
_BASE_YEAR_BEFORE = re.compile(r"(?:比|较|与|同|于|由|到|恢复到|相当于)$")
_BASE_YEAR_AFTER = re.compile(r"同期|的")
# A year something began in (1994年经国务院批准对外开放, 2011年成立, 早在2015年): history, not the year of a text
_EVENT_YEAR_AFTER = re.compile(r"[^，。；\n\d]{0,4}?(?:经(?:国务院|国家|省|批准)|获批|批准|成立|建成|建立|创建|创办|"
                               r"开通|投产|开业|落成|启用|设立|始建|开工|竣工|入选|挂牌|更名|组建|通车|被列入|"
                               r"那会儿?|那年|那时|的时候|回到|回老家|返乡|起步|毕业|退休|出生|嫁|结婚|"
                               r"[，,][她他我]们?[^，。；\n]{0,4}(?:成立|创办|开始|回|来到|接手|承包|办起))")
_PLAN_NEAR = re.compile(r"计划|力争|争取|预计|目标|确保|将")
_OPENED_IN_AFTER = re.compile(r"[^，。；\n\d]{0,2}?[开办建]的[，。；]")  # (2016年开的, 那是2019年扩建的，)
_THEN_BACK = re.compile(r"当时|那时|一开始|刚开始|起初|头两年|头一年")
_RANK_MOVE_BEFORE = re.compile(r"(?:上升|提升|前进|后退|下降|前移|后移|攀升|跃升|提高|下滑|回落|上移|下移)了?$")
_AS_AT_YEAR = re.compile(r"(?:截至|截止|到)(?:19|20)\d\d$")  # (截至2031年底: the year's end a report is as at)
_EVENT_YEAR_BEFORE = re.compile(r"(?:早在|始于|创办于|成立于|建于|从|自)$")


_SUBJECT_TAIL = re.compile(r"(?:同比|比上年末?|比上年同期|较上年|比全省|高于全省|增长|下降|提高|降低|增加|减少|回落|收窄|"
                           r"扩大|加快|达到|达|为|超过|突破|约|近|接近|完成|实现|首次|累计|共|有|了|将|至|到|多|余|"
                           r"全年|上半年|下半年|前三季度|年末|年底|今年|去年)+$")
_SUBJECT_HEAD = re.compile(r"^(?:据统计)?(?:(?:19|20)\d\d年)?(?:全年|上半年|下半年|前三季度|年末|年底|今年|去年)?(?:其中)?"
                           r"(?:全市|全省|全区|全县|该地区|该市|该县|本市)?")


class _Rest(NamedTuple):
    """What follows a Chinese numeral: its scale (万, 亿), a 多/余/来/几 before or after it, and its unit word, as
    groups 1 to 3 of a match (八十多万块钱 and 三万多元 alike)."""

    scale: str
    more: str
    unit: str
    length: int

    def group(self, i: int) -> str:
        return (self.scale, self.more, self.unit)[i - 1]

    def groups(self) -> tuple[str, str, str]:
        return self.scale, self.more, self.unit

    def end(self) -> int:
        return self.length


_SCALE_MORE_UNIT = re.compile(rf"([多余来几把]?)([万亿]?)([多余来几把]?)({_MEASURE_UNITS}|{_CLASSIFIER_RE}|个|块)")


# An hour before an amount of sixty or more, which are no minutes (练车一个钟头一百二: 120 yuan an hour; not 一个小时四十五)
_PER_HOUR_BEFORE = re.compile(r"一个?(?:钟头|小时)$")
# (not 每小时一百二: a speed)
_HOURLY_PRICE_WORDS = re.compile(r"练车|学车|陪练|加练|补课|钟点工|工钱|收费|收|价|费|请|雇|家教|上课|贵|便宜")
# (charged by the hour, said in the turn before the hour's price: 我们是按小时算。工作日白天一小时四十)
_HOUR_PRICE_SAID = re.compile(rf"(?:一个?|每)(?:钟头|小时)(?:[{CN_DIGITS}]+|\d+(?:\.\d+)?)(?:块钱?|元)")
# (开过来，一个小时二十就到了; 一打就是一个小时四十五: the time a trip or a game takes, an hour and minutes)
_TIME_SPENT_BEFORE = re.compile(r"(?:开|走|坐|骑|打|玩|跑|用|花|等|干|停|排)[^，。；！？\n]{0,6}一个?(?:钟头|小时)$")
_TIME_SPENT_AFTER = re.compile(r"[^，。；！？\n]{0,2}?(?:就到|才到|到了|就完|完事)")
_BY_THE_HOUR = re.compile(r"按(?:小时|钟头|钟点|时)(?:算|收|计)")
_UPPER_NUMERAL = re.compile(rf"(?:{_CN_NUM_SAID}|\d+(?:\.\d+)?)[多余来把]?")  # (a range's upper end, before its unit)
_MONEY_LATER = re.compile(rf"(?:多出|多花|多了|少了|涨了|涨到|省了|省下)(?:[{CN_DIGITS}]+|\d+(?:\.\d+)?)[多余来把]?[万亿]?"
                          rf"[多余来把]?(?:块钱|元)")  # (多出八千多块钱: a change of it, in yuan)


def _scale_more_unit(after: str) -> _Rest | None:
    """The scale, 多 and unit right after a Chinese numeral (三万多元, 八十多万块钱, 二十几家), or None."""
    m = _SCALE_MORE_UNIT.match(after)
    if m is None or m.group(1) and m.group(3):
        return None
    return _Rest(m.group(2), m.group(1) or m.group(3), m.group(4), m.end())


_RANGE_CELL = re.compile(r"[-−+]?\d[\d,]*(?:\.\d+)?(?:\s*[-—–~～至]\s*\d[\d,]*(?:\.\d+)?)?%?")  # 0.62, 3200—3800
_TABLE_RANGE_LOWER = re.compile(rf"(?:^|[\s｜│|])\d[\d,]*(?:\.\d+)?{_RANGE_DASH}$")  # a cell's 3200— before 3800
_LABEL_UNIT_COLON = re.compile(r"[（(]([^（）()\s]{1,6})[）)][：:]\s*$")  # 股东总数（户）：18,426
_LABEL_UNIT = re.compile(r"[（(]([^（）()\s]{1,6})[）)]$")  # 股东总数（户）: a label that names its unit last
_PRICE_UNIT_CELL = re.compile(r"(元|万元|美元)/[^\s/｜│|]{1,6}")  # a price's unit in a table's 单位 column
_NOT_A_COUNT_AFTER_GE = re.compile(r"月|小时|钟头|星期|礼拜|季度|工作日|年头|多月|点|亿|百")  # after 个: no count
_UPPER_SCALE = re.compile(rf"[到至]([{CN_DIGITS}]+(?:点[{CN_DIGITS}]+)?)([万亿])")  # a range's upper end and its scale
_CN_RANGE_UPPER = re.compile(rf"(?:到|至)([{CN_DIGITS}]+(?:点[{CN_DIGITS}]+)?)")
_CN_RANGE_LOWER = re.compile(rf"(?<![{CN_DIGITS}点])([{CN_DIGITS}]+(?:点[{CN_DIGITS}]+)?)([万亿]?)(?:块钱?)?(?:到|至)$")
# 二十八块到三十块一公斤: a price range whose upper end names the measure it is per (the lower end is money too)
_KUAI_RANGE_PRICED = re.compile(rf"[到至][{CN_DIGITS}]{{1,4}}块钱?(?:一(?:斤|公斤|千克)(?![左的重])|每)")
_KUAI_RANGE_UPPER = re.compile(rf"[到至][{CN_DIGITS}]{{1,4}}块")
# 去化周期为十二至十八个月: the lower end of a range of months of unsold homes
_MONTHS_RANGE_AFTER = re.compile(rf"[至到]([{CN_DIGITS}]+(?:点[{CN_DIGITS}]+)?)个月")


def _cn_upper_end(value: float, before: str, scale: str) -> int:
    """Where the lower end starts in ``before`` when a Chinese numeral after it is the upper end of a range whose
    lower end is said right before it (十八到二十吨, 三千五到四千, 一千八百万到两千万: the lower end smaller, in the
    same scale), else 0 (the words before the lower end give both ends their sign: 下降了三到四万吨)."""
    lower = _CN_RANGE_LOWER.search(before)
    if lower is None or (lower.group(2) or "") not in ("", scale):
        return 0
    low = cn_numeral(lower.group(1))
    return max(1, lower.start()) if low is not None and 0 < low < abs(value) else 0


_ALIKE_CLASSES = frozenset((("people", "count"), ("count", "people"), ("yuan", "US$"), ("US$", "yuan")))  # a
# metric's class and a figure's unit's that still fit
class _RangeEnds(NamedTuple):
    """The patterns of a range's other end next to a figure in ``unit`` (compiled once per unit)."""

    before: re.Pattern[str]  # 20至 (or 20元至) right before the figure
    upper: re.Pattern[str]  # 至30元 after it: the upper end, in the same unit
    lower: re.Pattern[str]  # 20元至 before it: the lower end, in the same unit
    lower_any: re.Pattern[str]  # 20至 or 20元至 at the end of the words before


@functools.lru_cache(maxsize=256)
def _range_ends(unit: str) -> _RangeEnds:
    u = re.escape(unit)
    scale = "|[万亿]" if unit[:1] in ("万", "亿") else ""  # (720万—760万头: the lower end's scale, its unit left out)
    per = r"(?:[/／][\u4e00-\u9fff]{1,2})?"  # (19.82元/股至23.15元/股: each end per share)
    return _RangeEnds(re.compile(rf"\d(?:{u}{per}{scale})?{_RANGE_DASH}$"),
                      re.compile(rf"{per}{_RANGE_DASH}(\d[\d,]*(?:\.\d+)?){u}"),
                      re.compile(rf"(?<![\d,.])(\d[\d,]*(?:\.\d+)?){u}{per}{_RANGE_DASH}$"),
                      re.compile(rf"(?<![\d,.])\d[\d,]*(?:\.\d+)?(?:{u}{per}{scale})?{_RANGE_DASH}$"))


_KUAI_JIAO_RANGE_AFTER = re.compile(r"[到至](?:[一两二三四五六七八九十]{1,3}块"
                                    r"(?:[一二两三四五六七八九]|钱|(?![地田石砖板屏牌]))|\d{1,3}(?:块\d|块钱?|元))")
# (4块5到6块钱, 五块五到六块: a range's lower end)
_KUAI_JIAO_RANGE_BEFORE = re.compile(r"(?:[一两二三四五六七八九十]{1,3}|\d{1,3})块"
                                     r"(?:钱|(?:[一二两三四五六七八九]|\d)毛?)?[到至]$")
# (三块五到四块二, 四块到四块五: the upper end of a range of prices)
# 去化周期为15.2个月, 较9月末缩短0.6个月: the months of unsold homes, a figure (not 前10个月, a period)
_INVENTORY_MONTHS_BEFORE = re.compile(r"(?:去化|消化|出清)周期"
                                      r"(?:[^。；，,]{0,24}|[^。；]{0,24}[，,](?:比|较)[^。；，,]{0,16})$")
# Months measured in digits: a fund's cover, a works' or a term's length, a cycle (可支付月数为10.4个月, 合同工期为26个月,
# 报批周期…平均为7个月, 信用贷一般是12个月); said in numerals they stay durations (工期四个半月)
_MONTHS_MEASURED_BEFORE = re.compile(r"(?:可支付|支付月数|工期|质保期|保修期|建设期|报批周期|审批周期|办理周期|回收期)"
                                     r"[^。；，,]{0,20}$|(?:平均|一般)(?:为|是)$")
# (or the time it takes to earn back what was put in: 7个月就能回本, 11个月才回本)
_PAYBACK_AFTER = re.compile(r"(?:就|才|都|也|左右|多)?(?:能|可以|就能)?(?:回本|收回成本|回收成本|收回投资)")
# (across a comma only to what it is compared with: 去化周期为15.2个月，较9月末缩短0.6个月; not 其中有六个月是淡季)
# A floor a home loan's terms set: 首付款比例最低为15%, 贷款利率最低已经到了百分之三点零五 (not a lowest price
# seen: 最低成交价为21.05元, 发行利率最低为1.86%, nor 最低首付款比例为15%, the floor's own name)
_LOAN_POLICY = re.compile(r"首付|首套|二套|下限|不低于")
_LOAN_FLOOR_BEFORE = re.compile(r"(?:首付(?:款)?(?:比例)?|(?:住房|房|商业性个人住房|个人住房)?贷款?利率)最低"
                                r"(?:为|是|(?:已经|已)?(?:降)?(?:到|至|达到)了?)$")
_DIGIT_JIAO = re.compile(r"([1-9])毛?(?![\d.,万亿千百十块个元角毛%])")  # 4块2: the tenths of a spoken price
_CHANGE_VERB_END = re.compile(r"(?:下调|上调|下降|上涨|提高|降低|增加|减少|增长|回落|下浮|上浮)了?(?:约|近)?$")
_RANGE_AFTER_DIGIT = re.compile(rf"{_RANGE_DASH}\d")
_SCORE_BEFORE = re.compile(r"(?:得分|评分|分值|分数)[^，。；！？\n]{0,8}$|(?:提高|提升|增加|下降|减少)了?$|超过$")
_PER_RANGE_AFTER = re.compile(rf"[/／][\u4e00-\u9fff]{{1,2}}{_RANGE_DASH}\d")  # 19.82元/股至23.15元/股: a range
_PER_END = re.compile(r"\d[\u4e00-\u9fff]{1,2}[/／][\u4e00-\u9fff]{1,2}$")  # (11.86元/股-14.73元/股: a range's dash)
# Patterns of the figure's and qualifier's rules, compiled once (they run for every figure of a long text).
_MONTH_AFTER_ZH = re.compile(r"个?月")
_SCALE_MORE = re.compile(r"([万亿])[多余]")
_MORE_AFTER = re.compile(r"多|余")
_SCALED_RANGE = re.compile(rf"([万亿]){_RANGE_DASH}(\d+(?:\.\d+)?)\1")  # 720万—760万头
_AUX_TAIL = re.compile(r"(?:将|了|会|可|能|首次|再次|一举|有望|人民币|"
                       r"每(?:人|户|斤|公斤|千克|吨|亩|平方米|立方米|千瓦时|瓦|股|月|年|天))+$")  # (不低于每斤30元: a
# floor; 不高于每月120元: a ceiling)
_VERB_TAIL = re.compile(r"(?:增长|达到|达|为|至|到)$")
_ABOUT_AFTER_ZH = re.compile(r"左右|上下")
_OVER_AFTER_ZH = re.compile(r"以上|还多|多一点|出头|往上|还不止|不止|点几|几(?![个年天月])|"
                            r"多(?=[，。；、！？”）),.;!?\s]|$|钱|地|的|了|点|些)|起(?=[，。；！？\s]|$)")
# (七亩多地, 两倍多, 五吨多，, 一百五十块钱往上, 多三成还不止, 百分之二十几, 380元起)
_UNDER_AFTER_ZH = re.compile(r"以下|以内|(?:都|也|还)不到")  # (一块钱都不到)
_ROUGH_SHARE_BEFORE = re.compile(r"(?:约占|差不多|大概)[^，。；]*$|约为[^，。；]*的$")
_CLAUSE_END_ZH = re.compile(r"[，,；;。：:]")
_STILL_EXPECTED = re.compile(r"预计|有望|力争")
_GROWTH_VERB = re.compile(r"增长|下降|增速|提高|回落|减少|增加")
_RATE_CHANGED = re.compile(r"(?:提高|下降|增加|减少|回落)(?!到|至)")
_AMOUNT_CHANGED = re.compile(r"增加|减少|净增|净减")


def _subject(before: str) -> str:
    """The words of the figure's clause before it, less its period, verb and qualifier (新增市场主体 of
    新增市场主体超过2.1万户; 增速 of 增速比上年提高0.4个百分点), or "" when none is left or it is long."""
    clause = _CLAUSE_SPLIT.split(before[-60:])[-1].strip()
    clause = _SUBJECT_HEAD.sub("", _SUBJECT_TAIL.sub("", clause))
    return clause if 2 <= len(clause) <= 20 and _CJK.search(clause) else ""


# A clause that goes on with what the clause before it intends (她准备明年把院子租下来，再增加6间房; 我们打算再扩200亩，
# 再建50个大棚): 再, 还要, 同时 after an intention, nothing done between.
_GOES_ON = re.compile(r"(?:(?:白天|晚上|周末|平时|工作日|节假日)?再|还要|还将|并将|同时(?!已)|然后|让|好让|使得|"
                      r"以便)")  # (…，让每户村民多挣五千块钱: what the
# intention is for)


def _goes_on_planning(lead: str) -> bool:
    """Whether the figure's clause (the end of ``lead``, its sentence up to the figure) goes on from an intention
    in the clauses before it: each clause from the intention's to the figure's opening with 再, 还要, 同时."""
    last_comma = max(lead.rfind("，"), lead.rfind(","))
    if last_comma < 0 or not _GOES_ON.match(lead, last_comma + 1):
        return False  # (the figure's own clause first: the rest split only where it goes on)
    clauses = re.split(r"[，,]", lead)
    for k in range(len(clauses) - 2, -1, -1):
        clause = clauses[k]
        if _DONE.search(clause) or _PAST_IN_CLAUSE.search(clause):
            return False
        if _EXPECT_NEAR.search(clause) or _expects(clause, 0, len(clause)):
            return True
        if not _GOES_ON.match(clause):
            return False
    return False


# A floor owed, promised or set for what is to come (将联合开展专项检查，随机抽查比例不低于, 承诺…现金分红比例不低于,
# 拟以自有资金回购公司股份，回购金额不低于, 每年安排…资金不低于): expected_over, not a floor reached
_FLOOR_OWED = re.compile(r"(?:将|要|须|应|应当|要求|承诺|拟|安排|确保)[^。；]{0,30}?(?:不低于|不少于|至少|不得低于|不得少于)"
                         r"[^，。；\d]{0,16}$")


_CLOSE_QUOTES = frozenset("”」』\"’")
_OPEN_QUOTES = frozenset("“「『\"‘")  # (今年“有望”实现: a forecast word in quotes of its own stays one)


def _expects(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a forecast word that is not a target met nor a comparison with one, with no
    word of what is done between it and the end (计划筹集4000套，截至10月底已筹集3650套: the 3650 is done)."""
    return any(not _EXPECT_MET.search(text, max(0, m.start() - 6), m.start()) and not _DONE.search(text, m.end(), end)
               and not (text[m.end():m.end() + 1] in _CLOSE_QUOTES and text[m.start() - 1:m.start()] not in _OPEN_QUOTES)
               for m in _EXPECT.finditer(text, start, end))
    # (开展“主播培育计划”，累计培育本土主播210名: a programme's name in quotes, no forecast)


# Where a forecast word before the figure does not govern it: the level a rise to come starts from (将由目前的120万吨
# 提升至200万吨), a share of a plan reached (占年度计划投资的91.4%).
_NOT_EXPECTED_BEFORE = re.compile(r"由(?:目前|现在|现有|原来|原)?的?$"
                                  r"|(?:占|为|完成)[^，。；]*(?:计划|预算|目标|任务)[^，。；]{0,8}的$")
_YEAR_NOT_TARGET_AFTER = re.compile(r"[^，。；]{0,6}?到期|(?:\d{1,2}月)?(?:\d{1,2}日)?起"
                                    r"|[^，。；\d]{0,4}?(?:运动会|运会|博会|园会|会)")
_SURVEY_AFTER = re.compile(r"(?:人口)?抽样调查")  # (全国1%人口抽样调查: a survey named by its sampling fraction)
_DONE = re.compile(r"已(?!于|在|是|经过)|实际完成|累计完成")  # (截至…已筹集: by its 已; not 预计截至年底…将突破)


# A report's closing boilerplate, as a heading line of its own in its second half: rating definitions
# (买入：相对沪深300指数涨幅15%以上), the analyst's and the legal statements. Its numbers are no figures.
_BOILERPLATE_HEAD = re.compile(r"(?:^|\n)[^\S\n]*(?:投资)?(?:评级说明|评级标准|评级定义|分析师声明|免责声明|重要声明|"
                               r"法律声明)[^\n]{0,12}(?=\n|$)")


# A section headed as tasks or a plan (二、主要任务, 四、下一步工作, 三、2027年工作安排; not 一、主要任务完成情况, a review):
# its figures are what is to be done, to the next section of its rank.
_PLAN_HEAD = re.compile(r"(?m)^[^\S\n]*([一二三四五六七八九十]+)、[^\n]{0,14}"
                        r"(?:主要任务|重点任务|下一步|工作安排|工作计划|工作目标|"
                        r"(?:20\d\d|明)年(?:工作)?(?:安排|打算|计划|目标)|"
                        r"(?:(?:20\d\d|明)年度?)?(?:[^\n]{0,6}?)预算(?:草案|安排))[^\n]{0,12}$")
_SECTION_HEAD = re.compile(r"(?m)^[^\S\n]*(?:[一二三四五六七八九十]+、|[^\s，。：:、]{1,14}[：:])")  # (or a speaker's turn)
_REVIEW_HEAD = re.compile(r"完成|情况|成效|进展|回顾|总结")


# The target a share of is reached (完成年度目标任务1.2万人的90.0%, 超额完成全年1200公里的目标任务) and a budget's change on
# last year's outcome (支出安排385.6亿元，比上年执行数下降1.8%): forecasts.
_TARGET_OF_SHARE = re.compile(r"目标(?:任务)?[（(]?$")  # (完成年度目标任务（5.6万人）的86.8%: in brackets too)
_BUDGET_VS_OUTCOME = re.compile(r"比(?:上年执行数|今年预计数|上年预计数)(?:增长|下降|增加|减少)?$")


def _plan_sections(text: str) -> list[tuple[int, int]]:
    """The spans of the sections headed as tasks or a plan (after their heading line, to the next section)."""
    spans = []
    for head in _PLAN_HEAD.finditer(text):
        if _REVIEW_HEAD.search(head.group(0)):
            continue
        after = _SECTION_HEAD.search(text, head.end())
        spans.append((head.end(), after.start() if after else len(text)))
    return spans


def _boilerplate_start(text: str) -> int:
    """Where a report's closing boilerplate starts, or past the end when it has none."""
    head = _BOILERPLATE_HEAD.search(text, len(text) // 2)
    return head.start() if head else len(text) + 1


_SPAN_START_BEFORE = re.compile(r"((?:19|20)\d\d)年?\s*[—–\-~至到]\s*$")
# (净息差收窄至1.62%, 下滑至, 下跌至: the level it came down to, too)
_LEVEL_AFTER = re.compile(r"(?:降|减|落|缩|窄|滑|跌|下调|调降|降低|下降|减少|回落|压降|压减)(?:到|至|为)了?"
                          r"(?:约|近|接近|大约)?$")
# A fall's size that narrowed to a figure: still a fall (降幅收窄至0.8%, 降幅由1-5月的3.5%收窄至0.8%, 下滑幅度收窄至2.3%)
_FALL_NARROWED_TO = re.compile(r"(?:降幅|跌幅|降速|幅度)[^，。；]{0,20}(?:到|至|为)了?(?:约|近|接近|大约)?$")
_SLASH_SERIES = re.compile(r"(?:/-?\d[\d.]*){1,6}")  # "/14.71/15.88" after 13.52: a series of one unit
_VOUCHER_OFF = re.compile(r"满[\d.,]+万?元?减$")
_UNIT_HEADER_ZH = re.compile(r"\s*(?:计量)?单位\s*")


def _caption_end(text: str, header: int) -> int:
    """Where the caption of the table whose header line starts at ``header`` would end: just above the header,
    or above the tables right before it (单位：元 over two tables, the second one's header after a blank line)."""
    end = header
    for _ in range(40):
        if end <= 0:
            return end
        prev = text.rfind("\n", 0, end - 1) + 1
        line = text[prev:end - 1]
        if line.strip() and (len(_zh_cells(text, prev)) < 2 or "单位" in line):
            return end  # a line of prose or the caption itself: the caption, if any, ends here
        end = prev
    return header


def _one_month(m: re.Match[str]) -> str:
    n = m.group(1)
    value = int(n) if n.isdigit() else int(cn_numeral(n) or 0)
    return f"{value:02d}..{value:02d}" if 1 <= value <= 12 else ""


def _bracket_months(m: re.Match[str]) -> str:
    first = int(m.group(1))
    last = int(m.group(2) or first)
    return f"{first:02d}..{last:02d}" if 1 <= first <= last <= 12 else ""


def _months(m: re.Match[str]) -> str:
    n = m.group(1) or m.group(2)
    value = int(n) if n.isdigit() else int(cn_numeral(n) or 0)
    return f"01..{value:02d}" if value else ""


# Chinese words that point to a sector, as the English words the sector guess knows (sectors are matched
# by these and by the words of their names: a fact base of other sectors is served as well as it can be).
_SECTOR_HINTS: tuple[tuple[str, str], ...] = (
    ("生产总值|GDP|经济总量|经济|第[一二三]产业|三次产业", "gdp economy"),  # 三次产业: the three parts of GDP
    ("工业|规模以上|制造业", "industrial manufacturing output industry"),
    ("石化|炼油|化工", "petrochemical chemical"),
    ("装备|机床|机械", "equipment machinery"),
    ("船舶|造船|轨道交通|机车", "ship railway"),
    ("港口|集装箱|吞吐量|进出口|出口|进口|外贸|航线|标准箱|贸易", "port container cargo foreign trade export import"),
    ("外资|外商|自贸|利用外资", "foreign capital investment free trade"),
    ("科技|高新技术|专利|研发|创新|数字", "technology high-tech patent r&d innovation digital"),
    ("人口|人才|居民(?!人均|收入|消费)|常住", "population residents talent people"),
    ("消费|零售", "retail consumption consumer"),
    ("旅游|游客", "tourism tourists"),
    ("农业|粮食", "agriculture farming"),
    ("财政|税收", "fiscal revenue finance"),
)
_SECTOR_HINT_RES = [(re.compile(zh), en) for zh, en in _SECTOR_HINTS]


@functools.lru_cache(maxsize=8)
def _chinese_keywords(sectors: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The Chinese words of the sectors' keyword lists ("a;b;房地产"), each once."""
    return tuple(dict.fromkeys(w.strip() for _, words in sectors if ";" in words for w in words.split(";")
                               if _CJK.search(w)))


def looks_chinese(text: str) -> bool:
    """Whether a text is mostly Chinese: more CJK characters than Latin letters (in its first 20,000 characters)."""
    head = text[:20000]
    return len(_CJK.findall(head)) > len(_LATIN.findall(head))


# A space between words, as short-video subtitles print them (鲫鱼 十二 一条, 3块 一斤): between two Chinese
# characters, or a Chinese character and a digit (not two digits: 1 2 are two numbers).
_WORD_SPACE = re.compile(r"(?<=[\u4e00-\u9fff\d]) +(?=[\u4e00-\u9fff\d])")


_NUMERALS = frozenset("0123456789" + CN_DIGITS)
_PER_MEASURE_NEXT = re.compile(r"一[斤条只件份碗杯笼盒袋瓶把根块平位]")
_UNIT_NEXT = re.compile(r"[块元毛角斤两公千克吨个条只台件套间位平米亩万亿多来左上以每钱岁%％]")


def _numbers_apart(text: str, start: int, end: int) -> bool:
    """Whether the space text[start:end] ends a number's phrase, which stays: a number then another (1 2, 二十
    一个人: aged twenty, one person) or a word that is no unit (房租 三百 后来: the spaces of subtitles are their
    clauses' ends too); not a number and its unit or its price's measure (28 一斤, 两百 来斤)."""
    if text[start - 1] not in _NUMERALS:
        return False
    return _PER_MEASURE_NEXT.match(text, end) is None and (text[end] in _NUMERALS or not _UNIT_NEXT.match(text, end))


def unspaced(text: str) -> tuple[str, array[int]] | None:
    """``text`` without the spaces between its words, and where each of its characters stands in ``text``, when the
    text is written with words parted by spaces (subtitles: at least 20 such spaces, one or more for every ten
    Chinese characters); else None. The rules read the unspaced text; the offsets they give are mapped back, so the
    quotes stay verbatim."""
    spaces = [m.span() for m in _WORD_SPACE.finditer(text) if not _numbers_apart(text, m.start(), m.end())]
    if len(spaces) < 20 or 10 * len(spaces) < _CJK.subn("", text)[1]:  # (a count, not a list of every character)
        return None
    parts: list[str] = []
    where = array("q")
    at = 0
    for start, end in spaces:
        parts.append(text[at:start])
        where.extend(range(at, start))
        at = end
    parts.append(text[at:])
    where.extend(range(at, len(text)))
    return "".join(parts), where


def respaced(text: str, where: array[int], found: list[Candidate], tokens: list[NumberToken]
             ) -> tuple[list[Candidate], list[NumberToken]]:
    """``found`` and ``tokens`` read from ``unspaced(text)``, with their offsets in ``text`` and their quotes from it."""
    def span(start: int, end: int) -> tuple[int, int]:
        if start >= end:
            at = where[start] if start < len(where) else len(text)
            return at, at
        return where[start], where[end - 1] + 1

    for c in found:
        c.start, c.end = span(c.start, c.end)
        c.printed_start, c.printed_end = span(c.printed_start, c.printed_end)
        c.as_printed, c.text = text[c.printed_start:c.printed_end], text
    moved = []
    for t in tokens:
        start, end = span(t.start, t.end)
        moved.append(NumberToken(start, end, text[start:end], t.kind))
    return found, moved


# ---- gazetteer and metrics ---------------------------------------------------------------------

@dataclass(frozen=True)
class Place:
    """A province or prefecture-level city of the gazetteer."""

    name_zh: str
    name: str
    kind: str  # city, province
    province: str


def _data_file(name: str) -> Path:
    from explorer.model.files.paths import bundled_data_dir

    return bundled_data_dir() / name


# The peoples an autonomous prefecture's full name gives before 自治州 (果洛藏族自治州, 巴音郭楞蒙古自治州): text calls it
# by what comes before them, with 州 or alone (果洛州, 果洛).
_AUTONOMOUS = re.compile(r"(?:藏族|羌族|彝族|苗族|侗族|布依族|傣族|景颇族|傈僳族|白族|哈尼族|壮族|蒙古族|蒙古|回族|哈萨克|"
                         r"柯尔克孜|朝鲜族|土家族)+自治州$")


@functools.lru_cache(maxsize=1)
def gazetteer() -> dict[str, Place]:
    """Chinese name -> place, from ``gazetteer.csv`` (bundled data); also keyed by the name without 市/省."""
    places: dict[str, Place] = {}
    path = _data_file("gazetteer.csv")
    if not path.exists():
        return places
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            place = Place(row["name_zh"], row["name"], row["kind"], row.get("province", ""))
            places[place.name_zh] = place
    return places


@functools.lru_cache(maxsize=1)
def _province_names() -> dict[str, tuple[str, ...]]:
    """A province's English name -> its Chinese names, full and short (湖北省, 湖北; 广西壮族自治区, 广西)."""
    names: dict[str, list[str]] = {}
    for zh, place in gazetteer().items():
        if place.kind == "province":
            short = re.sub(r"(?:省|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "", zh)
            names.setdefault(place.name, []).extend([zh] + ([short] if len(short) >= 2 and short != zh else []))
    return {k: tuple(dict.fromkeys(v)) for k, v in names.items()}


@functools.lru_cache(maxsize=1)
def _place_names() -> dict[str, str]:
    """The gazetteer's cities by their Chinese names, full and short (河池市, 河池; 果洛藏族自治州, 果洛州, 果洛) -> the
    English name."""
    names: dict[str, str] = {}
    for place in gazetteer().values():
        if place.kind == "city":
            names[place.name_zh] = place.name
            short = re.sub(r"(?:市|地区|盟)$", "", place.name_zh)
            prefecture = _AUTONOMOUS.sub("", place.name_zh)  # 果洛藏族自治州: 果洛州, 果洛
            if prefecture != place.name_zh:
                names.setdefault(prefecture + "州", place.name)
                short = prefecture
            if len(short) >= 2 and short + "省" not in gazetteer():  # 吉林 alone is the province
                names.setdefault(short, place.name)
    return names


@functools.lru_cache(maxsize=1)
def _numeral_places() -> dict[str, tuple[str, ...]]:
    """First character -> the place names that begin with a numeral (七台河, 六盘水, 三门峡, 十堰市, 九台区): of three
    characters or more, so that 九台 (nine machines) stays a figure where 九台区 is no place named."""
    full, _ = county_names()
    names = {n for n in (*_place_names(), *full) if len(n) >= 3 and n[0] in CN_DIGITS}
    out: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        out.setdefault(name[0], []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def _numeral_place_at(text: str, pos: int) -> bool:
    """Whether a place's name begins at ``pos`` with a numeral: 七台河第二发电厂 holds no 7 machines (七台)."""
    names = _numeral_places().get(text[pos:pos + 1])
    return names is not None and any(text.startswith(name, pos) for name in names)


_NOT_COUNTY_AFTER = re.compile(r"[级域]")  # 县级及以上, 全州县域经济: county-level, not the county 全州县
# (县文广旅体局会同县市场监管局: an office acting jointly with another, not the county 会同县 of Huaihua)
_JOINTLY_BEFORE = re.compile(r"[局委办厅府门位队所站心部]$")  # (not 医药学院会同县实践基地: the county)
# a district of Taiwan, Hong Kong or Macao shares its name with a mainland one (台北市大安区, not Zigong's 大安区)
_OUTSIDE_BEFORE = re.compile(r"(?:台湾|台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义|苗栗|彰化|南投|云林|屏东|宜兰|花莲|台东|"
                             r"澎湖|金门|香港|九龙|新界|澳门)[省市县]?$")
_OUTSIDE_DISTRICTS = frozenset(("九龙城区", "黄大仙区", "油尖旺区", "深水埗区", "观塘区", "荃湾区", "屯门区", "元朗区",
                                "大埔区", "西贡区", "沙田区", "葵青区", "离岛区", "湾仔区", "中西区"))  # (Hong Kong's)
# A city's name that is a word of its own where the words around it say so (没开封的: not opened; 长治久安: lasting
# peace; 世界大同, 大同小异): matched from two characters before the name
_CITY_AS_WORD = {"开封": re.compile(r".?[没未已刚打拆再]开封"), "长治": re.compile(r".?.?长治久安"),
                 "大同": re.compile(r"世界大同|.?.?大同小异"),
                 "安康": re.compile(r".?[节乐寿岁事家体安祥福康午秋春庆宵]安康")}
# (端午安康, 阖家安康: a wish of health, not the city 安康)
_NOT_CITY_BEFORE = re.compile(r"[^\W\d省市县区州盟旗、与和及在的至到从]")  # 沿海城市 is a coastal city, not 海城市
_MARKET_AFTER = re.compile(r"[场民]")  # 东方市场 is a market


@functools.lru_cache(maxsize=4)
def _names_pattern(names: frozenset[str]) -> re.Pattern[str]:
    """The longest of ``names`` (a trie: the regex engine steps through a name's characters once)."""
    return re.compile(trie_pattern(set(names), longest=True))


_COUNTY_END = re.compile(r"[县区市旗]")


@functools.lru_cache(maxsize=1)
def _metric_word_ids() -> dict[str, str]:
    return dict(_metric_words())


@functools.lru_cache(maxsize=1)
def _metric_ids() -> set[str]:
    return {mid for _, mid in _metric_words()}


@functools.lru_cache(maxsize=1)
def _metric_rows() -> tuple[dict[str, str], ...]:
    """The rows of metrics.csv (bundled data), read once for the names, classes and words below."""
    path = _data_file("metrics.csv")
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


@functools.lru_cache(maxsize=1)
def _metric_names() -> dict[str, str]:
    """metric id -> English name, from metrics.csv."""
    return {row["id"]: row.get("name", "") or row["id"] for row in _metric_rows()}


@functools.lru_cache(maxsize=1)
def _metric_classes() -> dict[str, str]:
    """metric id -> its unit class (yuan, %, people, TEU ...), from metrics.csv."""
    return {row["id"]: row.get("unit_class", "") or "" for row in _metric_rows()}


@functools.lru_cache(maxsize=1)
def _metric_stems() -> dict[str, str]:
    """The subject of each growth metric's Chinese names (固定资产投资 of 固定资产投资增长) -> the growth id: a
    figure in % after it and a growth verb is that growth."""
    stems: dict[str, str] = {}
    for word, mid in _metric_words():
        stem = re.sub(r"(?:增长|增速)$", "", word)
        if mid.endswith("_growth") and stem != word and len(stem) >= 2:
            stems.setdefault(stem, mid)
    return stems


@functools.lru_cache(maxsize=1)
def _metric_table() -> tuple[tuple[str, str, str, bool], ...]:
    """(word, metric id, its unit class, whether the word is a growth id's subject only) of every name, alias and
    growth subject of metrics.csv."""
    classes = _metric_classes()
    names = _metric_word_ids()
    return tuple((w, m, classes.get(m, ""), w not in names) for w, m in [*_metric_words(), *_metric_stems().items()])


@functools.lru_cache(maxsize=1)
def _metric_table_by_first() -> dict[str, tuple[int, ...]]:
    """_metric_table's positions by the first character of their word."""
    out: dict[str, list[int]] = {}
    for i, (word, *_) in enumerate(_metric_table()):
        out.setdefault(word[0], []).append(i)
    return {ch: tuple(rows) for ch, rows in out.items()}


@functools.lru_cache(maxsize=1)
def _metric_words() -> list[tuple[str, str]]:
    """(Chinese name or alias, metric id) of metrics.csv, longest first."""
    out: list[tuple[str, str]] = []
    for row in _metric_rows():
        for word in [row.get("name_zh", ""), *row.get("aliases", "").split("|")]:
            if word and _CJK.search(word):
                out.append((word, row["id"]))
    return sorted(out, key=lambda p: len(p[0]), reverse=True)


def _table_metric_id(name: str, unit: str) -> str:
    """A table's name for what a cell measures as a metric id where the metrics table names it the same (生产总值 ->
    gdp; 生产总值增速 -> gdp_growth for a rate), else the name as it stands."""
    rate = unit in ("%", "个百分点", "percentage points") and name.endswith("增速")
    base = name[:-2] if rate else name
    mid = next((m for word, m in _metric_words() if word == base), "")
    if not mid:
        return name
    if rate:
        return f"{mid}_growth" if f"{mid}_growth" in _metric_ids() else name
    return mid if _metric_classes().get(mid, "") != "%" else name


# ---- the extractor --------------------------------------------------------------------------------

# A table in the text: cells split by tabs or runs of (full-width) spaces; a cell that is a number; a header's unit
# in brackets; a growth-rate column; a caption's unit.
_NUMBER_CELL = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")
_BRACKET_UNIT = re.compile(r"[（(]([^（）()\d]{1,8})[）)]\s*$")
# What may stand before a printed minus that is the figure's sign (净利润-0.83亿元, 增速为-2.1%, a table's ｜-137.21%):
# a cell's border, or a word's last character that is no digit, unit, scale or letter (not the dash of a range:
# 2亿-3亿元, 10公里-20公里, 3倍-5倍, G-12次).
_SIGN_BEFORE_MINUS = re.compile(r"[为是：:，,（(\s\u3000|｜│]|(?![万亿千百十倍里瓦米吨元人户家个辆箱点亩项条次场单种件台套"
                                r"头只株棵艘架所座处批间\d%.])[\u4e00-\u9fff]")
_LAST_YEAR_SAME = re.compile(r"(?<!比)(?:上年|去年|上年度)同期(?:为|是|的|仅为|只有)?$")  # (not 比上年同期: a change)
_ESTIMATE_COLUMN = re.compile(r"((?:19|20)\d\d)([AaEeFfPp])")  # 2031A (actual), 2032E, 2032F, 2032P (forecast)
_PLAN_HEADER = re.compile(r"(?:年初|本年|本期|全年)?(?:预算数?|计划数?|目标值?|调整预算数?)")  # a budget's or plan's column
# (not 上年预算数: the year before's budget, of its own year)
_RATE_HEADER = re.compile(r"(?:增长|增速|增幅|比重|占比|完成预算|完成年度预算|完成计划|为预算)(?:率)?(?:%|（%）|\(%\))?$")
# A change column with no unit of its own (比上年末增减, 同比增减): in % where its cell is the relative change of the
# row's two amounts before it, as the numbers show (not where it is their difference, in the amounts' unit).
_CHANGE_HEADER = re.compile(r"增减(?:幅度|率)?$|变动(?:幅度|率)?$")


def _change_cell(text: str, row: list[tuple[int, int]], column: int) -> tuple[float, float, str] | None:
    """The row's two numbers before ``column`` (the last two) and the cell at ``column``, when all three are
    numbers; else None."""
    numbers = []
    for a, b in row[:column]:
        cell = text[a:b].strip().replace(",", "")
        if _NUMBER_CELL.fullmatch(cell):
            numbers.append(float(cell))
    cell = text[row[column][0]:row[column][1]].strip().replace(",", "")
    if len(numbers) < 2 or not _NUMBER_CELL.fullmatch(cell):
        return None
    return numbers[-2], numbers[-1], cell


def _absolute_change(text: str, row: list[tuple[int, int]], column: int) -> bool:
    """Whether the cell of ``row`` at ``column`` is the difference of the row's two numbers before it."""
    found = _change_cell(text, row, column)
    if found is None:
        return False
    first, second, cell = found
    return bool(abs(abs(first - second) - abs(float(cell))) <= 1e-6 * max(1.0, abs(float(cell))))


def _relative_change(text: str, row: list[tuple[int, int]], column: int) -> bool:
    """Whether the cell of ``row`` at ``column`` is the change in % from one of the row's two numbers before it to
    the other (this year's and last year's, either first), to its last printed decimal."""
    found = _change_cell(text, row, column)
    if found is None or found[0] == 0 or found[1] == 0:
        return False
    first, second, cell = found
    decimals = len(cell.split(".")[1]) if "." in cell else 0
    changes = ((first / second - 1) * 100, (second / first - 1) * 100)
    return any(abs(change - float(cell)) <= 0.5 * 10.0 ** -decimals + 1e-9 for change in changes)


_RATE_ROW = re.compile(r"率|比例|比重|占比")
_PERCENT_ROW = re.compile(r"(?:率|比例|比重|占比)\s*$")  # a row named as a rate, a share: its cells in %
_NOT_PERCENT_ROW = re.compile(r"比率|周转率|倍数|市盈率|市净率|汇率|兑换率|容积率|频率|倍率|功率|出生率|死亡率|"
                              r"自然增长率|拉动率")  # (ratios in times, rates
# of exchange, a plot ratio)
_RANK_HEADER = re.compile(r"^(?!较|比)\S*(?:位次|排名|名次)$")  # (not 较上年排名: a change)
_CODE_HEADER = re.compile(r"(?:账号|代码|编号|号码|证号|序号|电话)$")  # (not 账户余额, 号码资源收入: amounts)
_IN_FORMULA = re.compile(r"[=＝][^，,；;。]*$")  # a minus in the clause of a formula is arithmetic, not a sign
_RANK_CELL = re.compile(r"\d{1,3}")
_CAPTION_UNIT = re.compile(r"单位[：:]\s*(?:人民币)?([^\s）)，,。；;]{1,6})[）)]?[^\n]*\n(?:[^\S\n]*\n){0,2}\Z")
_NOT_AMOUNT_HEADER = re.compile(r"个数|数量|家数|户数|人数|排名|位次|名次|指数|比重|占比|%")
_GENERIC_HEADER = re.compile(r"指标(?:名称)?|项目|类别|")
TABLE_LINE = 300  # characters of one line of a table, at most


def _line_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts, or -1 when that is more than TABLE_LINE characters back."""
    found = text.rfind("\n", max(0, pos - TABLE_LINE), pos)
    if found < 0:
        return 0 if pos <= TABLE_LINE else -1
    return found + 1


_LABEL_FRAGMENT = re.compile(r"(?![一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])"
                             r"[\u4e00-\u9fff（）()、]{2,30}")  # (not a heading: 二、, （三）)


def _wrapped_label(text: str, line_start: int, next_start: int, width: int) -> bool:
    """Whether the line from ``line_start`` to ``next_start`` is the first part of a table row's name wrapped onto
    the next line: a few Chinese words alone (no number, no punctuation of prose) between rows of ``width`` cells."""
    if not _LABEL_FRAGMENT.fullmatch(text[line_start:next_start - 1].strip()) or line_start <= 0:
        return False
    above = _line_start(text, line_start - 1)
    return above >= 0 and len(_zh_cells(text, above)) == width


def _wrapped_row(text: str, line_start: int, width: int) -> int:
    """Where the name of the indented row of ``width`` cells at ``line_start`` starts, when its name is alone on the
    line above (a long name wrapped before the row's numbers, under rows of ``width`` + 1 cells), else -1."""
    if text[line_start:line_start + 1] not in (" ", "\u3000", "\t") or line_start <= 0:
        return -1
    label = _line_start(text, line_start - 1)
    return label if label >= 0 and not _zh_cells(text, label) and \
        _wrapped_label(text, label, line_start, width + 1) else -1


# Where goods are sent, before a city named (发往北京、太原等地, 销往上海): not the text's city (not 来自佳木斯各县的大米).
_PROVINCE_TEXT = 0.75  # the province of a province's own release (its own rule: calibrated apart)
# 全省 as a comparison's field or base (居全省第3位, 占全省的, 高于全省平均), not the subject of a figure
_WHOLE_PROVINCE_COMPARED = re.compile(r"(?:居|占|比|于|在|列|为|超|较|与|同)全省|全省(?:第|平均|首位|前列|之首|排名|的比重)")


# The subjects a clause may name after 全省, before its figure: the city's or county's own (全省…，我县…)
_WHOLE_SUBJECT = re.compile(r"全市|全县|全州|全盟|我县|我市|本县|本市|该县|该市|咱们|我们")
# Words before 全省 in its clause that make it an object, a field or a source, not the subject (面向全省招聘, 按全省
# 统一部署, 向全省输送, 承办全省运动会, 来自全省的)
_WHOLE_OBJECT_BEFORE = re.compile(r"[向按对为在给让把被占居列比]|面向|按照|承办|来自|覆盖|辐射|带动|参加|组织|举办|服务|"
                                  r"高出|高于|低于|快于|慢于|接近|保持|超过|相当于|同期")  # (and a base: 占全省的8.9%)
_WHOLE_NOT_SUBJECT_AFTER = re.compile(r"首|唯一|最|各地|统一|范围|看|情况看|来看")  # (全省首个, 从全省看: no subject yet)
# A clause that is only the change of the figure before it (…4.3亿人次，同比增长9.2%)
_CHANGE_CLAUSE = re.compile(r"(?:同比|比上年|较上年)?(?:增长|下降|提高|降低|增加|减少)了?")


@functools.lru_cache(maxsize=1)
def _province_of_city() -> dict[str, str]:
    """A city's English name (as the gazetteer spells it) -> its province's, for the cities that are no province."""
    return {p.name: p.province for p in gazetteer().values() if p.kind != "province" and p.province and
            p.province != p.name}


def _place_tag(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` fills a tag of its own: an account's place in brackets (@阿梅的小茶铺（弥勒）) or
    a hashtag (#弥勒); not a tag it only begins (#江山如画, （石狮子修复记）)."""
    before = text[start - 1:start] if start else ""
    return before in ("（", "(") and text[end:end + 1] in ("）", ")") or \
        before == "#" and (end == len(text) or text[end] in " \t\n#\u3000")


def _province_of(text: str) -> str:
    """The province a text is the release of, or "": one province named (江苏省, 江苏) in its first lines and not
    followed there by one of its cities, and 全省 (the whole province) the subject of its figures four times or more
    and more often than 全市 (a city's report says 全省 where it compares itself: 居全省第3位, 高于全省平均)."""
    whole = text.count("全省") - len(_WHOLE_PROVINCE_COMPARED.findall(text))
    if whole < 4 or whole <= text.count("全市"):
        return ""
    head = text[:_TITLE_REACH]
    named = {zh: p.name for zh, p in gazetteer().items() if p.kind == "province" and zh.endswith("省")
             and zh[:-1] in head}
    if len(named) != 1:
        return ""
    (zh, province), = named.items()
    cities = _place_names()
    if any(head.startswith(city, m.end()) for m in re.finditer(re.escape(zh), head) for city in cities):
        return ""  # (湖南省益阳市交通运输局: a city of the province is the one the text is about)
    return province


# (外地客户也多，茂名、阳江都有人下单: customers from elsewhere, listed after; not 外地游客来桂林, where they come;
# 发到了新疆喀什, 闺女从郑州回来: where goods went, where someone came from)
_ELSEWHERE_BEFORE = re.compile(r"(?:发往|销往|运往|远销|送往|飞往|开往|出口到|出口至|发到了?|寄到了?|卖到了?)"
                               r"[^。；，\n]{0,8}$|来自$|(?<!过)去$|"
                               r"外地[^。；，\n]{0,8}[，,](?:[\u4e00-\u9fff]{2,4}[、和及])*$")
_CAME_BACK_AFTER = re.compile(r"[\u4e00-\u9fff]{0,5}?(?:回来|过来|赶回|回家|来的|进的|进货|港|口岸|机场|火车站|"
                              r"高铁站)")
# (闺女从郑州坐高铁回来, 香菇从天津港走, 从广州进的货: where she came from, the port goods leave by, where goods were
# bought; not 记者从泉州市统计局获悉)
_SPACED_OUT = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]{1,4}(?=[\u4e00-\u9fff])")


_NAMED_CELL = re.compile(r"(?=[^\d\s（(]*[\u4e00-\u9fff])[^\d\s（(]*[（(][^（）()\d]{1,8}[）)]"
                         r"(?P<cell>[-+]?\d[\d,]*(?:\.\d+)?)")


_COUNTED_HEADER = re.compile(r"(?:批次|人次|家次|户次)$")  # (a column headed by what it counts: 抽检批次)
_RULE_CELL = re.compile(r":?-{3,}:?")  # (a markdown table's rule cell: ---, :---:)


def _zh_cells(text: str, line_start: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of the line starting at ``line_start`` (none for a line of prose)."""
    end = text.find("\n", line_start, line_start + TABLE_LINE)
    if end < 0:
        end = min(len(text), line_start + TABLE_LINE)
    line = text[line_start:end].rstrip()
    if CELL_GAP.search(line) is None:
        return []
    cells = table_cells(line, line_start)
    if line.endswith(("｜", "│", "|")) and not line.lstrip().startswith(("｜", "│", "|")):
        cells.append((line_start + len(line), line_start + len(line)))  # 工业蒸汽｜元/吨｜210｜: its last cell empty
    if cells:  # 私教课（单节）268: a row's name in brackets, its number cell touching it (no gap between)
        touching = _NAMED_CELL.fullmatch(text, cells[0][0], cells[0][1])
        if touching is not None:
            cells[:1] = [(cells[0][0], touching.start("cell")), (touching.start("cell"), cells[0][1])]
    merged: list[tuple[int, int]] = []
    for a, b in cells:  # 项　　目, 指　标: a two-character label spaced out is one cell
        if merged and b - a == 1 and merged[-1][1] - merged[-1][0] == 1 and a - merged[-1][1] <= 4 and \
                _CJK.match(text, a) and _CJK.match(text, merged[-1][0]) and not text[merged[-1][1]:a].strip(" \u3000"):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _sentences(text: str) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while e - s > 600:  # a text with no sentence end: windows of 600 characters
            starts.append(s)
            ends.append(s + 600)
            s += 600
        if e > s:
            starts.append(s)
            ends.append(e)
    return starts, ends


def _heading_at(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a heading line: short, with no sentence's punctuation (一、2031年工作回顾)."""
    start = text.rfind("\n", max(0, pos - 40), pos) + 1  # (a heading is short: no look further than its reach,
    end = text.find("\n", pos, pos + 40)  # so a text of one long line costs a bounded step per year named)
    if start == 0 and pos > 40 or end < 0 and len(text) > pos + 40:
        return False
    line = text[start:end if end >= 0 else len(text)].strip()
    return len(line) <= 30 and not re.search(r"[。；，,;：:]|[\s\u3000]{2}", line) and len(_YEAR.findall(line)) == 1 \
        and not _DATE_LINE.search(line)  # (not a table's header, 项目　　2031年末　　2030年末, nor a date 2032年1月)


_DATE_LINE = re.compile(r"(?:19|20)\d\d年\d{1,2}月(?:\d{1,2}日)?$")


_RAISED_TO = re.compile(r"(?:提高|提升|上调|调整|调高|放宽|下调|降低)(?:至|到|为)")


_LISTED_FALL = re.compile(r"分别(?:比上年|比上月|同比|环比|较上年|较上月)?(?:下降|减少|降低|回落|下滑|下跌)了?$")


def _listed_falls(text: str, found: list[Candidate]) -> None:
    """Each figure of a list after 分别下降 fell (黄瓜、西葫芦和菠菜分别下降21.6%、18.3%和15.7%): the fall's sign, which
    only the first takes from the verb before it, for the others of the list, of its unit; not a list that names its
    own verbs (分别下降6.3%和上涨2.1%)."""
    listed = False
    for a, b in zip(found, found[1:]):
        if a.value < 0 and (listed or _LISTED_FALL.search(text, max(a.start, a.printed_start - 12), a.printed_start)) \
                and b.value > 0 and a.unit == b.unit and text[a.printed_end:b.printed_start] in ("、", "和", "及", "与"):
            b.value = -b.value
            listed = True
        else:
            listed = False


def _raised_caps(text: str, found: list[Candidate]) -> None:
    """A cap raised or cut (最高额度由60万元提高至80万元): the new value is a cap as the old one is; and the next such
    change of its sentence, of the same unit (，单缴存职工由40万元提高至50万元), is of caps too; so is each value of a
    list of caps (分别不超过4万元、5万元)."""
    capped_at = -1  # the sentence start of the last cap changed
    for a, b in zip(found, found[1:]):
        if a.qualifier == "under" and b.qualifier == "exact" and a.unit == b.unit and \
                text[a.printed_end:b.printed_start] in ("、", "和", "或") and \
                re.search(r"分别(?:不超过|不高于|最高|最多)", text[a.start:a.printed_start]):
            b.qualifier = "under"  # 每套最高分别不超过4万元、5万元: each cap of a list
            continue
        if a.unit != b.unit or a.start != b.start or text[a.printed_start - 1:a.printed_start] != "由" or \
                not _RAISED_TO.fullmatch(text, a.printed_end, b.printed_start):
            continue
        if a.qualifier == "under" or capped_at == a.start and a.qualifier == "exact":
            a.qualifier = b.qualifier = "under"
            capped_at = a.start


class _ZhExtractor:
    def __init__(self, text: str, cities: Mapping[str, Iterable[str]] | None,
                 progress: Callable[[int, int], None] | None, sectors: Mapping[str, str] | None = None,
                 published: str = "") -> None:
        self.published = published[:4] if _PUBLISHED.match(published) else ""  # the year the text was written
        self.sectors = dict(sectors or {})
        self._sector_of: tuple[tuple[int, int], tuple[str, float]] = ((-1, -1), ("", 0.0))
        self._clause_cache: tuple[int, dict[tuple[int, int], tuple[str, float]]] = (-1, {})
        self._words_memo: dict[str, tuple[str, float]] = {}
        self._quote_from: dict[int, int] = {}  # a table cell's printed start -> where its quote starts
        self._table_cells: dict[int, tuple[str, str]] = {}  # a table cell's number -> (its column's period, metric)
        self._planned_cells: set[int] = set()  # table cells under a budget's or plan's column (预算数, 计划)
        self.raw = text
        self.text = _CN_YEAR.sub(lambda m: m.group(0).translate(_CN_YEAR_DIGITS), text.translate(FULL_WIDTH))
        # (same length: offsets are the raw text's; 二〇三〇年 is read as 2030年 is, a year, as officials print it)
        self.progress = progress
        self.starts, self.ends = _sentences(self.text)
        self.tokens: list[NumberToken] = []
        self.doc_year = ""
        # (not a base the text compares with: 恢复到2019年同期的118.3%, 由2023年的18%提升至)
        title_end = min(_TITLE_REACH, (self.text.find("\n") + 1 or len(self.text) + 1) - 1)
        year = next((m for m in _YEAR.finditer(self.text)
                     if (m.start() < title_end or self.raw[m.start()].isascii())  # (二〇一九年 in a story: an
                     # anecdote's year; in the title line, 二〇二五年统计公报, the text's own)
                     and not _BASE_YEAR_BEFORE.search(self.text, max(0, m.start() - 4), m.start())
                     and not _BASE_YEAR_AFTER.match(self.text, m.end())
                     and not _EVENT_YEAR_AFTER.match(self.text, m.end())
                     and not _EVENT_YEAR_BEFORE.search(self.text, max(0, m.start() - 3), m.start())), None)
        this_year = _THIS_YEAR_SO_FAR.search(self.text, 0, year.start()) if year and self.published else None
        if this_year is not None and not _COMPARED.search(self.text, max(0, this_year.start() - 1), this_year.start()):
            # 今年前三季度 in the lead of a dated release, a year named only later (约为2033年全年的1.8倍, 2033年全年，
            # ...): the text is of the year it was written in, as its 今年 says
            self.doc_year = self.published[:4]
        elif year and self.published and year.start() >= title_end and int(year.group(1)) <= int(self.published) - 2:
            self.doc_year = self.published[:4]  # 2027年，村里只有3家农家乐 in a story dated 2032: a past year's anecdote,
            # not the year the text is about (a report on last year, 2031年全市…, dated 2032, keeps its own year)
        elif year:
            self.doc_year = year.group(1)
            span = _SPAN_START_BEFORE.search(self.text, max(0, year.start() - 6), year.start())
            if span is not None and int(span.group(1)) == int(self.doc_year) - 1:
                self.doc_year = span.group(1)  # 2033—2034年供暖季: a season named at its start, written in its first year
        else:
            released = _RELEASE_DATE.search(self.text, 0, 300)
            date = (released.group(1), int(released.group(2))) if released else \
                (self.published, int(published[5:7] or 0)) if self.published else None
            if date:  # a release of January or February reports on the year before when it speaks of 全年
                early = 0 < date[1] <= 2 and ("全年" in self.text or _TO_DECEMBER.search(self.text) is not None)
                self.doc_year = str(int(date[0]) - early)
        self._moments: list[tuple[int, str]] = []  # months that govern the rest of their sentence only
        self._periods = self._period_marks()
        # A half-year report (2031年半年度报告摘要, 2031年中期报告 in its heading): the year its figures are of the half of
        half = _HALF_YEAR_REPORT.search(self.text, 0, min(len(self.text), _TITLE_REACH))
        self._half_year_report = half.group(1) if half else ""
        month = next((m for m in _MONTH_REPORT.finditer(self.text, 0, min(len(self.text), _TITLE_REACH))
                      if _heading_at(self.text, m.start())), None)
        self._month_report = f"{month.group(1)}-{int(month.group(2)):02d}..{int(month.group(2)):02d}" if month else ""
        week = _WEEK_WATCHED.search(self.text, 0, min(len(self.text), 2 * _TITLE_REACH)) \
            if "周报" in self.text[:_TITLE_REACH] else None
        if week is not None and not month and (week.group(3) is None or week.group(3) == week.group(2)):
            week_year = week.group(1) or self.doc_year  # a weekly report of a week within one month: of that month
            self._month_report = f"{week_year}-{int(week.group(2)):02d}..{int(week.group(2)):02d}" if week_year else ""
        # A quarterly report (2031年第三季度报告): its table's columns 本报告期 (the quarter) and 年初至报告期末 (the
        # months to its end), and the change columns beside them, are of those months
        quarter = next((m for m in _QUARTER_REPORT.finditer(self.text, 0, min(len(self.text), _TITLE_REACH))
                        if _heading_at(self.text, m.start())), None)  # (its title line: not "以公司2031年第三季度报告中
        # 披露的数据为准" in a flash report of the first three quarters)
        q = "一二三".index(quarter.group(2)) + 1 if quarter else 0
        self._report_columns = (f"{quarter.group(1)}-{3 * q - 2:02d}..{3 * q:02d}",
                                f"{quarter.group(1)}-01..{3 * q:02d}") if quarter else \
            (f"{self._half_year_report}-H1",) * 2 if self._half_year_report else ("", "")
        self._relative = sorted(self._relative_marks() + self._moments)
        self._plan_sections = _plan_sections(self.text)  # (start, end) of each section headed as tasks or a plan
        self._plan_starts = [a for a, _ in self._plan_sections]
        self._city_hits = self._cities(cities or {})
        # the city the text names most, once (not one its goods are sent to: 发往北京、太原等地)
        home = [c for at, c in self._city_hits if not _ELSEWHERE_BEFORE.search(self.text, max(0, at - 12), at)
                and not (self.text.startswith("从", at - 1) and _CAME_BACK_AFTER.match(self.text, at + 2))]
        counts = Counter(home)
        best, n = counts.most_common(1)[0] if counts else ("", 0)
        first_line = self.text.find("\n", 0, _TITLE_REACH)
        in_title = list(dict.fromkeys(c for at, c in self._city_hits if at < first_line)) if first_line > 0 else []
        titled = in_title[0] if in_title and all(counts[in_title[0]] > counts[c] for c in in_title[1:]) else ""
        # (the title's first place, named more than its others: not 天津出发：唐山、秦皇岛两日游, each named twice)
        if titled and counts[titled] == n and n >= 2:  # (【vlog】承德烤鸭一条街实探, and 承德 named as often as any)
            best, n = titled, max(n, (len(home) + 1) // 2)
        self._default_city: tuple[str, float] = (best, 0.7 if n * 2 >= len(home) else 0.4) if best else ("", 0.0)
        issuer = self._issuer_city() or (self._issuer_county() if not best else "")
        if issuer and self._default_city[1] < 0.7:  # 文安县商务局 on the first line, then 全县…: the issuer's city
            self._default_city = (issuer, 0.7)
        province = _province_of(self.text)
        if province:  # a province's own release: a figure no city is named with is the province's (全省实现…)
            self._default_city = (province, _PROVINCE_TEXT)

    def _issuer_city(self) -> str:
        """The city of the body that issues the text where its first line names it (文安县商务局, 廊坊市统计局,
        XX市人民政府办公室): a short line that opens with a place and ends with an office's word; "" otherwise."""
        text = self.text
        first = _FIRST_LINE.match(text, 0, 200)  # (a title's reach: a text of one long line is read no further)
        if first is None or not _ISSUER_END.search(first.group(1)):
            return ""
        line_start, line_end = first.span(1)
        hits = [c for at, c in self._city_hits if line_start <= at < line_start + 2]
        return hits[0] if hits and line_end - line_start <= 30 else ""

    def _issuer_county(self) -> str:
        """The city of a county of a two-character name (环县) that issues the text: its source line names it
        (来源：环县农业农村局), its first line opens with it before a year or an office (环县2031年…情况), or the
        text's head names it alone, twice or more, before an office, a village or a township; "" else."""
        short = two_character_counties()
        source = _SOURCE_ISSUER.search(self.text, 0, 300)
        if source is not None and source.group(1) in short:
            return short[source.group(1)]
        first = _FIRST_LINE.match(self.text, 0, 200)
        if first is not None and first.group(1)[:2] in short and _AFTER_ISSUER_NAME.match(first.group(1), 2):
            return short[first.group(1)[:2]]
        named = [m.group(1) for m in _TWO_COUNTY_HEADER.finditer(self.text, 0, 300) if m.group(1) in short]
        if named and named.count(named[0]) >= 2 and len(set(named)) == 1:
            return short[named[0]]  # (a livestream's header: 直播账号：康县柿坪村…, 嘉宾：…康县农业农村局…)
        return ""

    # -- periods -----------------------------------------------------------------------------
    def _period_marks(self) -> list[tuple[int, str, bool]]:
        """Every period named in the text: (offset, period, whole_year_only) in text order."""
        text = self.text
        marks: list[tuple[int, str, bool]] = []
        years = [(m.start(), m.end(), m.group(1)) for m in _YEAR.finditer(text)]
        year_starts = [y[0] for y in years]

        def year_before(pos: int) -> str:
            i = bisect.bisect_right(year_starts, pos) - 1
            if i >= 0 and pos - years[i][1] <= 2:
                return years[i][2]
            return ""

        opened: list[tuple[int, int]] = []  # (我们院是2016年开的，…。: the year a place opened, for its sentence)
        for start, end, year in years:
            if re.match(r"\d{1,2}月\d{1,2}日", text[end:end + 6]):
                continue  # 2032年3月16日: the date of the release, not a period of figures
            if not re.match(r"[^，。；]{0,2}(?:上半年|下半年|前(?=[一二三四五六七八九十两\d])|第?一季度|1[-—至~])",
                            text[end:end + 6]) \
                    and not _COMPARED.search(text, max(0, start - 1), start) \
                    and not text.startswith("同期", end) \
                    and not (text[start - 1:start] == "是" and text[end:end + 1] == "的"):  # 是2020年的两倍: a base
                # (a year something began in, 1994年经国务院批准, governs its own clause only)
                marks.append((start, year, _EVENT_YEAR_AFTER.match(text, end) is not None
                              or _EVENT_YEAR_BEFORE.search(text, max(0, start - 3), start) is not None))
                if _OPENED_IN_AFTER.match(text, end):  # (to the last sentence near it that says 当时 or 一开始)
                    back = [m.start() for m in _THEN_BACK.finditer(text, end, self._sentence_end(start) + 240)]
                    opened.append((start, self._sentence_end(back[-1] if back else start)))
        asides: list[tuple[int, int]] = opened  # (从当月看，11月份…: a single month's figures within a report of more)
        holidays: list[tuple[int, str]] = []  # where a holiday or an event of its own months is named, and them
        for pattern, name in _SUB_PERIODS:
            for m in pattern.finditer(text):
                if _COMPARED.search(text, max(0, m.start() - 1), m.start()) or \
                        _COMPARED_YEAR.search(text, max(0, m.start() - 3), m.start()):
                    continue  # 比一季度回落, 较今年国庆期间增加: a comparison, not the figure's period
                sub = name(m)
                year = year_before(m.start()) or self._relative_year(m.start()) or self.doc_year  # 今年前三季度
                if sub and year:
                    one_month = sub[:2] == sub[-2:] and len(sub) == 6
                    if one_month and (_MOMENT_AFTER.match(text, m.end()) is not None
                                      or _EVERY_BEFORE.search(text, max(0, m.start() - 2), m.start()) is not None):
                        self._moments.append((m.start(), f"{year}-{sub}"))
                        continue
                    marks.append((m.start(), f"{year}-{sub}", False))
                    if one_month and _THIS_MONTH_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                        end = text.find("\n", m.end())
                        asides.append((m.start(), end if end >= 0 else len(text)))
                    if pattern in _HOLIDAY_PATTERNS:
                        holidays.append((m.start(), f"{year}-{sub}"))
        if holidays:  # 假期期间, 今年假期, 节日期间 after the holiday is named: that holiday's months again
            holidays.sort()
            at_holiday = [at for at, _ in holidays]
            for m in _HOLIDAY_AGAIN.finditer(text, holidays[0][0] + 1):
                k = bisect.bisect_left(at_holiday, m.start()) - 1
                other = self._relative_year(m.start())  # (去年假期: the year before's)
                if k >= 0 and (not other or other == holidays[k][1][:4]) and \
                        not _YEAR_WORD_BEFORE.search(text, max(0, m.start() - 3), m.start()) and \
                        not _COMPARED.search(text, max(0, m.start() - 1), m.start()) and \
                        not _COMPARED_YEAR.search(text, max(0, m.start() - 3), m.start()):
                    marks.append((m.start(), holidays[k][1], False))
        named = [(at, year) for at, year, clause_only in marks if not clause_only and _heading_at(text, at)]
        named_at = [at for at, _ in named]
        year_end = ""  # the year of the last year's end named with its year (截至2031年底 … 年末在院老人: the same)
        for m in _WHOLE_YEAR.finditer(text):
            if m.group(0) in ("今年", "本年") and _COMPARED.search(text, max(0, m.start() - 1), m.start()):
                continue  # 比今年预计数下降4.5%: the base compared with, not the period of what follows
            year = year_before(m.start()) or (self.published if m.group(0) == "今年" else "") or \
                self._relative_year(m.start())  # (截至去年底, 去年全年: the year before)
            last_named = bisect.bisect_right(year_starts, m.start()) - 1
            if m.group(0) in ("年末", "年底") and not year and \
                    not _PLAN_NEAR.search(text, max(0, m.start() - 12), m.end() + 12) and \
                    last_named >= 0 and years[last_named][2] == year_end:
                year = year_end  # (not 力争年底全市新能源占比达到80%, 年末存栏计划达到: a plan's year; nor where a
                # later year was named since the 截至…年底, as a 公报's own year)
            elif m.group(0) in ("年末", "年底") and _AS_AT_YEAR.search(text, max(0, m.start() - 8), m.start()):
                year_end = year  # (截至2031年底: not a table's header, 2031年末　　2030年末)
            if not year and m.group(0) in ("全年", "年末", "年底"):
                # the year a section's heading names (一、2031年工作回顾 … 全年地区生产总值…), over the text's own
                # year (a report given in 2032 on 2031)
                k = bisect.bisect_right(named_at, m.start()) - 1
                year = named[k][1][:4] if k >= 0 else ""
            year = year or self.doc_year
            if year:
                marks.append((m.start(), year, m.group(0) == "全年"))
        marks.sort()
        if asides:  # a month's own figures, given aside in a paragraph: after it, the period before it again
            for start, end in asides:
                k = bisect.bisect_left(marks, (start, "", False)) - 1
                while k >= 0 and marks[k][2]:
                    k -= 1
                if end < len(text) and (k >= 0 or self.doc_year):
                    marks.append((end, marks[k][1] if k >= 0 else self.doc_year, False))
            marks.sort()
        return marks

    def _relative_year(self, pos: int) -> str:
        """The year a part of a year or 年底 at ``pos`` belongs to when 今年, 去年, 前年 or 明年 stands just before it
        (去年前三季度, 去年的上半年, 截至去年底: the match of 年底 starts at 去年's 年), counted from the year of
        writing (明年 from the text's own year when that is unknown); "" when none does or that year is unknown."""
        text = self.text
        word = text[pos - 2:pos] if pos >= 2 else ""
        if word not in _BACK and text[pos - 1:pos] == "的" and pos >= 3:
            word = text[pos - 3:pos - 1]
        if word not in _BACK and text.startswith(("年底", "年末"), pos) and pos >= 1:
            word = text[pos - 1:pos + 1]
        at = pos - 2 if text.startswith(word, pos - 2) else pos - 3 if text.startswith(word, pos - 3) else pos - 1
        if word in _BACK and _COMPARED.search(text, max(0, at - 1), at):
            return ""  # 比去年全年增加: the base compared with, not the figure's year
        base = self.published or (self.doc_year if word == "明年" else "")  # (明年一季度: the year after the text's)
        return str(int(base) - _BACK[word]) if word in _BACK and base else ""

    def _relative_marks(self) -> list[tuple[int, str]]:
        """去年, 如今, 目前 … counted from the year the text was written, when that is known: (offset, year) in
        text order; each governs only the rest of its own sentence (not 比去年: a base it is compared with)."""
        if not self.published:
            return []
        text = self.text
        return [(m.start(), str(int(self.published) + _RELATIVE_STEP.get(m.group(0), 0)))
                for m in _RELATIVE_YEAR.finditer(text)
                if not _COMPARED.search(text, max(0, m.start() - 1), m.start())]

    def _period(self, pos: int, s_start: int) -> tuple[str, float]:
        """The period governing a figure at ``pos``: the last named before it in its sentence (全年 only in
        its own clause; 去年 or 目前 counted from the year of writing), else the last named before it in the
        text, else the text's first year."""
        r = bisect.bisect_right(self._relative, (pos, "\uffff")) - 1
        if r >= 0 and self._relative[r][0] >= s_start:  # (a later named period of the sentence governs instead)
            i = bisect.bisect_right(self._periods, (pos, "\uffff", True)) - 1
            if i < 0 or self._periods[i][0] < self._relative[r][0] or \
                    self._periods[i][2] and _CLAUSE_BREAK.search(self.text, self._periods[i][0], pos):
                return self._relative[r][1], 0.7  # (去年全年，…: 全年 governs only its own clause)
        i = bisect.bisect_right(self._periods, (pos, "\uffff", True)) - 1
        stop = i - 64  # a text of nothing but 全年 costs no more than a bounded look back per figure
        whole, whole_here = "", False
        while i >= 0 and i > stop:
            at, period, clause_only = self._periods[i]
            if clause_only and _CLAUSE_BREAK.search(self.text, at, pos):
                # a 全年 before the figure ends a part-year named in an earlier sentence (in its own sentence,
                # 前11个月…，预计全年…；货物吞吐量…, the part-year still governs the clauses after the 全年)
                if not whole:
                    whole, whole_here = period, at >= s_start
                i -= 1
                continue
            if whole and at < s_start and ("-" in period or whole_here):
                period = whole  # 上半年 … 全年 … then a figure: the whole year came after the part-year, and
                # a 全年 of the figure's own sentence governs it over a year named in an earlier sentence
            return period, 0.8 if at >= s_start else 0.6
        later = bisect.bisect_right(self._periods, (pos, "\uffff", True))
        if later < len(self._periods) and self._periods[later][0] < self._sentence_end(pos) and \
                self._relative_year(self._periods[later][0]) in ("", self.published):
            return self._periods[later][1], 0.6  # (not 全市1200家，去年全年为1300家: the year before is the other's)
        return (self.doc_year, 0.5) if self.doc_year else ("", 0.0)

    def _sentence_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.ends[i] if i >= 0 else len(self.text)

    # -- cities ------------------------------------------------------------------------------
    def _cities(self, cities: Mapping[str, Iterable[str]]) -> list[tuple[int, str]]:
        names = dict(_place_names())
        for cid, aliases in cities.items():
            for alias in aliases:
                if alias and _CJK.search(alias):
                    names[alias] = cid
        if not names:
            return []
        # a county (仙游县) counts for its prefecture; by its short name (仙游) once the text has named it in full;
        # not where it overlaps a city's name (北部湾港北海港区: the city 北海 and its 港区, not 港北 and 海港区)
        text = self.text
        found = [m for m in _names_pattern(frozenset(names)).finditer(text)
                 if not ((word := _CITY_AS_WORD.get(m.group(0))) and word.match(text, max(0, m.start() - 2)))]
        hits = [(m.start(), names[m.group(0)]) for m in found]
        spans = [m.span() for m in found]
        starts = [a for a, _ in spans]
        full, shorts = county_names()
        longest = max(map(len, full), default=0)

        def clear(a: int, e: int) -> bool:  # not inside or across a city's name
            i = bisect.bisect_right(starts, e - 1) - 1
            return i < 0 or spans[i][1] <= a

        shown: dict[str, list[int]] = {}
        for m in _COUNTY_END.finditer(text):  # where a county's full name can end (县, 区, 市, 旗): a set lookup
            e = m.end()  # for each length, not a 2,800-branch alternation tried at every character
            name = next((text[a:e] for a in range(max(0, e - longest), e - 1) if text[a:e] in full), "")
            a = e - len(name)
            if name and (_OUTSIDE_BEFORE.search(text, max(0, a - 3), a) or text[a - 1:e] in _OUTSIDE_DISTRICTS or
                         text[a - 2:e] in _OUTSIDE_DISTRICTS):
                continue  # (台北市大安区, 香港九龙城区)
            if name.startswith("会同") and _JOINTLY_BEFORE.search(text, max(0, a - 1), a):
                continue  # (…局会同县市场监管局: jointly with)
            if name and clear(a, e) and not _NOT_COUNTY_AFTER.match(text, e) and not (
                    name.endswith("城市") and a > 0 and _NOT_CITY_BEFORE.match(text, a - 1)) and not (
                    name[-1] == "市" and _MARKET_AFTER.match(text, e)):  # (not 全州县级, 沿海城市, 东方市场)
                hits.append((a, full[name]))
                shown.setdefault(name, []).append(a)
        wanted = {short: name for short, name in shorts.items() if name in shown}
        bare = bare_chinese_cities()  # a county-level city named bare in the title (钟祥养鸡大户…), its province in the
        # text (IP属地：湖北), and no city of the gazetteer named in the title: as in full, where the words around it
        # make it a place (not 灯塔工厂, 江山如画, 阳春三月, 石狮子)
        blank = text.find("\n\n", 0, _TITLE_REACH)
        head_end = blank if blank > 0 else _TITLE_REACH  # (the title lines: to the first blank line)
        title_cities = {c for a, c in hits if a < head_end}  # (a city other than its own prefecture: 济南 …)
        for m in _names_pattern(frozenset(bare)).finditer(text, 0, head_end):
            name, province = bare[m.group(0)]
            if title_cities - {full[name]}:
                continue
            if clear(*m.span()) and (_PLACE_AFTER.match(text, m.end()) or _PLACE_BEFORE.search(
                    text, max(0, m.start() - 3), m.start()) or _place_tag(text, m.start(), m.end())) and \
                    any(zh in text for zh in _province_names().get(province, ())):
                wanted[m.group(0)] = name
        if wanted:  # then the short names of the counties the text has named in full (仙游县 … 仙游)
            at_full = {a for name in shown for a in shown[name]}
            for m in _names_pattern(frozenset(wanted)).finditer(text):
                if m.start() not in at_full and clear(*m.span()) and not (
                        m.group(0)[-1] == "市" and _MARKET_AFTER.match(text, m.end())):  # (江西市场: not 西市)
                    hits.append((m.start(), full[wanted[m.group(0)]]))
        if "”" in text or "【" in text:  # not a viewer's or a caller's handle read out (“合肥的葡萄”问, “杭州小林妈妈”说)
            handles = [m.span() for m in _HANDLE.finditer(text)]  # nor a comment's label (【弹幕·包头的兰兰】): no place
            if handles:
                opens = [a for a, _ in handles]
                hits = [(a, c) for a, c in hits
                        if (k := bisect.bisect_right(opens, a) - 1) < 0 or not a < handles[k][1]]
        return sorted(hits)

    def _city(self, pos: int, s_start: int) -> tuple[str, float]:
        i = bisect.bisect_right(self._city_hits, (pos, "\uffff")) - 1
        named_at = self._city_hits[i][0] if i >= 0 and self._city_hits[i][0] >= s_start else -1
        whole = self._whole_province(max(s_start, named_at), pos)
        if whole:
            return whole, 0.7  # 全省接待游客4.3亿人次 in a county's report: the province's own figure
        if named_at >= 0:
            return self._city_hits[i][1], 0.8
        return self._default_city

    def _whole_province(self, lo: int, pos: int) -> str:
        """The province of the text's city where the figure's clause names 全省 before it as its subject (全省接待
        游客4.3亿人次; or the clause before, when the figure's own is only its change: …，同比增长9.2%), not as a
        base or a field (居全省, 占全省的, 高于全省平均水平); else ""."""
        text = self.text
        clause = _UP_TO_CLAUSE_BREAK.match(text, max(lo, pos - 40), pos)
        c_start = clause.end() if clause is not None else max(lo, pos - 40)
        if _CHANGE_CLAUSE.fullmatch(text, c_start, pos) and c_start - 1 > lo:
            before = _UP_TO_CLAUSE_BREAK.match(text, max(lo, c_start - 41), c_start - 1)
            c_start = before.end() if before is not None else max(lo, c_start - 41)
        at = text.find("全省", c_start, pos)
        if at < 0 or at - c_start > 12 or _WHOLE_OBJECT_BEFORE.search(text, c_start, at) or \
                _WHOLE_PROVINCE_COMPARED.match(text, max(0, at - 1), at + 6) or \
                _WHOLE_NOT_SUBJECT_AFTER.match(text, at + 2) or \
                _WHOLE_PROVINCE_COMPARED.search(text, at, min(pos, at + 6)) or _WHOLE_SUBJECT.search(text, c_start, pos):
            return ""  # (near the clause's start, a time or the province's name before it: not 面向全省招聘, 来自
            # 全省的, 全省首个…; nor 高出全省2.6个百分点, 接近全省的三分之一: the province as a base)
        named = next((place for n in (3, 2) if (place := gazetteer().get(text[max(c_start, at - n):at])) is not None
                      and place.kind == "province"), None)
        if named is not None:
            return named.name  # (江西全省茶园面积172万亩: the province named, whichever the text is about)
        return _province_of_city().get(self._default_city[0], "")

    # -- one number --------------------------------------------------------------------------
    def _figure(self, m: re.Match[str], s_start: int) -> tuple[float, str, str, int, int] | None:
        """(value, unit, qualifier, printed start, printed end), or None when the number is no figure."""
        text = self.text
        start, end = m.span()
        if start > s_start:  # after the last clause break of the 40 characters before, within the sentence
            lo = max(s_start, start - 40)
            last_break = _UP_TO_CLAUSE_BREAK.match(text, lo, start)
            clause_start = last_break.end() if last_break is not None else lo
        else:
            clause_start = s_start
        before = text[clause_start:start]
        after = text[end:end + 12]
        if m.group("rank"):
            n = m.group("rank")[1:]
            value = float(n) if n.isdigit() else cn_numeral(n)
            if value is None or _NOT_RANK_AFTER.match(after):
                return None
            if _RANK_AFTER.match(after) or _RANK_BEFORE.search(text[max(s_start, start - 16):start]):
                return value, "rank", "exact", start, end
            return None
        if m.group("first"):  # 居全省首位, 位居各大类首位: first, a rank (not 放在首位, 首位产业: a priority)
            return (1.0, "rank", "exact", start, end) if _FIRST_PLACE_BEFORE.search(
                text, max(s_start, start - 16), start) and not _PRIORITY_BEFORE.search(
                text, max(s_start, start - 16), start) else None
        if m.group("double"):  # 翻一番: doubled (2 times); 翻两番: 4 times
            times = 2.0 ** (cn_numeral(m.group("double")[-2]) or 1)  # (翻了一番 too)
            return times, "倍", self._qualifier(before, text[end:end + 12], s_start, start), start, end
        if m.group("bare"):
            bare = m.group("bare")  # 万亿元, 百亿元, 千亿元 written without a digit: one of that scale
            if _GROUP_AFTER.match(text, end) or _GROUP_NOUN.match(text, end):
                return None  # 超百亿元企业, 千亿元以上项目: the amount names a group
            value_bare, unit_bare = (1.0, bare) if bare == "万亿元" else (100.0 if bare[0] == "百" else 1000.0, "亿元")
            return value_bare, unit_bare, self._qualifier(before, "", s_start, start), start, end
        if m.group("frac"):  # 三分之一: a share in %; 百分之三十: 30 %
            den_text, num_text = m.group("frac").split("分之")
            den = {"百": 100.0, "千": 1000.0}.get(den_text) or cn_numeral(den_text)
            num = cn_numeral(num_text)
            if den == 1000.0 and m.group("frac").startswith("千") and num is not None and num <= den and \
                    "‰" in _ZH_UNITS:  # 千分之七: 7 per mille
                return self._signed(num, "‰", before, after, s_start, start, end)
            if not den or num is None or num > den or den not in (100.0,) and m.group("frac").startswith(("百", "千")):
                return None
            share = round(100 * num / den, 2)
            lower = _PCT_LOWER.search(before) if den == 100.0 else None
            upper = _PCT_UPPER.match(after) if den == 100.0 else None
            low_value = cn_numeral(lower.group(1)) if lower is not None else None
            high_value = cn_numeral(upper.group(1)) if upper is not None else None
            ranged = low_value is not None and low_value < share or high_value is not None and high_value > share
            signed = self._signed(share, "%", before[:lower.start()] if ranged and lower is not None else before,
                                  after, s_start, start, end)  # 下降三分之一: a fall
            qualifier = "range" if ranged else signed[2]  # 百分之六点五到百分之七: each end of a range
            return signed[0], "%", qualifier if qualifier != "exact" or share == 100 * num / den else "approximately", \
                start, end
        cn_text = m.group("cnunit")
        if m.group("pctup"):  # 百分之六到六点五: the upper end, in % as the lower end says
            lower = _PCT_LOWER.search(before)
            high, low = cn_numeral(m.group("pctup")), cn_numeral(lower.group(1)) if lower is not None else None
            if lower is not None and high is not None and low is not None and low < high <= 100:
                signed = self._signed(high, "%", before[:lower.start()], after, s_start, start, end)
                return signed[0], "%", "range", start, end
            cn_text = m.group("pctup")  # (挣四千到五千，: no share; a numeral before its unit, or money, as ever)
        if m.group("half"):  # 一半以上, 接近一半, 半数: a share of 50 %
            if m.group("half") == "一半" and before.endswith("到") and _HALFWAY_AFTER.match(after):
                return None  # 走到一半时, 比赛进行到一半: halfway through, no share
            if m.group("half") == "一半" and after.startswith("多"):  # 一半多: more than half
                half_more = self._signed(50.0, "%", before, after[1:], s_start, start, end + 1, over=True)
                return half_more
            if m.group("half") == "过半" and not _HALF_SHARE_BEFORE.search(before):
                return None  # 这个月过半了, 工期过半, 走过半辈子: time or way gone by (占比过半, 进度已过半: a share)
            if m.group("half") == "一半" and _CLAUSE_OPEN.search(before) and not after.startswith(("以上", "左右", "多")) \
                    and \
                    not _WHOLE_NAMED.search(text[s_start:start].replace("一半", "")):
                return None  # 一半是山，一半是水: a half that opens its sentence's clauses, of nothing counted before
            return self._signed(50.0, "%", before, after, s_start, start, end, over=bool(m.group("overhalf")))
        if m.group("pairlo") or m.group("pairhi") or m.group("tenlo"):  # 七八十家, 两三百个: each end of a spoken range
            return self._spoken_pair(m, before, s_start)
        if m.group("few"):  # 好几千人, 几百家: more than the round number (as 上千)
            unit_at = re.match(rf"([万亿]?)([多余来]?)({_MEASURE_UNITS}|{_CLASSIFIER_RE}|个|块)", after)
            if unit_at is None:  # 几十万的额度, 卖了几千，: money said without its unit, more than the round number
                few = self._unitless_money({"十": 10.0, "百": 100.0, "千": 1000.0}[m.group("few")[-1]], start, end,
                                           before, s_start)
                return None if few is None else (few[0], few[1], "over" if few[2] in ("exact", "approximately")
                                                 else few[2], few[3], few[4])
            if unit_at.group(1) or unit_at.group(3) in ("米", "升") or \
                    unit_at.group(3) in ("眼", "万眼") and not self._wells_near(start, end + unit_at.end()):
                return None  # (几十米就见水了: no measure; 看了几百眼: glances)
            few_unit = self._spoken_unit(unit_at.group(3), after[unit_at.end():], before)
            if few_unit is None:
                return None
            round_number = {"十": 10.0, "百": 100.0, "千": 1000.0}[m.group("few")[-1]]
            qualifier = self._qualifier(before, text[end + unit_at.end():end + unit_at.end() + 12], s_start, start)
            return round_number, few_unit, "over" if qualifier in ("exact", "approximately") else qualifier, start, \
                end + unit_at.end()
        if m.group("geyi"):  # 一个多亿, 一点三个亿, 两个亿: 亿元 as spoken
            value_geyi = cn_numeral(m.group("geyi"))
            tail = re.match(r"个(多?)亿元?", after)
            if value_geyi is None or tail is None:
                return None
            p_end = end + tail.end()
            qualifier = self._qualifier(before, text[p_end:p_end + 12], s_start, start)
            if tail.group(1) and qualifier in ("exact", "approximately"):
                qualifier = "over"
            return -value_geyi if _FALL_BEFORE.search(before) else value_geyi, "亿元", qualifier, start, p_end
        if m.group("kuaijiao") or m.group("kuaijiaod"):  # 两块五一斤, 一块五, 3块6: yuan and jiao, as spoken
            whole, jiao = (m.group("kuaijiao") or m.group("kuaijiaod")).split("块")
            jiao, _, fen = jiao.rstrip("分").partition("毛")
            if jiao.startswith("零"):
                jiao, fen = "零", jiao[1:]  # (四块零五: no jiao, five fen)
            value_kj = float(whole) if whole.isdigit() else cn_numeral(whole)
            tenths = 0.0 if jiao == "零" else float(jiao) if jiao.isdigit() else cn_numeral(jiao)
            hundredths = (cn_numeral(fen) or 0.0) if fen else 0.0
            if value_kj is None or tenths is None or "块钱" not in _ZH_UNITS:
                return None
            qualifier = self._qualifier(before, text[end:end + 12], s_start, start)
            if text.startswith("多", end) and qualifier in ("exact", "approximately"):
                qualifier = "over"  # 一块一毛多: over 1.1 yuan
            if _KUAI_JIAO_RANGE_AFTER.match(text, end) or _KUAI_JIAO_RANGE_BEFORE.search(before):
                qualifier = "range"  # 土豆一块一到一块三: each end of the range
            value_kj = round(value_kj + tenths / 10 + hundredths / 100, 2)
            if qualifier != "range" and _FALL_BEFORE.search(before):
                value_kj = -value_kj  # 比去年便宜了一块五: a fall, as 便宜了两块钱 is
            return value_kj, "块钱", qualifier, start, end
        if cn_text:  # 三万多元, 十二家, 一百多人: a number in Chinese numerals before its unit
            if _READ_OUT_DIGITS.fullmatch(cn_text):
                return None  # 一三八三五三六零七二九: a phone number read out digit by digit, no figure
            clipped_tenths = _TENS_AND_TENTHS.fullmatch(cn_text)
            if clipped_tenths is not None and _PRICE_JUST_SAID.search(before) and _MONEY_END_RE.match(text, end):
                whole = cn_numeral(clipped_tenths.group(1)) or 0.0  # 标价三十九八: 39.8 yuan
                tenth = cn_numeral(clipped_tenths.group(2)) or 0.0
                if "元" in _ZH_UNITS and whole:
                    return round(whole + tenth / 10, 1), "元", self._qualifier(before, text[end:end + 12], s_start,
                                                                                start), start, end
            if after.startswith(("个月", "个半月")):  # 去化周期是十六点五个月, as in digits; other months are durations
                return self._inventory_months(cn_numeral(cn_text), after, before, start, end, s_start)
            months_upper = _MONTHS_RANGE_AFTER.match(after)
            if months_upper is not None:  # 去化周期为十二至十八个月: the lower end, in the upper end's months
                low, high = cn_numeral(cn_text), cn_numeral(months_upper.group(1))
                if low is None or high is None or not 0 < low < high or "months" not in BUNDLED_UNITS or \
                        not _INVENTORY_MONTHS_BEFORE.search(self.text, max(s_start, start - 40), start):
                    return None
                return (-low if _FALL_BEFORE.search(before) else low), "months", "range", start, end
            value_cn = cn_numeral(cn_text) or {"百": 100.0, "千": 1000.0}.get(cn_text)
            if _DEGREES_AFTER.match(after):  # 零下三十多度, 水温八十五度左右: a temperature said
                return self._temperature(value_cn, start, end, s_start)
            rest = _scale_more_unit(after)
            if rest is None and value_cn and before.endswith("零下") and "℃" in _ZH_UNITS and \
                    _TEMPERATURE_TALK.search(text, max(0, start - 40), start) and _MONEY_END_RE.match(text, end):
                # 外头啥温度知道不？我手机上显示零下三十一，: a temperature said without its 度
                return -value_cn, "℃", self._qualifier(before[:-2], text[end:end + 12], s_start, start - 2), \
                    start - 2, end
            cn_lower = self._cn_lower_end(value_cn, after, before) if rest is None else None
            if cn_lower is not None:  # 十八到二十吨: the lower end takes the upper end's unit
                return cn_lower[0], cn_lower[1], "range", start, end
            if rest is None and value_cn is not None:
                carried = self._unit_carried(value_cn, start, end, before, s_start)
                if carried is not None:  # (去年我们种了三百一十颗，前年才一百四: 140 颗)
                    return carried
            if rest is None and value_cn is not None:  # 一个月挣八千，: money said without its unit
                return self._unitless_money(value_cn, start, end, before, s_start)
            if rest is not None and rest.group(3) in ("米", "升") and (
                    cn_text in ("百", "千")
                    or _SAID_METRES_NOT_BEFORE.search(text, max(s_start, start - 12), start) is not None):
                return None  # (百米定尺重轨, 吨酒收入6299元/千升, 最后一百米, 离居民楼不到五百米: no measure)
            if rest is not None and rest.group(3) in ("眼", "万眼") and not self._wells_near(start, end + rest.end()):
                return None  # (瞪了我十几眼, 看了二十多眼: glances)
            kuai_after = text[end + rest.end():end + rest.end() + 3] if rest is not None and rest.group(3) == "块" \
                else ""
            if value_cn is None or rest is None or value_cn < 10 and not rest.group(1) and not rest.group(2) and \
                    not _cn_upper_end(value_cn, before, "") and not (
                    rest.group(3) == "块钱" or rest.group(3) in ("毛钱", "毛", "分钱") and (
                        value_cn >= 2 or text[end + rest.end():end + rest.end() + 1] in "二两三四五六七八九"
                        or rest.group(3) in ("毛钱", "分钱") and _COIN_ENDS.match(text, end + rest.end())
                        and not _NOT_A_CENT_BEFORE.search(before))
                    or _PER_WEIGHT_ZH.match(kuai_after.removeprefix("多"))  # (三块多一斤: a price)
                    or kuai_after.startswith(("多钱", "出头"))  # (去年才四块出头: a little over 4 yuan)
                    or rest.group(3) == "块" and _KUAI_ENDS.match(kuai_after) and (
                        _KUAI_MONEY.search(before) or self._kuai_priced(start, end, before, value_cn))
                    and not _KUAI_CUT.search(before)
                    or value_cn >= 2 and not rest.group(2) and self._small_counted(rest.group(3), end + rest.end(),
                                                                                     before)
                    or value_cn >= 2 and not rest.group(2) and self._answers_how_many(rest.group(3), start,
                                                                                      end + rest.end())
                    or value_cn >= 2 and not rest.group(1) and not rest.group(2) and text[start:end] != "二" and
                    self._inspection_count(rest.group(3), end + rest.end(), before)  # (not 进行二次结算: a second)
                    or value_cn >= 2 and not rest.group(1) and not rest.group(2) and
                    self._small_said_count(rest.group(3), end + rest.end(), before)
                    or value_cn >= 2 and rest.group(3) in _SMALL_MEASURES | _SMALL_COUNTS
                    and not before.endswith(("每", "一"))
                    and not _SMALL_MEASURE_STOP.match(text, end + rest.end())
                    and not (rest.group(3) in _SMALL_COUNTS and (text[start:end] == "二"
                                                                 or text[end + rest.end():end + rest.end() + 1] in "河山"))):
                return None  # (一家, 两名: a phrase's classifier, no figure; but 两块钱, 两块一斤, 我卖四块，: money)
            if rest.group(3) in ("个", "块"):  # 两百多个, 两万三千多块 (yuan), as spoken
                # (the words of money may stand in the clause before: 前腿肉便宜点，十五块)
                spoken = self._spoken_unit(rest.group(3), text[end + rest.end():end + rest.end() + 10],
                                           text[max(s_start, start - 12):start] if kuai_after else before,
                                           _KUAI_PIECES.search(text, s_start, self._sentence_end(start)) is not None,
                                           value_cn >= 10 and not rest.group(1),
                                           rest.group(3) == "块" and self._kuai_priced(start, end, before, value_cn))
                more_after = 2 if spoken == "块钱" and kuai_after.startswith("多钱") else \
                    1 if spoken == "块钱" and kuai_after.startswith("多") else 0  # 一块多钱, 五万块多: over
                if spoken == "块钱" and rest.group(1) == "万" and "万块钱" in _ZH_UNITS:
                    if not kuai_after.startswith("钱") and not _KUAI_MONEY.search(before) and \
                            not _KUAI_PER_TIME.search(before):
                        return None  # (这种砖价格便宜，厂里库存九万块: bricks; money needs its words in the clause)
                    spoken = "万块钱"  # 九万块: 90,000 yuan, as spoken
                elif spoken == "个" and rest.group(1) == "万" and "万个" in _ZH_UNITS:
                    spoken = "万个"  # 粉丝涨到了三万多个: over 30,000
                elif spoken is None or rest.group(1):
                    return None
                p_end = end + rest.end() + more_after
                qualifier = self._qualifier(before, text[p_end:p_end + 12], s_start, start)
                if rest.group(2) in ("来", "把") and qualifier == "exact" or rest.group(2) == "来" and qualifier == "under":
                    qualifier = "approximately"  # (一天最多带三十来个人: about thirty, as the labelled texts give it)
                elif (rest.group(2) and rest.group(2) not in ("来", "把") or more_after) and \
                        qualifier in ("exact", "approximately"):  # (差不多两百来块: approximately, not over)
                    qualifier = "over"
                upper_of = _cn_upper_end(value_cn, before, rest.group(1))
                if upper_of:  # 三到四个, 三千五到四千块: a range's upper end
                    qualifier = "range"
                elif spoken == "块钱" and _KUAI_RANGE_UPPER.match(text, end + rest.end()):
                    qualifier = "range"  # 二十八块到三十块一公斤: the lower end
                fell = _FALL_BEFORE.search(before[:upper_of] if upper_of else before)
                return -value_cn if fell else value_cn, spoken, qualifier, start, p_end
            if rest.group(3) in _COUNT_CLASSIFIERS.split("|") and (rest.group(3) not in _ZH_UNITS or rest.group(1)
                                                                   and rest.group(1) + rest.group(3) not in _ZH_UNITS):
                return None  # (a classifier the units table lacks, or 万 of one it lacks: no unit to give)
            above = before.endswith("上") and cn_text in ("百", "千")  # 上千条: over a thousand
            if cn_text in ("百", "千") and (rest.group(3).endswith("元") or _GROUP_AFTER.match(
                    text, end + rest.end()) or _GROUP_NOUN.match(text, end + rest.end()) or before.endswith("每")):
                return None  # (百亿元级, 千万元以上: a group's size; money without a digit is read as "bare"; 每千人口
                # 执业医师: per thousand people, the rate's base)
            scale, more, unit = rest.groups()
            if scale and scale + unit in _ZH_UNITS:
                unit = scale + unit  # 三万多元: 3 万元
            elif scale:
                value_cn *= 1e4 if scale == "万" else 1e8
            p_end = end + rest.end()
            if unit == "毛" and not scale and not more and p_end < len(text) and text[p_end] in "一二两三四五六七八九" and \
                    value_cn < 10 and _JIAO_ENDS.match(text, p_end + 1) and (cents := cn_numeral(text[p_end])):
                value_cn, p_end = value_cn + cents / 10, p_end + 1  # 九毛二: 9.2 毛, 0.92 yuan as spoken
            if unit in ("毛", "毛钱") and not more and text.startswith("多", p_end):
                more, p_end = "多", p_end + 1  # 两毛多: over 2 毛 (not 两毛一斤: 一斤 is what it is per)
            if unit == "个基点":  # 降息五十个基点: signed as 50个基点 is
                upper_of = _cn_upper_end(value_cn, before, "")
                signed = self._signed(value_cn, unit, before[:upper_of] if upper_of else before,
                                      text[p_end:p_end + 12], s_start, start, p_end, bool(more or above))
                return (signed[0], signed[1], "range", start, p_end) if upper_of else signed
            qualifier = self._qualifier(before, text[p_end:p_end + 12], s_start, start)
            if more in ("来", "把") and qualifier == "exact":
                qualifier = "approximately"  # 二十来吨: about 20 tonnes; 千把斤: about a thousand jin
            elif (more and more not in ("来", "把") or above) and qualifier in ("exact", "approximately"):
                qualifier = "over"  # (十几家, 两百多个: over; 大概送六十来瓶: about, not over)
            upper_of = _cn_upper_end(value_cn, before, scale)
            lead = before[:upper_of] if upper_of else before
            if _FALL_BEFORE.search(lead) or _LOWER_BY.search(lead) and not _VOUCHER_OFF.search(lead):
                value_cn = -value_cn  # 减少五百元, 比去年便宜了两毛: an amount that fell, as in digits (下降了三到四万吨:
                # both ends)
            if upper_of:  # 十八到二十吨: the upper end of a range
                qualifier = "range"
            elif text.startswith(("到", "至"), p_end) and re.match(
                    rf"[到至][{CN_DIGITS}]+{re.escape(rest.group(3))}", text[p_end:p_end + 8]) or \
                    before.endswith(("到", "至")) and re.search(rf"[{CN_DIGITS}]{re.escape(rest.group(3))}[到至]$", before):
                qualifier = "range"  # 五毛到八毛, 十吨到二十吨: each end, its unit said twice
            return value_cn, unit, qualifier, start - above, p_end
        if m.group("cn"):
            value_cn = cn_numeral(m.group("cn"))
            if value_cn is None:
                return None
            if after.startswith("成"):  # 下降约三成: a fall, as in digits; 六成多: over 60 %; 八成五: 85 %
                plus = after.startswith("成多")
                fifth = _TENTHS_AFTER.match(after) if not plus and value_cn.is_integer() and value_cn < 10 else None
                if fifth is not None:
                    value_cn += 0.5 if fifth.group(1) == "半" else ("一二三四五六七八九".index(fifth.group(1)) + 1) / 10
                step = 2 if fifth is not None else 1 + plus
                tenth_share = self._signed(round(value_cn * 10, 2), "%", before, after[step:], s_start, start,
                                           end + step, over=plus)
                if fifth is not None and tenth_share[2] == "exact":  # (a share said to the half-tenth is rounded, as
                    tenth_share = (tenth_share[0], tenth_share[1], "approximately", tenth_share[3], tenth_share[4])
                    # each labeller gave 八成五, 七成五, 六成六 and 一成五)
                if tenth_share[0] > 0 and not before.endswith("低于") and _LOWER_THAN.search(before):
                    # 低于全省平均水平约一成: that much below (城镇化率仍低于三成: a bound, under 30 %)
                    return -tenth_share[0], tenth_share[1], tenth_share[2], tenth_share[3], tenth_share[4]
                return tenth_share
            if after.startswith("倍"):  # 近两倍: approximately
                doubled = re.search(r"翻了?$", before) if value_cn == 1 else None
                if doubled is not None:  # 翻了一倍: doubled, 2 times (as 翻一番)
                    return 2.0, "倍", self._qualifier(before[:doubled.start()], after[1:], s_start, start - len(
                        doubled.group(0))), start - len(doubled.group(0)), end + 1
                return value_cn, "倍", self._qualifier(before, after[1:], s_start, start), start, end + 1
            upper_of = _cn_upper_end(value_cn, before, "")  # 三到五个百分点: the upper end, signed as the lower
            signed = self._signed(value_cn, "个百分点", before[:upper_of] if upper_of else before, after[4:], s_start,
                                  start, end + 4)
            return (signed[0], signed[1], "range", start, end + 4) if upper_of else signed
        digits = m.group("digits")
        value = float(digits.replace(",", ""))
        geyi = re.match(r"个(多?)亿元?", after)
        if geyi is not None and "亿元" in _ZH_UNITS and text[start - 1:start] not in "第.-－":  # 1.2个亿, 3个多亿: 亿元
            p_end = end + geyi.end()  # as spoken, in digits as in numerals
            qualifier = self._qualifier(before, text[p_end:p_end + 12], s_start, start)
            if geyi.group(1) and qualifier in ("exact", "approximately"):
                qualifier = "over"
            return -value if _FALL_BEFORE.search(before) else value, "亿元", qualifier, start, p_end
        if after.startswith("个月") and not after.startswith("个月的") and "months" in BUNDLED_UNITS and (
                _INVENTORY_MONTHS_BEFORE.search(text, max(s_start, start - 40), start)
                or _MONTHS_MEASURED_BEFORE.search(text, max(s_start, start - 40), start)
                or _PAYBACK_AFTER.match(after, 2)):
            months = -value if _FALL_BEFORE.search(before) else value  # 去化周期为15.2个月: a figure, no period
            return months, "months", self._qualifier(before, after[2:14], s_start, start), start, end + 2
        if after.startswith("年") and _TERM_BEFORE.search(before) and not _TERM_TIER_AFTER.match(text, end + 1) \
                and not _TERM_GOES_ON.match(after, 1) \
                and not (value.is_integer() and 1900 <= value <= 2100) and "years" in BUNDLED_UNITS:
            # 期限为5年, 剩余期限20年, 期限最长不超过30年: a loan's or a bond's term (not 期限5年以上的: a tier's bound;
            # not 实施期限为2031年至2035年: dates)
            term = self._qualifier(before, text[end + 1:end + 13], s_start, start)
            return value, "years", "under" if term == "exact" and "最长" in before else term, start, end + 1
        aged = after.startswith("岁") and _AGE_GROUP_AFTER.match(after, 1) is None and \
            _AGE_MEASURED_BEFORE.search(text, max(s_start, start - 40), start) is not None and \
            not _AGE_RANGE_BEFORE.search(text, max(0, start - 3), start)
        # (初婚平均年龄30.6岁: an age measured; not 60岁以上, 15—59岁: a group)
        if not aged and (_DATE_AFTER.match(after) or _DATE_RANGE_AFTER.match(after) or _MONTHS_BEFORE.search(before)
                         and _MONTH_AFTER_ZH.match(after)):
            return None
        if _LATIN.match(after[:1]) or _LATIN.match(text[max(0, start - 1):start]):
            return None  # 5G, G20: names
        if text[start - 1:start] in (":", "：") and text[start - 2:start - 1].isdigit() and start >= 2:
            return None  # 10:00起: the minutes of a time
        p_end = end
        over = False
        scaled_more = _SCALE_MORE.match(after)  # 1.2万多个, 3亿多元: over 1.2 万个
        if scaled_more:
            unit_after = _UNIT_RE.match(text, end + 2)
            if unit_after is not None and scaled_more.group(1) + unit_after.group(0) in _ZH_UNITS:
                qualifier = self._qualifier(before, text[unit_after.end():unit_after.end() + 12], s_start, start)
                return value * (-1.0 if _FALL_BEFORE.search(before) else 1.0), \
                    scaled_more.group(1) + unit_after.group(0), \
                    "over" if qualifier in ("exact", "approximately") else qualifier, start, unit_after.end()
        extra = _MORE_AFTER.match(after)
        if extra:
            over = True
            p_end += 1
        about = not over and after.startswith("来") and _UNIT_RE.match(text, p_end + 1) is not None
        if about:  # 400来人: about 400 people, as spoken
            p_end += 1
        scaled_range = None if over or about else _SCALED_RANGE.match(text, p_end)
        if scaled_range is not None:  # 720万—760万头: the lower end takes the upper end's unit, its scale said twice
            upper_unit = _UNIT_RE.match(text, scaled_range.end() - 1)
            if upper_unit is not None and upper_unit.group(0).startswith(scaled_range.group(1)) and \
                    float(scaled_range.group(2)) > value:
                return value * (-1.0 if _FALL_BEFORE.search(before) else 1.0), upper_unit.group(0), "range", start, \
                    p_end + 1
        if _DEGREES_AFTER.match(text, p_end):  # 零下4度: a temperature said
            return self._temperature(value, start, p_end, s_start, more=text[p_end - 1:p_end] == "多")
        unit_m = _UNIT_RE.match(text, p_end)
        upper = None if over else re.match(rf"{_RANGE_DASH}(\d+(?:\.\d+)?)", text[p_end:p_end + 12])
        if unit_m is None and upper is not None:  # 2至3条: the lower end takes the upper end's unit
            upper_unit = _UNIT_RE.match(text, p_end + upper.end())
            if upper_unit is None:  # a cell of a table, 3200—3800 under 单位 元: each end in the cell's unit
                cell_unit, quote_from = self._table_unit(start)
                if not cell_unit and float(upper.group(1)) > value and \
                        self._unitless_digits(digits, value, start, end, s_start):
                    return self._unitless_money(value, start, end, before, s_start, ranged=True)  # 300到450，: money
                if not cell_unit or float(upper.group(1)) <= value:
                    return None
                self._quote_from[start] = quote_from
                return value, "percentage points" if cell_unit == "个百分点" else cell_unit, "range", start, p_end
            unit = upper_unit.group(0)
            if unit == "岁":
                return None  # (0—14岁人口, 招收2至3岁幼儿: an age group)
            if unit[:1] in ("万", "亿") and value >= 10 * float(upper.group(1)) and _UNIT_RE.fullmatch(unit[1:]):
                unit = unit[1:]  # 8000到1万块钱: the lower end said in full (8,000 块钱), the scale the upper end's
            return value * (-1.0 if _FALL_BEFORE.search(before) else 1.0), \
                "percentage points" if unit == "个百分点" else unit, "range", start, p_end
        if unit_m is None and text.startswith("/", p_end):  # 13.52/14.71/15.88亿元 (分别为): each takes the unit
            series = _SLASH_SERIES.match(text, p_end)
            last_unit = _UNIT_RE.match(text, series.end()) if series is not None else None
            if last_unit is not None:
                unit = last_unit.group(0)
                qualifier = self._qualifier(before, "", s_start, start)
                return value, "percentage points" if unit == "个百分点" else unit, qualifier, start, p_end
        if unit_m is None:
            structure = _STRUCTURE_RATIO.search(text, max(s_start, start - 40), min(len(text), p_end + 30))
            if structure is not None and structure.start("parts") <= start < structure.end("parts") and \
                    abs(sum(float(x) for x in re.split("[∶:]", structure.group("parts"))) - 100) <= 1:
                return value, "%", "exact", start, p_end  # 三次产业结构为14.5∶28.6∶57.0: each part's share
            if not value.is_integer() and _RATIO_BEFORE.search(before):
                return value, "倍", "exact", start, p_end  # 收入之比为2.09: a bare ratio, in times
            to_one = _TO_ONE.match(text, p_end)
            if to_one is not None and before.endswith(("比", "比为", "比是")) and "倍" in _ZH_UNITS:
                return value, "倍", "exact", start, to_one.end()  # 生师比15.5:1: that many to one, in times
            if to_one is not None and _RATIO_CLAUSE.search(before) and "倍" in _ZH_UNITS:
                return value, "倍", self._qualifier(before, text[to_one.end():to_one.end() + 12], s_start, start), \
                    start, to_one.end()  # 车桩比由上年末的2.6∶1下降至2.1∶1, 保持在2∶1左右: the ratio its clause names
            cell_unit, quote_from = self._table_unit(start) if not over else ("", -1)
            if not cell_unit and not over:
                cell_unit, quote_from = self._labelled_line_unit(start)
            if cell_unit:  # a cell of a table in the text: the unit of its column, its row or its caption
                if re.search(rf"\d{_RANGE_DASH}$", text[max(0, start - 2):start]) and \
                        _TABLE_RANGE_LOWER.search(text, max(0, start - 20), start):
                    self._quote_from[start] = quote_from  # 3200—3800: the upper end of a range in a cell
                    return value, "percentage points" if cell_unit == "个百分点" else cell_unit, "range", start, p_end
                self._quote_from[start - (text[start - 1:start] == "-")] = quote_from
                minus = text[start - 1:start] == "-"
                return (-value if minus else value), "percentage points" if cell_unit == "个百分点" else cell_unit, \
                    "forecast" if start in self._planned_cells else "exact", start - minus, p_end
            if p_end == end and text.startswith(("万", "亿"), end) and 0 < value < 10000 and digits[:1] != "0" and \
                    text[start - 1:start] not in "第.-－（(：:=＝/" and not _LATIN.match(text[max(0, start - 1):start]):
                return self._unitless_money(value, start, end, before, s_start)  # 又花了差不多5万: 万元, as spoken
            if self._unitless_digits(digits, value, start, end, s_start) and \
                    not text.startswith(("-", "—", "－", "~", "～"), end):
                return self._unitless_money(value, start, end, before, s_start)  # 份子钱一个月是2800，: money
                # said in digits with no unit, as in numerals (一个月四千五，)
            return None
        unit = unit_m.group(0)
        if unit in ("小时", "个小时"):
            listed = _HOURS_LISTED.search(text, max(s_start, start - 60), start)  # 分别为6.8小时和0.9小时
            if not (_HOURS_BEFORE.search(text, max(s_start, start - 30), start) or listed) or \
                    _HOURS_SERVICE.match(text, unit_m.end()):
                return None  # (24小时值班, 日最大8小时浓度, 保持24小时在线服务: no duration measured)
            previous = _HOURS_PAIR_END.search(before) if listed is not None else None
            if _HOURS_SAVED.search(before) or previous is not None and _FALL_BEFORE.search(before, 0, previous.start()):
                qualifier = self._qualifier(before, text[unit_m.end():unit_m.end() + 12], s_start, start)
                return -value, unit, qualifier, start, unit_m.end()  # 节省了3小时: 3 hours less, as 缩短了3小时;
                # 分别压缩1.6小时和0.3小时: both fell
        if unit == "分" and (text[start - 1:start] in ("点", "时", ":", "：") or "." not in digits
                            and not _SCORE_BEFORE.search(text, max(s_start, start - 12), start)):
            return None  # (10点30分: a time; a score in whole points only after 得分/评分/分值: 得分达到88分)
        if unit in ("眼", "万眼") and not self._wells_near(start, unit_m.end()):
            return None
        if unit == "米" and (_METRE_NOT_AFTER.match(text, unit_m.end())
                            or _METRE_NOT_BEFORE.search(text, max(s_start, start - 8), start)):
            return None  # (风速25米/秒: a speed; 100米决赛, 4×100米接力: an event; 限高4.5米, 每隔50米,
            # 身高1.2米的儿童: a rule)
        lower_end = _RANGE_LOWER_END.search(text, max(s_start, start - 12), start)  # 缩短5至7天: the range's words
        at = lower_end.start() if lower_end is not None else start  # stand before its lower end
        if unit in ("天", "个工作日") and (not (_HOURS_BEFORE.search(text, max(s_start, at - 30), at)
                                                   or _DAYS_BEFORE.search(text, max(s_start, at - 60), at))
                                              or _DAYS_NOT.search(before)
                                              or text.startswith(("内", "之内", "无理由", "一次", "一回"), unit_m.end())):
            return None  # (假期8天, 在15个工作日内, 公示时间不少于7天, 放假时间共8天, 30天内退票: a span of the calendar
            # or a deadline, no figure)
        if unit == "岁" and not aged:
            return None  # (60岁以上老年人, 年满18岁, 3岁的孩子: a group or a person named, no age measured)
        if unit == "点":
            if not _INDEX_BEFORE.search(text, max(s_start, start - 30), start) or before.endswith("以") or \
                    _TIME_WORDS_BEFORE.search(before) or not _POINTS_AFTER.match(text, unit_m.end()) or \
                    _THRESHOLD_AFTER.match(text, unit_m.end()):
                return None  # (早上7点, 上午10点发布: a time; 3点建议: a count of points made; 以1000点为景气线,
                # 1000点以上表示: a threshold; 指数为1086.42点: a reading, signed below as a rate's points are)
        p_end = unit_m.end()
        jiao = _DIGIT_JIAO.match(text, p_end) if unit == "块" and value.is_integer() else None
        if jiao is not None and "块钱" in _ZH_UNITS and self._spoken_unit(unit, text[jiao.end():jiao.end() + 3],
                                                                          before) == "块钱":
            value += int(jiao.group(1)) / 10  # 一斤能卖到4块2，: 4.2 yuan as spoken (not 4 pieces)
            unit, p_end = "块钱", jiao.end()
        if unit == "块" and self._spoken_unit(unit, text[p_end:p_end + 3], before) == "块钱":
            unit = "块钱"  # 一碗卖8块，摊位费是600块: money as spoken (not 3块地: pieces)
        if (unit.endswith("元") or unit == "米") and _GROUP_AFTER.match(text, p_end) or \
                _GROUP_AFTER_ANY.match(text, p_end):
            return None  # 2000万元及以上的企业, 身高1.2米以下儿童, 果径80毫米以上的精品果: the amount names a group
        if text.startswith("级", p_end) or text.startswith("装", p_end) and unit in _PACK_UNITS:
            return None  # 30万吨级原油码头, 12000吨级加氢反应器: a class; 5斤装一箱, （15公斤装）: a pack's size
        if unit in _FIELD_UNITS and _FIELD_AFTER.match(text, p_end):
            return None  # 居全省9个市（州）第3位, 41个工业大类行业中，有26个: the field a rank or a count is of
        if _TIER_AFTER.match(text, p_end) or text.startswith("部分", p_end) and before.endswith("以上至"):
            return None  # 年用气量300立方米及以下部分, 180立方米以上至260立方米部分: a tier's bounds
        if unit in ("名", "位") and (before.endswith("前") or before.endswith("后") and "排" in before[-8:]
                                   or _RANK_MOVE_BEFORE.search(before)):
            return None  # 前10名股东, 排名后10位的驾校: the top or bottom ten, a group named, no count (not 春节后300名
            # 务工人员); 排名较上年上升3位, 前进12位: a move in a ranking, no people
        if text.startswith("以上", p_end) and (before.endswith(("买", "满")) or
                                               text.startswith(("一" + unit, "每" + unit), p_end + 2)):
            return None  # 买10盆以上有没有优惠, 10盆以上一盆再便宜20块钱: the size of an order a discount needs
        if unit == "股" and before.endswith("每"):
            return None  # 每10股派发现金红利1.50元: per ten shares, the dividend's base
        if unit == "%" and _SURVEY_AFTER.match(text, p_end):
            return None  # 全国1%人口抽样调查: a survey's sampling fraction, part of its name
        ends = _range_ends(unit)
        in_range = _RANGE_AFTER_DIGIT.match(text, p_end, p_end + 3) is not None \
            or _PER_RANGE_AFTER.match(text, p_end, p_end + 6) is not None \
            or ends.before.search(text[max(s_start, start - 12):start]) is not None
        # a range runs up (20至30元); 下调20元至3元 runs down, the same unit at both ends: by 20, to 3 (a change,
        # then a level), no range
        upper_end = ends.upper.match(text[p_end:p_end + 20])
        lower_end = ends.lower.search(text[max(s_start, start - 20):start])
        if (upper_end is not None and float(upper_end.group(1).replace(",", "")) < value) or \
                (lower_end is not None and float(lower_end.group(1).replace(",", "")) > value):
            in_range = False
        # 每吨下调150元至8350元: by 150 to 8350 (a change, then a level far above it), no range
        if upper_end is not None and _CHANGE_VERB_END.search(before) and \
                float(upper_end.group(1).replace(",", "")) > 3 * value:
            in_range = False
        if lower_end is not None and float(lower_end.group(1).replace(",", "")) * 3 < value and \
                _CHANGE_VERB_END.search(text, max(s_start, start - 30),
                                        max(s_start, start - 20) + lower_end.start()):
            in_range = False
        if in_range:  # the upper end (800万元至1200万元): the words before the lower end give the sign of both
            lower = ends.lower_any.search(before)
            if lower is not None:
                before = before[:lower.start()]
        if unit == "倍":
            if re.search(r"给予[^，。；]{0,12}$", before) and \
                    re.match(r"(?:PE|PB|P/E|P/B|市盈率|市净率)", text[p_end:p_end + 3]):
                return value, unit, "forecast", start, p_end  # 给予公司2033年18倍PE: the multiple the analyst gives
            return value, unit, self._qualifier(before, text[p_end:p_end + 12], s_start, start), start, p_end
        if unit == "%" or unit in _POINT_UNITS or unit == "点":  # (下跌35点: a fall, as a rate's points)
            signed = self._signed(value, unit, before, text[p_end:p_end + 12], s_start, start, p_end, over)
            return (signed[0], signed[1], "range", start, p_end) if in_range else signed
        if in_range:  # (低0.5元到0.8元, 比裸露沙面低8℃至10℃: below what it is compared with, as one end alone)
            return -value if _FALL_BEFORE.search(before) or _LOWER_BY.search(before) else value, unit, "range", start, \
                p_end
        qualifier = self._qualifier(before, text[p_end:p_end + 12], s_start, start)
        if over and qualifier in ("exact", "approximately"):
            qualifier = "over"
        elif about and qualifier == "exact":
            qualifier = "approximately"
        if (_FALL_BEFORE.search(before) or _LOWER_BY.search(before)) and not _VOUCHER_OFF.search(before):
            # 减少1.2万人: an amount that fell; 比去年同期低0.90元, 比去年便宜了300元: that much less than the other
            # (not 满100元减30元: a voucher's discount)
            value = -value
        return value, unit, qualifier, start, p_end

    def _labelled_line_unit(self, pos: int) -> tuple[str, int]:
        """The unit of a number alone after its line's label that names the unit in brackets, a line of two cells
        (截至报告期末普通股股东总数（户）　　23,814: 户) or the label and a colon (股东总数（户）：18,426), and where the
        line starts; ("", -1) otherwise."""
        line_start = _line_start(self.text, pos)
        colon = _LABEL_UNIT_COLON.search(self.text, max(line_start, pos - 60), pos) if line_start >= 0 else None
        if colon is not None and _NUMBER_CELL.fullmatch(
                self.text[pos:self.text.find("\n", pos) if "\n" in self.text[pos:pos + 40] else pos + 40].strip()):
            unit = colon.group(1)
            return (unit, line_start) if unit in _ZH_UNITS and unit not in ("%", "个百分点") else ("", -1)
        cells = _zh_cells(self.text, line_start) if line_start >= 0 else []
        if len(cells) != 2 or not cells[1][0] <= pos < cells[1][1] or \
                not _NUMBER_CELL.fullmatch(self.text[cells[1][0]:cells[1][1]].strip()):
            return "", -1
        label = _LABEL_UNIT.search(self.text, cells[0][0], cells[0][1])
        unit = label.group(1) if label is not None else ""
        return (unit, line_start) if unit in _ZH_UNITS and unit not in ("%", "个百分点") else ("", -1)

    def _table_unit(self, pos: int) -> tuple[str, int]:
        """The unit of a table cell holding the number at ``pos`` ("" when the number is in no table): a table is
        lines of cells split by tabs or runs of spaces under a header line of as many cells with no number cell;
        a cell's unit is its column header's in brackets (增速（%）), else its row's 单位 cell, else the caption's
        单位：亿元 (within three lines above the header), and where the line naming it starts (the cell's quote
        starts there: the header, the caption, or the row for a 单位 cell), or ("", -1) for a number in no
        table. The look up is bounded (12 rows of 300 characters)."""
        text = self.text
        line_start = _line_start(text, pos)
        if line_start < 0:
            return "", -1
        row = _zh_cells(text, line_start)
        if len(row) < 2:
            return "", -1
        column = next((i for i, (a, b) in enumerate(row) if a <= pos < b), None)
        if column is None:
            return "", -1
        label = _wrapped_row(text, line_start, len(row))
        if label >= 0:  # 归属于…扣除非经常性损益的净利润 / (indented) 271,096,355.82  224,318,706.45: the row's name above
            row, column, line_start = [(label, line_start - 1), *row], column + 1, label
        start = line_start
        for _ in range(12):
            if start <= 0:
                return "", -1
            prev = _line_start(text, start - 1)
            if prev < 0:
                return "", -1
            cells = _zh_cells(text, prev)
            if len(cells) == len(row) - 1 and _wrapped_row(text, prev, len(cells)) >= 0:
                start = _wrapped_row(text, prev, len(cells))  # a row above whose name was wrapped: skipped whole
                continue
            if len(cells) == len(row) - 1 and len(cells) >= 2 and text[prev:prev + 1] in (" ", "\u3000", "\t") and \
                    not any(_NUMBER_CELL.fullmatch(text[a:b]) or text[b - 1:b] in "：:。，,；;" for a, b in cells):
                cells = [(prev, prev), *cells]  # a header whose first cell (the rows' names) is left blank
            if cells and all(_RULE_CELL.fullmatch(text[a:b].strip()) for a, b in cells):
                start = prev  # | --- | --- |: a markdown table's rule under its header, skipped
                continue
            if not cells and _wrapped_label(text, prev, start, len(row)):
                start = prev  # 归属于上市公司股东的扣除非经常性 / 损益的净利润  29,870.12: a row's name wrapped
                continue
            if not cells and column > 0 and not _NUMBER_CELL.fullmatch(text[row[0][0]:row[0][1]]):
                return self._captioned_rows(start)  # the top of rows with no header: a caption may name their unit
            if len(cells) != len(row):
                return "", -1
            if not any(_NUMBER_CELL.fullmatch(text[a:b]) or _RANGE_CELL.fullmatch(text[a:b].strip())
                       for a, b in cells):  # the header (no number, no range: 2210-2260 is a row's)
                names = [_SPACED_OUT.sub("", text[a:b]) for a, b in cells]  # (增  速: 增速, spaced out to line up)
                name = names[column]
                year = _YEAR.search(name)  # a year's column (2031年): its cells' period
                first = text[row[0][0]:row[0][1]]
                bare = _BRACKET_UNIT.sub("", name).strip()
                metric = first if _GENERIC_HEADER.fullmatch(names[0].strip()) or year else bare
                if _RATE_HEADER.search(bare) and metric != bare:
                    metric += "增速"  # the growth column of an item's row: its growth
                reported = self._report_columns[1] if "年初至报告期末" in name else \
                    self._report_columns[0] if "本报告期" in name else ""
                estimate = _ESTIMATE_COLUMN.fullmatch(bare)  # a broker's forecast columns: 2031A, 2032E, 2033E
                self._table_cells[pos] = (year.group(1) if year else estimate.group(1) if estimate else reported,
                                          metric)
                if _PLAN_HEADER.fullmatch(bare) or estimate and estimate.group(2) in "EeFfPp":
                    self._planned_cells.add(pos)
                bracket = _BRACKET_UNIT.search(name)
                if bracket:
                    unit = "个百分点" if bracket.group(1) == "百分点" else bracket.group(1)
                    per = unit.split("/", 1)[0]  # 平均收购价（元/斤）: a price per measure, in 元
                    if unit not in _ZH_UNITS and "/" in unit and per in ("元", "万元", "美元"):
                        unit = per
                    return (unit, prev) if unit in _ZH_UNITS else ("", -1)
                if "百分点" in name:
                    return "个百分点", prev
                if _RATE_HEADER.search(name):  # (比上年增长 beside a 单位 column of 亿元: the growth is in %)
                    return "%", prev
                if _CHANGE_HEADER.search(bare) and _relative_change(text, row, column):
                    return "%", prev  # 比上年末增减 8.60 beside 612.38 and 563.91: the change in % (单位：亿元，%)
                unit_column = next((i for i, n in enumerate(names) if _UNIT_HEADER_ZH.fullmatch(n)), None)
                if unit_column is not None and not _RANGE_CELL.fullmatch(text[row[column][0]:row[column][1]].strip()):
                    return "", -1  # (不满1千伏 in a 备注 column: words with a number, no amount in the row's unit)
                if unit_column is not None:  # 单位, 计量单位: each row names its unit
                    a, b = row[unit_column]
                    if text[a:b] in _ZH_UNITS:
                        return text[a:b], prev
                    per = _PRICE_UNIT_CELL.fullmatch(text[a:b].strip())
                    if per is not None and per.group(1) in _ZH_UNITS:
                        return per.group(1), prev  # 元/千瓦时: a price, in 元 (what it is per, the row names)
                if _CODE_HEADER.search(name):
                    return "", -1  # 银行账号, 股票代码, 证书编号: numbers that name, no figures
                if _RANK_HEADER.search(name.strip()):  # 增速位次, 排名: each cell a rank (a plain number, no 3/21)
                    a, b = row[column]
                    return ("rank", prev) if _RANK_CELL.fullmatch(text[a:b].strip()) else ("", -1)
                row_bracket = _BRACKET_UNIT.search(first)
                own = row_bracket.group(1).split("/")[0] if row_bracket else ""
                if own in _ZH_UNITS:  # 基本每股收益（元/股）, 收益率（%）: the row's own unit (元 a share), not the
                    return own, line_start  # caption's (a bracket of no unit, 证件照（一版）, 毕业照（每人）, names
                    # what the row's price is of: the caption's unit stands)
                caption_end = _caption_end(text, prev)  # (above the tables right before it: 单位：元 over two)
                caption = _CAPTION_UNIT.search(text, max(0, caption_end - 300), caption_end)
                by_column = _caption_units(caption.group(0)) if caption is not None and column > 0 else []
                if caption is not None and len(by_column) == len(cells) - 1 >= 2 and \
                        all(part in _ZH_UNITS for part in by_column) and not any(_YEAR.search(n) for n in names) and \
                        not _RATE_ROW.search(first):  # (not 单位：万元，% over 2033年 2034年: amounts, and rates
                    # rows in %; 单位：块，万人次，万元 over 地区 冰场数量 上冰人次 经营收入: a unit for each column)
                    return by_column[column - 1], text.rfind("\n", 0, caption.start()) + 1
                counted = _COUNTED_HEADER.search(bare.strip()) if caption is None else None
                whole_cell = text[row[column][0]:row[column][1]].strip().replace(",", "").isdigit()
                title = text[text.rfind("\n", 0, max(0, prev - 1)) + 1:prev]  # (（万人次） in the title: its unit)
                titled = any(m.group(1) in _ZH_UNITS for m in _BRACKET_UNIT.finditer(title))
                if counted is not None and counted.group(0) in _ZH_UNITS and whole_cell and not titled:
                    return counted.group(0), prev  # 抽检批次, 不合格批次 under no caption's unit: batches counted
                if _NOT_AMOUNT_HEADER.search(name) or _NOT_AMOUNT_HEADER.search(first):
                    return "", -1  # a count, a rank, an index (its column or its row): not in the caption's unit
                if _RATE_ROW.search(first):  # 毛利率 35.2: a rate, not in the caption's 万元
                    a, b = row[column]
                    cell = text[a:b].strip().lstrip("-−")
                    if _PERCENT_ROW.search(first) and not _NOT_PERCENT_ROW.search(first) and \
                            _NUMBER_CELL.fullmatch(cell) and float(cell.replace(",", "")) <= 100:
                        return "%", line_start  # 资产负债率 61.07: in % (not 流动比率 1.52, 存货周转率 5.2: times)
                    return "", -1
                listed = [part.strip().split("/")[0] for part in re.split(r"[，,、；;]", caption.group(1))] \
                    if caption else []  # (单位：元/公斤: 元, what it is per the caption says, as with no header)
                amount = next((part for part in listed if part in _ZH_UNITS and part not in ("%", "个百分点")), "")
                if caption is not None and _CAPTION_PERCENT.search(caption.group(0)) and amount and \
                        _CHANGE_HEADER.search(bare) and ("同比" in bare or "环比" in bare) and \
                        not _absolute_change(text, row, column):  # 单位：辆，% over 同比变动: the change in %, not in
                    return "%", text.rfind("\n", 0, caption.start()) + 1  # 辆 (unless the amounts' difference)
                if caption is not None and listed == ["%"]:  # 单位：% over 环比 同比: every cell a change in %
                    return "%", text.rfind("\n", 0, caption.start()) + 1
                if amount and caption is not None:  # 单位：亿元 (单位：亿元，%: the amounts' unit; rates say % above)
                    return amount, text.rfind("\n", 0, caption.start()) + 1
                return "", -1
            start = prev
        return "", -1

    def _captioned_rows(self, top: int) -> tuple[str, int]:
        """The unit of the rows of a table with no header line, whose top row starts at ``top``: the one amount's
        unit its caption names just above (单位：元/吨 over 尿素　2210-2260　持平: 元, what it is per the caption says),
        with where the caption's line starts; ("", -1) when there is no caption or it lists more than one unit."""
        text = self.text
        caption = _CAPTION_UNIT.search(text, max(0, top - 300), top)
        if caption is None:
            return "", -1
        listed = _caption_units(caption.group(0))
        if len(listed) != 1 or listed[0] not in _ZH_UNITS or listed[0] in ("%", "个百分点"):
            return "", -1
        return listed[0], text.rfind("\n", 0, caption.start()) + 1

    def _signed(self, value: float, unit: str, before: str, after: str, s_start: int, start: int, p_end: int,
                over: bool = False) -> tuple[float, str, str, int, int]:
        neg = None
        for m in _NEGATIVE.finditer(before):
            neg = m.end()
        pos = None
        for m in _POSITIVE.finditer(before):
            pos = m.end()
        sign = -1.0 if neg is not None and (pos is None or neg >= pos) else 1.0
        if sign > 0 and unit in ("个百分点", "个基点", "基点") and _CUT_THEN_OBJECT.search(before) and pos is None:
            sign = -1.0  # 下调个人住房公积金贷款利率0.25个百分点: the cut, its object between
        if sign > 0 and unit in ("个百分点", "个基点", "基点") and _PULLED_DOWN.search(before):
            sign = -1.0  # 拉低全市消费品零售额增速约2.1个百分点: the rate it pulled down, its 增速 the object
        if sign < 0 and _LEVEL_AFTER.search(before) and not _FALL_NARROWED_TO.search(before):
            sign = 1.0  # 利率降到了3.45%: the level it fell to, not the fall (but 降幅收窄至0.8%: still a fall)
        threshold = after.startswith("的")  # 低于5个百分点的目标: a bound named, no difference
        if sign > 0 and not threshold and (_LOWER_BY.search(before) or unit in _POINT_UNITS
                                           and not (unit == "‰" and before.endswith("低于"))  # (低于千分之七: a bound)
                                           and (_LOWER_THAN.search(before) or _LOWER_THAN_BRACKET.search(
                                               self.text, max(s_start, start - 40), start))):
            sign = -1.0  # 比上年同期低0.2个百分点, 低于全省平均水平0.5个百分点: below what it is compared with
        change = _RATE_CHANGE.search(before) if unit in ("个百分点", "个基点", "基点", "个千分点") else None
        if change is not None:  # a change of a rate: 降幅收窄 is a rise, 增幅收窄 / 降幅扩大 a fall
            fall = change.group("noun") in ("降幅", "跌幅")
            narrower = change.group("verb") in ("收窄", "放缓", "回落", "缩小")
            sign = 1.0 if fall == narrower else -1.0
        wider = _FALL_COMPARED.search(before) if unit in ("个百分点", "个基点", "基点", "个千分点") else None
        if wider is not None:  # 降幅比全省平均水平高1.1个百分点: a fall that much deeper (低: that much shallower)
            sign = -1.0 if wider.group(1) in ("高", "大") else 1.0
        qualifier = self._qualifier(before, after, s_start, start)
        if over and qualifier in ("exact", "approximately"):
            qualifier = "over"
        elif over and qualifier == "forecast":
            qualifier = "expected_over"  # (预计总产比去年增长两成多: expected to exceed 20 %)
        return sign * value, "percentage points" if unit == "个百分点" else unit, qualifier, start, p_end

    def _inventory_months(self, value: float | None, after: str, before: str, start: int, end: int,
                          s_start: int) -> tuple[float, str, str, int, int] | None:
        """The months of unsold homes said in numerals (去化周期是十六点五个月, 比年初的二十一个月缩短了四个半月), as
        15.2个月 is read in digits; None for any other number of months."""
        half = after.startswith("个半月")
        if value is None or not (half or after.startswith("个月") and not after.startswith("个月的")) or \
                "months" not in BUNDLED_UNITS or \
                not _INVENTORY_MONTHS_BEFORE.search(self.text, max(s_start, start - 40), start):
            return None
        p_end = end + (3 if half else 2)
        months = value + (0.5 if half else 0.0)
        upper_of = _cn_upper_end(months, before, "")  # (十二至十八个月: the upper end)
        return (-months if _FALL_BEFORE.search(before[:upper_of] if upper_of else before) else months), "months", \
            "range" if upper_of else self._qualifier(before, self.text[p_end:p_end + 12], s_start, start), start, p_end

    def _cn_lower_end(self, value: float | None, after: str, before: str) -> tuple[float, str] | None:
        """(value, unit) of a Chinese numeral said as a range's lower end without its unit, the upper end's unit
        after it (十八到二十吨, 三到四个柜), or None: a unit of measure or a count the units table has, the upper end
        larger."""
        upper = _CN_RANGE_UPPER.match(after)
        if value is None or upper is None:
            return None
        rest = _scale_more_unit(after[upper.end():])
        high = cn_numeral(upper.group(1))
        if rest is None or high is None or not 0 < value < high or rest.group(2):
            return None
        unit = rest.group(1) + rest.group(3)
        tail = after[upper.end() + rest.end():]
        if rest.group(3) == "个" and tail.startswith("百分点"):
            return (-value if _FALL_BEFORE.search(before) else value), "percentage points"  # 三到五个百分点
        if rest.group(3) == "个" and _NOT_A_COUNT_AFTER_GE.match(tail):
            return None  # (三到五个月, 两到三个小时: durations, no count)
        if rest.group(3) in ("块", "个"):
            unit = self._spoken_unit(rest.group(3), after[upper.end() + rest.end():upper.end() + rest.end() + 6],
                                     before) or ""
            unit = rest.group(1) + unit if unit else ""
        if unit not in _ZH_UNITS:
            return None
        return -value if _FALL_BEFORE.search(before) else value, unit

    def _temperature(self, value: float | None, start: int, end: int, s_start: int, more: bool = False
                     ) -> tuple[float, str, str, int, int] | None:
        """A temperature said in 度 (零下4度, 锅温得两百多度, 水温八十五度左右): ℃ where the words before it name one
        (零下, a temperature word); None otherwise (一度: "at one time"; 糖度15度, 度电: not a temperature)."""
        text = self.text
        if value is None or "℃" not in _ZH_UNITS or not _TEMPERATURE_BEFORE.search(text, max(s_start, start - 8),
                                                                                    start):
            return None
        degrees = _DEGREES_AFTER.match(text, end)
        assert degrees is not None
        p_end = degrees.end()
        before = text[max(s_start, start - 12):start]
        qualifier = self._qualifier(before, text[p_end:p_end + 12], s_start, start)
        if (degrees.group(1) or more) and qualifier in ("exact", "approximately"):
            qualifier = "over"  # 两百多度: over 200 degrees
        below = before.endswith("零下") or before.endswith("零下约")
        return (-value if below else value), "℃", "under" if below and qualifier == "over" else qualifier, start, p_end

    def _answers_how_many(self, word: str, start: int, end_of_word: int) -> bool:
        """Whether a small number of ``word`` at ``start`` answers the question of the turn before, which asks how
        many of it (一场能进几个人？ / 最多八个人。; 一个星期来几回？ / 差不多四回): the answer's own words first."""
        text = self.text
        line = text.rfind("\n", max(0, start - 30), start)
        if line < 0 or _SENTENCE_END_ZH.search(text, line, start):
            return False
        asked = _HOW_MANY_ASKED_ZH.search(text, max(0, line - 40), line)
        if asked is None or _SAME_COUNT_WORD.get(asked.group("word"), asked.group("word")) != \
                _SAME_COUNT_WORD.get(word, word) or _ABSTRACT_COUNTED.match(asked.group("noun")):
            return False
        noun = _ANSWER_NOUN.match(text, end_of_word)
        return noun is None or asked.group("noun").startswith(noun.group(0))  # (几个人？ / 两个问题我先说: not people)

    def _wells_near(self, start: int, end: int) -> bool:
        """Whether wells or springs are spoken of around a count in 眼 (新打农田机井1286眼, 能打四十来眼井): 井 or 泉 in the
        80 characters before it or right after it; else 眼 is a glance (瞪了我十几眼)."""
        return any(w in self.text[max(0, start - 80):start] or w in self.text[end:end + 3]
                   for w in ("井", "泉", "水源", "水窖", "窑"))  # (水源工程86眼, 窑洞两百多眼: counted as wells are)

    def _inspection_count(self, word: str, after_at: int, before: str) -> bool:
        """Whether two to nine of ``word`` count an inspection's rounds or what it found or seized
        (_INSPECTION_ROUNDS, _INSPECTION_FINDS)."""
        if _NOT_A_FIND_AFTER.match(self.text, after_at):
            return False
        if word in _INSPECTION_ROUNDS:
            return _INSPECTING_BEFORE.search(before) is not None or _OFFICE_CHECKED.search(before) is not None or \
                _ROUNDS_OF_BEFORE.search(before) is not None and _INSPECTION_AFTER.match(self.text, after_at) is not None
        said_from = max(max(self.text.rfind(c, max(0, after_at - 40), after_at) for c in "。！？\n") + 1, after_at - 40)
        sampled = _SAMPLED_BEFORE.search(self.text, max(0, said_from), after_at) is not None  # (in its sentence)
        return (word in _INSPECTION_FINDS or word == "个" and sampled) and (
            _SEIZED_BEFORE.search(before) is not None or _FOUND_BEFORE.search(before) is not None
            or before.endswith("有") and _FAILED_AFTER.match(self.text, after_at) is not None)

    def _small_said_count(self, word: str, after_at: int, before: str) -> bool:
        """Whether two to nine of ``word`` are a figure by the words right before them: how often in a span of time
        (一个礼拜来两回, 一个星期三四回), incidents that happened or were fined (出了两起事, 一共罚了九起), the most one
        may buy (一个人一次最多买五箱), or training classes run (办了两期培训班)."""
        if word in ("回", "次", "趟"):
            return _PER_SPAN_BEFORE.search(before) is not None and _OFTEN_ENDS.match(self.text, after_at) is not None \
                and _DOSE_WORDS.search(before) is None
            # (the count ends its phrase: not 一个星期来两回的那种, a group's bound, nor 一周要去三次健身房; nor 这个药一天
            # 三次, a dose)
        if word == "起":
            return _INCIDENT_BEFORE.search(before) is not None
        if word == "期":
            return True  # (its guard: only before 培训班, 课程 …)
        return word in _CAPPED_COUNTS and _CAPPED_BEFORE.search(before) is not None

    def _small_counted(self, word: str, after_at: int, before: str) -> bool:
        """Whether two to nine of ``word`` (个, 头, 间, 台, 条) count what a business has (_SMALL_COUNTED), or people
        hired or on the staff (雇了三个人, 一共七个人)."""
        if before.endswith(("每", "这", "那", "哪", "前", "后", "头", "第", "近", "们", "隔", "隔了", "离", "走")) or \
                self.text.startswith(("半", "月", "小时", "钟头", "星期", "季度"), after_at) or \
                before.endswith("上") and self.text.startswith("班", after_at):  # (隔两个摊位, 往前走两个摊位,
            return False  # 上两个班: shifts; 新开了两个半小时的课: time)
            return False
        noun = _SMALL_COUNTED.get(word)
        if noun is not None and noun.match(self.text, after_at) or word == "个" and (
                _NEW_BUILT_BEFORE.search(before) or _PLACED_BEFORE.search(before)
                and _PLACED_THINGS.match(self.text, after_at)):
            return True  # (新增了六个拆装式游泳池: things a place added)
        if word == "个" and _TAUGHT_BEFORE.search(before) and _PUPILS.match(self.text, after_at):
            return True  # (一个老师最多带八个孩子: the pupils a teacher takes; not 家里两个孩子, a family)
        return (word == "个" and (self.text.startswith("人", after_at) or _HIRED_END.match(self.text, after_at))
                or word == "名") and \
            _HIRED_BEFORE.search(before) is not None  # (请了两名帮工, 老师请了三个，: hired; not 两名工人参加培训)

    @staticmethod
    def _spoken_unit(unit: str, after: str = "", before: str = "", pieces: bool = False,
                     large: bool = False, priced: bool = False) -> str | None:
        """The unit of a spoken amount's unit word: 个 a count, 块 yuan when it ends the phrase (五六千块，; not
        三块地: pieces), a classifier only if the units table has it; None when none fits. ``pieces``: 块 counts
        a noun elsewhere in the sentence (then a day's or month's rate alone does not make it money); ``large``:
        the amount is ten or more, which ending its phrase with no noun of pieces in its sentence is money
        (一天一个人给一百五十块，; 跑一趟北京得八百块，); ``priced``: the talk around it makes it a price (it answers a
        question of price, or is the next of a list of prices: ``_kuai_priced``)."""
        if unit == "个":
            return "个" if "个" in _ZH_UNITS else None
        if unit == "块" and (_KUAI_THINGS_BEFORE.search(before) or _KUAI_THINGS_AFTER.match(after)):
            return "块" if "块" in _ZH_UNITS else None
        if unit == "块":
            return "块钱" if _KUAI_ENDS.match(after) and "块钱" in _ZH_UNITS and not _KUAI_CUT.search(before) and (
                large and not pieces and not after.startswith(("：", ":")) and _KUAI_COUNTED_BEFORE.search(before) is None
                or _KUAI_MONEY.search(before) or priced or _KUAI_PER_TIME.search(before) and not pieces
                or _PER_MEASURE_ZH.match(after.removeprefix("多")) or _KUAI_PAID.match(after) or after.startswith("多钱")
                or _KUAI_RANGE_PRICED.match(after) or _KUAI_JIAO_RANGE_BEFORE.search(before)) else None
        # (五块五到六块不等: the upper end of a range of prices)
        if unit in _COUNT_CLASSIFIERS.split("|") and unit not in _ZH_UNITS:
            return None
        return unit

    def _unitless_digits(self, digits: str, value: float, start: int, end: int, s_start: int) -> bool:
        """Whether digits with no unit may be an amount said as spoken (份子钱一个月是2800，): a whole number from 10
        to 99,999, not a year, a service number (12306, 95588), a code after a colon or a bracket (电话：12315,
        （9610）方式), a group of an account number (3301 0087), nor an index's base of 100."""
        text = self.text
        return value.is_integer() and 10 <= value < 100000 and not 1900 <= value <= 2100 and digits.isdigit() and \
            not digits.startswith("0") and not (len(digits) == 5 and digits.startswith(("12", "95", "96"))) and \
            not _LATIN.match(text[max(0, start - 1):start]) and text[start - 1:start] not in "第.-－（(：:=＝/ 　" and \
            not (text[end:end + 1] in " 　" and text[end + 1:end + 2].isdigit()) and \
            not (value == 100 and "指数" in text[s_start:start])

    def _unitless_money(self, value: float, start: int, end: int, before: str, s_start: int,
                        ranged: bool = False) -> tuple[float, str, str, int, int] | None:
        """An amount of money said without its unit (一个月挣八千，, 房租一个月四千五，, 从银行贷了一百来万，, 一头才卖
        了一万出头): yuan (万元, 亿元 with their scale) where the clause before it speaks of money (or of a day's, a
        month's, a year's pay) and the phrase ends after it; None otherwise (三，, 全村三百，)."""
        text = self.text
        tail = _MONEY_TAIL.match(text, end)
        assert tail is not None  # (every group is optional)
        more, scale, more_after = tail.groups()
        ends = _MONEY_END_RE.match(text, tail.end())
        if more and more_after or ends is None or value < 10 and not scale and not _UPPER_SCALE.match(text, tail.end()):
            return None  # (but 预算在五到八万之间: the lower end in the upper end's 万)
        above = text.startswith("出头", tail.end())
        p_end = tail.end() + 2 * above
        if scale == "万" and _POPULATION_BEFORE.search(before) and "万人" in _ZH_UNITS:  # 常住人口四百五十万左右
            people = self._qualifier(before, text[p_end:p_end + 12], s_start, start)
            if (more or above) and people in ("exact", "approximately"):
                people = "over"  # 人口有四百一十多万
            return value, "万人", "range" if ranged else people, start, p_end
        # The words of money in its clause, a day's or month's takings right before it, or, for an amount of a
        # hundred or more, money's nouns earlier in its sentence (份子钱一个月四千五，…一人两千二百五。)
        upper = _UPPER_NUMERAL.match(text, ends.end()) if ends.group(0).endswith(("到", "至")) else None
        upper_end = _MONEY_END_RE.match(text, upper.end()) if upper is not None else None
        upper_priced = upper_end is not None and upper_end.group(0).startswith("一")
        # (三十五到四十五一个钟头, 三十五到四十五一斤: the lower end of a range whose upper end is a price per measure)
        priced_before = _PRICED_JUST_BEFORE.search(text, max(0, start - 14), start) \
            if not _STOCK_TALK.search(text, max(0, start - 30), start) else None  # (还剩多少？一斤装的五十: left)
        money = _UNITLESS_MONEY.search(before) or _PER_TIME_MONEY.search(before) or "的" in ends.group(0) or \
            priced_before is not None or \
            upper_priced or value >= 60 and not scale and _PER_HOUR_BEFORE.search(before) and \
            _HOURLY_PRICE_WORDS.search(text, max(s_start, start - 30), start) is not None or \
            not scale and self._hour_priced(start, before, value, end) or \
            _ONE_PACK_BEFORE.search(before) is not None and not _PACK_PRICED_NEXT.match(text, end) or \
            value >= 10 and not scale and self._asked_price_of(start, before, value) or \
            _CHARGES_BEFORE.search(before) is not None and self._charge_talked(start, per_job=True) or \
            _PRICES_LISTED_FOR.search(before) is not None and _HEADS_ASKED.search(text, max(0, start - 80), start) is None \
            and self._charge_talked(start) or \
            value >= 100 and not scale and _PER_TABLE_BEFORE.search(before) is not None or \
            value < 1000 and not scale and _FEE_TOPIC.match(text, s_start, start) is not None and \
            self._charge_talked(start, 120) or \
            text.startswith(("押金", "定金", "订金", "保证金"), tail.end()) or \
            before.endswith("人均") and _PER_HEAD_MONEY.search(text, max(0, start - 24), start - 2) is not None or \
            _FREE_SHIPPING_AFTER.match(text, tail.end()) is not None or \
            not before.strip() and _CARD_NAMED_BEFORE.search(text, max(0, start - 8), start) is not None or \
            before.endswith("充") and ends.group(0).startswith("送") or \
            ends.group(0).lstrip("出头左右上下之间").startswith("一") and not ends.group(0).startswith("一点") or (
            # (四十五一斤: a price per jin; not 八百多一点, a count a little over)
            (value >= 100 or scale) and _MONEY_NOUNS.search(text, max(s_start, start - 60), start - len(before)) or
            (value >= 1000 or scale) and (_MONEY_NOUNS.search(text, max(0, start - 150), start)
                                          or _MONEY_LATER.search(text, end, min(self._sentence_end(end), end + 80)))
            or value >= 100 and _TIME_THEN_IS.fullmatch(_SPEAKER_LABEL.sub("", before.strip())) is not None and \
            _MONEY_LATER.search(text, end, min(self._sentence_end(end), end + 40)) is not None
        ) and not _COUNTED_PEOPLE_BEFORE.search(text, s_start, start) and not before.endswith(("来了", "走了")) \
            and not _YIELD_BEFORE.search(before)
        if not money and not scale and value >= 110 and _CLIPPED_NUMERAL.fullmatch(text, start, end):
            money = self._clipped_money(start, before)  # (车是去年买的二手车，七万三。; 一节课一百二，)
        # (or its change later in its sentence, with its unit: 阿姨五千五，今年要涨到六千二，…一年下来多出八千多块钱; not
        # 今天走了一万二，买菜花了二十元: steps, then money)
        # (a thousand or more with no unit, where the talk just before is of money: 收入怎么样？…好的时候能到一万出头;
        # not 常住人口四百五十万左右, 粉丝十来万: people counted)
        if money and ends.group(0).lstrip("出头左右上下之间不等").startswith("了") and not above and \
                not _UNITLESS_MONEY.search(before) and not _PER_TIME_MONEY.search(before):
            money = False  # (…就有四百多万了 after 销售额 in its clause, 一千出头了; not 粉丝…现在有三万二了: the money
            # named only in an earlier sentence)
        changed = _CHANGED_BY.search(before) if not money and value < 10000 and not scale else None
        if changed is not None and not self._money_named_before(start - len(before)):
            changed = None
        money = money or changed is not None
        if not money and value < 1000 and not scale:
            money = self._price_listed(start, end, before) or self._asked_price_of(start, before, value)
            lower = _LOWER_END_BEFORE.search(before) if not money else None
            if lower is not None:  # (六十到九十不等: the upper end of a range whose lower end is a price listed or asked)
                at = start - len(before) + lower.start()
                lower_value = cn_numeral(lower.group(1)) if not lower.group(1).isdigit() else float(lower.group(1))
                money = lower_value is not None and lower_value < value and (
                    self._price_listed(at, at + len(lower.group(1)), before[:lower.start()])
                    or self._asked_price_of(at, before[:lower.start()], lower_value)
                    or _PER_TIME_MONEY.search(before[:lower.start()]) is not None)  # (一个人一百二到一百五)
        if not money or not scale and value < 130 and _AGE_BEFORE.search(before):
            return None  # (卖菜的陈大姐今年五十出头: an age; not 今年一万零五百就能走)
        upper_scale = _UPPER_SCALE.match(text, p_end) if not scale else None
        if upper_scale is not None:  # 一百一到一百三十万: the lower end in the upper end's 万 (110 万元, not 110 元)
            upper_value = cn_numeral(upper_scale.group(1))
            scale = upper_scale.group(2) if upper_value is not None and value < upper_value else ""
        unit = {"万": "万元", "亿": "亿元"}.get(scale, "元")
        if unit not in _ZH_UNITS:
            return None
        qualifier = self._qualifier(before, text[p_end:p_end + 12], s_start, start)
        changed_at = priced_before.start("changed") if priced_before is not None and priced_before["changed"] else -1
        if changed_at >= 0 and qualifier == "exact" and \
                self._qualifier(text[s_start:changed_at], "", s_start, changed_at) == "forecast":
            qualifier = "forecast"  # (打算下个月开始，白天再降五块钱，三十五: the price planned, as its change)
        more = more or more_after
        if ranged or re.match(rf"[到至](?:{_CN_NUM}|\d)", text[p_end:p_end + 3]) or \
                re.search(rf"(?:{_CN_NUM}|\d)[万亿]?[到至]$", before):
            qualifier = "range"  # 四千五到五千: each end of the range
        else:
            qualifier = _said_more(qualifier, more, above)
        if (_FALL_BEFORE.search(before) or changed is not None and changed.group(1) in _CHANGE_FALLS) and \
                not _COUPON_OFF_BEFORE.search(before):  # (满二百减五十: a coupon's fifty off, no fall)
            value = -value
        return value, unit, qualifier, start, p_end

    def _unit_carried(self, value: float, start: int, end: int, before: str, s_start: int
                      ) -> tuple[float, str, str, int, int] | None:
        """A number said bare as what an earlier time had (去年才四百二出头, 前年才一百四), right after a figure with a
        unit of things or weight in the clause just before (亩产…九百斤，比去年强点儿。; 去年我们种了三百一十颗，): the
        same unit, carried; None otherwise."""
        text = self.text
        if not _EARLIER_SAID_BEFORE.fullmatch(_SPEAKER_LABEL.sub("", before.strip())):
            return None
        figure = _CARRIED_FIGURE_BEFORE.search(text, max(0, start - len(before) - 30), start - len(before))
        if figure is None or figure.group(1) not in _ZH_UNITS or value <= 0 or \
                _PRICE_WITH_UNIT.search(text, figure.start(), start) or _MONEY_NOUNS.search(text, figure.start(), start):
            return None  # (一个月九百块，水电另算。去年是一千: money)
        tail = _MONEY_TAIL.match(text, end)
        assert tail is not None
        more, scale, more_after = tail.groups()
        above = text.startswith("出头", tail.end())
        p_end = tail.end() + 2 * above
        if scale or more_after or not _MONEY_END_RE.match(text, p_end) or text.startswith(("一", "每"), p_end):
            return None  # (前年才三百五一斤: a price per jin, not a weight)
        qualifier = _said_more(self._qualifier(before, text[p_end:p_end + 12], s_start, start), more, above)
        return value, figure.group(1), qualifier, start, p_end

    def _charge_talked(self, start: int, back: int = 80, per_job: bool = False) -> bool:
        """Whether the ``back`` characters before ``start`` talk of a charge (_CHARGE_TALK: 收多少, 多少钱, 价格 …), or,
        with ``per_job``, of one job (一次, 一户, 一单 …: 一般一户我收一百五)."""
        lo = max(0, start - back)
        return _CHARGE_TALK.search(self.text, lo, start) is not None or \
            per_job and _CHARGE_TALK_PER_JOB.search(self.text, lo, start) is not None

    def _clipped_money(self, start: int, before: str) -> bool:
        """Whether an amount clipped of its last place (一百二, 七万三) said bare at ``start`` is money: its clause
        names what it is paid per (``_CLIPPED_PER``: 一节课一百八; a rent or subsidy per mu), or the talk in the 120
        characters before it, over at most three lines, names money or a price (``_MONEY_TALK``); never where its
        clause or the one before names what it counts or measures (``_CLIPPED_NOT_WORDS``: fans, viewers, blood
        pressure, a yield), its clause a count, an age, a measure or a time (``_NOT_PRICE_BEFORE``) or people counted,
        nor where the last question before it asks a time, date, age, growth or count."""
        text = self.text
        clause = _SPEAKER_LABEL.sub("", before.lstrip())
        two = text[_after_last_mark(text, max(0, start - len(before) - 30), start - len(before) - 1):start]
        if _CLIPPED_NOT_WORDS.search(two) or _YIELD_BEFORE.search(clause) or \
                _COUNTED_PEOPLE_BEFORE.search(two):
            return False  # (粉丝不多，七万三; 产量一千二; 血压高压一百六: no money, in its clause or the one before)
        if _CLIPPED_PER_MU.search(clause) and _MU_MONEY.search(text, max(0, start - 40), start) and \
                not _GROWN_BEFORE.search(clause):
            return True  # (地租，一亩六百五; not 一亩打了一千二, a yield)
        if text.startswith(("”", "’", "」", "』", "》", '"', "'"), start) or _COUNTED_VERB_BEFORE.search(clause):
            return False
        if _CLIPPED_PER.search(clause):
            return True  # (我这儿一节课一百二: paid per lesson)
        if _NOT_PRICE_BEFORE.search(clause) or _COUNTED_PEOPLE_BEFORE.search(clause):
            return False
        lo = max(0, start - 120)
        lines_lo = start
        for _ in range(4):
            at = text.rfind("\n", lo, lines_lo)
            if at < 0:
                lines_lo = lo
                break
            lines_lo = at
        lo = lines_lo
        asked = max(text.rfind("？", lo, start), text.rfind("?", lo, start))
        if asked >= 0 and _NOT_PRICE_QUESTION.search(text, max(lo, asked - 40), asked) and \
                not _PRICE_NAMED.search(text, max(lo, asked - 40), asked):
            return False
        return _MONEY_TALK.search(text, lo, start) is not None

    def _money_named_before(self, at: int) -> bool:
        """Whether the 40 characters before ``at``, on its line, name a price with its unit or a noun of money, or the
        question its turn answers, on the line before, does (这价钱跟前几年比，是涨了还是降了？ 降了。…现在降了二十)."""
        text = self.text
        line = text.rfind("\n", max(0, at - 40), at) + 1
        lo = max(0, at - 40, line)
        if _PRICE_WITH_UNIT.search(text, lo, at) is not None or _MONEY_NOUNS.search(text, lo, at) is not None:
            return True
        if line <= 0:
            return False
        asked = text.rfind("\n", 0, line - 1) + 1  # (the line before, if it is at most 80 characters long)
        return line - asked <= 81 and text[asked:line].rstrip().endswith(("？", "?")) and \
            _PRICE_QUESTION.search(text, asked, line) is not None

    def _kuai_priced(self, start: int, end: int, before: str, value: float) -> bool:
        """Whether a number in 块 with no word of money in its clause is a price by the talk around it: it answers a
        question of price (``_asked_price_of``), or it is two or more in a list of prices, right after one with its
        unit (羊肉串两块，牛肉串三块: ``_price_listed``)."""
        return self._asked_price_of(start, before, value) or value >= 2 and not _PIECES_HELD.search(before) and \
            self._price_listed(start, end, before) or self._price_of_another_time(start, before, value)

    def _price_of_another_time(self, start: int, before: str, value: float) -> bool:
        """Whether a number in 块 is a price said for another time (去年这个时候才七块多, 以前五块) right after a price in
        块 of its order, in its line or the line before (九块二啊家人们！去年这个时候才七块多)."""
        if not _ANOTHER_TIME_BEFORE.search(_SPEAKER_LABEL.sub("", before.lstrip())) or \
                value == 1 and _TOGETHER_BEFORE.search(before):
            return False  # (我跟老张以前一块: together)
        lo = max(0, start - len(before) - 40)
        if self.text.count("\n", lo, start) > 2:
            lo = self.text.rfind("\n", lo, self.text.rfind("\n", lo, start))
        for said in _KUAI_PRICE_SAID.finditer(self.text, lo, start - len(before)):
            whole, tenths = cn_numeral(said.group(1)), cn_numeral(said.group(2)) if said.group(2) else 0.0
            if whole is not None and tenths is not None and 0.5 <= value / max(whole + tenths / 10, 0.01) <= 2:
                return True
        return False

    def _asked_price_of(self, start: int, before: str, value: float) -> bool:
        """Whether the number at ``start`` (``before``: its clause before it) answers a question of price: the last
        question, in the turn just before and at most 80 characters back, asks a price (``_PRICE_QUESTION``) and the
        number is in the first two sentences of its answer; the answer's speaker label is no word of its clause
        (【大姐】四块), and 一块 after words of company or mixing (我跟我妹妹一块, 大的小的混一块) is "together"."""
        clause = _SPEAKER_LABEL.sub("", before.lstrip())
        if _NOT_PRICE_BEFORE.search(clause) or value == 1 and _TOGETHER_BEFORE.search(clause):
            return False
        text = self.text
        lo = max(0, start - 80)
        asked = max(text.rfind("？", lo, start), text.rfind("?", lo, start))
        if asked < 0:
            return False
        between = text[asked + 1:start]
        # (one more line break where a speaker's label stands on its own line: 票价是怎么定的？\n\n【同期声】和建华\n往返…)
        if between.count("\n") > 2 + ("【" in between) or between.count("。") + between.count("！") > 1 or text.startswith(
                ("”", "’", "」", "』", "》", '"', "'"), start) or text[start - 1:start] in ("初", "在", "成") or \
                text[start - 1:start] == "到" and text[start - 2:start - 1] not in CN_DIGITS + "千万百涨降":
            return False  # (正月初十: a date; 混在一块: together; but 七千到八千: a range's upper end, 涨到十五: a price
            # changed to)
        question = text[max(0, text.rfind("\n", max(0, asked - 40), asked) + 1, asked - 40):asked]
        return _PRICE_QUESTION.search(question) is not None and (
            _PRICE_NAMED.search(question) is not None or _NOT_PRICE_QUESTION.search(question) is None)

    def _hour_priced(self, start: int, before: str, value: float = 0.0, end: int = -1) -> bool:
        """Whether a number said bare after 一小时 is an hour's price: its turn said before it that the charge is by
        the hour (我们是按小时算。工作日白天一小时四十; not 路上一个小时四十五, a time), or, for sixty or more (no
        minutes), the talk of the last few turns did (2023年那会儿，晚上一小时一百); or an hour's price was said with
        its unit in the 200 characters before (大厅一小时四块钱 … 双人包一小时十五)."""
        text = self.text
        lo = max(0, start - 600) if value >= 60 else max(text.rfind("\n", 0, start) + 1, start - 80)
        return _PER_HOUR_BEFORE.search(before) is not None and (
            _BY_THE_HOUR.search(text, lo, start) is not None
            or _HOUR_PRICE_SAID.search(text, max(0, start - 200), start) is not None
            and _TIME_SPENT_BEFORE.search(text, max(0, start - 12), start) is None
            and (end < 0 or _TIME_SPENT_AFTER.match(text, end) is None))

    def _price_listed(self, start: int, end: int, before: str, depth: int = 0) -> bool:
        """Whether a number said bare (no unit, under a thousand) is a price in a list of prices: after a price per
        use or serving (剪一次二十五, 一笼十二), or in a short clause right after a clause that names a price (瘦肉十六,
        排骨贵，二十八, 前年才三十一) or after one such (后腿十七，五花十九: up to three in a row); never after a question
        of a time, a date, an age, a growth or a count."""
        text = self.text
        if text.startswith(("”", "’", "」", "』", "》", '"', "'"), end):
            return False  # (“十四五”: a name)
        asked = max(text.rfind("？", max(0, start - 60), start), text.rfind("?", max(0, start - 60), start))
        if asked >= 0 and _NOT_PRICE_QUESTION.search(text, max(0, text.rfind("\n", max(0, asked - 40), asked) + 1,
                                                                 asked - 40), asked):
            return False  # (晚上开到几点？ 十一: an hour; 比去年增长多少？ 差不多三十: a growth)
        if _PER_BOTTLE_BEFORE.search(before) and _BOTTLE_MONEY.search(text, max(0, start - 30), start):
            return True  # (在路边小点买，一瓶九十多; 开瓶费，自带酒水一瓶收五十; not 矿泉水一瓶五百: millilitres)
        if _PER_USE_BEFORE.search(before) or _PER_PIECE_BEFORE.search(before) and \
                _SERVICE_PRICE_WORDS.search(text, max(0, start - 30), start):
            return True
        # The number's own clause (or, where it opens one, the clause before: 排骨贵，二十八) and the clause before that.
        at = start - len(before)
        if not before:
            at = _after_last_mark(text, max(0, start - 10), start - 1)
        if at <= 0 or text[at - 1] == "\n":
            return False  # (a clause that opens its line has no price listed before it)
        item = _SPEAKER_LABEL.sub("", text[at:start - (0 if before else 1)])
        if _ITEMS_FOR.fullmatch(item) and _PRICE_WITH_UNIT.search(text, max(0, at - 24), at) is not None:
            return True  # (满天星十五块钱一盒，三盒四十: a price for so many, after the price of one)
        if not _ITEM_CLAUSE.fullmatch(item) or _NOT_PRICE_BEFORE.search(item):
            return False
        lo = _after_last_mark(text, max(0, at - 24), at - 1)
        if _PRICE_WITH_UNIT.search(text, max(lo, at - 24), at) is not None:
            return True
        # (or the clause before that, on the same line: 今天收的价是一斤八十。明前那几天价钱好，明前一百二)
        lo2 = _after_last_mark(text, max(0, lo - 24), lo - 1) if lo > 1 else lo
        if lo2 < lo and text[lo - 1] != "\n" and _PRICE_WITH_UNIT.search(text, max(lo2, lo - 24), lo) is not None:
            return True
        listed = _LISTED_BARE.search(text, max(lo, at - 24), at - 1) if depth < 2 else None
        return listed is not None and (self._price_listed(listed.start(2), listed.end(2), listed.group(1), depth + 1)
                                       or _UNITLESS_MONEY.search(listed.group(1)) is not None
                                       or self._hour_priced(listed.start(2), listed.group(1), end=listed.end(2)))
        # (店里标价三百九十八，今天直播间三百六十八: after a price its clause names as one)

    def _spoken_pair(self, m: re.Match[str], before: str, s_start: int) -> tuple[float, str, str, int, int] | None:
        """One end of 七八十家 (70 and 80 家, a range): the lower end's printed span is the whole phrase, the
        upper's from its numeral; None unless the two numerals are neighbours (一两, 两三, 三四 ... 八九).
        After a tens numeral (十六七块, 二十七八万) the pair counts on from it: 16 and 17, 27 and 28 (万)."""
        text = self.text
        start = m.start()
        lower = bool(m.group("pairlo") or m.group("tenlo"))
        low_at = m.end() if m.group("tenlo") else start if m.group("pairlo") else start - 1
        tens_text = m.group("tenlo") or ""
        if m.group("pairhi") and text[low_at - 1:low_at] == "十":  # the upper end of 十六七, 二十七八
            tens_text = text[low_at - 2:low_at] if text[low_at - 2:low_at - 1] in "一二三四五六七八九" and \
                low_at >= 2 else "十"
            if text[low_at - len(tens_text) - 1:low_at - len(tens_text)] in CN_DIGITS + "第数几前后" and \
                    low_at - len(tens_text) > 0:
                return None  # (一百一十二三: not read)
        tens = cn_numeral(tens_text) if tens_text else 0.0
        if tens is None:
            return None
        if low_at + 2 >= len(text):
            return None  # (收入十五六 at the text's very end: no unit to read)
        first, second = text[low_at], text[low_at + 1]
        order = "一两三四五六七八九"
        if first == "二":
            first = "两"
        if second == "二":
            second = "两"
        if order.find(first) < 0 or order.find(second) != order.find(first) + 1:
            return None
        scale_char = text[low_at + 2]
        if scale_char == "倍" and not tens and "倍" in _ZH_UNITS:  # 五六倍: 5 to 6 times
            return float(order.find(first if lower else second) + 1), "倍", "range", start, low_at + 3
        if scale_char == "成" and not tens:  # 七八成: 70 to 80 %
            share = (order.find(first if lower else second) + 1) * 10.0
            return -share if _FALL_BEFORE.search(before) else share, "%", "range", start, low_at + 3
        if scale_char not in "十百千":  # 七八个, 三四万块钱: the numerals themselves (not 一两个: "one or two")
            if first == "一" and not tens:
                return None
            scale_char = ""
        elif tens:
            return None
        lead = before if lower else before[:len(before) - (start - low_at) - len(tens_text)]  # (before the phrase)
        unit_at = low_at + 2 + len(scale_char)
        rest = re.match(rf"([万亿]?)([多余来]?)({_MEASURE_UNITS}|{_CLASSIFIER_RE}|个|块)", text[unit_at:unit_at + 12])
        numeral = (text[low_at] if lower else text[low_at + 1]) + scale_char
        value = cn_numeral(numeral)
        if value is not None:
            value += tens
        if rest is None and value is not None and (scale_char or tens or text[unit_at:unit_at + 1] in ("万", "亿")):
            # 一个月七八千，挣个五六万，: money said without its unit
            money = self._unitless_money(value, start, unit_at, lead, s_start, ranged=True)
            return None if money is None else (money[0], money[1], "range", start, money[4])
        if rest is None or rest.group(2):
            return None
        if value is None:
            return None
        scale, _, word = rest.groups()
        if not scale_char and not scale and not tens and word in _COUNT_CLASSIFIERS.split("|") and \
                word not in _PAIR_COUNTED and not (word in ("回", "次", "趟") and _PER_SPAN_BEFORE.search(lead)
                                               and _OFTEN_ENDS.match(text, unit_at + rest.end())):
            return None  # (三四次, 两三条: a phrase's classifier, as 一次 alone is; but 七八台, 五六头牛 are counts, and
            # 一个星期三四回 how often; not 一个星期来两三回的那种, what defines a group)
        phrase_at = low_at - len(tens_text)  # (where the pair's phrase starts, for either end)
        listed = word == "块" and _PRICE_LISTED_BEFORE.search(text, max(s_start, phrase_at - 16), phrase_at) is not None
        unit = self._spoken_unit(word, text[unit_at + rest.end():unit_at + 3 + rest.end()],
                                 text[max(s_start, phrase_at - 12):phrase_at] if listed else before)
        # (a price listed in the clause before makes the next item's 块 money too: 鲫鱼12块钱左右一斤，粉藕六七块; not
        # 老人买了一袋糖，每天吃三四块: pieces)
        if unit is None:
            return None
        if scale and scale + unit in _ZH_UNITS:
            unit = scale + unit
        elif scale:
            value *= 1e4 if scale == "万" else 1e8
        p_end = unit_at + rest.end()
        if _FALL_BEFORE.search(lead):  # (少了两三千块钱: both ends fell)
            value = -value
        return value, unit, "range", start, p_end

    def _qualifier(self, before: str, after: str, s_start: int, start: int) -> str:
        tail = _AUX_TAIL.sub("", before)
        verbless = _VERB_TAIL.sub("", tail)
        tail = verbless if _ABOUT_BEFORE.search(verbless) else tail
        qualifier = "exact"
        if _OVER_BEFORE.search(tail):
            qualifier = "over"
        elif _ABOUT_BEFORE.search(tail) and not (tail.endswith(("快", "小"))
                                                 and self.text[start:start + 1] not in CN_DIGITS):
            qualifier = "approximately"  # (快, 小 of nearly only before a numeral said: 快二十家; not 快0.8个百分点)
        elif _UNDER_BEFORE.search(tail):
            qualifier = "under"
        if _ABOUT_AFTER_ZH.match(after):
            qualifier = "approximately"
        elif _OVER_AFTER_ZH.match(after):  # (增长了百分之七还多一点, 翻了一番还多, 降到了两成出头: as spoken)
            qualifier = "over"
        elif _UNDER_AFTER_ZH.match(after):
            qualifier = "under"
        bound = _BOUND_OF_SHARE.search(before) if qualifier == "exact" else None
        if bound is not None:  # 不超过公司总股本的2%: a cap on a share
            qualifier = "under" if re.search("超过|不到|不足|最多|最高|至多", bound.group(0)) else "over"
        if qualifier == "exact" and _CAP_BEFORE.search(self.text, max(s_start, start - 20), start):
            qualifier = "under"
        elif qualifier == "exact" and _LOAN_FLOOR_BEFORE.search(self.text, max(s_start, start - 24), start) and \
                _LOAN_POLICY.search(self.text, s_start, start):  # (a loan's terms; not 新发放的房贷利率最低为3.1%:
            qualifier = "over"  # the lowest seen)
        if qualifier == "exact" and _OVER_SHARE_OF.search(before):
            qualifier = "over"  # 超过全地区常住人口的三成, 占…的一半以上 said first: more than that share
        if qualifier == "exact" and _ROUGH_SHARE_BEFORE.search(before):
            # 约占…的三成, 约为…的1.7倍: approximate (差不多占了…的七成 as spoken)
            qualifier = "approximately"
        # A forecast word anywhere before the figure in its sentence governs it (预期目标是：…增长5.5%左右；…),
        # and over an approximate word: 预期增长5.5%左右 is a plain forecast; so does one in the figure's own
        # clause after it (增长5.5%左右的预期目标).
        # A ； starts a new clause of a list, governed still by a forecast word before the list's colon.
        lead = self.text[s_start:start]
        semi = max(lead.rfind("；"), lead.rfind(";"))
        colon = max(lead.rfind("：", 0, max(semi, 0)), lead.rfind(":", 0, max(semi, 0)))
        expected = _expects(lead, semi + 1, len(lead)) or (colon > 0 and _expects(lead, 0, colon)) \
            or _expects(_CLAUSE_END_ZH.split(after, maxsplit=1)[0], 0, 12) \
            or any(not _EXPECT_MET.search(before, max(0, m.start() - 6), m.start()) for m in _EXPECT_NEAR.finditer(
                before)) and not _PAST_IN_CLAUSE.search(before) and not self._past_year(lead[semi + 1:]) \
            or _ONCE_BUILT.search(lead, semi + 1) is not None and not _PAST_IN_CLAUSE.search(lead, semi + 1) \
            and not self._past_year(lead[semi + 1:]) \
            or self._by_later_year(lead) \
            or self._later_year(lead[max(lead.rfind("，"), lead.rfind(","), semi) + 1:]) \
            or self._in_plan_section(start) and not _PAST_IN_CLAUSE.search(lead, semi + 1) \
            and "截至" not in lead and not _DONE.search(lead, semi + 1) and not self._past_year(lead[semi + 1:]) \
            or _TARGET_OF_SHARE.search(self.text, max(s_start, start - 8), start) is not None \
            and after.startswith(("的", "）的", ")的")) \
            or after.startswith("的目标") or _BUDGET_VS_OUTCOME.search(before) is not None \
            or qualifier != "approximately" and _ESTIMATE_FAR.search(before) is not None \
            and not _PAST_IN_CLAUSE.search(before) and not self._past_year(lead[semi + 1:]) \
            or _goes_on_planning(lead[semi + 1:]) \
            or _TO_LEVEL.fullmatch(before) is not None and any(  # (明年我打算再盖一栋，扩到五千只: the plan goes on)
                not _EXPECT_MET.search(lead, max(0, m.start() - 6), m.start()) for m in _EXPECT_NEAR.finditer(
                    lead, semi + 1)) and not _PAST_IN_CLAUSE.search(lead, semi + 1)
        if qualifier == "over" and (expected or _FLOOR_OWED.search(before) is not None):
            qualifier = "expected_over"
        elif qualifier in ("exact", "approximately") and expected and not (
                _NOT_EXPECTED_BEFORE.search(before) and not _STILL_EXPECTED.search(before)) and not (
                qualifier == "approximately" and _REPORT_PERIOD_ESTIMATE.search(lead, semi + 1)):
            qualifier = "forecast"  # (预计报告期研发投入约1.42亿元: a period ended, estimated: its hedge stays)
        return qualifier

    def _in_plan_section(self, pos: int) -> bool:
        """Whether ``pos`` lies in a section headed as tasks or a plan (the sections are in text order)."""
        k = bisect.bisect_right(self._plan_starts, pos) - 1
        return k >= 0 and pos < self._plan_sections[k][1]

    def _by_later_year(self, lead: str) -> bool:
        """Whether ``lead`` (the sentence before the figure) sets a year after the text's own as the time by which
        (到2030年，外贸进出口要突破800亿元; 2030年前): a target; False when the text's year is unknown."""
        own = self.published[:4] or self.doc_year
        if not ("到" in lead or "至" in lead or "年前" in lead or "年以前" in lead):
            return False  # (no word _BY_YEAR needs: most sentences)
        return bool(own) and any(int(m.group(1) or m.group(2)) > int(own) and not _DONE_BY.search(lead, m.end())
                                 for m in _BY_YEAR.finditer(lead))

    def _later_year(self, clause: str) -> bool:
        """Whether ``clause`` (the figure's clause before it) names a year after the one the text was written in
        (2033年省重点项目谋划储备数量不少于600个, written in 2032: a target); False when either is unknown."""
        years = list(_YEAR_IN_LEAD.finditer(clause)) if "年" in clause else []
        last = years[-1] if years else None
        return last is not None and bool(self.published) and int(last.group(1)) > int(self.published[:4]) \
            and "标准" not in clause and "以来" not in clause and "《" not in clause and not _DONE.search(clause) \
            and not _YEAR_NOT_TARGET_AFTER.match(clause, last.end())
        # (not 2033年度…缴费标准为每人每年400元: a rate set; not 目前已储备2033年专项债券项目312个: done; not
        # 2033年到期的债券余额, 自2033年1月1日起…调整为, 2033年亚运会, 《…（2021—2035年）》实施以来: a date, a name)

    def _past_year(self, lead: str) -> bool:
        """Whether the last year ``lead`` names is before the year the text was written (2031年，县财政安排3000万元 in a
        text written in 2034: an allocation made, no budget to come); False when either is unknown."""
        years = _YEAR_IN_LEAD.findall(lead)
        return bool(years and self.published and int(years[-1]) < int(self.published))

    def _sector(self, start: int, end: int) -> tuple[str, float]:
        """The sector a sentence's words point to (once per sentence)."""
        if self._sector_of[0] != (start, end):
            self._sector_of = ((start, end), self._sector_words(self.text[start:end]))
        return self._sector_of[1]

    def _sector_words(self, words_zh: str) -> tuple[str, float]:
        """The sector some Chinese words point to; a clause's words repeat in a report (同比增长, 规模以上工业
        增加值增长): each is guessed once (a bounded memo)."""
        memo = self._words_memo.get(words_zh)
        if memo is None:
            if len(self._words_memo) > 4096:
                self._words_memo.clear()
            memo = self._words_memo[words_zh] = self._guess_words(words_zh)
        return memo

    def _guess_words(self, words_zh: str) -> tuple[str, float]:
        keywords = [w for w in _chinese_keywords(tuple(self.sectors.items())) if w in words_zh]
        hints = [(m.group(0), en) for pattern, en in _SECTOR_HINT_RES for m in [pattern.search(words_zh)] if m]
        # a generic head after a sector's own word (装备制造业, 石化工业) is that sector's, not industry's
        named = [w for w, _ in hints] + keywords
        heads = {h for h in _GENERIC_HEADS if any(w not in _GENERIC_HEADS and w + h in words_zh for w in named)}
        hints = [(w, en) for w, en in hints
                 if w not in heads or words_zh.count(w) > sum(words_zh.count(n + w) for n in named if n != w)]
        words = " ".join(en for _, en in hints)
        # the hints in English, and the Chinese keywords of sectors (房地产) that the words hold
        found = " ".join(w for w in keywords
                         if w not in heads or words_zh.count(w) > sum(words_zh.count(n + w) for n in named if n != w))
        text = f"{words} {found}".strip()
        return guess_sector(text, self.sectors) if text else ("", 0.0)

    def _clause_sector(self, s_start: int, p_start: int) -> tuple[str, float]:
        """The sector the figure's own clause names before it (规模以上工业增加值增长8.4% in a sentence of GDP,
        investment and industry), given 0.7; else the nearest earlier clause of its sentence that names one
        (地区生产总值3812.6亿元，增长5.8%), given 0.65; a clear margin only (both calibrated apart)."""
        if self._clause_cache[0] != s_start:  # an earlier clause is guessed once for all the figures after it
            self._clause_cache = (s_start, {})
        cache = self._clause_cache[1]
        lead_start = max(s_start, p_start - 200)
        lead = self.text[lead_start:p_start]
        clauses = _CLAUSE_SPLIT.split(lead)
        end = len(lead)
        for n, clause in enumerate(reversed(clauses)):
            if n and _SECTOR_STOP.search(clause):
                break  # 其中 / 分产业看: a clause that opens a breakdown belongs to no earlier subject
            key = (lead_start + end - len(clause), lead_start + end)
            end -= len(clause) + 1
            found = cache.get(key) if n else None
            if found is None:
                found = cache[key] = self._sector_words(clause[-40:])
            sector, conf = found
            if sector:
                return (sector, 0.7 if n == 0 else 0.65) if conf >= 0.6 else ("", 0.0)
        return "", 0.0

    def _metric(self, before: str, unit: str) -> tuple[str, float]:
        """The metric named nearest before the figure (metrics.csv ids) whose unit class fits the figure's; a
        growth rate takes the metric's growth id where the table has one, else stays empty; an amount after
        增加 / 减少 is a change, of no level metric."""
        if unit == "percentage points":
            return "", 0.0  # a gap or change in points (高0.4个百分点) is no growth rate
        # the figure's own part of its sentence: not past a ； (a list's item) nor a 其中 (a part of the whole)
        cut = max(before.rfind("；"), before.rfind(";"), before.rfind("其中"))
        before = before[cut + 1:] if cut >= 0 else before
        rate = unit == "%"
        base = "%" if rate else to_base(1.0, unit, BUNDLED_UNITS)[1]
        classes = _metric_classes()
        best, at, stem = "", -1, False
        table = _metric_table()
        by_first = _metric_table_by_first()
        firsts = by_first.keys() & set(before)  # (a word whose first character is not there is not there: most of the
        # table; the rest in the table's order)
        rows = by_first[next(iter(firsts))] if len(firsts) == 1 else sorted(i for ch in firsts for i in by_first[ch])
        for i in rows:
            word, mid, cls, is_stem = table[i]
            if not rate and cls and cls != base and (cls, base) not in _ALIKE_CLASSES:
                continue  # 地区生产总值增长5.6% … 9000亿元: a growth rate is no metric of an amount
            pos = before.rfind(word)
            if pos < 0 or pos + len(word) <= at:
                continue
            best, at, stem = mid, pos + len(word), is_stem
        if not best:
            return "", 0.0
        after = before[at:]
        growth_verb = _GROWTH_VERB.search(after)
        if stem and not growth_verb:
            return "", 0.0  # 固定资产投资 … 1.9% with no growth verb: not its growth
        if rate:
            if best.endswith("_growth"):
                return best, 0.6
            if classes.get(best) == "%":  # a rate itself (研发经费投入强度提高到2.12%): its level, not a change
                return (best, 0.6) if unit == "%" and not _RATE_CHANGED.search(after) \
                    else ("", 0.0)
            if growth_verb:
                growth = f"{best}_growth"
                if growth in _metric_ids():
                    return growth, 0.6
                return f"growth of {_metric_names().get(best, best)}", 0.5
            return "", 0.0
        if _AMOUNT_CHANGED.search(after):
            return "", 0.0  # 比上年末增加8.1万人: a change, not the level
        return best, 0.6

    # -- the text ------------------------------------------------------------------------------
    def run(self, source_id: str) -> list[Candidate]:
        text = self.text
        found: list[Candidate] = []
        last_end = -1
        next_report = 0
        total = max(1, len(text))
        boilerplate = _boilerplate_start(text)
        unread: list[tuple[int, int]] = []  # numerals said with no unit that no rule read (for _echoed_prices)
        for m in scan_gated(_NUMBER, _NUMBER_GATE, text, text):
            if self.progress is not None and m.start() >= next_report:
                self.progress(m.start(), total)
                next_report = m.start() + PROGRESS_STEP
            if m.start() < last_end:
                continue
            i = bisect.bisect_right(self.starts, m.start()) - 1
            s_start = self.starts[i] if i >= 0 else 0
            s_end = max(self.ends[i] if i >= 0 else len(text), m.end())
            figure = self._figure(m, s_start) if m.start() < boilerplate and not _numeral_place_at(self.text, m.start()) \
                else None
            if figure is not None:
                sign_at = figure[3] - (text[figure[3] - 1:figure[3]] in ("-", "−", "－"))  # (≤-5℃的)
                bound = text[max(0, sign_at - 2):sign_at].rstrip()[-1:]  # (≥ 35℃: a space between)
                if bound in _THRESHOLD_SIGNS:
                    if text.startswith("的", figure[4]):
                        figure = None  # ≥35℃的高温日数, ≥50毫米的暴雨: a bound that defines what is counted
                    elif figure[2] in ("exact", "approximately"):  # 气温＞35℃, 投资额≥5000万元: a bound
                        figure = (figure[0], figure[1], "over" if bound in "≥＞>⩾" else "under", *figure[3:])
            if figure is not None and figure[1] in _COUNTED_PIECES and \
                    _PACK_BEFORE.search(text, max(0, figure[3] - 4), figure[3]) is not None:
                figure = None  # (一箱五十根, 一盒装十二个: what a pack holds, no figure)
            kind = "number" if figure is not None else (
                "date" if m.group("digits") and _DATE_AFTER.match(text[m.end():m.end() + 2]) else "other")
            if m.group("digits") or figure is not None:
                self.tokens.append(NumberToken(m.start(), m.end(), self.raw[m.start():m.end()], kind))
            if figure is None:
                if m.start() < boilerplate and _ALL_NUMERALS.fullmatch(text, m.start(), m.end()):
                    unread.append((m.start(), m.end()))
                continue
            value, unit, qualifier, p_start, p_end = figure
            if m.group("digits") and value > 0 and p_start == m.start() and text[p_start - 1:p_start] in ("-", "−") \
                    and _SIGN_BEFORE_MINUS.match(text[p_start - 2:p_start - 1] or " ") \
                    and not _PER_END.search(text, max(0, p_start - 8), p_start - 1) \
                    and not _IN_FORMULA.search(text, max(s_start, p_start - 80), p_start):  # (收盘价－0.35元 after ＝)
                # 净利润-0.83亿元: the printed minus (not the dash of a range, 6%-8%, 2亿元-3亿元)
                value, p_start = -value, p_start - 1
            last_end = p_end if not (m.group("pairlo") or m.group("tenlo")) else m.end()
            # (七八十家: the upper end, 八十家, is read next)
            s_end = max(s_end, p_end)
            quote_from = self._quote_from.get(p_start, -1)  # a table's cell: from the line naming its unit
            cand = Candidate(value=value, unit=unit, qualifier=qualifier, as_printed=self.raw[p_start:p_end],
                             printed_start=p_start, printed_end=p_end,
                             start=quote_from if 0 <= quote_from < s_start and p_start - quote_from <= 1200
                             else s_start, end=s_end, source_id=source_id, confidence=0.8, text=self.raw)
            self._guess(cand)
            if p_start in self._quote_from:  # a table's cell: what its table says of it, no more
                year, metric = self._table_cells.get(m.start(), ("", ""))
                cand.confidence, cand.note = 0.6, "unit of the table's column header"
                cand.period = year or cand.period
                cand.metric, cand.metric_confidence = (_table_metric_id(metric, cand.unit), 0.52) if metric \
                    else ("", 0.0)
            found.append(cand)
        found = self._one_in_n(found, source_id, boilerplate)
        found = self._discounts(found, source_id, boilerplate)
        found = self._echoed_prices(found, unread, source_id)
        _raised_caps(self.text, found)
        _listed_falls(self.text, found)
        found = [c for c in found if not (c.unit in _PACK_UNITS and self.text.startswith("装", c.printed_end))]
        # (十斤装的一箱, 五斤装: a pack's size said in numerals, as 5斤装 in digits)
        found = _without_bands(self.text, found)
        mark_restatements(found)
        width = max(2, len(str(len(found))))
        for n, cand in enumerate(found, 1):
            cand.id = f"{source_id or 'C'}-{n:0{width}d}"
        if self.progress is not None:
            self.progress(total, total)
        return found

    def _echoed_prices(self, found: list[Candidate], unread: list[tuple[int, int]], source_id: str) -> list[Candidate]:
        """A price said again bare, word for word, as its own phrase soon after it was read (五斤装，一百八十八。一百八十八，
        五斤！; a reporter's 一百二十八，再加六十 after the owner's 一个人一百二十八): the same amount of money."""
        text = self.text
        if not unread:
            return found
        said: dict[str, int] = {}  # each price's words, and where they were last read (found is in text order)
        echoes: list[Candidate] = []
        k = 0
        for start, end in unread:
            while k < len(found) and found[k].printed_end <= start:
                cand = found[k]
                if cand.unit == "元" and cand.value > 0 and _ALL_NUMERALS.fullmatch(cand.as_printed):
                    said[cand.as_printed] = cand.printed_end
                k += 1
            words = text[start:end]
            last = said.get(words)
            if last is None or start - last > _ECHO_REACH or not _ECHO_BEFORE.search(text, max(0, start - 3), start) \
                    or not _ECHO_AFTER.match(text, end) or "？" in text[last:start] or "?" in text[last:start]:
                # (not across a question: 樱桃一斤十二。你们家几个人摘？十二，全家都上: people)
                continue
            i = bisect.bisect_right(self.starts, start) - 1
            s_start = self.starts[i] if i >= 0 else 0
            s_end = max(self.ends[i] if i >= 0 else len(text), end)
            value = cn_numeral(words)
            if value is None:
                continue
            cand = Candidate(value=value, unit="元", qualifier="exact", as_printed=self.raw[start:end],
                             printed_start=start, printed_end=end, start=s_start, end=s_end, source_id=source_id,
                             confidence=0.6, note="a price said again, bare", text=self.raw)
            self._guess(cand)
            echoes.append(cand)
        return sorted([*found, *echoes], key=lambda c: c.printed_start) if echoes else found

    def _one_in_n(self, found: list[Candidate], source_id: str, boilerplate: int) -> list[Candidate]:
        """A share said as so many of every N (十个里头有七个, 每15个梧州人里，就有一个, 三家里面有一家) as one
        figure in %, in place of the counts read inside it; "就有" or a hedge before makes it approximate."""
        text = self.text
        if "有" not in text:
            return found
        shares: list[Candidate] = []
        for m in _ONE_IN_N.finditer(text, 0, boilerplate):
            if not m.group("li") and m.group("cp") != m.group("cw"):
                continue  # 每…就有 without 里: a share only of the same things (每三辆车就有一辆; not 每3个家庭就有2辆车)
            whole = int(m.group("n")) if m.group("n").isdigit() else cn_numeral(m.group("n"))
            part = int(m.group("m")) if m.group("m").isdigit() else cn_numeral(m.group("m"))
            if not whole or part is None or not 0 < part < whole:
                continue
            i = bisect.bisect_right(self.starts, m.start()) - 1
            s_start = self.starts[i] if i >= 0 else 0
            s_end = max(self.ends[i] if i >= 0 else len(text), m.end())
            hedged = "就" in m.group(0) or _ONE_IN_N_HEDGE.search(text, max(s_start, m.start() - 4), m.start()) is not None
            cand = Candidate(value=round(100.0 * part / whole, 2), unit="%",
                             qualifier="approximately" if hedged else "exact", as_printed=self.raw[m.start():m.end()],
                             printed_start=m.start(), printed_end=m.end(), start=s_start, end=s_end,
                             source_id=source_id, confidence=0.6, note="a share said as so many of every N",
                             text=self.raw)
            self._guess(cand)
            shares.append(cand)
        if not shares:
            return found
        spans = [(c.printed_start, c.printed_end) for c in shares]
        kept = [c for c in found if not any(a < c.printed_end and c.printed_start < b for a, b in spans)]
        return sorted([*kept, *shares], key=lambda c: c.printed_start)

    def _discounts(self, found: list[Candidate], source_id: str, boilerplate: int) -> list[Candidate]:
        """A price paid as a share of the full one (享受9折优惠, 打八五折: 90 %, 85 %) and a share said in full
        (入住率天天都是百分之百: 100 %), each a figure in % that no other reading covers."""
        text = self.text
        if "折" not in text and "百分之百" not in text:
            return found
        starts = [c.printed_start for c in found]
        added: list[Candidate] = []
        for m in _DISCOUNT.finditer(text, 0, boilerplate):
            n = m.group("n")
            if n is None:
                value = 100.0
            elif n[0].isdigit():
                value = float(n) * 10
            else:
                digits = [cn_numeral(ch) or 0 for ch in n]
                value = digits[0] * 10 + (digits[1] if len(digits) > 1 else 0)
            if not 0 < value <= 100:
                continue
            k = bisect.bisect_left(starts, m.start())
            if k < len(found) and found[k].printed_start < m.end() or k > 0 and found[k - 1].printed_end > m.start():
                continue  # (read already)
            i = bisect.bisect_right(self.starts, m.start()) - 1
            s_start = self.starts[i] if i >= 0 else 0
            s_end = max(self.ends[i] if i >= 0 else len(text), m.end())
            qualifier = "exact"
            if n is None:  # 百分之百 is a share like any other: 目标…达到百分之百 is a target (a discount is a price)
                lo = max(s_start, m.start() - 40)
                cut = _UP_TO_CLAUSE_BREAK.match(text, lo, m.start())
                qualifier = self._qualifier(text[cut.end() if cut is not None else lo:m.start()],
                                            text[m.end():m.end() + 12], s_start, m.start())
            cand = Candidate(value=round(value, 2), unit="%", qualifier=qualifier, as_printed=self.raw[m.start():m.end()],
                             printed_start=m.start(), printed_end=m.end(), start=s_start, end=s_end,
                             source_id=source_id, confidence=0.6,
                             note="a price as a share of the full one" if n is not None else "", text=self.raw)
            self._guess(cand)
            added.append(cand)
        return sorted([*found, *added], key=lambda c: c.printed_start) if added else found

    def _guess(self, cand: Candidate) -> None:
        period, p_conf = self._period(cand.printed_start, cand.start)
        cand.period = period if p_conf >= GUESS_THRESHOLD else ""
        if cand.period and cand.period == self._half_year_report and p_conf < 0.8:
            cand.period += "-H1"  # a half-year report's figures whose sentence names no period: of the first half
        elif cand.period and cand.period == self._month_report[:4] and p_conf < 0.8 and \
                not _RELATIVE_YEAR.search(self.text, cand.start, cand.printed_start):
            cand.period = self._month_report  # a monthly report's (2031年10月…分析报告): of its month (not 目前…: now)
        if cand.period[:4].isdigit() and _LAST_YEAR_SAME.search(self.text, max(cand.start, cand.printed_start - 12),
                                                                cand.printed_start):
            cand.period = str(int(cand.period[:4]) - 1) + cand.period[4:]  # 上年同期为0.35亿元: the year before's
        city, c_conf = self._city(cand.printed_start, cand.start)
        if c_conf >= GUESS_THRESHOLD:
            cand.city, cand.city_confidence = city, c_conf
        before = self.text[cand.start:cand.printed_start]
        sector, s_conf = self._clause_sector(cand.start, cand.printed_start)
        if not sector:
            sector, s_conf = self._sector(cand.start, cand.end)
        if s_conf >= GUESS_THRESHOLD:
            cand.sector, cand.sector_confidence = sector, s_conf
        metric, m_conf = self._metric(before, cand.unit)
        if m_conf >= GUESS_THRESHOLD:
            cand.metric, cand.metric_confidence = metric, m_conf
        else:  # no id fits: the clause's own words for what is measured, a name for the reviewer (as in English)
            name = _subject(before)
            if name:
                cand.metric, cand.metric_confidence = name, 0.3




def new_cities(candidates: Iterable[Candidate], known: Iterable[str]) -> list[Place]:
    """The gazetteer's cities that candidates name but the fact base (``known`` city ids) lacks."""
    by_name = {p.name: p for p in gazetteer().values() if p.kind == "city"}
    known_set = set(known)
    out: dict[str, Place] = {}
    for cand in candidates:
        for name in cand.city.split(";"):
            if name and name not in known_set and name in by_name:
                out.setdefault(name, by_name[name])
    return list(out.values())


# What a range's upper end is followed by where the range defines a band (四十一到六十分贝算中度, 五十到七十算二级): no
# figures
_BAND_AFTER = re.compile(r"(?:以内|之间)?(?:的)?(?:算|属于|为|是)[\u4e00-\u9fff]{0,3}?(?:度|级|档|等)"
                         r"(?![\u4e00-\u9fff]{0,2}[\d一二三四五六七八九十])")
_BAND_JOIN = re.compile(r"[到至~～－-]")


def _without_bands(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without the two ends of a range that defines a band (四十一到六十分贝算中度: what counts as moderate)."""
    band: set[int] = set()
    for i, c in enumerate(found):
        if c.qualifier == "range" and _BAND_AFTER.match(text, c.printed_end):
            band.add(i)
            if i and found[i - 1].qualifier == "range" and _BAND_JOIN.fullmatch(text, found[i - 1].printed_end,
                                                                               c.printed_start):
                band.add(i - 1)
    return [c for i, c in enumerate(found) if i not in band] if band else found


def extract_zh(text: str, source_id: str = "", cities: Mapping[str, Iterable[str]] | None = None,
               progress: Callable[[int, int], None] | None = None, sectors: Mapping[str, str] | None = None,
               published: str = "") -> tuple[list[Candidate], list[NumberToken]]:
    """Every figure of a Chinese ``text`` as a candidate, and every number (see ``extract_with_tokens``);
    ``published`` (YYYY[-MM[-DD]], or empty) is when the text was written: what 今年, 去年 and 目前 count from."""
    extractor = _ZhExtractor(text, cities, progress, sectors, published)
    found = extractor.run(source_id)
    return found, extractor.tokens

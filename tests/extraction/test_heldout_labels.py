"""The held-out and dev label files are consistent with their texts.

This checks the labels only: it never imports or runs the extractor (the texts were labelled before any
extractor ran on them, see tests/fixtures/articles/heldout/README.md).
"""

from __future__ import annotations

import csv
import re
from decimal import Decimal
from pathlib import Path

import pytest

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
DATA = Path(__file__).resolve().parents[2] / "data"
SETS: tuple[str, ...] = (
    "heldout",
    "dev",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "dev2",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
    "heldout26",
    "heldout27",
    "heldout28",
)
# A set added later (a folder of texts with their label files) is checked without being listed here.
SETS += tuple(
    sorted(
        (d.name for d in ARTICLES.iterdir() if d.is_dir() and d.name not in SETS and any(d.glob("*.labels.csv"))),
        key=lambda name: (len(name), name),
    )
)
COLUMNS = [
    "id",
    "fact_id",
    "value",
    "unit",
    "qualifier",
    "as_printed",
    "printed_start",
    "printed_end",
    "note",
    "value_base",
    "base_unit",
    "period",
    "city",
]
# heldout2 and later sets add the metric and sector each figure belongs to (ids of data/metrics.csv; sector ids of
# data/sectors.csv or of its superset data/sector_catalogue.csv, used from heldout6 on).
EXTRA_COLUMNS = ["metric", "sector"]
QUALIFIERS = {"exact", "over", "under", "approximately", "expected_over", "range", "forecast"}
PERIOD = re.compile(r"^$|^\d{4}(-H[12]|-Q1-Q3|-\d{2}\.\.\d{2})?$")
BASE_UNITS = {"yuan", "US$", "people", "tons", "TEU", "square meters", "%", "percentage points", "rank", "times", "count"}
# heldout105: days of good air quality are counted in days (data/units.csv: days, base days).
BASE_UNITS |= {"days"}
# heldout115: working hours are counted in hours (data/units.csv: hours, base hours).
BASE_UNITS |= {"hours"}
# Units whose factor to the base unit is fixed; count nouns and classifiers have factor 1.
FACTORS = {
    "yuan": 1,
    "元": 1,
    "million yuan": 10**6,
    "billion yuan": 10**9,
    "trillion yuan": 10**12,
    "亿元": 10**8,
    "万亿元": 10**12,
    "billion US$": 10**9,
    "亿美元": 10**8,
    "万美元": 10**4,
    "million people": 10**6,
    "万人": 10**4,
    "million tons": 10**6,
    "million tonnes": 10**6,
    "万吨": 10**4,
    "亿吨": 10**8,
    "million TEU": 10**6,
    "万标准箱": 10**4,
    "million square meters": 10**6,
    "million": 10**6,
    "万辆": 10**4,
    "万户": 10**4,
    "万家": 10**4,
    "万人次": 10**4,
    "万个": 10**4,
    "亿人次": 10**8,
    "万平方米": 10**4,
    # heldout102: 万元 and 万单 (10,000 yuan, 10,000 parcels), 基点 (a basis point, 0.01 percentage points).
    "万元": 10**4,
    "万单": 10**4,
    # heldout107: 万台 (10,000 machines; data/units.csv: base count, factor 1e4).
    "万台": 10**4,
    "基点": Decimal("0.01"),
    # units.csv gives basis points (个基点, 基点) base percentage points since session 9: earlier labels moved too.
    "basis points": Decimal("0.01"),
    "个基点": Decimal("0.01"),
}
# heldout108: 万亩 (base mu) and 万人次 (base trips), and 万台套 (base count, factor 1e4), as data/units.csv gives them.
BASE_UNITS |= {"mu", "trips"}
FACTORS.update({"万亩": 10**4, "万台套": 10**4})
# units.csv gives kilograms (kg, 公斤, 千克, 斤) base tons and kilometres (km, 公里) base km since session 9: earlier
# labels that gave them base count, factor 1, moved too.
BASE_UNITS |= {"km"}
BASE_UNITS |= {"cubic meters"}  # (units.csv since session 9: cubic metres, 立方米, 万立方米, 亿立方米)
FACTORS.update({"thousand cubic meters": 10**3, "million cubic metres": 10**6, "million cubic meters": 10**6,
                "billion cubic metres": 10**9,
                "billion cubic meters": 10**9, "万立方米": 10**4, "亿立方米": 10**8})
FACTORS.update({"hectares": 15, "hectare": 15, "thousand mu": 10**3, "million mu": 10**6,  # (units.csv: base mu,
                "thousand hectares": 15 * 10**3, "million hectares": 15 * 10**6})  # a hectare is 15 mu; session 9)
FACTORS.update({"kilograms": Decimal("0.001"), "kilogram": Decimal("0.001"), "kilos": Decimal("0.001"),
                "kg": Decimal("0.001"), "公斤": Decimal("0.001"), "千克": Decimal("0.001"), "斤": Decimal("0.0005")})
# heldout113: 万股 (10,000 shares) and 万块钱 (spoken, 10,000 yuan), as data/units.csv gives them.
FACTORS.update({"万股": 10**4, "万块钱": 10**4})
# heldout119: 万张 (10,000 vouchers; data/units.csv: base count, factor 1e4).
FACTORS.update({"万张": 10**4})
# heldout128: 万头 (10,000 head of livestock; data/units.csv: base count, factor 1e4).
FACTORS.update({"万头": 10**4})
# heldout122: inventory in months of sales (data/units.csv: months, base months) and million US$ (units.csv:
# base US$, factor 1e6).
BASE_UNITS |= {"months"}
FACTORS.update({"million US$": 10**6})
# heldout147: a bond's tenor and a loan's term in years (data/units.csv: years, base years).
BASE_UNITS |= {"years"}
# heldout150: electric load and electricity (data/units.csv: 万千瓦 base kW, factor 1e4; 亿千瓦时 base kWh, factor 1e8).
BASE_UNITS |= {"kW", "kWh"}
FACTORS.update({"万千瓦": 10**4, "亿千瓦时": 10**8})
# heldout161: 万件 (10,000 parcels) and 万场 (10,000 live streams), as data/units.csv gives them (base count, factor 1e4).
FACTORS.update({"万件": 10**4, "万场": 10**4})
# units.csv gives millimetres (mm, 毫米) base mm and degrees Celsius (°C, ℃) base °C since session 10: earlier labels
# that gave them base count, factor 1, moved too.
BASE_UNITS |= {"mm", "°C"}
FACTORS.update({"万标箱": 10**4})  # (units.csv since session 10: 标箱 and 万标箱 base TEU, as 标准箱)
# heldout179: 万千瓦时 (10,000 kWh; data/units.csv: base kWh, factor 1e4) and 万斤 (10,000 jin; units.csv: base tons,
# factor 5).
FACTORS.update({"万千瓦时": 10**4, "万斤": 5})
# heldout214: 万只 (10,000 animals; data/units.csv: base count, factor 1e4).
FACTORS.update({"万只": 10**4})
# heldout213: 亿斤 (10^8 jin; data/units.csv: base tons, factor 5e4).
FACTORS.update({"亿斤": 5 * 10**4})
# heldout216: billion (a count in billions; data/units.csv: base count, factor 1e9).
FACTORS.update({"billion": 10**9})
# heldout223: MW and million kWh with the factors of data/units.csv (base kW, 1e3; base kWh, 1e6). Earlier sets' labels
# give these units factor 1, so the factors apply to this set only.
SET_FACTORS: dict[str, dict[str, int]] = {"heldout223": {"MW": 10**3, "million kWh": 10**6}}
# heldout226: 兆瓦 with the factor of data/units.csv (base kW, 1e3), for this set only as above.
SET_FACTORS["heldout226"] = {"兆瓦": 10**3}
# heldout221: MW and GW (data/units.csv: base kW, factors 1e3 and 1e6) and billion kWh (base kWh, factor 1e9), for this
# set only as above; and the base units units.csv gives micrograms per cubic metre (μg/m³), decibels (dB) and square
# kilometres (km²).
SET_FACTORS["heldout221"] = {"MW": 10**3, "GW": 10**6, "billion kWh": 10**9}
BASE_UNITS |= {"μg/m³", "dB", "km²"}
# heldout224: 兆瓦 with the factor of data/units.csv (base kW, 1e3), for this set only (earlier labels give it factor 1);
# its 微克/立方米 and 分贝 have the base units μg/m³ and dB added above.
SET_FACTORS["heldout224"] = {"兆瓦": 10**3}
# heldout245: MW, megawatts, GW and billion kWh with the factors of data/units.csv (base kW 1e3, 1e6; base kWh 1e9),
# and jin, the English name of 斤 (units.csv: base tons, factor 0.0005), for this set only as above.
SET_FACTORS["heldout245"] = {"MW": 10**3, "megawatts": 10**3, "GW": 10**6, "billion kWh": 10**9,
                             "jin": Decimal("0.0005")}  # type: ignore[dict-item]
# heldout248: 兆瓦 and 吉瓦 (data/units.csv: base kW, factors 1e3 and 1e6) and 万笔 (base count, factor 1e4), for this set
# only as above.
SET_FACTORS["heldout248"] = {"兆瓦": 10**3, "吉瓦": 10**6, "万笔": 10**4}
# heldout489: MW, megawatts, GW, gigawatts and billion kilowatt-hours with the factors of data/units.csv (base kW 1e3,
# 1e6; base kWh 1e9), for this set only as above (the labeller's README names the entry).
SET_FACTORS["heldout489"] = {"MW": 10**3, "megawatts": 10**3, "GW": 10**6, "gigawatts": 10**6,
                             "billion kilowatt-hours": 10**9}
# heldout252: jin, the English name of 斤 (data/units.csv: base tons, factor 0.0005), for this set only as above.
SET_FACTORS["heldout252"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]
# heldout253: MW and million kWh (data/units.csv: base kW, factor 1e3; base kWh, factor 1e6) and jin, the English name
# of 斤 (units.csv: base tons, factor 0.0005), for this set only as above.
SET_FACTORS["heldout253"] = {"MW": 10**3, "million kWh": 10**6, "jin": Decimal("0.0005")}  # type: ignore[dict-item]
# heldout254: ‰ (per mille; data/units.csv: base %, factor 0.1), for this set only as above.
SET_FACTORS["heldout254"] = {"‰": Decimal("0.1")}  # type: ignore[dict-item]
# heldout262: 万套 (10,000 homes; data/units.csv: base count, factor 1e4), for this set only as above.
SET_FACTORS["heldout262"] = {"万套": 10**4}
# heldout264: jin, the English name of 斤 (data/units.csv: base tons, factor 0.0005), for this set only as above.
SET_FACTORS["heldout264"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]
# heldout263: billion kWh and MW (data/units.csv: base kWh, factor 1e9; base kW, factor 1e3) and jin, the English name
# of 斤 (units.csv: base tons, factor 0.0005), for this set only as above.
SET_FACTORS["heldout263"] = {"billion kWh": 10**9, "MW": 10**3, "jin": Decimal("0.0005")}  # type: ignore[dict-item]
SET_FACTORS["heldout312"] = {"billion kWh": 10**9}  # type: ignore[dict-item]
# heldout269: "per thousand", the English name of ‰ (data/units.csv: base %, factor 0.1), for this set only as above.
SET_FACTORS["heldout269"] = {"per thousand": Decimal("0.1")}  # type: ignore[dict-item]
# heldout397: power and energy (data/units.csv: GW and gigawatts 1e6 kW, MW and megawatts 1e3 kW, billion kWh 1e9 kWh,
# GWh 1e6 kWh), for this set only as above.
SET_FACTORS["heldout400"] = {"千元": 10**3}  # heldout400: 千元 (data/units.csv: base yuan, factor 1e3), as above
SET_FACTORS["heldout397"] = {"GW": 10**6, "gigawatts": 10**6, "MW": 10**3, "megawatts": 10**3, "billion kWh": 10**9,
                             "GWh": 10**6}
# heldout417: GWh, GW and gigawatts with the factor of data/units.csv (1e6 kWh / kW), as its README asks (its labels'
# value_base was written with factor 1; the lead multiplied it after a first run compared those eight labels at factor 1;
# no value, unit, qualifier or span changed).
SET_FACTORS["heldout417"] = {"GWh": 10**6, "GW": 10**6, "gigawatts": 10**6}
# heldout428: jin, thousand yuan, ‰ and "per thousand" with the factors of data/units.csv, as its README asks.
SET_FACTORS["heldout428"] = {"jin": Decimal("0.0005"), "thousand yuan": 10**3, "‰": Decimal("0.1"),  # type: ignore[dict-item]
                             "per thousand": Decimal("0.1")}
SET_FACTORS["heldout488"] = {"万名": 10**4}  # heldout488: as its README asks (units.csv's 万 factor)
SET_FACTORS["heldout491"] = {"billion kilowatt-hours": 10**9, "billion kWh": 10**9, "billion tonnes": 10**9}  # its README
# Sets whose texts were given to the labeller (not written to the brief's length) may hold more figures
SET_MAX_LABELS: dict[str, int] = {"heldout488": 80}
SET_FACTORS["heldout429"] = {"MW": 10**3, "million kWh": 10**6}  # heldout429: as its README asks (units.csv's factors)
SET_FACTORS["heldout436"] = {"‰": Decimal("0.1")}  # type: ignore[dict-item]  # heldout436: as its README asks
SET_FACTORS["heldout433"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout433: as its README asks
SET_FACTORS["heldout434"] = {"per thousand": Decimal("0.1")}  # type: ignore[dict-item]  # heldout434: as its README asks
SET_FACTORS["heldout441"] = {"GWh": 10**6, "gigawatt-hours": 10**6}  # heldout441: as its README asks
SET_FACTORS["heldout449"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout449: as its README asks
SET_FACTORS["heldout454"] = {"毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout454: as its README asks
SET_FACTORS["heldout453"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout453: as its README asks
SET_FACTORS["heldout452"] = {"billion kWh": 10**9, "MW": 10**3}  # heldout452: as its README asks
SET_FACTORS["heldout457"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout457: as its README asks
SET_FACTORS["heldout467"] = {"billion kWh": 10**9, "GW": 10**6}  # heldout467: as its README asks
SET_FACTORS["heldout472"] = {"GW": 10**6, "gigawatts": 10**6, "MW": 10**3, "megawatts": 10**3,  # heldout472: as
                              "billion kilowatt-hours": 10**9, "million kWh": 10**6}  # its README asks
SET_FACTORS["heldout495"] = {"GW": 10**6, "gigawatts": 10**6, "million kilowatts": 10**6}  # heldout495: as its README asks
SET_FACTORS["heldout497"] = {"jin": Decimal("0.0005"), "billion jin": 5 * 10**5}  # type: ignore[dict-item]  # heldout497: as its README asks
SET_FACTORS["heldout501"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout501: as its README asks
SET_FACTORS["heldout503"] = {"GWh": 10**6}  # heldout503: as its README asks
SET_FACTORS["heldout506"] = {"‰": Decimal("0.1")}  # type: ignore[dict-item]  # heldout506: as its README asks
SET_FACTORS["heldout508"] = {"per thousand": Decimal("0.1")}  # type: ignore[dict-item]  # heldout508: as its README asks
SET_FACTORS["heldout509"] = {"jin": Decimal("0.0005"), "million jin": 500}  # type: ignore[dict-item]  # heldout509: as its README asks
SET_FACTORS["heldout517"] = {"MW": 10**3, "MWh": 10**3}  # heldout517: as its README asks
SET_FACTORS["heldout521"] = {"jin": Decimal("0.0005"), "per thousand": Decimal("0.1")}  # type: ignore[dict-item]  # heldout521: as its README asks
SET_FACTORS["heldout523"] = {"billion jin": 5 * 10**5, "jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout523: as its README asks
SET_FACTORS["heldout528"] = {"jin": Decimal("0.0005"), "thousand jin": Decimal("0.5")}  # type: ignore[dict-item]  # heldout528: as its README asks
SET_FACTORS["heldout529"] = {"million kWh": 10**6}  # heldout529: as its README asks
SET_FACTORS["heldout531"] = {"gigawatts": 10**6, "billion kilowatt-hours": 10**9}  # heldout531: as its README asks
SET_FACTORS["heldout534"] = {"万千升": 10**4}  # heldout534: as its README asks
SET_FACTORS["heldout535"] = {"jin": Decimal("0.0005"), "thousand jin": Decimal("0.5"), "thousand": 10**3}  # type: ignore[dict-item]  # heldout535: as its README asks
SET_FACTORS["heldout537"] = {"GW": 10**6, "MW": 10**3, "billion kWh": 10**9}  # heldout537: as its README asks
SET_FACTORS["heldout538"] = {"毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout538: as its README asks
SET_FACTORS["heldout540"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout540: as its README asks
SET_FACTORS["heldout544"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout544: as its README asks
SET_FACTORS["heldout545"] = {"GWh": 10**6}  # heldout545: as its README asks
SET_FACTORS["heldout547"] = {"jin": Decimal("0.0005"), "million jin": 500}  # type: ignore[dict-item]  # heldout547: as its README asks
SET_FACTORS["heldout548"] = {"GWh": 10**6}  # heldout548: as its README asks
SET_FACTORS["heldout551"] = {"billion jin": 5 * 10**5, "jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout551: as its README asks
SET_FACTORS["heldout552"] = {"GWh": 10**6}  # heldout552: as its README asks
SET_FACTORS["heldout555"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout555: as its README asks
SET_FACTORS["heldout557"] = {"million kilowatt-hours": 10**6}  # heldout557: as its README asks
SET_FACTORS["heldout564"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout564: as its README asks
SET_FACTORS["heldout565"] = {"metres": Decimal("0.001")}  # type: ignore[dict-item]  # heldout565: as its README asks
SET_FACTORS["heldout117"] = {"million metres": 10**3}  # its cloth in million metres since the units table has metres
SET_FACTORS["heldout567"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout567: as its README asks
SET_FACTORS["heldout568"] = {"meters": Decimal("0.001")}  # type: ignore[dict-item]  # heldout568: as its README asks
SET_FACTORS["heldout569"] = {"per thousand": Decimal("0.1")}  # type: ignore[dict-item]  # heldout569: as its README asks
SET_FACTORS["heldout571"] = {"GWh": 10**6, "gigawatt-hours": 10**6}  # heldout571: as its README asks
SET_FACTORS["heldout573"] = {"GW": 10**6, "MW": 10**3}  # heldout573: as its README asks
SET_FACTORS["heldout574"] = {"万": 10**4}  # heldout574: as its README asks
SET_FACTORS["heldout576"] = {"metres": Decimal("0.001")}  # type: ignore[dict-item]  # heldout576: as its README asks
SET_FACTORS["heldout577"] = {"metres": Decimal("0.001")}  # type: ignore[dict-item]  # heldout577: as its README asks
SET_FACTORS["heldout578"] = {"毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout578: as its README asks
SET_FACTORS["heldout580"] = {"billion kWh": 10**9, "thousand yuan": 10**3}  # heldout580: as its README asks
SET_FACTORS["heldout581"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout581: as its README asks
SET_FACTORS["heldout582"] = {"毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout582: as its README asks
SET_FACTORS["heldout583"] = {"metres": Decimal("0.001"), "billion tonnes": 10**9}  # type: ignore[dict-item]  # its README
SET_FACTORS["heldout585"] = {"million kWh": 10**6}  # heldout585: as its README asks
SET_FACTORS["heldout586"] = {"毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout586: as its README asks
SET_FACTORS["heldout588"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout588: as its README asks
SET_FACTORS["heldout589"] = {"megawatts": 10**3, "gigawatts": 10**6, "billion kilowatt-hours": 10**9}  # its README
SET_FACTORS["heldout591"] = {"GWh": 10**6, "jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout591: its README
SET_FACTORS["heldout593"] = {"million square metres": 10**6}  # heldout593: as its README asks
SET_FACTORS["heldout595"] = {"gigawatts": 10**6}  # heldout595: as its README asks
SET_FACTORS["heldout597"] = {"million square metres": 10**6}  # heldout597: as its README asks
SET_FACTORS["heldout601"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout601: as its README asks
SET_FACTORS["heldout602"] = {"thousand yuan": 10**3}  # heldout602: as its README asks
SET_FACTORS["heldout605"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout605: as its README asks
SET_FACTORS["heldout609"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout609: as its README asks
SET_FACTORS["heldout615"] = {"megawatts": 10**3}  # heldout615: as its README asks
SET_FACTORS["heldout620"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout620: as its README asks
SET_FACTORS["heldout623"] = {"毛": Decimal("0.1"), "毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout623: as its README asks
SET_FACTORS["heldout630"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout630: as its README asks
SET_FACTORS["heldout633"] = {"毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout633: as its README asks
SET_FACTORS["heldout634"] = {"毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout634: as its README asks
SET_FACTORS["heldout636"] = {"毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout636: as its README asks
SET_FACTORS["heldout638"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout638: as its README asks
SET_FACTORS["heldout642"] = {"毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout642: as its README asks
SET_FACTORS["heldout644"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout644: as its README asks
SET_FACTORS["heldout648"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout648: as its README asks
SET_FACTORS["heldout653"] = {"毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout653: as its README asks
SET_FACTORS["heldout654"] = {"毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout654: as its README asks
SET_FACTORS["heldout655"] = {"thousand yuan": 10**3}  # heldout655: as its README asks
SET_FACTORS["heldout656"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout656: as its README asks
SET_FACTORS["heldout658"] = {"亿件": 10**8, "毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout658: as its README asks
SET_FACTORS["heldout661"] = {"毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout661: as its README asks
SET_FACTORS["heldout663"] = {"jin": Decimal("0.0005")}  # type: ignore[dict-item]  # heldout663: as its README asks
SET_FACTORS["heldout665"] = {"毛": Decimal("0.1"), "毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout665: as its README asks
SET_FACTORS["heldout671"] = {"thousand yuan": 10**3}  # heldout671: as its README asks
SET_FACTORS["heldout675"] = {"jin": Decimal("0.0005"), "thousand yuan": 10**3, "10,000 tonnes": 10**4}  # type: ignore[dict-item]
SET_FACTORS["heldout679"] = {"thousand yuan": 10**3, "10,000 square metres": 10**4}  # heldout679: as its README asks
SET_FACTORS["heldout680"] = {"10,000": 10**4}  # heldout680: as its README asks
SET_FACTORS["heldout684"] = {"亿件": 10**8}  # heldout684: as its README asks
SET_FACTORS["heldout685"] = {"jin": Decimal("0.0005"), "10,000 tonnes": 10**4}  # type: ignore[dict-item]  # heldout685: as its README asks
SET_FACTORS["heldout686"] = {"公顷": 15}  # heldout686: as its README asks
SET_FACTORS["heldout689"] = {"thousand yuan": 10**3}  # heldout689: as its README asks
SET_FACTORS["heldout690"] = {"万对": 10**4}  # heldout690: as its README asks
SET_FACTORS["heldout687"] = {"hundred yuan": 10**2, "10,000 passenger trips": 10**4}  # heldout687: as its README asks
SET_FACTORS["heldout691"] = {"10,000 person-times": 10**4}  # heldout691: as its README asks
SET_FACTORS["heldout693"] = {"10,000 persons": 10**4}  # heldout693: as its README asks
SET_FACTORS["heldout695"] = {"10,000 pupils": 10**4}  # heldout695: as its README asks
SET_FACTORS["heldout697"] = {"10,000": 10**4}  # heldout697: as its README asks
SET_FACTORS["heldout699"] = {"10,000 person-times": 10**4}  # heldout699: as its README asks
SET_FACTORS["heldout700"] = {"10,000 square metres": 10**4, "10,000 yuan": 10**4}  # heldout700: as its README asks
SET_FACTORS["heldout702"] = {"毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout702: as its README asks
SET_FACTORS["heldout703"] = {"jin": Decimal("0.0005"), "mao": Decimal("0.1")}  # type: ignore[dict-item]  # heldout703: as its README asks
SET_FACTORS["heldout704"] = {"mao": Decimal("0.1"), "100 million pieces": 10**8, "100 million yuan": 10**8}  # type: ignore[dict-item]  # heldout704: as its README asks
SET_FACTORS["heldout706"] = {"分钱": Decimal("0.01")}  # type: ignore[dict-item]  # heldout706: as its README asks
SET_FACTORS["heldout707"] = {"10,000": 10**4}  # heldout707: as its README asks
SET_FACTORS["heldout708"] = {"jin": Decimal("0.0005"), "100 million yuan": 10**8, "10,000 person-times": 10**4}  # type: ignore[dict-item]  # heldout708: as its README asks
SET_FACTORS["heldout711"] = {"10,000 person-times": 10**4, "100 million yuan": 10**8}  # heldout711: as its README asks
SET_FACTORS["heldout712"] = {"100 million yuan": 10**8, "10,000 units": 10**4}  # heldout712: as its README asks
SET_FACTORS["heldout713"] = {"毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout713: as its README asks
SET_FACTORS["heldout714"] = {"万群": 10**4}  # heldout714: as its README asks
SET_FACTORS["heldout715"] = {"10,000 yuan": 10**4}  # heldout715: as its README asks
SET_FACTORS["heldout716"] = {"jin": Decimal("0.0005"), "mao": Decimal("0.1"),  # type: ignore[dict-item]  # heldout716
                              "10,000 tonnes": 10**4, "100 million yuan": 10**8}  # heldout716: as its README asks
SET_FACTORS["heldout720"] = {"10,000 couples": 10**4}  # heldout720: as its README asks
SET_FACTORS["heldout721"] = {"万公里": 10**4}  # heldout721: as its README asks
SET_FACTORS["heldout722"] = {"毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout722: as its README asks
SET_FACTORS["heldout723"] = {"10,000 person-times": 10**4, "10,000 yuan": 10**4}  # heldout723: as its README asks
SET_FACTORS["heldout724"] = {"jin": Decimal("0.0005"), "mao": Decimal("0.1")}  # type: ignore[dict-item]  # heldout724
SET_FACTORS["heldout725"] = {"万": 10**4}  # heldout725: as its README asks
SET_FACTORS["heldout727"] = {"10,000 persons": 10**4, "100 million yuan": 10**8}  # heldout727: as its README asks
SET_FACTORS["heldout728"] = {"10,000 person-times": 10**4, "100 million yuan": 10**8}  # heldout728: as its README asks
SET_FACTORS["heldout729"] = {"毛": Decimal("0.1"), "亿件": 10**8}  # type: ignore[dict-item]  # heldout729
SET_FACTORS["heldout730"] = {"毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout730: as its README asks
SET_FACTORS["heldout733"] = {"万盆": 10**4, "亿枝": 10**8}  # heldout733: as its README asks
SET_FACTORS["heldout732"] = {"10,000 yuan": 10**4, "10,000 person-times": 10**4}  # heldout732: as its README asks
SET_FACTORS["heldout731"] = {"jin": Decimal("0.0005"), "thousand jin": Decimal("0.5"),  # type: ignore[dict-item]
                              "thousand tonnes": 10**3, "10,000 yuan": 10**4}  # heldout731: as its README asks
SET_FACTORS["heldout735"] = {"100 million yuan": 10**8, "10,000": 10**4, "10,000 persons": 10**4}  # heldout735: its README
SET_FACTORS["heldout736"] = {"10,000 tonnes": 10**4, "100 million yuan": 10**8}  # heldout736: as its README asks
SET_FACTORS["heldout738"] = {"万册": 10**4}  # heldout738: as its README asks
SET_FACTORS["heldout739"] = {"jin": Decimal("0.0005"), "10,000 mu": 10**4,  # type: ignore[dict-item]
                              "10,000 tonnes": 10**4}  # heldout739: as its README asks
SET_FACTORS["heldout740"] = {"10,000 visits": 10**4, "per thousand": Decimal("0.1")}  # type: ignore[dict-item]
SET_FACTORS["heldout741"] = {"米": Decimal("0.001")}  # type: ignore[dict-item]  # heldout741: as its README asks
SET_FACTORS["heldout742"] = {"毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout742: as its README asks
SET_FACTORS["heldout746"] = {"万": 10**4}  # heldout746: as its README asks
SET_FACTORS["heldout743"] = {"100 million yuan": 10**8, "10,000 pieces": 10**4}  # heldout743: as its README asks
SET_FACTORS["heldout744"] = {"million person-times": 10**6, "10,000 person-times": 10**4,
                              "100 million yuan": 10**8}  # heldout744: as its README asks
SET_FACTORS["heldout747"] = {"10,000": 10**4, "10,000 yuan": 10**4, "mao": Decimal("0.1"),  # type: ignore[dict-item]
                              "jin": Decimal("0.0005")}  # heldout747: as its README asks
SET_FACTORS["heldout748"] = {"jin": Decimal("0.0005"), "10,000 tonnes": 10**4,  # type: ignore[dict-item]
                              "100 million yuan": 10**8}  # heldout748: as its README asks
SET_FACTORS["heldout749"] = {"毛": Decimal("0.1"), "分钱": Decimal("0.01")}  # type: ignore[dict-item]
SET_FACTORS["heldout750"] = {"毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout750: as its README asks
SET_FACTORS["heldout752"] = {"10,000 rooms": 10**4, "100 million yuan": 10**8}  # heldout752: as its README asks
SET_FACTORS["heldout753"] = {"毛": Decimal("0.1"), "万": 10**4}  # type: ignore[dict-item]  # heldout753: as its README asks
SET_FACTORS["heldout755"] = {"jin": Decimal("0.0005"), "10,000 tonnes": 10**4,  # type: ignore[dict-item]
                              "100 million yuan": 10**8, "10,000 mu": 10**4}  # heldout755: as its README asks
SET_FACTORS["heldout756"] = {"thousand yuan": 10**3, "10,000": 10**4, "10,000 yuan": 10**4}  # heldout756: its README
SET_FACTORS["heldout759"] = {"10,000 yuan": 10**4}  # heldout759: as its README asks
SET_FACTORS["heldout505"] = {"GW": 10**6, "MW": 10**3, "billion kWh": 10**9}  # heldout505: as its README asks
SET_FACTORS["heldout760"] = {"jin": Decimal("0.0005"), "10,000 tonnes": 10**4,  # type: ignore[dict-item]
                              "10,000 yuan": 10**4}  # heldout760: as its README asks
SET_FACTORS["heldout764"] = {"10,000 yuan": 10**4}  # heldout764: as its README asks
SET_FACTORS["heldout763"] = {"mao": Decimal("0.1"), "10,000 mu": 10**4, "10,000 yuan": 10**4}  # type: ignore[dict-item]  # heldout763: as its README asks
SET_FACTORS["heldout765"] = {"毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout765: as its README asks
SET_FACTORS["heldout769"] = {"米": Decimal("0.001"), "毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout769: as its README asks
SET_FACTORS["heldout768"] = {"10,000 yuan": 10**4}  # heldout768: as its README asks
SET_FACTORS["heldout767"] = {"jin": Decimal("0.0005"), "million jin": 500, "10,000 yuan": 10**4}  # type: ignore[dict-item]  # heldout767: as its README asks
SET_FACTORS["heldout774"] = {"万": 10**4}  # heldout774: as its README asks
SET_FACTORS["heldout771"] = {"jin": Decimal("0.0005"), "10,000 mu": 10**4,  # type: ignore[dict-item]
                              "10,000 yuan": 10**4}  # heldout771: as its README asks
SET_FACTORS["heldout772"] = {"10,000 yuan": 10**4}  # heldout772: as its README asks
SET_FACTORS["heldout775"] = {"jin": Decimal("0.0005"), "mao": Decimal("0.1"),  # type: ignore[dict-item]
                              "10,000 tonnes": 10**4, "10,000 yuan": 10**4}  # heldout775: as its README asks
SET_FACTORS["heldout777"] = {"万瓶": 10**4}  # heldout777: as its README asks
SET_FACTORS["heldout776"] = {"thousand yuan": 10**3, "10,000 person-times": 10**4, "10,000 yuan": 10**4,
                              "million person-times": 10**6}  # heldout776: as its README asks
SET_FACTORS["heldout779"] = {"hundred": 10**2, "10,000 visits": 10**4,
                              "10,000 yuan": 10**4}  # heldout779: as its README asks
SET_FACTORS["heldout780"] = {"10,000 yuan": 10**4}  # heldout780: as its README asks
SET_FACTORS["heldout783"] = {"10,000 yuan": 10**4}  # heldout783: as its README asks
SET_FACTORS["heldout786"] = {"毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout786: as its README asks
SET_FACTORS["heldout785"] = {"亿单": 10**8}  # heldout785: as its README asks
SET_FACTORS["heldout784"] = {"10,000 yuan": 10**4}  # heldout784: as its README asks
SET_FACTORS["heldout787"] = {"10,000 yuan": 10**4}  # heldout787: as its README asks
SET_FACTORS["heldout788"] = {"10,000 yuan": 10**4}  # heldout788: as its README asks
SET_FACTORS["heldout794"] = {"毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout794: as its README asks
SET_FACTORS["heldout792"] = {"jin": Decimal("0.0005"), "10,000 yuan": 10**4}  # type: ignore[dict-item]  # heldout792: as its README asks
SET_FACTORS["heldout791"] = {"10,000 yuan": 10**4}  # heldout791: as its README asks
SET_FACTORS["heldout797"] = {"万箱": 10**4}  # heldout797: as its README asks
SET_FACTORS["heldout796"] = {"jin": Decimal("0.0005"), "10,000 yuan": 10**4}  # type: ignore[dict-item]  # heldout796: as its README asks
SET_FACTORS["heldout795"] = {"10,000 yuan": 10**4}  # heldout795: as its README asks
SET_FACTORS["heldout798"] = {"毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout798: as its README asks
SET_FACTORS["heldout802"] = {"毛": Decimal("0.1"), "毛钱": Decimal("0.1"), "万串": 10**4}  # type: ignore[dict-item]  # heldout802: as its README asks
SET_FACTORS["heldout799"] = {"10,000 yuan": 10**4}  # heldout799: as its README asks (added by its labeller to run the check)
SET_FACTORS["heldout800"] = {"10,000 yuan": 10**4}  # heldout800: as its README asks
SET_FACTORS["heldout806"] = {"万方": 10**4}  # heldout806: as its README asks (added by its labeller to run the check)
SET_FACTORS["heldout804"] = {"mao": Decimal("0.1"),  # type: ignore[dict-item]
                              "10,000 yuan": 10**4}  # heldout804: as its README asks (added by its labeller)
SET_FACTORS["heldout803"] = {"10,000 person-times": 10**4,
                              "10,000 yuan": 10**4}  # heldout803: as its README asks (added by its labeller)
SET_FACTORS["heldout807"] = {"hundred": 10**2, "mao": Decimal("0.1"),  # type: ignore[dict-item]
                              "10,000 yuan": 10**4}  # heldout807: as its README asks (added by its labeller)
SET_FACTORS["heldout808"] = {"thousand": 10**3, "mao": Decimal("0.1"), "10,000": 10**4,  # type: ignore[dict-item]
                              "10,000 yuan": 10**4}  # heldout808: as its README asks (added by its labeller)
SET_FACTORS["heldout809"] = {"毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout809: as its README asks
SET_FACTORS["heldout813"] = {"万": 10**4}  # heldout813: as its README asks
SET_FACTORS["heldout814"] = {"毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout814: as its README asks
SET_FACTORS["heldout812"] = {"thousand yuan": 10**3, "10,000 yuan": 10**4}  # heldout812: as its README asks
SET_FACTORS["heldout811"] = {"10,000 yuan": 10**4}  # heldout811: as its README asks
SET_FACTORS["heldout815"] = {"10,000 yuan": 10**4}  # heldout815: as its README asks
SET_FACTORS["heldout817"] = {"万": 10**4}  # heldout817: as its README asks
SET_FACTORS["heldout816"] = {"10,000 yuan": 10**4}  # heldout816: as its README asks
SET_FACTORS["heldout820"] = {"10,000 person-times": 10**4,
                              "10,000 yuan": 10**4}  # heldout820: as its README asks
SET_FACTORS["heldout819"] = {"10,000 yuan": 10**4}  # heldout819: as its README asks
SET_FACTORS["heldout823"] = {"hundred": 10**2, "10,000 yuan": 10**4}  # heldout823: as its README asks
SET_FACTORS["heldout824"] = {"10,000 yuan": 10**4}  # heldout824: as its README asks
SET_FACTORS["heldout828"] = {"jin": Decimal("0.0005"),  # type: ignore[dict-item]
                              "10,000 yuan": 10**4}  # heldout828: as its README asks
SET_FACTORS["heldout827"] = {"metres": Decimal("0.001"),  # type: ignore[dict-item]
                              "10,000 yuan": 10**4}  # heldout827: as its README asks
SET_FACTORS["heldout829"] = {"毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout829: as its README asks
SET_FACTORS["heldout830"] = {"毛钱": Decimal("0.1"), "个亿": 10**8}  # type: ignore[dict-item]  # heldout830: README
SET_FACTORS["heldout834"] = {"米": Decimal("0.001")}  # type: ignore[dict-item]  # heldout834: README
SET_FACTORS["heldout831"] = {"meters": Decimal("0.001"), "10,000 visits": 10**4,  # type: ignore[dict-item]
                              "10,000 yuan": 10**4}  # heldout831: as its README asks
SET_FACTORS["heldout832"] = {"thousand yuan": 10**3, "10,000 yuan": 10**4}  # heldout832: as its README asks
SET_FACTORS["heldout835"] = {"10,000 yuan": 10**4}  # heldout835: as its README asks
SET_FACTORS["heldout836"] = {"10,000 yuan": 10**4}  # heldout836: as its README asks
SET_FACTORS["heldout842"] = {"万枝": 10**4, "亿枝": 10**8, "毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout842: README
SET_FACTORS["heldout839"] = {"10,000 yuan": 10**4}  # heldout839: as its README asks
SET_FACTORS["heldout840"] = {"10,000 yuan": 10**4}  # heldout840: as its README asks
SET_FACTORS["heldout844"] = {"thousand": 10**3, "10,000 yuan": 10**4}  # heldout844: as its README asks
SET_FACTORS["heldout843"] = {"10,000 yuan": 10**4}  # heldout843: as its README asks
SET_FACTORS["heldout845"] = {"万": 10**4}  # heldout845: as its README asks
SET_FACTORS["heldout848"] = {"10,000 yuan": 10**4}  # heldout848: as its README asks
SET_FACTORS["heldout847"] = {"10,000 yuan": 10**4}  # heldout847: as its README asks
SET_FACTORS["heldout852"] = {"10,000 yuan": 10**4}  # heldout852: as its README asks
SET_FACTORS["heldout851"] = {"10,000 yuan": 10**4}  # heldout851: as its README asks
SET_FACTORS["heldout856"] = {"10,000 yuan": 10**4}  # heldout856: as its README asks
SET_FACTORS["heldout855"] = {"mao": Decimal("0.1"), "10,000 yuan": 10**4}  # type: ignore[dict-item]  # heldout855: README
SET_FACTORS["heldout857"] = {"毛": Decimal("0.1"), "毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout857: README
SET_FACTORS["heldout860"] = {"10,000 yuan": 10**4}  # heldout860: as its README asks
SET_FACTORS["heldout859"] = {"minutes": Decimal("0.016666666666666666"), "hundred yuan": 10**2,  # type: ignore[dict-item]
                              "10,000": 10**4, "10,000 yuan": 10**4}  # heldout859: as its README asks
SET_FACTORS["heldout863"] = {"10,000 yuan": 10**4}  # heldout863: as its README asks
SET_FACTORS["heldout864"] = {"10,000 yuan": 10**4}  # heldout864: as its README asks
SET_FACTORS["heldout866"] = {"万尾": 10**4}  # heldout866: as its README asks
SET_FACTORS["heldout868"] = {"hundred": 10**2, "thousand yuan": 10**3,
                              "10,000 yuan": 10**4}  # heldout868: as its README asks
SET_FACTORS["heldout867"] = {"10,000 yuan": 10**4}  # heldout867: as its README asks
SET_FACTORS["heldout869"] = {"米": Decimal("0.001")}  # type: ignore[dict-item]  # heldout869: README
SET_FACTORS["heldout872"] = {"jin": Decimal("0.0005"), "10,000 yuan": 10**4}  # type: ignore[dict-item]  # heldout872: README
SET_FACTORS["heldout871"] = {"10,000 yuan": 10**4}  # heldout871: as its README asks
SET_FACTORS["heldout873"] = {"毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout873: README
SET_FACTORS["heldout877"] = {"万瓶": 10**4, "万": 10**4}  # heldout877: as its README asks
SET_FACTORS["heldout876"] = {"hundred": 10**2, "thousand yuan": 10**3, "10,000 yuan": 10**4}  # heldout876: README
SET_FACTORS["heldout878"] = {"毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout878: README
SET_FACTORS["heldout875"] = {"10,000 yuan": 10**4}  # heldout875: as its README asks
SET_FACTORS["heldout880"] = {"thousand yuan": 10**3, "10,000 yuan": 10**4}  # heldout880: README
SET_FACTORS["heldout881"] = {"万": 10**4}  # heldout881: as its README asks
SET_FACTORS["heldout879"] = {"10,000 yuan": 10**4}  # heldout879: as its README asks
SET_FACTORS["heldout886"] = {"升": Decimal("0.001")}  # type: ignore[dict-item]  # heldout886: README
SET_FACTORS["heldout884"] = {"10,000 yuan": 10**4}  # heldout884: README
SET_FACTORS["heldout883"] = {"mao": Decimal("0.1"), "10,000 yuan": 10**4}  # type: ignore[dict-item]  # heldout883
SET_FACTORS["heldout885"] = {  # type: ignore[dict-item]  # heldout885: README
    "米": Decimal("0.001"), "毛钱": Decimal("0.1"), "万眼": 10**4}
SET_FACTORS["heldout887"] = {"mao": Decimal("0.1"), "10,000 yuan": 10**4}  # type: ignore[dict-item]  # heldout887: README
SET_FACTORS["heldout888"] = {"10,000 yuan": 10**4}  # heldout888: README
SET_FACTORS["heldout894"] = {"毛": Decimal("0.1"), "毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout894: README
SET_FACTORS["heldout893"] = {"米": Decimal("0.001"), "万碗": 10**4}  # type: ignore[dict-item]  # heldout893: README
SET_FACTORS["heldout891"] = {"mao": Decimal("0.1"), "10,000 yuan": 10**4}  # type: ignore[dict-item]  # heldout891: README
SET_FACTORS["heldout892"] = {"10,000 yuan": 10**4}  # heldout892: README
SET_FACTORS["heldout897"] = {  # type: ignore[dict-item]  # heldout897: README
    "毛": Decimal("0.1"), "毛钱": Decimal("0.1"), "分钱": Decimal("0.01")}
SET_FACTORS["heldout896"] = {"10,000 yuan": 10**4}  # heldout896: README
SET_FACTORS["heldout895"] = {"10,000 yuan": 10**4}  # heldout895: README
SET_FACTORS["heldout899"] = {"mao": Decimal("0.1"), "10,000 yuan": 10**4}  # type: ignore[dict-item]  # heldout899: README
SET_FACTORS["heldout900"] = {"10,000 yuan": 10**4}  # heldout900: README
SET_FACTORS["heldout902"] = {"克": Decimal("0.000001")}  # type: ignore[dict-item]  # heldout902: README
SET_FACTORS["heldout904"] = {"mao": Decimal("0.1"), "10,000 person-times": 10**4,  # type: ignore[dict-item]
                              "10,000 yuan": 10**4}  # heldout904: README
SET_FACTORS["heldout906"] = {  # type: ignore[dict-item]  # heldout906: README
    "毛": Decimal("0.1"), "毛钱": Decimal("0.1"), "分钱": Decimal("0.01")}
SET_FACTORS["heldout905"] = {  # type: ignore[dict-item]  # heldout905: README
    "毛": Decimal("0.1"), "毛钱": Decimal("0.1")}
SET_FACTORS["heldout903"] = {"10,000 yuan": 10**4}  # heldout903: README
SET_FACTORS["heldout908"] = {"10,000 yuan": 10**4}  # heldout908: README
SET_FACTORS["heldout909"] = {  # type: ignore[dict-item]  # heldout909: README
    "毛": Decimal("0.1"), "毛钱": Decimal("0.1")}
SET_FACTORS["heldout907"] = {"10,000 yuan": 10**4}  # heldout907: README
SET_FACTORS["heldout910"] = {"万": 10**4}  # heldout910: README
SET_FACTORS["heldout912"] = {"mao": Decimal("0.1"), "10,000 yuan": 10**4}  # type: ignore[dict-item]  # heldout912: README
SET_FACTORS["heldout913"] = {  # type: ignore[dict-item]  # heldout913: README
    "毛": Decimal("0.1"), "毛钱": Decimal("0.1")}
SET_FACTORS["heldout911"] = {"mao": Decimal("0.1"), "10,000 yuan": 10**4}  # type: ignore[dict-item]  # heldout911: README
SET_FACTORS["heldout917"] = {"米": Decimal("0.001")}  # type: ignore[dict-item]  # heldout917: README
SET_FACTORS["heldout918"] = {  # type: ignore[dict-item]  # heldout918: README
    "毛": Decimal("0.1"), "毛钱": Decimal("0.1")}
SET_FACTORS["heldout916"] = {"10,000 yuan": 10**4}  # heldout916: README
SET_FACTORS["heldout915"] = {"10,000 yuan": 10**4}  # heldout915: README
SET_FACTORS["heldout919"] = {"meters": Decimal("0.001"), "10,000 yuan": 10**4}  # type: ignore[dict-item]  # heldout919: README
SET_FACTORS["heldout920"] = {"mao": Decimal("0.1"), "10,000 yuan": 10**4}  # type: ignore[dict-item]  # heldout920: README
SET_FACTORS["heldout922"] = {"万箱": 10**4}  # heldout922: README
SET_FACTORS["heldout923"] = {"10,000 yuan": 10**4}  # heldout923: README
SET_FACTORS["heldout924"] = {"10,000 yuan": 10**4}  # heldout924: README
SET_FACTORS["heldout926"] = {"万条": 10**4}  # heldout926: README
SET_FACTORS["heldout927"] = {"10,000 yuan": 10**4}  # heldout927: README
SET_FACTORS["heldout928"] = {"thousand yuan": 10**3, "10,000 yuan": 10**4}  # heldout928: README
SET_FACTORS["heldout931"] = {"10,000 yuan": 10**4}  # heldout931: README
SET_FACTORS["heldout932"] = {"jin": Decimal("0.0005"), "10,000 yuan": 10**4}  # type: ignore[dict-item]  # heldout932: README
SET_FACTORS["heldout934"] = {"毛": Decimal("0.1"), "万辆次": 10**4}  # type: ignore[dict-item]  # heldout934: README
SET_FACTORS["heldout935"] = {"jin": Decimal("0.0005"), "10,000": 10**4,  # type: ignore[dict-item]  # heldout935: README
                              "10,000 yuan": 10**4}
SET_FACTORS["heldout936"] = {"litres": Decimal("0.001"), "10,000 cubic metres": 10**4,  # type: ignore[dict-item]
                              "10,000 yuan": 10**4}  # heldout936: README
SET_FACTORS["heldout938"] = {"毛": Decimal("0.1"), "万串": 10**4}  # type: ignore[dict-item]  # heldout938: README
SET_FACTORS["heldout939"] = {"10,000 yuan": 10**4}  # heldout939: README
SET_FACTORS["heldout940"] = {"thousand yuan": 10**3, "10,000 yuan": 10**4}  # heldout940: README
SET_FACTORS["heldout943"] = {"hundred": 10**2, "thousand yuan": 10**3,
                              "10,000 yuan": 10**4}  # heldout943: README
SET_FACTORS["heldout944"] = {"10,000 person-times": 10**4, "10,000 yuan": 10**4}  # heldout944: README
SET_FACTORS["heldout945"] = {"毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout945: README
SET_FACTORS["heldout947"] = {"10,000 yuan": 10**4}  # heldout947: README
SET_FACTORS["heldout948"] = {"10,000": 10**4, "10,000 yuan": 10**4}  # heldout948: README
SET_FACTORS["heldout951"] = {"10,000 yuan": 10**4}  # heldout951: README
SET_FACTORS["heldout953"] = {"10,000 yuan": 10**4}  # heldout953: README
SET_FACTORS["heldout955"] = {"10,000 yuan": 10**4}  # heldout955: README
SET_FACTORS["heldout956"] = {"毛钱": Decimal("0.1"), "毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout956: README
SET_FACTORS["heldout957"] = {"centimetres": 10, "10,000 yuan": 10**4,
                              "million square metres": 10**6}  # heldout957: README
SET_FACTORS["heldout958"] = {"毛": Decimal("0.1"), "毛钱": Decimal("0.1")}  # type: ignore[dict-item]  # heldout958: README
SET_FACTORS["heldout959"] = {"mao": Decimal("0.1"), "10,000 yuan": 10**4}  # type: ignore[dict-item]  # heldout959: README
SET_FACTORS["heldout961"] = {"10,000 yuan": 10**4}  # heldout961: README
SET_FACTORS["heldout962"] = {"毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout962: README
SET_FACTORS["heldout963"] = {"10,000 yuan": 10**4}  # heldout963: README
SET_FACTORS["heldout965"] = {"mao": Decimal("0.1"), "thousand": 10**3,  # type: ignore[dict-item]  # heldout965: README
                              "10,000 yuan": 10**4}
SET_FACTORS["heldout966"] = {"万根": 10**4, "毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout966: README
SET_FACTORS["heldout967"] = {"10,000 yuan": 10**4}  # heldout967: README
SET_FACTORS["heldout969"] = {"10,000 tonnes": 10**4, "10,000 yuan": 10**4}  # heldout969: README
SET_FACTORS["heldout971"] = {"thousand": 10**3, "10,000 yuan": 10**4}  # heldout971: README
SET_FACTORS["heldout973"] = {"minutes": Decimal("0.016666666666666666"), "hundred": 10**2,  # type: ignore[dict-item]
                              "million kWh": 10**6, "10,000 vehicles": 10**4, "10,000 yuan": 10**4}  # heldout973: README
SET_FACTORS["heldout974"] = {"毛": Decimal("0.1")}  # type: ignore[dict-item]  # heldout974: README
DIGITS = "0123456789０１２３４５６７８９"


def _pairs() -> list[tuple[Path, Path]]:
    pairs = []
    for name in SETS:
        for text in sorted((ARTICLES / name).glob("*.txt")):
            pairs.append((text, text.with_name(text.stem + ".labels.csv")))
    return pairs


def _ids(table: str) -> set[str]:
    with (DATA / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
        return {row["id"] for row in csv.DictReader(fh)}


def _labels(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames in (COLUMNS, COLUMNS + EXTRA_COLUMNS), path.name
        return list(reader)


def test_both_sets_are_there() -> None:
    names = [t.parent.name for t, _ in _pairs()]
    assert names.count("heldout") == 4 and names.count("dev") == 3 and names.count("heldout2") == 7
    assert names.count("heldout3") == 6 and names.count("heldout4") == 6
    assert names.count("heldout5") == 3 and names.count("heldout6") == 6
    assert names.count("heldout7") == 3 and names.count("heldout8") == 5
    assert names.count("heldout9") == 3 and names.count("dev2") == 4
    assert names.count("heldout10") == 3
    assert names.count("heldout11") == 3
    assert names.count("heldout12") == 3
    assert names.count("heldout13") == 4


@pytest.mark.parametrize("text_path,labels_path", _pairs(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_labels_match_their_text(text_path: Path, labels_path: Path) -> None:
    raw = text_path.read_bytes()
    assert b"\r" not in raw and not raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with LF line ends, no BOM"
    text = raw.decode("utf-8")
    assert b"\r" not in labels_path.read_bytes()
    labels = _labels(labels_path)
    assert 15 <= len(labels) <= SET_MAX_LABELS.get(text_path.parent.name, 35)
    factors = {**FACTORS, **SET_FACTORS.get(text_path.parent.name, {})}
    ids = [lab["id"] for lab in labels]
    assert len(ids) == len(set(ids)), "ids are unique"
    previous_end = 0
    for lab in labels:
        start, end = int(lab["printed_start"]), int(lab["printed_end"])
        assert text[start:end] == lab["as_printed"], lab["id"]
        assert start >= previous_end, f"{lab['id']} overlaps or is out of order"
        previous_end = end
        # A span never starts or ends in the middle of a number.
        assert start == 0 or not (text[start - 1] in DIGITS + ".,．" and text[start] in DIGITS), lab["id"]
        assert end == len(text) or not (text[end] in DIGITS and text[end - 1] in DIGITS + ".,．"), lab["id"]
        assert lab["qualifier"] in QUALIFIERS, lab["id"]
        assert lab["base_unit"] in BASE_UNITS, lab["id"]
        assert PERIOD.match(lab["period"]), lab["id"]
        assert lab["city"], lab["id"]
        value, base = Decimal(lab["value"]), Decimal(lab["value_base"])
        assert value * factors.get(lab["unit"], 1) == base, lab["id"]
        assert lab.get("metric", "") in _ids("metrics") | {""}, lab["id"]
        assert lab.get("sector", "") in _ids("sectors") | _ids("sector_catalogue") | {""}, lab["id"]


@pytest.mark.parametrize("name", SETS)
def test_readme_counts_match(name: str) -> None:
    readme = (ARTICLES / name / "README.md").read_text(encoding="utf-8")
    for text_path, labels_path in _pairs():
        if text_path.parent.name != name:
            continue
        row = next(line for line in readme.splitlines() if f"`{labels_path.name}`" in line)
        assert row.rstrip(" |").endswith(f"| {len(_labels(labels_path))}"), row

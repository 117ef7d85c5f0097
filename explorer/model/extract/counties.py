"""China's counties, districts, banners and county-level cities (``counties.csv``, bundled data made by
``scripts/build_counties.py`` from the national division list), each under the prefecture-level city of the
gazetteer whose figures it is filed with.

A text about a county ("Menghai County", 仙游县) is about its prefecture: the extractors count a county named in
the text as a mention of its prefecture. Only names that point to one prefecture count (there are six 城关区 and
two Tongzhou); and a name is taken as a place only where the text shows it is one:
- Chinese: by its full name with its suffix (仙游县); the short name (仙游) counts once the text has given the
  full one;
- English: by its name with "County", "District", "Banner" or "City" after it; the bare name counts once the text
  has given that, or alone where it is a county-level city of two syllables or more ("Xilinhot"), which copy names
  bare.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.model.extract.core import Candidate


@dataclass(frozen=True)
class County:
    name_zh: str  # 仙游县
    short_zh: str  # 仙游
    name: str  # Xianyou
    kind: str  # county, district, banner, county-level city
    city: str  # the gazetteer's English name of its prefecture: Putian
    province: str = ""  # the gazetteer's English name of its province: Fujian


@functools.lru_cache(maxsize=1)
def counties() -> tuple[County, ...]:
    from explorer.model.files.paths import bundled_data_dir

    path = bundled_data_dir() / "counties.csv"
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple(County(r["name_zh"], r["short_zh"], r["name"], r["kind"], r["city"], r.get("province", ""))
                     for r in csv.DictReader(fh))


def _unique(pairs: list[tuple[str, str]], taken: set[str]) -> dict[str, str]:
    """name -> city for the names that point to one city and are not ``taken`` (a prefecture's or a province's)."""
    cities: dict[str, set[str]] = {}
    for name, city in pairs:
        cities.setdefault(name, set()).add(city)
    return {name: next(iter(c)) for name, c in cities.items() if len(c) == 1 and name not in taken}


# A district named as any town's part is: 老城区 (old town), 城东区, 市中区, 海港区 (a port's zone), 开发区
_GENERIC = re.compile(r"^(?:[东西南北中新老旧][城]区|城[东西南北中关厢]区|市中区|市北区|市南区|海港区|港口区|开发区|高新区|"
                      r"矿区|郊区|城区|新区|经济区|林区)$")


# Short names that are ordinary words, or parts of common words and names, far more often than a county's short
# name: 合作社 is a cooperative, 乡村振兴 rural revival, 平安建设 public safety, 吉利 a carmaker, 红旗渠 a canal,
# 提高要求 holds 高要, 大城市 大城, 黑龙江 龙江, 天津市 津市. They count only by the full name (合作市, 振兴区). (Found
# in the labelled Chinese texts that do not name the county, and by review; a place's own short name (义乌, 太仓)
# is not in the list.)
_WORD_SHORTS = frozenset("""
七星 三江 三山 东风 东海 东湖 中原 互助 会同 公安 全州 共和 兴业 兴隆 凤凰 前进 南岸 南部 南海 南湖 友好 友谊 古城 合作
和平 大城 大兴 天山 天河 太平 太湖 宏伟 富民 富裕 安居 安定 小店 平原 平和 平安 平房 延长 惠农 惠民 振兴 新建 新市 新和 杂多
民和 江南 江东 江口 江海 温泉 滨海 滨江 滨湖 湖滨 牡丹 海棠 芙蓉 红旗 吉利 复兴 工农 山城 上街 站前 高台 高要 解放 资源
运河 通道 长寿 长白 龙江 龙门 清水 盐湖 紫金 锦江 津市 河西 西山 白河 元宝 方正 金山 新华 长安 红星
""".split())


@functools.lru_cache(maxsize=1)
def chinese_names() -> tuple[dict[str, str], dict[str, str]]:
    """(full name -> city, short name -> full name) of the counties whose names point to one prefecture; full
    names of three characters or more (城区, 郊区 are a town's parts), short ones of two or more."""
    from explorer.model.extract.chinese import gazetteer

    taken = set(gazetteer())
    for zh in list(taken):
        taken.add(re.sub(r"(?:省|市|地区|盟|自治区|自治州)$", "", zh))
    full = _unique([(c.name_zh, c.city) for c in counties() if (len(c.name_zh) >= 3 or c.short_zh == c.name_zh)
                    and not _GENERIC.match(c.name_zh)], taken)  # (芒市, whose 市 is part of its name)
    short_of = {c.short_zh: c.name_zh for c in counties() if c.name_zh in full and len(c.short_zh) >= 2
                and c.short_zh != c.name_zh
                and c.short_zh not in _WORD_SHORTS}
    shorts = _unique([(c.short_zh, c.city) for c in counties() if c.short_zh in short_of], taken)
    return full, {s: short_of[s] for s in shorts}


@functools.lru_cache(maxsize=1)
def two_character_counties() -> dict[str, str]:
    """name -> city of the counties whose whole name is two characters (环县, 沛县, 单县): too short to be read
    anywhere in a text (循环县域, 辽宁县级), so ``chinese_names`` leaves them out; a text's issuer names them."""
    return _unique([(c.name_zh, c.city) for c in counties() if len(c.name_zh) == 2 and c.name_zh.endswith("县")], set())


@functools.lru_cache(maxsize=1)
def bare_chinese_cities() -> dict[str, tuple[str, str]]:
    """short name -> (full name, the province's English name) of the county-level cities among ``chinese_names``'
    short names (钟祥 of 钟祥市): copy names these bare, as English copy does (``english_names``), and a text counts
    such a name where its title gives it and the text names the province too (``chinese.py``)."""
    by_name = {c.name_zh: c for c in counties()}
    return {short: (name, by_name[name].province) for short, name in chinese_names()[1].items()
            if name in by_name and by_name[name].kind == "county-level city" and by_name[name].province}


@functools.lru_cache(maxsize=1)
def english_names() -> tuple[dict[str, str], frozenset[str]]:
    """(word -> city, the words that count bare) of the counties whose English names point to one prefecture
    and name no prefecture or province of the gazetteer."""
    from explorer.model.extract.chinese import gazetteer

    taken = {re.sub(r"\s*\([^)]*\)$", "", p.name) for p in gazetteer().values()}
    names = _unique([(c.name, c.city) for c in counties()], taken)
    bare = frozenset(c.name for c in counties() if c.name in names and c.kind == "county-level city"
                     and len(c.short_zh) >= 2)
    return names, bare


SUFFIX_AFTER = re.compile(r"[^\S\n]+(?:County|District|Banner|City|county|district|banner)\b")
_KIND_OF_SUFFIX = {"county": "county", "district": "district", "banner": "banner", "city": "county-level city"}


@functools.lru_cache(maxsize=1)
def _english_kinds() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for c in counties():
        kinds.setdefault(c.name, set()).add(c.kind)
    return {name: frozenset(k) for name, k in kinds.items()}


def suffix_fits(name: str, suffix: str) -> bool:
    """Whether a county's English ``name`` with ``suffix`` after it (" County", " City") can name it: "Xian City" is
    no county 献县 (it is Xi'an, misspelt), "Taoyuan City" no county 桃源县; but a district was often a county or a
    county-level city before ("Miyun County", "Xiaoshan City"), and copy keeps the old word."""
    kind = _KIND_OF_SUFFIX.get(suffix.split()[-1].lower(), "")
    return kind != "county-level city" or not _english_kinds().get(name, frozenset()) <= {"county", "banner"}


def note_counties(text: str, found: list[Candidate]) -> None:
    """Tell, on each candidate whose city the text names only by one of its counties, which county: the reviewer
    sees why a text about 仙游县 files its figures under Putian. (The counties the text names are gathered in one
    pass, when a city needs them: no scan of the text per county.)"""
    from explorer.model.extract.chinese import gazetteer

    places = {p.name: p for p in gazetteer().values() if p.kind == "city"}
    notes: dict[str, str] = {}
    named_here: tuple[set[str], set[str]] | None = None
    for city in {c.city for c in found if c.city}:
        place = places.get(city)
        if place is None or place.name_zh in text or re.sub(r"\s*\([^)]*\)$", "", city) in text:
            continue  # a city of the fact base, or one the text names itself
        short = re.sub(r"(?:市|地区|盟)$", "", place.name_zh)
        if len(short) >= 2 and short in text:
            continue
        if named_here is None:
            named_here = _named_in(text)
        zh, en = named_here
        named = [c for c in _by_city().get(city, ()) if c.name_zh in zh or c.name in en]
        if named:
            notes[city] = "; ".join(f"{c.name_zh if c.name_zh in zh else c.name} is a {c.kind} of {city}"
                                    for c in named[:3])
    for c in found:
        if c.city in notes:
            c.city_note = notes[c.city]


_FULL_END = re.compile(r"[县区市旗]")  # where a county's full name ends
_CAP_WORD = re.compile(r"\b[A-Z][a-z]*(?:['’](?!s\b)[a-z]+)?\b")  # "Menghai", "Xing'an" of "Xing'an's"


def _named_in(text: str) -> tuple[set[str], set[str]]:
    """(the counties' full Chinese names, their English names) that ``text`` holds, of those that point to one
    prefecture: one pass for each language."""
    full, _ = chinese_names()
    words, _ = english_names()
    longest = max(map(len, full), default=0)
    zh = {text[a:m.end()] for m in _FULL_END.finditer(text) for a in range(max(0, m.end() - longest), m.end() - 1)
          if text[a:m.end()] in full}
    zh |= {name for name in full if name[-1] not in "县区市旗" and name in text}  # (none today: kept exact)
    title = text[:300]  # (a county-level city named bare in the title, as the Chinese extractor counts it: 钟祥)
    zh |= {name for short, (name, _) in bare_chinese_cities().items() if short in title}
    en = {w for w in _CAP_WORD.findall(text) if w in words}
    en |= {name for name in words if not _CAP_WORD.fullmatch(name) and re.search(rf"\b{re.escape(name)}\b", text)}
    return zh, en


@functools.lru_cache(maxsize=1)
def _by_city() -> dict[str, tuple[County, ...]]:
    out: dict[str, list[County]] = {}
    for c in counties():
        out.setdefault(c.city, []).append(c)
    return {k: tuple(v) for k, v in out.items()}

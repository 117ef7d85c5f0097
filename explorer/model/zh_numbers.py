"""Numbers as Chinese text prints them: full-width digits (２１５．６), Chinese numerals (三, 十二, 两),
shares in 成 (六成 = 60 %), multiples in 倍, ranks 第N, and 万亿元 with no digit (one 万亿元).

Used by ``numbers.parse_number`` for text that the ASCII rules find no number in, so a Chinese
fact's as_printed is checked against its value like any other. Chinese numerals are read by
``cn2an`` (a maintained library), imported on first use.
"""

from __future__ import annotations

import functools
import re

FULL_WIDTH = str.maketrans("０１２３４５６７８９．％－／", "0123456789.%-/")  # not ，: a comma of prose; ／ of 元／股
# The characters of a Chinese numeral (三, 十二, 两, 一百五十): extraction finds numerals by them too.
CN_DIGITS = "零〇一二两三四五六七八九十百千"
_ASCII_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# (两万三千: one numeral across 万; 一点三: a decimal, as spoken)
_CN_NUMBER = re.compile(rf"[{CN_DIGITS}]+(?:[万亿][{CN_DIGITS}]+)*(?:点[{CN_DIGITS}]+)?")
_KUAI_JIAO = re.compile(r"([一两二三四五六七八九十]{1,3})块([一二两三四五六七八九])毛?$")  # (两块五, 一块一毛)
_PLACE = re.compile(r"[十百千万亿零〇点]")
_NEIGHBOURS_SHARE = re.compile(r"[一两二三四五六七八九][两二三四五六七八九]")
_ORDER = "一两三四五六七八九"  # neighbouring numerals of a spoken range (七八个: 七 and 八)
_NEIGHBOURS = re.compile(r"([一两二三四五六七八九])[两二三四五六七八九]([十百千]?)")  # (七八十家, 七八个, 三四万块钱)
# 十五六块钱, 二十七八万: neighbouring numerals after a tens numeral (15 to 16, 27 to 28 万)
_TENS_PAIR = re.compile(r"([一二三四五六七八九]?十)([一两二三四五六七八])([两二三四五六七八九])(?![十百千])")
_MAO_TENTHS = re.compile(r"^([一两二三四五六七八九])毛([一二两三四五六七八九])多?$")  # 九毛二: 9.2 (毛, tenths of yuan)
_SHARE = re.compile(rf"(?P<n>\d+(?:\.\d+)?|[{CN_DIGITS}]+)成"
                    r"(?P<m>[一二三四五六七八九半](?=[，。；、！？\s”）),.;!?]|$|左右|上下|以上|以下|多|了|的))?")
# (八成五: 0.85, 五成半: 0.55; not 六成一线城市: 0.6)
_BARE_SCALE = re.compile(r"^(?:万亿|亿|万)[\u4e00-\u9fff]")
_DOUBLING = re.compile(r"翻了?([一两二三四])番")
_BARE_HUNDREDS = re.compile(r"^([百千])亿[\u4e00-\u9fff]")


@functools.lru_cache(maxsize=256)
def cn_numeral(text: str) -> float | None:
    """A Chinese numeral (三, 十二, 一百五十, 两) as a number, or None; None for numerals side by side with no
    place word (三四: three or four, not 34)."""
    if len(text) > 1 and not _PLACE.search(text):
        return None
    import cn2an  # 0.2 s to import: only when a Chinese numeral is read

    try:
        return float(cn2an.cn2an(text.replace("两", "二"), "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def parse_zh_number(text: str) -> float | None:
    """The first number of a Chinese as-printed figure ("２１５．６亿元" 215.6, "两倍" 2, "第一" 1, "首位" 1, "万亿元" 1)."""
    normal = text.translate(FULL_WIDTH)
    match = _ASCII_NUMBER.search(normal)
    if match:
        return float(match.group(0).replace(",", ""))
    doubling = _DOUBLING.search(normal)
    if doubling:  # 翻一番 2 (times), 翻两番 4
        return float(2 ** {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}[doubling.group(1)])
    hundreds = _BARE_HUNDREDS.match(normal.strip())
    if hundreds:  # 百亿元 100 (亿元), 千亿元 1000: a round amount written without a digit
        return 100.0 if hundreds.group(1) == "百" else 1000.0
    kuai_jiao = _KUAI_JIAO.match(normal.strip())
    if kuai_jiao:  # 两块五: 2.5 (yuan and jiao)
        whole, tenths = cn_numeral(kuai_jiao.group(1)), cn_numeral(kuai_jiao.group(2))
        return whole + tenths / 10 if whole is not None and tenths is not None else None
    mao = _MAO_TENTHS.match(normal.strip())
    if mao:
        whole, tenths = cn_numeral(mao.group(1)), cn_numeral(mao.group(2))
        return whole + tenths / 10 if whole is not None and tenths is not None else None
    tens = _TENS_PAIR.match(normal.strip())
    if tens and _neighbours(tens.group(2), tens.group(3)):  # 十五六块钱: from 15 (the range's lower end)
        return cn_numeral(tens.group(1) + tens.group(2))
    pair = _NEIGHBOURS.search(normal)
    if pair and _CN_NUMBER.search(normal).start() == pair.start() and (  # type: ignore[union-attr]
            pair.group(2) or _ORDER.find(pair.group(0)[1].replace("二", "两"))
            == _ORDER.find(pair.group(0)[0].replace("二", "两")) + 1 and pair.group(0)[0] != "一"):
        return cn_numeral(pair.group(1) + pair.group(2))  # 七八十家: from 70 (the range's lower end); 七八个: 7
    cn = _CN_NUMBER.search(normal)
    if cn:  # (百, 千 alone: 近百次 100, 上千条 1000, 百万辆 100 万辆)
        whole = cn_numeral(cn.group(0))
        if whole is not None and normal.startswith("个半", cn.end()):
            return whole + 0.5  # 四个半月: 4.5 (months)
        return whole or {"百": 100.0, "千": 1000.0}.get(cn.group(0))
    if _BARE_SCALE.match(normal.strip()) or normal.strip() == "首位":  # (首位: first place, rank 1)
        return 1.0
    return None


def _neighbours(first: str, second: str) -> bool:
    return _ORDER.find(second.replace("二", "两")) == _ORDER.find(first.replace("二", "两")) + 1 >= 1


def tens_pair_upper(quote: str, printed: str) -> float | None:
    """The upper end of a spoken range after a tens numeral whose print is its last numeral: 16 for "六块钱" where
    the quote says 十五六块钱 (the lower end, 十五, stands before it in the quote); None where it does not."""
    at = quote.find(printed)
    while at >= 0:
        tens = _TENS_PAIR.search(quote, max(0, at - 3), at + 1)
        if tens is not None and tens.end() == at + 1 and _neighbours(tens.group(2), tens.group(3)) and \
                (tens.start() == 0 or quote[tens.start() - 1] not in CN_DIGITS):
            lower = cn_numeral(tens.group(1) + tens.group(2))
            return None if lower is None else lower + 1
        at = quote.find(printed, at + 1)
    return None


_HALF = re.compile(r"^(?:一半|半数|一多半|一大半|过半|一半多)$")  # (一多半, 一大半, 过半: more than half, from 0.5)
_PART_OF = re.compile(rf"([{CN_DIGITS}]+)分之([{CN_DIGITS}]+(?:点[{CN_DIGITS}]+)?)")  # (百分之六点二: 6.2 %)


def parse_zh_fraction(text: str) -> float | None:
    """A share in 成 as a fraction: 六成 0.6, 三成 0.3; or written N分之M: 三分之一 1/3; 一半 and 半数 0.5
    (一多半, 一大半, 过半: from 0.5)."""
    if _HALF.search(text):
        return 0.5
    part = _PART_OF.search(text)
    if part:
        den = {"百": 100.0, "千": 1000.0}.get(part.group(1)) or cn_numeral(part.group(1))
        num = cn_numeral(part.group(2))
        return num / den if den and num is not None else None
    match = _SHARE.search(text.translate(FULL_WIDTH))
    if not match:
        return None
    n = match.group("n")
    if len(n) == 2 and _NEIGHBOURS_SHARE.fullmatch(n):
        n = n[0]  # 七八成: from 70 % (the range's lower end)
    value = float(n) if n[0].isdigit() else cn_numeral(n)
    if value is not None and match.group("m"):
        value += 0.5 if match.group("m") == "半" else "一二三四五六七八九".index(match.group("m")) / 10 + 0.1  # 八成五
    return None if value is None else value / 10

"""Write data/counties.csv: China's county-level divisions, each with the prefecture-level city of
data/gazetteer.csv it belongs to.

The divisions are the national administrative division codes (国家统计局 统计用区划代码) as the ``cpca``
package ships them (``cpca/resources/adcodes.csv``, MIT); the English names are the pinyin of the Chinese name
without its suffix (``pypinyin``), or the name English copy uses where that is not its pinyin (``ENGLISH`` below).
Neither package is needed to run the app: the CSV is bundled data, remade only when the division list changes.

    pip install -e ".[gazetteer]"
    python scripts/build_counties.py

A county's figures are filed under its prefecture: the extractor counts a county named in a text as a mention of
its prefecture (explorer/model/extract/counties.py).
"""

from __future__ import annotations

import csv
import importlib.resources
import re
import sys
from pathlib import Path

from pypinyin import lazy_pinyin

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "counties.csv"

# Where English copy does not use the pinyin: Mongolian, Uyghur and Tibetan names, and a few whose characters
# pypinyin reads in their everyday sound rather than the place's.
ENGLISH = {
    "锡林浩特市": "Xilinhot", "二连浩特市": "Erenhot", "海拉尔区": "Hailar", "霍林郭勒市": "Holingol",
    "乌兰浩特市": "Ulanhot", "库尔勒市": "Korla", "阿图什市": "Artux", "奎屯市": "Kuytun", "格尔木市": "Golmud",
    "香格里拉市": "Shangri-La", "伽师县": "Jiashi", "单县": "Shan", "涡阳县": "Guoyang", "尉犁县": "Yuli",
    "番禺区": "Panyu", "铅山县": "Yanshan", "乐亭县": "Laoting", "六合区": "Luhe", "莘县": "Shen",
}

# Prefectures merged into another since the list was made: their districts are the other's now.
MERGED = {"莱芜市": "济南市"}

_PEOPLES = re.compile(r"(?:各族|藏族|羌族|彝族|苗族|侗族|布依族|傣族|景颇族|傈僳族|白族|哈尼族|壮族|蒙古族|回族|"
                      r"哈萨克族|柯尔克孜族|朝鲜族|土家族|瑶族|畲族|黎族|仡佬族|水族|毛南族|仫佬族|满族|达斡尔族|"
                      r"鄂温克族|鄂伦春族|锡伯族|纳西族|拉祜族|佤族|布朗族|独龙族|怒族|普米族|阿昌族|德昂族|基诺族|"
                      r"土族|撒拉族|保安族|东乡族|裕固族|塔吉克族|哈萨克|蒙古|维吾尔族|俄罗斯族|京族|门巴族|珞巴族)+"
                      r"(?=自治县$|自治旗$)")
_KINDS = (("自治县", "county"), ("自治旗", "banner"), ("特区", "district"), ("林区", "district"), ("县", "county"),
          ("旗", "banner"), ("区", "district"), ("市", "county-level city"))


def english(short_zh: str) -> str:
    """Hanyu pinyin as place names are written: one word, capitalised, an apostrophe before a syllable that
    starts with a, o or e (Xing'an)."""
    syllables = lazy_pinyin(short_zh)
    word = syllables[0] + "".join(("'" if s[:1] in "aoe" else "") + s for s in syllables[1:])
    return word[:1].upper() + word[1:]


def main() -> int:
    source = importlib.resources.files("cpca") / "resources" / "adcodes.csv"
    with source.open(encoding="utf-8") as fh:
        rows = {r["adcode"][:6]: r["name"] for r in csv.DictReader(fh)}
    with (ROOT / "data" / "gazetteer.csv").open(encoding="utf-8", newline="") as fh:
        places = {r["name_zh"]: r for r in csv.DictReader(fh)}
    out = []
    skipped = []
    for code, name_zh in sorted(rows.items()):
        if code.endswith("00") or name_zh in ("市辖区", "县") or not re.fullmatch(r"\d{6}", code):
            continue  # a province or a prefecture, or a placeholder of the list
        prefecture = rows.get(code[:4] + "00", "")
        prefecture = MERGED.get(prefecture, prefecture)
        province = rows.get(code[:2] + "0000", "")
        parent = places.get(prefecture) if prefecture not in ("市辖区", "县", "") else places.get(province)
        if parent is None or parent["kind"] == "province":
            skipped.append(f"{code} {name_zh} ({prefecture or province})")  # a county-level city under its
            continue  # province directly (仙桃市, 济源市): not a prefecture of the gazetteer
        kind = next(k for suffix, k in _KINDS if name_zh.endswith(suffix)) if name_zh[-1] in "县旗区市" else "county"
        short = _PEOPLES.sub("", name_zh)
        if short.startswith("自治"):  # 东乡族自治县, named after its people: 东乡
            short = name_zh[:name_zh.index("族")] + short
        short = re.sub(r"(?:自治县|自治旗|特区|林区|县|旗|区|市)$", "", short) or short  # (单县: 单, Shan County)
        if kind == "county-level city" and len(short) < 2:
            short = name_zh  # 芒市 is Mangshi: its 市 is part of the name
        out.append({"name_zh": name_zh, "short_zh": short, "name": ENGLISH.get(name_zh) or english(short),
                    "kind": kind, "city_zh": parent["name_zh"], "city": parent["name"],
                    "province": parent["province"], "code": code})
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(out[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    print(f"{len(out)} divisions written to {OUT.relative_to(ROOT)}; {len(skipped)} left out (under a province "
          f"directly): {', '.join(skipped)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

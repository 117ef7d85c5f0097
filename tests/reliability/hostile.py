"""A data folder whose text is hostile: tags, links, scripts, entities and spreadsheet formulas.

The bundled data plus one source (title, quotes) and facts (city, sector, entity, metric,
note) carrying markup that must show literally everywhere, and cells that a spreadsheet
would run as formulas. The facts are valid, so they reach every widget and plot; one
broken row puts the markup into a problem message too.
"""

from __future__ import annotations

import csv
import hashlib
import shutil
from pathlib import Path

from tests.conftest import BUNDLED
from tests.helpers import read_rows, write_rows

IMG = '<img src="http://127.0.0.1:9/pixel.png">'
LINK = '<a href="file:///etc/passwd">link</a>'
SCRIPT = "<script>alert(1)</script>"
BOLD = "<b>bold</b>"
ENTITY = "&lt;not a tag&gt;"
TOKENS = (BOLD, IMG, LINK, SCRIPT, ENTITY)
TAGS = " ".join(TOKENS)

CITY, SECTOR = "Evilville", "hostile sector"
CITY_NAME, CITY_ZH = f"{BOLD}{IMG}", "&lt;邪&gt;"
SECTOR_NAME = f"{SCRIPT} sector"
TITLE = f"Title {TAGS}"

FORMULA_ENTITY = '=HYPERLINK("http://evil.example","click")'
AT_ENTITY, MINUS_ENTITY = "@SUM(A1:A9)", "-2+3"
PLUS_METRIC = f"+cmd|' /C calc'!A0 {BOLD}"
CR_NOTE = "\rcarriage return first"

SENTENCES = {
    "T1": f"In 2025 the {TAGS} sector grew by 12% in the test city.",
    "T2": "The test city's GDP reached 5 billion yuan in 2025.",
    "T3": "The firm turned a net loss of 30 million yuan in 2022 into a net profit of 650 million yuan in 2025.",
    "T4": f"=1+2 and a share of 40% went to {SCRIPT} exports.",
    "T5": "\tA tab-led sentence counts 7 ports.",
}
TEXT = "A hostile note for the tests.\n" + "\n".join(SENTENCES.values()) + "\n"

# id, city, entity, metric, value, unit, period, as_printed, sentence, note
FACTS = (
    ("H01", CITY, FORMULA_ENTITY, f"growth of {TAGS}", "12", "%", "2025", "12%", "T1", ""),
    ("H02", CITY, CITY, "GDP", "5", "billion yuan", "2025", "5 billion yuan", "T2", ""),
    ("H03", CITY, AT_ENTITY, PLUS_METRIC, "-30", "million yuan", "2022", "30 million yuan", "T3", CR_NOTE),
    ("H04", CITY, AT_ENTITY, PLUS_METRIC, "650", "million yuan", "2025", "650 million yuan", "T3", ""),
    ("H05", CITY, MINUS_ENTITY, f"share of {BOLD} exports", "40", "%", "", "40%", "T4", ""),
    ("H06", CITY, CITY, f"ports {LINK}", "7", "ports", "", "7 ports", "T5", ""),
    ("H99", '<img src="file:///etc/passwd">', CITY, "GDP", "5", "billion yuan", "2025", "5 billion yuan", "T2", ""),
)
VALID_IDS = tuple(f[0] for f in FACTS if f[0] != "H99")


def make_hostile(target: Path) -> Path:
    shutil.copytree(BUNDLED, target)
    (target / "sources" / "hostile.txt").write_text(TEXT, encoding="utf-8", newline="")
    header, rows = read_rows(target / "sources.csv")
    rows.append({**{k: "" for k in header}, "id": "hostile", "title": TITLE, "date": "2026-01",
                 "path": "sources/hostile.txt", "sha256": hashlib.sha256(TEXT.encode()).hexdigest()})
    write_rows(target / "sources.csv", header, rows)
    header, rows = read_rows(target / "cities.csv")
    rows.append({**{k: "" for k in header}, "id": CITY, "name": CITY_NAME, "name_zh": CITY_ZH})
    write_rows(target / "cities.csv", header, rows)
    header, rows = read_rows(target / "sectors.csv")
    rows.append({**{k: "" for k in header}, "id": SECTOR, "name": SECTOR_NAME})
    write_rows(target / "sectors.csv", header, rows)
    header, rows = read_rows(target / "facts.csv")
    for fid, city, entity, metric, value, unit, period, printed, key, note in FACTS:
        quote = SENTENCES[key]
        start = TEXT.index(quote)
        rows.append({"id": fid, "kind": "figure", "source_id": "hostile", "city": city, "sector": SECTOR,
                     "entity": entity, "metric": metric, "value": value, "unit": unit, "qualifier": "exact",
                     "period": period, "as_printed": printed, "quote": quote, "start": str(start),
                     "end": str(start + len(quote)), "note": note})
    # Every field quoted: csv's minimal quoting leaves a bare CR unquoted, which splits the row.
    with (target / "facts.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header, lineterminator="\n", quoting=csv.QUOTE_ALL)
        writer.writeheader()
        writer.writerows(rows)
    return target

"""A process that imports small articles into a shared data folder, for the import concurrency tests.

Run as ``python -m tests.reliability.import_worker FOLDER TAG ROUNDS``: it prints ``ready``
once its imports are loaded, waits for a line on standard input (so two workers start
together), then imports ROUNDS articles one after the other, each through
``read_article`` and ``accept`` as the window does, and prints one JSON line per import.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

CITIES = ("Porto", "Braga")  # a region and years of its own, not the bundled article's


def small_fact_base(folder: Path) -> Path:
    """An empty fact base: the vocabulary, and sources.csv and facts.csv with their headers only."""
    (folder / "sources").mkdir(parents=True)
    (folder / "cities.csv").write_text("id,name,name_zh\n" + "".join(f"{c},{c},\n" for c in CITIES), encoding="utf-8")
    (folder / "sectors.csv").write_text("id,name,description\ntrade,Trade,ports and cargo\n", encoding="utf-8")
    (folder / "sources.csv").write_text("id,title,date,date_note,path,sha256,language,publisher\n", encoding="utf-8")
    (folder / "facts.csv").write_text(
        "id,kind,source_id,city,sector,entity,metric,value,unit,qualifier,period,as_printed,quote,start,end,note\n",
        encoding="utf-8")
    return folder


def article_text(tag: str, n: int) -> tuple[str, str, str]:
    """(text, quote, figure as printed) of a one-figure article."""
    figure = f"{n}.5%"
    quote = f"In 2019 the port of {CITIES[n % 2]} handled {figure} more cargo than a year before."
    return f"Port report {tag} {n}\n\n{quote}\n", quote, figure


def fact_row(source_id: str, text: str, quote: str, figure: str, n: int) -> dict[str, str]:
    start = text.index(quote)
    return {"id": f"{source_id}-01", "kind": "figure", "source_id": source_id, "city": CITIES[n % 2],
            "sector": "trade", "entity": "port", "metric": "cargo growth", "value": figure.rstrip("%"),
            "unit": "%", "qualifier": "exact", "period": "2019", "as_printed": figure, "quote": quote,
            "start": str(start), "end": str(start + len(quote)), "note": ""}


def import_one(folder: Path, work: Path, tag: str, n: int) -> tuple[str, str]:
    from explorer.model.extract.importing import accept, read_article

    text, quote, figure = article_text(tag, n)
    path = work / f"{tag}-{n}.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(path, folder)
    row = fact_row(article.source_id, text, quote, figure, n)
    result = accept(folder, [row], article)
    return result.source_id, result.fact_ids[0]


def main(argv: list[str]) -> int:
    folder, tag, rounds = Path(argv[0]), argv[1], int(argv[2])
    work = folder.parent / f"articles-{tag}"
    work.mkdir()
    import explorer.model.extract.importing  # noqa: F401  (loaded before the start line: both start importing together)

    print("ready", flush=True)
    sys.stdin.readline()
    for n in range(rounds):
        source_id, fact_id = import_one(folder, work, tag, n)
        print(json.dumps([source_id, fact_id]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Adding an article and its accepted candidate facts to a data folder, checked first, written atomically.

The accepted rows are checked by loading them, with their source, from a staged copy of
the folder's vocabulary (cities.csv, sectors.csv): exactly the validation every fact of
the fact base passes. Only when that finds nothing wrong are the files written, each
through ``write_atomic`` and in an order where a crash between two of them leaves a
valid fact base: the text, then sources.csv, then facts.csv.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import shutil
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from explorer.model import factbase, schema
from explorer.model.export import write_atomic
from explorer.model.extract import Candidate, extract
from explorer.model.factbase import FactBase, Problem, load_fact_base

SOURCES_DIR = "sources"


class ImportRejected(Exception):
    """The accepted rows do not pass validation; nothing was written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems) or "rejected")


@dataclass
class Article:
    """An article to import: its bytes as read (never rewritten) and what sources.csv will say of it."""

    raw: bytes
    name: str  # file name under sources/
    source_id: str
    title: str
    date: str = ""
    language: str = "en"
    publisher: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.raw.decode("utf-8")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()

    @property
    def path(self) -> str:
        return f"{SOURCES_DIR}/{self.name}"


@dataclass(frozen=True)
class ImportResult:
    source_id: str
    fact_ids: list[str]
    wrote_source: bool


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60] or "article"


def read_article(path: Path, data_dir: Path | None = None) -> Article:
    """Read a UTF-8 article (raises UnicodeDecodeError otherwise) and name it so it clashes with nothing."""
    raw = Path(path).read_bytes()
    text = raw.decode("utf-8")
    base = _slug(Path(path).stem)
    taken_ids: set[str] = set()
    taken_names: set[str] = set()
    if data_dir is not None:
        taken_ids = set(_column(Path(data_dir) / "sources.csv", "id"))
        folder = Path(data_dir) / SOURCES_DIR
        taken_names = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
    source_id, name, n = base, f"{base}.txt", 1
    while source_id in taken_ids or (name in taken_names
                                     and (Path(data_dir or ".") / SOURCES_DIR / name).read_bytes() != raw):
        n += 1
        source_id, name = f"{base}-{n}", f"{base}-{n}.txt"
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    title = first_line if 0 < len(first_line) <= 160 else Path(path).stem
    return Article(raw=raw, name=name, source_id=source_id, title=title)


def _column(path: Path, name: str) -> list[str]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [row.get(name, "").strip() for row in csv.DictReader(fh)]


def vocabulary(base: FactBase | None) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The cities (with their other names) and sectors a fact base knows, for the extractor's guesses."""
    if base is None:
        return {}, {}
    cities = {cid: [label.name, label.name_zh] for cid, label in base.cities.items()}
    sectors = {sid: f"{label.name} {label.description}" for sid, label in base.sectors.items()}
    return cities, sectors


def candidates_for(text: str, source_id: str, base: FactBase | None) -> list[Candidate]:
    cities, sectors = vocabulary(base)
    return extract(text, source_id, cities, sectors)


def fact_rows(candidates: Iterable[Candidate], existing_ids: Iterable[str]) -> list[dict[str, str]]:
    """Candidates as facts.csv rows, with ids that no existing fact uses."""
    taken = set(existing_ids)
    rows = []
    for cand in candidates:
        row = cand.to_row()
        fid = row["id"] or "C"
        stem, n = fid, 1
        while fid in taken:
            n += 1
            fid = f"{stem}-{n}"
        taken.add(fid)
        row["id"] = fid
        rows.append({c: row.get(c, "") for c in (*schema.FACT_COLUMNS, "note")})
    return rows


def _csv_lines(header: Sequence[str], rows: Iterable[Mapping[str, str]], newline: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=newline)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    return buffer.getvalue()


def _appended(path: Path | None, default_header: Sequence[str], rows: Sequence[Mapping[str, str]]) -> bytes:
    """The file's bytes with ``rows`` added at the end in its own column order; earlier bytes untouched."""
    if path is not None and path.is_file() and path.stat().st_size:
        old = path.read_bytes()
        first = old.split(b"\n", 1)[0]
        newline = "\r\n" if first.endswith(b"\r") else "\n"
        header = next(csv.reader([first.decode("utf-8-sig").rstrip("\r")]))
        if not old.endswith(b"\n"):
            old += newline.encode()
    else:
        old, newline, header = b"", "\n", list(default_header)
        old = _csv_lines(header, [dict(zip(header, header))], newline).encode("utf-8")
    return old + _csv_lines([h.strip() for h in header], rows, newline).encode("utf-8")


def _source_row(article: Article) -> dict[str, str]:
    return {"id": article.source_id, "title": article.title, "date": article.date, "date_note": "",
            "path": article.path, "sha256": article.sha256, "language": article.language,
            "publisher": article.publisher, **article.extra}


def check(data_dir: Path, article: Article | None, rows: Sequence[Mapping[str, str]],
          source_id: str | None = None) -> list[Problem]:
    """What validation says of ``rows`` (with their new ``article``, or an existing source), writing nothing."""
    data_dir = Path(data_dir)
    with tempfile.TemporaryDirectory(prefix="fact-import-") as tmp:
        stage = Path(tmp)
        for name in ("cities.csv", "sectors.csv"):
            if (data_dir / name).is_file():
                shutil.copyfile(data_dir / name, stage / name)
        (stage / SOURCES_DIR).mkdir()
        if article is not None:
            source_rows = [_source_row(article)]
            (stage / article.path).write_bytes(article.raw)
        else:
            existing = load_fact_base(data_dir).sources.get(source_id or "")
            if existing is None or existing.text is None:
                return [Problem("sources.csv", None, source_id, "the source is not in the fact base or has no text")]
            source_rows = [{"id": existing.id, "title": existing.title, "date": existing.date,
                            "path": existing.path, "sha256": existing.sha256}]
            target = stage / existing.path
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(data_dir / existing.path, target)
        (stage / "sources.csv").write_bytes(_appended(None, _source_row_header(source_rows), source_rows))
        (stage / "facts.csv").write_bytes(_appended(None, [*schema.FACT_COLUMNS, "note"], rows))
        problems = [p for p in _row_problems(stage) if p.severity == "error"]
    existing_ids = set(_column(data_dir / "facts.csv", "id"))
    for row in rows:
        if row.get("id", "").strip() in existing_ids:
            problems.append(Problem("facts.csv", None, row["id"], "id is already used in facts.csv"))
    return problems


def _row_problems(stage: Path) -> list[Problem]:
    """The checks load_fact_base runs on every row, without the derived figures (which reject no row)."""
    problems: list[Problem] = []
    sources = factbase._load_sources(stage, problems)
    cities = factbase._load_labels(stage, "cities.csv", schema.CITY_COLUMNS, problems)
    sectors = factbase._load_labels(stage, "sectors.csv", schema.SECTOR_COLUMNS, problems)
    factbase._load_facts(stage, sources, cities, sectors, problems)
    return problems


def _source_row_header(rows: Sequence[Mapping[str, str]]) -> list[str]:
    header = list(schema.SOURCE_COLUMNS)
    for row in rows:
        header += [k for k in row if k not in header]
    return header


def accept(data_dir: Path, rows: Sequence[Mapping[str, str]], article: Article | None = None,
           source_id: str | None = None) -> ImportResult:
    """Add ``rows`` (and ``article`` as a new source) to the data folder, or raise ImportRejected.

    Nothing is written unless every row passes validation. With ``article`` None the rows
    belong to ``source_id``, a source already in the fact base.
    """
    data_dir = Path(data_dir)
    if not rows:
        raise ImportRejected([Problem("facts.csv", None, None, "no accepted facts to add")])
    problems = check(data_dir, article, rows, source_id)
    if problems:
        raise ImportRejected(problems)
    wrote_source = False
    if article is not None:
        target = data_dir / article.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.is_file() or target.read_bytes() != article.raw:
            write_atomic(target, article.raw)
        known = dict(zip(_column(data_dir / "sources.csv", "id"), _column(data_dir / "sources.csv", "sha256")))
        if known.get(article.source_id) != article.sha256:  # a retry after a crash finds it already there
            write_atomic(data_dir / "sources.csv",
                         _appended(data_dir / "sources.csv", _source_row_header([_source_row(article)]),
                                   [_source_row(article)]))
            wrote_source = True
        source_id = article.source_id
    write_atomic(data_dir / "facts.csv", _appended(data_dir / "facts.csv", [*schema.FACT_COLUMNS, "note"], rows))
    return ImportResult(source_id or "", [str(r["id"]) for r in rows], wrote_source)

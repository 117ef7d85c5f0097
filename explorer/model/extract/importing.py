"""Adding an article and its accepted candidate facts to a data folder: checked, locked, all or nothing.

The accepted rows are checked by loading them, with their source, from a staged copy:
exactly the validation every fact of the fact base passes. Only then, holding an
inter-process lock on the folder (``filelock``) and reading the folder again under it,
are the three files written: the text, sources.csv and facts.csv. Each new content goes
to a temporary file first (a full disk stops the import before any file changed), then
all are renamed into place; the folder is loaded back, and unless every new row reads
back as written, every file is put back as it was. The import obeys the loader's rules:
it writes nothing through a link out of the folder, replaces only regular files (keeping
their mode), and refuses a table whose header the loader would not read as its own.
"""

from __future__ import annotations

import csv
import errno
import functools
import hashlib
import io
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout

from explorer.model import schema
from explorer.model.extract import Candidate, extract
from explorer.model.files import safe_read, safe_write
from explorer.model.load import factbase
from explorer.model.load.factbase import FactBase, Problem, load_fact_base

SOURCES_DIR = "sources"
LOCK_NAME = ".fact-explorer.lock"  # taken by every import into the folder, in any process
LOCK_TIMEOUT = 60.0  # seconds to wait for another import before giving up
_HEAD = 1 << 20  # enough of a table to hold its header line


class FolderRefused(OSError):
    """The data folder is not one this import may write as it stands (or is busy); nothing was written."""

    def __init__(self, message: str) -> None:
        super().__init__(errno.EINVAL, message)

    def __str__(self) -> str:
        return str(self.strerror)


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
    date_note: str = ""  # where the date was read ("read from the text: 'QINHUANGDAO, ..., November 16, 2032 ...'")
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
    """Read a UTF-8 article (raises UnicodeDecodeError otherwise) and name it so it clashes with nothing.

    The same text already imported under the same name (an import retried after a crash)
    keeps that name rather than becoming a second copy.
    """
    raw = safe_read.read_bytes(Path(path), limit=safe_read.TEXT_LIMIT)  # never a FIFO or a device
    text = raw.decode("utf-8")
    sha = hashlib.sha256(raw).hexdigest()
    base = _slug(Path(path).stem)
    known: dict[str, tuple[str, str]] = {}
    taken_names: set[str] = set()
    if data_dir is not None:
        known = {row.get("id", ""): (row.get("sha256", "").lower(), row.get("path", ""))
                 for row in _rows_of(_table_bytes(Path(data_dir), "sources.csv", strict=False))}
        folder = Path(data_dir) / SOURCES_DIR
        taken_names = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
    source_id, name, n = base, f"{base}.txt", 1
    while (source_id in known and known[source_id] != (sha, f"{SOURCES_DIR}/{name}")) or (
            name in taken_names and not _holds(Path(data_dir or ".") / SOURCES_DIR / name, raw, data_dir)):
        n += 1
        source_id, name = f"{base}-{n}", f"{base}-{n}.txt"
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    title = first_line if 0 < len(first_line) <= 160 else Path(path).stem
    from explorer.model.extract.chinese import looks_chinese
    from explorer.model.extract.dates import publication_date

    date, line = publication_date(text)  # the dateline's, a masthead's, a notice's foot: empty when none is given
    note = f"read from the text: {line[:120]}" if date else ""
    return Article(raw=raw, name=name, source_id=source_id, title=title, date=date, date_note=note,
                   language="zh" if looks_chinese(text) else "en")


def _holds(path: Path, data: bytes, folder: Path | None) -> bool:
    """Whether ``path`` is a regular file (inside ``folder`` if given) holding exactly ``data``."""
    try:
        return os.stat(path).st_size == len(data) and safe_read.read_bytes(path, folder, len(data)) == data
    except (OSError, ValueError):
        return False


def _records(data: bytes) -> Iterator[list[str]]:
    """The rows of CSV bytes, header first, read leniently and a row at a time (bad bytes replaced;
    an unparsable rest left out), so a large table is never held twice in memory."""
    csv.field_size_limit(factbase.FIELD_LIMIT)
    text = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", errors="replace", newline="")
    try:
        yield from csv.reader(text)
    except csv.Error:
        return


def _rows_of(data: bytes) -> list[dict[str, str]]:
    """The rows of a small table (sources.csv) as dicts of stripped cells."""
    records = _records(data)
    header = [h.strip() for h in next(records, [])]
    return [dict(zip(header, (f.strip() for f in fields))) for fields in records]


def _ids(data: bytes) -> set[str]:
    """The ids of a facts.csv, as the loader reads them (stripped)."""
    records = _records(data)
    header = [h.strip() for h in next(records, [])]
    if "id" not in header:
        return set()
    at = header.index("id")
    return {fields[at].strip() for fields in records if len(fields) > at}


def _table_bytes(data_dir: Path, name: str, strict: bool = True, head: bool = False) -> bytes:
    """A table of the folder as bytes (only its first line or so with ``head``), read by the loader's rules.

    b"" when there is none. What the loader would refuse (a link out of the folder, a FIFO, …)
    raises FolderRefused, or reads as b"" when not ``strict``.
    """
    path = data_dir / name
    if not os.path.lexists(path):
        return b""
    try:
        if head:
            with safe_read.open_regular(path, data_dir) as fh:
                first = fh.read(_HEAD)
            return first if b"\n" in first or b"\r" in first or len(first) < _HEAD else b""
        return safe_read.read_bytes(path, data_dir)
    except OSError as exc:
        if not strict:
            return b""
        raise FolderRefused(f"{name} {safe_read.describe(exc)}; import refused, nothing written") from None


@dataclass(frozen=True)
class CatalogueSector:
    """A sector of the bundled catalogue (data/sector_catalogue.csv): what a fact base may not have yet."""

    id: str
    name: str
    name_zh: str
    keywords: tuple[str, ...]  # English and Chinese words that point to it


@functools.cache
def sector_catalogue() -> dict[str, CatalogueSector]:
    """The bundled sector catalogue by id (empty when the file is missing)."""
    from explorer.model.files.paths import bundled_data_dir

    path = bundled_data_dir() / "sector_catalogue.csv"
    if not path.is_file():
        return {}
    out: dict[str, CatalogueSector] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            sid = (row.get("id") or "").strip()
            if sid and sid not in out:
                words = tuple(w.strip() for w in (row.get("keywords") or "").split(";") if w.strip())
                out[sid] = CatalogueSector(sid, (row.get("name") or sid).strip(), (row.get("name_zh") or "").strip(),
                                           words)
    return out


def vocabulary(base: FactBase | None) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The cities (with their other names) and sectors a fact base knows, for the extractor's guesses; the
    catalogue's sectors the fact base lacks come after its own, as keyword lists ("a;b;c"), so a figure about
    something new (real estate, tourism) is guessed a sector the review then proposes."""
    if base is None:
        return {}, {}
    cities = {cid: [label.name, label.name_zh] for cid, label in base.cities.items()}
    sectors = {sid: f"{label.name} {label.description}" for sid, label in base.sectors.items()}
    for sid, entry in sector_catalogue().items():
        if sid not in sectors and entry.keywords:
            sectors[sid] = ";".join(entry.keywords)
    return cities, sectors


def candidates_for(text: str, source_id: str, base: FactBase | None) -> list[Candidate]:
    cities, sectors = vocabulary(base)
    return extract(text, source_id, cities, sectors)


CITY_HEADER: tuple[str, ...] = (*schema.CITY_COLUMNS, "kind")


def new_city_rows(rows: Iterable[Mapping[str, str]], known: Iterable[str]) -> list[dict[str, str]]:
    """cities.csv rows for the cities that ``rows`` name, the fact base (``known`` ids) lacks and the
    gazetteer (data/gazetteer.csv) knows: their English and Chinese names, and their kind (a city, or a province
    whose own figures a provincial release gives)."""
    from explorer.model.extract.chinese import gazetteer

    by_name = {p.name: p for p in gazetteer().values() if p.kind in ("city", "province")}

    def row_of(city: str) -> dict[str, str] | None:
        place = by_name.get(city)
        return None if place is None else {"id": city, "name": place.name, "name_zh": place.name_zh,
                                           "kind": place.kind}

    return _proposed(rows, known, "city", row_of)


def _proposed(rows: Iterable[Mapping[str, str]], known: Iterable[str], column: str,
              row_of: Callable[[str], dict[str, str] | None]) -> list[dict[str, str]]:
    """The new table rows (``row_of`` an id, None when the catalogue lacks it) for the ids that ``rows`` name
    in ``column`` and ``known`` lacks, once each, in the order first named."""
    known_set = set(known)
    out: dict[str, dict[str, str]] = {}
    for row in rows:
        key = str(row.get(column, "")).strip()
        if key and key not in known_set and key not in out:
            made = row_of(key)
            if made is not None:
                out[key] = made
    return list(out.values())


SECTOR_HEADER: tuple[str, ...] = (*schema.SECTOR_COLUMNS, "description")


def new_sector_rows(rows: Iterable[Mapping[str, str]], known: Iterable[str]) -> list[dict[str, str]]:
    """sectors.csv rows for the sectors that ``rows`` name, the fact base (``known`` ids) lacks and the sector
    catalogue (data/sector_catalogue.csv) knows: their English and Chinese names."""
    catalogue = sector_catalogue()

    def row_of(sector: str) -> dict[str, str] | None:
        entry = catalogue.get(sector)
        return None if entry is None else {"id": sector, "name": entry.name, "name_zh": entry.name_zh,
                                           "description": ", ".join(w for w in entry.keywords if w.isascii())[:120]}

    return _proposed(rows, known, "sector", row_of)


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
        rows.append({c: row.get(c, "") for c in schema.FACT_FILE_COLUMNS})
    return rows


def _csv_lines(header: Sequence[str], rows: Iterable[Mapping[str, str]], newline: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=newline)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    return buffer.getvalue()


def _table(name: str, old: bytes, default_header: Sequence[str],
           required: Sequence[str]) -> tuple[bytes, str, list[str]]:
    """(the file's bytes ready for rows to be appended, its line end, its header) or FolderRefused.

    Rows are written under their columns' names in the file's own order and with its own
    line ends (LF, CRLF or CR alone); a header the loader would not read is refused by name.
    """
    if not old.strip():
        header = list(default_header)
        return _csv_lines(header, [dict(zip(header, header))], "\n").encode("utf-8"), "\n", header
    ends = [i for i in (old.find(b"\r"), old.find(b"\n")) if i >= 0]
    cut = min(ends) if ends else len(old)
    newline = "\r\n" if old[cut:cut + 2] == b"\r\n" else old[cut:cut + 1].decode("ascii") or "\n"
    first = old[:cut]
    try:
        text = first.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FolderRefused(f"{name}:1: the header is not valid UTF-8 (byte 0x{first[exc.start]:02x}); "
                            "import refused, nothing written") from None
    try:
        header = [h.strip() for h in next(csv.reader([text]))]
    except (csv.Error, StopIteration) as exc:
        raise FolderRefused(f"{name}:1: the header cannot be parsed ({exc}); import refused, nothing written") from None
    missing = []
    for column in required:
        if column not in header:
            near = [h for h in header if h.lower() == column.lower()]
            missing.append(f"{column!r}" + (f" (it has {near[0]!r})" if near else ""))
    if missing:
        raise FolderRefused(f"{name}:1: the header has no column {', '.join(missing)}; the import writes each value "
                            "under its column's name, so it refuses a header it does not know; nothing written")
    known = {c.lower(): c for c in (*required, *default_header)}
    misspelt = [f"{h!r} (expected {known[h.lower()]!r})" for h in header
                if h.lower() in known and h != known[h.lower()]]
    if misspelt:
        raise FolderRefused(f"{name}:1: the header spells column {', '.join(misspelt)} otherwise; the import writes "
                            "each value under its column's name, so it refuses a header it does not know; "
                            "nothing written")
    twice = sorted({h for h in header if header.count(h) > 1})
    if twice:
        raise FolderRefused(f"{name}:1: column(s) named twice in the header: {', '.join(twice)}; "
                            "import refused, nothing written")
    if not old.endswith((b"\n", b"\r")):
        old += newline.encode("ascii")
    return old, newline, header


def _source_row(article: Article) -> dict[str, str]:
    return {"id": article.source_id, "title": article.title, "date": article.date, "date_note": article.date_note,
            "path": article.path, "sha256": article.sha256, "language": article.language,
            "publisher": article.publisher, **article.extra}


def _existing_ids(data_dir: Path) -> set[str]:
    return _ids(_table_bytes(data_dir, "facts.csv", strict=False))


def check(data_dir: Path, article: Article | None, rows: Sequence[Mapping[str, str]],
          source_id: str | None = None, new_cities: Sequence[Mapping[str, str]] = (),
          new_sectors: Sequence[Mapping[str, str]] = ()) -> list[Problem]:
    """What validation says of ``rows`` (with their new ``article``, or an existing source), writing nothing."""
    data_dir = Path(data_dir)
    with tempfile.TemporaryDirectory(prefix="fact-import-") as tmp:
        stage = Path(tmp)
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
            target.write_bytes(existing.text.encode("utf-8"))  # as loaded: read once, by the loader's rules
        (stage / "sources.csv").write_bytes(_table("sources.csv", b"", _source_row_header(source_rows), ())[0]
                                            + _csv_lines(_source_row_header(source_rows), source_rows, "\n").encode())
        header = list(schema.FACT_FILE_COLUMNS)
        (stage / "facts.csv").write_bytes(_table("facts.csv", b"", header, ())[0]
                                          + _csv_lines(header, rows, "\n").encode("utf-8"))
        problems = [p for p in _row_problems(stage, data_dir, new_cities, new_sectors) if p.severity == "error"]
    existing_ids = _existing_ids(data_dir)
    for row in rows:
        if row.get("id", "").strip() in existing_ids:
            problems.append(Problem("facts.csv", None, row["id"], "id is already used in facts.csv"))
    return problems


def _row_problems(stage: Path, data_dir: Path, new_cities: Sequence[Mapping[str, str]] = (),
                  new_sectors: Sequence[Mapping[str, str]] = ()) -> list[Problem]:
    """The checks load_fact_base runs on every row (without the derived figures, which reject no row).

    The source and the rows come from the stage; the cities and sectors from the folder, read
    by the loader's rules (a problem in those files is the folder's, not the new rows').
    """
    problems: list[Problem] = []
    sources = factbase.read_sources(stage, problems)
    ignored: list[Problem] = []
    cities = factbase.read_labels(data_dir, "cities.csv", schema.CITY_COLUMNS, ignored)
    sectors = factbase.read_labels(data_dir, "sectors.csv", schema.SECTOR_COLUMNS, ignored)
    for labels, added in ((cities, new_cities), (sectors, new_sectors)):
        for row in added:  # added in the same write as the rows
            key = str(row.get("id", "")).strip()
            if key and key not in labels:
                labels[key] = factbase.Label(key, str(row.get("name", "")).strip() or key,
                                             str(row.get("name_zh", "")).strip(), "")
    factbase.read_facts(stage, sources, cities, sectors, problems)
    return problems


def _source_row_header(rows: Sequence[Mapping[str, str]]) -> list[str]:
    header = list(schema.SOURCE_COLUMNS)
    for row in rows:
        header += [k for k in row if k not in header]
    return header


def _target(data_dir: Path, rel: str, folder: bool = False) -> Path:
    """The real path that writing ``rel`` replaces, inside the folder and a regular file (or a folder, or new)."""
    try:
        root = data_dir.resolve(strict=True)
        real = (data_dir / rel).resolve()
    except (OSError, RuntimeError) as exc:
        raise FolderRefused(f"{rel} cannot be resolved ({exc}); import refused, nothing written") from None
    if real == root or not real.is_relative_to(root):
        raise FolderRefused(f"{rel} is a symbolic link to outside the data folder (or a loop); the import never "
                            "writes through it; nothing written")
    if folder and os.path.lexists(real) and not real.is_dir():
        raise FolderRefused(f"{rel} is not a folder; import refused, nothing written")
    if not folder and os.path.lexists(real):
        why = safe_write.refusal(real)
        if why is not None:
            raise FolderRefused(f"{rel} {why}; import refused, nothing written")
    return real


def _make_lock_file(lock: Path, facts: Path) -> None:
    """Create the lock file as writable as facts.csv, so whoever may write the fact base may also lock it."""
    try:
        fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o666)
    except OSError:
        return  # there already (or not creatable: FileLock says why)
    try:
        mode = stat.S_IMODE(os.stat(facts, follow_symlinks=False).st_mode) & 0o666
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode | 0o600)
    except OSError:
        pass  # no facts.csv yet: the umask decides, as for any new file
    finally:
        os.close(fd)


@contextmanager
def _locked(data_dir: Path) -> Iterator[None]:
    """Hold the folder's inter-process lock: one import writes at a time, the others wait."""
    _make_lock_file(data_dir / LOCK_NAME, data_dir / "facts.csv")
    lock = FileLock(str(data_dir / LOCK_NAME), timeout=LOCK_TIMEOUT)
    try:
        lock.acquire()
    except Timeout:
        raise FolderRefused(f"another import has been writing to {data_dir} for over {LOCK_TIMEOUT:.0f} s; "
                            "nothing was added: try again when it has finished") from None
    except OSError as exc:
        raise FolderRefused(f"cannot lock {data_dir / LOCK_NAME} ({exc.strerror or exc}); "
                            "nothing was added") from None
    try:
        yield
    finally:
        lock.release()


def accept(data_dir: Path, rows: Sequence[Mapping[str, str]], article: Article | None = None,
           source_id: str | None = None, new_cities: Sequence[Mapping[str, str]] = (),
           new_sectors: Sequence[Mapping[str, str]] = ()) -> ImportResult:
    """Add ``rows`` (and ``article`` as a new source) to the data folder, or raise.

    Nothing is written unless every row passes validation (ImportRejected otherwise) and
    the folder is one the loader reads as it is (FolderRefused, an OSError, otherwise).
    With ``article`` None the rows belong to ``source_id``, a source already in the fact base.
    ``new_cities`` (cities.csv rows, see ``new_city_rows``) and ``new_sectors`` (sectors.csv rows, see
    ``new_sector_rows``) are added in the same write, those the folder already has left out.
    A write that fails (a full disk) leaves every file as it was; a retry then adds all.
    """
    data_dir = Path(data_dir)
    if not rows:
        raise ImportRejected([Problem("facts.csv", None, None, "no accepted facts to add")])
    if not data_dir.is_dir():
        raise FolderRefused(f"{data_dir} is not a folder; nothing written")
    _check_folder(data_dir, article, whole=False, cities=bool(new_cities), sectors=bool(new_sectors))
    problems = check(data_dir, article, rows, source_id, new_cities, new_sectors)
    if problems:
        raise ImportRejected(problems)
    with _locked(data_dir):
        return _write(data_dir, rows, article, source_id, new_cities, new_sectors)


def _check_folder(data_dir: Path, article: Article | None, whole: bool = True,
                  cities: bool = False, sectors: bool = False) -> dict[str, bytes]:
    """The tables as they are now (only their first line unless ``whole``), after refusing what the import must not touch."""
    names = ("facts.csv", "sources.csv") + (("cities.csv",) if cities else ()) + (("sectors.csv",) if sectors else ())
    tables = {name: _table_bytes(data_dir, name, head=not whole) for name in names}
    for name in tables:
        _target(data_dir, name)
    _table("facts.csv", tables["facts.csv"], list(schema.FACT_FILE_COLUMNS), schema.FACT_COLUMNS)
    if cities:
        _table("cities.csv", tables["cities.csv"], CITY_HEADER, schema.CITY_COLUMNS)
    if sectors:
        _table("sectors.csv", tables["sectors.csv"], SECTOR_HEADER, schema.SECTOR_COLUMNS)
    if article is not None:
        _table("sources.csv", tables["sources.csv"], _source_row_header([_source_row(article)]), schema.SOURCE_COLUMNS)
        _target(data_dir, SOURCES_DIR, folder=True)
        _target(data_dir, article.path)
    return tables


def _write(data_dir: Path, rows: Sequence[Mapping[str, str]], article: Article | None,
           source_id: str | None, new_cities: Sequence[Mapping[str, str]] = (),
           new_sectors: Sequence[Mapping[str, str]] = ()) -> ImportResult:
    """The import proper, under the lock: read the folder again, write all the files or none."""
    # another import may have changed the folder meanwhile
    tables = _check_folder(data_dir, article, cities=bool(new_cities), sectors=bool(new_sectors))
    for name in tables:  # beside the real file: a link inside the folder is written through
        real = _target(data_dir, name)
        safe_write.remove_stale_temporaries(real.parent, (real.name,))
    facts_old = tables["facts.csv"]
    facts_head, newline, header = _table("facts.csv", facts_old, list(schema.FACT_FILE_COLUMNS), schema.FACT_COLUMNS)
    taken = _ids(facts_old)
    clash = [Problem("facts.csv", None, str(r["id"]), "id is already used in facts.csv (another import added it "
                     "meanwhile?)") for r in rows if str(r.get("id", "")).strip() in taken]
    if clash:
        raise ImportRejected(clash)
    created: list[Path] = []
    try:
        wrote_source = _write_batch(data_dir, rows, article, tables, (facts_head, newline, header), created,
                                    new_cities, new_sectors)
    except BaseException:
        for folder in created:  # a sources/ folder this import made goes again
            try:
                folder.rmdir()
            except OSError:
                pass
        raise
    return ImportResult(article.source_id if article is not None else source_id or "",
                        [str(r["id"]) for r in rows], wrote_source)


def _write_batch(data_dir: Path, rows: Sequence[Mapping[str, str]], article: Article | None,
                 tables: dict[str, bytes], facts: tuple[bytes, str, list[str]], created: list[Path],
                 new_cities: Sequence[Mapping[str, str]] = (), new_sectors: Sequence[Mapping[str, str]] = ()) -> bool:
    """Stage, rename and load back the text, sources.csv, cities.csv (new cities), sectors.csv (new sectors)
    and facts.csv; whether sources.csv got a row."""
    wrote_source = False
    with safe_write.Batch() as batch:
        if new_sectors:
            sectors_old = tables["sectors.csv"]
            have = {r.get("id", "").strip() for r in _rows_of(sectors_old)}
            new_rows = [dict(s) for s in new_sectors if str(s.get("id", "")).strip() not in have]
            if new_rows:
                sectors_head, sectors_newline, sectors_header = _table("sectors.csv", sectors_old, SECTOR_HEADER,
                                                                       schema.SECTOR_COLUMNS)
                if "name_zh" not in sectors_header:  # a table without the column keeps the Chinese name in words
                    for sector in new_rows:
                        zh, words = str(sector.get("name_zh", "")), str(sector.get("description", ""))
                        if "description" in sectors_header:
                            sector["description"] = f"{zh}: {words}" if zh and words else zh or words
                        elif zh:  # only id and name: the name carries it, as the review promised it
                            sector["name"] = f"{sector.get('name', '')} ({zh})"
                batch.add(_target(data_dir, "sectors.csv"),
                          sectors_head + _csv_lines(sectors_header, new_rows, sectors_newline).encode("utf-8"),
                          old=sectors_old)
        if new_cities:
            cities_old = tables["cities.csv"]
            have = {r.get("id", "").strip() for r in _rows_of(cities_old)}
            adding = [c for c in new_cities if str(c.get("id", "")).strip() not in have]
            if adding:
                cities_head, cities_newline, cities_header = _table("cities.csv", cities_old, CITY_HEADER,
                                                                    schema.CITY_COLUMNS)
                batch.add(_target(data_dir, "cities.csv"),
                          cities_head + _csv_lines(cities_header, adding, cities_newline).encode("utf-8"),
                          old=cities_old)
        if article is not None:
            folder = _target(data_dir, SOURCES_DIR, folder=True)
            if not folder.exists():
                folder.mkdir()
                created.append(folder)
            safe_write.remove_stale_temporaries(folder, None)
            text_path = _target(data_dir, article.path)
            if not text_path.exists():
                batch.add(text_path, article.raw)
            elif not _holds(text_path, article.raw, data_dir):
                raise FolderRefused(f"{article.path} already exists with another text (another import added it "
                                    "meanwhile?); open the article again to import it under a new name")
            sources_old = tables["sources.csv"]
            row = _source_row(article)
            sources_head, sources_newline, sources_header = _table(
                "sources.csv", sources_old, _source_row_header([row]), schema.SOURCE_COLUMNS)
            known = {r.get("id", ""): (r.get("sha256", "").lower(), r.get("path", "")) for r in _rows_of(sources_old)}
            if article.source_id not in known:
                batch.add(_target(data_dir, "sources.csv"),
                          sources_head + _csv_lines(sources_header, [row], sources_newline).encode("utf-8"),
                          old=sources_old)
                wrote_source = True
            elif known[article.source_id] != (article.sha256, article.path):
                raise FolderRefused(f"sources.csv already has a source {article.source_id!r} with another text "
                                    "(another import added it meanwhile?); open the article again to import it "
                                    "under a new name")
        facts_head, newline, header = facts
        batch.add(_target(data_dir, "facts.csv"), facts_head + _csv_lines(header, rows, newline).encode("utf-8"),
                  old=tables["facts.csv"])
        batch.commit()
        try:
            wrong = _read_back(data_dir, rows, article, new_cities, new_sectors)
        except BaseException:
            batch.rollback()
            raise
        if wrong:
            batch.rollback()
            raise FolderRefused("after writing, the folder did not read back as written, so the import was "
                                "undone and nothing was added: " + "; ".join(wrong[:5])
                                + (f" (and {len(wrong) - 5} more)" if len(wrong) > 5 else ""))
    return wrote_source


def _same(column: str, written: str, loaded: object) -> bool:
    try:
        if column == "value":
            return float(written) == float(loaded)  # type: ignore[arg-type]
        if column in ("start", "end"):
            return bool(int(written) == int(loaded))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return False
    if column in ("quote", "as_printed"):
        return written == loaded
    return written.strip() == str(loaded).strip()


def _read_back(data_dir: Path, rows: Sequence[Mapping[str, str]], article: Article | None,
               new_cities: Sequence[Mapping[str, str]] = (), new_sectors: Sequence[Mapping[str, str]] = ()) -> list[str]:
    """What of the new source, cities and rows does not load back from the folder exactly as written."""
    problems: list[Problem] = []
    sources = factbase.read_sources(data_dir, problems)
    cities = factbase.read_labels(data_dir, "cities.csv", schema.CITY_COLUMNS, problems)
    wrong_cities = [f"cities.csv: city {c.get('id')!r} did not load back" for c in new_cities
                    if str(c.get("id", "")).strip() not in cities]
    sectors = factbase.read_labels(data_dir, "sectors.csv", schema.SECTOR_COLUMNS, problems)
    wrong_cities += [f"sectors.csv: sector {s.get('id')!r} did not load back" for s in new_sectors
                     if str(s.get("id", "")).strip() not in sectors]
    facts = factbase.read_facts(data_dir, sources, cities, sectors, problems)
    wrong: list[str] = wrong_cities
    if article is not None:
        source = sources.get(article.source_id)
        if source is None or not source.verified or source.text != article.text:
            wrong.append(f"sources.csv: source {article.source_id!r} did not load back with its text")
    position = {fid: i for i, fid in enumerate(facts["id"])}
    for row in rows:
        fid = str(row.get("id", "")).strip()
        i = position.get(fid)
        if i is None:
            why = next((p.message for p in problems if p.fact_id == fid and p.file == "facts.csv"), "not loaded")
            wrong.append(f"facts.csv: [{fid}] {why}")
            continue
        loaded = facts.iloc[i]
        differs = [c for c in schema.FACT_COLUMNS if not _same(c, str(row.get(c, "")), loaded[c])]
        if differs:
            wrong.append(f"facts.csv: [{fid}] reads back with other {', '.join(differs)}")
    return wrong

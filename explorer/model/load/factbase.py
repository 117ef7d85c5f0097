"""Loading the fact base from its data folder, checking every fact against its source.

Loading never stops at the first problem: each problem names the file, the line, the
fact id and what is wrong, and every valid row still loads. The parts of a fact base and
the shared checks live in ``records``; this module reads the files and puts them together.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from explorer.model import schema
from explorer.model.claims.agreement import claims_arrays, restore_claims
from explorer.model.claims.grouping import add_claims
from explorer.model.derived import add_derived
from explorer.model.files import safe_read
from explorer.model.load import cache, fastload
from explorer.model.load.records import Caches, FactBase, Label, Source, check_fact, facts_frame, facts_unread
from explorer.model.load.tables import FIELD_LIMIT, Problem, read_table
from explorer.model.numbers import to_base
from explorer.model.vocab.aliases import load_aliases
from explorer.model.vocab.vocabulary import load_vocabulary

if TYPE_CHECKING:
    from explorer.model.vocab.metrics import MetricTable
    from explorer.model.vocab.units import Unit

# The parts and checks, named here too: code that loads a folder finds them beside load_fact_base.
__all__ = ["FIELD_LIMIT", "Caches", "FactBase", "Label", "Problem", "Source", "check_fact", "facts_frame",
           "facts_unread", "load_fact_base", "read_facts", "read_labels", "read_sources", "read_table"]


def _safe_source_path(data_dir: Path, rel: str) -> tuple[Path | None, str]:
    """The source file, or None and why: only relative paths inside the data folder are read."""
    if not rel:
        return None, "path is empty"
    bad_name = safe_read.name_problem(rel)
    if bad_name:
        return None, f"path {rel!r} {bad_name}; refused"
    candidate = Path(rel)
    if candidate.is_absolute() or rel.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", rel):
        return None, f"path {rel!r} is absolute; only paths inside the data folder are read"
    if ".." in candidate.parts:
        return None, f"path {rel!r} leaves the data folder; refused"
    try:
        root = data_dir.resolve()
        resolved = (data_dir / candidate).resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop
        return None, f"path {rel!r} cannot be resolved ({exc}); refused"
    if not resolved.is_relative_to(root):
        return None, f"path {rel!r} points outside the data folder (a link?); refused"
    return resolved, ""


def read_sources(data_dir: Path, problems: list[Problem]) -> dict[str, Source]:
    """sources.csv of a folder with each source's text read and its sha256 checked; problems appended."""
    sources: dict[str, Source] = {}
    for line, row in read_table(data_dir / "sources.csv", "sources.csv", schema.SOURCE_COLUMNS, problems):
        sid = row["id"].strip()
        if not sid:
            problems.append(Problem("sources.csv", line, None, "empty id; row rejected"))
            continue
        if sid in sources:
            problems.append(Problem("sources.csv", line, sid, "duplicate source id; row rejected"))
            continue
        path, why = _safe_source_path(data_dir, row["path"].strip())
        text: str | None = None
        verified = False
        if path is None:
            problems.append(Problem("sources.csv", line, sid, why))
        else:
            try:
                raw = safe_read.read_bytes(path, data_dir, safe_read.TEXT_LIMIT)
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                problems.append(Problem(row["path"], None, sid, f"source text is not UTF-8 ({exc.reason})"))
            except OSError as exc:  # missing, a FIFO, a device, too large, unreadable
                problems.append(Problem("sources.csv", line, sid,
                                        f"source text {row['path']!r} {safe_read.describe(exc)}"))
            else:
                actual = hashlib.sha256(raw).hexdigest()
                expected = row["sha256"].strip().lower()
                verified = actual == expected
                if not verified:
                    problems.append(Problem(
                        "sources.csv", line, sid,
                        f"sha256 of {row['path']} is {actual}, sources.csv says {expected or '(empty)'}: "
                        "the text changed, so its facts are marked unverified"))
        extra = {k: v for k, v in row.items() if k not in schema.SOURCE_COLUMNS and k != "id"}
        sources[sid] = Source(sid, row["title"], row["date"], row["path"], row["sha256"], text, verified, extra)
    return sources


def read_labels(data_dir: Path, name: str, required: tuple[str, ...],
                 problems: list[Problem]) -> dict[str, Label]:
    """A label table (cities.csv, sectors.csv) by id; rows without an id or repeated are reported and left out."""
    labels: dict[str, Label] = {}
    for line, row in read_table(data_dir / name, name, required, problems):
        lid = row["id"].strip()
        if not lid:
            problems.append(Problem(name, line, None, "empty id; row rejected"))
        elif lid in labels:
            problems.append(Problem(name, line, lid, "duplicate id; row rejected"))
        else:
            labels[lid] = Label(lid, row["name"].strip() or lid, row.get("name_zh", "").strip(),
                                row.get("description", "").strip())
    return labels


def read_facts(data_dir: Path, sources: dict[str, Source], cities: dict[str, Label],
                sectors: dict[str, Label], problems: list[Problem], units: dict[str, Unit] | None = None,
                metrics: MetricTable | None = None, ahead: fastload.ReadAhead | None = None) -> pd.DataFrame:
    """facts.csv of a folder, checked against the tables given; rows with errors are reported and left out.

    ``ahead``: facts.csv read and parsed already (``fastload.ReadAhead``, begun at the start of the load)."""
    # A regular file is checked a column at a time; anything unusual takes the row-by-row path below.
    facts_csv = data_dir / "facts.csv"
    regular = ahead.result() if ahead is not None else fastload.read_regular(facts_csv, schema.FACT_COLUMNS,
                                                                             FIELD_LIMIT)
    if regular is not None:
        return fastload.check_columns(*regular, sources, cities, sectors, problems, units, metrics)
    records: list[dict[str, object]] = []
    seen: dict[str, int] = {}
    for line, row in read_table(data_dir / "facts.csv", "facts.csv", schema.FACT_COLUMNS, problems):
        fid = row["id"].strip()
        if not fid:
            problems.append(Problem("facts.csv", line, None, "empty id; row rejected"))
            continue
        if fid in seen:
            problems.append(Problem("facts.csv", line, fid,
                                    f"duplicate id (first on line {seen[fid]}); row rejected"))
            continue
        seen[fid] = line
        errors, typed = check_fact(row, sources, cities, sectors, units, metrics)
        if errors:
            for err in errors:
                problems.append(Problem("facts.csv", line, fid, f"{err}; row rejected"))
            continue
        record: dict[str, object] = {c: row[c].strip() for c in schema.FACT_COLUMNS}
        record.update(quote=row["quote"], as_printed=row["as_printed"], note=row.get("note", ""))
        record.update(typed)
        value = float(typed["value"])  # type: ignore[arg-type]
        base, base_unit = to_base(value, record["unit"], units)  # type: ignore[arg-type]
        record.update(value_base=base, base_unit=base_unit, derived=False, formula="",
                      inputs="", check="", line=line)
        records.append(record)
    return facts_frame(records)


def load_fact_base(data_dir: Path | str, use_cache: bool = False, previous: FactBase | None = None,
                   cache_writes: list[cache.PendingWrite] | None = None) -> FactBase:
    """Load and check a data folder; problems are collected, valid rows always load.

    ``use_cache``: the caller's choice (the app and the command line make it): a large facts.csv that
    has not changed since it was last checked loads from the user's cache folder, and a checked one is
    kept there (``explorer.model.load.cache``; ``FACT_EXPLORER_NO_CACHE=1`` still turns it off). By
    default nothing is read from or written to the cache. The data folder itself is never written.
    ``previous``: the fact base of an earlier load of this folder (the window reloads after an import):
    its claims are updated for the facts that changed instead of built again.
    ``cache_writes``: where a checked load puts the cache entry it made, unwritten, for the caller to
    ``start`` once the facts are shown (the window); without it the entry is written before returning.
    """
    data_dir = Path(data_dir)
    problems: list[Problem] = []
    if not data_dir.is_dir():
        problems.append(Problem(str(data_dir), None, None,
                                "is not a folder" if data_dir.exists() else "data folder does not exist"))
    # Unless the cache will most likely have them, the facts are read and parsed meanwhile in a thread of their own
    # (and hashed there for the cache key); else facts.csv is only hashed meanwhile, in a thread of its own.
    keyed = use_cache and cache.cache_dir() is not None
    ahead = fastload.ReadAhead(data_dir / "facts.csv", schema.FACT_COLUMNS, FIELD_LIMIT,
                               cache.MIN_BYTES if keyed else None) \
        if data_dir.is_dir() and not (keyed and cache.likely_hit(data_dir)) else None
    digest: cache.Digest | None = (ahead or cache.FactsDigest(data_dir)) if keyed else None
    with safe_read.recording() as reads:
        sources = read_sources(data_dir, problems)
        cities = read_labels(data_dir, "cities.csv", schema.CITY_COLUMNS, problems)
        sectors = read_labels(data_dir, "sectors.csv", schema.SECTOR_COLUMNS, problems)
        vocab = load_vocabulary(data_dir, problems)
        aliases = load_aliases(data_dir, problems)
    # Unchanged facts.csv, files read above and checking code: reuse the last check's result.
    key = cache.key_for(data_dir, reads, digest=digest) if use_cache else None
    hit = cache.load(data_dir, key) if key is not None else None
    if hit is not None:
        base = FactBase(data_dir, hit[0], sources, cities, sectors, problems + hit[1], vocab, None, aliases)
        if not restore_claims(base, hit[2]):  # the claims and agreement view are kept beside the facts
            add_claims(base)
        return base
    checked_from = len(problems)
    facts = read_facts(data_dir, sources, cities, sectors, problems, vocab.units, vocab.metrics, ahead)
    for sid, source in sources.items():
        if not source.verified and (facts["source_id"] == sid).any():
            n = int((facts["source_id"] == sid).sum())
            problems.append(Problem("sources.csv", None, sid,
                                    f"{n} fact(s) of this source are loaded as unverified", "warning"))
    base = FactBase(data_dir, facts, sources, cities, sectors, problems, vocab, None, aliases)
    add_derived(base)
    add_claims(base, previous.claims if previous is not None else None)
    if key is not None:
        write = cache.PendingWrite(data_dir, key, base.facts, base.problems[checked_from:], claims_arrays(base))
        if cache_writes is None:
            write.run()
        else:
            cache_writes.append(write)
    return base

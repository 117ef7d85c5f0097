"""Checked facts kept in the user's cache folder, so an unchanged data folder loads without re-checking.

One ``.npz`` file per data folder under ``$XDG_CACHE_HOME/fact-explorer/facts`` (or
``~/.cache/...``), never inside the data folder. Arrays only, read with
``allow_pickle=False``: text columns are stored once per distinct value (UTF-8 bytes and
lengths) with an integer code per row. The key covers facts.csv (size, mtime and
sha256), every file the load read before it (size, mtime and sha256: sources.csv, the
source texts, the label and vocabulary tables) and every module of the model package, so
any change to one of them, a renamed file included, means a full check again.
``FACT_EXPLORER_NO_CACHE=1`` turns the cache off.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import pandas as pd
import pyarrow as pa

from explorer.model.files import safe_read
from explorer.model.files.safe_write import remove_stale_temporaries
from explorer.model.load.fastload import file_identity
from explorer.model.load.tables import Problem

FORMAT = 4  # 2: the claims beside the facts; 3: text as bytes per distinct value; 4: or per row
# Below this size checking the file is about as fast as reading the cache, so small folders skip it.
MIN_BYTES = 4 * 1024 * 1024
# A text column of over 4x this many rows whose sample of this many is mostly distinct is stored row by row.
DISTINCT_SAMPLE = 20_000
_ENTRY_LIMIT = 4 * safe_read.TABLE_LIMIT  # an entry holds about what facts.csv holds


def cache_dir() -> Path | None:
    if os.environ.get("FACT_EXPLORER_NO_CACHE"):
        return None
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "fact-explorer" / "facts"


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with safe_read.open_regular(path, path.parent) as fh:
        for chunk in iter(lambda: fh.read(1 << 22), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _code_digest() -> str:
    """Every module of the model package and the bundled tables it may fall back on, found, not listed."""
    from explorer.model.files.paths import bundled_data_dir

    digest = hashlib.sha256()
    here = Path(__file__).resolve().parents[1]  # explorer/model
    files = [(p.relative_to(here).as_posix(), p) for p in sorted(here.rglob("*.py"))]
    files += [(f"bundled/{p.name}", p) for p in sorted(bundled_data_dir().glob("*.csv"))]
    for name, path in files:
        digest.update(json.dumps([name, hashlib.sha256(path.read_bytes()).hexdigest()]).encode("utf-8"))
    return digest.hexdigest()


class FactsDigest:
    """The sha256 of a folder's facts.csv, hashed in a thread of its own from the start of a load (hashlib lets
    go of the GIL), so it overlaps reading sources.csv, the texts and the tables; ``key_for`` takes it."""

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir
        self._found: tuple[tuple[int, ...], str] | None = None
        self._thread = threading.Thread(target=self._run, name="facts-digest", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        facts = self._data_dir / "facts.csv"
        try:
            safe_read.check(facts, self._data_dir)  # a FIFO or a link out is never hashed
            before = facts.stat()
            if before.st_size < MIN_BYTES:
                return
            sha = _file_sha256(facts)
            after = facts.stat()
        except Exception:  # whatever it is, key_for meets it again on the load's own thread and decides there
            return
        if file_identity(before) == file_identity(after):
            self._found = (file_identity(after), sha)

    def sha256(self, stat: os.stat_result) -> str | None:
        """The digest when the file is still the one hashed (else None: the caller hashes it itself)."""
        self._thread.join()
        found = self._found
        return found[1] if found is not None and found[0] == file_identity(stat) else None


def likely_hit(data_dir: Path) -> bool:
    """Whether this folder's entry was written after facts.csv last changed: a load will most likely find it
    (then facts.csv is not read ahead for checking). A guess only: the key decides."""
    path = _path(data_dir)
    try:
        return path is not None and path.is_file() and path.stat().st_mtime_ns >= (data_dir / "facts.csv").stat().st_mtime_ns
    except OSError:
        return False


class Digest(Protocol):
    """facts.csv's sha256 begun before the key is made (``FactsDigest``, ``fastload.ReadAhead``)."""

    def sha256(self, stat: os.stat_result) -> str | None: ...


def key_for(data_dir: Path, reads: list[safe_read.Read], min_bytes: int | None = None,
            digest: Digest | None = None) -> str | None:
    """What the checked facts depend on, hashed; None when the folder is too small to cache.

    ``reads`` are the files read before the facts (``safe_read.recording``: sources.csv, the
    source texts, the label and vocabulary tables), so the key follows whatever the load read.
    ``digest``: facts.csv's sha256 begun earlier (``FactsDigest``), used while the file is unchanged since.
    """
    facts = data_dir / "facts.csv"
    try:
        safe_read.check(facts, data_dir)  # a FIFO or a link out is never hashed: the loader reports it
        stat = facts.stat()
    except OSError:
        return None
    if stat.st_size < (MIN_BYTES if min_bytes is None else min_bytes):
        return None
    try:
        sha = (digest.sha256(stat) if digest is not None else None) or _file_sha256(facts)
        code = _code_digest()
    except OSError:
        return None
    root = data_dir.resolve()
    read: list[Any] = []
    for path, size, mtime_ns, file_sha in reads:
        resolved = Path(path).resolve()
        name = resolved.relative_to(root).as_posix() if resolved.is_relative_to(root) else str(resolved)
        read.append([name, size, mtime_ns, file_sha])
    parts: list[Any] = [FORMAT, code, str(facts.resolve()), stat.st_size, stat.st_mtime_ns, sha, read]
    return hashlib.sha256(json.dumps(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _path(data_dir: Path) -> Path | None:
    root = cache_dir()
    if root is None:
        return None
    name = hashlib.sha256(str(data_dir.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return root / f"{name}.npz"


def _texts(npz: Any, name: str) -> np.ndarray:
    """Stored texts (``_put_texts``) as Python strings: one Arrow array over the stored bytes makes them."""
    data, lengths = npz[f"{name}.text"], npz[f"{name}.len"]
    if lengths.dtype != np.int64:
        raise ValueError("cache entry: unknown text layout")
    offsets = np.r_[np.int64(0), np.cumsum(lengths)]
    if offsets[-1] != len(data):
        raise ValueError("cache entry: text and lengths disagree")
    values = pa.Array.from_buffers(pa.large_string(), len(lengths), [None, pa.py_buffer(offsets), pa.py_buffer(data)])
    values.validate(full=True)  # UTF-8 throughout, offsets in order
    return np.asarray(values.to_numpy(zero_copy_only=False), dtype=object)


def _decode(npz: Any, name: str, kind: str) -> Any:
    """One stored column or array (``_encode``)."""
    if kind == "str":  # each distinct text once, and a code per row
        return _texts(npz, name)[npz[f"{name}.codes"]]
    if kind == "text":  # every row's text
        return _texts(npz, name)
    if kind == "Int64":
        return pd.arrays.IntegerArray(npz[f"{name}.values"], npz[f"{name}.mask"])
    return npz[name]


def load(data_dir: Path, key: str) -> tuple[pd.DataFrame, list[Problem], dict[str, np.ndarray]] | None:
    """The cached facts, problems and extra arrays (``store``'s ``extra``) for ``key``, or None (absent,
    stale or unreadable)."""
    path = _path(data_dir)
    if path is None or not path.is_file():
        return None
    try:
        with safe_read.open_regular(path, limit=_ENTRY_LIMIT) as fh, np.load(fh, allow_pickle=False) as npz:
            meta = json.loads(npz["meta"].tobytes().decode("utf-8"))
            if meta.get("key") != key:
                return None
            columns: dict[str, Any] = {}
            for name, kind in meta["columns"]:
                value = _decode(npz, name, kind)
                columns[name] = pd.Series(value, dtype="str") if kind in ("str", "text") else value
            extra = {name: _decode(npz, f"x:{name}", kind) for name, kind in meta.get("extra", [])}
            problems = [Problem(*p) for p in meta["problems"]]
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError, json.JSONDecodeError, pa.ArrowException):
        return None
    return pd.DataFrame(columns), problems, extra


def _put_texts(name: str, values: np.ndarray, arrays: dict[str, np.ndarray]) -> None:
    """Texts as their UTF-8 bytes end to end and each one's length in bytes (``_texts`` reads them)."""
    texts = pa.array(values, type=pa.large_string())  # offset 0: made here
    _, offsets_buffer, data_buffer = texts.buffers()
    offsets = np.frombuffer(offsets_buffer, dtype=np.int64)[: len(texts) + 1] if len(texts) else np.zeros(1, np.int64)
    arrays[f"{name}.len"] = np.diff(offsets)
    arrays[f"{name}.text"] = np.frombuffer(data_buffer if data_buffer is not None else b"",
                                           dtype=np.uint8)[: int(offsets[-1])]


def _mostly_distinct(values: np.ndarray) -> bool:
    """Whether most texts of a long column differ (ids, figures as printed): not worth a code per row."""
    if len(values) < 4 * DISTINCT_SAMPLE:
        return False
    picked = values[:DISTINCT_SAMPLE].tolist()  # rows side by side: facts of one sentence share its quote
    return len(set(picked)) > len(picked) // 2


def _encode(name: str, col: Any, arrays: dict[str, np.ndarray]) -> str:
    """Put one column or array into ``arrays`` under ``name``; its kind for ``_decode``."""
    dtype = getattr(col, "dtype", None)
    if isinstance(dtype, pd.Int64Dtype):
        series = pd.Series(col)
        arrays[f"{name}.values"] = series.to_numpy(dtype=np.int64, na_value=0)
        arrays[f"{name}.mask"] = series.isna().to_numpy()
        return "Int64"
    if pd.api.types.is_string_dtype(dtype) or (isinstance(dtype, np.dtype) and dtype.kind == "O"):
        objects = col.to_numpy(dtype=object) if isinstance(col, pd.Series) else np.asarray(col, dtype=object)
        if _mostly_distinct(objects):  # hashing every text to find the few repeats costs more than it saves
            _put_texts(name, objects, arrays)
            return "text"
        codes, uniques = pd.factorize(objects, use_na_sentinel=False)
        arrays[f"{name}.codes"] = codes.astype(np.int32)
        _put_texts(name, np.asarray(uniques, dtype=object), arrays)
        return "str"
    arrays[name] = np.asarray(col)
    return "array"


# One entry written at a time in this process; a file lock beside the entry keeps other processes' writers out.
_WRITING = threading.Lock()
LOCK_TIMEOUT = 60.0  # seconds another writer may hold an entry's lock; after that the entry is not written


class PendingWrite:
    """A cache entry a load made but has not written: ``start`` writes it in a thread of its own.

    The window shows the facts first and writes the entry (~3 s at a million facts) after. The
    entry appears whole or not at all (``store`` replaces it atomically, under its lock), so a load
    of the folder meanwhile either reads the previous complete entry or checks the facts again.
    The thread is not a daemon: a process that ends right after a load still finishes the entry.
    """

    def __init__(self, data_dir: Path, key: str, facts: pd.DataFrame, problems: list[Problem],
                 extra: Mapping[str, np.ndarray] | None = None) -> None:
        self._args = (data_dir, key, facts, list(problems), dict(extra or {}))
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Write the entry in the background (once; a second call does nothing)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self.run, name="cache-write")
            self._thread.start()

    def run(self) -> None:
        """Write the entry on the calling thread."""
        store(*self._args)

    def join(self, timeout: float | None = None) -> bool:
        """Wait for a started write; True once it is over (written or given up)."""
        if self._thread is None:
            return False
        self._thread.join(timeout)
        return not self._thread.is_alive()


def store(data_dir: Path, key: str, facts: pd.DataFrame, problems: list[Problem],
          extra: Mapping[str, np.ndarray] | None = None) -> None:
    """Write the cache entry atomically, locked against other writers; a cache that cannot be written is not used.

    ``extra``: arrays made from the facts that loading would otherwise make again (the claims), given
    back by ``load`` under the same names; arrays of objects are stored as text."""
    from filelock import FileLock, Timeout  # here: ~10 ms of imports a start-up with a small folder never needs

    path = _path(data_dir)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _WRITING, FileLock(f"{path}.lock", timeout=LOCK_TIMEOUT):
            # Under the entry's lock no other writer of it is at work: a temporary of it here is a killed
            # writer's (hundreds of MB at a million facts), never to be renamed: removed.
            remove_stale_temporaries(path.parent, [path.name])
            _write(path, key, facts, problems, extra)
    except (OSError, Timeout):
        return


def _write(path: Path, key: str, facts: pd.DataFrame, problems: list[Problem],
           extra: Mapping[str, np.ndarray] | None) -> None:
    arrays: dict[str, np.ndarray] = {}
    try:
        columns = [(name, _encode(name, facts[name].array if isinstance(facts[name].dtype, pd.Int64Dtype)
                                  else facts[name], arrays)) for name in facts.columns]
        kept = [(name, _encode(f"x:{name}", values, arrays)) for name, values in (extra or {}).items()]
    except (pa.ArrowException, UnicodeEncodeError, ValueError, TypeError):  # a lone surrogate, say: not cached
        return
    meta = {"key": key, "columns": columns, "extra": kept,
            "problems": [[p.file, p.line, p.fact_id, p.message, p.severity] for p in problems]}
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")  # (safe_write's names)
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, allow_pickle=False, **arrays)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

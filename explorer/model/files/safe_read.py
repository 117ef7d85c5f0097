"""Reading a file only when it is a regular file (inside its folder, when one is given) and not too large.

A FIFO blocks its reader for ever, a device such as /dev/zero fills the memory, and a link
may lead to any file of the user's (/etc/shadow). Each is refused by ``os.stat`` before it
is opened; the file is then opened without blocking and checked again on the open
descriptor, so a file swapped in between is refused too. ``RefusedFile`` is an ``OSError``:
code that reports an unreadable file reports a refused one the same way, and its text is
a clause to put after the file's name ("is a FIFO (named pipe), not a regular file; not read").
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import BinaryIO

# facts.csv of a million facts is about 350 MB and needs about 1.8 GB of memory once loaded.
TABLE_LIMIT = 1 << 30
# An article is tens of kilobytes; extraction takes about a second per megabyte.
TEXT_LIMIT = 64 << 20
NAME_MAX = 255  # bytes in one part of a path, on every common file system

_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


class RefusedFile(OSError):
    """A file that was not read, and why (``str(exc)``, a clause to follow the file's name)."""


def size_text(n: int) -> str:
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}".replace(".0 ", " ")
    return f"{n} bytes"


def name_problem(rel: str) -> str | None:
    """Why ``rel`` cannot name a file on this system (a NUL byte, a part over 255 bytes), or None."""
    if "\x00" in rel:
        return "contains a NUL byte (\\x00), which no file name can hold"
    for part in rel.replace("\\", "/").split("/"):
        if len(os.fsencode(part)) > NAME_MAX:
            return f"has a name part of {len(os.fsencode(part))} bytes; file names are at most {NAME_MAX}"
    return None


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):  # a symlink loop, a NUL byte
        return False


def check(path: Path, folder: Path | None = None, limit: int = TABLE_LIMIT) -> None:
    """Raise RefusedFile (or FileNotFoundError, another OSError) unless ``path`` may be read; opens nothing."""
    path = Path(path)
    why = name_problem(str(path))
    if why:
        raise RefusedFile(f"{why}; not read")
    if folder is not None and not _inside(path, folder):
        raise RefusedFile("is a link to outside the data folder (or a loop); refused, not read")
    _check_stat(os.stat(path), limit)


def _check_stat(st: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise RefusedFile(f"is {_kind(st.st_mode)}, not a regular file; not read")
    if st.st_size > limit:
        raise RefusedFile(f"is {size_text(st.st_size)}, over the limit of {size_text(limit)} for this file; not read")


@contextmanager
def open_regular(path: Path, folder: Path | None = None, limit: int = TABLE_LIMIT) -> Iterator[BinaryIO]:
    """The file opened for reading in binary, after ``check``; the open file is checked again."""
    check(path, folder, limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)  # never blocks, even should a FIFO have taken the file's place
    try:
        _check_stat(os.fstat(fd), limit)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file: reads are complete, never short for want of data
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as fh:
        yield fh


# One file read_bytes was asked for: (path, size, mtime_ns, sha256), the last three None when it was not read.
Read = tuple[str, int | None, int | None, str | None]
_reads: ContextVar[list[Read] | None] = ContextVar("reads", default=None)


@contextmanager
def recording() -> Iterator[list[Read]]:
    """Every file ``read_bytes`` reads (or fails to read) in this thread while active, in order.

    What a result depends on, taken from what was read rather than from a list of names kept
    by hand (the cache of checked facts is keyed on it).
    """
    reads: list[Read] = []
    token = _reads.set(reads)
    try:
        yield reads
    finally:
        _reads.reset(token)


def read_bytes(path: Path, folder: Path | None = None, limit: int = TABLE_LIMIT) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (inside ``folder`` if given), or RefusedFile."""
    reads = _reads.get()
    try:
        raw, st = _read(path, folder, limit)
    except OSError:
        if reads is not None:
            reads.append((str(path), None, None, None))
        raise
    if reads is not None:
        reads.append((str(path), st.st_size, st.st_mtime_ns, hashlib.sha256(raw).hexdigest()))
    return raw


def _read(path: Path, folder: Path | None, limit: int) -> tuple[bytes, os.stat_result]:
    with open_regular(path, folder, limit) as fh:
        st = os.fstat(fh.fileno())
        # read(n) allocates n bytes up front: ask for the size the file has, then for what it grew by.
        chunks = [fh.read(st.st_size)]
        total = len(chunks[0])
        while chunk := fh.read(1 << 20):
            total += len(chunk)
            if total > limit:
                raise RefusedFile(f"grew past the limit of {size_text(limit)} for this file while being read; "
                                  "not read")
            chunks.append(chunk)
    return (chunks[0] if len(chunks) == 1 else b"".join(chunks)), st


def describe(exc: OSError) -> str:
    """An OSError as a clause after a file's name: 'is a FIFO …', 'is missing', 'cannot be read: Permission denied'."""
    if isinstance(exc, RefusedFile):
        return str(exc)
    if isinstance(exc, FileNotFoundError):
        return "is a link to nothing" if exc.filename and os.path.islink(exc.filename) else "is missing"
    return f"cannot be read: {exc.strerror or exc}"

"""Writing files as a careful tool does: atomically, only over regular files, keeping their mode.

A file is written to a temporary file beside it (``.NAME.XXXXXXXX.tmp``) and renamed over
it, so a reader sees the old bytes or the new ones, never half. Only a regular file or a
new path is ever replaced: a symbolic link, a FIFO, a device or a folder is refused
before anything is written. The replaced file keeps its mode (and, where allowed, its
owner and group); a new file gets what the umask gives any new file.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_TEMP_SUFFIX = ".tmp"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class UnsafeTarget(OSError):
    """The path is not one this program replaces (a link, a device, a FIFO, a folder, …)."""

    def __init__(self, path: Path | str, why: str) -> None:
        super().__init__(errno.EINVAL, why, str(path))
        self.why = why

    def __str__(self) -> str:
        return f"{self.filename}: {self.why}"


def refusal(path: Path | str) -> str | None:
    """Why ``path`` must not be replaced by a new file, or None if it is a regular file or a new path."""
    text = str(path)
    if not text:
        return "no file name given"
    path = Path(text)
    try:
        st = path.lstat()
    except FileNotFoundError:
        parent = path.parent
        if not parent.is_dir():
            return f"is in folder {str(parent)!r}, which does not exist" if not parent.exists() else \
                f"is in {str(parent)!r}, which is not a folder"
        return None
    except OSError as exc:
        return f"cannot be examined: {exc.strerror or exc}"
    if stat.S_ISLNK(st.st_mode):
        return "is a symbolic link; refusing to replace it (give the path it points to, or a new file)"
    if stat.S_ISDIR(st.st_mode):
        return "is a folder, not a file"
    if not stat.S_ISREG(st.st_mode):
        kind = ("a FIFO" if stat.S_ISFIFO(st.st_mode) else "a character device" if stat.S_ISCHR(st.st_mode)
                else "a block device" if stat.S_ISBLK(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode)
                else "not a regular file")
        return f"is {kind}; only a regular file or a new path is replaced"
    return None


def temp_pattern(name: str) -> re.Pattern[str]:
    """The names of this module's temporary files for a target called ``name``."""
    return re.compile(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}{re.escape(_TEMP_SUFFIX)}")


def remove_stale_temporaries(folder: Path, names: Iterable[str] | None) -> list[Path]:
    """Delete temporaries for ``names`` (None: for any name) left in ``folder`` by a writer that was killed.

    Call it only while holding the lock every writer of the folder takes: then no
    temporary file there belongs to a write still under way.
    """
    patterns = [temp_pattern(name) for name in names] if names is not None else \
        [re.compile(rf"\..+\.[a-z0-9_]{{8}}{re.escape(_TEMP_SUFFIX)}")]
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if any(p.fullmatch(entry.name) for p in patterns) and entry.is_file(follow_symlinks=False):
            try:
                os.unlink(entry.path)
            except OSError:
                continue
            removed.append(Path(entry.path))
    return removed


def _open_temp(path: Path) -> tuple[int, Path]:
    for _ in range(100):
        tmp = path.parent / f".{path.name}.{secrets.token_hex(4)}{_TEMP_SUFFIX}"
        try:
            # 0o666 as any new file: the kernel takes the umask off.
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, 0o666)
        except FileExistsError:
            continue
        return fd, tmp
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(path.parent))


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def stage(path: Path, data: bytes) -> Path:
    """Write ``data`` to a new temporary file beside ``path``, synced, with the mode ``path`` will have."""
    path = Path(path)
    why = refusal(path)
    if why is not None:
        raise UnsafeTarget(path, why)
    fd, tmp = _open_temp(path)
    try:
        try:
            old = os.stat(path, follow_symlinks=False)
        except FileNotFoundError:
            old = None
        if old is not None and hasattr(os, "fchmod"):  # POSIX; elsewhere a new file's mode is the only one
            os.fchmod(fd, stat.S_IMODE(old.st_mode))
            try:
                os.fchown(fd, old.st_uid if os.geteuid() == 0 else -1, old.st_gid)
            except OSError:
                pass  # not ours to give away; the mode is what matters to the other users
        _write_all(fd, data)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    try:
        os.close(fd)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` (a regular file or a new path) with ``data``: all of it or nothing."""
    path = Path(path)
    tmp = stage(path, data)
    try:
        why = refusal(path)  # it may have changed while the data was written
        if why is not None:
            raise UnsafeTarget(path, why)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


@dataclass
class _Step:
    target: Path
    tmp: Path
    backup: Path | None = None
    old: bytes | None = None
    existed: bool = False
    done: bool = False


class Batch:
    """Several files replaced all together or not at all.

    ``add`` writes each new content to a temporary file first, so a full disk stops the
    batch before any file changed; ``commit`` then renames them in the order added and,
    should a rename fail, puts back what it had replaced. ``rollback`` undoes a committed
    batch (the caller found something wrong); ``close`` forgets the backups.
    """

    def __init__(self) -> None:
        self._steps: list[_Step] = []

    def __enter__(self) -> Batch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, path: Path, data: bytes, old: bytes | None = None) -> None:
        """Stage ``data`` for ``path``; ``old`` is its current content, kept in case it cannot be linked."""
        self._steps.append(_Step(Path(path), stage(Path(path), data), old=old))

    def commit(self) -> None:
        try:
            for step in self._steps:
                why = refusal(step.target)
                if why is not None:
                    raise UnsafeTarget(step.target, why)
                if step.target.exists():
                    step.backup = self._backup(step.target)
                    if step.backup is None and step.old is None:
                        step.old = step.target.read_bytes()
                    step.existed = True
                os.replace(step.tmp, step.target)
                step.done = True
        except BaseException:
            self.rollback()
            raise
        for folder in {step.target.parent for step in self._steps}:
            _sync_folder(folder)

    def _backup(self, target: Path) -> Path | None:
        """A hard link to the file about to be replaced: undoing the rename then needs no disk space."""
        for _ in range(100):
            backup = target.parent / f".{target.name}.{secrets.token_hex(4)}{_TEMP_SUFFIX}"
            try:
                os.link(target, backup, follow_symlinks=False)
            except FileExistsError:
                continue
            except OSError:
                return None  # no hard links here: the old bytes kept in memory do instead
            return backup
        return None

    def rollback(self) -> None:
        """Put every file this batch replaced back as it was; remove the new ones and the temporaries."""
        errors: list[BaseException] = []
        for step in reversed(self._steps):
            try:
                if step.done:
                    if step.backup is not None:
                        os.replace(step.backup, step.target)
                        step.backup = None
                    elif step.existed and step.old is not None:
                        write_atomic(step.target, step.old)
                    elif not step.existed:
                        step.target.unlink(missing_ok=True)
                    step.done = False
                else:
                    step.tmp.unlink(missing_ok=True)
            except OSError as exc:
                errors.append(exc)
        self.close()
        if errors:
            raise errors[0]

    def close(self) -> None:
        for step in self._steps:
            if not step.done:
                step.tmp.unlink(missing_ok=True)
            if step.backup is not None:
                step.backup.unlink(missing_ok=True)
                step.backup = None

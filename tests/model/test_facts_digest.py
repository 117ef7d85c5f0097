"""facts.csv hashed for the cache key in a thread from the start of a load: the same key, never a stale one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from benchmarks.synth import write as write_synth
from explorer.model.files import safe_read
from explorer.model.load import cache


@pytest.fixture
def folder(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "MIN_BYTES", 0)
    data = tmp_path / "data"
    write_synth(300, data)
    return data


def _reads(folder: Path) -> list[safe_read.Read]:
    with safe_read.recording() as reads:
        safe_read.read_bytes(folder / "sources.csv", folder, safe_read.TABLE_LIMIT)
    return reads


def test_the_key_is_the_same_with_the_digest_begun_early(folder: Path) -> None:
    reads = _reads(folder)
    digest = cache.FactsDigest(folder)
    assert cache.key_for(folder, reads, digest=digest) == cache.key_for(folder, reads)


def test_a_facts_file_changed_after_it_was_hashed_is_hashed_again(folder: Path) -> None:
    reads = _reads(folder)
    digest = cache.FactsDigest(folder)
    old = cache.key_for(folder, reads, digest=digest)
    path = folder / "facts.csv"
    data = path.read_bytes()
    changed = data.replace(b"F0000001", b"F0000X01", 1)
    assert len(changed) == len(data) and changed != data
    path.write_bytes(changed)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # a later mtime, whatever the clock
    new = cache.key_for(folder, reads, digest=digest)  # the digest is of the old content: not used
    assert new != old and new == cache.key_for(folder, reads)


def test_a_folder_without_facts_gives_no_digest_and_no_key(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(cache, "MIN_BYTES", 0)
    digest = cache.FactsDigest(tmp_path)
    assert digest.sha256(os.stat(tmp_path)) is None
    assert cache.key_for(tmp_path, [], digest=digest) is None


@pytest.mark.parametrize("how", ["rewritten", "replaced"])
def test_a_facts_file_changed_with_its_old_size_and_mtime_given_back_is_hashed_again(folder: Path, how: str) -> None:
    """`cp -p`, `rsync -t`, `touch -r` keep an mtime: a file rewritten (or replaced by another) after it was hashed,
    with the same size and the old mtime set back, still has a new ctime (or inode), which no program sets back."""
    reads = _reads(folder)
    path = folder / "facts.csv"
    before = path.stat()
    digest = cache.FactsDigest(folder)
    old = cache.key_for(folder, reads, digest=digest)
    data = path.read_bytes()
    changed = data.replace(b"F0000001", b"F0000X01", 1)
    assert len(changed) == len(data) and changed != data
    if how == "rewritten":
        path.write_bytes(changed)
    else:
        other = folder / "facts.new"
        other.write_bytes(changed)
        os.replace(other, path)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # the old mtime back, same size
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    new = cache.key_for(folder, reads, digest=digest)
    assert new != old and new == cache.key_for(folder, reads)

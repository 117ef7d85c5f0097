"""The user's own copy of a fact base (explorer.model.files.paths): where it goes, what it holds."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from explorer.model.files.paths import copy_fact_base, copy_target, read_only_data_dir, read_only_reason
from tests.conftest import skip_unless_ci


def _fact_base(folder: Path) -> Path:
    (folder / "sources").mkdir(parents=True)
    (folder / "facts.csv").write_text("id,metric\nF01,GDP\n", encoding="utf-8")
    (folder / "sources" / "a.txt").write_text("an article", encoding="utf-8")
    return folder


def test_an_empty_chosen_folder_gets_the_copy_itself(tmp_path: Path) -> None:
    source = _fact_base(tmp_path / "shipped")
    chosen = tmp_path / "mine"
    chosen.mkdir()
    target = copy_target(chosen)
    copy_fact_base(source, target)
    assert target == chosen
    assert (chosen / "facts.csv").read_bytes() == (source / "facts.csv").read_bytes()
    assert (chosen / "sources" / "a.txt").read_text(encoding="utf-8") == "an article"


def test_a_folder_with_files_gets_a_new_fact_base_folder_inside(tmp_path: Path) -> None:
    source = _fact_base(tmp_path / "shipped")
    chosen = tmp_path / "documents"
    chosen.mkdir()
    (chosen / "letter.txt").write_text("keep me", encoding="utf-8")
    first = copy_target(chosen)
    copy_fact_base(source, first)
    second = copy_target(chosen)
    copy_fact_base(source, second)
    assert (first.name, second.name) == ("fact-base", "fact-base-2")
    assert (second / "facts.csv").is_file()
    assert (chosen / "letter.txt").read_text(encoding="utf-8") == "keep me"  # nothing of the user's is touched


def test_a_copy_that_cannot_be_made_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        copy_fact_base(tmp_path / "missing", copy_target(tmp_path / "mine"))


def test_a_writable_folder_of_the_user_is_not_read_only(tmp_path: Path) -> None:
    assert not read_only_data_dir(_fact_base(tmp_path / "mine"))
    assert read_only_reason(tmp_path / "mine") is None


def test_a_folder_the_user_cannot_write_is_read_only(tmp_path: Path) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Root writes through any mode bits; a read-only mount stops root too.
        mount = tmp_path / "ro"
        mount.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True)
        if done.returncode != 0:
            skip_unless_ci(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
        try:
            folder = _fact_base(mount / "locked")
            assert not read_only_data_dir(folder)
            subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
            assert read_only_data_dir(folder) and read_only_reason(folder) == "unwritable"
        finally:
            subprocess.run(["umount", "-l", str(mount)], check=True)
        return
    folder = _fact_base(tmp_path / "locked")
    folder.chmod(0o555)
    try:
        assert read_only_data_dir(folder) and read_only_reason(folder) == "unwritable"
    finally:
        folder.chmod(0o755)

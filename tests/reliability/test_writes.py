"""Writes as a careful tool makes them: imports into odd folders, full disks, ``-o`` onto odd paths, file modes.

Every import here goes through ``read_article`` and ``accept`` as the review dialog does;
every ``-o`` through the command line's ``main``; the window's exports through its menu.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from explorer.cli import main
from explorer.model.extract.importing import LOCK_NAME, Article, FolderRefused, accept, read_article
from explorer.model.load.factbase import load_fact_base
from tests.conftest import ROOT, skip_unless_ci
from tests.reliability.import_worker import article_text, fact_row, small_fact_base

# ---- helpers ------------------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return small_fact_base(tmp_path / "data")


@pytest.fixture
def umask() -> Iterator[Callable[[int], None]]:
    old = os.umask(0o022)
    yield os.umask
    os.umask(old)


def _article(tmp_path: Path, folder: Path, n: int = 3, tag: str = "gamma") -> tuple[Article, list[dict[str, str]]]:
    text, quote, figure = article_text(tag, n)
    path = tmp_path / f"{tag}-{n}.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(path, folder)
    return article, [fact_row(article.source_id, text, quote, figure, n)]


def _snapshot(folder: Path) -> dict[str, tuple[Any, ...]]:
    """Every entry of the folder (but the lock file): its kind, mode and content or link target."""
    out: dict[str, tuple[Any, ...]] = {}
    for path in sorted(folder.rglob("*")):
        if path.name == LOCK_NAME:
            continue
        st = path.lstat()
        if stat.S_ISLNK(st.st_mode):
            out[str(path.relative_to(folder))] = ("link", os.readlink(path))
        elif stat.S_ISREG(st.st_mode):
            out[str(path.relative_to(folder))] = ("file", stat.S_IMODE(st.st_mode), path.read_bytes())
        else:
            out[str(path.relative_to(folder))] = (stat.S_IFMT(st.st_mode), stat.S_IMODE(st.st_mode))
    return out


def _errors(folder: Path) -> list[str]:
    return [str(p) for p in load_fact_base(folder, use_cache=False).problems if p.severity == "error"]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ---- imports into odd folders -------------------------------------------------------------------


def test_a_facts_header_spelled_differently_is_refused_by_name(tmp_path: Path, folder: Path) -> None:
    facts = folder / "facts.csv"
    facts.write_bytes(facts.read_bytes().replace(b",quote,", b",Quote,"))
    article, rows = _article(tmp_path, folder)
    before = _snapshot(folder)
    with pytest.raises(FolderRefused, match=r"facts.csv:1: the header has no column 'quote' \(it has 'Quote'\)"):
        accept(folder, rows, article)
    assert _snapshot(folder) == before


@pytest.mark.parametrize("name, spelt, says", [
    ("facts.csv", b",note\n", "facts.csv:1: the header spells column 'Note' (expected 'note') otherwise"),
    ("sources.csv", b",publisher\n", "sources.csv:1: the header spells column 'Publisher' (expected 'publisher')")])
def test_an_optional_column_spelled_differently_is_refused_too(tmp_path: Path, folder: Path, name: str,
                                                               spelt: bytes, says: str) -> None:
    table = folder / name
    wrong = spelt.replace(b"note", b"Note") if name == "facts.csv" else b",Publisher \n"
    table.write_bytes(table.read_bytes().replace(spelt, wrong, 1))
    article, rows = _article(tmp_path, folder)
    before = _snapshot(folder)
    with pytest.raises(FolderRefused, match=re.escape(says)):
        accept(folder, [dict(rows[0], note="a note that would be lost")], article)
    assert _snapshot(folder) == before


def test_rows_that_do_not_read_back_as_written_are_undone(tmp_path: Path, folder: Path, monkeypatch) -> None:
    accept(folder, *reversed(_article(tmp_path, folder, 1)))  # type: ignore[arg-type]
    article, rows = _article(tmp_path, folder, 2)
    before = _snapshot(folder)
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        """facts.csv arrives other than it was written (the old bug: cells under the wrong column)."""
        if str(dst).endswith("facts.csv"):
            data = Path(src).read_bytes()
            Path(src).write_bytes(data.replace(rows[0]["quote"].encode(), b"a sentence the article never had"))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(FolderRefused, match=r"did not read back as written.*\[gamma-2-01\]"):
        accept(folder, rows, article)
    monkeypatch.undo()
    assert _snapshot(folder) == before  # the text, sources.csv and facts.csv as they were
    assert not list(folder.rglob("*.tmp"))


def test_cr_only_line_ends_take_the_import_in_kind(tmp_path: Path, folder: Path) -> None:
    accept(folder, *reversed(_article(tmp_path, folder, 1)))  # type: ignore[arg-type]
    for name in ("facts.csv", "sources.csv"):
        (folder / name).write_bytes((folder / name).read_bytes().replace(b"\n", b"\r"))
    assert _errors(folder) == []  # the loader reads CR-only files
    article, rows = _article(tmp_path, folder, 2)
    accept(folder, rows, article)
    assert _errors(folder) == []
    base = load_fact_base(folder, use_cache=False)
    assert set(base.stated["id"]) == {"gamma-1-01", "gamma-2-01"}
    assert b"\n" not in (folder / "facts.csv").read_bytes() + (folder / "sources.csv").read_bytes()


def test_a_header_that_is_not_utf8_is_refused_by_name(tmp_path: Path, folder: Path) -> None:
    facts = folder / "facts.csv"
    facts.write_bytes(facts.read_bytes().replace(b"id,kind,", b"id,kind\xff,", 1))
    article, rows = _article(tmp_path, folder)
    before = _snapshot(folder)
    with pytest.raises(FolderRefused, match=r"facts.csv:1: the header is not valid UTF-8 \(byte 0xff\)"):
        accept(folder, rows, article)
    assert _snapshot(folder) == before


def test_stale_temporaries_of_a_killed_import_are_removed(tmp_path: Path, folder: Path) -> None:
    stale = [folder / ".facts.csv.k1ll3d_0.tmp", folder / ".sources.csv.abcdefgh.tmp",
             folder / "sources" / ".gamma-9.txt.0123abcd.tmp"]
    kept = [folder / ".facts.csv.keep", folder / "notes.tmp", folder / "sources" / "notes.txt"]
    for path in stale + kept:
        path.write_bytes(b"x" * 1000)
    article, rows = _article(tmp_path, folder)
    accept(folder, rows, article)
    assert [p for p in stale if p.exists()] == []
    assert all(p.read_bytes() == b"x" * 1000 for p in kept)
    assert not list(folder.rglob(".*.tmp"))


def test_sources_folder_linked_outside_is_refused(tmp_path: Path, folder: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (folder / "sources").rmdir()
    (folder / "sources").symlink_to(outside, target_is_directory=True)
    article, rows = _article(tmp_path, folder)
    before = _snapshot(folder)
    with pytest.raises(FolderRefused, match="sources is a symbolic link to outside the data folder"):
        accept(folder, rows, article)
    assert list(outside.iterdir()) == []
    assert _snapshot(folder) == before


def test_facts_csv_linked_outside_is_refused_and_not_read(tmp_path: Path, folder: Path) -> None:
    outside = tmp_path / "private.csv"
    outside.write_bytes((folder / "facts.csv").read_bytes() + b"secret,row\n")
    (folder / "facts.csv").unlink()
    (folder / "facts.csv").symlink_to(outside)
    article, rows = _article(tmp_path, folder)
    before, private = _snapshot(folder), outside.read_bytes()
    with pytest.raises(FolderRefused, match="facts.csv is a link to outside the data folder"):
        accept(folder, rows, article)
    assert _snapshot(folder) == before and outside.read_bytes() == private


def test_facts_csv_that_is_a_fifo_is_refused_and_left_alone(tmp_path: Path, folder: Path) -> None:
    (folder / "facts.csv").unlink()
    os.mkfifo(folder / "facts.csv")
    article, rows = _article(tmp_path, folder)
    with pytest.raises(FolderRefused, match="facts.csv is a FIFO"):
        accept(folder, rows, article)
    assert stat.S_ISFIFO((folder / "facts.csv").lstat().st_mode)
    assert list((folder / "sources").iterdir()) == []


def test_an_import_keeps_the_files_modes_and_new_files_follow_the_umask(tmp_path: Path, folder: Path,
                                                                         umask: Callable[[int], None]) -> None:
    os.chmod(folder / "facts.csv", 0o664)
    os.chmod(folder / "sources.csv", 0o644)
    umask(0o027)
    article, rows = _article(tmp_path, folder)
    accept(folder, rows, article)
    assert (_mode(folder / "facts.csv"), _mode(folder / "sources.csv")) == (0o664, 0o644)
    assert _mode(folder / article.path) == 0o640


# ---- full disks -----------------------------------------------------------------------------------


def _fill_disk_at_facts_csv(monkeypatch) -> None:
    """The disk fills up as a new facts.csv's content is flushed to it (ENOSPC from fsync)."""
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if ".facts.csv." in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)


def test_a_full_disk_while_writing_facts_leaves_nothing_and_a_retry_adds_once(tmp_path: Path, folder: Path,
                                                                               monkeypatch) -> None:
    article, rows = _article(tmp_path, folder)
    before = _snapshot(folder)
    _fill_disk_at_facts_csv(monkeypatch)
    with pytest.raises(OSError, match="No space left on device"):
        accept(folder, rows, article)
    monkeypatch.undo()
    assert _snapshot(folder) == before
    again, rows = _article(tmp_path, folder)
    assert again.source_id == article.source_id  # not "-2": nothing of the failed import is left
    assert accept(folder, rows, again).wrote_source
    assert _errors(folder) == [] and len(load_fact_base(folder, use_cache=False).sources) == 1


def test_a_failure_after_the_text_and_sources_csv_are_in_place_puts_them_back(tmp_path: Path, folder: Path,
                                                                               monkeypatch) -> None:
    accept(folder, *reversed(_article(tmp_path, folder, 1)))  # type: ignore[arg-type]
    article, rows = _article(tmp_path, folder, 2)
    before = _snapshot(folder)
    real_replace = os.replace
    renamed: list[str] = []

    def replace(src: Any, dst: Any) -> None:
        if str(dst).endswith("facts.csv"):
            raise OSError(errno.EIO, "Input/output error")
        renamed.append(Path(dst).name)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError, match="Input/output error"):
        accept(folder, rows, article)
    monkeypatch.undo()
    assert renamed[:2] == [article.name, "sources.csv"]  # both were in place when facts.csv failed
    assert _snapshot(folder) == before
    again, rows = _article(tmp_path, folder, 2)
    assert again.source_id == article.source_id
    accept(folder, rows, again)
    assert set(load_fact_base(folder, use_cache=False).stated["id"]) == {"gamma-1-01", "gamma-2-01"}


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs, mounted for the test (root only)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        skip_unless_ci("mounting a small tmpfs needs root; the injected ENOSPC tests above cover the same paths")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        skip_unless_ci(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_a_really_full_disk_changes_nothing_and_a_retry_after_freeing_space_adds_once(
        tmp_path: Path, small_disk: Path) -> None:
    folder = small_fact_base(small_disk / "data")
    article, rows = _article(tmp_path, folder, 1)
    accept(folder, [dict(rows[0], note="n" * 300_000)], article)  # facts.csv of 300 kB
    filler = small_disk / "filler"
    free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
    filler.write_bytes(b"\0" * (free - 100_000))  # room for a text and sources.csv, not for facts.csv again
    article, rows = _article(tmp_path, folder, 2)
    before = _snapshot(folder)
    with pytest.raises(OSError) as info:
        accept(folder, rows, article)
    assert info.value.errno == errno.ENOSPC
    assert _snapshot(folder) == before
    filler.unlink()
    again, rows = _article(tmp_path, folder, 2)
    assert again.source_id == article.source_id
    accept(folder, rows, again)
    assert _errors(folder) == [] and len(load_fact_base(folder, use_cache=False).stated) == 2


# ---- -o onto odd paths ------------------------------------------------------------------------------


def _odd_target(kind: str, tmp_path: Path) -> Path:
    if kind == "fifo":
        os.mkfifo(tmp_path / "fifo")
        return tmp_path / "fifo"
    if kind == "link to a file":
        (tmp_path / "precious.csv").write_text("keep me\n")
        (tmp_path / "link.csv").symlink_to(tmp_path / "precious.csv")
        return tmp_path / "link.csv"
    if kind == "link to /dev/null":
        (tmp_path / "null").symlink_to("/dev/null")
        return tmp_path / "null"
    if kind == "device":
        if os.geteuid() != 0:
            skip_unless_ci("creating a device node needs root; the link to /dev/null covers a device behind a name")
        os.mknod(tmp_path / "full", 0o666 | stat.S_IFCHR, os.makedev(1, 7))  # as /dev/full
        return tmp_path / "full"
    raise AssertionError(kind)


def _state(path: Path) -> tuple[Any, ...]:
    st = path.lstat()
    return (stat.S_IFMT(st.st_mode), os.readlink(path) if path.is_symlink() else None,
            getattr(st, "st_rdev", 0))


@pytest.mark.parametrize("command", ["export", "extract"])
@pytest.mark.parametrize("kind", ["fifo", "link to a file", "link to /dev/null", "device"])
def test_output_onto_anything_but_a_regular_file_is_refused(tmp_path: Path, capsys, command: str, kind: str) -> None:
    target = _odd_target(kind, tmp_path)
    before = _state(target)
    argv = ["export", "-o", str(target)] if command == "export" else \
        ["extract", str(ROOT / "tests/fixtures/articles/harbin-winter-2025.txt"), "-o", str(target)]
    assert main(argv) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err and err[-1].startswith(f"error: -o {str(target)!r} is ") and "nothing written" in err[-1]
    assert _state(target) == before
    if kind == "link to a file":
        assert (tmp_path / "precious.csv").read_text() == "keep me\n"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("command", ["export", "extract"])
@pytest.mark.parametrize("output, says", [
    ("missing/out.csv", "which does not exist"), (".", "is a folder"), ("", "no file name given")])
def test_output_onto_a_missing_folder_a_folder_or_nothing_is_one_clear_line(
        tmp_path: Path, capsys, monkeypatch, command: str, output: str, says: str) -> None:
    monkeypatch.chdir(tmp_path)
    argv = ["export", "-o", output] if command == "export" else \
        ["extract", str(ROOT / "tests/fixtures/articles/harbin-winter-2025.txt"), "-o", output]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: -o") and says in err[0]
    assert list(tmp_path.iterdir()) == []


def test_export_from_a_data_path_that_is_a_file_fails(tmp_path: Path, capsys) -> None:
    not_a_folder = tmp_path / "facts.csv"
    not_a_folder.write_text("id\n")
    assert main(["export", "--data", str(not_a_folder)]) == 2
    assert capsys.readouterr().err.strip() == f"error: data folder {not_a_folder} is not a folder"


def test_dash_writes_to_standard_output(tmp_path: Path, capsysbinary, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["export", "-o", "-"]) == 0
    assert capsysbinary.readouterr().out.startswith(b"id,kind,")
    assert list(tmp_path.iterdir()) == []  # no file called "-"


def test_a_write_error_on_output_is_reported_and_the_file_left_as_it_was(tmp_path: Path, capsys, monkeypatch) -> None:
    target = tmp_path / "facts.csv"
    target.write_text("old export\n")
    _fill_disk_at_facts_csv(monkeypatch)
    assert main(["export", "-o", str(target)]) == 1
    monkeypatch.undo()
    assert capsys.readouterr().err.strip().splitlines()[-1] == \
        f"error: cannot write {target}: No space left on device; it is left as it was"
    assert target.read_text() == "old export\n" and list(tmp_path.iterdir()) == [target]


def test_export_to_a_full_standard_output_fails_with_a_message() -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "explorer", "export"], cwd=ROOT, stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == "error: cannot write to standard output: No space left on device"
    assert "Traceback" not in done.stderr


def test_export_keeps_the_mode_of_the_file_it_replaces_and_new_files_follow_the_umask(
        tmp_path: Path, umask: Callable[[int], None]) -> None:
    shared = tmp_path / "shared.csv"
    shared.write_text("old\n")
    os.chmod(shared, 0o664)
    assert main(["export", "-o", str(shared)]) == 0
    assert _mode(shared) == 0o664 and shared.read_text().startswith("id,")
    assert main(["export", "-o", str(tmp_path / "new.csv")]) == 0
    assert _mode(tmp_path / "new.csv") == 0o644
    umask(0o077)
    assert main(["extract", str(ROOT / "tests/fixtures/articles/harbin-winter-2025.txt"),
                 "-o", str(tmp_path / "private.csv")]) == 0
    assert _mode(tmp_path / "private.csv") == 0o600


# ---- the window's exports ----------------------------------------------------------------------------


def test_the_windows_exports_respect_the_umask_and_keep_modes(make_window, tmp_path: Path, monkeypatch,
                                                              umask: Callable[[int], None]) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from tests.ui.test_menus import menu_actions

    answer: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (answer[-1], a[3].split(";;")[0] if len(a) > 3 else "")))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = make_window()
    actions = menu_actions(window)
    shared = tmp_path / "shared.csv"
    shared.write_text("old\n")
    os.chmod(shared, 0o664)
    for target, action in ((tmp_path / "facts.csv", "export facts"), (shared, "export facts"),
                           (tmp_path / "plot.png", "plot as png"), (tmp_path / "plot.svg", "plot as svg")):
        answer.append(str(target))
        actions[action].trigger()
        assert shown == [] and target.stat().st_size > 100
    assert [_mode(tmp_path / n) for n in ("facts.csv", "shared.csv", "plot.png", "plot.svg")] == \
        [0o644, 0o664, 0o644, 0o644]
    # A FIFO chosen in the dialog is refused with a message and left a FIFO.
    os.mkfifo(tmp_path / "fifo.csv")
    answer.append(str(tmp_path / "fifo.csv"))
    actions["export facts"].trigger()
    assert len(shown) == 1 and "FIFO" in shown[0]
    assert stat.S_ISFIFO((tmp_path / "fifo.csv").lstat().st_mode)


# ---- the review dialog, as a person uses it ------------------------------------------------------------


@pytest.mark.parametrize("header, says", [
    (b"id,kind\xff,", "facts.csv:1: the header is not valid UTF-8 (byte 0xff)"),
    (b"id,kind,source_id,city,sector,entity,metric,value,unit,qualifier,period,as_printed,Quote,",
     "facts.csv:1: the header has no column 'quote' (it has 'Quote')")])
def test_the_review_dialog_says_why_a_folder_is_refused(make_window, data_copy: Path, monkeypatch,
                                                        header: bytes, says: str) -> None:
    from PySide6.QtWidgets import QFileDialog

    from explorer.ui.import_dialog import ImportDialog
    from tests.ui.test_menus import menu_actions

    facts = data_copy / "facts.csv"
    raw = facts.read_bytes().replace(b"\n", b"\r")  # CR-only line ends, which load, and a header the import refuses
    facts.write_bytes(header + raw.split(b",", len(header.split(b",")) - 1)[-1])
    before = _snapshot(data_copy)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda *a, **k: (str(ROOT / "tests/fixtures/articles/liaoning-ports-2025.txt"), "")))
    window = make_window(data_copy)
    menu_actions(window)["import article"].trigger()
    dialog = window.review_dialog
    assert isinstance(dialog, ImportDialog)
    dialog.all_button.click()
    dialog.add_button.click()
    assert dialog.message.text().startswith(f"Nothing was added: {says}")
    assert _snapshot(data_copy) == before


def test_a_second_import_waits_for_the_first_and_gives_up_with_a_message(tmp_path: Path, folder: Path,
                                                                         monkeypatch) -> None:
    from filelock import FileLock

    from explorer.model.extract import importing

    article, rows = _article(tmp_path, folder)
    monkeypatch.setattr(importing, "LOCK_TIMEOUT", 0.2)
    with FileLock(str(folder / LOCK_NAME)):  # another import is writing
        with pytest.raises(FolderRefused, match="another import has been writing to .* nothing was added"):
            accept(folder, rows, article)
    assert list((folder / "sources").iterdir()) == []
    accept(folder, rows, article)  # once it is done, the import goes through
    assert _errors(folder) == [] and len(load_fact_base(folder, use_cache=False).stated) == 1


def test_the_lock_file_is_as_writable_as_facts_csv(tmp_path: Path, folder: Path, umask: Callable[[int], None]) -> None:
    os.chmod(folder / "facts.csv", 0o664)  # a fact base shared by a group
    article, rows = _article(tmp_path, folder)
    accept(folder, rows, article)
    assert _mode(folder / LOCK_NAME) == 0o664  # another member of the group can take the lock too


def test_a_failed_first_import_leaves_no_sources_folder_behind(tmp_path: Path, folder: Path, monkeypatch) -> None:
    (folder / "sources").rmdir()  # a fact base that has no article yet
    article, rows = _article(tmp_path, folder)
    before = _snapshot(folder)
    _fill_disk_at_facts_csv(monkeypatch)
    with pytest.raises(OSError, match="No space left on device"):
        accept(folder, rows, article)
    assert _snapshot(folder) == before and not (folder / "sources").exists()


# ---- the writer itself ---------------------------------------------------------------------------------


def test_a_batch_puts_files_back_even_where_hard_links_are_not_allowed(tmp_path: Path, monkeypatch) -> None:
    from explorer.model.files import safe_write

    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_bytes(b"first, old\n")
    os.chmod(first, 0o640)
    second.write_bytes(b"second, old\n")

    def no_links(*a: Any, **k: Any) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")  # as on a FAT or some network file systems

    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(dst) == second:
            raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(os, "link", no_links)
    monkeypatch.setattr(os, "replace", replace)
    with safe_write.Batch() as batch:
        batch.add(first, b"first, new\n")
        batch.add(second, b"second, new\n")
        with pytest.raises(OSError, match="Input/output error"):
            batch.commit()
    monkeypatch.undo()
    assert (first.read_bytes(), _mode(first), second.read_bytes()) == (b"first, old\n", 0o640, b"second, old\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.csv", "second.csv"]


def test_a_link_inside_the_folder_is_written_through_and_kept(tmp_path: Path, folder: Path) -> None:
    (folder / "tables").mkdir()
    (folder / "facts.csv").rename(folder / "tables" / "facts.csv")
    (folder / "facts.csv").symlink_to(Path("tables") / "facts.csv")  # the loader reads it: it stays in the folder
    article, rows = _article(tmp_path, folder)
    accept(folder, rows, article)
    assert os.readlink(folder / "facts.csv") == str(Path("tables") / "facts.csv")
    assert b"gamma-3-01" in (folder / "tables" / "facts.csv").read_bytes()
    assert _errors(folder) == []

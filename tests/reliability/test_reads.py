"""Reading only what may be read: FIFOs, devices, links out of the folder, bad names and control
characters never hang, exhaust or crash anything, and everything valid still loads.

A FIFO that blocked its reader would block these tests too, so every command runs in a child
process with a timeout, and every FIFO is opened for writing at teardown (which frees a reader
blocked in it, should the code under test have opened it).
"""

from __future__ import annotations

import csv
import html
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from explorer.model import load_fact_base
from explorer.model.extract.importing import read_article
from explorer.model.files import safe_read
from explorer.model.load import factbase
from explorer.ui import main_window
from explorer.ui.main_window import MainWindow
from tests.conftest import BUNDLED
from tests.helpers import edit_fact, read_rows, write_rows
from tests.reliability import hostile

N_BUNDLED = len(read_rows(BUNDLED / "facts.csv")[1])
TIMEOUT = 120  # seconds: a guard against a hang, far above the second or two a command takes
ARTICLE = "A test article.\nThe port handled 120 million tonnes of cargo in 2031, up 4% on the year before.\n"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


# A reader of /dev/zero then fails at 3 GB instead of taking the machine's memory (set in the child
# itself: preexec_fn is unsafe in a process with threads, as this one has).
LIMITED = ("import resource, runpy, sys; resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30)); "
           "sys.argv[0] = 'explorer'; runpy.run_module('explorer', run_name='__main__')")


def run_cli(*args: str, limit_memory: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FACT_EXPLORER_NO_CACHE": "1", "PYTHONPATH": os.pathsep.join(sys.path)}
    command = ["-c", LIMITED] if limit_memory else ["-m", "explorer"]
    return subprocess.run([sys.executable, *command, *args], capture_output=True, text=True,
                          timeout=TIMEOUT, env=env)


@pytest.fixture
def fifos() -> Iterator[list[Path]]:
    """FIFOs a test makes (append the path, then mkfifo); each is opened for writing at teardown."""
    made: list[Path] = []
    yield made
    for path in made:
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass  # nobody reading it: as it should be


def make_fifo(fifos: list[Path], path: Path) -> Path:
    path.unlink(missing_ok=True)
    os.mkfifo(path)
    fifos.append(path)
    return path


# ---- safe_read on its own -------------------------------------------------------------------


@needs_fifo
def test_safe_read_refuses_a_fifo_a_device_a_link_out_and_a_large_file(tmp_path: Path, fifos) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (tmp_path / "secret").write_text("not yours")
    make_fifo(fifos, folder / "fifo.csv")
    (folder / "zero.csv").symlink_to("/dev/zero")
    (folder / "out.csv").symlink_to(tmp_path / "secret")
    (folder / "big.csv").write_bytes(b"x" * 2500)
    (folder / "ok.csv").write_bytes(b"id\n1\n")
    expect = {"fifo.csv": "is a FIFO (named pipe), not a regular file",
              "zero.csv": "outside the data folder", "out.csv": "outside the data folder",
              "big.csv": "is 2.4 KiB, over the limit of 1000 bytes"}
    for name, said in expect.items():
        with pytest.raises(safe_read.RefusedFile) as caught:
            safe_read.read_bytes(folder / name, folder, limit=1000)
        assert said in str(caught.value), (name, str(caught.value))
    with pytest.raises(safe_read.RefusedFile, match="is a character device"):
        safe_read.read_bytes(Path("/dev/zero"))
    assert safe_read.read_bytes(folder / "ok.csv", folder, limit=1000) == b"id\n1\n"
    assert safe_read.describe(FileNotFoundError(2, "No such file", str(folder / "gone.csv"))) == "is missing"


# ---- 7. extract and import: the article and sources/<name>.txt ------------------------------


@needs_fifo
def test_extract_refuses_a_fifo_article_and_says_so(tmp_path: Path, data_copy: Path, fifos) -> None:
    article = make_fifo(fifos, tmp_path / "article.txt")
    done = run_cli("extract", str(article), "--data", str(data_copy))
    assert done.returncode == 2
    assert f"{article} is a FIFO (named pipe), not a regular file; not read" in done.stderr
    assert "Traceback" not in done.stderr


@needs_fifo
def test_extract_never_opens_a_fifo_in_sources(tmp_path: Path, data_copy: Path, fifos) -> None:
    """An article's name is checked against sources/ for a clash: a FIFO there is a taken name, never read."""
    article = tmp_path / "harbour-note.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    make_fifo(fifos, data_copy / "sources" / "harbour-note.txt")
    done = run_cli("extract", str(article), "--data", str(data_copy))
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(done.stdout.splitlines()))
    assert rows and {r["source_id"] for r in rows} == {"harbour-note-2"}


def test_extract_never_reads_a_link_out_of_sources(tmp_path: Path, data_copy: Path) -> None:
    """A link in sources/ to a file elsewhere (/etc/shadow, say) is not read: not even to compare it."""
    article = tmp_path / "harbour-note.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    elsewhere = tmp_path / "private.txt"
    elsewhere.write_text(ARTICLE, encoding="utf-8")  # the same bytes: read, it would look like the article
    (data_copy / "sources" / "harbour-note.txt").symlink_to(elsewhere)
    done = run_cli("extract", str(article), "--data", str(data_copy))
    assert done.returncode == 0, done.stderr
    assert {r["source_id"] for r in csv.DictReader(done.stdout.splitlines())} == {"harbour-note-2"}


@pytest.mark.skipif(not Path("/dev/zero").exists() or sys.platform == "win32", reason="needs /dev/zero")
def test_extract_never_reads_a_link_to_dev_zero(tmp_path: Path, data_copy: Path) -> None:
    article = tmp_path / "harbour-note.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    (data_copy / "sources" / "harbour-note.txt").symlink_to("/dev/zero")
    done = run_cli("extract", str(article), "--data", str(data_copy), limit_memory=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "MemoryError" not in done.stderr
    assert {r["source_id"] for r in csv.DictReader(done.stdout.splitlines())} == {"harbour-note-2"}
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    done = run_cli("extract", str(zero), "--data", str(data_copy), limit_memory=True)
    assert done.returncode == 2 and "is a character device, not a regular file; not read" in done.stderr


def test_an_article_over_the_size_limit_is_refused_with_the_limit(tmp_path: Path, monkeypatch) -> None:
    article = tmp_path / "long.txt"
    article.write_text(ARTICLE * 100, encoding="utf-8")
    monkeypatch.setattr(safe_read, "TEXT_LIMIT", 1024)
    with pytest.raises(safe_read.RefusedFile, match=r"is \d\.\d KiB, over the limit of 1 KiB for this file"):
        read_article(article)


@needs_fifo
def test_the_windows_import_refuses_a_fifo_article(make_window, tmp_path: Path, data_copy: Path, fifos,
                                                   monkeypatch) -> None:
    article = make_fifo(fifos, tmp_path / "article.txt")
    # Only a safety valve should the code under test block in the FIFO (it did): a writer frees it.
    valve = threading.Timer(60, lambda: os.close(os.open(article, os.O_WRONLY | os.O_NONBLOCK)))
    valve.start()
    told: list[str] = []
    monkeypatch.setattr(main_window, "tell", lambda parent, title, text, *a: told.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(article), ""))
    window = make_window(data_copy)
    try:
        window.act_import.trigger()
    finally:
        valve.cancel()
    assert told == [f"{article} is a FIFO (named pipe), not a regular file; not read."]
    assert window.review_dialog is None


# ---- 9. a FIFO as facts.csv: validate, export and the window ---------------------------------


@needs_fifo
@pytest.mark.parametrize("command", ["validate", "export"])
def test_validate_and_export_refuse_a_fifo_facts_csv(tmp_path: Path, data_copy: Path, fifos, command) -> None:
    make_fifo(fifos, data_copy / "facts.csv")
    out = tmp_path / "out.csv"
    args = ["validate", "--data", str(data_copy)] if command == "validate" else \
        ["export", "--data", str(data_copy), "-o", str(out)]
    done = run_cli(*args)
    assert done.returncode != 0
    assert "facts.csv: is a FIFO (named pipe), not a regular file; not read" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


@needs_fifo
@pytest.mark.parametrize("name,file,line", [
    ("cities.csv", "cities.csv", None), ("sectors.csv", "sectors.csv", None),
    ("sources/dalian-trillion-yuan-2026.txt", "sources.csv", 2),
])
def test_any_data_file_that_is_a_fifo_is_named_and_never_opened(data_copy: Path, fifos, name, file, line) -> None:
    make_fifo(fifos, data_copy / name)
    base = load_fact_base(data_copy, use_cache=False)
    hits = [p for p in base.problems if "is a FIFO (named pipe), not a regular file; not read" in p.message]
    assert [(p.file, p.line) for p in hits] == [(file, line)], base.problems[:3]
    if name.endswith(".txt"):
        assert name in hits[0].message


@needs_fifo
def test_the_window_loads_a_folder_whose_facts_csv_is_a_fifo(window: MainWindow, qtbot, data_copy: Path,
                                                             fifos, monkeypatch) -> None:
    make_fifo(fifos, data_copy / "facts.csv")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(data_copy))
    with qtbot.waitSignal(window.loaded, timeout=60000):
        window.act_open.trigger()
    assert window.data_dir == data_copy and len(window.fact_base.facts) == 0
    assert any(p.file == "facts.csv" and "FIFO" in p.message for p in window.fact_base.problems)


@pytest.fixture
def stuck_loads(monkeypatch) -> Iterator[threading.Event]:
    """Loads of a folder named 'stuck' never finish until the test ends (a read that hangs)."""
    release = threading.Event()
    real = factbase.load_fact_base

    def load(folder: Path, *args, **kwargs):
        if Path(folder).name == "stuck":
            release.wait()
            raise RuntimeError("released at the end of the test")
        return real(folder, *args, **kwargs)

    monkeypatch.setattr(factbase, "load_fact_base", load)
    yield release
    release.set()


def test_a_stuck_load_never_blocks_opening_another_folder(window: MainWindow, qtbot, tmp_path: Path,
                                                          data_copy: Path, stuck_loads, monkeypatch) -> None:
    (tmp_path / "stuck").mkdir()
    chosen = iter([tmp_path / "stuck", data_copy])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(next(chosen)))
    window.act_open.trigger()
    assert window.act_cancel_load.isEnabled()
    with qtbot.waitSignal(window.loaded, timeout=60000):
        window.act_open.trigger()  # before: queued behind the stuck load in a single worker, for ever
    assert window.data_dir == data_copy and len(window.fact_base.stated) == N_BUNDLED
    assert not window.act_cancel_load.isEnabled()


def test_a_load_can_be_cancelled_and_the_shown_fact_base_stays(window: MainWindow, qtbot, tmp_path: Path,
                                                               stuck_loads, monkeypatch) -> None:
    (tmp_path / "stuck").mkdir()
    shown, folder = window.fact_base, window.data_dir
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "stuck"))
    window.act_open.trigger()
    assert window.counts_label.text() == "Loading…" and window.act_cancel_load.isEnabled()
    window.act_cancel_load.trigger()
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.counts_label.text().startswith(f"{N_BUNDLED} facts")
    assert window.fact_base is shown and window.data_dir == folder
    assert not window.act_cancel_load.isEnabled()


QUIT_SCRIPT = """
import sys, threading
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from explorer.app import build_window, dispose
from explorer.model.load import factbase

app = QApplication([])
window = build_window(None, QSettings(sys.argv[1], QSettings.Format.IniFormat))
factbase.load_fact_base = lambda folder, **kw: threading.Event().wait()  # a read that never returns
window.load(Path(sys.argv[2]))
window.act_quit.trigger()
dispose(window)
print("closed", flush=True)
"""


def test_a_stuck_load_never_keeps_the_process_from_quitting(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACT_EXPLORER_NO_CACHE": "1",
           "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", QUIT_SCRIPT, str(tmp_path / "s.ini"), str(tmp_path)],
                          capture_output=True, text=True, timeout=TIMEOUT, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "closed"


# ---- 10. NUL bytes and over-long names in sources.csv ----------------------------------------


def _add_source(data: Path, sid: str, path: str) -> int:
    header, rows = read_rows(data / "sources.csv")
    rows.append({**rows[0], "id": sid, "path": path})
    write_rows(data / "sources.csv", header, rows)
    return len(rows) + 1


@pytest.mark.parametrize("path,said", [
    ("sources/bad\x00name.txt", "contains a NUL byte"),
    ("sources/" + "n" * 300 + ".txt", "has a name part of 304 bytes; file names are at most 255"),
])
def test_a_bad_source_path_is_a_named_problem_and_the_rest_loads(data_copy: Path, path: str, said: str) -> None:
    line = _add_source(data_copy, "broken-path", path)
    base = load_fact_base(data_copy, use_cache=False)
    hits = [p for p in base.problems if p.fact_id == "broken-path"]
    assert [(p.file, p.line) for p in hits] == [("sources.csv", line)] and said in hits[0].message
    assert len(base.stated) == N_BUNDLED
    done = run_cli("validate", "--data", str(data_copy))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"sources.csv:{line}: [broken-path]" in done.stdout and said in done.stdout


def test_the_window_opens_with_a_nul_byte_in_a_source_path(make_window, data_copy: Path) -> None:
    _add_source(data_copy, "broken-path", "sources/bad\x00name.txt")
    window = make_window(data_copy)
    assert len(window.fact_base.stated) == N_BUNDLED
    assert any(p.fact_id == "broken-path" for p in window.fact_base.problems)


# ---- 12. control characters in an export -----------------------------------------------------


def xlsx_rows(path: Path) -> list[tuple[object, ...]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return list(book["facts"].iter_rows(values_only=True))
    finally:
        book.close()


def _with_control_characters(data: Path) -> None:
    edit_fact(data, "F05", lambda r: r.update(entity="Port\x01 of\x1f call", metric="cargo\x0b handled"))


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "json", "md"])
def test_export_writes_control_characters_safely(tmp_path: Path, data_copy: Path, fmt: str) -> None:
    _with_control_characters(data_copy)
    out = tmp_path / f"facts.{fmt}"
    done = run_cli("export", "--format", fmt, "--data", str(data_copy), "-o", str(out))
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
    if fmt == "xlsx":
        cells = xlsx_rows(out)
        rows = [dict(zip(cells[0], r)) for r in cells[1:]]
        row = next(r for r in rows if r["id"] == "F05")
        assert row["entity"] == "Port\u2401 of\u241f call" and row["metric"] == "cargo\u240b handled"
        assert len(rows) == len(load_fact_base(data_copy, use_cache=False).facts)
    else:
        assert "F05" in out.read_text(encoding="utf-8")


def test_the_windows_export_writes_an_xlsx_with_a_control_character(make_window, tmp_path: Path,
                                                                     data_copy: Path, monkeypatch) -> None:
    _with_control_characters(data_copy)
    window = make_window(data_copy)
    out = tmp_path / "facts.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Excel workbook (*.xlsx)"))
    window.act_export.trigger()
    values = [c for r in xlsx_rows(out) for c in r]
    assert "Port\u2401 of\u241f call" in values


# ---- 15. a folder deleted while open -----------------------------------------------------------


def test_importing_into_a_folder_deleted_while_open_says_so(make_window, tmp_path: Path, data_copy: Path,
                                                            monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(main_window, "tell", lambda parent, title, text, *a: told.append(text))
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: asked.append(a) or "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: asked.append(a) or ("", ""))
    window = make_window(data_copy)
    shutil.rmtree(data_copy)
    window.act_import.trigger()
    assert len(told) == 1 and "installed app" not in told[0]
    assert f"The folder {data_copy} no longer exists" in told[0]
    assert not asked  # nothing to copy from, nowhere to import into


# ---- 16. the HTML flavour of a copy --------------------------------------------------------------


class _Cells(HTMLParser):
    """The text of every <td> and <li> of a copied table."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self._open = False

    def handle_starttag(self, tag, attrs) -> None:
        if tag in ("td", "li"):
            self.cells.append("")
            self._open = True

    def handle_endtag(self, tag) -> None:
        self._open = self._open and tag not in ("td", "li")

    def handle_data(self, data) -> None:
        if self._open:
            self.cells[-1] += data


def test_html_copy_neutralises_formulas_and_keeps_numbers(make_window, tmp_path: Path) -> None:
    window = make_window(hostile.make_hostile(tmp_path / "data"))
    window.nav.tree.setCurrentIndex(window.nav.tree_proxy.index(0, 0))
    window.table.selectAll()
    window.act_copy.trigger()
    page = QGuiApplication.clipboard().mimeData().html()
    parser = _Cells()
    parser.feed(page)
    cells = parser.cells
    for formula in (hostile.FORMULA_ENTITY, hostile.AT_ENTITY, hostile.MINUS_ENTITY, hostile.PLUS_METRIC):
        assert "'" + formula in cells, formula
        assert formula not in cells
    numbers = [c for c in cells if re.fullmatch(r"-?\d+(\.\d+)?", c)]
    assert "-30000000" in numbers  # H03's net loss, in yuan: a number stays a number
    starts = [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r")) and c not in numbers]
    assert starts == [], starts
    assert f"<td>{html.escape(chr(39) + hostile.FORMULA_ENTITY)}</td>" in page  # escaped: text, not markup


def test_citation_copy_never_pastes_as_a_formula(make_window, tmp_path: Path) -> None:
    """A citation is plain text, which a spreadsheet splits into cells at line ends and tabs."""
    window = make_window(hostile.make_hostile(tmp_path / "data"))
    window.nav.tree.setCurrentIndex(window.nav.tree_proxy.index(0, 0))
    window.table.selectAll()
    window.act_copy_citation.trigger()
    text = QGuiApplication.clipboard().text()
    cells = [cell for line in text.split("\n") for cell in line.split("\t")]
    assert len(cells) == len(window.selected_facts())  # one line per fact, no tab inside
    assert [c for c in cells if c.startswith(("=", "+", "-", "@", "\r"))] == []
    assert any(c.startswith("'" + hostile.FORMULA_ENTITY) for c in cells)


def test_a_carriage_return_never_ends_a_markdown_table_row() -> None:
    import pandas as pd

    from explorer.model.formats.export import to_markdown

    text = to_markdown(pd.DataFrame({"quote": ["first line\rsecond line", "a\r\nb", "c\nd"], "n": [1.0, 2.0, 3.0]}))
    rows = re.split(r"\r\n?|\n", text.rstrip("\n"))
    assert len(rows) == 5 and all(r.startswith("| ") and r.endswith(" |") for r in rows), rows
    assert "| first line second line | 1 |" in rows

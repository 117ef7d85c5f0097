"""Loading another folder over a filtered view, failed loads, and the guards on writing the fact base."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from explorer.model.load import factbase
from explorer.ui import main_window
from explorer.ui.main_window import MainWindow
from tests.conftest import FIXTURES
from tests.helpers import read_rows, write_rows
from tests.ui.seen import all_count, filtered_count


def _with_second_source(data: Path) -> Path:
    extra = FIXTURES / "second_source"
    (data / "sources" / "shenyang-note.txt").write_bytes((extra / "sources" / "shenyang-note.txt").read_bytes())
    for name in ("sources.csv", "facts.csv"):
        header, rows = read_rows(data / name)
        write_rows(data / name, header, rows + read_rows(extra / name)[1])
    return data


def test_opening_a_bigger_fact_base_while_filtered(window: MainWindow, qtbot, data_copy: Path) -> None:
    """The tree must never be filtered with the previous fact base's mask (it crashed the process)."""
    window.show()
    window.session.ASYNC_FILTER_FACTS = 0  # the new mask is computed in the worker, after the tree is rebuilt
    window.nav.filter_edit.setText("industr")
    window.nav.flush_filter()
    # (the filter's worker: slow on a busy box, where the default 5 s ran out once in a fresh-clone run of session 52)
    qtbot.waitUntil(lambda: filtered_count(window) is not None, timeout=30_000)
    bigger = _with_second_source(data_copy)
    window.load_now(bigger)  # before the fix: the old, shorter mask indexed the new tree and the process died
    qtbot.waitUntil(lambda: all_count(window).endswith(f" of {len(window.fact_base.facts)}"),
                    timeout=30_000)  # the new facts'
    root = window.nav.tree_proxy.index(0, 0)
    cities = {window.nav.tree_proxy.index(r, 0, root).data() for r in range(window.nav.tree_proxy.rowCount(root))}
    from explorer.model.search.index import search

    expected = {window.fact_base.city_label(c) for c in search(window.fact_base, "industr")["city"]}
    assert cities == expected and "Shenyang 沈阳" in expected  # S01 "industrial output" is in the new source


def test_a_failed_load_keeps_the_fact_base_and_its_folder(window: MainWindow, qtbot, tmp_path: Path,
                                                          monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(main_window, "tell", lambda parent, title, text, *a: told.append(text))
    monkeypatch.setattr(factbase, "load_fact_base", lambda folder, **kw: (_ for _ in ()).throw(RuntimeError("boom")))
    shown, folder = window.fact_base, window.data_dir
    with qtbot.waitSignal(window.loaded, timeout=10000):
        window.load(tmp_path / "broken")
    assert window.fact_base is shown and window.data_dir == folder
    assert told and "could not be loaded" in told[0] and "boom" in told[0]


def test_a_late_result_of_an_older_load_is_dropped(window: MainWindow, qtbot, data_copy: Path) -> None:
    bigger = _with_second_source(data_copy)
    # loadFinished: the worker's result came back and was handled (here: dropped), however slow the worker was.
    with qtbot.waitSignal(window.session.loadFinished, timeout=30000):
        window.load(bigger)  # in the worker
        window.load_now(window.data_dir)  # the user opened something else meanwhile
        newest = window.fact_base
    assert window.fact_base is newest


def test_coverage_view_never_writes_into_the_packaged_fact_base(window: MainWindow, tmp_path: Path,
                                                                 monkeypatch) -> None:
    packaged = window.data_dir
    told: list[str] = []
    own = tmp_path / "mine"
    own.mkdir()
    monkeypatch.setattr(main_window, "read_only_reason",
                        lambda d: "packaged" if Path(d).resolve() == packaged.resolve() else None)
    monkeypatch.setattr(main_window, "tell", lambda parent, title, text, *a: told.append(text))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(own))
    window.select_fact("F05")
    window.act_coverage.trigger()
    assert told and "never changed" in told[0]
    assert window.data_dir == own and window.review_dialog is not None
    window.review_dialog.close()


def test_importing_into_a_folder_the_user_cannot_write_says_so(window: MainWindow, monkeypatch) -> None:
    shown = window.data_dir
    told: list[str] = []
    monkeypatch.setattr(main_window, "read_only_reason", lambda d: "unwritable")
    monkeypatch.setattr(main_window, "tell", lambda parent, title, text, *a: told.append(text))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")  # no folder chosen
    window.select_fact("F05")
    window.act_coverage.trigger()
    assert told and f"The fact base in {shown} is in a folder you cannot write to." in told[0]
    assert "installed app" not in told[0]
    assert window.data_dir == shown and window.review_dialog is None


def test_source_path_in_the_title_tooltip_is_plain_text(make_window, data_copy: Path) -> None:
    hostile = data_copy / "sources" / "<img src=x.png>.txt"
    os.rename(data_copy / "sources" / "dalian-trillion-yuan-2026.txt", hostile)
    header, rows = read_rows(data_copy / "sources.csv")
    rows[0]["path"] = "sources/<img src=x.png>.txt"
    write_rows(data_copy / "sources.csv", header, rows)
    window = make_window(data_copy)
    window.select_fact("F01")
    tip = window.quote.title.toolTip()
    assert "&lt;img src=x.png&gt;" in tip and "<img" not in tip

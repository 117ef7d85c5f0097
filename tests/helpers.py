"""Small helpers for tests that break a data folder on purpose."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def write_rows(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def edit_fact(data: Path, fact_id: str, change: Callable[[dict[str, str]], None]) -> int:
    """Apply ``change`` to one fact row; returns the row's line number in facts.csv."""
    header, rows = read_rows(data / "facts.csv")
    for i, row in enumerate(rows):
        if row["id"] == fact_id:
            change(row)
            write_rows(data / "facts.csv", header, rows)
            return i + 2
    raise KeyError(fact_id)


def menu_action(window: Any, text: str) -> Any:
    """The menu bar's own QAction whose text (without its & mnemonic) is ``text``, as a person finds it."""
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise LookupError(text)


def import_through_menu(window: Any, path: Path, qtbot: Any, monkeypatch: Any) -> Any:
    """File ▸ Import article… as a person does it: the file dialog answers ``path``, the menu's action is
    triggered, and the review dialog is returned once its candidates are ready."""
    from PySide6.QtWidgets import QFileDialog

    from explorer.ui.import_dialog import ImportDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    menu_action(window, "Import article…").trigger()
    dialog = window.review_dialog
    assert isinstance(dialog, ImportDialog)
    # (the extraction runs in a worker thread: on a busy 2-core box a long text takes seconds, not Qt's default 5 s)
    qtbot.waitUntil(lambda: dialog.ready, timeout=60000)
    return dialog


def import_text_through_menu(window: Any, path: Path, text: str, qtbot: Any, monkeypatch: Any) -> Any:
    """``text`` written to ``path`` (UTF-8), then imported by File ▸ Import article… (``import_through_menu``)."""
    path.write_text(text, encoding="utf-8")
    return import_through_menu(window, path, qtbot, monkeypatch)


def assert_review_cells(dialog: Any, shown: list[tuple[str, str, str | tuple[str, ...]]]) -> None:
    """Each (printed, column, what the cell shows, or the values it may show) of the review dialog's candidates."""
    for printed, column, want in shown:
        got = review_cell(dialog, printed, column)
        assert got in want if isinstance(want, tuple) else got == want, (printed, column, got, want)


def open_with_plots_drawn(window: Any, folder: Path, qtbot: Any) -> None:
    """Show ``window``, open ``folder`` by File ▸ Open's path (the loading thread makes the plots' views), show the
    "Across cities" tab and wait until every plot tab is drawn for the loaded fact base."""
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.loaded, timeout=30000):
        window.load(folder)
    plots = window.plots
    plots.show_tab("across")
    qtbot.waitUntil(lambda: plots.current_key() == "across")
    base = window.fact_base
    qtbot.waitUntil(lambda: all(plots._filled.get(k) is base for k, _ in plots.TABS) and not plots._later.isActive(),
                    timeout=20000)


def file_empty_sectors_and_add(dialog: Any, qtbot: Any, sector: str = "macro economy") -> None:
    """In the import review, file ``sector`` where the guess left the sector empty (as a person types it in the
    cell), accept every pending candidate and press "Add accepted facts", waiting until they are written."""
    from PySide6.QtCore import Qt

    model = dialog.model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for r in range(model.rowCount()):
        if not model.row_dict(r)["sector"]:
            assert model.setData(model.index(r, header.index("Sector")), sector)
    dialog.accept_all_pending()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.add_button.click()


def review_row(dialog: Any, printed: str) -> int:
    """The review dialog's row of the candidate printed as ``printed``."""
    model = dialog.model
    return next(r for r in range(model.rowCount()) if model.candidate(r).as_printed == printed)


def review_rows_printed(dialog: Any, printed: str) -> int:
    """How many of the review dialog's rows are candidates printed as ``printed``."""
    model = dialog.model
    return sum(model.candidate(row).as_printed == printed for row in range(model.rowCount()))


def review_cell(dialog: Any, printed: str, key: str, role: Any = None) -> str:
    """What the review dialog shows in column ``key`` (a name of ``import_dialog.COLUMNS``) of that candidate's row,
    in ``role`` (the display role by default)."""
    from PySide6.QtCore import Qt

    from explorer.ui.import_dialog import COLUMNS

    column = next(i for i, (name, _, _) in enumerate(COLUMNS) if name == key)
    index = dialog.model.index(review_row(dialog, printed), column)
    return str(dialog.model.data(index, Qt.ItemDataRole.DisplayRole if role is None else role))



def all_by_printed(text: str) -> dict[str, list[Any]]:
    """The candidates ``extract`` finds in ``text``, by what each prints, every one of those that print alike."""
    from explorer.model.extract import extract

    found: dict[str, list[Any]] = {}
    for c in extract(text, "t"):
        found.setdefault(c.as_printed, []).append(c)
    return found


def said(found: dict[str, Any], printed: str) -> tuple[float, str, str]:
    """(value, unit, qualifier) of the candidate of ``by_printed``'s answer that prints ``printed``."""
    c = found[printed]
    return c.value, c.unit, c.qualifier


def by_printed(text: str) -> dict[str, Any]:
    """The candidates ``extract`` finds in ``text``, by what each prints (the last of those that print alike)."""
    from explorer.model.extract import extract

    return {c.as_printed: c for c in extract(text, "t")}

"""Every action of the menu bar, of the context menus and of the review dialog, triggered through Qt.

Each action is found by walking ``window.menuBar()`` (or the widget's own context actions) and
fired with ``QAction.trigger()``, as a click on it does; file dialogs and message boxes are
answered by the test. ``ACTION_TESTS`` maps every action's text to its test, and
``test_every_menu_action_has_a_test`` fails when the menu bar gains an action without one.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from explorer.ui.import_dialog import ACCEPTED, COLUMNS, PENDING, REJECTED, ImportDialog
from explorer.ui.main_window import MainWindow
from tests.conftest import FIXTURES
from tests.ui.review_edit import type_into

ARTICLE = FIXTURES / "articles" / "liaoning-ports-2025.txt"


def key_of(text: str) -> str:
    """An action's text as the key of ``ACTION_TESTS``: no mnemonic, no ellipsis, lower case.

    The plot actions are being reworked: they are known by what they do, whatever their wording.
    """
    key = text.replace("&", "").replace("…", "").replace("...", "").strip().lower()
    if "png" in key:
        return "plot as png"
    if "svg" in key:
        return "plot as svg"
    if "copy" in key and ("plot" in key or "image" in key):
        return "copy plot"
    return key


def menu_actions(window: MainWindow) -> dict[str, QAction]:
    """Every action under the menu bar (submenus included), by ``key_of`` its text."""
    found: dict[str, QAction] = {}
    stack = list(window.menuBar().actions())
    while stack:
        action = stack.pop(0)
        if action.menu() is not None:
            stack.extend(action.menu().actions())
        elif not action.isSeparator():
            key = key_of(action.text())
            assert key not in found, f"two menu actions read {key!r}"
            found[key] = action
    return found


def context_menu_widgets(window: MainWindow) -> list[QWidget]:
    """Widgets whose right-click menu is made of their actions."""
    return [w for w in window.findChildren(QWidget)
            if w.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu and w.actions()]


@dataclass
class Answers:
    """What the test answers to the file dialogs and message boxes the app opens."""

    open_file: str = ""
    save_file: str = ""
    directory: str = ""
    boxes: list[str] = field(default_factory=list)  # texts of the message boxes shown
    box_answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok  # the button "clicked" in them
    about_qt: int = 0
    asked: list[str] = field(default_factory=list)  # which static dialogs were asked


@pytest.fixture
def answers(monkeypatch) -> Answers:
    given = Answers()

    def get_open(*args: Any, **kwargs: Any) -> tuple[str, str]:
        given.asked.append("open")
        return given.open_file, ""

    def get_save(parent: Any, caption: str, name: str = "", filters: str = "", *args: Any) -> tuple[str, str]:
        given.asked.append("save")
        chosen = filters.split(";;")[0] if filters else ""
        return given.save_file, chosen

    def get_dir(*args: Any, **kwargs: Any) -> str:
        given.asked.append("directory")
        return given.directory

    def box_exec(box: QMessageBox) -> int:
        given.boxes.append(box.text())
        return int(given.box_answer.value)

    def about_qt(*args: Any) -> None:
        given.about_qt += 1

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(get_dir))
    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QMessageBox, "aboutQt", staticmethod(about_qt))
    return given


@dataclass
class Ctx:
    window: MainWindow
    qtbot: Any
    answers: Answers
    tmp: Path
    data: Path


@pytest.fixture
def ctx(make_window, qtbot, answers: Answers, data_copy: Path, tmp_path: Path) -> Ctx:
    # A private copy of the data: the import writes to the folder the window shows.
    window = make_window(data_copy)
    window.resize(1280, 800)
    return Ctx(window, qtbot, answers, tmp_path, data_copy)


def show_active(c: Ctx) -> None:
    with c.qtbot.waitActive(c.window):
        c.window.show()
        c.window.activateWindow()


# ---- one test per action ---------------------------------------------------------------------

def t_open_folder(c: Ctx, action: QAction) -> None:
    other = c.tmp / "other"
    import shutil

    shutil.copytree(c.data, other)
    c.answers.directory = str(other)
    with c.qtbot.waitSignal(c.window.loaded, timeout=10000):
        action.trigger()
    assert c.window.fact_base.data_dir == other
    assert c.window.windowTitle() == "other"


def t_cancel_loading(c: Ctx, action: QAction) -> None:
    assert not action.isEnabled()  # nothing to cancel
    other = c.tmp / "slow"
    import shutil

    shutil.copytree(c.data, other)
    # The worker's result reaches the window through the event loop: only once this test waits for it,
    # so the cancel below always comes first, and the result that then arrives is dropped.
    with c.qtbot.waitSignal(c.window.session.loadFinished, timeout=10000):
        c.window.load(other)
        assert action.isEnabled()
        action.trigger()
        assert not action.isEnabled() and "Loading cancelled" in c.window.statusBar().currentMessage()
    assert c.window.fact_base.data_dir == c.data  # the fact base shown stays
    assert c.window.windowTitle() == c.data.name


def review_buttons(dialog: ImportDialog) -> dict[str, QAbstractButton]:
    return {b.text().replace("&", ""): b for b in dialog.findChildren(QAbstractButton) if b.isVisible()}


DIALOG_BUTTONS = {"Accept selected", "Reject selected", "Accept all pending", "Add accepted facts to the fact base",
                  "Close"}


def t_import_article(c: Ctx, action: QAction) -> None:
    c.answers.open_file = str(ARTICLE)
    stated = len(c.window.fact_base.stated)
    action.trigger()
    assert c.answers.asked == ["open"]
    dialog = c.window.review_dialog
    assert isinstance(dialog, ImportDialog), c.answers.boxes
    c.qtbot.waitExposed(dialog)
    assert dialog.windowTitle().startswith("Import article")
    buttons = review_buttons(dialog)
    assert set(buttons) == DIALOG_BUTTONS, "a button of the review dialog has no test here"
    # Its buttons, as a person clicks them: accept the first candidate, reject the second ...
    first = dialog.model.candidate(0)
    assert "fraction" not in first.note
    # The wire names the port group, not a city of its figures: the city is left for the reviewer. Added without
    # one, nothing is written and the row's Check cell says what is missing; typed in, the row goes in.
    assert first.city == ""
    dialog.table.selectRow(0)
    buttons["Accept selected"].click()
    buttons["Add accepted facts to the fact base"].click()
    assert dialog.message.text().startswith("Nothing was written: 1 problem")
    check = [k for k, *_ in COLUMNS].index("check")
    assert dialog.model.index(0, check).data() == "city is empty (one of cities.csv)"
    type_into(c.qtbot, dialog, 0, "city", "Dalian")
    dialog.table.selectRow(0)
    buttons["Accept selected"].click()
    assert dialog.model.status(0) == ACCEPTED
    dialog.table.selectRow(1)
    buttons["Reject selected"].click()
    assert dialog.model.status(1) == REJECTED
    # ... and add the one accepted fact: the window reloads with it.
    with c.qtbot.waitSignal(dialog.imported, timeout=10000):
        buttons["Add accepted facts to the fact base"].click()
    assert len(c.window.fact_base.stated) == stated + 1
    assert c.window.review_dialog is None or not c.window.review_dialog.isVisible()


def t_coverage(c: Ctx, action: QAction) -> None:
    c.window.select_fact("F01")
    action.trigger()
    dialog = c.window.review_dialog
    assert isinstance(dialog, ImportDialog)
    c.qtbot.waitExposed(dialog)
    assert dialog.windowTitle().startswith("Numbers not yet covered")
    buttons = review_buttons(dialog)
    assert set(buttons) == DIALOG_BUTTONS
    assert dialog.model.rowCount()  # F01's article has numbers no fact covers
    buttons["Accept all pending"].click()
    assert all(dialog.model.status(r) != PENDING for r in range(dialog.model.rowCount()))
    before = (c.data / "facts.csv").read_bytes()
    # Closing with decisions asks first: "Cancel" keeps the review open ...
    c.answers.box_answer = QMessageBox.StandardButton.Cancel
    buttons["Close"].click()
    assert len(c.answers.boxes) == 1 and dialog.isVisible() and c.window.review_dialog is dialog
    # ... "Discard" closes it and writes nothing.
    c.answers.box_answer = QMessageBox.StandardButton.Discard
    with c.qtbot.waitSignal(dialog.finished, timeout=5000):
        buttons["Close"].click()
    assert (c.data / "facts.csv").read_bytes() == before  # closing writes nothing
    assert c.window.review_dialog is None


def t_export_facts(c: Ctx, action: QAction) -> None:
    target = c.tmp / "all-facts.csv"
    c.answers.save_file = str(target)
    action.trigger()
    with target.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(c.window.fact_base.facts)
    assert {r["id"] for r in rows} == set(c.window.fact_base.facts["id"])


def t_export_png(c: Ctx, action: QAction) -> None:
    target = c.tmp / "plot.png"
    c.answers.save_file = str(target)
    action.trigger()
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 100


def t_export_svg(c: Ctx, action: QAction) -> None:
    target = c.tmp / "plot.svg"
    c.answers.save_file = str(target)
    action.trigger()
    assert "<svg" in target.read_text(encoding="utf-8")


def t_quit(c: Ctx, action: QAction) -> None:
    show_active(c)
    c.window.select_fact("F05")
    action.trigger()
    assert not c.window.isVisible()
    c.window.settings.sync()
    assert c.window.settings.value("lastFact") == "F05"  # quitting keeps the settings


def t_copy(c: Ctx, action: QAction) -> None:
    c.window.select_fact("F01")
    QGuiApplication.clipboard().clear()
    action.trigger()
    data = QGuiApplication.clipboard().mimeData()
    assert {"text/plain", "text/html", "text/csv"} <= set(data.formats())
    assert data.text().splitlines()[1].startswith("over 1,000.21 billion yuan\t")


def t_copy_value(c: Ctx, action: QAction) -> None:
    c.window.select_fact("F01")
    action.trigger()
    assert QGuiApplication.clipboard().text() == "1000.21"


def t_copy_citation(c: Ctx, action: QAction) -> None:
    c.window.select_fact("F01")
    action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Dalian: GDP (2025): over 1,000.21 billion yuan.") and "fact F01" in text


def t_copy_plot(c: Ctx, action: QAction) -> None:
    QGuiApplication.clipboard().clear()
    action.trigger()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() > 100


def t_find(c: Ctx, action: QAction) -> None:
    show_active(c)
    c.window.table.setFocus()
    c.window.nav.filter_edit.setText("GDP")
    action.trigger()
    edit = c.window.nav.filter_edit
    c.qtbot.waitUntil(edit.hasFocus)
    assert edit.selectedText() == "GDP"


def t_group_by_sector(c: Ctx, action: QAction) -> None:
    action.trigger()
    assert c.window.nav.tree_model.grouping == "sector" and c.window.nav.by_sector.isChecked()


def t_group_by_city(c: Ctx, action: QAction) -> None:
    c.window.set_grouping("sector")
    action.trigger()
    assert c.window.nav.tree_model.grouping == "city" and c.window.nav.by_city.isChecked()


def t_conflicts_only(c: Ctx, action: QAction) -> None:
    # One source: nothing is in conflict, so the tree and the table empty (and say so) until it is off again.
    total = c.window.table_proxy.rowCount()
    c.window.nav.tree.setCurrentIndex(c.window.nav.tree_proxy.index(0, 0))
    action.trigger()
    assert action.isChecked() and c.window.table_proxy.rowCount() == 0
    assert c.window.nav.tree_proxy.index(0, 1).data().startswith("0 of ")
    action.trigger()
    assert not action.isChecked() and c.window.table_proxy.rowCount() >= total


def t_problems_panel(c: Ctx, action: QAction) -> None:
    assert c.window.problems_dock.isHidden()
    action.trigger()
    assert not c.window.problems_dock.isHidden()
    panel = c.window.problems_panel
    assert panel.currentWidget() is panel.empty_label and panel.empty_label.text().startswith("No problems found")
    action.trigger()
    assert c.window.problems_dock.isHidden()


def t_plots_panel(c: Ctx, action: QAction) -> None:
    assert not c.window.plots.isHidden()
    action.trigger()
    assert c.window.plots.isHidden()
    action.trigger()
    assert not c.window.plots.isHidden()


def t_dark_theme(c: Ctx, action: QAction) -> None:
    action.trigger()
    try:
        assert action.isChecked()
        c.qtbot.waitUntil(lambda: c.window.palette().color(c.window.palette().ColorRole.Base).lightness() < 100)
    finally:
        action.trigger()
    assert not action.isChecked()
    c.qtbot.waitUntil(lambda: c.window.palette().color(c.window.palette().ColorRole.Base).lightness() > 200)


def t_about(c: Ctx, action: QAction) -> None:
    action.trigger()
    assert len(c.answers.boxes) == 1
    assert "Fact Explorer" in c.answers.boxes[0] and str(c.data) in c.answers.boxes[0]


def t_about_qt(c: Ctx, action: QAction) -> None:
    action.trigger()
    assert c.answers.about_qt == 1


ACTION_TESTS: dict[str, Callable[[Ctx, QAction], None]] = {
    "open data folder": t_open_folder,
    "cancel loading": t_cancel_loading,
    "import article": t_import_article,
    "numbers not yet covered": t_coverage,
    "export facts": t_export_facts,
    "plot as png": t_export_png,
    "plot as svg": t_export_svg,
    "quit": t_quit,
    "copy": t_copy,
    "copy value": t_copy_value,
    "copy with citation": t_copy_citation,
    "copy plot": t_copy_plot,
    "find": t_find,
    "group by city": t_group_by_city,
    "group by sector": t_group_by_sector,
    "show only conflicts": t_conflicts_only,
    "problems panel": t_problems_panel,
    "plots panel": t_plots_panel,
    "dark theme": t_dark_theme,
    "about fact explorer": t_about,
    "about qt": t_about_qt,
}


def test_every_menu_action_has_a_test(window: MainWindow) -> None:
    found = set(menu_actions(window))
    assert found - set(ACTION_TESTS) == set(), "menu actions without a test in ACTION_TESTS"
    assert set(ACTION_TESTS) - found == set(), "tests of actions the menu bar no longer has"


def test_every_context_menu_action_has_a_test(window: MainWindow) -> None:
    widgets = context_menu_widgets(window)
    assert {w.objectName() for w in widgets} >= {"factTable", "navTree", "plotArea"}
    for widget in widgets:
        for action in widget.actions():
            assert key_of(action.text()) in ACTION_TESTS, (widget.objectName(), action.text())


@pytest.mark.parametrize("key", sorted(ACTION_TESTS))
def test_menu_action(ctx: Ctx, key: str) -> None:
    action = menu_actions(ctx.window).get(key)
    assert action is not None, f"no menu action {key!r}"
    ACTION_TESTS[key](ctx, action)


@pytest.mark.parametrize("name", ["factTable", "navTree", "plotArea"])
def test_context_menu_actions(ctx: Ctx, name: str) -> None:
    widget = ctx.window.findChild(QWidget, name)
    assert widget is not None and widget.actions()
    for action in widget.actions():
        ACTION_TESTS[key_of(action.text())](ctx, action)


def test_import_shortcut_reaches_the_review_dialog(ctx: Ctx) -> None:
    """Ctrl+I, as a person presses it in the window."""
    show_active(ctx)
    ctx.answers.open_file = str(ARTICLE)
    ctx.qtbot.keyClick(ctx.window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    ctx.qtbot.waitUntil(lambda: isinstance(ctx.window.review_dialog, ImportDialog))
    assert ctx.answers.boxes == []
    # Accept one candidate, then close: the question's "Add and close" adds it.
    dialog = ctx.window.review_dialog
    ctx.qtbot.waitExposed(dialog)
    stated = len(ctx.window.fact_base.stated)
    type_into(ctx.qtbot, dialog, 0, "city", "Dalian")  # (left empty for the reviewer: see t_import_article)
    dialog.table.selectRow(0)
    review_buttons(dialog)["Accept selected"].click()
    ctx.answers.box_answer = QMessageBox.StandardButton.Save
    with ctx.qtbot.waitSignal(dialog.imported, timeout=10000):
        review_buttons(dialog)["Close"].click()
    assert len(ctx.answers.boxes) == 1
    assert len(ctx.window.fact_base.stated) == stated + 1

"""The main window: builds the widgets, menus and settings, and wires them together.

What is shown and how it is loaded and searched is the session's (explorer.ui.session);
the tree with its grouping, filter box and current node is the nav panel's, used through
its methods. Read top to bottom: widgets, actions and menus, connections, then what each
action and signal does.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from explorer import __version__
from explorer.model.claims.agreement import CONFLICT
from explorer.model.files.paths import copy_fact_base, copy_target, read_only_reason
from explorer.model.formats.clipboard import figure_text
from explorer.model.load.factbase import FactBase
from explorer.model.numbers import counted
from explorer.model.queries import Grouping
from explorer.model.series import fact_fields
from explorer.ui import clipboard, theme
from explorer.ui.claim_panel import ClaimPanel
from explorer.ui.fact_table import (
    AGREEMENT_COLUMN,
    FIGURE_COLUMN,
    FactDelegate,
    FactFilterProxy,
    FactTableModel,
    MatchDelegate,
)
from explorer.ui.fact_view import FactTableView
from explorer.ui.layout_fence import SplitterFence
from explorer.ui.nav_panel import NavPanel
from explorer.ui.plot_export import copy_image, export_png, export_svg
from explorer.ui.plots import PlotArea
from explorer.ui.problems import ProblemsModel, ProblemsPanel
from explorer.ui.quote_view import QuotePanel
from explorer.ui.roles import FactIdRole, RowRole
from explorer.ui.session import Session

SETTINGS_VERSION = 1


def tell(parent: QWidget, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
    """A message box whose text is always plain: paths and file contents are never read as HTML."""
    box = QMessageBox(icon, title, "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.exec()


class MainWindow(QMainWindow):
    loaded = Signal()  # a fact base is shown (also after a failed load: then it is empty)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = Session(self)
        self._pending_fact: str | None = None
        self._showing_base = False  # selections made while a fact base is being shown are automatic
        self._reveal_pending = False
        self._detail_of: tuple[FactBase, str] | None = None  # the fact the quote, Sources panel and plots show
        self._choosing: str | None = None  # the fact select_fact is bringing into view
        self.review_dialog: QDialog | None = None  # the import / coverage review, while open
        self.setWindowTitle("Fact Explorer")
        self.setObjectName("mainWindow")

        self.nav = NavPanel()
        self.table_model = FactTableModel(self)
        self.table_proxy = FactFilterProxy(self, self.nav.state)  # filtered as the tree is, by the nav's state
        self.table_proxy.setSourceModel(self.table_model)
        self.table = FactTableView()
        self.table.setObjectName("factTable")
        self.table.setModel(self.table_proxy)
        # Cells are painted by Qt's own delegate, and by one that marks the filter's matches while there is a
        # filter: its Python paint() cost ~5 ms of every selection's repaint at a million facts, with nothing to mark.
        self._plain_delegate = FactDelegate(self.table)
        self._match_delegate = MatchDelegate(self.table)
        self.table.setItemDelegate(self._plain_delegate)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((250, 190, 85, 180, 110, 150, 45, 120)):
            header.resizeSection(col, width)
        header.moveSection(AGREEMENT_COLUMN, FIGURE_COLUMN + 1)  # seen beside the figure it judges
        self.table.setColumnHidden(AGREEMENT_COLUMN, True)  # until a fact base with several sources is shown
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.quote = QuotePanel()
        self.claims_panel = ClaimPanel()
        self.plots = PlotArea()

        # The article with the quote above; every source's version of the figure under it.
        self.quote_split = QSplitter(Qt.Orientation.Vertical)
        self.quote_split.setObjectName("quoteSplit")
        self.quote_split.addWidget(self.quote)
        self.quote_split.addWidget(self.claims_panel)
        self.quote_split.setSizes([250, 200])
        self.detail_split = QSplitter(Qt.Orientation.Horizontal)
        self.detail_split.setObjectName("detailSplit")
        self.detail_split.addWidget(self.quote_split)
        self.detail_split.addWidget(self.plots)
        self.detail_split.setSizes([480, 560])
        self.right_split = QSplitter(Qt.Orientation.Vertical)
        self.right_split.setObjectName("rightSplit")
        self.right_split.addWidget(self.table)
        self.right_split.addWidget(self.detail_split)
        self.right_split.setSizes([300, 420])
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.setObjectName("mainSplit")
        self.main_split.addWidget(self.nav)
        self.main_split.addWidget(self.right_split)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([290, 990])
        # Panes keep a usable size: a splitter (or an old settings file) never squeezes one to a sliver.
        self.table.setMinimumHeight(110)
        self.quote.setMinimumWidth(220)
        self.claims_panel.setMinimumHeight(90)
        self.claims_panel.hide()  # shown for a fact base whose figures are compared across sources
        for split in (self.main_split, self.right_split, self.detail_split, self.quote_split):
            split.setChildrenCollapsible(False)
        # A selection's new label texts lay out their panel, not the whole window (issue 15).
        self.layout_fence = SplitterFence(self)
        self.layout_fence.guard(self.main_split, self.right_split, self.detail_split, self.quote_split)
        self.setCentralWidget(self.main_split)

        self.problems_model = ProblemsModel(self)
        self.problems_panel = ProblemsPanel(self.problems_model)
        self.problems_view = self.problems_panel.view
        self.problems_dock = QDockWidget("Problems in the data", self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()

        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label.setToolTip("Facts stated and derived, sources, facts in conflict (another fact "
                                     "contradicts them and no other source confirms them), problems in the data")
        # While only conflicts are shown, the status bar says so for as long as it lasts (a narrowed view explained).
        self.conflicts_badge = QLabel("Showing only conflicts (Ctrl+Shift+K shows all)")
        self.conflicts_badge.setObjectName("conflictsBadge")
        self.conflicts_badge.setTextFormat(Qt.TextFormat.PlainText)
        self.conflicts_badge.hide()
        self.statusBar().addPermanentWidget(self.conflicts_badge)
        self.statusBar().addPermanentWidget(self.counts_label)

        self._make_actions()
        self._connect()
        self._restore_settings()

    # ---- actions and menus -----------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: Any = None, tip: str = "") -> QAction:
        """An action that calls ``slot()`` with no argument.

        ``triggered`` carries a ``checked`` bool: connected straight to a method with an optional
        parameter (``import_article_dialog(path=None)``), the bool would land in that parameter.
        """
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _make_actions(self) -> None:
        sc = QKeySequence.StandardKey
        self.act_open = self._action("&Open data folder…", self.open_folder_dialog, sc.Open,
                                     "Open another fact base folder (facts.csv, sources.csv, …)")
        self.act_cancel_load = self._action("&Cancel loading", self.cancel_load, None,
                                            "Stop waiting for the folder being loaded; the fact base shown stays")
        self.act_cancel_load.setEnabled(False)
        self.act_import = self._action("&Import article…", self.import_article_dialog, "Ctrl+I",
                                       "Find the figures of a plain-text article and review them into the fact base")
        self.act_coverage = self._action("Numbers not yet &covered…", self.coverage_dialog, "Ctrl+Shift+U",
                                         "Show the numbers of the selected fact's source that no fact covers")
        self.act_export = self._action("&Export facts…", self.export_dialog, "Ctrl+E",
                                       "Write all facts as CSV, JSON, XLSX or Markdown")
        self.act_png = self._action("Export plot as &PNG…", lambda: self._export_plot("png"), None,
                                    "Save the plot shown as a PNG image")
        self.act_svg = self._action("Export plot as &SVG…", lambda: self._export_plot("svg"), None,
                                    "Save the plot shown as an SVG drawing")
        self.act_quit = self._action("&Quit", self.close, sc.Quit)
        self.act_copy = self._action("&Copy", self.copy_selected, sc.Copy,
                                     "Copy the selected facts as cells, a table and CSV")
        self.act_copy_value = self._action("Copy &value", self.copy_value, "Ctrl+Shift+C",
                                           "Copy the bare number (1000.21); of several facts, each in its base unit")
        self.act_copy_citation = self._action("Copy with c&itation", self.copy_citation, "Ctrl+Alt+C",
                                              "Copy a sentence with the figure, its quote and its source")
        self.act_copy_plot = self._action("Copy plot &image", self.copy_plot, None,
                                          "Copy the plot shown as an image")
        self.act_find = self._action("&Find…", self.focus_filter, sc.Find, "Filter the tree and the table")
        self.act_by_city = self._action("Group by &city", lambda: self.set_grouping("city"), "Ctrl+1")
        self.act_by_sector = self._action("Group by &sector", lambda: self.set_grouping("sector"), "Ctrl+2")
        group = QActionGroup(self)
        for act in (self.act_by_city, self.act_by_sector):
            act.setCheckable(True)
            group.addAction(act)
        self.act_by_city.setChecked(True)
        self.act_conflicts = self._action(
            "Show only &conflicts", lambda: self.set_conflicts_only(self.act_conflicts.isChecked()), "Ctrl+Shift+K",
            "Narrow the tree and the table to the figures another source contradicts and none confirms")
        self.act_conflicts.setCheckable(True)
        self.act_dark = self._action("&Dark theme", lambda: self._toggle_dark(self.act_dark.isChecked()),
                                     "Ctrl+Shift+D", "Switch light/dark")
        self.act_dark.setCheckable(True)
        self.act_about = self._action("&About Fact Explorer", self.show_about)

        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for act in (self.act_open, self.act_cancel_load, self.act_import, self.act_coverage, self.act_export,
                    self.act_png, self.act_svg):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit = bar.addMenu("&Edit")
        for act in (self.act_copy, self.act_copy_value, self.act_copy_citation, self.act_copy_plot):
            edit.addAction(act)
        edit.addSeparator()
        edit.addAction(self.act_find)
        view = bar.addMenu("&View")
        view.addAction(self.act_by_city)
        view.addAction(self.act_by_sector)
        view.addAction(self.act_conflicts)
        view.addSeparator()
        self.act_problems = self.problems_dock.toggleViewAction()
        self.act_problems.setText("&Problems panel")
        self.act_problems.setShortcut(QKeySequence("Ctrl+Shift+P"))
        view.addAction(self.act_problems)
        self.act_plots = QAction("P&lots panel", self, checkable=True, checked=True)
        self.act_plots.toggled.connect(self.plots.setVisible)
        view.addAction(self.act_plots)
        view.addSeparator()
        view.addAction(self.act_dark)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.act_about)
        help_menu.addAction(self._action("About &Qt", lambda: QMessageBox.aboutQt(self)))

        for act in (self.act_copy, self.act_copy_value, self.act_copy_citation):
            self.table.addAction(act)
        self.nav.add_actions([self.act_copy, self.act_by_city, self.act_by_sector])
        self.plots.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for act in (self.act_copy_plot, self.act_png, self.act_svg):
            self.plots.addAction(act)

    def _connect(self) -> None:
        self.nav.filterChanged.connect(self.apply_filter)
        self.nav.groupingChanged.connect(self.set_grouping)
        self.nav.currentChanged.connect(self._refresh_table)
        self.table.selectionModel().currentRowChanged.connect(self._table_current_changed)
        self.plots.factClicked.connect(self.select_fact)
        self.claims_panel.factChosen.connect(self.select_fact)
        self.table.copyRequested.connect(self.copy_selected)
        self.session.loaded.connect(self._show_base)
        self.session.loadFailed.connect(self._load_failed)
        self.session.filterStarted.connect(lambda text: self.statusBar().showMessage(f"Filtering “{text}” …"))
        self.session.filterReady.connect(self._show_filter)

    @property
    def fact_base(self) -> FactBase | None:
        return self.session.fact_base

    @property
    def data_dir(self) -> Path | None:
        return self.session.data_dir

    # ---- loading -----------------------------------------------------------------------
    def load(self, data_dir: Path) -> Future[Any]:
        """Load a data folder off the UI thread; ``loaded`` is emitted when it is shown."""
        folder = Path(data_dir)
        self.statusBar().showMessage(f"Loading {folder} … (File ▸ Cancel loading stops waiting)")
        self.counts_label.setText("Loading…")
        self.act_cancel_load.setEnabled(True)
        return self.session.load(folder)

    def cancel_load(self) -> None:
        """Stop waiting for the load under way: its result, should it come, is dropped; the fact base shown stays."""
        if not self.session.cancel_load():
            return
        self.act_cancel_load.setEnabled(False)
        self.counts_label.setText(self._counts_text())
        shown = f"; {self.data_dir} stays open" if self.data_dir is not None else ""
        self.statusBar().showMessage(f"Loading cancelled{shown}", 8000)

    def load_now(self, data_dir: Path) -> None:
        """Load on the calling thread (tests and --quit-after-show need no worker)."""
        self.act_cancel_load.setEnabled(False)  # a load under way is dropped, also if this one fails
        self.session.load_now(Path(data_dir))

    def _load_failed(self, folder: Path, error: str) -> None:
        # The fact base shown so far stays, and so does the folder it came from.
        self.act_cancel_load.setEnabled(False)
        self.counts_label.setText(self._counts_text())
        self.statusBar().showMessage(f"Could not open {folder}", 8000)
        tell(self, "Cannot open the fact base", f"The folder {folder} could not be loaded.\n\n{error}")
        self.loaded.emit()

    def _counts_text(self) -> str:
        base = self.fact_base
        if base is None:
            return ""
        counts = base.counts()
        parts = [counted(counts.stated, "fact"), f"{counts.derived:,} derived", counted(len(base.sources), "source")]
        agreement = self.table_model.agreement if self.table_model.fact_base is base else None
        if agreement is not None and (len(base.sources) > 1 or agreement.conflicts):
            parts.append(counted(agreement.conflicts, "conflict"))  # facts no other source confirms, one contradicts
        parts.append(counted(len(base.problems), "problem"))
        return " · ".join(parts)

    def _show_base(self, base: FactBase) -> None:
        self.act_cancel_load.setEnabled(self.session.loading)
        self._showing_base = True
        try:
            self._show_base_now(base)
        finally:
            self._showing_base = False
        if self._reveal_pending and self.current_fact_id():
            self.plots.select_fact(self.current_fact_id())
        self._reveal_pending = False
        self.loaded.emit()

    def _show_base_now(self, base: FactBase) -> None:
        keep = self._pending_fact or self.current_fact_id()
        # The platform appends the application's display name ("… — Fact Explorer"): not repeated here.
        self.setWindowTitle(base.data_dir.resolve().name or str(base.data_dir.resolve()))
        self.nav.set_fact_base(base)  # first: it drops the filter of the old facts, for the table too
        self.table_model.set_fact_base(base)
        self.plots.set_fact_base(base)
        self.problems_model.set_problems(base.problems)
        self.apply_filter(self.nav.filter_text())
        self.nav.reset_view()
        # Names whole in the tree (up to a third of the window) and figures whole in the table.
        sizes = self.main_split.sizes()
        want = min(self.nav.names_width([label.display for label in (*base.cities.values(), *base.sectors.values())]),
                   max(sum(sizes), 960) // 3)  # (before the first show the window is still small)
        if sizes[0] < want:
            self.main_split.setSizes([want, max(sum(sizes) - want, 1)])
        self.table.resizeColumnToContents(1)
        # Agreement across sources: a column only where there are several sources (or a source contradicts itself).
        agreement = self.table_model.agreement
        compared = agreement is not None and (len(base.sources) > 1 or agreement.conflicts > 0)
        if compared and self.table.isColumnHidden(AGREEMENT_COLUMN):
            header = self.table.horizontalHeader()
            for col, width in ((3, 150), (5, 130), (AGREEMENT_COLUMN, 120)):  # room for it beside the metric
                header.resizeSection(col, width)
        self.table.setColumnHidden(AGREEMENT_COLUMN, not compared)
        self.claims_panel.setVisible(compared)
        if compared and self.current_fact_id():
            self.claims_panel.show_fact(base, self.current_fact_id())  # type: ignore[arg-type]
        errors = sum(p.severity == "error" for p in base.problems)
        self.counts_label.setText(self._counts_text())
        if errors:
            self.problems_dock.show()
            self.statusBar().showMessage(
                f"Loaded with {counted(errors, 'problem')}: the rows concerned were left out "
                "(View ▸ Problems panel)")
        else:
            self.statusBar().showMessage(f"Loaded {counted(base.counts().stated, 'fact')} from {base.data_dir}", 5000)
        kept = self.table_model.row_of(keep) if keep else None
        # Conflicts only stays on at a start: a remembered fact that is not in conflict is not shown then.
        if keep and kept is not None and not (self.act_conflicts.isChecked() and not self.nav.state.showing(kept)):
            self.select_fact(keep)
        self._pending_fact = None

    def select_when_loaded(self, fact_id: str) -> None:
        if self.fact_base is not None:
            self.select_fact(fact_id)
        else:
            self._pending_fact = fact_id
            self._reveal_pending = True  # asked for by name (--select): show its plot too

    # ---- selection -----------------------------------------------------------------------
    def _refresh_table(self) -> None:
        keep = self._choosing or self.current_fact_id()
        rows = self.nav.current_rows()
        self.table_proxy.refilter(rows)
        place = self.nav.current_place()
        if place is not None:  # the node views (before/after, shares) show the selected node's facts
            self.plots.set_node(rows, *place)
        if keep is not None and self._select_row(keep):
            return
        if self.table_proxy.rowCount():
            self.table.setCurrentIndex(self.table_proxy.index(0, 0))
            self.table.selectRow(0)
        else:
            state = self.nav.state
            self._detail_of = None
            self.quote.clear("No fact is in conflict here." if state.conflicts_only
                             else "No fact matches." if state.filtered else "No facts here.")
            self.claims_panel.clear()

    def _table_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        fact_id = current.data(FactIdRole) if current.isValid() else None
        if self.fact_base is None or fact_id is None:
            self._detail_of = None
            self.plots.select_fact(None)
            return
        shown = self._detail_of
        if shown is None or shown[0] is not self.fact_base or shown[1] != fact_id:
            # The fact's panels, unless they show it already: a filter keystroke or a tree step that keeps the
            # current fact sets it again after the table's new rows, and the article, the Sources panel and the
            # chart were made again for it (and the article scrolled back to the quote the reader had left).
            self._detail_of = (self.fact_base, fact_id)
            self.quote.show_fact(self.fact_base, fact_id)
            if not self.claims_panel.isHidden():
                self.claims_panel.show_fact(self.fact_base, fact_id)
            # Showing a fact base keeps the plot tab the user left; a selection of theirs shows the fact's plot.
            self.plots.select_fact(fact_id, reveal=not self._showing_base)
        row = int(current.data(RowRole))
        where = self.table_model.matched_in(row)
        because = f" · “{self.table_model.match_text}” in its {', '.join(w.replace('_', ' ') for w in where)}" \
            if where else ""
        agreed = "" if self.table.isColumnHidden(AGREEMENT_COLUMN) else \
            self.table_model.cell(row, AGREEMENT_COLUMN)
        self.statusBar().showMessage(
            f"{fact_id}: {self.table_model.cell(row, 0)} — {self.table_proxy.index(current.row(), 1).data()}"
            + (f" · {agreed}" if agreed else "") + because)

    def current_fact_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(FactIdRole) if index.isValid() else None

    def selected_facts(self) -> pd.DataFrame:
        if self.fact_base is None:
            return pd.DataFrame()
        rows = sorted({self.table_proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table_proxy.mapToSource(self.table.currentIndex()).row()]
        return self.fact_base.facts.iloc[rows]

    def _select_row(self, fact_id: str) -> bool:
        source_row = self.table_model.row_of(fact_id)
        if source_row is None:
            return False
        index = self.table_proxy.mapFromSource(self.table_model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def select_fact(self, fact_id: str) -> None:
        """Select a fact in the tree (its city/sector node) and in the table, from anywhere."""
        if self.fact_base is None:
            return
        row = self.table_model.row_of(fact_id)
        if row is None:
            return
        agreement = self.table_model.agreement
        if self.act_conflicts.isChecked() and agreement is not None and agreement.kind[row] != CONFLICT:
            self.set_conflicts_only(False)  # asked for a fact that is not in conflict: show all again
            self.statusBar().showMessage("Showing all facts again: the fact chosen is not in conflict", 5000)
        if not self.nav.state.matching(row):
            self.nav.clear_filter()
        place = fact_fields(self.fact_base, fact_id, ("city", "sector"))
        # The node's table comes with the fact chosen current, not its first fact (shown, then replaced: a whole
        # selection's work, article, Sources panel and plots, for a fact nobody asked for).
        self._choosing = fact_id
        try:
            self.nav.select_place_of(str(place["city"]), str(place["sector"]))
        finally:
            self._choosing = None
        self._select_row(fact_id)

    # ---- filter and grouping ---------------------------------------------------------
    def apply_filter(self, text: str) -> None:
        self.session.filter(text)

    def _show_filter(self, text: str, matches: np.ndarray | None) -> None:
        agreement = self.table_model.agreement
        conflicts = None
        if self.act_conflicts.isChecked() and agreement is not None and len(agreement.kind) == self.table_model.rowCount():
            conflicts = agreement.conflict_mask
        self.table_model.set_match(text if matches is not None else "")
        delegate = self._match_delegate if self.table_model.match_text else self._plain_delegate
        if self.table.itemDelegate() is not delegate:
            self.table.setItemDelegate(delegate)
        self.nav.set_mask(matches, conflicts)
        state = self.nav.state
        self.conflicts_badge.setVisible(state.conflicts_only)
        self._refresh_table()
        if state.conflicts_only and state.shown is not None:
            which = f"matching “{text}” and " if state.filtered else ""
            self.statusBar().showMessage(f"Showing only conflicts: {counted(int(state.shown.sum()), 'fact')} "
                                         f"{which}in conflict (View ▸ Show only conflicts shows all again)")
        elif state.matches is not None:
            self.statusBar().showMessage(f"Filter “{text}”: {counted(int(state.matches.sum()), 'matching fact')}")

    def set_conflicts_only(self, on: bool) -> None:
        """Narrow the tree and the table to the facts in conflict (or show all again), keeping the text filter."""
        if self.act_conflicts.isChecked() != on:
            self.act_conflicts.setChecked(on)
        if self.fact_base is None:
            return
        self._show_filter(self.table_model.match_text, self.nav.state.matches)

    def set_grouping(self, grouping: Grouping) -> None:
        if grouping not in ("city", "sector"):
            return
        (self.act_by_city if grouping == "city" else self.act_by_sector).setChecked(True)
        keep = self.current_fact_id()
        if self.nav.set_grouping(grouping) and keep:
            self._select_row(keep)

    def focus_filter(self) -> None:
        self.nav.focus_filter()

    # ---- copy and export -----------------------------------------------------------------
    def copy_selected(self) -> None:
        facts = self.selected_facts()
        if self.fact_base is None or facts.empty:
            self.statusBar().showMessage("Nothing to copy: select one or more facts", 4000)
            return
        clipboard.copy_facts(self.fact_base, facts)
        self.statusBar().showMessage(f"Copied {counted(len(facts), 'fact')} as cells, an HTML table and CSV", 5000)

    def copy_value(self) -> None:
        facts = self.selected_facts()
        if facts.empty:
            return
        clipboard.copy_values(facts)
        if len(facts) == 1:
            # The number alone goes to the clipboard (for a cell); the message names the figure with its qualifier.
            figure = figure_text(facts.iloc[0].to_dict())
            self.statusBar().showMessage(f"Copied the bare value {QGuiApplication.clipboard().text()} "
                                         f"(of “{figure}”)", 5000)
        else:
            self.statusBar().showMessage(f"Copied {counted(len(facts), 'value')} in base units, each with its unit",
                                         5000)

    def copy_citation(self) -> None:
        facts = self.selected_facts()
        if self.fact_base is None or facts.empty:
            return
        clipboard.copy_citations(self.fact_base, facts)
        self.statusBar().showMessage(f"Copied {counted(len(facts), 'citation')} with quote and source", 5000)

    def copy_plot(self) -> None:
        copy_image(self.plots.current_view())
        self.statusBar().showMessage("Copied the plot as an image", 4000)

    def _export_plot(self, fmt: str) -> None:
        name = self.plots.tabText(self.plots.currentIndex()).replace(" / ", "-").replace(" ", "-").lower()
        path, _ = QFileDialog.getSaveFileName(self, f"Export plot as {fmt.upper()}", f"{name}.{fmt}",
                                              f"{fmt.upper()} (*.{fmt})")
        if not path:
            return
        try:
            (export_png if fmt == "png" else export_svg)(self.plots.current_view(), Path(path))
        except OSError as exc:
            tell(self, "Export failed", f"Could not write {path}:\n{exc}")
            return
        self.statusBar().showMessage(f"Saved the plot to {path}", 5000)

    def export_dialog(self) -> None:
        from explorer.model.formats.export import render, write_atomic

        if self.fact_base is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export facts", "facts.csv",
            "CSV (*.csv);;JSON (*.json);;Excel workbook (*.xlsx);;Markdown (*.md)")
        if not path:
            return
        fmt = Path(path).suffix.lstrip(".").lower()
        if fmt not in ("csv", "json", "xlsx", "md"):
            fmt = chosen.split("*.")[-1].rstrip(")")
            path = f"{path}.{fmt}"
        try:
            write_atomic(Path(path), render(self.fact_base, fmt))
        except OSError as exc:
            tell(self, "Export failed", f"Could not write {path}:\n{exc}")
            return
        self.statusBar().showMessage(f"Exported {len(self.fact_base.facts)} facts to {path}", 5000)

    def import_article_dialog(self, path: Path | None = None) -> None:
        from explorer.model.extract.importing import read_article
        from explorer.model.files.safe_read import describe
        from explorer.ui.import_dialog import ImportDialog

        if self.fact_base is None or self.data_dir is None:
            return
        if not self._ensure_writable_data_dir():
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, "Import article", str(Path.home()),
                                                    "Plain text (*.txt);;All files (*)")
            if not chosen:
                return
            path = Path(chosen)
        try:
            article = read_article(path, self.data_dir)
        except OSError as exc:  # a FIFO, a device or an article over the size limit is refused, never read
            tell(self, "Cannot import", f"{path} {describe(exc)}.")
            return
        except UnicodeDecodeError as exc:
            tell(self, "Cannot import", f"{path} cannot be read as UTF-8 text:\n{exc}")
            return
        self._review(ImportDialog(self.fact_base, self.data_dir, article.text, article=article, parent=self))

    def _ensure_writable_data_dir(self) -> bool:
        """The fact base an import writes to must be the user's own: never the copy inside the package."""
        assert self.data_dir is not None
        if not self.data_dir.is_dir():
            tell(self, "Import article",
                 f"The folder {self.data_dir} no longer exists: it was moved or deleted after it was opened, "
                 "so nothing can be added to it.\n\nOpen the fact base where it is now (File ▸ Open data folder…).")
            return False
        reason = read_only_reason(self.data_dir)
        if reason is None:
            return True
        why = ("is part of the installed app and is never changed" if reason == "packaged"
               else "is in a folder you cannot write to")
        tell(
            self, "Import article",
            f"The fact base in {self.data_dir} {why}.\n\n"
            "Choose an empty folder for your own copy of it; the article will be added there.",
            QMessageBox.Icon.Information)
        folder = QFileDialog.getExistingDirectory(self, "Folder for your fact base", str(Path.home()))
        if not folder:
            return False
        target = copy_target(Path(folder))
        try:
            copy_fact_base(self.data_dir, target)
        except OSError as exc:
            tell(self, "Import article", f"Could not copy the fact base to {target}:\n{exc}")
            return False
        self.load_now(target)
        self.statusBar().showMessage(f"Working on your copy of the fact base in {target}", 8000)
        return True

    def coverage_dialog(self) -> None:
        from explorer.ui.import_dialog import ImportDialog

        fact_id = self.current_fact_id()
        if self.fact_base is None or self.data_dir is None or fact_id is None:
            self.statusBar().showMessage("Select a fact: its source's uncovered numbers are shown", 4000)
            return
        # Accepting here appends to facts.csv: never to the copy shipped inside the app.
        if not self._ensure_writable_data_dir():
            return
        fact_id = self.current_fact_id() or fact_id
        if self.fact_base is None or self.table_model.row_of(fact_id) is None:
            return
        source = self.fact_base.sources.get(str(self.fact_base.fact(fact_id)["source_id"]))
        if source is None or source.text is None:
            return
        self._review(ImportDialog(self.fact_base, self.data_dir, source.text, source_id=source.id, parent=self))

    def _review(self, dialog: QDialog) -> None:
        self.review_dialog = dialog
        dialog.imported.connect(self._imported)  # type: ignore[attr-defined]
        dialog.finished.connect(lambda *_: setattr(self, "review_dialog", None))
        dialog.open()

    def _imported(self, result: Any) -> None:
        self.load_now(self.data_dir)  # type: ignore[arg-type]
        if result.fact_ids:
            self.select_fact(result.fact_ids[0])
        self.statusBar().showMessage(f"Added {counted(len(result.fact_ids), 'fact')} from {result.source_id}", 8000)

    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open data folder", str(self.data_dir or Path.home()))
        if folder:
            self.load(Path(folder))

    # ---- view ------------------------------------------------------------------------------
    def _toggle_dark(self, dark: bool) -> None:
        theme.apply(dark)
        self.plots.apply_palette(QApplication.palette())
        if self.fact_base is not None and self.current_fact_id():
            self.quote.show_fact(self.fact_base, self.current_fact_id())  # type: ignore[arg-type]

    def show_about(self) -> None:
        lines = [f"Fact Explorer {__version__}",
                 "Figures of economic articles, each with the exact words that state it.", ""]
        if self.fact_base is not None:
            lines.append(f"Data folder: {self.fact_base.data_dir}")
            for source in self.fact_base.sources.values():
                state = "verified" if source.verified else "CHANGED since its facts were checked"
                lines += ["", f"{source.title} ({source.date})", f"  {source.path}",
                          f"  sha256 {source.sha256}", f"  {state}"]
        box = QMessageBox(self)
        box.setWindowTitle("About Fact Explorer")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText("\n".join(lines))
        box.setIcon(QMessageBox.Icon.Information)
        box.exec()

    # ---- settings ---------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        try:
            version = int(str(s.value("version", SETTINGS_VERSION)))
        except (TypeError, ValueError):
            version = -1
        if version != SETTINGS_VERSION:
            s.clear()
        for name, restore in (("geometry", self.restoreGeometry), ("windowState", self.restoreState)):
            value = s.value(name)
            if value is not None:
                try:
                    restore(value)
                except (TypeError, ValueError):
                    pass
        if s.value("geometry") is None:
            self.resize(1280, 800)
        for split in (self.main_split, self.right_split, self.detail_split, self.quote_split):
            value = s.value(f"splitters/{split.objectName()}")
            if value is not None:
                try:
                    split.restoreState(value)
                except (TypeError, ValueError):
                    pass
        grouping = str(s.value("grouping", "city"))
        if grouping in ("city", "sector"):
            self.nav.set_grouping(grouping)  # type: ignore[arg-type]
            (self.act_by_city if grouping == "city" else self.act_by_sector).setChecked(True)
        self.act_conflicts.setChecked(str(s.value("conflictsOnly", "false")).lower() == "true")
        dark = str(s.value("dark", "false")).lower() == "true"
        if dark:
            self.act_dark.setChecked(True)
        self.plots.show_tab(str(s.value("plotTab", "")))
        fact = s.value("lastFact")
        self._pending_fact = str(fact) if fact else None

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("version", SETTINGS_VERSION)
        s.setValue("geometry", self.saveGeometry())
        s.setValue("windowState", self.saveState())
        for split in (self.main_split, self.right_split, self.detail_split, self.quote_split):
            s.setValue(f"splitters/{split.objectName()}", split.saveState())
        s.setValue("grouping", self.nav.grouping())
        s.setValue("dark", self.act_dark.isChecked())
        s.setValue("conflictsOnly", self.act_conflicts.isChecked())
        s.setValue("plotTab", self.plots.current_key())
        fact = self.current_fact_id()
        if fact:
            s.setValue("lastFact", fact)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.session.close()
        super().closeEvent(event)


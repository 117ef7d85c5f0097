"""Reviewing candidate facts beside their article: edit, accept or reject, then add the accepted ones.

The figures of a long text are found in a worker thread while the dialog shows its progress
(Cancel stops it); a short one's are there when the dialog opens.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QRegularExpressionValidator,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from explorer.model.extract import Candidate, NumberToken, extract_with_tokens
from explorer.model.extract.core import fact_spans, uncovered
from explorer.model.extract.importing import (
    Article,
    ImportRejected,
    ImportResult,
    accept,
    fact_rows,
    new_city_rows,
    new_sector_rows,
    vocabulary,
)
from explorer.model.load.factbase import FactBase
from explorer.model.numbers import QUALIFIERS, UNITS, counted, format_figure
from explorer.ui.roles import FactIdRole, SortRole
from explorer.ui.text_marks import TextWindow
from explorer.ui.tooltip import plain_tooltip

Index = QModelIndex | QPersistentModelIndex

PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"
# (row key, header, editable)
COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("status", "Status", False),
    ("figure", "Figure", False),
    ("value", "Value", True),
    ("unit", "Unit", True),
    ("qualifier", "Qualifier", True),
    ("period", "Period", True),
    ("as_printed", "As printed", False),
    ("city", "City", True),
    ("sector", "Sector", True),
    ("entity", "Entity", True),
    ("metric", "Metric", True),
    ("confidence", "Sure", False),
    ("check", "Check", False),
)
_KEYS = [c[0] for c in COLUMNS]


_DATE_TEXT = re.compile(r"(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")  # sources.csv's date


class CandidateModel(QAbstractTableModel):
    """The candidates as editable facts.csv rows, each with its review status and validation problems."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # A row's facts.csv cells are made when first shown or edited: a huge text has a million candidates.
        self._rows: list[dict[str, str] | None] = []
        self._ids: list[str] = []
        self._candidates: list[Candidate] = []
        self._status: list[str] = []
        self._problems: list[str] = []
        self._period_edited: set[int] = set()  # rows whose period the reviewer typed: re-dating leaves them
        self.rejections: list[tuple[int, bool]] = []  # (row, now rejected): what covers the numbers changed

    def set_candidates(self, candidates: Sequence[Candidate], ids: Sequence[str]) -> None:
        """The candidates, each with the facts.csv id it will have (see ``fact_ids``)."""
        self.beginResetModel()
        self._candidates = list(candidates)
        self._ids = list(ids)
        self._rows = [None] * len(self._candidates)
        self.rejections = []
        self._status = [PENDING] * len(self._candidates)
        self._problems = [""] * len(self._candidates)
        self._period_edited = set()
        self.endResetModel()

    # -- access ----------------------------------------------------------------------------
    def candidate(self, row: int) -> Candidate:
        return self._candidates[row]

    def row_dict(self, row: int) -> dict[str, str]:
        data = self._rows[row]
        if data is None:
            data = fact_rows([self._candidates[row]], ())[0]
            data["id"] = self._ids[row]
            self._rows[row] = data
        return data

    def status(self, row: int) -> str:
        return self._status[row]

    def status_counts(self) -> Counter[str]:
        return Counter(self._status)

    def accepted_rows(self) -> list[dict[str, str]]:
        return [self.row_dict(r) for r, s in enumerate(self._status) if s == ACCEPTED]

    def set_status(self, rows: Sequence[int], status: str) -> None:
        for row in rows:
            if REJECTED in (status, self._status[row]) and status != self._status[row]:
                self.rejections.append((row, status == REJECTED))
            self._status[row] = status
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1))

    def redate(self, periods: dict[tuple[int, int], str]) -> int:
        """Each candidate's period as ``periods`` gives it (by printed span), where the reviewer has not edited
        the period; returns how many changed."""
        changed = []
        for row, cand in enumerate(self._candidates):
            new = periods.get((cand.printed_start, cand.printed_end))
            if new is None or new == cand.period:
                continue
            if row in self._period_edited:
                continue  # the reviewer's own period stands (even retyped as it was)
            data = self._rows[row]
            cand.period = new
            if data is not None:
                data["period"] = new
                self._problems[row] = ""
            changed.append(row)
        if changed:  # (the whole rows: a Check message cleared with the old period goes too)
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), len(COLUMNS) - 1))
        return len(changed)

    def set_problems(self, by_id: dict[str, str]) -> None:
        self._problems = [by_id.get(fid, "") for fid in self._ids]
        if self._rows:
            col = _KEYS.index("check")
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section][1]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()][2]:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _cell(self, row: int, key: str) -> str:
        data = self.row_dict(row)
        if key == "status":
            return self._status[row]
        if key == "figure":
            try:
                return format_figure(float(data["value"]), data["unit"], data["qualifier"])
            except ValueError:
                return data["value"]
        if key == "confidence":
            return f"{self._candidates[row].confidence:.0%}"
        if key == "check":
            return self._problems[row] or ("" if self._rows_valid(row) else "unit or qualifier unknown")
        return data.get(key, "")

    def _rows_valid(self, row: int) -> bool:
        data = self.row_dict(row)
        return data["unit"] in UNITS and data["qualifier"] in QUALIFIERS and data["qualifier"] != "derived"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, key = index.row(), COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._cell(row, key)
        if role == FactIdRole:
            return self._ids[row]
        if role == SortRole:
            if key == "value":
                try:
                    return float(self.row_dict(row)["value"])
                except ValueError:
                    return 0.0
            if key == "confidence":
                return self._candidates[row].confidence
            return self._cell(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            cand = self._candidates[row]
            sure = {"city": cand.city_confidence, "sector": cand.sector_confidence,
                    "entity": cand.entity_confidence, "metric": cand.metric_confidence}
            if key in sure:
                why = f"\n{cand.city_note}" if key == "city" and cand.city_note and self.row_dict(row)["city"] == \
                    cand.city else ""  # (the text names the city by a county of it; not once the reviewer changed it)
                return plain_tooltip(f"guessed, {sure[key]:.0%} sure{why}")
            if key == "check" and self._problems[row]:
                return plain_tooltip(self._problems[row])  # may quote an edited field
            return plain_tooltip(cand.note) if cand.note else None
        if role == Qt.ItemDataRole.ForegroundRole:
            status = self._status[row]
            if status == REJECTED:
                return QBrush(QColor("#888888"))
            if key == "check" and self._cell(row, key):
                return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.FontRole and self._status[row] == REJECTED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not COLUMNS[index.column()][2]:
            return False
        key = COLUMNS[index.column()][0]
        text = str(value).strip()
        if key == "value":
            try:
                float(text)
            except ValueError:
                return False
        self.row_dict(index.row())[key] = text
        if key == "period":
            self._period_edited.add(index.row())
        self._problems[index.row()] = ""
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        return True


class CandidateProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)


def fact_ids(candidates: Sequence[Candidate], existing_ids: Sequence[str]) -> list[str]:
    """The id each candidate takes in facts.csv: its own, unless a fact has it (as ``importing.fact_rows``)."""
    taken = set(existing_ids)
    ids = []
    for cand in candidates:
        fid = cand.id or "C"
        stem, n = fid, 1
        while fid in taken:
            n += 1
            fid = f"{stem}-{n}"
        taken.add(fid)
        ids.append(fid)
    return ids


@dataclass
class Extracted:
    """What the worker hands to the dialog."""

    candidates: list[Candidate]
    ids: list[str]
    tokens: list[NumberToken]
    uncovered: list[int]  # indices of the tokens that no fact or candidate covers


class ExtractionCancelled(Exception):
    """The review was closed while the figures were being found."""


def find_candidates(text: str, source_id: str, vocab: tuple[dict[str, list[str]], dict[str, str]],
                    spans: Sequence[tuple[int, int]], existing_ids: Sequence[str],
                    progress: Callable[[int, int], None] | None = None, published: str | None = None) -> Extracted:
    """The candidates of ``text`` that no fact (``spans``) covers yet, with their ids; Qt-free, for any thread.
    ``published``: when the text was written (see ``extract``), what its "this year" and 今年 count from."""
    candidates, tokens = extract_with_tokens(text, source_id, vocab[0], vocab[1], progress, published=published)
    if spans:  # a source already in the fact base: offer only what no fact covers yet
        starts = sorted(spans)
        ends, reach = [], -1
        for _, e in starts:  # how far the spans up to each reach
            reach = max(reach, e)
            ends.append(reach)
        kept = []
        for c in candidates:
            i = bisect.bisect_left(starts, (c.printed_end, -1))  # spans starting before the figure ends
            if not (i and ends[i - 1] > c.printed_start):
                kept.append(c)
        candidates = kept
    left = {id(t) for t in uncovered(tokens, [*spans, *((c.printed_start, c.printed_end) for c in candidates)])}
    return Extracted(candidates, fact_ids(candidates, existing_ids), tokens,
                     [i for i, t in enumerate(tokens) if id(t) in left])


def find_periods(text: str, published: str, progress: Callable[[int, int], None] | None = None,
                 ) -> dict[tuple[int, int], str]:
    """The period of each figure of ``text`` (by its printed span) when the text was written at ``published``;
    Qt-free, for any thread."""
    return {(c.printed_start, c.printed_end): c.period
            for c in extract_with_tokens(text, "", None, None, progress, calibrated=False, published=published)[0]}


def _merged(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _covers(merged: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a span of ``merged`` (sorted, disjoint) overlaps start:end."""
    i = bisect.bisect_right(merged, (end, end)) - 1
    while i >= 0 and merged[i][1] > start:
        if merged[i][0] < end:
            return True
        i -= 1
    return False


class _Signals(QObject):
    """Carries the worker's news to the dialog (queued: the worker is another thread)."""

    progressed = Signal(int)  # per cent
    finished = Signal(object)  # Extracted
    failed = Signal(str)


class ImportDialog(QDialog):
    """The candidates of one text beside it; nothing is written until "Add accepted facts" succeeds."""

    imported = Signal(object)  # ImportResult
    extracted = Signal()  # the candidates are in the table

    # Up to this many characters the figures are found before the dialog shows (at most ~0.2 s, even
    # for text that is all numbers); a longer text is read in a worker with a progress bar and Cancel.
    INLINE_LIMIT = 16_000

    def __init__(self, base: FactBase, data_dir: Path, text: str, *, article: Article | None = None,
                 source_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.data_dir = Path(data_dir)
        self.article = article
        self.source_id = article.source_id if article is not None else source_id
        self.text = text
        self.result_: ImportResult | None = None
        self.ready = False  # the candidates are known
        self._unsaved = False  # decisions or edits not yet added to the fact base
        existing = base.facts[(base.facts["source_id"] == self.source_id) & ~base.facts["derived"]] \
            if article is None else base.facts.iloc[0:0]
        self.fact_spans = fact_spans(existing.to_dict("records"))
        self.known_cities = list(base.cities)
        self.new_cities: list[dict[str, str]] = []  # cities the candidates name that the fact base lacks
        self.known_sectors = list(base.sectors)
        self.new_sectors: list[dict[str, str]] = []  # sectors of the catalogue the candidates name, the base lacks
        self.model = CandidateModel(self)
        self.proxy = CandidateProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tokens: list[NumberToken] = []
        self._printed_starts: list[int] = []
        # The numbers no fact or candidate covers, as token indices (and their starts), both sorted; kept
        # up to date one rejection at a time: a huge text has a million tokens.
        self._token_starts: list[int] = []
        self._uncovered: list[int] = []
        self._uncovered_starts: list[int] = []
        self._rejections_seen = 0
        self._fact_merged = _merged(self.fact_spans)

        title = article.title if article is not None else base.sources[self.source_id or ""].title
        self.setWindowTitle(("Import article — " if article is not None else "Numbers not yet covered — ") + title
                            + (f" ({article.date})" if article is not None and article.date else ""))
        self.table = QTableView()
        self.table.setObjectName("candidateTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((70, 170, 70, 100, 95, 80, 150, 115, 120, 150, 170, 45, 200)):  # (City: "Xishuangbanna")
            header.resizeSection(col, width)
        self.view = QPlainTextEdit()
        self.view.setObjectName("articleView")
        self.view.setReadOnly(True)
        self._window = TextWindow(self.view)  # plain text: nothing in an article is ever read as HTML
        self._window.show(text, "article")
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        # Shown while the worker finds the figures.
        self.progress_row = QWidget()
        self.progress_row.setObjectName("extractionProgress")
        progress_layout = QHBoxLayout(self.progress_row)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel(f"Finding the figures of {len(text):,} characters of text…")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton("&Cancel")
        self.cancel_button.setObjectName("cancelExtraction")
        self.cancel_button.setToolTip("Stop finding figures and close this window")
        progress_layout.addWidget(self.progress_label)
        progress_layout.addWidget(self.progress, 1)
        progress_layout.addWidget(self.cancel_button)
        self.progress_row.setVisible(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("j/k move · a accept · r reject · double-click or F2 edits a field"))
        left_layout.addWidget(self.table, 1)
        buttons_row = QHBoxLayout()
        self.accept_button = QPushButton("&Accept selected")
        self.reject_button = QPushButton("&Reject selected")
        self.all_button = QPushButton("Accept a&ll pending")
        for button in (self.accept_button, self.reject_button, self.all_button):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        left_layout.addLayout(buttons_row)
        # When the article was published (sources.csv's date): read from its text where it gives one, editable.
        self.date_edit = QLineEdit(article.date if article is not None else "")
        self.date_edit.setObjectName("publishedDate")
        self.date_edit.setPlaceholderText("YYYY-MM-DD, YYYY-MM or YYYY")
        self.date_edit.setToolTip("When the article was published, written to sources.csv with the source. Read from "
                                  "the text where it gives one; leave it empty if you do not know. The periods of "
                                  "\"this year\", \"last year\", 今年 and 去年 count from it: Enter counts them again "
                                  "(a period you edited stays yours).")
        self.date_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9-]{0,10}"), self.date_edit))
        self.date_edit.setMaximumWidth(160)
        date_label = QLabel("&Published:")
        date_label.setBuddy(self.date_edit)
        self.date_row = QWidget()
        date_layout = QHBoxLayout(self.date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(date_label)
        date_layout.addWidget(self.date_edit)
        date_layout.addStretch(1)
        self.date_row.setVisible(article is not None)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.view)
        split.setSizes([760, 440])
        self.buttons = QDialogButtonBox()
        self.add_button = self.buttons.addButton("Add accepted facts to the fact base",
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.date_row)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1240, 720)

        # Plain letters act only on the table, and never while a cell editor has the keyboard.
        self._keys = {Qt.Key.Key_J: lambda: self.step_row(1), Qt.Key.Key_K: lambda: self.step_row(-1),
                      Qt.Key.Key_A: lambda: self.mark(ACCEPTED), Qt.Key.Key_R: lambda: self.mark(REJECTED)}
        self.table.installEventFilter(self)
        self.accept_button.clicked.connect(lambda: self.mark(ACCEPTED))
        self.reject_button.clicked.connect(lambda: self.mark(REJECTED))
        self.all_button.clicked.connect(self.accept_all_pending)
        self.add_button.clicked.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        self.cancel_button.clicked.connect(self.cancel_extraction)
        self.date_edit.editingFinished.connect(self._redate)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._highlight())
        self.model.dataChanged.connect(self._status_changed)

        # The worker: a thread of its own, stopped at its next progress report once the dialog closes.
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._redate_signals: _Signals | None = None  # the worker's that dates the periods again (_redate)
        self._redating = False
        self._signals = _Signals()  # no parent: the worker may still hold it after the dialog is gone
        self._signals.progressed.connect(self.progress.setValue)
        self._signals.finished.connect(self._show_candidates)
        self._signals.failed.connect(self._extraction_failed)
        # The periods count "this year" from the date of publication: first the one the text gives (read again
        # by the extractor), then the reviewer's (_redate).
        self._dated_with: str | None = article.date if article is not None else None
        job = functools.partial(find_candidates, text, self.source_id or "", vocabulary(base),
                                list(self.fact_spans), list(base.facts["id"]))
        self._set_busy(True)
        if len(text) <= self.INLINE_LIMIT:
            self._show_candidates(job())
        else:
            self.progress_row.setVisible(True)
            self._thread = threading.Thread(target=self._work, args=(job, self._signals, self._cancel),
                                            name="extract", daemon=True)
            self._thread.start()
        self.table.setFocus()

    # -- the worker ---------------------------------------------------------------------------
    @staticmethod
    def _work(job: Callable[..., Extracted], signals: _Signals, cancel: threading.Event) -> None:
        """Runs in the worker thread: touches nothing of the dialog but the signals object it was given."""
        shown = -1

        def progress(done: int, total: int) -> None:
            nonlocal shown
            if cancel.is_set():
                raise ExtractionCancelled
            percent = 100 * done // max(total, 1)
            if percent != shown:
                shown = percent
                signals.progressed.emit(percent)

        try:
            found = job(progress=progress)
        except ExtractionCancelled:
            return
        except Exception as exc:  # noqa: BLE001 - shown to the reader, never lost in a thread
            signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        if not cancel.is_set():
            signals.finished.emit(found)

    @property
    def extracting(self) -> bool:
        """Whether the worker is still finding figures."""
        return self._thread is not None and self._thread.is_alive()

    def cancel_extraction(self) -> None:
        """Stop the worker (it ends at its next progress report) and close: there is nothing to review."""
        self._cancel.set()
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.accept_button, self.reject_button, self.all_button, self.table):
            widget.setEnabled(not busy)
        self.add_button.setEnabled(False)

    def _extraction_failed(self, message: str) -> None:
        self.progress_row.setVisible(False)
        if self._redating:  # the candidates stand as they were; the review goes on
            self._end_redating()
            self._highlight()
            self.message.setText(f"The periods could not be counted again: {message}")
            return
        self.message.setText(f"The figures of this text could not be found: {message}")

    def _show_candidates(self, found: Extracted) -> None:
        if self._cancel.is_set():
            return
        self.progress_row.setVisible(False)
        self.model.set_candidates(found.candidates, found.ids)
        self.new_cities = new_city_rows(({"city": c.city} for c in found.candidates), self.known_cities)
        self.new_sectors = new_sector_rows(({"sector": c.sector} for c in found.candidates), self.known_sectors)
        self.tokens = found.tokens
        self._printed_starts = [c.printed_start for c in found.candidates]
        self._token_starts = [t.start for t in found.tokens]
        self._uncovered = found.uncovered
        self._uncovered_starts = [self.tokens[i].start for i in found.uncovered]
        self._rejections_seen = 0
        self.ready = True
        self._set_busy(False)
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._highlight()
        self.table.setFocus()
        self.extracted.emit()
        self._redate()  # a date typed while the figures were found

    def _redate(self) -> None:
        """The reviewer gave another date of publication (Enter, or leaving the field): the periods that count
        from it ("this year", 今年, 去年, a part-year with no year) are worked out again; edited periods stay."""
        entered = self.date_edit.text().strip()
        if not self.ready or self._redating or self.article is None or entered == (self._dated_with or ""):
            return  # (a date typed while the figures are found is taken when they are: _show_candidates)
        if entered and not _DATE_TEXT.fullmatch(entered):
            self.message.setText(f"The periods were not dated again: {entered!r} is not YYYY, YYYY-MM or YYYY-MM-DD "
                                 "(a real month and day).")
            return
        job = functools.partial(find_periods, self.text, entered)
        if len(self.text) <= self.INLINE_LIMIT:
            self._apply_periods(entered, job())
            return
        self._redating = True
        self._set_busy(True)
        self.progress_label.setText(f"Counting the periods from {entered or 'no date'}…")
        self.cancel_button.setVisible(False)  # (Cancel closes the review: not while only the periods are counted)
        self.progress_row.setVisible(True)
        signals = self._redate_signals = _Signals()
        signals.progressed.connect(self.progress.setValue)
        signals.finished.connect(lambda periods: self._apply_periods(entered, periods))
        signals.failed.connect(self._extraction_failed)
        self._thread = threading.Thread(target=self._work, args=(job, signals, self._cancel), name="redate",
                                        daemon=True)
        self._thread.start()

    def _apply_periods(self, entered: str, periods: dict[tuple[int, int], str]) -> None:
        if self._cancel.is_set():
            return
        self._end_redating()
        self._dated_with = entered
        changed = self.model.redate(periods)
        self._highlight()
        counted_from = f"the date of publication {entered}" if entered else "no date of publication"
        self.message.setText(f"Periods counted from {counted_from}: {counted(changed, 'period')} changed"
                             + (" (periods you edited keep yours)." if changed else "."))
        self._redate()  # another date typed meanwhile

    def _end_redating(self) -> None:
        self._redating = False
        self.progress_row.setVisible(False)
        self.cancel_button.setVisible(True)
        self._set_busy(False)

    def done(self, result: int) -> None:
        self._cancel.set()  # a closed review needs no more figures
        super().done(result)

    # -- closing -----------------------------------------------------------------------------
    def reject(self) -> None:
        """Close (Close button, Escape, the window's close box), asking first if decisions would be lost."""
        if not self._unsaved or not self.ready:
            super().reject()
            return
        counts = self.model.status_counts()
        box = QMessageBox(QMessageBox.Icon.Question, "Close the review",
                          f"{counts[ACCEPTED]} accepted and {counted(counts[REJECTED], 'rejected candidate')} "
                          "and your edits "
                          "are not in the fact base yet.\n\nAdd the accepted facts before closing?",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Save).setText("Add and close")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save.value:
            self.commit()  # closes once the facts are added; stays open, saying why, if they cannot be
        elif answer == QMessageBox.StandardButton.Discard.value:
            super().reject()
        # Cancel (or the box closed): keep reviewing.

    # -- review ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            slot = self._keys.get(Qt.Key(event.key()))
            if slot is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                slot()
                return True
        return super().eventFilter(watched, event)

    def _selected_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.proxy.mapToSource(self.table.currentIndex()).row()}
        return sorted(rows)

    def step_row(self, step: int) -> None:
        current = self.table.currentIndex()
        row = min(max((current.row() if current.isValid() else -1) + step, 0), self.proxy.rowCount() - 1)
        if row >= 0:
            self.table.selectRow(row)

    def mark(self, status: str) -> None:
        rows = self._selected_rows()
        self.model.set_status(rows, status)
        if len(rows) == 1:
            self.step_row(1)

    def accept_all_pending(self) -> None:
        self.model.set_status([r for r in range(self.model.rowCount()) if self.model.status(r) == PENDING], ACCEPTED)

    def _status_changed(self, *_: Any) -> None:
        self._unsaved = True
        self._highlight()

    def _update_uncovered(self) -> None:
        """Take in the rejections since last time: a rejected candidate no longer covers its numbers."""
        log = self.model.rejections
        for row, rejected in log[self._rejections_seen:]:
            cand = self.model.candidate(row)
            first = bisect.bisect_left(self._token_starts, cand.printed_start - 200)
            for i in range(first, bisect.bisect_left(self._token_starts, cand.printed_end)):
                token = self.tokens[i]
                if token.end <= cand.printed_start or token.kind != "number":
                    continue
                at = bisect.bisect_left(self._uncovered, i)
                there = at < len(self._uncovered) and self._uncovered[at] == i
                if rejected and not there and not _covers(self._fact_merged, token.start, token.end):
                    self._uncovered.insert(at, i)
                    self._uncovered_starts.insert(at, token.start)
                elif not rejected and there:
                    del self._uncovered[at], self._uncovered_starts[at]
        self._rejections_seen = len(log)

    def uncovered_numbers(self) -> list[NumberToken]:
        """Numbers of the text that neither a fact nor a remaining candidate covers."""
        self._update_uncovered()
        return [self.tokens[i] for i in self._uncovered]

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        return self._window.selection(start, end, fmt)

    # Marks (extra selections) cost the view's layout and paint time for each one in a paragraph: a
    # text of nothing but numbers would have thousands in one line. Past this many, only the nearest
    # to the current candidate are marked.
    MAX_MARKS = 200

    def _in_view(self, starts: list[int], near: int) -> range:
        """The indices of ``starts`` (sorted) in the part of the text the view holds, at most MAX_MARKS nearest ``near``."""
        lo = bisect.bisect_left(starts, self._window.lo - 200)  # a figure starts at most this far before
        hi = bisect.bisect_right(starts, self._window.hi)
        if hi - lo > self.MAX_MARKS:
            middle = min(max(bisect.bisect_left(starts, near), lo + self.MAX_MARKS // 2), hi - self.MAX_MARKS // 2)
            lo, hi = middle - self.MAX_MARKS // 2, middle + self.MAX_MARKS // 2
        return range(lo, hi)

    def _highlight(self) -> None:
        def fmt(background: str, bold: bool = False, underline: bool = False) -> QTextCharFormat:
            f = QTextCharFormat()
            f.setBackground(QColor(background))
            f.setForeground(QColor("#111111"))
            if bold:
                f.setFontWeight(QFont.Weight.Bold)
            if underline:
                f.setFontUnderline(True)
            return f

        if not self.ready:
            return
        current = self.table.currentIndex()
        cand_now = self.model.candidate(self.proxy.mapToSource(current).row()) if current.isValid() else None
        if cand_now is not None:  # a huge text: show the part around the current candidate
            self._window.show(self.text, "article", (cand_now.start, cand_now.end))
        colours = {PENDING: fmt("#fff3b0"), ACCEPTED: fmt("#b9f6ca"), REJECTED: fmt("#e0e0e0")}
        window = self._window
        selections = [self._selection(s, e, fmt("#cfe3ff")) for s, e in self.fact_spans if window.holds(s, e)]
        near = cand_now.printed_start if cand_now is not None else 0
        for row in self._in_view(self._printed_starts, near):  # model rows are in text order
            cand = self.model.candidate(row)
            if window.holds(cand.printed_start, cand.printed_end):
                selections.append(self._selection(cand.printed_start, cand.printed_end,
                                                  colours[self.model.status(row)]))
        self._update_uncovered()
        left = [self.tokens[i] for i in self._uncovered[:13]]
        for i in self._in_view(self._uncovered_starts, near):
            token = self.tokens[self._uncovered[i]]
            if window.holds(token.start, token.end):
                selections.append(self._selection(token.start, token.end, fmt("#ffcdd2", underline=True)))
        if cand_now is not None:
            selections.insert(0, self._selection(cand_now.start, cand_now.end, fmt("#fffde7")))
            selections.append(self._selection(cand_now.printed_start, cand_now.printed_end, fmt("#ff9f1c", bold=True)))
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(window.position(cand_now.printed_start))
            self.view.setTextCursor(cursor)
            self.view.centerCursor()
        self.view.setExtraSelections(selections)
        counts = self.model.status_counts()
        numbers = ", ".join(t.text for t in left[:12]) + (" …" if len(left) > 12 else "")
        n_left = len(self._uncovered)
        covered = (f"{counted(len(self.fact_spans), 'fact')} already "
                   f"{'covers' if len(self.fact_spans) == 1 else 'cover'} figures of this text. ") if self.fact_spans else ""
        excerpt = f" {window.describe()}" if window.partial else ""
        typed = self._dated_with if self._dated_with and self.article and self._dated_with != self.article.date \
            else ""
        dated = "" if self.article is None else (
            f"\nDated {typed} (entered in the review; the periods count from it)." if typed
            else f"\nDated {self.article.date} ({self.article.date_note})." if self.article.date and self._dated_with
            else "\nNo date of publication found in the text: the source is added undated unless you enter one "
            "(Published)."
            if not self.article.date else "\nNo date of publication: the date read from the text was cleared.")
        self.summary.setText(
            f"{covered}{counted(self.model.rowCount(), 'candidate')}: "
            f"{counts[ACCEPTED]} accepted, {counts[REJECTED]} rejected, "
            f"{counts[PENDING]} to review. Numbers no fact or candidate covers (red): {n_left}"
            + (f" — {numbers}" if left else "") + excerpt
            + ("\nNew cities, added with the accepted facts that name them: "
               + ", ".join(f"{c['name']} ({c['name_zh']}{', the province' if c.get('kind') == 'province' else ''})"
                           for c in self.new_cities) if self.new_cities else "")
            + ("\nNew sectors, added with the accepted facts that name them: "
               + ", ".join(f"{s['name']} ({s['name_zh']})" for s in self.new_sectors) if self.new_sectors else "")
            + dated)
        self.add_button.setEnabled(counts[ACCEPTED] > 0)

    # -- commit ------------------------------------------------------------------------------
    def commit(self) -> None:
        if self._redating:
            self.message.setText("Nothing was written yet: the periods are being counted from the new date. "
                                 "Add the facts once that is done.")
            return
        if self.article is not None:
            entered = self.date_edit.text().strip()
            if entered and not _DATE_TEXT.fullmatch(entered):
                self.message.setText(f"Nothing was written: the date {entered!r} is not YYYY, YYYY-MM or YYYY-MM-DD "
                                     "(a real month and day). Correct it or leave it empty.")
                self.date_edit.setFocus()
                return
            if entered != self.article.date:
                self.article.date, self.article.date_note = entered, "entered in the review" if entered else ""
        rows = self.model.accepted_rows()
        cities = new_city_rows(rows, self.known_cities)
        sectors = new_sector_rows(rows, self.known_sectors)
        try:
            self.result_ = accept(self.data_dir, rows, self.article, None if self.article else self.source_id, cities,
                                  sectors)
        except ImportRejected as exc:
            by_id: dict[str, list[str]] = {}
            for problem in exc.problems:
                by_id.setdefault(problem.fact_id or "", []).append(problem.message.replace("; row rejected", ""))
            self.model.set_problems({k: "; ".join(v) for k, v in by_id.items()})
            self.message.setText(f"Nothing was written: {counted(len(exc.problems), 'problem')} in the accepted rows "
                                 "(see the Check column). Edit or reject those rows and try again.")
            return
        except OSError as exc:
            self.message.setText(f"Nothing was added: {exc.strerror or exc}")
            return
        self.imported.emit(self.result_)
        self.accept()

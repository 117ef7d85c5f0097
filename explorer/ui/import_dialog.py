"""Reviewing candidate facts beside their article: edit, accept or reject, then add the accepted ones."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from explorer.model.extract import Candidate, NumberToken, fact_spans, number_tokens, uncovered
from explorer.model.factbase import FactBase
from explorer.model.importing import Article, ImportRejected, ImportResult, accept, candidates_for, fact_rows
from explorer.model.numbers import QUALIFIERS, UNITS, format_figure
from explorer.ui.roles import FactIdRole, SortRole
from explorer.ui.text_marks import DocumentOffsets, span_selection
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


class CandidateModel(QAbstractTableModel):
    """The candidates as editable facts.csv rows, each with its review status and validation problems."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, str]] = []
        self._candidates: list[Candidate] = []
        self._status: list[str] = []
        self._problems: list[str] = []

    def set_candidates(self, candidates: Sequence[Candidate], rows: Sequence[dict[str, str]]) -> None:
        self.beginResetModel()
        self._candidates = list(candidates)
        self._rows = [dict(r) for r in rows]
        self._status = [PENDING] * len(rows)
        self._problems = [""] * len(rows)
        self.endResetModel()

    # -- access ----------------------------------------------------------------------------
    def candidate(self, row: int) -> Candidate:
        return self._candidates[row]

    def row_dict(self, row: int) -> dict[str, str]:
        return self._rows[row]

    def status(self, row: int) -> str:
        return self._status[row]

    def accepted_rows(self) -> list[dict[str, str]]:
        return [r for r, s in zip(self._rows, self._status) if s == ACCEPTED]

    def set_status(self, rows: Sequence[int], status: str) -> None:
        for row in rows:
            self._status[row] = status
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1))

    def set_problems(self, by_id: dict[str, str]) -> None:
        self._problems = [by_id.get(r["id"], "") for r in self._rows]
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
        data = self._rows[row]
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
        data = self._rows[row]
        return data["unit"] in UNITS and data["qualifier"] in QUALIFIERS and data["qualifier"] != "derived"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, key = index.row(), COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._cell(row, key)
        if role == FactIdRole:
            return self._rows[row]["id"]
        if role == SortRole:
            if key == "value":
                try:
                    return float(self._rows[row]["value"])
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
                return f"guessed, {sure[key]:.0%} sure"
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
        self._rows[index.row()][key] = text
        self._problems[index.row()] = ""
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        return True


class CandidateProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)


class ImportDialog(QDialog):
    """The candidates of one text beside it; nothing is written until "Add accepted facts" succeeds."""

    imported = Signal(object)  # ImportResult

    def __init__(self, base: FactBase, data_dir: Path, text: str, *, article: Article | None = None,
                 source_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.data_dir = Path(data_dir)
        self.article = article
        self.source_id = article.source_id if article is not None else source_id
        self.text = text
        self.result_: ImportResult | None = None
        existing = base.facts[(base.facts["source_id"] == self.source_id) & ~base.facts["derived"]] \
            if article is None else base.facts.iloc[0:0]
        self.fact_spans = fact_spans(existing.to_dict("records"))
        candidates = candidates_for(text, self.source_id or "", base)
        if self.fact_spans:  # a source already in the fact base: offer only what no fact covers yet
            candidates = [c for c in candidates
                          if not any(s < c.printed_end and c.printed_start < e for s, e in self.fact_spans)]
        self.model = CandidateModel(self)
        self.model.set_candidates(candidates, fact_rows(candidates, base.facts["id"]))
        self.proxy = CandidateProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tokens: list[NumberToken] = number_tokens(text)

        title = article.title if article is not None else base.sources[self.source_id or ""].title
        self.setWindowTitle(("Import article — " if article is not None else "Numbers not yet covered — ") + title)
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
        for col, width in enumerate((70, 170, 70, 100, 95, 80, 150, 80, 120, 150, 170, 45, 200)):
            header.resizeSection(col, width)
        self.view = QPlainTextEdit()
        self.view.setObjectName("articleView")
        self.view.setReadOnly(True)
        self.view.setPlainText(text)  # plain text: nothing in an article is ever read as HTML
        self._offsets = DocumentOffsets(text)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

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
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.view)
        split.setSizes([760, 440])
        self.buttons = QDialogButtonBox()
        self.add_button = self.buttons.addButton("Add accepted facts to the fact base",
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
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
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._highlight())
        self.model.dataChanged.connect(lambda *_: self._highlight())
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._highlight()
        self.table.setFocus()

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

    def uncovered_numbers(self) -> list[NumberToken]:
        """Numbers of the text that neither a fact nor a remaining candidate covers."""
        spans = list(self.fact_spans)
        for row in range(self.model.rowCount()):
            if self.model.status(row) != REJECTED:
                cand = self.model.candidate(row)
                spans.append((cand.printed_start, cand.printed_end))
        return uncovered(self.tokens, spans)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        return span_selection(self.view, start, end, fmt, self._offsets)

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

        colours = {PENDING: fmt("#fff3b0"), ACCEPTED: fmt("#b9f6ca"), REJECTED: fmt("#e0e0e0")}
        selections = [self._selection(s, e, fmt("#cfe3ff")) for s, e in self.fact_spans]
        for row in range(self.model.rowCount()):
            cand = self.model.candidate(row)
            selections.append(self._selection(cand.printed_start, cand.printed_end, colours[self.model.status(row)]))
        left = self.uncovered_numbers()
        for token in left:
            selections.append(self._selection(token.start, token.end, fmt("#ffcdd2", underline=True)))
        current = self.table.currentIndex()
        if current.isValid():
            cand = self.model.candidate(self.proxy.mapToSource(current).row())
            selections.insert(0, self._selection(cand.start, cand.end, fmt("#fffde7")))
            selections.append(self._selection(cand.printed_start, cand.printed_end, fmt("#ff9f1c", bold=True)))
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(self._offsets(cand.printed_start))
            self.view.setTextCursor(cursor)
            self.view.centerCursor()
        self.view.setExtraSelections(selections)
        counts = {s: sum(self.model.status(r) == s for r in range(self.model.rowCount()))
                  for s in (PENDING, ACCEPTED, REJECTED)}
        numbers = ", ".join(t.text for t in left[:12]) + (" …" if len(left) > 12 else "")
        covered = f"{len(self.fact_spans)} fact(s) already cover figures of this text. " if self.fact_spans else ""
        self.summary.setText(
            f"{covered}{self.model.rowCount()} candidate(s): {counts[ACCEPTED]} accepted, {counts[REJECTED]} rejected, "
            f"{counts[PENDING]} to review. Numbers no fact or candidate covers (red): {len(left)}"
            + (f" — {numbers}" if left else ""))
        self.add_button.setEnabled(counts[ACCEPTED] > 0)

    # -- commit ------------------------------------------------------------------------------
    def commit(self) -> None:
        rows = self.model.accepted_rows()
        try:
            self.result_ = accept(self.data_dir, rows, self.article, None if self.article else self.source_id)
        except ImportRejected as exc:
            by_id: dict[str, list[str]] = {}
            for problem in exc.problems:
                by_id.setdefault(problem.fact_id or "", []).append(problem.message.replace("; row rejected", ""))
            self.model.set_problems({k: "; ".join(v) for k, v in by_id.items()})
            self.message.setText(f"Nothing was written: {len(exc.problems)} problem(s) in the accepted rows "
                                 "(see the Check column). Edit or reject those rows and try again.")
            return
        except OSError as exc:
            self.message.setText(f"Nothing was added: {exc.strerror or exc}")
            return
        self.imported.emit(self.result_)
        self.accept()

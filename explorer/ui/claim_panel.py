"""The Sources panel: every source's version of the selected fact's claim, side by side, each with its quote."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.model.claims.agreement import CONFLICT, CORROBORATED, ClaimEntries, Entry, claim_entries
from explorer.model.claims.grouping import ratio_text
from explorer.model.load.factbase import FactBase
from explorer.model.numbers import counted, format_figure
from explorer.ui.roles import FactIdRole
from explorer.ui.tooltip import plain_tooltip

Index = QModelIndex | QPersistentModelIndex

HEADERS = ("Source", "Figure", "Quote")
SOURCE, FIGURE, QUOTE = range(len(HEADERS))
# Each entry's texts: the three cells of two lines each, then the parts the tooltip and the tests read.
TITLE, DATE, LANGUAGE, PRINTED, AGREEMENT, WHOLE_QUOTE = range(3, 9)
LEAD = 6  # characters of the quote shown before the figure
_CELLS = ("derived", "value", "unit", "qualifier", "formula", "as_printed", "quote")  # what an entry shows
_COLORS = {(True, False): "#1e7d3a", (True, True): "#6fd08c", (False, False): "#b34700", (False, True): "#ffab5e"}


class ClaimModel(QAbstractTableModel):
    """The facts of one claim: the selected fact first, then those that agree, then those in conflict."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._base: FactBase | None = None
        self._claim: ClaimEntries | None = None
        self._rows: list[tuple[str, ...]] = []

    def set_claim(self, base: FactBase | None, claim: ClaimEntries | None) -> None:
        self.beginResetModel()
        self._base, self._claim = base, claim
        self._rows = []
        if base is not None and claim is not None:
            # The cells the panel shows, each column's numpy array indexed once for the listed facts (``to_numpy``
            # of these columns copies nothing; a pandas ``take`` per column cost ~1 ms a selection at a million facts).
            rows = np.array([e.row for e in claim.entries], dtype=np.int64)
            cells = {k: base.facts[k].to_numpy()[rows].tolist() for k in _CELLS}
            self._rows = [self._texts(e, {k: cells[k][i] for k in _CELLS}) for i, e in enumerate(claim.entries)]
        self.endResetModel()

    def texts(self, row: int) -> tuple[str, ...]:
        """The entry's title, date, language, figure, agreement and whole quote."""
        return self._rows[row][TITLE:]

    def entry(self, row: int) -> Entry | None:
        return self._claim.entries[row] if self._claim is not None and 0 <= row < len(self._rows) else None

    def _texts(self, e: Entry, fact: dict[str, Any]) -> tuple[str, ...]:
        assert self._base is not None and self._claim is not None
        source = self._base.sources.get(e.source_id)
        title = source.title if source is not None else e.source_id
        date = source.date if source is not None else ""
        language = source.extra.get("language", "") if source is not None else ""
        if bool(fact["derived"]):
            figure = format_figure(float(fact["value"]), str(fact["unit"]), str(fact["qualifier"]), True)
            quote = f"computed: {fact['formula']}"
        else:
            qualifier = str(fact["qualifier"])
            words = qualifier.replace("expected_over", "expected to exceed")  # a code is no word for a reader
            figure = str(fact["as_printed"]) + ("" if qualifier in ("exact", "") else f" ({words})")
            quote = str(fact["quote"])
        whole = " ".join(quote.split())
        # The column is narrow: it shows the words just before the figure on (the whole quote is in the tooltip).
        at = whole.find(str(fact["as_printed"])) if not bool(fact["derived"]) else -1
        shown = f"…{whole[at - LEAD:]}" if at > LEAD + 2 else whole
        if e.selected:
            kind = self._claim.kind
            # The selected fact (in bold): its own standing, as in the table.
            agreement = ("✓ corroborated" if kind == CORROBORATED else "⚠ in conflict" if kind == CONFLICT else
                         "single" if self._claim.claim else "not compared")
        elif e.agrees:
            agreement = "✓ agrees"
        else:
            agreement = f"⚠ conflict {ratio_text(e.ratio)}" + (", unit slip" if e.slip else "")
        about = " · ".join(t for t in (date, language) if t)
        return (f"{title}\n{about}" if about else title, f"{figure}\n{agreement}", shown,
                title, date, language, figure, agreement, whole)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._claim.entries[index.row()] if self._claim is not None else None
        assert e is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == FactIdRole:
            return e.fact_id
        if role == Qt.ItemDataRole.ToolTipRole:
            texts = self._rows[index.row()]
            lines = [f"{e.fact_id} · {texts[TITLE]}" + (f" ({texts[DATE]})" if texts[DATE] else ""),
                     f"Figure: {texts[PRINTED]}", texts[AGREEMENT]]
            if e.note:
                lines.append(e.note)
            if not e.agrees:
                lines.append(f"Its figure is {ratio_text(e.ratio)} the selected one")
            lines.append(f"“{texts[WHOLE_QUOTE]}”")
            if not e.selected:
                lines.append("Click, or press Enter, to select this fact and see its words in its source")
            return plain_tooltip("\n".join(lines))
        if role == Qt.ItemDataRole.FontRole and e.selected:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == FIGURE and not e.selected:
            dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
            return QBrush(QColor(_COLORS[(e.agrees, dark)]))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(HEADERS):
            return HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal and section == FIGURE:
            return "Each figure as printed, and how it compares with the selected one (×r: it divided by the selected)"
        return None


class ClaimPanel(QWidget):
    """A summary line and a table of the claim's facts; choosing an entry asks the window to select that fact."""

    factChosen = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimPanel")
        self.summary = QLabel()
        self.summary.setObjectName("claimSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # text from data is never rich text
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Two lines, always: a summary of another length must not resize the article above it (a new wrap per click).
        self.summary.setFixedHeight(2 * self.summary.fontMetrics().lineSpacing() + 4)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.model = ClaimModel(self)
        self.view = QTableView()
        self.view.setObjectName("claimView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)  # two lines an entry, each elided: the whole quote is in the tooltip
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)
        self.view.setTabKeyNavigation(False)  # Tab leaves the panel, as in the other views
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # What tells the versions apart first; the quote is whole in its tooltip and, once chosen, in the article.
        for col, width in enumerate((125, 160)):
            header.resizeSection(col, width)
        self.view.setToolTip("Every source's version of the selected figure: click one, or press Enter, to see "
                             "its words in its source")
        self.view.clicked.connect(self._chosen)
        self.view.activated.connect(self._chosen)  # Enter or Return on the current entry
        self._pending: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.clear()

    def clear(self, message: str = "") -> None:
        self.model.set_claim(None, None)
        self.summary.setText(message or "Sources: select a fact to see who else states its figure.")

    def show_fact(self, base: FactBase, fact_id: str) -> None:
        row = base.row_of(fact_id)
        if row is None:
            self.clear()
            return
        claim = claim_entries(base, row)
        self.model.set_claim(base, claim)
        self.view.setCurrentIndex(self.model.index(0, 0))
        self.summary.setText(self._summary(base, claim))
        self.summary.setToolTip(plain_tooltip(self.summary.text()))

    @staticmethod
    def _summary(base: FactBase, claim: ClaimEntries) -> str:
        if not claim.claim:
            return "Sources: not compared (an event, or a figure without a period)."
        others = claim.entries[1:]
        own = claim.entries[0].source_id
        agreeing = {e.source_id for e in others if e.agrees} - {own}
        conflicting = [e for e in others if not e.agrees]
        parts = []
        if agreeing:
            parts.append(f"corroborated by {counted(len(agreeing), 'other source')}")
        if conflicting:
            slipped = [e for e in conflicting if e.slip]
            said = f"{counted(len(conflicting), 'figure')} in conflict"
            if claim.kind == CONFLICT and slipped and slipped[0].slip > 0:
                # This figure is the odd one out, a power of ten away: say how it likely happened.
                said += f" — {slipped[0].note}"
            elif slipped:
                said += f" — {', '.join(f'{e.fact_id} {ratio_text(e.ratio)}' for e in slipped[:3])}: likely unit slip"
            parts.append(said)
        if not others:
            parts.append("no other fact states it")
        elif not agreeing and not conflicting:
            parts.append("stated again by its own source only")
        text = f"{claim.claim}: {'; '.join(parts)}"
        if claim.more:
            text += f" (+{claim.more:,} more facts of this claim not listed)"
        return text

    def _chosen(self, index: QModelIndex) -> None:
        # Read now, emit once control is back in the event loop: where a style activates on a single click,
        # ``clicked`` and ``activated`` both come, and the entries must not have changed under the second.
        entry = self.model.entry(index.row())
        if entry is None or entry.selected or self._pending == entry.fact_id:
            return
        self._pending = entry.fact_id
        QTimer.singleShot(0, self._emit_pending)

    def _emit_pending(self) -> None:
        chosen, self._pending = self._pending, None
        if chosen is not None:
            self.factChosen.emit(chosen)

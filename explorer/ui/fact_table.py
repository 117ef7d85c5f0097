"""The table of facts: a lazy model over the fact DataFrame and a numpy-backed proxy for node and text filters."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from explorer.model.claims.agreement import CONFLICT, CORROBORATED, AgreementView, agreement_view, claim_entries
from explorer.model.claims.grouping import ratio_text
from explorer.model.load.factbase import FactBase
from explorer.model.numbers import QUALIFIERS, UNIT_CLASSES, date_number, format_date, format_figure
from explorer.model.search.index import SEARCH_COLUMNS
from explorer.model.search.matching import matcher, spans
from explorer.ui.filter_state import FilterState
from explorer.ui.roles import FactIdRole, MatchRole, RowRole, SortRole
from explorer.ui.tooltip import plain_tooltip

# The roles a cell answers; a view asks about ten per cell painted, and the others go back at once.
_CELL_ROLES = frozenset(int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole,
    FactIdRole, MatchRole, RowRole, SortRole))

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str], ...] = (
    ("metric", "Metric"),
    ("figure", "Figure"),
    ("period", "Period"),
    ("entity", "Entity"),
    ("city", "City"),
    ("sector", "Sector"),
    ("id", "ID"),
    ("agreement", "Agreement"),
)
FIGURE_COLUMN = 1
AGREEMENT_COLUMN = 7


# The Agreement column's text colour by (kind, dark theme): readable on both backgrounds.
AGREEMENT_COLORS = {
    (CORROBORATED, False): "#1e7d3a", (CORROBORATED, True): "#6fd08c",
    (CONFLICT, False): "#b34700", (CONFLICT, True): "#ffab5e",
}


def figure_ranks(facts: pd.DataFrame) -> np.ndarray:
    """The order of the figures, as one rank per fact: by unit class (money, %, counts, ..., dates),
    then by value in the base unit; events and years by their date. Equal figures share a rank.

    A rank rather than the value itself: a rank (No. 4), a share (40%) and a year (2031) are not
    comparable numbers, and a sort must never put them in one scale.
    """
    if not len(facts):
        return np.zeros(0, dtype=np.int64)
    dated = ((facts["kind"] == "event") | (facts["base_unit"] == "year")).to_numpy()
    units = facts["base_unit"].astype(str).to_numpy(dtype=object)
    codes, uniques = pd.factorize(units, use_na_sentinel=False)
    known = {u: i for i, u in enumerate(UNIT_CLASSES)}
    # Units no class lists come after the known ones (by name), dates last of all.
    extra = sorted(u for u in uniques if u not in known)
    order = {**known, **{u: len(known) + i for i, u in enumerate(extra)}}
    rank_of_class = np.array([order[u] for u in uniques], dtype=np.int64)
    classes = rank_of_class[codes]
    classes[dated] = len(order)
    numbers = facts["value_base"].to_numpy(dtype=float).copy()
    numbers[dated] *= 10_000  # a year as a date: 2029 -> 20290000
    events = (facts["kind"] == "event").to_numpy()
    if events.any():  # an event's period may give the day: "2026-01-23"
        periods = facts["period"].astype(str).to_numpy(dtype=object)[events]
        p_codes, p_uniques = pd.factorize(periods, use_na_sentinel=False)
        dates = np.array([np.nan if (d := date_number(str(p))) is None else d for p in p_uniques],
                         dtype=float)[p_codes]
        numbers[events] = np.where(np.isnan(dates), numbers[events], dates)
    by = np.lexsort((numbers, classes))
    same = np.r_[False, (classes[by][1:] == classes[by][:-1]) & (numbers[by][1:] == numbers[by][:-1])]
    ranks = np.empty(len(by), dtype=np.int64)
    ranks[by] = np.cumsum(~same) - 1
    return ranks


class FactTableModel(QAbstractTableModel):
    """One row per fact of the fact base; cells are computed on demand, nothing per fact is stored.

    Each shown column is held as one array (text columns share the DataFrame's strings), so a
    cell is an array lookup rather than a pandas row access.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._base: FactBase | None = None
        self._facts = pd.DataFrame()
        self._columns: dict[str, np.ndarray] = {}
        self._sort_keys: dict[int, np.ndarray] = {}
        self._match = ""  # the filter text whose matches are marked ("" when none)
        self._agreement: AgreementView | None = None

    def set_fact_base(self, base: FactBase | None) -> None:
        self.beginResetModel()
        self._base = base
        self._facts = base.facts if base is not None else pd.DataFrame()
        self._columns, self._sort_keys = {}, {}
        self._agreement = None
        if base is not None and len(self._facts):
            facts = self._facts
            self._values = facts["value"].to_numpy()
            self._ids = facts["id"].to_numpy(dtype=object)
            self._derived = facts["derived"].to_numpy()
            self._verified = facts["verified"].to_numpy()
            self._events = (facts["kind"] == "event").to_numpy()
            for key in ("metric", "period", "entity", "id", "unit", "qualifier"):
                self._columns[key] = facts[key].to_numpy(dtype=object)
            for key, label in (("city", base.city_label), ("sector", base.sector_label)):
                codes, uniques = pd.factorize(facts[key], use_na_sentinel=False)
                self._columns[key] = np.array([label(str(u)) for u in uniques], dtype=object)[codes]
            # Who else states each figure: built once per fact base (by the load's worker), read per cell.
            self._agreement = agreement_view(base)
            self._columns["agreement"] = self._agreement.text
            self._agreement_kind = self._agreement.kind
        self.endResetModel()

    @property
    def fact_base(self) -> FactBase | None:
        return self._base

    @property
    def agreement(self) -> AgreementView | None:
        """The claims' agreement per fact of the fact base shown (None when empty)."""
        return self._agreement

    def set_match(self, text: str) -> None:
        """Mark where ``text`` (the filter) matches in the cells, and say in the tooltip where else it did."""
        text = text.strip()
        if text == self._match:
            return
        self._match = text
        if len(self._facts):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._facts) - 1, len(COLUMNS) - 1),
                                  [MatchRole, Qt.ItemDataRole.ToolTipRole])

    @property
    def match_text(self) -> str:
        return self._match

    def matched_in(self, row: int) -> list[str]:
        """The searched fields of the fact at ``row`` where the filter matches (as the search decides)."""
        if not self._match:
            return []
        found = matcher(self._match.casefold())
        fact = self._facts.iloc[row]
        where = [column for column in SEARCH_COLUMNS if found(str(fact[column]).casefold())]
        for column in ("city", "sector"):
            if column not in where and found(str(self._columns[column][row]).casefold()):
                where.append(column)
        return where

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._facts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def _figure(self, row: int) -> str:
        if self._events[row]:  # an event's figure is its date, not a number
            return format_date(str(self._columns["period"][row]), float(self._values[row]),
                               self._columns["qualifier"][row])
        return format_figure(float(self._values[row]), self._columns["unit"][row], self._columns["qualifier"][row],
                             bool(self._derived[row]))

    def sort_key(self, column: int) -> np.ndarray:
        """What the rows sort by in ``column``, one number per fact: the figure's rank, or the text's rank."""
        key = self._sort_keys.get(column)
        if key is None:
            if column == FIGURE_COLUMN:
                key = figure_ranks(self._facts)
            elif column == AGREEMENT_COLUMN and self._agreement is not None:
                key = self._agreement.sort_key
            else:
                key, _ = pd.factorize(self._columns[COLUMNS[column][0]], sort=True, use_na_sentinel=False)
            self._sort_keys[column] = key
        return key

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _CELL_ROLES or not index.isValid() or self._base is None:
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """``data()`` by row and column number (the proxy asks this way, without making an index)."""
        if self._base is None:
            return None
        key = COLUMNS[col][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "figure":
                return self._figure(row)
            return str(self._columns[key][row])
        if role == FactIdRole:
            return str(self._ids[row])
        if role == MatchRole:
            return spans(self.cell(row, col), self._match) if self._match else []
        if role == RowRole:
            return row
        if role == SortRole:
            if key == "figure":
                return float(self.sort_key(FIGURE_COLUMN)[row])  # the figure's rank: unit class, then value
            if key == "agreement":
                return float(self.sort_key(AGREEMENT_COLUMN)[row])  # conflicts first, then most sources
            return self.cell(row, col, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == AGREEMENT_COLUMN and self._agreement is not None:
                return plain_tooltip(self.agreement_tooltip(row))
            return plain_tooltip(self._tooltip(row))
        if role == Qt.ItemDataRole.FontRole and self._derived[row]:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not self._verified[row]:
            return QBrush(QColor("#c0392b"))
        if role == Qt.ItemDataRole.ForegroundRole and col == AGREEMENT_COLUMN:
            kind = int(self._agreement_kind[row])
            if kind in (CONFLICT, CORROBORATED):
                dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
                return QBrush(QColor(AGREEMENT_COLORS[(kind, dark)]))
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ForegroundRole and self._derived[row] and col == FIGURE_COLUMN:
            return QApplication.palette().brush(QPalette.ColorRole.Link)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == FIGURE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def looks(self, row: int, col: int) -> tuple[str, bool, Any, bool]:
        """What a painted cell needs, in one call: its text, italic (derived), its text brush (None: the
        palette's), right-aligned; the same answers as ``cell`` gives role by role."""
        return (self.cell(row, col), bool(self._derived[row]), self.cell(row, col, Qt.ItemDataRole.ForegroundRole),
                col == FIGURE_COLUMN)

    def agreement_tooltip(self, row: int) -> str:
        """The other facts of the fact's claim and their sources (work in proportion to the claim)."""
        assert self._base is not None
        claim = claim_entries(self._base, row, each_side=10)
        if not claim.claim:
            return "Not compared with other sources: an event, or a figure without a period"
        titles = self._base.sources
        lines = [f"{claim.claim}: {self._columns['agreement'][row]}"]
        for e in claim.entries[1:]:
            source = titles.get(e.source_id)
            name = source.title if source is not None else e.source_id
            how = "agrees" if e.agrees else f"conflict, {ratio_text(e.ratio)} this figure"
            lines.append(f"{e.fact_id} · {name}: {self._figure(e.row)} ({how})")
        slips = [e.note for e in claim.entries if e.note]
        if slips:
            lines.append(slips[0])
        if claim.more:
            lines.append(f"+{claim.more:,} more facts of this claim")
        if len(lines) == 1:
            lines.append("No other fact states this figure")
        return "\n".join(lines)

    def _tooltip(self, row: int) -> str:
        fact = self._facts.iloc[row]
        qualifier = QUALIFIERS.get(fact["qualifier"], fact["qualifier"])
        lines = [f"{fact['metric']}: {self._figure(row)}",
                 f"Qualifier: {qualifier}" + (", derived (computed from other figures)" if fact["derived"] else "")]
        if fact["derived"]:
            lines += [f"Derived: {fact['formula']}", f"From facts {fact['inputs'].replace(';', ', ')}"]
            if fact["check"]:
                lines.append(f"Check: {fact['check']}")
        else:
            lines.append(f"As printed: “{fact['as_printed']}”")
        if not fact["verified"]:
            lines.append("Unverified: the source text no longer matches its recorded sha256")
        if self._match:
            where = self.matched_in(row)
            if where:
                lines.append(f"Filter “{self._match}” matches its {', '.join(w.replace('_', ' ') for w in where)}")
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][1] if 0 <= section < len(COLUMNS) else None
        return str(section + 1)

    def row_of(self, fact_id: str) -> int | None:
        if self._base is None or not len(self._facts):
            return None
        return self._base.row_of(fact_id)


class FactFilterProxy(QAbstractProxyModel):
    """Shows the facts under the selected tree node that match the filter text; sorts by raw numbers.

    A proxy, but not a QSortFilterProxyModel: that asks ``filterAcceptsRow`` once per fact,
    in Python, on every filter change (seconds at a million facts). Here the visible rows
    are one numpy array of source rows, made with whole-array operations, and sorting is
    a stable numpy argsort of the source model's per-column keys (ties keep file order,
    as QSortFilterProxyModel's stable sort does).

    The text filter's mask is the ``FilterState``'s (the nav panel's, shared with the tree): read, never copied.
    """

    def __init__(self, parent: Any = None, state: FilterState | None = None) -> None:
        super().__init__(parent)
        self.state = state if state is not None else FilterState()
        self._rows = np.arange(0)  # source rows, in the order shown
        # Shown row of a source row: ``_rows`` itself when it ascends, else _rows' order (made when asked). Never an
        # array of the fact base's size: a selection costs in the rows it shows, not in the facts (issue 15).
        self._order: np.ndarray | None = None
        self._ascending = True
        self._node_rows: np.ndarray | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def setSourceModel(self, model: Any) -> None:
        self.beginResetModel()
        old = self.sourceModel()
        if old is not None:
            old.modelAboutToBeReset.disconnect(self.beginResetModel)
            old.modelReset.disconnect(self._source_reset)
            old.dataChanged.disconnect(self._source_data_changed)
        super().setSourceModel(model)
        if model is not None:
            model.modelAboutToBeReset.connect(self.beginResetModel)
            model.modelReset.connect(self._source_reset)
            model.dataChanged.connect(self._source_data_changed)
        self._node_rows = None
        self._set_rows(self._visible_rows())
        self.endResetModel()

    def _source_reset(self) -> None:
        self._node_rows = None
        self._set_rows(self._visible_rows())
        self.endResetModel()

    def _set_rows(self, rows: np.ndarray) -> None:
        self._rows = rows
        self._order = None
        self._ascending = self._sort_column < 0

    def _source_data_changed(self, *args: Any) -> None:
        if len(self._rows):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def _visible_rows(self) -> np.ndarray:
        model = self.sourceModel()
        n = model.rowCount() if model is not None else 0
        mask = self.state.shown
        if mask is not None and len(mask) != n:
            mask = None  # made for another fact base's rows: never index these with it
        if self._node_rows is None:
            rows = np.arange(n) if mask is None else np.flatnonzero(mask)
        else:  # in the node's rows' time, not the fact base's: ascending, once each, as a mask would give them
            rows = np.asarray(self._node_rows, dtype=np.int64)
            if len(rows) > 1 and not bool((rows[1:] > rows[:-1]).all()):
                rows = np.unique(rows)
            if mask is not None:
                rows = rows[mask[rows]]
        return self._sorted(rows)

    def _sorted(self, rows: np.ndarray) -> np.ndarray:
        model = self.sourceModel()
        if self._sort_column < 0 or not len(rows) or not isinstance(model, FactTableModel):
            return rows
        key = model.sort_key(self._sort_column)[rows]
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            key = -key
        return rows[np.argsort(key, kind="stable")]

    def source_row(self, row: int) -> int:
        """The fact base's row shown at ``row``."""
        return int(self._rows[row])

    def refilter(self, node_rows: np.ndarray | None) -> None:
        """Show the facts at ``node_rows`` (the tree node's; None: all) that the state's mask shows."""
        self._node_rows = node_rows
        rows = self._visible_rows()
        if len(rows) == len(self._rows) and np.array_equal(rows, self._rows):
            return  # the same rows (a city and its one sector): no reset, the view keeps its selection and paint
        self.beginResetModel()
        self._set_rows(rows)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        sources = [int(self._rows[i.row()]) if i.isValid() else -1 for i in kept]
        self._sort_column, self._sort_order = column, order
        self._set_rows(self._sorted(np.sort(self._rows)))
        self.changePersistentIndexList(kept, [self.mapFromSource(self.sourceModel().index(r, i.column()))
                                              if r >= 0 else QModelIndex() for r, i in zip(sources, kept)])
        self.layoutChanged.emit()

    # -- QAbstractProxyModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) > 0

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if not proxy_index.isValid() or self.sourceModel() is None:
            return QModelIndex()
        return self.sourceModel().index(int(self._rows[proxy_index.row()]), proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        source_row = source_index.row()
        if self._ascending:
            row = int(np.searchsorted(self._rows, source_row))
        else:
            if self._order is None:
                self._order = np.argsort(self._rows, kind="stable")
            at = int(np.searchsorted(self._rows, source_row, sorter=self._order))
            row = int(self._order[at]) if at < len(self._order) else len(self._rows)
        if row < len(self._rows) and int(self._rows[row]) == source_row:
            return self.index(row, source_index.column())
        return QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _CELL_ROLES or not index.isValid():
            return None
        model = self.sourceModel()
        row = int(self._rows[index.row()])
        if isinstance(model, FactTableModel):
            return model.cell(row, index.column(), role)
        return model.data(model.index(row, index.column()), role)

    _FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Every cell is alike: answered here, not by mapping to the source (the view asks per cell painted).
        return self._FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        model = self.sourceModel()
        return model.headerData(section, orientation, role) if model is not None else None


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class FactDelegate(QStyledItemDelegate):
    """Qt's own delegate, but a cell's text, font, colour and alignment are asked of the model in one Python call.

    Qt's ``initStyleOption`` asks seven roles per cell painted, each a Python ``data()`` call through the
    proxy (~780 calls a paint of the table, most of its ~4 ms at any size of fact base; issue 15). The option
    is filled as Qt's fills it from those roles; any other model is painted the usual way.
    """

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        proxy = index.model()
        model = proxy.sourceModel() if isinstance(proxy, FactFilterProxy) else None
        if not isinstance(proxy, FactFilterProxy) or not isinstance(model, FactTableModel) or model.fact_base is None \
                or not index.isValid():
            super().initStyleOption(option, index)
            return
        text, italic, brush, right = model.looks(proxy.source_row(index.row()), index.column())
        if italic:
            font = QFont(option.font)
            font.setItalic(True)
            option.font = font
            option.fontMetrics = QFontMetrics(font)
        if right:
            option.displayAlignment = _RIGHT
        if brush is not None:
            palette = option.palette
            palette.setBrush(QPalette.ColorRole.Text, brush)
            option.palette = palette
        if isinstance(index, QModelIndex):  # (a view always hands a delegate one)
            option.index = index
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        option.text = text.replace("\n", "\u2028")  # as Qt's displayText: a line break drawn as one
        option.backgroundBrush = QBrush()


class MatchDelegate(FactDelegate):
    """Paints a cell as usual, then a marker over the part of its text the filter matched."""

    COLOR = QColor(255, 190, 0, 120)  # translucent: the text stays readable in both themes

    def match_rects(self, option: QStyleOptionViewItem, index: Index) -> list[QRectF]:
        """Where the matched parts of the cell's text are drawn (only what elision leaves in view)."""
        found = index.data(MatchRole)
        if not found:
            return []
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)
        metrics = QFontMetricsF(opt.font)
        text = opt.text
        shown = metrics.elidedText(text, opt.textElideMode, rect.width())
        visible = len(text) if shown == text else max(0, len(shown) - 1)  # an elided text ends with "…"
        if opt.displayAlignment & Qt.AlignmentFlag.AlignRight:
            left = rect.right() + 1 - metrics.horizontalAdvance(shown)
        else:
            left = float(rect.left())
        rects = []
        for start, end in found:
            end = min(end, visible)
            if start < end:
                x = left + metrics.horizontalAdvance(text[:start])
                rects.append(QRectF(x, rect.top() + 2, metrics.horizontalAdvance(text[start:end]), rect.height() - 4))
        return rects

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        rects = self.match_rects(option, index)
        if rects:
            painter.save()
            for rect in rects:
                painter.fillRect(rect, self.COLOR)
            painter.restore()

"""The article itself, with the selected fact's quote highlighted and its figure emphasised."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QShowEvent, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from explorer.model.load.factbase import FactBase, Source
from explorer.model.series import fact_fields
from explorer.ui.text_marks import TextWindow
from explorer.ui.tooltip import plain_tooltip

# The cells of a fact the panel shows, read as scalars (``base.fact`` made a row Series of every column each time).
_SPAN = ("start", "end")  # where the quote is in the source text
_FIELDS = ("id", "source_id", "derived", "inputs", "formula", "check", "as_printed", "note", "quote") + _SPAN


def _plain_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # text from data is never rich text
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class QuotePanel(QWidget):
    """Source title and date above the article; ``quoteView`` is the article text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.title = _plain_label("sourceTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.detail = _plain_label("factDetail")
        self.view = QPlainTextEdit()
        self.view.setObjectName("quoteView")
        self.view.setReadOnly(True)
        self.view.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.view.setToolTip("The source text; the selected fact's quote is highlighted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addWidget(self.view, 1)
        self._source_id: str | None = None
        self._focus: tuple[int, int] | None = None
        self._window = TextWindow(self.view)  # a huge text is held as an excerpt around the quote
        self._user_scrolled = False  # the reader moved away from the quote: a resize leaves them there
        # What the reader does, not what a new layout does to the scroll bar: dragging or clicking
        # it, the wheel, keys in the text (arrows, Page Down).
        self.view.verticalScrollBar().actionTriggered.connect(self._reader_moved)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self.clear()

    def _reader_moved(self) -> None:
        self._user_scrolled = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self._reader_moved()
        elif watched is self.view and kind == QEvent.Type.Resize and not self._user_scrolled:
            # A new size wraps the text anew and moves the quote: centre it again (the window's
            # first layout, a splitter drag, a resized window).
            QTimer.singleShot(0, self._scroll_to_quote)
        return False

    def clear(self, message: str = "Select a fact to see its words in the article.") -> None:
        self._source_id = None
        self._focus = None
        self.title.setText("")
        self.detail.setText(message)
        self._window.clear()
        self.view.setExtraSelections([])

    def _show_source(self, source: Source, around: tuple[int, int] | None) -> None:
        self._window.show(source.text or "", source.id, around)
        self._source_id = source.id
        date = f" — {source.date}" if source.date else ""
        note = source.extra.get("date_note", "")
        note = f" ({note})" if note else ""
        verified = "" if source.verified else "  ⚠ text changed since its facts were checked (unverified)"
        self.title.setText(f"{source.title}{date}{verified}")
        self.title.setToolTip(plain_tooltip(f"{source.path}\nsha256 {source.sha256}{note}"))

    @staticmethod
    def _source_title(base: FactBase, source_id: str) -> str:
        source = base.sources.get(source_id)
        return source.title if source is not None else source_id

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        return self._window.selection(start, end, fmt)

    @staticmethod
    def _formats() -> tuple[QTextCharFormat, QTextCharFormat]:
        # Dark text on a light marker in both themes: readable whatever the palette.
        quote = QTextCharFormat()
        quote.setBackground(QColor("#ffe680"))
        quote.setForeground(QColor("#111111"))
        figure = QTextCharFormat()
        figure.setBackground(QColor("#ff9f1c"))
        figure.setForeground(QColor("#000000"))
        figure.setFontWeight(QFont.Weight.Bold)
        figure.setFontUnderline(True)
        return quote, figure

    def show_fact(self, base: FactBase, fact_id: str) -> None:
        """Show the fact's source with its quote lit up; a derived fact lights up its inputs."""
        fact = fact_fields(base, fact_id, _FIELDS)
        if fact["derived"]:
            inputs = [fact_fields(base, i, _FIELDS) for i in str(fact["inputs"]).split(";") if base.row_of(i) is not None]
            # Inputs may come from different articles: only those in the text shown are lit up in it.
            here = [i for i in inputs if str(i["source_id"]) == str(fact["source_id"])]
            elsewhere = [i for i in inputs if str(i["source_id"]) != str(fact["source_id"])]
            where = "".join(f"\n{i['id']} is stated in another source, "
                            f"“{self._source_title(base, str(i['source_id']))}”: select it to see its words."
                            for i in elsewhere)
            self.detail.setText(f"Derived, not stated in the text: {fact['formula']}"
                                + (f"\nCheck: {fact['check']}" if fact["check"] else "")
                                + f"\nComputed from {', '.join(str(i['id']) for i in inputs)}"
                                + (f" ({', '.join(str(i['id']) for i in here)} highlighted below)." if here else ".")
                                + where)
            spans = [i for i in here if i["start"] is not None]
        else:
            self.detail.setText(f"{fact['id']} · as printed: “{fact['as_printed']}”"
                                + (f" · {fact['note']}" if fact["note"] else ""))
            spans = [fact]
        source = base.sources.get(str(fact["source_id"]))
        if source is None or source.text is None:
            self._window.clear()
            self._source_id = None
            self._focus = None
            self.title.setText("The source text cannot be shown")
            return
        self._show_source(source, (int(spans[0]["start"]), int(spans[0]["end"])) if spans else None)
        if self._window.partial:
            self.detail.setText(f"{self.detail.text()}\n{self._window.describe()}")
        quote_fmt, figure_fmt = self._formats()
        selections = []
        for item in spans:
            start, end = int(item["start"]), int(item["end"])
            if self._window.holds(start, end):
                selections.append(self._selection(start, end, quote_fmt))
        for item in spans:
            start = int(item["start"])
            at = str(item["quote"]).find(str(item["as_printed"]))
            printed = (start + at, start + at + len(str(item["as_printed"])))
            if at >= 0 and self._window.holds(*printed):
                selections.append(self._selection(*printed, figure_fmt))
        self.view.setExtraSelections(selections)
        self._focus = (int(spans[0]["start"]), int(spans[0]["end"])) if spans else None
        self._scroll_to_quote()

    def _scroll_to_quote(self) -> None:
        if self._focus is None:
            return
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self._window.position(self._focus[0]))
        self.view.setTextCursor(cursor)
        self.view.centerCursor()  # the quote's first line in the middle: a sentence fits below it
        self._user_scrolled = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A fact chosen before the panel had its size is centred again once it has one.
        QTimer.singleShot(0, self._scroll_to_quote)

    def highlighted_texts(self) -> list[str]:
        """What is lit up, as plain text (for tests and accessibility)."""
        return [s.cursor.selectedText().replace("\u2029", "\n") for s in self.view.extraSelections()]

"""Marking spans of a plain-text view (the quote, a figure, an uncovered number).

Offsets in the fact base count Python ``str`` characters; a QTextDocument counts UTF-16
units and keeps a CRLF line break as one separator. ``DocumentOffsets`` maps one to the
other, so a quote after a CRLF or an emoji/rare CJK character is still lit up exactly.
"""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit


class DocumentOffsets:
    """Document positions for Python string offsets of one text."""

    def __init__(self, text: str) -> None:
        self._shift: np.ndarray | None = None
        if "\r\n" not in text and text.isascii():
            return
        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        delta = (points > 0xFFFF).astype(np.int64)  # a surrogate pair takes two positions
        crlf = np.flatnonzero((points[:-1] == 13) & (points[1:] == 10))
        delta[crlf + 1] -= 1  # "\r\n" becomes one paragraph break
        if delta.any():
            self._shift = np.concatenate(([0], np.cumsum(delta)))

    def __call__(self, offset: int) -> int:
        if self._shift is None:
            return offset
        return offset + int(self._shift[min(max(offset, 0), len(self._shift) - 1)])


def span_selection(view: QPlainTextEdit, start: int, end: int, fmt: QTextCharFormat,
                   offsets: DocumentOffsets | None = None) -> QTextEdit.ExtraSelection:
    """An extra selection over characters ``start:end`` (Python offsets) of the view's text."""
    pos = offsets or (lambda i: i)
    sel = QTextEdit.ExtraSelection()
    cursor = QTextCursor(view.document())
    cursor.setPosition(pos(start))
    cursor.setPosition(pos(end), QTextCursor.MoveMode.KeepAnchor)
    sel.cursor = cursor  # type: ignore[attr-defined]
    sel.format = fmt  # type: ignore[attr-defined]
    return sel


# A longer text is never laid out whole (30 MB took 7 s and 1.5 GB): the view holds an excerpt
# around what is selected, and says so. Qt lays out a paragraph at once, so a text with a very
# long line (numbers with no line break, CR-only line ends) is held as a short excerpt too.
WHOLE_TEXT_LIMIT = 1_000_000  # characters
EXCERPT_CHARS = 40_000
LONG_LINE = 8_000  # characters
LONG_LINE_EXCERPT = 3_000  # what is shown of a text with a longer line, around the selection
_LINE_BREAKS = re.compile(r"[\n\r\u2029]")  # where QTextDocument starts a new paragraph (laid out alone)
_SNAP = 2_000  # how far an excerpt's edge moves to start or end at a line break


class TextWindow:
    """The part of a text that a plain-text view holds: all of it, or an excerpt around a span if it is huge."""

    def __init__(self, view: QPlainTextEdit) -> None:
        self.view = view
        self.text = ""
        self.key: object = None
        self.lo = 0
        self.hi = 0
        self._offsets = DocumentOffsets("")
        # Whether each text's lines are short, by key (with the text it was worked out for): a scan of a
        # 200 kB text is ~1 ms, and a reader goes back and forth between the same few sources.
        self._lines_of: dict[object, tuple[str, bool]] = {}

    @property
    def partial(self) -> bool:
        """Whether the view holds only an excerpt of the text."""
        return self.hi - self.lo < len(self.text)

    def describe(self) -> str:
        """What a reader is told of an excerpt ("" for a whole text)."""
        if not self.partial:
            return ""
        why = "too many" if len(self.text) > WHOLE_TEXT_LIMIT else "in lines too long"
        return (f"The text has {len(self.text):,} characters, {why} to lay out whole: characters "
                f"{self.lo + 1:,}–{self.hi:,} are shown, around the selection.")

    def show(self, text: str, key: object, around: tuple[int, int] | None = None) -> bool:
        """Hold ``text`` (known by ``key``), or its excerpt around ``around``; True if the view's text changed."""
        if len(text) <= WHOLE_TEXT_LIMIT and self._short_lines(text, key):
            lo, hi = 0, len(text)
        else:
            start, end = around if around is not None else (0, 0)
            start, end = min(max(start, 0), len(text)), min(max(end, start), len(text))
            if key == self.key and text is self.text and self.lo <= start and end <= self.hi:
                return False  # already shown
            end = min(end, start + 2 * EXCERPT_CHARS)  # an absurdly long quote is shown in part
            lo = max(0, start - EXCERPT_CHARS // 2)
            hi = min(len(text), max(lo + EXCERPT_CHARS, end + EXCERPT_CHARS // 4))
            lo, hi = _line_start(text, lo), _line_end(text, hi)
            if _longest_line(text, lo, hi) > LONG_LINE:  # a few thousand characters of it, cut at blanks
                lo = _blank_after(text, max(lo, start - LONG_LINE_EXCERPT // 2), start)
                hi = _blank_before(text, min(hi, max(end, start + LONG_LINE_EXCERPT // 2)), end)
        if key == self.key and (lo, hi) == (self.lo, self.hi) and text is self.text:
            return False
        part = text[lo:hi]
        self.view.setPlainText(part)
        self._offsets = DocumentOffsets(part)
        self.text, self.key, self.lo, self.hi = text, key, lo, hi
        return True

    def _short_lines(self, text: str, key: object) -> bool:
        known = self._lines_of.get(key)
        if known is None or known[0] is not text:
            if len(self._lines_of) >= 1024:
                self._lines_of.clear()
            known = self._lines_of[key] = (text, _longest_line(text, 0, len(text)) <= LONG_LINE)
        return known[1]

    def clear(self) -> None:
        self.view.setPlainText("")
        self.text, self.key, self.lo, self.hi = "", None, 0, 0
        self._offsets = DocumentOffsets("")

    def position(self, offset: int) -> int:
        """The view's position of a text offset (clamped to the excerpt)."""
        return self._offsets(min(max(offset, self.lo), self.hi) - self.lo)

    def holds(self, start: int, end: int) -> bool:
        """Whether any of start:end is in the view."""
        return start < self.hi and end > self.lo or start == end == self.lo

    def selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        """An extra selection over text offsets start:end (the part of it in the view)."""
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.position(start))
        cursor.setPosition(self.position(end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor  # type: ignore[attr-defined]
        sel.format = fmt  # type: ignore[attr-defined]
        return sel


def _line_start(text: str, lo: int) -> int:
    if lo == 0:
        return 0
    floor = max(0, lo - _SNAP)
    cut = max(text.rfind("\n", floor, lo), text.rfind("\r", floor, lo))
    return cut + 1 if cut >= 0 else lo


def _line_end(text: str, hi: int) -> int:
    if hi >= len(text):
        return len(text)
    found = [i for i in (text.find("\n", hi, hi + _SNAP), text.find("\r", hi, hi + _SNAP)) if i >= 0]
    return min(found) if found else hi


def _longest_line(text: str, lo: int, hi: int) -> int:
    longest, start = 0, lo
    for m in _LINE_BREAKS.finditer(text, lo, hi):
        longest = max(longest, m.start() - start)
        start = m.end()
    return max(longest, hi - start)


def _blank_after(text: str, lo: int, limit: int) -> int:
    """The first position after a blank in text[lo:limit], or lo: an excerpt starts at a word."""
    m = re.compile(r"\s").search(text, lo, limit)
    return m.end() if m else lo


def _blank_before(text: str, hi: int, limit: int) -> int:
    """The last blank in text[limit:hi], or hi: an excerpt ends after a word."""
    cut = max(text.rfind(" ", limit, hi), text.rfind("\t", limit, hi))
    return cut if cut > limit else hi

"""Where filter text matches: at the start of a word ("port" finds "ports", not "import").

Chinese, Japanese and Korean are written without spaces between words: there every
character starts a word, so "州" finds "苏州". Text that starts with a sign rather
than a letter or digit ("(derived", "+5") matches anywhere.

A fact base's distinct texts are searched as ``Texts``: joined by NUL into strings of
some thousand texts each, scanned by one regular expression per string. That is faster
than a test per text even for a plain substring, and a word-start test per text would be
three times slower still.

Only ``re`` and numpy: the search process (``explorer.model.search.server``) imports this,
and must start without pandas.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence

import numpy as np

# Scripts written without spaces between words: CJK radicals to CJK ideographs (incl. kana,
# bopomofo, Hangul compatibility jamo), Hangul syllables, compatibility ideographs, halfwidth forms.
_NO_SPACES = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
# A letter or digit of a script written with spaces: before a match, it means "inside a word".
_INSIDE = f"[^\\W{_NO_SPACES}]"
_STARTS_ANYWHERE = re.compile(f"[\\W{_NO_SPACES}]")


@functools.lru_cache(maxsize=64)
def pattern(needle: str, flags: int = 0) -> re.Pattern[str]:
    """A regular expression for ``needle`` (matched as typed) at the start of a word (kept: the table asks
    once per cell painted)."""
    escaped = re.escape(needle)
    if not needle or _STARTS_ANYWHERE.match(needle[0]):
        return re.compile(escaped, flags)
    if flags & re.IGNORECASE:
        # Case ignored in the needle only: the look-behind's large class compiled case-insensitively
        # took ~7 ms, on the UI thread at each keystroke (the table marks matches); scoped, ~1 ms.
        return re.compile(f"(?<!{_INSIDE})(?i:{escaped})", flags & ~re.IGNORECASE)
    return re.compile(f"(?<!{_INSIDE}){escaped}", flags)


def matcher(needle: str) -> Callable[[str], bool]:
    """``needle`` (already casefolded) found in a casefolded text at a word start."""
    found = pattern(needle).search
    # The substring test first: most texts lack the needle altogether, and ``in`` is much faster.
    return lambda text: needle in text and found(text) is not None


def spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Where ``needle`` matches ``text`` (ignoring case), as (start, end) offsets; for marking matches."""
    needle = needle.strip()
    if not needle:
        return []
    return [m.span() for m in pattern(needle, re.IGNORECASE).finditer(text) if m.end() > m.start()]


SEPARATOR = "\x00"
CHUNK = 20_000  # texts per joined string: a search hands the interpreter lock on between them


def _scan(needle: str) -> re.Pattern[str]:
    """``needle`` at a word start, and the rest of its text: at most one match per text of a joined string."""
    escaped = re.escape(needle)
    rest = f"[^{SEPARATOR}]*"
    if _STARTS_ANYWHERE.match(needle[0]):
        return re.compile(escaped + rest)
    if len(needle) <= 200:
        # The needle first, then a look back at the character before it: the engine's fast search for
        # a literal start stays in use (a leading look-behind would test every position).
        return re.compile(f"{escaped}(?<!{_INSIDE}{escaped}){rest}")
    return re.compile(f"(?<!{_INSIDE}){escaped}{rest}")


class Texts:
    """Distinct texts (casefolded) held as NUL-joined strings, searched at word starts.

    A NUL inside a text is kept as a space: it is no letter either way, and a filter has none.
    """

    def __init__(self, texts: Sequence[str], chunk: int = CHUNK) -> None:
        self.count = len(texts)
        self.parts: list[str] = []
        self.starts: list[np.ndarray] = []  # offset of each text in its part
        for at in range(0, len(texts), chunk):
            piece = [t.replace(SEPARATOR, " ") if SEPARATOR in t else t for t in texts[at: at + chunk]]
            self._add(SEPARATOR.join(piece), np.fromiter(map(len, piece), dtype=np.int64, count=len(piece)))

    @classmethod
    def from_parts(cls, parts: Sequence[str]) -> Texts:
        """From strings that are already NUL-joined texts (as the search process receives them)."""
        made = cls([])
        for part in parts:
            lengths = np.fromiter((len(t) for t in part.split(SEPARATOR)), dtype=np.int64)
            made._add(part, lengths)
            made.count += len(lengths)
        return made

    def _add(self, part: str, lengths: np.ndarray) -> None:
        self.parts.append(part)
        self.starts.append(np.concatenate(([0], np.cumsum(lengths + 1)[:-1])).astype(np.int64))

    def subset(self, which: np.ndarray) -> Texts:
        """The texts numbered ``which`` (ascending), in that order, as ``Texts`` of their own."""
        picked: list[str] = []
        offset = 0
        for part, starts in zip(self.parts, self.starts):
            lo, hi = np.searchsorted(which, (offset, offset + len(starts)))
            local = which[lo:hi] - offset
            if len(local):
                ends = np.append(starts[1:] - 1, len(part))
                picked.extend(part[s:e] for s, e in zip(starts[local].tolist(), ends[local].tolist()))
            offset += len(starts)
        return Texts(picked)

    def __iter__(self) -> Iterator[str]:
        for part in self.parts:
            yield from part.split(SEPARATOR)

    def hits(self, needle: str, pause: float = 0.0, between: Callable[[], object] | None = None) -> np.ndarray:
        """For each text, whether ``needle`` (casefolded) matches it at a word start; ``pause`` s between parts,
        and ``between()`` called there."""
        if not needle:
            return np.ones(self.count, dtype=bool)
        found = np.zeros(self.count, dtype=bool)
        if SEPARATOR in needle:
            return found
        scan = _scan(needle)
        offset = 0
        for part, starts in zip(self.parts, self.starts):
            at = np.fromiter((m.start() for m in scan.finditer(part)), dtype=np.int64)
            if len(at):
                found[offset + np.searchsorted(starts, at, side="right") - 1] = True
            offset += len(starts)
            if pause:
                time.sleep(pause)
            if between is not None:
                between()
        return found


class Narrowing:
    """Searches of one ``Texts``, each looking only at the texts the previous one found when its needle
    extends the previous needle: a text with "port" at a word start has "po" there too.

    Typing a word searches every text once, for its first letter, then fewer and fewer.
    """

    NARROW_SHARE = 4  # narrowed to the texts found when they are at most one in this many of those searched

    def __init__(self, texts: Texts) -> None:
        self.texts = texts
        self._needle = ""
        self._within: Texts = texts  # the texts the last search looked at ...
        self._index: np.ndarray | None = None  # ... their numbers among all (None: all of them)
        self._found: np.ndarray = np.zeros(0, dtype=bool)  # ... and which of those it found

    @property
    def count(self) -> int:
        return self.texts.count

    @property
    def looked_at(self) -> int:
        """How many texts the last search looked at."""
        return self._within.count

    def remember(self, needle: str, found: np.ndarray) -> None:
        """Take ``found`` as the answer for ``needle`` (worked out elsewhere): the next keystroke narrows it."""
        self._needle, self._within, self._index, self._found = needle, self.texts, None, found

    def prepare(self) -> None:
        """Copy out the texts the last search found now, if the next extension would narrow to them: the search
        process does it while the window paints that answer, instead of when the next keystroke comes.
        """
        keep = np.flatnonzero(self._found)
        if not self._needle or len(keep) * self.NARROW_SHARE > self._within.count or len(keep) == len(self._found):
            return
        self._within = self._within.subset(keep)
        self._index = keep if self._index is None else self._index[keep]
        self._found = np.ones(len(keep), dtype=bool)  # the same answer: every text looked at now was found

    def hits(self, needle: str, pause: float = 0.0) -> np.ndarray:
        """As ``Texts.hits``, for every text."""
        if not (self._needle and needle.startswith(self._needle)) or SEPARATOR in needle:
            self._within, self._index = self.texts, None  # not an extension: every text again
        else:
            keep = np.flatnonzero(self._found)
            # Copying the texts found costs about what scanning them does: worth it only when they are few
            # ("p" finds 40% of a million texts; copying them made "pi" slower than a search of all).
            if len(keep) * self.NARROW_SHARE <= self._within.count:
                self._within = self._within.subset(keep)
                self._index = keep if self._index is None else self._index[keep]
        self._needle = needle
        self._found = self._within.hits(needle, pause)
        if self._index is None:
            return self._found.copy()
        found = np.zeros(self.texts.count, dtype=bool)
        found[self._index[self._found]] = True
        return found


class WordPairs:
    """Which texts have each pair of characters at a word start ("po" in "port of call"), for the second
    keystroke of a word: its first letter finds most texts (``p``: 85% of the quotes at a million facts), so
    narrowing to those saves nothing, and a search of every text cost ~55-300 ms.

    Made in one pass of the texts (``pairs``): every word start with the character after it. Per part of
    ``Texts``, the pairs found, sorted, with the numbers of the texts holding each (2 bytes a number while a
    part holds under 65,536 texts): ~2 bytes per distinct pair per text.
    """

    # A word start and the character after it (none at a text's end); the separators number the texts.
    _SCAN = re.compile(f"{SEPARATOR}|(?<!{_INSIDE}){_INSIDE}[^{SEPARATOR}]?")
    _NUMBER_BITS = 32
    PIECE = 2_000  # texts scanned at a time

    def __init__(self, texts: Texts, between: Callable[[], object] | None = None) -> None:
        self.count = texts.count
        self._parts: list[tuple[int, np.ndarray, np.ndarray, np.ndarray]] = []  # offset, keys, bounds, numbers
        offset = 0
        for part, starts in zip(texts.parts, texts.starts):
            self._parts.append((offset, *self._index(part, starts)))
            offset += len(starts)
            if between is not None:
                between()

    @staticmethod
    def key(first: str, second: str) -> int:
        return (ord(first) << 21) | ord(second)

    @classmethod
    def _index(cls, part: str, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        # A few thousand texts at a time: the word starts of a whole part, a list of ~700,000 short strings for
        # 20,000 quotes, left the search process ~130 MB larger than the table once freed (its heap kept them).
        pieces = []
        for first in range(0, len(starts), cls.PIECE):
            last = first + cls.PIECE
            text = part[starts[first]: starts[last] - 1] if last < len(starts) else part[starts[first]:]
            pieces.append(cls._pairs(text, first))
        both = np.unique(np.concatenate(pieces)) if pieces else np.zeros(0, dtype=np.uint64)  # by pair, then text
        keys = both >> np.uint64(cls._NUMBER_BITS)
        new = np.ones(len(keys), dtype=bool)
        new[1:] = keys[1:] != keys[:-1]
        group = np.flatnonzero(new)
        kind = np.uint16 if len(starts) < 2**16 else np.uint32
        numbers = (both & np.uint64(2**cls._NUMBER_BITS - 1)).astype(kind)
        return keys[group], np.append(group, len(keys)), numbers

    @classmethod
    def _pairs(cls, text: str, first: int) -> np.ndarray:
        """The word-start pairs of ``text`` (NUL-joined texts, numbered from ``first``), each with its text's
        number in the low bits."""
        codes = np.frombuffer("".join(cls._SCAN.findall(text)).encode("utf-32-le", "surrogatepass"),
                              dtype=np.uint32)
        separator = codes == 0
        # Between two separators lie one text's word starts, each two characters (the first and the next)
        # but the last, which may be one (a word of one letter that ends the text).
        at = np.arange(len(codes))
        after = at - np.maximum.accumulate(np.where(separator, at, -1)) - 1
        firsts = np.flatnonzero(~separator & (after % 2 == 0))
        seconds = firsts + 1
        pair = seconds < len(codes)
        pair[pair] = ~separator[seconds[pair]]
        firsts, seconds = firsts[pair], seconds[pair]
        numbers = np.cumsum(separator)[firsts].astype(np.uint64) + np.uint64(first)
        keys = (codes[firsts].astype(np.uint64) << np.uint64(21)) | codes[seconds].astype(np.uint64)
        return np.asarray((keys << np.uint64(cls._NUMBER_BITS)) | numbers, dtype=np.uint64)

    @staticmethod
    def answers(needle: str) -> bool:
        """Whether ``needle`` is a pair this table answers: a letter or digit of a spaced script, then any
        character (a first character that matches anywhere, a CJK one, is no word start)."""
        return len(needle) == 2 and SEPARATOR not in needle and not _STARTS_ANYWHERE.match(needle[0])

    def hits(self, needle: str) -> np.ndarray:
        """As ``Texts.hits`` for a needle that ``answers`` says this table answers."""
        found = np.zeros(self.count, dtype=bool)
        key = np.uint64(self.key(needle[0], needle[1]))
        for offset, keys, bounds, numbers in self._parts:
            at = int(np.searchsorted(keys, key))
            if at < len(keys) and keys[at] == key:
                found[offset + numbers[bounds[at]: bounds[at + 1]].astype(np.int64)] = True
        return found


class FirstKeystrokes:
    """The answers for a word's first letter or digit, worked out ahead (``run``, in a thread of low priority),
    then the ``WordPairs`` of each column for its second.

    A one-character needle looks at every text and finds the most (``p`` ~0.2 s at a million facts): the
    slowest keystroke of a word, and the first. Answers are kept packed, one bit per text.
    """

    CHARS = "etaoinsrhldcumpfgwybvkxjqz0123456789"  # the commonest first

    def __init__(self, columns: Sequence[Texts]) -> None:
        self.columns = list(columns)
        self._answers: dict[str, list[np.ndarray]] = {}
        self._pairs: list[WordPairs | None] = [None] * len(self.columns)
        self._lock = threading.Lock()
        self._idle = threading.Event()  # cleared while a needle is searched: the thread waits, not holding the GIL
        self._idle.set()
        self.stopped = False

    class Stopped(Exception):
        """Raised at the work's next checkpoint once ``stop`` was called."""

    def _checkpoint(self) -> None:
        self._idle.wait()
        if self.stopped:
            raise self.Stopped

    def stop(self) -> None:
        """Have ``run`` end at its next checkpoint (between parts of a search), even while a search waits."""
        self.stopped = True
        self._idle.set()

    @contextlib.contextmanager
    def searching(self) -> Iterator[None]:
        """Around a search of a needle: the work ahead waits meanwhile (it would share the interpreter lock)."""
        self._idle.clear()
        try:
            yield
        finally:
            self._idle.set()

    def run(self) -> None:
        with contextlib.suppress(AttributeError, OSError):  # Linux: a thread has a priority of its own
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
        with contextlib.suppress(self.Stopped):
            for char in self.CHARS:
                if self.stopped:
                    return
                packed = [np.packbits(texts.hits(char, between=self._checkpoint)) for texts in self.columns]
                with self._lock:
                    self._answers[char] = packed
            for number, texts in enumerate(self.columns):
                if self.stopped:
                    return
                pairs = WordPairs(texts, between=self._checkpoint)
                with self._lock:
                    self._pairs[number] = pairs

    def pairs(self, needle: str) -> list[np.ndarray | None]:
        """Each column's hits for a two-character ``needle`` from its ``WordPairs`` if made already, else None."""
        if not WordPairs.answers(needle):
            return [None] * len(self.columns)
        with self._lock:
            made = list(self._pairs)
        return [None if pairs is None else pairs.hits(needle) for pairs in made]

    def get(self, needle: str) -> list[np.ndarray] | None:
        """Each column's hits for a one-character ``needle`` if worked out already, else None."""
        with self._lock:
            packed = self._answers.get(needle)
        if packed is None:
            return None
        return [np.unpackbits(bits, count=texts.count).astype(bool) for bits, texts in zip(packed, self.columns)]

"""Where filter text matches: at the start of a word ("port" finds "ports", not "import").

Chinese, Japanese and Korean are written without spaces between words: there every
character starts a word, so "尔滨" finds "哈尔滨". Text that starts with a sign rather
than a letter or digit ("(derived", "+5") matches anywhere.

Only ``re``: the search process (``explorer.model.search_server``) imports this, and
must start without pandas.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Scripts written without spaces between words: CJK radicals to CJK ideographs (incl. kana,
# bopomofo, Hangul compatibility jamo), Hangul syllables, compatibility ideographs, halfwidth forms.
_NO_SPACES = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
# A letter or digit of a script written with spaces: before a match, it means "inside a word".
_INSIDE = f"[^\\W{_NO_SPACES}]"
_STARTS_ANYWHERE = re.compile(f"[\\W{_NO_SPACES}]")


def pattern(needle: str, flags: int = 0) -> re.Pattern[str]:
    """A regular expression for ``needle`` (matched as typed) at the start of a word."""
    escaped = re.escape(needle)
    if not needle or _STARTS_ANYWHERE.match(needle[0]):
        return re.compile(escaped, flags)
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

"""Tooltips that hold text from the data: escaped, so Qt never reads that text as rich text."""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows literally.

    Qt renders a tooltip as HTML when its first line looks like a tag, so a metric such
    as ``<img src=...>`` would be drawn (and its image loaded) instead of shown.
    """
    return "<p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br>") + "</p>"

"""The labelled articles of the extraction tests and benchmark."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import BUNDLED, FIXTURES

ARTICLES = FIXTURES / "articles"


@pytest.fixture(scope="session")
def bundled_text() -> str:
    return (BUNDLED / "sources" / "dalian-trillion-yuan-2026.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def article_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]


def article(name: str) -> Path:
    return ARTICLES / name


# The window fixtures of tests/ui (they dispose of windows properly), for the review dialog's tests.
from tests.ui.conftest import make_window, settings, window  # noqa: E402, F401


@pytest.fixture(autouse=True)
def no_unanswered_message_box(monkeypatch):
    """A message box the test did not expect fails it (instead of waiting forever for a click)."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(box: QMessageBox) -> int:
        raise AssertionError(f"unexpected message box: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", unexpected)

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


def fill_empty_guesses(dialog, city: str = "Dalian", metric: str = "figure of the text",  # noqa: ANN001
                       sector: str = "macro economy") -> None:
    """Type a city, sector and metric into the rows the extractor left empty (guesses under the calibration
    threshold are left to the reviewer), through the review table's own model, as a reviewer would."""
    from PySide6.QtCore import Qt

    model = dialog.model
    columns = {model.headerData(c, Qt.Orientation.Horizontal): c for c in range(model.columnCount())}
    for row in range(model.rowCount()):
        cells = model.row_dict(row)
        if not cells["city"]:
            assert model.setData(model.index(row, columns["City"]), city)
        if not cells["metric"]:
            assert model.setData(model.index(row, columns["Metric"]), metric)
        if not cells["sector"]:
            assert model.setData(model.index(row, columns["Sector"]), sector)


def filled(rows: list[dict[str, str]], city: str = "Dalian", metric: str = "figure of the text",
           sector: str = "macro economy") -> list[dict[str, str]]:
    """The rows with the fields a reviewer must fill (left empty under the calibration threshold) filled."""
    return [dict(r, city=r["city"] or city, metric=r["metric"] or metric, sector=r["sector"] or sector) for r in rows]


# The window fixtures of tests/ui (they dispose of windows properly), for the tests that drive the window.
from tests.ui.conftest import make_window, no_unanswered_message_box, settings, window  # noqa: E402, F401


@pytest.fixture(autouse=True)
def _no_unanswered_message_box(request: pytest.FixtureRequest) -> None:
    """In every extraction test, a message box the test did not expect fails it."""
    request.getfixturevalue("no_unanswered_message_box")

"""The review dialog and the command line count in English: "1 candidate", "2 candidates", never "(s)"."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import BUNDLED
from tests.helpers import import_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")  # a message box not answered fails


def test_the_review_summary_counts_one_candidate_and_many(make_window, data_copy, qtbot, tmp_path,
                                                          monkeypatch) -> None:
    window = make_window(data_copy)
    one = tmp_path / "one.txt"
    one.write_text("Exports of the port rose 12.5 percent in 2024.\n", encoding="utf-8")
    dialog = import_through_menu(window, one, qtbot, monkeypatch)
    text = dialog.summary.text()
    assert text.startswith("1 candidate:"), text
    assert "(s)" not in text
    dialog.done(0)

    two = tmp_path / "two.txt"
    two.write_text("Exports of the port rose 12.5 percent in 2024, and imports fell 3.1 percent.\n",
                   encoding="utf-8")
    dialog = import_through_menu(window, two, qtbot, monkeypatch)
    text = dialog.summary.text()
    assert text.startswith("2 candidates:"), text
    assert "(s)" not in text
    dialog.done(0)


def test_validate_counts_in_english() -> None:
    done = subprocess.run([sys.executable, "-m", "explorer", "validate", "--data", str(BUNDLED)],
                          capture_output=True, text=True, timeout=120)
    last = done.stdout.strip().splitlines()[-1]
    assert "1 source," in last and "0 errors, 0 warnings" in last, last
    assert "(s)" not in done.stdout

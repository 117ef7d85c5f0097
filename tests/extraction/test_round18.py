"""Session 16's rules, each written here in new words (the texts are written for these tests)."""

from __future__ import annotations

from pathlib import Path

from tests.extraction.test_round14 import imported


def test_a_fall_said_once_for_two_subjects_passes_the_imports_sign_check(tmp_path: Path) -> None:
    # The extractor makes both falls negative (session 15); the loader's check must accept the second one too.
    rows, problems = imported(tmp_path, "Bus fares dropped by 3.5% and taxi fares by 1.2% in the month. "
                                        "Airfares fell by 12.5% and package tour prices by 6.0%.")
    assert [r["value"] for r in rows] == ["-3.5", "-1.2", "-12.5", "-6"]
    assert problems == []

"""Session 37's import fixes, reached as a person reaches them: File ▸ Import article… on a text written here
(other places and years), and the review dialog's summary, Published field and candidates."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import import_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")

RELEASE = ("Hexi River Port Holdings Co., Ltd. (Shenzhen: 002977)\nThird Quarter 2033 Results Summary\n\n"
           "Qinghe, Hexi, 27 October 2033 - Hexi River Port Holdings Co., Ltd. today announced its unaudited results "
           "for the three months ended 30 September 2033.\n\n"
           "- Revenue up 4.2% year on year to RMB486.3 million\n"
           "- Berth No. 5 in Binhai County commissioned, adding 2.5 million tonnes of annual capacity\n\n"
           "Gross margin was 27.9%, and occupancy at the port hotel rose seven points.\n")


def test_a_press_releases_dateline_fills_published_and_codes_are_no_figures(
        make_window, data_copy: Path, qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "hexi-river-port-results.txt"
    path.write_text(RELEASE, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    assert dialog.date_edit.text() == "2033-10-27"
    assert "Dated 2033-10-27 (read from the text" in dialog.summary.text()
    found = {dialog.model.candidate(r).as_printed: dialog.model.candidate(r) for r in range(dialog.model.rowCount())}
    assert "002977" not in found and "No. 5" not in found  # (a listing code and a berth's name: no figures)
    assert found["seven points"].unit == "percentage points"
    assert found["RMB486.3 million"].period == "2033-07..09"

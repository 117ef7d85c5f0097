"""The bare-amount model reached as a person reaches it: File ▸ Import article… on a phone-in transcript written here
(other places and years); the review shows the amount in yuan, how sure the model is, and why, in the row itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.ui.import_dialog import COLUMNS
from tests.extraction.test_bare_amounts import PHONE_IN
from tests.helpers import import_through_menu

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")


def _column(key: str) -> int:
    return next(i for i, (name, _, _) in enumerate(COLUMNS) if name == key)


def test_a_bare_amount_judged_money_is_shown_in_yuan_with_its_confidence_and_why(
        make_window, data_copy: Path, qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "qinghe-guesthouse-phone-in.txt"
    path.write_text(PHONE_IN, encoding="utf-8")
    dialog = import_through_menu(make_window(data_copy), path, qtbot, monkeypatch)
    model = dialog.model
    rows = {model.candidate(r).as_printed: r for r in range(model.rowCount())}
    row = rows["180"]
    assert model.data(model.index(row, _column("unit"))) == "yuan"
    assert "yuan" in model.data(model.index(row, _column("figure")))
    sure = model.data(model.index(row, _column("confidence")))
    assert sure.endswith("%") and int(sure[:-1]) >= 60  # the model's probability, not a rule's fixed 50%
    why = model.data(model.index(row, _column("figure")), Qt.ItemDataRole.ToolTipRole)
    assert "judged money from the words around it" in why and "check" in why

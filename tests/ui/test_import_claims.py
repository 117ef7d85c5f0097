"""After an import the window reloads its folder: the claims of the new facts are merged into those it had."""

from __future__ import annotations

import pytest

from explorer.model.claims import grouping
from explorer.model.load.factbase import load_fact_base
from explorer.ui.import_dialog import REJECTED, ImportDialog
from tests.extraction.conftest import ARTICLES, fill_empty_guesses
from tests.model.test_agreement import assert_same_claims

pytestmark = pytest.mark.usefixtures("no_unanswered_message_box")  # a message box not answered fails

ARTICLE = ARTICLES / "liaoning-ports-2025.txt"


def test_an_import_merges_the_new_facts_into_the_claims_shown(make_window, data_copy, qtbot, monkeypatch) -> None:
    window = make_window(data_copy)
    shown = window.fact_base
    merges: list[object] = []
    real = grouping.merge_claims

    def merge(old, *args, **kwargs):
        merges.append(old)
        out = real(old, *args, **kwargs)
        assert out is not None, "fell back to building the claims from scratch"
        return out

    monkeypatch.setattr(grouping, "merge_claims", merge)
    window.import_article_dialog(ARTICLE)
    dialog = window.review_dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=60000)  # (a worker thread: slow on a busy box)
    fractions = [r for r in range(dialog.model.rowCount()) if "fraction" in dialog.model.candidate(r).note]
    dialog.model.set_status(fractions, REJECTED)
    fill_empty_guesses(dialog)  # the fields left to the reviewer
    dialog.accept_all_pending()
    accepted = dialog.model.accepted_rows()
    with qtbot.waitSignal(dialog.imported):
        dialog.add_button.click()
    assert merges == [shown.claims]
    base = window.fact_base
    assert base is not shown and base.row_of(accepted[0]["id"]) is not None
    assert_same_claims(base, load_fact_base(data_copy, use_cache=False))

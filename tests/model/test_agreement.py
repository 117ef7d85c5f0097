"""The window's view of the claims: the Agreement column's texts and order, one claim's entries, other sources."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from explorer.model import FactBase, load_fact_base
from explorer.model.claims.agreement import (
    CONFLICT,
    CORROBORATED,
    NOT_COMPARED,
    SINGLE,
    also_stated_by,
    build_agreement_view,
    claim_entries,
)
from explorer.model.claims.grouping import build_claims
from explorer.model.numbers import UNITS
from tests.conftest import BUNDLED
from tests.model.multisource import build
from tests.model.test_claims import frame

OTHER_REGION = Path(__file__).resolve().parents[1] / "data" / "other_region"


@pytest.fixture(scope="module")
def multi(tmp_path_factory) -> FactBase:
    return load_fact_base(build(tmp_path_factory.mktemp("multi") / "data"))


def view_of(facts: pd.DataFrame):
    return build_agreement_view(build_claims(facts, np.full(len(facts), "gdp", dtype=object), UNITS))


def text_of(base: FactBase) -> dict[str, str]:
    from explorer.model.claims.agreement import agreement_view

    return dict(zip(base.facts["id"], agreement_view(base).text))


def test_multisource_column_texts(multi: FactBase) -> None:
    text = text_of(multi)
    # F01 (the bundled article), ZH01 (the Chinese release) and NW01 (the wire) agree: three sources.
    assert text["F01"] == text["ZH01"] == text["NW01"] == "✓ 3 sources"
    assert text["SU01"] == "⚠ ×10 unit slip?"
    assert text["ZH05"] == "✓ 2 sources"


def test_the_column_sorts_conflicts_first_then_most_sources(multi: FactBase) -> None:
    from explorer.model.claims.agreement import agreement_view

    view = agreement_view(multi)
    ids = multi.facts["id"].to_numpy()[np.argsort(view.sort_key, kind="stable")]
    kinds = view.kind[np.argsort(view.sort_key, kind="stable")]
    assert ids[0] == "SU01" or view.kind[multi.row_of(str(ids[0]))] == CONFLICT
    assert list(kinds) == sorted(kinds, key=lambda k: {CONFLICT: 0, CORROBORATED: 1, SINGLE: 2, NOT_COMPARED: 3}[k])
    shown = view.sources[np.argsort(view.sort_key, kind="stable")][kinds == CORROBORATED]
    assert list(shown) == sorted(shown, reverse=True)


def test_the_bundled_base_alone_has_no_conflict_and_no_corroboration() -> None:
    base = load_fact_base(BUNDLED)
    assert set(text_of(base).values()) <= {"single", ""}
    assert also_stated_by(base, base.row_of("F01")) == []
    entries = claim_entries(base, base.row_of("F01"))
    assert entries.entries[0].fact_id == "F01" and all(e.agrees for e in entries.entries)  # F04 restates it


def test_another_region_with_two_sources() -> None:
    base = load_fact_base(OTHER_REGION)
    text = text_of(base)
    assert "⚠" not in "".join(text.values())
    corroborated = [i for i, t in text.items() if t.startswith("✓")]
    assert corroborated and all(text[i] == "✓ 2 sources" for i in corroborated)
    row = base.row_of(corroborated[0])
    others = also_stated_by(base, row)
    assert len(others) == 1 and others[0] != base.facts["source_id"].iat[row]


def test_a_source_restating_a_figure_counts_once() -> None:
    view = view_of(frame(("A", "s1", 100.0, "billion yuan", "exact", "100 billion yuan"),
                         ("B", "s1", 100.0, "billion yuan", "exact", "100 billion yuan"),
                         ("C", "s2", 100.0, "billion yuan", "exact", "100 billion yuan")))
    assert list(view.text) == ["✓ 2 sources"] * 3


def test_a_source_restating_itself_alone_is_single() -> None:
    view = view_of(frame(("A", "s1", 100.0, "billion yuan", "exact", "100 billion yuan"),
                         ("B", "s1", 100.0, "billion yuan", "exact", "100 billion yuan")))
    assert list(view.text) == ["single", "single"] and view.conflicts == 0


@pytest.mark.parametrize(("b_value", "text_b"), [
    (1000.0, "⚠ ×100 unit slip?"), (0.1, "⚠ ×0.01 unit slip?"), (30.0, "⚠ conflict ×3")])
def test_conflict_ratio_to_the_nearest_other_source(b_value: float, text_b: str) -> None:
    view = view_of(frame(("A", "s1", 10.0, "billion yuan", "exact", "10 billion yuan"),
                         ("A2", "s1", 10.0, "billion yuan", "exact", "10 billion yuan"),
                         ("B", "s2", b_value, "billion yuan", "exact", f"{b_value:g} billion yuan")))
    assert view.text[2] == text_b and view.conflicts == 3


def test_events_and_figures_without_period_are_not_compared() -> None:
    facts = frame(("A", "s1", 10.0, "billion yuan", "exact", "10 billion yuan", ""),
                  ("B", "s2", 10.0, "billion yuan", "exact", "10 billion yuan", "2024"))
    view = view_of(facts)
    assert list(view.kind) == [NOT_COMPARED, SINGLE] and list(view.text) == ["", "single"]


def test_claim_entries_lists_the_selected_first_then_agreeing_then_conflicts(multi: FactBase) -> None:
    claim = claim_entries(multi, multi.row_of("F01"))
    assert claim.claim == "Dalian · gdp · 2025 · yuan" and claim.more == 0
    ids = [e.fact_id for e in claim.entries]
    assert ids[0] == "F01" and ids[-1] == "SU01" and set(ids) == {"F01", "F04", "ZH01", "NW01", "SU01"}
    su01 = claim.entries[-1]
    assert not su01.agrees and su01.ratio == pytest.approx(10.0) and su01.slip == -1
    seen_from_summary = claim_entries(multi, multi.row_of("SU01"))
    zh01 = next(e for e in seen_from_summary.entries if e.fact_id == "ZH01")
    assert zh01.slip == 1 and "亿元 read as billion yuan" in zh01.note
    assert also_stated_by(multi, multi.row_of("F01")) == ["dalian-bureau-zh", "northeast-wire-en"]
    assert also_stated_by(multi, multi.row_of("SU01")) == []


def test_claim_entries_of_a_big_claim_list_the_nearest_and_count_the_rest() -> None:
    n = 200
    facts = frame(*[(f"X{i}", f"s{i}", 100.0 + i, "billion yuan", "exact", f"{100 + i} billion yuan")
                    for i in range(n)])
    base = FactBase(Path("."), facts, {}, {}, {}, [])
    base.claims = build_claims(facts, np.full(n, "gdp", dtype=object), UNITS)
    claim = claim_entries(base, 100, each_side=5)
    assert [e.fact_id for e in claim.entries][0] == "X100" and len(claim.entries) == 11
    assert {e.fact_id for e in claim.entries} == {f"X{i}" for i in range(95, 106)} and claim.more == n - 11


def assert_same_claims(a: FactBase, b: FactBase) -> None:
    """The claims and agreement views of two fact bases of the same facts say the same of every fact."""
    from explorer.model.claims.agreement import agreement_view

    ca, cb = a.claims, b.claims
    assert ca is not None and cb is not None
    assert list(a.facts["id"]) == list(b.facts["id"])
    for name in ("metric_id", "lo", "hi", "agreeing", "agreeing_elsewhere", "conflicting", "factors"):
        np.testing.assert_array_equal(getattr(ca, name), getattr(cb, name), err_msg=name)
    np.testing.assert_array_equal(ca.claim_text(), cb.claim_text())
    va, vb = agreement_view(a), agreement_view(b)
    for name in ("kind", "text", "sort_key", "sources", "ratio", "slip"):
        np.testing.assert_array_equal(getattr(va, name), getattr(vb, name), err_msg=name)
    pd.testing.assert_frame_equal(ca.columns(), cb.columns())


def test_claims_come_back_from_the_cache_without_being_built_again(tmp_path: Path, monkeypatch) -> None:
    from explorer.model.claims import agreement, grouping
    from explorer.model.load import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FACT_EXPLORER_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "MIN_BYTES", 0)
    data = build(tmp_path / "data")
    first = load_fact_base(data, use_cache=True)
    assert (first.caches.agreement is not None) and len(list((tmp_path / "cache").rglob("*.npz"))) == 1
    with monkeypatch.context() as m:
        m.setattr(grouping, "build_claims", lambda *a, **k: pytest.fail("claims built again"))
        m.setattr(agreement, "build_agreement_view", lambda *a, **k: pytest.fail("agreement view built again"))
        second = load_fact_base(data, use_cache=True)
        assert_same_claims(first, second)
        assert second.problems == first.problems
        entries = claim_entries(second, second.row_of("SU01"))
        assert {e.fact_id for e in entries.entries} >= {"SU01", "ZH01", "F01"}
    assert second.claims is not None and second.claims.facts is second.facts

"""What other modules work out from a fact base lives in its declared ``caches``, dropped when the facts change."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from explorer.model import FactBase, load_fact_base
from explorer.model.agreement import agreement_view
from explorer.model.queries import build_tree, search_index, search_mask
from explorer.model.series import Scope, series, warm_series
from tests.conftest import BUNDLED

OTHER_REGION = Path(__file__).resolve().parents[1] / "data" / "other_region"


def _use_everything(base: FactBase) -> None:
    assert base.row_of(str(base.facts["id"].iloc[0])) == 0
    search_mask(base, "a")
    warm_series(base)
    series(base, "over_time", Scope(fact_id=str(base.facts["id"].iloc[0])))
    agreement_view(base)
    build_tree(base, "sector")


@pytest.mark.parametrize("folder", [BUNDLED, OTHER_REGION], ids=["bundled", "other-region"])
def test_nothing_but_declared_fields_is_attached_to_a_fact_base(folder: Path) -> None:
    base = load_fact_base(folder, use_cache=False)
    _use_everything(base)
    assert set(vars(base)) == {f.name for f in dataclasses.fields(FactBase)}
    caches = base.caches
    assert caches.row_index is not None and caches.search_index is not None
    assert caches.plot_figures is not None and caches.series is not None and caches.agreement is not None


def test_replacing_the_facts_drops_every_cache_and_stops_the_old_search() -> None:
    base = load_fact_base(OTHER_REGION, use_cache=False)
    _use_everything(base)
    old_index = search_index(base)
    kept = base.facts.iloc[3:].reset_index(drop=True)
    base.facts = kept
    caches = base.caches
    assert (caches.row_index, caches.search_index, caches.plot_figures, caches.series, caches.agreement) \
        == (None, None, None, None, None)
    assert not old_index.start_server()  # closed for good: no child process for facts no longer shown
    # And what is made again is made from the new frame.
    assert base.row_of(str(kept["id"].iloc[0])) == 0
    assert search_index(base).facts is kept
    assert agreement_view(base).claims.facts is kept


def test_assigning_the_same_frame_keeps_the_caches() -> None:
    base = load_fact_base(OTHER_REGION, use_cache=False)
    index = search_index(base)
    base.facts = base.facts
    assert base.caches.search_index is index

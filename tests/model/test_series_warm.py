"""The loading thread makes each metric's across-cities view (issue 15): a first selection of a metric then
draws a view made already instead of making it on the UI thread (~80 ms at a million facts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.model import load_fact_base
from explorer.model.series import Scope, cache_key, series, warm_series
from tests.conftest import BUNDLED

OTHER_REGION = Path(__file__).resolve().parents[1] / "data" / "other_region"


@pytest.mark.parametrize("folder", [BUNDLED, OTHER_REGION], ids=["bundled", "other-region"])
def test_every_metric_has_its_across_view_once_loaded(folder: Path) -> None:
    base = load_fact_base(folder, use_cache=False)
    warm_series(base)
    kept = base.caches.series
    assert kept is not None and kept[0] is base.facts
    made = dict(kept[1])
    facts = base.facts
    stated = facts[(facts["kind"] == "figure") & ~facts["derived"]]
    assert len(stated)
    for fact_id in stated["id"].astype(str):
        scope = Scope(fact_id=fact_id)
        view = made.get(cache_key("across", base, scope))
        assert view is not None, fact_id  # made by the loader, for this fact's metric as it spells it
        assert series(base, "across", scope) is view

"""Every item model and proxy of the window passes qtmodeltester."""

from __future__ import annotations

import numpy as np

from explorer.model import load_fact_base
from explorer.ui.fact_table import FactFilterProxy, FactTableModel
from explorer.ui.problems import ProblemsModel
from explorer.ui.roles import FactIdRole, SortRole
from explorer.ui.tree_model import FactTreeModel, TreeFilterProxy
from tests.conftest import BUNDLED
from tests.helpers import edit_fact


def test_tree_model_and_proxy(qtmodeltester) -> None:
    base = load_fact_base(BUNDLED)
    for grouping in ("city", "sector"):
        model = FactTreeModel()
        model.set_fact_base(base, grouping)
        qtmodeltester.check(model, force_py=True)
        proxy = TreeFilterProxy()
        proxy.setSourceModel(model)
        qtmodeltester.check(proxy, force_py=True)
        mask = np.zeros(len(base.facts), dtype=bool)
        mask[base.facts.index[base.facts["city"] == "Harbin"]] = True
        proxy.state.set(mask)
        proxy.refilter()
        qtmodeltester.check(proxy, force_py=True)
        assert proxy.rowCount(proxy.index(0, 0)) == 1


def test_table_model_and_proxy(qtmodeltester) -> None:
    base = load_fact_base(BUNDLED)
    model = FactTableModel()
    model.set_fact_base(base)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data(FactIdRole) == base.facts["id"].iloc[0]
    proxy = FactFilterProxy()
    proxy.setSourceModel(model)
    proxy.refilter(np.array([3, 4, 5]))
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.rowCount() == 3
    proxy.sort(1)
    values = [proxy.index(r, 1).data(SortRole) for r in range(proxy.rowCount())]
    assert values == sorted(values)
    harbin = (base.facts["city"] == "Harbin").to_numpy()
    proxy.state.set(harbin)  # the filter state the tree shares: the table reads the same mask
    proxy.refilter(None)
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.rowCount() == int(harbin.sum()) > 0


def test_the_table_never_indexes_other_facts_with_the_filter_mask(tmp_path) -> None:
    """Between a new fact base in the table and its filter, the old mask is no mask: every new fact shows."""
    from benchmarks.synth import write as write_synth

    model = FactTableModel()
    model.set_fact_base(load_fact_base(BUNDLED))
    proxy = FactFilterProxy()
    proxy.setSourceModel(model)
    proxy.state.set(np.ones(model.rowCount(), dtype=bool))
    proxy.refilter(None)
    write_synth(300, tmp_path / "other")
    other = load_fact_base(tmp_path / "other")
    assert len(other.facts) != model.rowCount()
    model.set_fact_base(other)  # the table is reset before anyone sets the filter again
    assert proxy.rowCount() == len(other.facts)


def test_problems_model(qtmodeltester, data_copy) -> None:
    edit_fact(data_copy, "F05", lambda r: r.update(value="x"))
    model = ProblemsModel()
    model.set_problems(load_fact_base(data_copy).problems)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 1 and model.index(0, 3).data() == "F05"

"""The queries behind the tree, the table and the filter (the plots': tests/model/test_series.py)."""

from __future__ import annotations

import pytest

from explorer.model.queries import build_tree, facts_under
from explorer.model.search.index import search


@pytest.mark.parametrize("grouping", ["city", "sector"])
def test_tree_partitions_all_facts(base, grouping) -> None:
    root = build_tree(base, grouping)
    assert root.count == len(base.facts)
    assert sum(c.count for c in root.children) == root.count
    for node in root.children:
        assert sum(c.count for c in node.children) == node.count
        for leaf in node.children:
            under = facts_under(base, leaf.key, grouping)
            assert sorted(under.index) == sorted(base.facts.index[leaf.rows])


def test_tree_levels_and_labels(base) -> None:
    by_city = build_tree(base, "city")
    assert [c.label for c in by_city.children] == ["Dalian 大连", "Shenyang 沈阳", "Changchun 长春", "Harbin 哈尔滨"]
    dalian = by_city.children[0]
    port = next(c for c in dalian.children if c.key == ("Dalian", "port and trade"))
    assert port.label == "Port and trade"
    assert set(base.facts.iloc[port.rows]["id"]) >= {"F05", "F06", "F07", "F08", "F11", "F39"}
    by_sector = build_tree(base, "sector")
    macro = by_sector.children[0]
    assert macro.key == ("macro economy",)
    assert [c.key[1] for c in macro.children] == ["Dalian", "Shenyang", "Changchun", "Harbin"]


def test_search_spans_metric_entity_quote_and_chinese_names(base) -> None:
    assert set(search(base, "simandou")["id"]) >= {"E06", "F24"}
    assert set(search(base, "Hengli")["id"]) == {"F19"}
    assert set(search(base, "哈尔滨")["id"]) == {"F44"}
    assert set(search(base, "PER CAPITA")["id"]) >= {"F38"}
    assert len(search(base, "")) == len(base.facts)
    assert search(base, "no such words anywhere").empty


"""The queries behind the tree, the table, the filter and the plots."""

from __future__ import annotations

import pytest

from explorer.model import load_fact_base
from explorer.model.queries import before_after as before_after_series
from explorer.model.queries import (
    build_tree,
    facts_under,
    gdp_by_city,
    gdp_path,
    growth_by_sector,
    search,
    shares,
)
from tests.conftest import BUNDLED


@pytest.fixture(scope="module")
def base():
    return load_fact_base(BUNDLED)


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


def test_gdp_by_city_keeps_qualifiers(base) -> None:
    s = gdp_by_city(base)
    got = list(zip(s["city"], s["plot_value"], s["qualifier"]))
    assert got == [("Dalian", 1000.21, "over"), ("Shenyang", 910.03, "exact"),
                   ("Changchun", 800.0, "expected_over"), ("Harbin", 600.0, "range")]


def test_gdp_path_only_points_with_a_year(base) -> None:
    s = gdp_path(base)
    assert list(zip(s["x"], s["plot_value"])) == [(2018, 700.0), (2025, 1000.21)]


def test_growth_by_sector(base) -> None:
    s = growth_by_sector(base)
    assert dict(zip(s["id"], s["plot_value"])) == {"F12": 11.7, "F14": 8.9, "F16": 15.4, "F17": 57.5, "F40": 43.8}


def test_before_after_pairs(base) -> None:
    s = before_after_series(base)
    pairs = {p: list(zip(g["period"], g["plot_value"])) for p, g in s.groupby("pair", sort=False)}
    assert pairs == {
        "Dalian Heavy Industry: revenue": [("2022", 11.1), ("2025", 24.25)],
        "Dalian Heavy Industry: net profit": [("2022", -30.0), ("2025", 650.0)],
        "Dalian: high-tech enterprises": [("2020", 2475.0), ("2024", 5300.0)],
    }


def test_shares(base) -> None:
    s = shares(base)
    assert set(s["id"]) == {"F05", "F06", "F11", "F35", "F36", "F37"}

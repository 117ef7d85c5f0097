"""The navigation tree laid out from arrays made once per facts frame (issue 15: a switch of grouping
grouped every fact again, ~470 ms at a million facts): the same tree as grouping the facts gives."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from explorer.model import FactBase, load_fact_base
from explorer.model.queries import TreeNode, build_tree, tree_layout, warm_trees
from tests.conftest import BUNDLED

OTHER_REGION = Path(__file__).resolve().parents[1] / "data" / "other_region"


def _grouped_tree(base: FactBase, grouping: str) -> TreeNode:
    """The tree as it was made before: a pandas groupby over all facts, sorted by the files' order, then name."""
    facts = base.facts
    first, second = grouping, "sector" if grouping == "city" else "city"
    order = {"city": list(base.cities), "sector": list(base.sectors)}
    labels = {"city": base.city_label, "sector": base.sector_label}
    root = TreeNode((), "All", np.arange(len(facts)))

    def sort_key(level: str, value: str) -> tuple[int, str]:
        known = order[level]
        return (known.index(value) if value in known else len(known), value)

    by_first: dict[str, list[tuple[str, np.ndarray]]] = {}
    for (a, b), rows in facts.groupby([first, second], sort=False).indices.items():
        by_first.setdefault(a, []).append((b, rows))
    for a in sorted(by_first, key=lambda v: sort_key(first, v)):
        parts = sorted(by_first[a], key=lambda item: sort_key(second, item[0]))
        node = TreeNode((a,), labels[first](a), np.sort(np.concatenate([r for _, r in parts])), parent=root,
                        row=len(root.children))
        for b, rows in parts:
            node.children.append(TreeNode((a, b), labels[second](b), np.sort(rows), parent=node,
                                          row=len(node.children)))
        root.children.append(node)
    return root


def _same(a: TreeNode, b: TreeNode) -> None:
    assert (a.key, a.label, a.row) == (b.key, b.label, b.row)
    assert np.array_equal(a.rows, b.rows), a.key
    assert [c.key for c in a.children] == [c.key for c in b.children], a.key
    for x, y in zip(a.children, b.children):
        assert x.parent is a and y.parent is b
        _same(x, y)


def _shuffled_with_unknown_places(base: FactBase) -> FactBase:
    """Rows out of order, and cities the cities file does not list (they come last, by name)."""
    facts = base.facts.sample(frac=1.0, random_state=3).reset_index(drop=True)
    cities = facts["city"].astype(object).to_numpy().copy()
    cities[::7] = "Zeta town"
    cities[3::11] = "Alpha town"
    facts["city"] = cities
    base.facts = facts
    return base


@pytest.mark.parametrize("folder", [BUNDLED, OTHER_REGION], ids=["bundled", "other-region"])
@pytest.mark.parametrize("grouping", ["city", "sector"])
@pytest.mark.parametrize("shuffled", [False, True], ids=["as-loaded", "shuffled"])
def test_the_tree_is_the_one_grouping_the_facts_gives(folder: Path, grouping: str, shuffled: bool) -> None:
    base = load_fact_base(folder, use_cache=False)
    if shuffled:
        base = _shuffled_with_unknown_places(base)
    _same(build_tree(base, grouping), _grouped_tree(base, grouping))  # type: ignore[arg-type]


def test_switching_back_and_forth_builds_from_the_layout_made_once() -> None:
    base = load_fact_base(OTHER_REGION, use_cache=False)
    warm_trees(base)  # as the loading thread does
    layouts = base.caches.tree_layouts
    assert layouts is not None and layouts[0] is base.facts and set(layouts[1]) == {"city", "sector"}
    made = {g: tree_layout(base, g) for g in ("city", "sector")}  # type: ignore[arg-type]
    for grouping in ("sector", "city", "sector"):
        _same(build_tree(base, grouping), _grouped_tree(base, grouping))  # type: ignore[arg-type]
        assert tree_layout(base, grouping) is made[grouping]  # type: ignore[arg-type]
    # New facts: the layouts go with the old frame, and the tree is the new facts' one.
    base = _shuffled_with_unknown_places(base)
    assert base.caches.tree_layouts is None
    tree = build_tree(base, "city")
    _same(tree, _grouped_tree(base, "city"))
    assert [c.key for c in tree.children][-2:] == [("Alpha town",), ("Zeta town",)]

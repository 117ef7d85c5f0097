"""The main window only wires (issue 12, room 1): read from its source, these fail when work creeps back in.

Workers, processes and the memory policy are the session's (explorer/ui/session.py); the tree, its
grouping and its filter are the nav panel's, used through its methods; the filter's mask is held once.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "explorer" / "ui"

# Modules and Qt classes that start threads or processes, or steer the garbage collector.
FORBIDDEN_MODULES = {"gc", "subprocess", "threading", "multiprocessing", "sys"}
FORBIDDEN_NAMES = {"QThreadPool", "QProcess", "QThread", "ThreadPoolExecutor", "ProcessPoolExecutor", "Popen"}
# The nav panel's insides: the window asks the panel, never its tree, models or filter box.
NAV_INSIDES = {"tree", "tree_model", "tree_proxy", "filter_edit", "by_city", "by_sector"}


def _tree(name: str) -> ast.Module:
    return ast.parse((UI / name).read_text(encoding="utf-8"))


def _imports(tree: ast.Module) -> set[str]:
    """Every module and name the source imports, as written (``a.b``, and ``a.b.name`` for a from-import)."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.add(node.module or "")
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def work_in(source: str) -> list[str]:
    """What in ``source`` (a module's text) is not wiring: threads, processes, the collector, the nav's insides."""
    tree = ast.parse(source)
    found = []
    for name in sorted(_imports(tree)):
        if name.split(".")[0] in FORBIDDEN_MODULES or name.rsplit(".", 1)[-1] in FORBIDDEN_NAMES:
            found.append(f"imports {name}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES | FORBIDDEN_MODULES:
            found.append(f"uses {node.id} (line {node.lineno})")
        elif isinstance(node, ast.Attribute):
            if node.attr in FORBIDDEN_NAMES:
                found.append(f"uses .{node.attr} (line {node.lineno})")
            owner = node.value
            if isinstance(owner, ast.Attribute) and owner.attr == "nav" and (
                    node.attr in NAV_INSIDES or node.attr.startswith("_")):
                found.append(f"reaches into the nav panel: .nav.{node.attr} (line {node.lineno})")
            if node.attr in ("_mask", "_view_mask") and isinstance(node.ctx, ast.Store):
                found.append(f"keeps a copy of the filter mask: .{node.attr} (line {node.lineno})")
    return found


def test_the_main_window_only_wires() -> None:
    assert work_in((UI / "main_window.py").read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(("line", "what"), [
    ("import gc\n", "imports gc"),
    ("from PySide6.QtCore import QThreadPool\n", "imports PySide6.QtCore.QThreadPool"),
    ("from PySide6.QtCore import QProcess\n", "imports PySide6.QtCore.QProcess"),
    ("import subprocess\n", "imports subprocess"),
    ("from concurrent.futures import ThreadPoolExecutor\n", "imports concurrent.futures.ThreadPoolExecutor"),
    ("pool = QtCore.QThreadPool.globalInstance()\n", "uses .QThreadPool"),
    ("self.nav.tree.setCurrentIndex(x)\n", "reaches into the nav panel: .nav.tree"),
    ("n = self.nav.tree_proxy.rowCount()\n", "reaches into the nav panel: .nav.tree_proxy"),
    ("self.nav.filter_edit.clear()\n", "reaches into the nav panel: .nav.filter_edit"),
    ("self.nav._debounce.stop()\n", "reaches into the nav panel: .nav._debounce"),
    ("self._mask = mask\n", "keeps a copy of the filter mask: ._mask"),
])
def test_the_check_finds_each_kind_of_work(line: str, what: str) -> None:
    found = work_in(line)
    assert found and found[0].startswith(what), found


def test_the_filter_mask_has_one_owner(make_window) -> None:
    """The tree and the table read the nav panel's filter state: one mask, never a copy each."""
    window = make_window()
    assert window.table_proxy.state is window.nav.state
    assert window.nav.tree_proxy.state is window.nav.state
    for name in ("fact_table.py", "tree_model.py", "nav_panel.py", "main_window.py"):
        stores = [node.attr for node in ast.walk(_tree(name))
                  if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) and "mask" in node.attr]
        assert stores == [], (name, stores)


def test_the_grouping_is_held_by_the_tree_model_alone() -> None:
    """The nav panel, the window and the table ask the tree model for the grouping; none stores its own."""
    for name in ("fact_table.py", "nav_panel.py", "main_window.py", "plots.py"):
        stores = [node.attr for node in ast.walk(_tree(name))
                  if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) and "grouping" in node.attr]
        assert stores == [], (name, stores)

"""The loading modules form no import circle (issue 12, room 3): the parts and checks in ``records``,
the loaders above them, ``factbase`` on top; none reaches back up, not even from inside a function."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

MODEL = Path(__file__).resolve().parents[2] / "explorer" / "model"
LOADING = ["load.tables", "numbers", "vocab.units", "vocab.metrics", "vocab.aliases", "vocab.vocabulary", "load.records",
           "load.fastload", "load.cache", "derived", "claims.grouping", "load.factbase"]


def _imports(module: str) -> set[str]:
    """The app modules ``module`` imports anywhere (functions included), leaving out ``if TYPE_CHECKING:``."""
    tree = ast.parse((MODEL / f"{module.replace('.', '/')}.py").read_text(encoding="utf-8"))
    skipped = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
               and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING" for n in ast.walk(node)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("explorer.model"):
            rest = (node.module or "").removeprefix("explorer.model").lstrip(".")
            found |= {rest} | {f"{rest}.{alias.name}".lstrip(".") for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("explorer.model.") for a in node.names if a.name.startswith("explorer.model.")}
    return found & set(LOADING)


def test_the_loading_modules_import_each_other_without_a_circle() -> None:
    graph = {module: _imports(module) - {module} for module in LOADING}
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        assert module not in path, " -> ".join([*path, module])
        if module not in done:
            for other in sorted(graph[module]):
                visit(other, [*path, module])
            done.add(module)

    for module in LOADING:
        visit(module, [])
    assert "load.records" in graph["load.fastload"], "the layers this test is about"
    assert "load.fastload" in graph["load.factbase"], "the layers this test is about"


@pytest.mark.parametrize("module", LOADING)
def test_each_loading_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    done = subprocess.run([sys.executable, "-c", f"import explorer.model.{module}"], cwd=MODEL.parents[1],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr

"""Shared fixtures. Qt runs offscreen unless a test starts its own X server."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from explorer.model import FactBase

# Before any QApplication exists (pytest-qt creates it lazily on first use).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")
# Large fact bases are cached under XDG_CACHE_HOME (explorer.model.load.cache): never the user's own.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="fact-explorer-tests-cache-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], True)

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def _bundled_base() -> FactBase:
    from explorer.model import load_fact_base

    return load_fact_base(BUNDLED)


@pytest.fixture
def base(_bundled_base: FactBase) -> Iterator[FactBase]:
    """The bundled fact base, loaded once for the whole run: read it, never change it (a test that
    changes a fact base loads its own, or uses ``data_copy``)."""
    facts = _bundled_base.facts
    yield _bundled_base
    assert _bundled_base.facts is facts, "a test replaced the shared fact base's facts: load a fact base of its own"


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of the bundled data folder that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(BUNDLED, target)
    return target


def skip_unless_ci(reason: str) -> None:
    """Skip on a developer machine that lacks a system tool; in CI (CI=true) that is a failure, never a skip."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI must not skip this test: {reason}")
    pytest.skip(reason)

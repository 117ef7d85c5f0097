"""The multi-source fixture beside the bundled fact base: one folder, as a person would make it."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import BUNDLED, FIXTURES

MULTISOURCE = FIXTURES / "multisource"


def build(target: Path) -> Path:
    """A copy of the bundled data folder with the fixture's sources and facts appended; returns it."""
    shutil.copytree(BUNDLED, target)
    shutil.copytree(MULTISOURCE / "sources", target / "sources", dirs_exist_ok=True)
    for name in ("sources.csv", "facts.csv"):
        rows = (MULTISOURCE / name).read_text(encoding="utf-8").splitlines(keepends=True)[1:]
        with (target / name).open("a", encoding="utf-8", newline="") as fh:
            fh.writelines(rows)
    return target

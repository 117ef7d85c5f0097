"""The wheel carries the bundled data and resources, so an installed copy finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_contains_data_and_resources(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("fact_explorer-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in ("data/facts.csv", "data/sources.csv", "data/cities.csv", "data/sectors.csv",
                 "data/sources/dalian-trillion-yuan-2026.txt", "resources/icon.svg",
                 "data/units.csv", "data/metrics.csv", "data/id_aliases.csv"):  # the vocabularies' fallback
        assert f"explorer/_bundled/{path}" in names, path
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "explorer").rglob("*.py")}
    assert {"explorer/model/vocab/units.py", "explorer/model/load/factbase.py",
            "explorer/model/extract/chinese.py"} <= modules
    assert modules - names == set()  # every subpackage (load/, extract/, claims/ …) is in the wheel
    bundled = zipfile.ZipFile(wheel).read("explorer/_bundled/data/sources/dalian-trillion-yuan-2026.txt")
    assert bundled == (ROOT / "data" / "sources" / "dalian-trillion-yuan-2026.txt").read_bytes()
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "fact-explorer = explorer.cli:main" in zipfile.ZipFile(wheel).read(entry).decode()

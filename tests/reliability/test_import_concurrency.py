"""Importing under concurrency: two processes importing into one data folder at once lose nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from explorer.model.load.factbase import load_fact_base
from tests.conftest import ROOT
from tests.reliability.import_worker import small_fact_base

ROUNDS = 50


def _start(folder: Path, tag: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-m", "tests.reliability.import_worker", str(folder), tag, str(ROUNDS)],
                            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
    return proc


def test_two_processes_importing_fifty_articles_each_lose_nothing(tmp_path: Path) -> None:
    folder = small_fact_base(tmp_path / "data")
    workers = [_start(folder, tag) for tag in ("alpha", "beta")]
    for proc in workers:  # both are waiting with everything imported: they start together
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    reported: list[tuple[str, str]] = []
    for proc in workers:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        reported += [tuple(json.loads(line)) for line in out.splitlines()]
    assert len(reported) == 2 * ROUNDS

    base = load_fact_base(folder, use_cache=False)
    assert [p for p in base.problems if p.severity == "error"] == []
    assert {sid for sid, _ in reported} == set(base.sources) and len(base.sources) == 2 * ROUNDS
    assert all(source.verified for source in base.sources.values())
    assert sorted(fid for _, fid in reported) == sorted(base.stated["id"])
    # Every import's row is whole: its own source, the figure its article printed.
    for sid, fid in reported:
        fact = base.fact(fid)
        assert fact["source_id"] == sid and fact["quote"] in (base.sources[sid].text or "")
    assert not list(folder.rglob("*.tmp"))

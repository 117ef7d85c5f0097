"""`fact-explorer export` with the claim columns and `fact-explorer conflicts`, read back as a person reads them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.model.claims.grouping import CLAIM_COLUMNS
from tests.conftest import BUNDLED, ROOT
from tests.helpers import edit_fact
from tests.model.multisource import build


@pytest.fixture(scope="module")
def multi(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("multi") / "data")


def export_rows(data: Path, capsys, fmt: str = "csv") -> dict[str, dict[str, str]]:
    assert main(["export", "--data", str(data), "--format", fmt]) == 0
    out = capsys.readouterr().out
    rows = json.loads(out) if fmt == "json" else list(csv.DictReader(io.StringIO(out)))
    return {r["id"]: r for r in rows}


def test_export_gains_the_claim_columns(multi: Path, capsys) -> None:
    rows = export_rows(multi, capsys)
    assert list(next(iter(rows.values())))[-len(CLAIM_COLUMNS):] == list(CLAIM_COLUMNS)
    f01, zh01, su01 = rows["F01"], rows["ZH01"], rows["SU01"]
    assert f01["metric_id"] == zh01["metric_id"] == su01["metric_id"] == "gdp"
    assert f01["claim"] == zh01["claim"] == "Dalian · gdp · 2025 · yuan"
    assert (f01["agreement"], zh01["agreement"], su01["agreement"]) == ("corroborated", "corroborated", "conflict")
    assert "ZH01" in f01["agrees_with"].split("; ") and "F01" in zh01["agrees_with"].split("; ")
    assert "ZH01 ×10 likely unit slip" in su01["conflicts_with"].split("; ") and su01["agrees_with"] == ""
    assert "SU01 ×0.1 likely unit slip" in zh01["conflicts_with"].split("; ")
    assert rows["F02"]["agreement"] == "single" and rows["F03"]["claim"] == ""  # F03 gives no year


def test_json_export_has_the_same_claims(multi: Path, capsys) -> None:
    rows = export_rows(multi, capsys, "json")
    assert rows["SU01"]["agreement"] == "conflict" and rows["NW03"]["agrees_with"] == "D:previous:F12:F13"


def test_conflicts_lists_both_figures_ratio_sources_and_quotes(multi: Path, capsys) -> None:
    assert main(["conflicts", "--data", str(multi)]) == 0
    out = capsys.readouterr().out
    block = out[out.index("Dalian · gdp · 2025 · yuan"):]
    line = next(x for x in block.splitlines() if "vs ZH01" in x)
    assert line.strip().startswith("SU01 10,002.1 billion yuan (dalian-summary-en) vs ZH01 10,002.1亿元 (dalian-bureau-zh)")
    assert "×10" in line and "likely unit slip" in line and "亿元 read as billion yuan" in line
    assert "SU01: “Dalian's GDP reached 10,002.1 billion yuan in 2025.”" in out
    assert "ZH01: “初步核算，2025年全市地区生产总值10002.1亿元，首次迈上万亿元台阶。”" in out
    assert "F01" in block and "NW01" in block
    assert out.rstrip().endswith("4 conflicts in 1 claim")
    assert main(["conflicts", "--data", str(multi), "--strict"]) == 1


def test_no_conflicts_exits_zero_even_when_strict(capsys) -> None:
    assert main(["conflicts", "--data", str(BUNDLED), "--strict"]) == 0
    assert capsys.readouterr().out == "no conflicts: every claim's figures agree\n"


def test_conflicts_as_a_command(multi: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "explorer", "conflicts", "--strict", "--data", str(multi)],
                         capture_output=True, cwd=ROOT, timeout=120)
    assert run.returncode == 1, run.stderr
    assert "likely unit slip" in run.stdout.decode("utf-8")


def test_a_missing_folder_is_refused(tmp_path: Path, capsys) -> None:
    assert main(["conflicts", "--data", str(tmp_path / "nowhere")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_quotes_are_shown_as_text(multi: Path, tmp_path: Path, capsys) -> None:
    # A quote with a terminal escape and a formula start is printed as symbols, never run.
    data = tmp_path / "data"
    import shutil

    shutil.copytree(multi, data)
    text = (data / "sources" / "dalian-summary-2025-en.txt").read_text(encoding="utf-8")
    hostile = text.replace("Dalian's GDP reached", "=1+1\x1b[31m GDP reached")
    (data / "sources" / "dalian-summary-2025-en.txt").write_text(hostile, encoding="utf-8")
    import hashlib

    sources = (data / "sources.csv").read_text(encoding="utf-8")
    old = hashlib.sha256(text.encode()).hexdigest()
    (data / "sources.csv").write_text(sources.replace(old, hashlib.sha256(hostile.encode()).hexdigest()),
                                      encoding="utf-8")
    quote = "=1+1\x1b[31m GDP reached 10,002.1 billion yuan in 2025."
    start = hostile.index(quote)
    edit_fact(data, "SU01", lambda r: r.update(quote=quote, start=str(start), end=str(start + len(quote))))
    assert main(["conflicts", "--data", str(data)]) == 0
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out and "=1+1␛[31m GDP reached" in captured.out

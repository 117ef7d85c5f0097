"""Exports in every format, the command line, and the Qt-free contract of explorer.model."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from explorer.cli import main
from explorer.model import load_fact_base
from explorer.model.formats.export import export_frame, neutralise, render, write_atomic
from tests.conftest import ROOT
from tests.helpers import edit_fact


def test_csv_export_reads_back_equal_to_the_model(base) -> None:
    back = pd.read_csv(io.BytesIO(render(base, "csv")), dtype={"period": str}, keep_default_na=False,
                       na_values={"start": [""], "end": [""]})
    model = export_frame(base)
    assert list(back.columns) == list(model.columns)
    assert back["id"].tolist() == model["id"].tolist()
    assert back["value"].tolist() == model["value"].tolist()
    assert back["quote"].tolist() == model["quote"].tolist()
    assert back["period"].tolist() == model["period"].tolist()
    assert back["value_base"].tolist() == pytest.approx(model["value_base"].tolist())
    assert back["verified"].tolist() == model["verified"].tolist()


def test_json_export(base) -> None:
    records = json.loads(render(base, "json"))
    assert len(records) == len(base.facts)
    f01 = next(r for r in records if r["id"] == "F01")
    assert (f01["value"], f01["unit"], f01["qualifier"], f01["value_base"], f01["base_unit"]) == (
        1000.21, "billion yuan", "over", 1.00021e12, "yuan")
    assert any(r["kind"] == "derived" and r["formula"] for r in records)


def test_xlsx_export_reads_back(base) -> None:
    back = pd.read_excel(io.BytesIO(render(base, "xlsx")), sheet_name="facts", dtype={"period": str})
    assert back["id"].tolist() == base.facts["id"].tolist()
    assert back["value"].tolist() == base.facts["value"].tolist()


def test_markdown_export_escapes_pipes_and_tags(base) -> None:
    md = render(base, "md").decode()
    assert md.splitlines()[0].startswith("| id | kind |")
    assert len(md.splitlines()) == len(base.facts) + 2
    assert "| F01 | figure |" in md and "1,000.21" in md


def test_formula_like_text_is_neutralised_but_numbers_stay(data_copy: Path) -> None:
    edit_fact(data_copy, "F05", lambda r: r.update(entity="=HYPERLINK(\"http://x\")"))
    base = load_fact_base(data_copy)
    back = pd.read_csv(io.BytesIO(render(base, "csv")))
    row = back.set_index("id").loc["F05"]
    assert row["entity"].startswith("'=")
    assert back.set_index("id").loc["F27", "value"] == -30
    assert neutralise("-30") == "'-30" and neutralise("plain") == "plain"


def test_write_atomic_leaves_the_old_file_on_failure(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    import os

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_cli_validate_exit_codes(data_copy: Path, capsys) -> None:
    assert main(["validate", "--data", str(data_copy)]) == 0
    assert "0 errors" in capsys.readouterr().out
    edit_fact(data_copy, "F05", lambda r: r.update(value="abc"))
    assert main(["validate", "--data", str(data_copy)]) == 1
    out = capsys.readouterr().out
    assert "facts.csv:" in out and "[F05]" in out and "not a plain number" in out


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx", "md"])
def test_cli_export_to_file(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"facts.{fmt}"
    assert main(["export", "--format", fmt, "-o", str(out)]) == 0
    assert out.stat().st_size > 1000


def test_cli_export_stdout_runs_as_installed_command() -> None:
    result = subprocess.run([sys.executable, "-m", "explorer", "export", "--format", "csv"],
                            capture_output=True, cwd=ROOT / "tests", timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().splitlines()[0].startswith("id,kind,source_id,city,sector,entity,metric,value")


def test_model_imports_no_qt() -> None:
    code = ("import sys, explorer.model, explorer.model.queries, explorer.model.formats.export, explorer.cli;"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt6')];"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_model_sources_have_no_qt_import_statement() -> None:
    import ast

    for path in (ROOT / "explorer" / "model").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.split(".")[0] in ("PySide6", "pyqtgraph", "PyQt6") for n in names), path


def test_clipboard_cells_treat_only_plain_numbers_as_numbers() -> None:
    from explorer.model.formats.clipboard import _cell

    assert _cell("-30") == "-30" and _cell("1000.21") == "1000.21"
    assert _cell("-inf") == "'-inf" and _cell("=1+1") == "'=1+1" and _cell("nan") == "nan"

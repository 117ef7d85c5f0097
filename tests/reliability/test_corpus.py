"""Every broken folder of the corpus: `fact-explorer validate` names the problem, the window opens
with every valid fact and lists the problem, and nothing in the folder is written or read outside it."""

from __future__ import annotations

import builtins
import io
import os
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.model import load_fact_base
from tests.reliability.make_corpus import (
    ALL_FACTS,
    ARTICLE_FACTS,
    CASES,
    Case,
    Expect,
    article_ids,
    digest,
    make,
    second_ids,
)

EVERY_ID = article_ids() | second_ids()
CASE_PARAMS = [pytest.param(c, id=c.name) for c in CASES]


def expected_ids(expect: Expect) -> frozenset[str]:
    if expect.gone == ALL_FACTS:
        return frozenset()
    if expect.gone == ARTICLE_FACTS:
        return second_ids()
    assert isinstance(expect.gone, frozenset)
    return EVERY_ID - expect.gone


def matches(expect: Expect, file: str, line: int | None, fact_id: str | None, message: str) -> bool:
    return (file == expect.file and (expect.line is None or line == expect.line)
            and (expect.fact_id is None or fact_id == expect.fact_id) and expect.fragment in message)


@pytest.mark.parametrize("case", CASE_PARAMS)
def test_validate_names_file_line_and_problem(case: Case, tmp_path: Path, capsys) -> None:
    data, expect = make(case, tmp_path)
    before = digest(tmp_path)
    code = main(["validate", "--data", str(data)])
    out = capsys.readouterr().out
    assert code == expect.exit_code, out[-2000:]
    assert digest(tmp_path) == before, "validate wrote to the data folder"
    if expect.exit_code == 0:
        assert "0 errors, 0 warnings" in out
        return
    where = f"{expect.file}:{expect.line}" if expect.line is not None else expect.file
    who = f"[{expect.fact_id}]" if expect.fact_id else ""
    hits = [ln for ln in out.splitlines() if ln.split(": ", 1)[-1].startswith(where) and who in ln
            and expect.fragment in ln]
    assert hits, f"no line names {where} {who} {expect.fragment!r}:\n{out[:3000]}"
    assert max(len(ln) for ln in out.splitlines()) < 2000, "a message repeats a huge field"


@pytest.mark.parametrize("case", CASE_PARAMS)
def test_window_shows_every_valid_fact_and_lists_the_problem(case: Case, tmp_path: Path, make_window, qtbot) -> None:
    data, expect = make(case, tmp_path)
    before = digest(tmp_path)
    window = make_window(data)
    window.show()
    qtbot.waitExposed(window)
    base = window.fact_base
    assert base is not None
    model = window.table_model
    shown = {model.index(r, 0).data(window_fact_id_role()) for r in range(model.rowCount())}
    stated = set(base.stated["id"])
    assert stated == expected_ids(expect)
    assert stated <= shown, "a loaded fact is missing from the table"
    assert shown - stated <= set(base.facts.loc[base.facts["derived"], "id"])
    root = window.nav.tree_proxy.index(0, 0)
    assert int(window.nav.tree_proxy.index(0, 1, root.parent()).data()) == len(base.facts)
    if expect.unverified:
        assert not base.stated[base.stated["source_id"] == "dalian-2026"]["verified"].any()
    problems = window.problems_model
    rows = [[problems.index(r, c).data() for c in range(5)] for r in range(problems.rowCount())]
    if expect.exit_code == 0:
        assert rows == []
    else:
        assert any(matches(expect, f, int(ln) if ln else None, fid or None, msg) for _, f, ln, fid, msg in rows), \
            rows[:20]
        if any(sev == "error" for sev, *_ in rows):
            assert not window.problems_dock.isHidden()
        assert max(len(r[4]) for r in rows) < 2000
    # A click through every visible fact of the table never fails on what was loaded.
    for r in range(min(window.table_proxy.rowCount(), 80)):
        window.table.selectRow(r)
    assert digest(tmp_path) == before, "the window wrote to the data folder"


def window_fact_id_role() -> int:
    from explorer.ui.roles import FactIdRole

    return FactIdRole


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name) for c in CASES if c.reads_outside])
def test_paths_outside_the_folder_are_never_opened(case: Case, tmp_path: Path, monkeypatch) -> None:
    data, expect = make(case, tmp_path)
    root = data.resolve()
    opened: list[str] = []
    real_open, real_os_open = io.open, os.open

    def spy_open(file, *args, **kwargs):
        if isinstance(file, (str, bytes, os.PathLike)):
            opened.append(os.fsdecode(file))
        return real_open(file, *args, **kwargs)

    def spy_os_open(path, *args, **kwargs):
        opened.append(os.fsdecode(path))
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(io, "open", spy_open)
    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    base = load_fact_base(data)
    monkeypatch.undo()
    assert opened, "the spy saw no file opened at all"
    outside = [p for p in opened if not Path(p).resolve().is_relative_to(root)]
    assert outside == []
    assert all(s.text is None for s in base.sources.values() if s.id == "dalian-2026")

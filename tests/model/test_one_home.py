"""Each concept of the model is written once (issue 12, "one home per concept").

A second copy of a pattern, a table or a list drifts from the first: these tests fail when one
comes back, by reading the source of ``explorer/`` (string constants, definitions, imports), or,
where two uses remain, by checking that they agree.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import pytest

EXPLORER = Path(__file__).resolve().parents[2] / "explorer"


@functools.cache
def _trees() -> dict[str, ast.Module]:
    return {str(p.relative_to(EXPLORER.parent)): ast.parse(p.read_text(encoding="utf-8"))
            for p in sorted(EXPLORER.rglob("*.py"))}


def _strings() -> list[tuple[str, str]]:
    """Every string constant of explorer/ as (module path, text)."""
    return [(path, node.value) for path, tree in _trees().items() for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def _normal(pattern: str) -> str:
    """A regex source with its groups made alike, so ``(\\.\\d+)`` and ``(?:\\.\\d+)`` count as one."""
    return pattern.replace("(?:", "(").replace("[\\d]", "\\d")


def _modules_holding(fragment: str) -> set[str]:
    """The modules with a string constant that holds ``fragment`` (compared after ``_normal``)."""
    wanted = _normal(fragment)
    return {path for path, text in _strings() if wanted in _normal(text)}


def _definitions(name: str) -> set[str]:
    """The modules that define a function, class or module-level name ``name``."""
    found = set()
    for path, tree in _trees().items():
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name == name:
                found.add(path)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                    found.add(path)
    return found


# ---- 1. the plain number, and the number as printed ----------------------------------------------

def test_the_plain_number_pattern_is_written_once() -> None:
    assert _modules_holding(r"-?\d+(?:\.\d+)?") == {"explorer/model/numbers.py"}


def test_the_printed_number_pattern_is_written_once() -> None:
    assert _modules_holding(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)") == {"explorer/model/numbers.py"}


def test_the_plain_number_is_what_facts_csv_accepts_and_a_copy_keeps_a_number() -> None:
    from explorer.model.formats.clipboard import to_tsv
    from explorer.model.numbers import format_plain, is_plain_number

    for text in ("-30", "1000.21", "0"):
        assert is_plain_number(text)
    for text in ("nan", "-inf", "1e3", "1,000", "1_0", "+3", ".5", "3."):
        assert not is_plain_number(text)
    for value in (1000.21, -30.0, 0.1 + 0.2, 1e15, 123456789.125):
        assert is_plain_number(format_plain(value))
    fact = {"id": "F1", "kind": "figure", "source_id": "S", "city": "c", "sector": "s", "entity": "-30",
            "metric": "m", "value": 1.5, "unit": "%", "qualifier": "exact", "period": "-5", "derived": False,
            "value_base": 1.5, "base_unit": "%"}
    cells = to_tsv([fact], {}).splitlines()[1].split("\t")
    assert "-30" in cells and "'-30" not in cells  # a plain number in a text column stays a number


# ---- 4. formatting lives in numbers.py ------------------------------------------------------------

def test_format_plain_is_defined_in_numbers_only() -> None:
    assert _definitions("format_plain") == {"explorer/model/numbers.py"}


def test_a_candidate_row_writes_its_value_as_facts_csv_stores_it() -> None:
    from explorer.model.extract import extract
    from explorer.model.numbers import is_plain_number

    candidates = extract("Exports reached 1,234.5 billion yuan in 2024, up 3.25 percent.", "S9")
    values = [c.to_row()["value"] for c in candidates]
    assert "1234.5" in values and "3.25" in values
    assert all(is_plain_number(v) for v in values)


# ---- 2. number words ------------------------------------------------------------------------------

def _dict_keys(path: str) -> set[str]:
    return {key.value for node in ast.walk(_trees()[path]) if isinstance(node, ast.Dict)
            for key in node.keys if isinstance(key, ast.Constant) and isinstance(key.value, str)}


def test_number_words_are_one_table() -> None:
    for word in ("seven", "twelve", "seventh"):
        assert {path for path in _trees() if word in _dict_keys(path)} == {"explorer/model/numbers.py"}, word


def test_number_words_read_alike_in_parsing_and_extraction() -> None:
    from explorer.model.extract import extract
    from explorer.model.numbers import parse_fraction, parse_number

    assert parse_number("seven") == 7 and parse_number("fourth") == 4 and parse_fraction("two out of three") == 2 / 3
    text = ("Seven in ten residents of the county own a car. In the first nine months of 2031, "
            "output rose 4.5 percent. The port ranked fourth in the province.")
    found = {(c.as_printed, c.unit): c for c in extract(text, "S1")}
    share = next(c for (printed, unit), c in found.items() if unit == "%")
    assert share.value == 70
    growth = next(c for (printed, _), c in found.items() if printed.startswith("4.5"))
    assert growth.period == "2031-01..09"
    assert any(c.unit == "rank" and c.value == 4 for c in found.values())


# ---- 3. what a year is: two questions, each answered once -------------------------------------------

def test_each_meaning_of_year_is_written_once() -> None:
    assert _modules_holding(r"^\d{4}$") == {"explorer/model/numbers.py"}
    assert _modules_holding(r"1[89]\d\d|20\d\d") == {"explorer/model/numbers.py"}
    assert not _definitions("is_year")


def test_a_year_period_and_a_calendar_year_are_different_questions() -> None:
    from explorer.model.numbers import is_year_period, looks_like_year

    assert is_year_period("2024") and is_year_period("2500")  # a period of the fact base: any four digits
    assert not is_year_period("2024-03") and not is_year_period("2015–2024") and not is_year_period("")
    assert looks_like_year("2019") and looks_like_year("1800") and looks_like_year("2099")
    assert not looks_like_year("2500") and not looks_like_year("1799") and not looks_like_year("201")


def test_derived_growth_pairs_whole_year_periods_only() -> None:
    from explorer.model import load_fact_base
    from tests.conftest import BUNDLED

    base = load_fact_base(BUNDLED)
    growth = base.facts[base.facts["id"].str.startswith("D:change:")]
    assert len(growth)
    for inputs in growth["inputs"]:
        periods = [str(base.fact(i)["period"]) for i in str(inputs).split(";")]
        assert all(len(p) == 4 and p.isdigit() for p in periods), periods


# ---- 7. the other grouping ------------------------------------------------------------------------

def _names(node: ast.expr) -> tuple[str, ...] | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return (node.value,)
    if isinstance(node, ast.Tuple) and all(isinstance(e, ast.Name) for e in node.elts):
        return tuple(e.id for e in node.elts)  # type: ignore[attr-defined]
    return None


def test_the_other_grouping_is_worked_out_in_queries_only() -> None:
    """``"sector" if grouping == "city" else "city"`` and ``(city, sector) if … else (sector, city)``."""
    found = set()
    for path, tree in _trees().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.IfExp) and isinstance(node.test, ast.Compare):  # not "city" if by_city else …
                pair = (_names(node.body), _names(node.orelse))
                if pair in ((("sector",), ("city",)), (("city",), ("sector",)),
                            (("city", "sector"), ("sector", "city")), (("sector", "city"), ("city", "sector"))):
                    found.add(path)
    assert found == {"explorer/model/queries.py"}


def test_node_key_names_the_node_that_holds_the_fact_in_either_grouping() -> None:
    from explorer.model import load_fact_base
    from explorer.model.queries import GROUPINGS, build_tree, node_key, other_grouping
    from tests.conftest import BUNDLED

    base = load_fact_base(BUNDLED)
    for grouping in GROUPINGS:
        assert {grouping, other_grouping(grouping)} == {"city", "sector"}
        root = build_tree(base, grouping)
        nodes = {child.key: child for node in root.children for child in node.children}
        for row, (city, sector) in enumerate(zip(base.facts["city"], base.facts["sector"])):
            assert row in nodes[node_key(grouping, city, sector)].rows


# ---- 6. fact counts -------------------------------------------------------------------------------

def test_facts_are_counted_in_one_place() -> None:
    counting = {str(p.relative_to(EXPLORER.parent)) for p in EXPLORER.rglob("*.py")
                if re.search(r'\["derived"\]\)?\.sum\(\)', p.read_text(encoding="utf-8"))}
    assert counting == {"explorer/model/load/records.py"}


def test_validate_says_the_counts_of_the_fact_base(capsys: pytest.CaptureFixture[str]) -> None:
    from explorer.cli import main
    from explorer.model import load_fact_base
    from tests.conftest import BUNDLED

    counts = load_fact_base(BUNDLED).counts()
    assert counts.stated > 0 and counts.derived > 0
    main(["validate", "--data", str(BUNDLED)])
    assert f"{counts.stated:,} facts loaded ({counts.derived:,} derived)" in capsys.readouterr().out


# ---- 8. the fact columns --------------------------------------------------------------------------

def test_the_fact_columns_are_listed_in_schema_only() -> None:
    listing = set()
    for path, tree in _trees().items():
        for node in ast.walk(tree):
            if isinstance(node, (ast.Tuple, ast.List)):
                words = {e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
                if {"as_printed", "quote", "start", "end"} <= words:
                    listing.add(path)
                starred = [e for e in node.elts if isinstance(e, ast.Starred)]
                if starred and "note" in words:  # [*schema.FACT_COLUMNS, "note", ...] is FACT_FILE_COLUMNS
                    listing.add(path)
    assert listing == {"explorer/model/schema.py"}


def test_a_candidate_row_and_a_loaded_fact_have_the_columns_of_facts_csv() -> None:
    from explorer.model import load_fact_base, schema
    from explorer.model.extract import extract
    from tests.conftest import BUNDLED

    row = extract("Output reached 12.5 billion yuan in 2030.", "S1")[0].to_row()
    assert tuple(row)[:len(schema.FACT_FILE_COLUMNS)] == schema.FACT_FILE_COLUMNS
    assert tuple(load_fact_base(BUNDLED).facts.columns) == schema.FRAME_COLUMNS
    header = (BUNDLED / "facts.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert tuple(header) == schema.FACT_FILE_COLUMNS


# ---- 9. the copies are made in the model; the UI only puts them on the clipboard ------------------

def test_the_ui_clipboard_module_does_no_model_work() -> None:
    tree = _trees()["explorer/ui/clipboard.py"]
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert {m for m in imported if m and m.startswith("explorer.model")} == {
        "explorer.model.formats", "explorer.model.load.factbase"}
    called = {node.func.attr for node in ast.walk(tree)
              if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)}
    assert not called & {"row_of", "fact", "to_dict", "with_other_sources", "with_input_sources"}


def test_every_copy_names_the_other_sources_and_a_derived_figures_inputs(tmp_path: Path) -> None:
    from explorer.model import load_fact_base
    from explorer.model.formats.clipboard import copy_citations_text, copy_forms, copy_values_text
    from tests.model.multisource import build

    base = load_fact_base(build(tmp_path / "multi"))
    f01 = base.facts[base.facts["id"] == "F01"]
    copy = copy_forms(base, f01)
    header, row = copy.tsv.splitlines()[:2]
    also = dict(zip(header.split("\t"), row.split("\t")))["Also stated by"]
    assert "Northeast cities report 2025 output (a test text)" in also
    assert also in copy.csv and "also stated by: " in copy.html
    assert "also stated by " in copy_citations_text(base, f01)
    assert copy_values_text(f01) == "1000.21"
    derived = base.facts[base.facts["derived"] & base.facts["inputs"].astype(str).str.contains(";")].head(1)
    first, second = str(derived["inputs"].iloc[0]).split(";")[:2]
    titles = {base.sources[str(base.fact(i)["source_id"])].title for i in (first, second)}
    source_cell = dict(zip(copy_forms(base, derived).tsv.splitlines()[0].split("\t"),
                           copy_forms(base, derived).tsv.splitlines()[1].split("\t")))["Source"]
    assert set(source_cell.split("; ")) == titles


# ---- 10. the search index beside its server -------------------------------------------------------

def test_the_search_index_lives_beside_its_server() -> None:
    for name in ("SearchIndex", "search_index", "close_search_index", "search_mask", "SEARCH_COLUMNS"):
        assert _definitions(name) == {"explorer/model/search/index.py"}, name
    import explorer.model.queries as queries

    assert not {"SearchIndex", "search_index", "search_mask", "search"} & set(vars(queries))


# ---- 12. the vocabularies read their tables without reaching back into the loaders ----------------

def test_the_vocabularies_import_at_the_top_and_not_from_records() -> None:
    for path in ("explorer/model/vocab/__init__.py", "explorer/model/vocab/units.py", "explorer/model/vocab/metrics.py",
                 "explorer/model/vocab/aliases.py", "explorer/model/vocab/vocabulary.py"):
        tree = _trees()[path]
        inner = [node for function in ast.walk(tree) if isinstance(function, ast.FunctionDef)
                 for node in ast.walk(function) if isinstance(node, (ast.Import, ast.ImportFrom))]
        assert not inner, (path, [ast.unparse(n) for n in inner])
        modules = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "explorer.model.load.records" not in modules, path


def test_the_units_table_still_loads_without_pandas() -> None:
    import subprocess
    import sys

    code = "import sys, explorer.model.numbers; print('pandas' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=EXPLORER.parent, capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"


# ---- 5. before and after: which figures stand at a series' ends ----------------------------------

def test_the_ends_of_a_series_are_picked_in_one_place() -> None:
    assert _definitions("series_ends") == {"explorer/model/pairs.py"}
    assert not _definitions("_series_ends") and not _definitions("_before_after_rows")
    for path in ("explorer/model/derived.py", "explorer/model/series.py"):
        imported = {alias.name for node in ast.walk(_trees()[path]) if isinstance(node, ast.ImportFrom)
                    and node.module == "explorer.model.pairs" for alias in node.names}
        assert "series_ends" in imported, path


def test_series_ends_takes_the_most_precise_figure_then_the_row_order() -> None:
    import numpy as np

    from explorer.model.pairs import series_ends

    group = np.array([0, 0, 0, 0, 1, 1, 2, 0])
    year = np.array([2015, 2025, 2015, 2025, 2020, 2020, 2019, 2020])  # series 1 and 2 have one year: no pair
    first, last = series_ends(group, year)
    assert first.tolist() == [0] and last.tolist() == [3]  # ties: the first row first, the last row last
    first, last = series_ends(group, year, latest_tie="first")
    assert last.tolist() == [1]
    rank = np.array([0, 0, 2, 1, 0, 0, 0, 0])
    first, last = series_ends(group, year, rank)
    assert first.tolist() == [2] and last.tolist() == [3]  # the most precise at each end
    missing = np.array([-1, -1, 0, 0])
    assert [a.tolist() for a in series_ends(missing, np.array([2015, 2025, 2015, 2025]))] == [[2], [3]]


def test_the_chinese_numeral_characters_are_listed_once() -> None:
    assert _modules_holding("零〇一二两三四五六七八九十百千") == {"explorer/model/zh_numbers.py"}

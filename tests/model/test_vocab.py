"""Units and metrics as data: the bundled tables, a folder's own tables, and errors that list what is accepted."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from explorer.model import load_fact_base
from explorer.model.numbers import UNITS, base_value_text, format_figure, to_base
from explorer.model.vocab.units import BUNDLED_UNITS, parse_factor
from explorer.model.vocab.vocabulary import load_vocabulary
from tests.conftest import BUNDLED
from tests.helpers import edit_fact

CHINESE = {"亿元": ("yuan", 1e8), "万亿元": ("yuan", 1e12), "万元": ("yuan", 1e4), "万人": ("people", 1e4),
           "万吨": ("tons", 1e4), "万标准箱": ("TEU", 1e4), "个百分点": ("percentage points", 1.0)}


@pytest.mark.parametrize("unit", sorted(CHINESE))
def test_chinese_units_are_in_the_bundled_table(unit: str) -> None:
    assert (UNITS[unit].base, UNITS[unit].factor) == CHINESE[unit]
    assert to_base(10002.1, "亿元") == (pytest.approx(1.00021e12), "yuan")


def test_numbers_reads_the_units_table_file() -> None:
    lines = (BUNDLED / "units.csv").read_text(encoding="utf-8").splitlines()
    assert len(UNITS) == len(lines) - 1 and UNITS is BUNDLED_UNITS
    assert base_value_text(10002.1, "亿元") == ("1000210000000", "yuan")
    assert format_figure(10002.1, "亿元", "exact") == "10,002.1亿元"


@pytest.mark.parametrize(("text", "value"), [("1e8", 1e8), ("10^12", 1e12), ("100", 100.0), ("0.5", 0.5),
                                             ("ten", None), ("-1", None), ("0", None), ("1e999", None)])
def test_factors_as_written(text: str, value: float | None) -> None:
    assert parse_factor(text) == value


@pytest.mark.parametrize(("unit", "base"), [("firms", "count"), ("million TEUs", "TEU"), ("billion USD", "US$")])
def test_units_once_rejected_now_load(data_copy: Path, unit: str, base: str) -> None:
    edit_fact(data_copy, "F10", lambda r: r.update(unit=unit))
    loaded = load_fact_base(data_copy)
    assert loaded.problems == []
    assert loaded.fact("F10")["base_unit"] == base


def test_an_unknown_unit_error_lists_the_accepted_units(data_copy: Path) -> None:
    line = edit_fact(data_copy, "F10", lambda r: r.update(unit="firmz"))
    loaded = load_fact_base(data_copy)
    [problem] = [p for p in loaded.problems if p.fact_id == "F10"]
    assert (problem.file, problem.line) == ("facts.csv", line)
    assert "unknown unit 'firmz' (closest: firms" in problem.message
    for accepted in ("yuan:", "亿元", "billion yuan", "个百分点", "companies"):
        assert accepted in problem.message
    assert "F10" not in set(loaded.facts["id"])


def test_a_qualifier_error_lists_the_accepted_qualifiers(data_copy: Path) -> None:
    edit_fact(data_copy, "F10", lambda r: r.update(qualifier="roughly"))
    [problem] = [p for p in load_fact_base(data_copy).problems if p.fact_id == "F10"]
    assert "qualifier 'roughly' is not one of exact, over, under, approximately" in problem.message


def test_a_folder_with_its_own_units_table(data_copy: Path) -> None:
    table = (BUNDLED / "units.csv").read_text(encoding="utf-8")
    (data_copy / "units.csv").write_text(table + "lakh companies,count,1e5,en,\nwidgets,count,ten,en,\n",
                                         encoding="utf-8")
    edit_fact(data_copy, "F10", lambda r: r.update(unit="lakh companies"))
    loaded = load_fact_base(data_copy)
    assert loaded.fact("F10")["value_base"] == pytest.approx(100 * 1e5)
    [problem] = loaded.problems
    assert (problem.file, problem.line) == ("units.csv", table.count("\n") + 2)
    assert "factor 'ten' of 'widgets' is not a positive number" in problem.message


def test_a_folder_without_tables_uses_the_bundled_ones(data_copy: Path) -> None:
    for name in ("units.csv", "metrics.csv"):
        (data_copy / name).unlink()
    problems: list = []
    vocab = load_vocabulary(data_copy, problems)
    assert problems == [] and vocab.units == BUNDLED_UNITS
    assert vocab.metrics.match("地区生产总值") == "gdp"
    bare, full = load_fact_base(data_copy), load_fact_base(BUNDLED)
    assert bare.facts["value_base"].tolist() == full.facts["value_base"].tolist()
    assert list(bare.claims.metric_id) == list(full.claims.metric_id)


@pytest.mark.parametrize("name", ["GDP", "gross domestic product", "地区生产总值", "  Gross   Domestic Product "])
def test_names_and_aliases_are_one_metric(name: str) -> None:
    vocab = load_vocabulary(BUNDLED, [])
    assert vocab.metrics.metric_id(name) == "gdp"


def test_todays_facts_match_metrics_by_name_and_others_stay_their_own() -> None:
    loaded = load_fact_base(BUNDLED)
    ids = dict(zip(loaded.facts["id"], loaded.claims.metric_id))
    assert ids["F01"] == ids["F04"] == "gdp"
    assert ids["F38"] == "per_capita_gdp"
    assert ids["F05"] == "share of the region's foreign trade containers"  # in no table: its own metric
    assert ids["D:previous:F12:F13"] == ids["F12"] == "industrial_value_added_growth"


def test_metrics_table_errors_name_file_line_and_what_is_accepted(data_copy: Path) -> None:
    with (data_copy / "metrics.csv").open("a", encoding="utf-8") as fh:
        fh.write("widgets_made,widgets made,,furlongs,\n")
        fh.write("gdp2,GDP again,,yuan,gross domestic product\n")
    loaded = load_fact_base(data_copy)
    lines = (data_copy / "metrics.csv").read_text(encoding="utf-8").count("\n")
    by_line = {p.line: p.message for p in loaded.problems if p.file == "metrics.csv"}
    assert "unit class 'furlongs' is no base unit" in by_line[lines - 1] and "yuan" in by_line[lines - 1]
    assert "'gross domestic product' already names 'gdp'" in by_line[lines]


def test_a_unit_outside_the_metrics_class_warns_with_the_units_of_that_class(data_copy: Path) -> None:
    edit_fact(data_copy, "F02", lambda r: r.update(unit="million US$", as_printed="700 billion yuan"))
    loaded = load_fact_base(data_copy)
    [warning] = [p for p in loaded.problems if p.fact_id == "F02"]
    assert warning.severity == "warning" and "F02" in set(loaded.facts["id"])
    assert "measured in yuan, but unit 'million US$' is in US$" in warning.message
    assert "亿元" in warning.message


def test_rebuilding_the_claims_lists_each_unit_warning_once(data_copy: Path) -> None:
    from explorer.model.claims.grouping import claims_of

    edit_fact(data_copy, "F02", lambda r: r.update(unit="million US$", as_printed="700 billion yuan"))
    loaded = load_fact_base(data_copy)
    before = list(loaded.problems)
    loaded.facts = loaded.facts.copy()  # as an import does: the claims are built again
    claims_of(loaded)
    assert loaded.problems == before


def test_tables_ship_in_the_wheel_with_the_data_folder() -> None:
    pyproject = (BUNDLED.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert '"data" = "explorer/_bundled/data"' in pyproject
    assert {"units.csv", "metrics.csv", "id_aliases.csv"} <= {p.name for p in BUNDLED.iterdir()}


def test_bundled_tables_are_read_from_an_installed_copy(tmp_path: Path, monkeypatch) -> None:
    from explorer.model.files import paths
    from explorer.model.vocab import units

    shutil.copytree(BUNDLED, tmp_path / "_bundled" / "data")
    monkeypatch.setattr(paths, "bundled_data_dir", lambda: tmp_path / "_bundled" / "data")
    assert units.read_bundled(units._bundled_path()) == BUNDLED_UNITS


def test_the_cache_key_follows_the_folders_units_table(data_copy: Path) -> None:
    from explorer.model.files import safe_read
    from explorer.model.load import cache
    from explorer.model.vocab.vocabulary import load_vocabulary

    def key() -> str | None:
        with safe_read.recording() as reads:
            load_vocabulary(data_copy, [])
        return cache.key_for(data_copy, reads, min_bytes=0)

    before = key()
    with (data_copy / "units.csv").open("a", encoding="utf-8") as fh:
        fh.write("lakh companies,count,1e5,en,\n")
    after = key()
    assert before is not None and after is not None and before != after
    (data_copy / "units.csv").unlink()  # the bundled table then: another key again
    assert key() not in (before, after)


def test_an_empty_metric_error_lists_the_metrics_table(data_copy: Path) -> None:
    line = edit_fact(data_copy, "F05", lambda r: r.update(metric=""))
    [problem] = [p for p in load_fact_base(data_copy).problems if p.fact_id == "F05"]
    assert problem.line == line
    assert "metric is empty (free text: a name of your own, or one of metrics.csv" in problem.message
    assert "gdp (GDP 地区生产总值)" in problem.message and "rd_share_of_gdp" in problem.message


@pytest.mark.parametrize("unit", ["people", "residents", "人", "万人", "thousand people", "million people"])
def test_every_unit_of_people_has_one_base(unit: str) -> None:
    # "12 million people" and "12,000,000 people" are one figure: their claims and sorting must meet.
    assert UNITS[unit].base == "people"

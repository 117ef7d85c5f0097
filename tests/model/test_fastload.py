"""The column-at-a-time loader gives exactly what the row-by-row reference gives, problems included."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.synth import write as write_synth
from explorer.model import load_fact_base
from explorer.model.load import fastload
from explorer.model.load.cache import MIN_BYTES
from tests.conftest import BUNDLED
from tests.helpers import read_rows, write_rows


def _reference(data: Path, monkeypatch: pytest.MonkeyPatch):
    with monkeypatch.context() as m:
        m.setattr(fastload, "read_regular", lambda *a, **k: None)
        return load_fact_base(data, use_cache=False)


def _assert_same(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert fastload.read_regular(data / "facts.csv", ("id",), 1 << 30) is not None, "took the reference path"
    fast = load_fact_base(data, use_cache=False)
    slow = _reference(data, monkeypatch)
    pd.testing.assert_frame_equal(fast.facts, slow.facts)
    assert fast.problems == slow.problems


def test_bundled_data_same_both_ways(monkeypatch) -> None:
    _assert_same(BUNDLED, monkeypatch)


BREAKS = [
    lambda r: r.update(value=str(float(r["value"]) + 1)),
    lambda r: r.update(city=" " + r["city"]),
    lambda r: r.update(city="Atlantis"),
    lambda r: r.update(id=""),
    lambda r: r.update(id="F0000001"),  # a duplicate of the first row
    lambda r: r.update(metric="  "),
    lambda r: r.update(entity=r["entity"] + " "),
    lambda r: r.update(period=" 2024"),
    lambda r: r.update(quote=r["quote"].replace("of", "off", 1)),
    lambda r: r.update(start=str(int(r["start"]) + 1)),
    lambda r: r.update(end="x"),
    lambda r: r.update(start="00" + r["start"]),
    lambda r: r.update(as_printed=""),
    lambda r: r.update(value="-" + r["value"]),
    lambda r: r.update(value="1e3"),
    lambda r: r.update(unit="furlongs"),
    lambda r: r.update(qualifier="derived"),
    lambda r: r.update(kind="rumour"),
    lambda r: r.update(source_id="nowhere"),
    lambda r: r.update(value=" " + r["value"] + " "),
    lambda r: r.update(note="  kept as written  "),
]


def test_broken_synthetic_rows_same_both_ways(tmp_path: Path, monkeypatch) -> None:
    data = tmp_path / "synth"
    write_synth(1500, data)
    header, rows = read_rows(data / "facts.csv")
    rng = random.Random(5)
    for i, brk in enumerate(BREAKS):
        for row in rng.sample(rows[1:], 3):
            brk(row)
        rows[10 + i]["id"] = rows[10 + i]["id"] if i % 2 else rows[10 + i]["id"] + " "
    write_rows(data / "facts.csv", header, rows)
    _assert_same(data, monkeypatch)
    base = load_fact_base(data, use_cache=False)
    assert sum(p.severity == "error" for p in base.problems) > 40


def test_irregular_file_takes_the_reference_path(data_copy: Path) -> None:
    path = data_copy / "facts.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = "X1,figure,too,few\n"
    path.write_text("".join(lines), encoding="utf-8")
    assert fastload.read_regular(path, ("id",), 1 << 30) is None
    base = load_fact_base(data_copy, use_cache=False)
    assert any(p.line == 4 and "4 fields" in p.message for p in base.problems)


def test_synthetic_folder_validates_clean(tmp_path: Path) -> None:
    counts = write_synth(2000, tmp_path / "synth")
    base = load_fact_base(tmp_path / "synth", use_cache=False)
    assert base.problems == []
    assert int((~base.facts["derived"]).sum()) == counts["facts"] == 2000
    assert base.facts["city"].nunique() > 4 and base.facts["source_id"].nunique() >= 1
    assert (tmp_path / "synth" / "facts.csv").stat().st_size < MIN_BYTES


def test_synthetic_folder_is_reproducible(tmp_path: Path) -> None:
    write_synth(300, tmp_path / "a")
    write_synth(300, tmp_path / "b")
    assert (tmp_path / "a" / "facts.csv").read_bytes() == (tmp_path / "b" / "facts.csv").read_bytes()
    shutil.rmtree(tmp_path / "b")


# Code points beyond the BMP (an emoji, a CJK Extension B ideograph) count one each in a Python str, two in
# UTF-16 and four in UTF-8: offsets after them tell the three apart.
ASTRAL = ("Preface 😀 and 𠀀𠀁 notes. In Astral City 𠀂 the port handled 1,234.5 million tons in 2024. "
          "城市 😀😀 收入 达到 56.7 亿元。 Plain tail: exports reached 89 billion yuan.\n")


def _astral_source(data: Path) -> tuple[str, dict[str, str]]:
    """A source text full of astral characters added to the folder; its id and a valid row for a figure in it."""
    import hashlib

    path = data / "sources" / "astral.txt"
    path.write_bytes(ASTRAL.encode("utf-8"))
    header, rows = read_rows(data / "sources.csv")
    rows.append({**rows[0], "id": "astral", "path": "sources/astral.txt",
                 "sha256": hashlib.sha256(ASTRAL.encode("utf-8")).hexdigest()})
    write_rows(data / "sources.csv", header, rows)
    quote = "In Astral City 𠀂 the port handled 1,234.5 million tons in 2024."
    start = ASTRAL.index(quote)
    _, facts = read_rows(data / "facts.csv")
    row = {**facts[0], "source_id": "astral", "quote": quote, "as_printed": "1,234.5 million tons", "value": "1234.5",
           "unit": "million tons", "qualifier": "exact", "start": str(start), "end": str(start + len(quote))}
    return "astral", row


def _hostile_rows(base: dict[str, str], astral: dict[str, str]) -> list[dict[str, str]]:
    utf8_start = len(ASTRAL[:int(astral["start"])].encode("utf-8"))
    utf16_start = len(ASTRAL[:int(astral["start"])].encode("utf-16-le")) // 2
    quote = astral["quote"]
    tail = "Plain tail: exports reached 89 billion yuan."
    at = ASTRAL.index(tail)
    variants: list[dict[str, str]] = [
        dict(astral),  # valid: offsets in code points after astral characters
        {**astral, "start": str(utf16_start), "end": str(utf16_start + len(quote.encode("utf-16-le")) // 2)},
        {**astral, "start": str(utf8_start), "end": str(utf8_start + len(quote.encode("utf-8")))},
        {**astral, "end": str(int(astral["end"]) - 1)},
        {**astral, "start": str(int(astral["start"]) + 1), "end": str(int(astral["end"]) + 1)},
        {**astral, "start": astral["end"], "end": astral["start"]},
        {**astral, "end": str(len(ASTRAL) + 5)},
        {**astral, "start": "0", "end": "0"},
        {**astral, "quote": tail, "as_printed": "89 billion yuan", "value": "89", "unit": "billion yuan",
         "start": str(at), "end": str(at + len(tail))},  # valid, an ASCII quote after astral text
        {**astral, "quote": tail, "as_printed": "89 billion yuan", "value": "89", "unit": "billion yuan",
         "start": str(at), "end": str(at + len(tail) + 1)},
        {**astral, "entity": "𠀀 Holdings 😀", "metric": "tonnage 😀"},  # valid: astral text in free fields
        {**astral, "entity": "𠀀 Holdings\u3000"},
        {**astral, "metric": "\u3000"},
        {**astral, "id": "\u3000" + astral["id"] + "-ws"},
        {**astral, "id": astral["id"] + "-fs\x1c"},
        {**astral, "city": astral["city"] + "\x1f"},
    ]
    numbers = ["1,5", "٣", "1e3", "12.", ".5", "--3", "+3", "0x10", "１２", "9" * 400, "1234.50", "1234.5000000000001",
               "NaN", "inf", " 1234.5", "1234.5 ", "-1234.5", "01234.5"]
    variants += [{**astral, "value": v} for v in numbers]
    printed = ["x1,234.5 million tons", "1,234.5x", "million tons", "1,234.5", "-1,234.5 million tons", "1,2345",
               ".1,234.5", "٣1,234.5", "1,234.5٣", "_1,234.5", "1,234.5 million tons 😀"]
    variants += [{**astral, "as_printed": p} for p in printed]
    variants += [{**astral, "unit": u} for u in ("furlongs", " million tons", "million tons ", "Million tons", "😀")]
    variants += [{**astral, "qualifier": q} for q in ("derived", "Over", " over", "maybe")]
    variants += [{**astral, "kind": k} for k in ("Figure", "rumour", "figure ")]
    variants += [{**astral, "source_id": s} for s in ("nowhere", " astral", "ASTRAL")]
    variants += [{**base, "quote": base["quote"] + "😀"}, {**base, "as_printed": base["as_printed"] + "𠀀"}]
    for i, row in enumerate(variants):
        row["id"] = f"{row['id']}-h{i}"
    return variants


@pytest.mark.parametrize("newline, block", [("\n", None), ("\r\n", None), ("\n", 1 << 14)])
def test_hostile_rows_same_both_ways(tmp_path: Path, monkeypatch, newline: str, block: int | None) -> None:
    if block is not None:  # Arrow reads the file in many blocks, so every column comes in many chunks
        monkeypatch.setattr(fastload, "_READ_BLOCK", block)
        monkeypatch.setattr(fastload, "_LEAD_CHUNK", 7)  # and a source's characters are found 7 bytes at a time
        monkeypatch.setattr(fastload, "_SAMPLE", 60)  # and a column of few values is made of shared strings
    data = tmp_path / "synth"
    write_synth(600, data)
    _, astral = _astral_source(data)
    header, rows = read_rows(data / "facts.csv")
    rows += _hostile_rows(rows[0], astral)
    text = "".join(line + newline for line in [",".join(header)] + [
        ",".join('"' + str(r.get(c, "")).replace('"', '""') + '"' for c in header) for r in rows])
    (data / "facts.csv").write_bytes(text.encode("utf-8"))
    if block is not None:
        assert fastload.read_regular(data / "facts.csv", ("id",), 1 << 30)[1]["quote"].num_chunks > 4
    referred: list[str] = []
    real = fastload.check_fact
    with monkeypatch.context() as m:
        m.setattr(fastload, "check_fact", lambda row, *a, **k: referred.append(row["id"]) or real(row, *a, **k))
        _assert_same(data, monkeypatch)
    # The valid rows after astral characters are cleared by the column checks: the string views found
    # their quotes (a view off by a byte would send them to the reference, which would accept them too).
    assert not {f"{astral['id']}-h0", f"{astral['id']}-h8", f"{astral['id']}-h10"} & set(referred)
    assert f"{astral['id']}-h1" in referred
    base = load_fact_base(data, use_cache=False)
    loaded = set(base.facts["id"])
    # The astral rows with code-point offsets load; the UTF-16 and UTF-8 offsets are each reported.
    assert {f"{astral['id']}-h0", f"{astral['id']}-h8", f"{astral['id']}-h10"} <= loaded
    for i in (1, 2, 3, 4, 5, 6, 7, 9):
        assert f"{astral['id']}-h{i}" not in loaded
        assert any(p.fact_id == f"{astral['id']}-h{i}" and p.line is not None for p in base.problems)
    assert any("quote is not source_text" in p.message and p.fact_id == f"{astral['id']}-h1" for p in base.problems)


@pytest.mark.parametrize("distinct_sample", [20_000, 5])
def test_hostile_rows_come_back_from_the_cache_as_they_loaded(tmp_path: Path, monkeypatch, distinct_sample: int) -> None:
    import json

    import numpy as np

    from explorer.model.load import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FACT_EXPLORER_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "MIN_BYTES", 0)
    # 5: every text column of over 20 rows whose sample is mostly distinct is stored row by row (ids, quotes)
    monkeypatch.setattr(cache, "DISTINCT_SAMPLE", distinct_sample)
    data = tmp_path / "synth"
    write_synth(300, data)
    _, astral = _astral_source(data)
    header, rows = read_rows(data / "facts.csv")
    rows += _hostile_rows(rows[0], astral)
    rows[3]["note"] = ""  # an empty text among the distinct values
    write_rows(data / "facts.csv", header, rows)
    first = load_fact_base(data, use_cache=True)
    entries = list((tmp_path / "cache").rglob("*.npz"))
    assert len(entries) == 1
    with np.load(entries[0], allow_pickle=False) as npz:
        kinds = dict(json.loads(npz["meta"].tobytes().decode("utf-8"))["columns"])
    assert (kinds["id"], kinds["kind"]) == (("text", "str") if distinct_sample == 5 else ("str", "str"))
    with monkeypatch.context() as m:
        m.setattr(fastload, "check_columns", lambda *a, **k: pytest.fail("checked again"))
        second = load_fact_base(data, use_cache=True)
    pd.testing.assert_frame_equal(first.facts, second.facts)
    assert first.problems == second.problems
    assert "𠀀 Holdings 😀" in set(second.facts["entity"])


def test_a_field_over_the_limit_takes_the_reference_path(tmp_path: Path) -> None:
    data = tmp_path / "synth"
    write_synth(50, data)
    longest = max(len(r["quote"].encode("utf-8")) for r in read_rows(data / "facts.csv")[1])
    assert fastload.read_regular(data / "facts.csv", ("id",), longest + 1) is not None
    assert fastload.read_regular(data / "facts.csv", ("id",), longest) is None


def test_negative_values_with_a_decline_named_are_cleared_by_the_columns(tmp_path: Path, monkeypatch) -> None:
    """A negative value whose quote names a loss just before the figure loads without the per-row reference;
    one whose quote names none is still reported exactly as the reference reports it."""
    data = tmp_path / "synth"
    write_synth(1500, data)
    header, rows = read_rows(data / "facts.csv")
    negative = {r["id"] for r in rows if r["value"].startswith("-")}
    assert len(negative) >= 5
    # Figures of a sentence naming no loss, made negative: the quote still stands at its offsets.
    unnamed = [r for r in rows if r["id"] not in negative and "loss" not in r["quote"] and r["period"]][:4]
    for row in unnamed:
        row["value"] = "-" + row["value"]
    write_rows(data / "facts.csv", header, rows)
    referred: list[str] = []
    real = fastload.check_fact
    with monkeypatch.context() as m:
        m.setattr(fastload, "check_fact", lambda row, *a, **k: referred.append(row["id"]) or real(row, *a, **k))
        _assert_same(data, monkeypatch)
    assert not negative & set(referred)
    assert {r["id"] for r in unnamed} <= set(referred)
    base = load_fact_base(data, use_cache=False)
    assert negative <= set(base.facts["id"])
    for row in unnamed:
        assert row["id"] not in set(base.facts["id"])
        assert any(p.fact_id == row["id"] and "is negative but no loss or decline" in p.message for p in base.problems)


def test_the_first_number_of_a_figure_printed_as_its_value_is_the_regular_expressions() -> None:
    """``_stated`` reads a figure printed as its value ("1,970.61 million TEU" for 1970.61) without the regular
    expression's captures; on figures of every shape it gives what ``_FIRST_NUMBER`` alone gives."""
    import numpy as np
    import pyarrow as pa

    rng = random.Random(11)
    numbers = ["0", "7", "05", "12", "123", "1234", "12345", "1234567", "1234.5", "1234.50", "0.25", "99.999",
               "-12", "-1234.5", "1e3", " 12", "12 ", "", "1" * 30, "12.", ".5"]
    tails = ["", "%", " billion yuan", "x", ".", ".5", ",", ",5", ",000", "0", "5%", "٣", "亿元", " ", "-3", "e3", "😀",
             ".0%", "..", ",,"]
    heads = ["", "", "", "-", "(", " ", "x", "٣", "1", ",", "."]

    def grouped(number: str) -> str:  # "1234.5" as "1,234.5"
        whole, dot, frac = number.partition(".")
        sign, digits = ("-", whole[1:]) if whole.startswith("-") else ("", whole)
        return sign + f"{int(digits):,}" + dot + frac if digits.isdigit() and len(digits) < 20 else number

    values, printed = [], []
    for _ in range(6000):
        value = rng.choice(numbers)
        shown = rng.choice([value, grouped(value), grouped(value).replace(",", "", 1), value[:-1] or value,
                            rng.choice(numbers)])
        if "." in value and rng.random() < 0.3:
            shown = grouped(value.split(".")[0]) + "." + value.split(".")[1]
        values.append(value)
        printed.append(rng.choice(heads) + shown + rng.choice(tails))
    written = pa.chunked_array([pa.array(values[:2500]), pa.array(values[2500:])])
    text = pa.chunked_array([pa.array(printed[:4000]), pa.array(printed[4000:])])
    read = fastload._numbers(written, fastload._VALUE, pa.float64(), np.nan)
    made = fastload._stated(text, written, read)
    np.testing.assert_array_equal(made, fastload._first_numbers(text))
    plain = made == read
    assert 1000 < plain.sum() < 5000 and np.isnan(made).sum() > 100  # both ways were taken, and left to the reference


def test_a_column_of_few_values_shares_one_string_per_value() -> None:
    import numpy as np
    import pyarrow as pa

    rng = random.Random(2)
    cities = ["", " Port City ", "𠀀 City 😀", "港口市", "City\x1c"] + [f"City{i}" for i in range(40)]
    values = [rng.choice(cities) for _ in range(50_000)]
    column = pa.chunked_array([pa.array(values[:1234]), pa.array(values[1234:])])
    made = fastload._python_strings(column)
    assert made.dtype == object and made.tolist() == values
    assert len({id(v) for v in made.tolist()}) == len(set(values))  # one object per distinct value
    ids = [f"F{i}" for i in range(50_000)]  # mostly distinct: a string each, as Arrow makes them
    np.testing.assert_array_equal(fastload._python_strings(pa.chunked_array([pa.array(ids)])), np.array(ids, dtype=object))


def test_a_file_with_blank_rows_takes_the_reference_path_and_one_without_does_not(tmp_path: Path,
                                                                                  monkeypatch) -> None:
    """A row of blank fields (spaces, tabs, Unicode spaces: Python's strip) sends the file to the reference reader,
    which skips it; a row with one field that is not blank (a zero-width space is no space) does not."""
    header, rows = [], []
    for k, blanks in enumerate(([], [{"id": " \t "}], [{"id": "\u3000"}], [{"id": "\x1c\x85", "note": "\u2003"}],
                                [{"note": " "}])):
        data = tmp_path / f"synth{k}"
        write_synth(200, data)
        header, rows = read_rows(data / "facts.csv")
        rows[5:5] = [{**{c: "" for c in header}, **b} for b in [{"city": "x"}, {"id": "\u200b"}, *blanks]]
        write_rows(data / "facts.csv", header, rows)
        if blanks:
            assert fastload.read_regular(data / "facts.csv", ("id",), 1 << 30) is None
            fast, slow = load_fact_base(data, use_cache=False), _reference(data, monkeypatch)
            pd.testing.assert_frame_equal(fast.facts, slow.facts)
            assert fast.problems == slow.problems
        else:
            _assert_same(data, monkeypatch)
        base = load_fact_base(data, use_cache=False)
        assert [p.line for p in base.problems if p.message.startswith("empty id")] == [7]
        assert any(p.fact_id == "\u200b" for p in base.problems)

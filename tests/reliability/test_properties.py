"""Property tests: numbers round-trip through the formatter and parser; the loader never raises."""

from __future__ import annotations

import math
import shutil
import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.model import load_fact_base
from explorer.model.load.factbase import Problem
from explorer.model.numbers import QUALIFIERS, format_figure, format_number, format_value_unit, parse_number
from tests.conftest import BUNDLED
from tests.helpers import read_rows

UNITS_IN_USE = sorted({r["unit"] for r in read_rows(BUNDLED / "facts.csv")[1]} | {"%", "times", "million people"})
FAST = settings(max_examples=150, deadline=None)

# Figures as printed: up to 6 decimals (the formatter keeps six), far beyond any article's range.
values = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=6,
                     allow_nan=False, allow_infinity=False).map(float)


@FAST
@given(values)
def test_format_then_parse_gives_the_value(value: float) -> None:
    text = format_number(value)
    assert parse_number(text) == value or math.isclose(parse_number(text), value, rel_tol=1e-12, abs_tol=5e-7)


@FAST
@given(values, st.sampled_from(UNITS_IN_USE), st.sampled_from([q for q in QUALIFIERS if q != "derived"]))
def test_a_figure_as_shown_parses_back_to_its_value(value: float, unit: str, qualifier: str) -> None:
    for text in (format_value_unit(value, unit), format_figure(value, unit, qualifier)):
        back = parse_number(text)
        assert back is not None, text
        assert math.isclose(back, value, rel_tol=1e-12, abs_tol=5e-7), (text, back, value)


@FAST
@given(st.integers(min_value=0, max_value=10**15))
def test_thousands_separators_parse(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(f"revenue of {n:,} yuan") == n


@FAST
@given(st.text())
def test_parse_number_never_raises(text: str) -> None:
    result = parse_number(text)
    assert result is None or isinstance(result, float)


# ---- the loader on arbitrary bytes -----------------------------------------------------------

DATA_FILES = ("facts.csv", "sources.csv", "cities.csv", "sectors.csv", "sources/dalian-trillion-yuan-2026.txt")
_CSV_BITS = [b",", b'"', b"\n", b"\r\n", b"\r", b"\x00", b"\xff", b"\xef\xbb\xbf", b"\t", b"=", b"-", b"9" * 30,
             b"F05", b"dalian-2026", b"Dalian", b"<b>", b"\\", b"'", "大连".encode(), b"\xe2\x80\xa8"]

# Whole files of junk, and the real file with a few bytes changed, inserted or cut.
junk = st.one_of(st.binary(max_size=2000), st.lists(st.sampled_from(_CSV_BITS), max_size=200).map(b"".join))


@st.composite
def mutated(draw, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(("insert", "replace", "cut")))
        piece = draw(st.one_of(st.sampled_from(_CSV_BITS), st.binary(min_size=1, max_size=8)))
        if action == "insert":
            data[at:at] = piece
        elif action == "replace":
            data[at:at + len(piece)] = piece
        else:
            del data[at:at + draw(st.integers(1, 400))]
    return bytes(data)


def _load_with(name: str, content: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(BUNDLED, data)
        target = data / name
        target.chmod(0o644)
        target.write_bytes(content)
        base = load_fact_base(data)
        assert all(isinstance(p, Problem) and p.message for p in base.problems)
        if content != (BUNDLED / name).read_bytes() and not base.problems:
            # A changed file that loads clean must still give facts that match their source.
            assert base.stated["verified"].all()


LOADER = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@LOADER
@given(st.sampled_from(DATA_FILES), junk)
def test_loader_reports_and_never_raises_on_junk(name: str, content: bytes) -> None:
    _load_with(name, content)


@LOADER
@given(st.data())
def test_loader_reports_and_never_raises_on_damaged_files(data) -> None:
    name = data.draw(st.sampled_from(DATA_FILES))
    _load_with(name, data.draw(mutated((BUNDLED / name).read_bytes())))

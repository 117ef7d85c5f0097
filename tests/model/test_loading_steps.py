"""Steps of a checked load made shorter in session 8 say what the plain formulation says, on values chosen to
reach every branch (the equality of whole loads with the reference is in test_fastload, test_derived, test_claims)."""

from __future__ import annotations

import dataclasses
import hashlib
import random
import threading
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from benchmarks.synth import write as write_synth
from explorer.model import load_fact_base, schema
from explorer.model.claims.grouping import _decimals
from explorer.model.derived import add_derived, reference_add_derived
from explorer.model.files import safe_read
from explorer.model.load import cache, fastload
from explorer.model.load.codes import factorize_text
from explorer.model.load.records import FactBase, facts_frame
from explorer.model.load.tables import FIELD_LIMIT


def _decimals_every_place(values: np.ndarray) -> np.ndarray:
    """The fewest decimal places (0-6) at which each value is whole, 6 where none: every place tried on every row."""
    out = np.full(len(values), 6, dtype=np.int64)
    finite = np.isfinite(values)
    for d in range(6, -1, -1):
        with np.errstate(invalid="ignore"):
            scaled = values * 10.0**d
            whole = np.abs(scaled - np.round(scaled)) <= 1e-9 * np.maximum(1.0, np.abs(scaled))
        out[finite & whole] = d
    return out


def test_decimals_are_the_fewest_places_at_which_a_value_is_whole() -> None:
    rng = np.random.default_rng(8)
    values = np.concatenate([
        np.round(rng.normal(0, 1e4, 5000), 2), np.round(rng.normal(0, 10, 5000), 1), rng.normal(0, 1e3, 5000),
        rng.integers(-1000, 1000, 5000).astype(float), np.round(rng.normal(0, 1, 5000), 6),
        [np.nan, np.inf, -np.inf, 0.0, -0.0, 1e300, -1e300, 1e-300, 0.5, 1.0000000001, 1e15 + 0.5, 0.1 + 0.2, 2.675]])
    expected = _decimals_every_place(values)
    assert np.array_equal(_decimals(values), expected)
    assert set(np.unique(expected).tolist()) == set(range(7))  # every place is reached
    assert np.array_equal(_decimals(np.zeros(0)), np.zeros(0, dtype=np.int64))


def _same_uniques(ours: np.ndarray, pandas: np.ndarray) -> bool:
    def same(x: object, y: object) -> bool:
        if isinstance(x, float) and isinstance(y, float) and x != x and y != y:
            return True  # NaN, kept as a value with use_na_sentinel=False
        return type(x) is type(y) and x == y
    return type(ours) is type(pandas) and ours.dtype == pandas.dtype and len(ours) == len(pandas) \
        and all(same(x, y) for x, y in zip(ours.tolist(), pandas.tolist()))


@pytest.mark.parametrize("use_na_sentinel", [True, False])
@pytest.mark.parametrize("n", [0, 7, 4095, 4096, 30_000])
def test_text_codes_are_pandas_factorize(n: int, use_na_sentinel: bool) -> None:
    rng = np.random.default_rng(n)
    names = np.array([f"city {i}" for i in range(300)] + [None, np.nan, "", "城市", 1, 1.0, True], dtype=object)
    shared = names[rng.integers(0, len(names), n)]  # one object per value, as the loader makes a column of few values
    copies = np.array([("x" + s)[1:] if isinstance(s, str) else s for s in shared.tolist()] + [None], dtype=object)[:-1]
    assert n == 0 or any(a is not b for a, b in zip(shared.tolist(), copies.tolist()) if isinstance(a, str) and a)
    mixed = np.where(rng.random(n) < 0.5, shared, copies)  # equal strings that are different objects
    forecast = shared.copy()
    some = np.flatnonzero(np.array([isinstance(s, str) for s in shared.tolist()], dtype=bool))[::3]
    forecast[some] = forecast[some] + " · forecast"  # a new string per row, as the claims' forecast periods are
    distinct = np.array([f"F{i:07d}" for i in range(n)] + [None], dtype=object)[:-1]
    for values in (shared, copies, mixed, forecast, distinct, shared[::2], np.arange(n) % 5, shared.reshape(-1, 1)[:, 0]):
        ours, pandas = factorize_text(values, use_na_sentinel=use_na_sentinel), \
            pd.factorize(values, use_na_sentinel=use_na_sentinel)
        assert np.array_equal(ours[0], pandas[0]) and ours[0].dtype == pandas[0].dtype
        assert _same_uniques(ours[1], pandas[1])


@pytest.mark.parametrize("seed", range(4))
def test_previous_year_and_population_figures_equal_the_references_search(seed: int, base: FactBase) -> None:
    """The implied previous year's growth and resident population, their inputs found in one pass over the facts,
    equal the reference's search of all facts per figure: peers of the same quote, entity and start (missing
    starts match nothing), GDP of the same city and period, the own source first, ties, zeros."""
    rng = random.Random(seed)
    records: list[dict[str, object]] = []
    quotes = [f"this year the output went {way} {k} percentage points from the previous year to growth of {k}%"
              for k in range(3) for way in ("up", "down")]

    def fact(**fields: object) -> None:
        value = fields.pop("value", float(rng.choice([0, 3, 5.5, 12, 140000, 1000.21e9, 900e9])))
        unit = str(fields.pop("unit"))
        records.append(dict(
            id=f"F{len(records):04d}", kind="figure", source_id=rng.choice(["s1", "s2"]), city=rng.choice(["c1", "c2"]),
            sector="x", entity=rng.choice(["e1", "e2"]), metric="gdp", value=value, unit=unit,
            qualifier=rng.choice(["exact", "over", "approximately"]), period=rng.choice(["2021", "2022", "2022-06"]),
            as_printed="", quote="", start=rng.choice([None, 5, 5, 9]), end=None, note="", value_base=value,
            base_unit="yuan" if "yuan" in unit else unit, verified=True, derived=False, formula="", inputs="",
            check="", line=len(records) + 2) | fields)

    for _ in range(400):
        quote = rng.choice(quotes)
        kind = rng.random()
        if kind < 0.3:
            fact(unit="percentage points", quote=quote, as_printed=" ".join(quote.split(" ")[6:9]), metric="output growth")
        elif kind < 0.6:
            fact(unit="%", quote=quote, metric="output growth")
        elif kind < 0.8:
            fact(unit=rng.choice(["billion yuan", "yuan", "%"]), metric="gdp")
        else:
            fact(unit=rng.choice(["yuan", "yuan per person"]), metric="per capita gdp",
                 value=float(rng.choice([0, 98000, 132600])))
    stated = dataclasses.replace(base, facts=facts_frame(records), problems=[])
    new = dataclasses.replace(stated, facts=stated.facts.copy(), problems=[])
    old = dataclasses.replace(stated, facts=stated.facts.copy(), problems=[])
    add_derived(new)
    reference_add_derived(old)
    pd.testing.assert_frame_equal(new.facts, old.facts)
    made = new.facts[new.facts["derived"]]
    assert made["id"].str.startswith("D:previous:").sum() > 10 and made["id"].str.startswith("D:population:").sum() > 10


def test_facts_are_read_ahead_for_a_check_and_not_when_the_cache_has_them(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "MIN_BYTES", 0)
    data = tmp_path / "data"
    write_synth(400, data)
    parsed: list[str] = []
    real = fastload.read_regular

    def counted(path: Path, *args: object, **kwargs: object) -> object:
        parsed.append(threading.current_thread().name)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fastload, "read_regular", counted)
    checked = load_fact_base(data, use_cache=True)
    assert parsed == ["facts-read-ahead"]  # read and parsed beside the other tables, once
    cached = load_fact_base(data, use_cache=True)
    assert parsed == ["facts-read-ahead"]  # the entry was there: facts.csv only hashed, never parsed
    pd.testing.assert_frame_equal(cached.facts, checked.facts)
    # Read ahead or not, the same key and the same facts.
    reference = load_fact_base(data, use_cache=False)
    pd.testing.assert_frame_equal(reference.facts, checked.facts)
    with safe_read.recording() as reads:
        safe_read.read_bytes(data / "sources.csv", data, safe_read.TABLE_LIMIT)
    ahead = fastload.ReadAhead(data / "facts.csv", schema.FACT_COLUMNS, FIELD_LIMIT, 0)
    assert cache.key_for(data, reads, digest=ahead) == cache.key_for(data, reads)
    assert ahead.result() is not None
    # the digest of the bytes read ahead (hashed in a thread of its own beside the parse), not the caller's own
    assert ahead.sha256((data / "facts.csv").stat()) == hashlib.sha256((data / "facts.csv").read_bytes()).hexdigest()
    # facts.csv changed: the entry is older, so the next load reads ahead again and checks
    (data / "facts.csv").write_bytes((data / "facts.csv").read_bytes().replace(b"F0000001", b"F0000X01", 1))
    again = load_fact_base(data, use_cache=True)
    assert parsed == ["facts-read-ahead"] * 4 and "F0000X01" in set(again.facts["id"])  # with the two above


def test_a_hash_thread_that_cannot_start_leaves_the_key_to_the_caller(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The read-ahead hashes facts.csv in a thread of its own; when none can be started the load neither hangs
    waiting for a digest nor takes a wrong one: the caller hashes the file itself, with the same key."""
    data = tmp_path / "data"
    write_synth(50, data)
    real_start = threading.Thread.start

    def start(self: threading.Thread) -> None:
        if self.name == "facts-hash":
            raise RuntimeError("can't start new thread")
        real_start(self)

    monkeypatch.setattr(threading.Thread, "start", start)
    ahead = fastload.ReadAhead(data / "facts.csv", schema.FACT_COLUMNS, FIELD_LIMIT, 0)
    got: list[str | None] = []
    waiter = threading.Thread(target=lambda: got.append(ahead.sha256((data / "facts.csv").stat())), daemon=True)
    waiter.start()
    waiter.join(10)
    assert got == [None]  # answered at once: no digest, so the caller hashes
    assert ahead.result() is not None
    with safe_read.recording() as reads:
        safe_read.read_bytes(data / "sources.csv", data, safe_read.TABLE_LIMIT)
    assert cache.key_for(data, reads, digest=ahead) == cache.key_for(data, reads)

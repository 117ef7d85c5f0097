"""Claims across sources: the multi-source fixture beside the bundled base, and the comparison rules one by one."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from explorer.model import FactBase, load_fact_base
from explorer.model.claims.grouping import NEIGHBOURS, build_claims, ratio_text
from explorer.model.numbers import UNITS, to_base
from tests.conftest import BUNDLED
from tests.model.multisource import build


@pytest.fixture(scope="module")
def multi(tmp_path_factory) -> FactBase:
    return load_fact_base(build(tmp_path_factory.mktemp("multi") / "data"))


def test_the_fixture_loads_without_problems(multi: FactBase) -> None:
    assert multi.problems == []
    assert {"dalian-2026", "dalian-bureau-zh", "northeast-wire-en", "dalian-summary-en"} <= set(multi.sources)


def test_gdp_is_corroborated_across_languages_and_the_summary_is_a_tenfold_slip(multi: FactBase) -> None:
    claims = multi.claims
    f01, zh01, su01 = (claims.for_fact(multi.row_of(i)) for i in ("F01", "ZH01", "SU01"))
    assert f01.claim == zh01.claim == su01.claim == "Dalian · gdp · 2025 · yuan"
    assert (f01.agreement, zh01.agreement, su01.agreement) == ("corroborated", "corroborated", "conflict")
    assert "ZH01" in {r.fact_id for r in f01.agrees_with}
    assert {r.source_id for r in zh01.agrees_with} >= {"dalian-2026", "northeast-wire-en"}
    slip = next(r for r in su01.conflicts_with if r.fact_id == "ZH01")
    assert (slip.ratio_text, slip.slip) == ("×10", 1)
    assert "likely unit slip" in slip.note and "亿元 read as billion yuan" in slip.note
    assert {r.fact_id for r in su01.conflicts_with} == {"F01", "F04", "ZH01", "NW01"} and not su01.agrees_with
    back = next(r for r in zh01.conflicts_with if r.fact_id == "SU01")
    assert back.ratio_text == "×0.1" and back.slip == -1


def test_rounding_approximation_and_other_units_agree(multi: FactBase) -> None:
    row = multi.row_of
    assert "F01" in {r.fact_id for r in multi.claims.for_fact(row("NW01")).agrees_with}  # 1.00 trillion ≈ 1,000.21 bn
    assert {"F12", "ZH02", "SU02"} <= {r.fact_id for r in multi.claims.for_fact(row("NW02")).agrees_with}  # about 12%
    assert [r.fact_id for r in multi.claims.for_fact(row("ZH03")).agrees_with] == ["F13"]  # 个百分点 = points
    assert [r.fact_id for r in multi.claims.for_fact(row("ZH05")).agrees_with] == ["NW04"]  # 9100.3亿元 ≈ 910 bn


def test_a_derived_figure_is_compared_with_a_text_that_states_it(multi: FactBase) -> None:
    nw03 = multi.claims.for_fact(multi.row_of("NW03"))
    assert [r.fact_id for r in nw03.agrees_with] == ["D:previous:F12:F13"] and nw03.agreement == "corroborated"
    implied = multi.claims.for_fact(multi.row_of("D:previous:F12:F13"))
    assert implied.agreement == "corroborated" and implied.claim == "Dalian · industrial_value_added_growth · 2024 · %"


def test_one_source_restating_itself_is_single_not_corroborated() -> None:
    base = load_fact_base(BUNDLED)
    agreement = dict(zip(base.facts["id"], base.claims.agreement))
    assert agreement["F01"] == agreement["F04"] == "single"  # both from the one bundled article
    assert "F04" in {r.fact_id for r in base.claims.for_fact(base.row_of("F01")).agrees_with}
    assert set(agreement.values()) == {"single"}


def test_claims_is_a_field_of_the_fact_base(multi: FactBase) -> None:
    assert "claims" in {f.name for f in dataclasses.fields(FactBase)}
    assert multi.claims is not None and multi.claims.facts is multi.facts


# ---- the rules, on small frames ------------------------------------------------------------------

def frame(*facts: tuple) -> pd.DataFrame:
    """Facts as (id, source, value, unit, qualifier, as_printed[, period]) of one city and metric."""
    rows = []
    for fact in facts:
        fid, source, value, unit, qualifier, printed, *rest = fact
        base_value, base_unit = to_base(value, unit)
        rows.append(dict(id=fid, kind="figure", source_id=source, city="Ningbo", metric="GDP", value=value, unit=unit,
                         qualifier=qualifier, period=rest[0] if rest else "2024", as_printed=printed,
                         value_base=base_value, base_unit=base_unit, derived=False))
    return pd.DataFrame(rows)


def agreement_of(facts: pd.DataFrame) -> dict[str, str]:
    claims = build_claims(facts, np.full(len(facts), "gdp", dtype=object), UNITS)
    return dict(zip(facts["id"], claims.agreement))


@pytest.mark.parametrize(("a", "b", "agree"), [
    (("A", "s1", 1000.21, "billion yuan", "over", "1,000.21 billion yuan"),
     ("B", "s2", 10002.1, "亿元", "exact", "10002.1亿元"), True),
    (("A", "s1", 40, "%", "approximately", "40%"), ("B", "s2", 39.6, "%", "exact", "39.6%"), True),
    (("A", "s1", 40, "%", "approximately", "40%"), ("B", "s2", 30, "%", "exact", "30%"), False),
    (("A", "s1", 600, "billion yuan", "range", "600 billion yuan"),
     ("B", "s2", 6512.3, "亿元", "exact", "6512.3亿元"), True),
    (("A", "s1", 600, "billion yuan", "range", "600 billion yuan"),
     ("B", "s2", 7120, "亿元", "exact", "7120亿元"), False),
    (("A", "s1", 1.00, "trillion yuan", "exact", "1.00 trillion yuan"),
     ("B", "s2", 1004.9, "billion yuan", "exact", "1,004.9 billion yuan"), True),
    (("A", "s1", 1.00, "trillion yuan", "exact", "1.00 trillion yuan"),
     ("B", "s2", 1006, "billion yuan", "exact", "1,006 billion yuan"), False),
    (("A", "s1", 1000.21, "billion yuan", "exact", "1,000.21 billion yuan"),
     ("B", "s2", 1000.3, "billion yuan", "exact", "1,000.3 billion yuan"), False),
    (("A", "s1", 700, "billion yuan", "over", "700 billion yuan"),
     ("B", "s2", 7000, "billion yuan", "exact", "7,000 billion yuan"), False),  # over, but not ten times over
    (("A", "s1", 98, "%", "under", "98%"), ("B", "s2", 97.2, "%", "exact", "97.2%"), True),
    (("A", "s1", 98, "%", "under", "98%"), ("B", "s2", 98.6, "%", "exact", "98.6%"), False),
    # basis points are hundredths of a percentage point (units.csv since session 9)
    (("A", "s1", -15, "basis points", "exact", "15 basis points"),
     ("B", "s2", -0.15, "percentage points", "exact", "0.15个百分点"), True),
    (("A", "s1", -15, "个基点", "exact", "15个基点"), ("B", "s2", -15, "percentage points", "exact", "15个百分点"), False),
])
def test_two_figures(a: tuple, b: tuple, agree: bool) -> None:
    result = agreement_of(frame(a, b))
    assert result == ({"A": "corroborated", "B": "corroborated"} if agree else {"A": "conflict", "B": "conflict"})


@pytest.mark.parametrize(("b_value", "slip"), [(100.0, 1), (1000.0, 2), (100000.0, 4), (1.0, -1), (30.0, 0)])
def test_a_ratio_near_a_power_of_ten_is_named_a_unit_slip(b_value: float, slip: int) -> None:
    facts = frame(("A", "s1", 10.0, "billion yuan", "exact", "10 billion yuan"),
                  ("B", "s2", b_value, "billion yuan", "exact", f"{b_value:g} billion yuan"))
    claims = build_claims(facts, np.full(2, "gdp", dtype=object), UNITS)
    [relation] = claims.for_fact(1).conflicts_with
    assert relation.slip == slip and ("likely unit slip" in relation.note) == bool(slip)
    assert relation.ratio_text == ratio_text(b_value / 10.0)


def test_other_periods_cities_and_unknown_periods_are_other_claims() -> None:
    facts = frame(("A", "s1", 10.0, "billion yuan", "exact", "10 billion yuan", "2024"),
                  ("B", "s2", 100.0, "billion yuan", "exact", "100 billion yuan", "2023"),
                  ("C", "s3", 100.0, "billion yuan", "exact", "100 billion yuan", ""))
    claims = build_claims(facts, np.full(3, "gdp", dtype=object), UNITS)
    assert list(claims.agreement) == ["single"] * 3
    assert claims.claim[2] == -1 and claims.for_fact(2).claim == ""
    assert claims.claim[0] != claims.claim[1]


def test_a_big_claim_lists_the_nearest_and_counts_the_rest() -> None:
    n = 3 * NEIGHBOURS
    facts = frame(*[(f"X{i}", f"s{i}", 100.0 + i * 0.001, "billion yuan", "approximately", "100 billion yuan")
                    for i in range(n)], ("Z", "z", 1000.0, "billion yuan", "exact", "1,000 billion yuan"))
    claims = build_claims(facts, np.full(n + 1, "gdp", dtype=object), UNITS)
    columns = claims.columns()
    assert int(claims.agreeing[0]) == n - 1 and int(claims.conflicting[0]) == 1
    first = columns["agrees_with"].iloc[0].split("; ")
    assert len(first) == NEIGHBOURS + 1 and first[-1] == f"+{n - 1 - NEIGHBOURS} more"
    assert columns["conflicts_with"].iloc[n].endswith(f"+{n - NEIGHBOURS} more")
    assert claims.agreement[n] == "conflict" and len(claims.conflicts()) == NEIGHBOURS


def test_derived_ids_do_not_move_when_sources_are_added(multi: FactBase) -> None:
    alone = load_fact_base(BUNDLED)
    for fid in alone.facts.loc[alone.facts["derived"], "id"]:  # each one still there, the same figure
        a, b = alone.fact(fid), multi.fact(fid)
        assert (a["metric"], a["value"], a["period"]) == (b["metric"], b["value"], b["period"])
    # A source's derived figures come from its own figures: the summary's slip implies nothing elsewhere.
    assert not any("SU01" in fid for fid in multi.facts.loc[multi.facts["derived"], "id"])
    # The old number of the implied 2024 growth names that figure in both folders (it was D08, then D10).
    for base in (alone, multi):
        assert base.fact("D08")["id"] == "D:previous:F12:F13"
        assert base.fact("D08")["metric"] == "growth of industrial value added (previous year, implied)"
    assert len(multi.facts[multi.facts["derived"]]) > len(alone.facts[alone.facts["derived"]])


def test_the_windows_entry_point(multi: FactBase) -> None:
    from explorer.model.claims.grouping import claims_of, fact_claim

    assert fact_claim(multi, "nope") is None
    su01 = fact_claim(multi, "SU01")
    assert su01 is not None and su01.agreement == "conflict" and su01.slip_note.endswith(
        "the figure of ZH01 with its 亿元 read as billion yuan")
    implied = fact_claim(multi, "D08")  # an old number, through id_aliases.csv
    assert implied is not None and implied.fact_id == "D:previous:F12:F13"
    mask = claims_of(multi).agreement == "conflict"
    assert set(multi.facts.loc[mask, "id"]) == {"SU01"}
    # Facts replaced (an import): the claims follow the new frame.
    multi_facts = multi.facts
    try:
        multi.facts = multi.facts[multi.facts["id"] != "SU01"].reset_index(drop=True)
        assert not (claims_of(multi).agreement == "conflict").any()
    finally:
        multi.facts = multi_facts
        claims_of(multi)


def test_lists_are_the_same_whatever_the_ids_hold() -> None:
    facts = frame(("A\x1eB", "s1", 10.0, "billion yuan", "exact", "10 billion yuan"),
                  ("C; D", "s2", 10.0, "billion yuan", "exact", "10 billion yuan"),
                  ("E", "s3", 100.0, "billion yuan", "exact", "100 billion yuan"))
    columns = build_claims(facts, np.full(3, "gdp", dtype=object), UNITS).columns()
    assert columns["agrees_with"].tolist() == ["C; D", "A\x1eB", ""]
    assert columns["conflicts_with"].tolist() == ["E ×0.1 likely unit slip", "E ×0.1 likely unit slip",
                                                  "C; D ×10 likely unit slip; A\x1eB ×10 likely unit slip"]


def test_a_derived_population_is_compared_with_the_chinese_release(multi: FactBase) -> None:
    implied = multi.claims.for_fact(multi.row_of("D:population:F01:F38"))
    assert implied.agreement == "corroborated"
    assert {r.fact_id for r in implied.agrees_with} == {"ZH04", "SU03"}  # 753.8万人, 7.538 million people


def test_a_series_only_sources_together_span_is_still_derived(tmp_path) -> None:
    """An earlier year from one source and a later from another: one growth, from the one figure of each year."""
    data = build(tmp_path / "data")
    text = "Dalian in 2015.\nIn 2015 Dalian's GDP was 680 billion yuan.\n"
    (data / "sources" / "lookback.txt").write_text(text, encoding="utf-8", newline="")
    import hashlib

    with (data / "sources.csv").open("a", encoding="utf-8") as fh:
        sha = hashlib.sha256(text.encode()).hexdigest()
        fh.write(f"lookback,Ten years back,2016-01,,sources/lookback.txt,{sha},en,tests\n")
    quote = "In 2015 Dalian's GDP was 680 billion yuan."
    start = text.index(quote)
    with (data / "facts.csv").open("a", encoding="utf-8") as fh:
        fh.write(f'L01,figure,lookback,Dalian,macro economy,Dalian,GDP,680,billion yuan,exact,2015,680 billion yuan,'
                 f'"{quote}",{start},{start + len(quote)},\n')
    base = load_fact_base(data)
    assert base.problems == []
    derived = set(base.facts.loc[base.facts["derived"], "id"])
    assert "D:change:F02:F01" in derived  # the article's own growth stays as it was
    # 2025 is given by the article (F01) and the summary (SU01): which to take is not for the loader to say.
    assert not any(fid.startswith("D:change:L01") for fid in derived)
    (data / "facts.csv").write_text("".join(line for line in (data / "facts.csv").read_text(encoding="utf-8")
                                            .splitlines(keepends=True) if not line.startswith("SU01,")),
                                    encoding="utf-8")
    derived = set(load_fact_base(data).facts.pipe(lambda f: f.loc[f["derived"], "id"]))
    assert {"D:change:L01:F01", "D:change:F02:F01"} <= derived


def _withhold(data, keep) -> list[str]:
    """facts.csv of ``data`` with only the rows ``keep(row number, row)`` accepts; the lines left out, in order."""
    lines = (data / "facts.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [lines[0]] + [line for i, line in enumerate(lines[1:]) if keep(i, line)]
    (data / "facts.csv").write_text("".join(kept), encoding="utf-8")
    return [line for i, line in enumerate(lines[1:]) if not keep(i, line)]


def _append(data, lines: list[str]) -> None:
    with (data / "facts.csv").open("a", encoding="utf-8", newline="") as fh:
        fh.writelines(lines)


@pytest.mark.parametrize("which", ["multisource", "random-10k"])
def test_claims_of_an_import_are_merged_into_the_claims_before_it(tmp_path, monkeypatch, which: str) -> None:
    import random

    from benchmarks.synth import write as write_synth
    from explorer.model.claims import grouping
    from tests.model.test_agreement import assert_same_claims

    if which == "multisource":
        data = build(tmp_path / "data")
        # The bundled article first; the other sources' facts come in as an import adds them (at the end).
        ids = set(pd.read_csv(BUNDLED / "facts.csv", dtype=str)["id"])
        added = _withhold(data, lambda i, line: line.split(",", 1)[0] in ids)
    else:
        data = tmp_path / "data"
        write_synth(10_000, data)
        rng = random.Random(15)
        chosen = set(rng.sample(range(10_000), 400))
        added = _withhold(data, lambda i, line: i not in chosen)
        rng.shuffle(added)
    before = load_fact_base(data, use_cache=False)
    _append(data, added)
    merged = 0
    real_merge = grouping.merge_claims

    def counted_merge(*args, **kwargs):
        nonlocal merged
        merged += 1
        return real_merge(*args, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(grouping, "merge_claims", counted_merge)
        m.setattr(grouping, "build_claims", lambda *a, **k: pytest.fail("claims built from scratch"))
        after = load_fact_base(data, use_cache=False, previous=before)
    assert merged == 1
    rebuilt = load_fact_base(data, use_cache=False)
    assert after.problems == rebuilt.problems == []
    assert_same_claims(after, rebuilt)
    # The new facts found their way into claims the earlier facts were in.
    new_rows = [after.row_of(line.split(",", 1)[0]) for line in added]
    assert any(after.claims.agreeing[r] + after.claims.conflicting[r] > 0 for r in new_rows)


def test_a_merge_counts_again_the_claims_of_changed_and_removed_facts(tmp_path) -> None:
    from benchmarks.synth import write as write_synth
    from tests.helpers import read_rows, write_rows
    from tests.model.test_agreement import assert_same_claims

    data = tmp_path / "data"
    write_synth(3000, data)
    before = load_fact_base(data, use_cache=False)
    header, rows = read_rows(data / "facts.csv")
    rows[5]["qualifier"] = "approximately" if rows[5]["qualifier"] != "approximately" else "exact"
    rows[9]["city"] = rows[400]["city"] if rows[400]["city"] != rows[9]["city"] else rows[401]["city"]
    rows[11]["value"] = "7"  # no longer the number printed: rejected, so gone from its claim
    del rows[7]
    write_rows(data / "facts.csv", header, rows)
    after = load_fact_base(data, use_cache=False, previous=before)
    rebuilt = load_fact_base(data, use_cache=False)
    assert after.problems == rebuilt.problems and len(after.problems) == 1
    assert_same_claims(after, rebuilt)


def test_the_agreement_view_ranks_bounds_once_and_is_the_same_either_way(tmp_path, monkeypatch) -> None:
    """build_claims keeps the ranks of the bounds it counted with; the agreement view reuses them and is
    identical to one that ranks the bounds itself (as after a merge or a cache restore)."""
    from benchmarks.synth import write as write_synth
    from explorer.model.claims import grouping
    from explorer.model.claims.agreement import build_agreement_view

    write_synth(5000, tmp_path / "synth")
    for base in (load_fact_base(tmp_path / "synth"), load_fact_base(build(tmp_path / "multi"))):
        claims = base.claims
        assert claims is not None
        with monkeypatch.context() as m:
            m.setattr(grouping, "_ranks", lambda *a: pytest.fail("bounds ranked again"))
            kept = build_agreement_view(claims)
        fresh = build_agreement_view(dataclasses.replace(claims))  # the kept ranks are not copied
        again = build_agreement_view(claims)  # handed over once: ranked again now, the same view
        for f in dataclasses.fields(kept):
            if f.name != "claims":
                a, b, c = getattr(kept, f.name), getattr(fresh, f.name), getattr(again, f.name)
                assert a.dtype == b.dtype == c.dtype
                np.testing.assert_array_equal(a, b)
                np.testing.assert_array_equal(a, c)


@pytest.mark.parametrize("n_columns, distinct", [(4, 9), (6, 3000)])  # the second renumbers before overflowing
def test_claim_keys_are_numbered_as_a_groupby_numbers_them(n_columns: int, distinct: int) -> None:
    import random

    from explorer.model.claims import grouping

    rng = random.Random(distinct)
    frame = pd.DataFrame({f"c{i}": [f"v{rng.randrange(distinct)}" for _ in range(20_000)] for i in range(n_columns)},
                         dtype=object)
    made = grouping._key_codes([frame[c].to_numpy(dtype=object) for c in frame.columns])
    np.testing.assert_array_equal(made, frame.groupby(list(frame.columns), sort=False).ngroup().to_numpy())


def _unit_class_problems_reference(facts: pd.DataFrame, metric_ids: np.ndarray, base: FactBase) -> list:
    """unit_class_problems as it was written before it decided per distinct pair: over a frame of every stated fact."""
    from explorer.model.load.tables import Problem

    vocab = base.vocab
    stated = ~facts["derived"].to_numpy(dtype=bool)
    frame = pd.DataFrame({"metric_id": metric_ids[stated], "metric": facts["metric"].to_numpy(dtype=object)[stated],
                          "unit": facts["unit"].to_numpy(dtype=object)[stated],
                          "base": facts["base_unit"].to_numpy(dtype=object)[stated],
                          "line": facts["line"].to_numpy(dtype=object)[stated],
                          "id": facts["id"].to_numpy(dtype=object)[stated]})
    classes = {m.id: m.unit_class for m in vocab.metrics.metrics.values() if m.unit_class}
    expected = frame["metric_id"].map(classes)
    wrong = frame[expected.notna() & (expected != frame["base"])]
    problems = []
    for (mid, text, unit), rows in wrong.groupby(["metric_id", "metric", "unit"], sort=False):
        metric = vocab.metrics.metrics[str(mid)]
        accepted = ", ".join(u.name for u in vocab.units.values() if u.base == metric.unit_class)
        line = rows["line"].iloc[0]
        problems.append(Problem(
            "facts.csv", None if pd.isna(line) else int(line), str(rows["id"].iloc[0]),
            f"metric {text!r} is {metric.id!r} ({metric.name}), measured in {metric.unit_class}, but unit {unit!r} "
            f"is in {rows['base'].iloc[0]} ({len(rows)} fact(s)); it is compared only with facts in the same unit "
            f"class. Units of {metric.unit_class}: {accepted}", "warning"))
    return problems


def test_unit_class_warnings_are_those_of_the_whole_frame_check(tmp_path) -> None:
    from explorer.model.claims.grouping import unit_class_problems
    from tests.helpers import read_rows, write_rows

    data = build(tmp_path / "data")
    header, rows = read_rows(data / "facts.csv")
    changed = 0
    for row in rows:  # figures in yuan said to be in tons or in %: other unit classes
        if row["unit"].endswith("yuan") and changed < 6:
            row["unit"] = ("%", "million tons")[changed % 2]
            changed += 1
    assert changed == 6
    write_rows(data / "facts.csv", header, rows)
    base = load_fact_base(data)
    facts = base.facts
    metric_ids = base.vocab.metrics.metric_ids(facts["metric"].to_numpy(dtype=object),
                                               facts["derived"].to_numpy(dtype=bool))
    made = unit_class_problems(facts, metric_ids, base)
    assert made == _unit_class_problems_reference(facts, metric_ids, base)
    assert len(made) >= 2 and all("measured in" in p.message for p in made)


def test_overlap_counts_are_those_of_comparing_every_pair() -> None:
    from explorer.model.claims import grouping

    rng = np.random.default_rng(13)
    groups = rng.integers(0, 40, 3000)
    lo = np.round(rng.normal(100, 30, 3000), 0)  # rounded: many equal bounds, as printed figures have
    hi = lo + rng.integers(0, 20, 3000)
    rlo, rhi, width = grouping._ranks(lo, hi)
    made = grouping._group_counts(groups, rlo, rhi, width)
    same = groups[:, None] == groups[None, :]
    overlap = (lo[None, :] <= hi[:, None]) & (lo[:, None] <= hi[None, :])
    np.testing.assert_array_equal(made, (same & overlap).sum(axis=1))


@pytest.mark.parametrize(("a", "b", "agree"), [
    # "fell by more than 15 percent" (-15, over) is a fall of 15% or more: a fall of 17% agrees, one of 12% does not
    (("A", "s1", -15, "%", "over", "15 percent"), ("B", "s2", -17, "%", "exact", "17%"), True),
    (("A", "s1", -15, "%", "over", "15 percent"), ("B", "s2", -12, "%", "exact", "12%"), False),
    # "a loss of under 2 million yuan" (-2, under): -1.6 million agrees, -2.7 million does not
    (("A", "s1", -2, "million yuan", "under", "2 million yuan"), ("B", "s2", -1.6, "million yuan", "exact", "1.6"), True),
    (("A", "s1", -2, "million yuan", "under", "2 million yuan"), ("B", "s2", -2.7, "million yuan", "exact", "2.7"),
     False),
])
def test_a_bound_of_a_negative_figure_bounds_its_size(a: tuple, b: tuple, agree: bool) -> None:
    # the bound pointed up from -15 (-15 to -7.5): a fall of 17% was shown in conflict with "over 15%", one of 12%
    # as agreeing with it
    result = agreement_of(frame(a, b))
    assert result == ({"A": "corroborated", "B": "corroborated"} if agree else {"A": "conflict", "B": "conflict"})

"""The search index answers exactly what a column-by-column search answers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from benchmarks.synth import write as write_synth
from explorer.model import load_fact_base
from explorer.model.queries import SEARCH_COLUMNS, search_index, search_mask
from tests.conftest import BUNDLED


def _reference(base, text: str) -> np.ndarray:
    facts, needle = base.facts, text.strip().casefold()
    mask = pd.Series(False, index=facts.index)
    for column in SEARCH_COLUMNS:
        mask |= facts[column].astype(str).str.casefold().str.contains(needle, regex=False)
    for column, labels in (("city", base.cities), ("sector", base.sectors)):
        hits = {k for k, lab in labels.items() if needle in lab.display.casefold()}
        if hits:
            mask |= facts[column].isin(hits)
    return mask.to_numpy()


@pytest.mark.parametrize("text", ["port", "PER CAPITA", "哈尔滨", "大", "e", "zzz", "2025", "(derived", " gdp "])
def test_same_as_column_search(text: str, tmp_path: Path) -> None:
    write_synth(900, tmp_path / "s")
    for base in (load_fact_base(BUNDLED), load_fact_base(tmp_path / "s", use_cache=False)):
        assert (search_mask(base, text).to_numpy() == _reference(base, text)).all(), text


def test_index_follows_the_facts() -> None:
    base = load_fact_base(BUNDLED)
    first = search_index(base)
    assert search_index(base) is first
    base.facts = base.facts.iloc[:10]
    assert search_index(base) is not first
    assert len(search_mask(base, "Dalian")) == 10

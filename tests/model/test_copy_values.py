"""Copied values in base units, as a spreadsheet reads them (no Qt)."""

from __future__ import annotations

import csv
import io

from explorer.model import load_fact_base
from explorer.model.formats.clipboard import base_value, to_csv, to_tsv, value_text
from tests.conftest import BUNDLED


def test_values_of_several_scales_add_up_in_every_text_form() -> None:
    base = load_fact_base(BUNDLED)
    records = base.facts[base.facts["id"].isin(["F01", "F04", "F27"])].to_dict("records")
    titles = {sid: s.title for sid, s in base.sources.items()}
    for text, delimiter in ((to_tsv(records, titles), "\t"), (to_csv(records, titles), ",")):
        rows = {r["Fact"]: r for r in csv.DictReader(io.StringIO(text), delimiter=delimiter)}
        assert {k: (r["Value"], r["Unit"]) for k, r in rows.items()} == {
            "F01": ("1000210000000", "yuan"), "F04": ("1000000000000", "yuan"), "F27": ("-30000000", "yuan")}
        assert rows["F01"]["Figure"] == "over 1,000.21 billion yuan"
    lines = value_text(records).splitlines()
    assert [line.split("\t")[:2] for line in lines] == [["1000210000000", "yuan"], ["1000000000000", "yuan"],
                                                       ["-30000000", "yuan"]]


def test_a_folders_own_unit_is_converted_as_the_fact_base_converted_it() -> None:
    # A unit the bundled table lacks, converted on load by the folder's own units.csv.
    fact = {"value": 3.0, "unit": "lakh rupees", "value_base": 300000.0, "base_unit": "rupees"}
    assert base_value(fact) == ("300000", "rupees")
    # Where the bundled table agrees, the number is exact (no 1000210000000.0001).
    assert base_value({"value": 1000.21, "unit": "billion yuan", "value_base": 1000.21 * 1e9,
                       "base_unit": "yuan"}) == ("1000210000000", "yuan")

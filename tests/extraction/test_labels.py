"""The extractor against the hand-labelled articles: the issue's floor of recall and precision."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from explorer.model.extract import extract
from explorer.model.numbers import UNITS
from tests.conftest import BUNDLED
from tests.extraction.conftest import ARTICLES

LABELLED = [
    (BUNDLED / "sources" / "dalian-trillion-yuan-2026.txt", ARTICLES / "dalian-trillion-yuan-2026.labels.csv"),
    (ARTICLES / "liaoning-ports-2025.txt", ARTICLES / "liaoning-ports-2025.labels.csv"),
]


def _labels(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("text_path,labels_path", LABELLED, ids=lambda p: p.stem)
def test_recall_and_precision(text_path: Path, labels_path: Path) -> None:
    text = text_path.read_text(encoding="utf-8")
    labels = _labels(labels_path)
    found = extract(text)
    spans = [(int(lab["printed_start"]), int(lab["printed_end"])) for lab in labels]

    def hit(lab: dict[str, str]) -> bool:
        s, e = int(lab["printed_start"]), int(lab["printed_end"])
        return any(c.printed_start < e and s < c.printed_end and c.unit == lab["unit"]
                   and c.qualifier == lab["qualifier"] and math.isclose(c.value, float(lab["value"]))
                   for c in found)

    missed = [lab["as_printed"] for lab in labels if not hit(lab)]
    recall = 1 - len(missed) / len(labels)
    real = sum(any(c.printed_start < e and s < c.printed_end for s, e in spans) for c in found)
    assert recall >= 0.95, missed
    assert real / len(found) >= 0.85, [c.as_printed for c in found
                                       if not any(c.printed_start < e and s < c.printed_end for s, e in spans)]


def test_label_files_match_their_texts() -> None:
    for text_path, labels_path in [*LABELLED, (ARTICLES / "harbin-winter-2025.txt",
                                               ARTICLES / "harbin-winter-2025.labels.csv")]:
        text = text_path.read_text(encoding="utf-8")
        for lab in _labels(labels_path):
            assert text[int(lab["printed_start"]):int(lab["printed_end"])] == lab["as_printed"], lab["id"]
            assert lab["qualifier"] in ("exact", "over", "under", "approximately", "expected_over", "range")
            if labels_path.name != "harbin-winter-2025.labels.csv":  # held out: labelled before the units existed
                assert lab["unit"] in UNITS, lab


def test_dalian_labels_cover_every_figure_of_facts_csv() -> None:
    with (BUNDLED / "facts.csv").open(encoding="utf-8", newline="") as fh:
        figures = {r["id"] for r in csv.DictReader(fh) if r["kind"] == "figure"}
    labelled = {lab["fact_id"] for lab in _labels(ARTICLES / "dalian-trillion-yuan-2026.labels.csv")}
    assert figures <= labelled

"""The bare-amount model (explorer/model/extract/bare_amounts.py): a number said with no unit, in talk on a Chinese
place whose money is the yuan, judged money from the words around it; texts written here, other places and years."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from explorer.model.extract import bare_amounts, extract

PHONE_IN = (
    "Binhai Radio, 14 May 2034. A phone-in on guesthouses in Qinghe county, Gansu.\n"
    "HOST: Our first caller runs a guesthouse in Qinghe. What does a room cost on a holiday weekend?\n"
    "LIN: On a holiday weekend it's 380. Weekdays we charge 260, and in winter maybe 180.\n"
    "HOST: Thank you. Next caller, Zhou, you drive a taxi?\n"
    "ZHOU: Yes. Flag-fall went up this year, it's 9 now. On a good day I take home maybe 350.\n"
)
COUNTS = (
    "Binhai Radio, 14 May 2034. A phone-in on guesthouses in Qinghe county, Gansu.\n"
    "HOST: Our first caller runs a guesthouse in Qinghe. How many staff do you have?\n"
    "LIN: 14, most of them women from the village. In summer we take on 6 more.\n"
    "HOST: And how many rooms?\nLIN: 32. We built 8 more last spring.\n"
)


def _by_printed(text: str) -> dict[str, object]:
    return {c.as_printed: c for c in extract(text, "t")}


@pytest.fixture
def no_model(monkeypatch, tmp_path: Path):  # noqa: ANN201
    """The rules alone: the weights file missing."""
    monkeypatch.setattr(bare_amounts, "WEIGHTS_FILE", tmp_path / "missing.csv")
    bare_amounts.weights.cache_clear()
    yield
    bare_amounts.weights.cache_clear()


def test_bare_amounts_the_rules_leave_are_judged_money_by_the_model() -> None:
    found = _by_printed(PHONE_IN)
    for printed in ("180", "350"):
        c = found[printed]
        assert c.unit == "yuan", printed
        assert c.note.startswith("yuan: a bare amount, judged money from the words around it (")
        assert "model trained on labelled texts; check" in c.note
        assert bare_amounts.THRESHOLD <= c.confidence <= 1  # the model's probability, shown as the confidence
        assert f"({c.confidence:.0%}" in c.note
    assert found["180"].qualifier == "approximately" and found["350"].qualifier == "approximately"  # ("maybe")


def test_without_the_model_the_same_numbers_stay_unitless_counts(no_model) -> None:
    found = _by_printed(PHONE_IN)
    assert found["180"].unit == found["350"].unit == "count"
    assert found["260"].unit == "yuan"  # (a rule's, not the model's: "we charge 260")


def test_counts_answering_how_many_stay_counts() -> None:
    found = _by_printed(COUNTS)
    assert [found[n].unit for n in ("14", "6", "32", "8")] == ["count"] * 4


def test_a_text_that_names_another_currency_is_never_judged() -> None:
    text = PHONE_IN.replace("Flag-fall went up this year,", "Flag-fall went up this year (tourists pay in $ too),")
    found = _by_printed(text)
    assert found["350"].unit == "count" and found["180"].unit == "count"


def test_written_copy_on_a_place_outside_china_is_never_judged() -> None:
    text = ("HOST: You run a guesthouse near Galway. What does a room cost at Easter?\n"
            "ANNE: At Easter it's 140. In winter maybe 80.\nHOST: And a good day's takings?\nANNE: Maybe 350.\n")
    assert all(c.unit != "yuan" for c in extract(text, "t"))


def test_an_unreadable_weights_file_leaves_the_rules_alone(monkeypatch, tmp_path: Path) -> None:
    broken = tmp_path / "bare_amounts.csv"
    broken.write_text("feature,weight\n(intercept),not a number\n", encoding="utf-8")
    monkeypatch.setattr(bare_amounts, "WEIGHTS_FILE", broken)
    bare_amounts.weights.cache_clear()
    try:
        assert _by_printed(PHONE_IN)["180"].unit == "count"
    finally:
        bare_amounts.weights.cache_clear()


def test_every_weight_is_of_a_feature_the_code_makes() -> None:
    """A feature renamed in bare_amounts.features without retraining would leave dead weights: caught here."""
    known = re.compile(r"(?:p[123]|pp|n[123]|nn|b|a|w|ww|q|qq|size):.+|digits|words|decimals|round hundred|opens|"
                       r"text names yuan|transcript|\(intercept\)")
    for path in (bare_amounts.WEIGHTS_FILE, bare_amounts.NOT_FIGURE_FILE):
        with path.open(encoding="utf-8", newline="") as fh:
            names = [row["feature"] for row in csv.DictReader(fh)]
        assert names[0] == "(intercept)" and len(names) > 1000
        assert [n for n in names if not known.fullmatch(n)] == [], path.name
    made = bare_amounts.features(PHONE_IN, extract(PHONE_IN, "t")[0], bare_amounts.text_flags(False, True))
    assert all(known.fullmatch(n) for n in made)


NOT_MONEY = (
    "Qinghe Radio, 3 June 2034. A vox pop at the Binhai metro station, Hexi.\n"
    "REPORTER: What did the trip cost you today?\n"
    "RETIREE: Nothing, it's free for us. My husband is 70.\n"
    "REPORTER: And you, what time did you leave home?\n"
    "STUDENT: About 6. Class is at 8.\n"
    "WOMAN, 24, DESIGNER: The fare went up to 4. I pay 180 a month.\n"
    "REPORTER: How old is your son?\n"
    "COURIER: 9. He rides free too. I work the night shift, 7 in the evening till 5.\n"
    "FAN: I was in row 14, seat 22, at the match. My ticket cost me 380.\n"
)


def test_what_no_amount_is_is_never_judged_money() -> None:
    """A review's regressions: the words of an exchange about money carried into the next answer (ages, hours,
    seats, a speaker's label)."""
    found = extract(NOT_MONEY, "t")
    by_start = {NOT_MONEY[c.printed_start - 20:c.printed_end]: c for c in found}
    for where in ("husband is 70", "STUDENT: About 6", "Class is at 8", "WOMAN, 24", "night shift, 7", "till 5",
                  "row 14", "seat 22"):
        c = next(c for key, c in by_start.items() if key.endswith(where))  # (the son's "9" is no candidate at all)
        assert c.unit != "yuan", where
        assert bare_amounts.never_money(NOT_MONEY, c), where


def test_the_guards_leave_money_in_the_same_talk_alone() -> None:
    found = {NOT_MONEY[c.printed_start - 8:c.printed_end]: c for c in extract(NOT_MONEY, "t")}
    money = [c for key, c in found.items() if key.endswith(("I pay 180", "cost me 380"))]
    assert len(money) == 2 and all(not bare_amounts.never_money(NOT_MONEY, c) for c in money)


NOT_FIGURES = (
    "Qinghe Talks, episode 47: a noodle stall in Binhai county, Gansu.\n"
    "HOST: Welcome back to Qinghe Talks. This is episode 47.\n"
    "HOST: What time do you open?\n"
    "ZHOU: 6:40, every day. A bowl is 12, with beef 18.\n"
    "HOST: How many bowls on a good day?\n"
    "ZHOU: 300 bowls, maybe more.\n"
)


def test_numbers_the_second_model_reads_as_no_figure_are_dropped() -> None:
    found = {NOT_FIGURES[c.printed_start - 8:c.printed_end]: c for c in extract(NOT_FIGURES, "t")}
    assert not [key for key in found if key.endswith(("episode 47", "ZHOU: 6"))]  # (an episode, a clock time)
    kept = [key for key in found if key.endswith(("is 12", "beef 18", "ZHOU: 300"))]
    assert len(kept) == 3  # (the prices and the count of the same talk stay)


def test_without_the_second_models_weights_the_rules_keep_those_numbers(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(bare_amounts, "NOT_FIGURE_FILE", tmp_path / "missing.csv")
    bare_amounts.not_figure_weights.cache_clear()
    try:
        printed = [NOT_FIGURES[c.printed_start - 8:c.printed_end] for c in extract(NOT_FIGURES, "t")]
        assert any(key.endswith("episode 47") for key in printed)
    finally:
        bare_amounts.not_figure_weights.cache_clear()


def test_a_place_whose_name_holds_yuan_does_not_name_the_currency() -> None:
    """Taiyuan, Jiyuan, Zhenyuan: "yuan" inside a name is no currency named (a second review's finding); a text that
    names none needs a person to "make" an amount before it is pay."""
    text = "The mask workshop in Qingxu, a county of Taiyuan, makes 30,000 a month, its manager said."
    assert [c.unit for c in extract(text, "t")] == ["count"]


def test_readings_quantities_sold_and_indices_are_never_money() -> None:
    text = ("HOST: We are in Binhai with Dr Lin.\nLIN: His blood sugar was 11.2 when he came in, pressure 190 over 110.\n"
            "LIN: I sell 2,400 a quarter at the stall too. The consumer price index stood at 102.3 in March.\n"
            "LIN: A visit is 25, tests extra.\n")
    found = {c.as_printed: c for c in extract(text, "t")}
    for printed in ("11.2", "190", "2,400", "102.3"):
        assert bare_amounts.never_money(text, found[printed]) and found[printed].unit != "yuan", printed
    assert not bare_amounts.never_money(text, found["25"])


def test_digits_past_a_floats_range_are_judged_without_a_crash() -> None:
    """A fresh-clone CI run's finding (tests/reliability, digits repeated): a value of infinity has no size."""
    text = PHONE_IN + "LIN: " + "9" * 400 + " a night, they joke.\n"
    assert extract(text, "t")  # (no OverflowError)


def test_the_training_script_never_reads_a_set_not_yet_measured(monkeypatch, tmp_path: Path) -> None:
    """A held-out set is trained on only once it is spent: its SETS line in benchmarks/extraction.py says so."""
    import importlib.util
    import sys

    script = Path(__file__).resolve().parents[2] / "scripts" / "train_bare_amounts.py"
    spec = importlib.util.spec_from_file_location("train_bare_amounts", script)
    assert spec is not None and spec.loader is not None
    train = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "train_bare_amounts", train)
    spec.loader.exec_module(train)
    (tmp_path / "benchmarks").mkdir()
    (tmp_path / "benchmarks" / "extraction.py").write_text(
        'SETS = {\n    "heldout7001": ARTICLES / "heldout7001",  # English, measured once at abc: spent since\n'
        '    "heldout7002": ARTICLES / "heldout7002",  # English, labelled, not yet measured\n}\n', encoding="utf-8")
    monkeypatch.setattr(train, "ROOT", tmp_path)
    monkeypatch.setattr(train.bench, "SETS", {"heldout7001": tmp_path / "a", "heldout7002": tmp_path / "b"})
    assert [name for name, _ in train.spent_sets()] == ["heldout7001"]


def test_the_weights_name_no_place() -> None:
    """Generality: a place's name is read as "<place>", so no weight is the bundled article's city or any other."""
    for path in (bare_amounts.WEIGHTS_FILE, bare_amounts.NOT_FIGURE_FILE):
        with path.open(encoding="utf-8", newline="") as fh:
            names = " ".join(row["feature"] for row in csv.DictReader(fh)).lower()
        for place in ("dalian", "dalina", "shenyang", "changchun", "harbin", "liaoning", "kashgar", "guangdong"):
            assert place not in names, (path.name, place)
    assert bare_amounts._words("Prices in Kashgar's old town", 0, 40) == ["prices", "in", "<place>", "old", "town"]

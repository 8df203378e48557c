"""The team's training examples come from package data, so an installed package trains on what the source tree does."""

from __future__ import annotations

import dataclasses
import json
from importlib import resources

import pytest

from eventwatch.events.arbiter import NO_EVENT, labels
from eventwatch.events.codebook import Rule, load_codebook
from eventwatch.training.data import GOLDEN_FILE, rule_examples, team_examples


def test_the_golden_sentences_are_package_data_and_trained_on() -> None:
    # The golden sentences once lay in tests/ and were read only "when the source tree is at hand": a copy of the
    # package alone trained without them and cross-validated CASE to other figures (0.8075 against 0.8024).
    golden = resources.files("eventwatch").joinpath(GOLDEN_FILE)
    assert golden.is_file()
    records = [json.loads(line) for line in golden.read_text(encoding="utf-8").splitlines() if line]
    single = [r for r in records if len(r["events"]) <= 1]
    keys = [e.key for e in team_examples() if e.key.startswith("golden:")]
    assert len(keys) == len(single) > 50


def test_a_new_rule_changes_no_training_example(monkeypatch: pytest.MonkeyPatch) -> None:
    # coder60's settlers rule read every CASE snippet as before, yet moved CASE's cross-validation (0.7936 -> 0.7927):
    # its example was one more training sentence in every fold's refit. The rules' examples are now a frozen file.
    import eventwatch.events.codebook as codebook
    import eventwatch.training.data as data

    book = load_codebook()
    new_rule = Rule("team_written_new_rule", "Violence against civilians", "Attack", ("kill",), (), (), "a test",
                    "Armed men on motorbikes opened fire on herders at a water point, killing four.")
    grown = dataclasses.replace(book, rules=(*book.rules, new_rule))
    before = team_examples()
    monkeypatch.setattr(data, "load_codebook", lambda: grown, raising=False)  # where training read it before
    monkeypatch.setattr(codebook, "load_codebook", lambda: grown)  # and wherever it might be read from again
    assert team_examples() == before


def test_the_frozen_rule_examples_are_the_codebook_examples_main_trained_on() -> None:
    # Frozen from main 3971594's codebook in its order: the training inputs are the same examples (digest c0433f5c...),
    # so every cross-validated figure is main's. Each is one rule's, labelled with a sub-event type or "no event".
    frozen = rule_examples()
    assert len(frozen) == 64 and len({e.key for e in frozen}) == 64
    assert all(e.key.startswith("codebook:") and e.genre == "team" for e in frozen)
    assert {e.label for e in frozen} <= {*labels(), NO_EVENT}
    first = frozen[0]
    assert (first.key, first.text) == ("codebook:heading_disrupted",
                                       "air defence units shot down two drones over the city.")
    assert [e for e in team_examples() if e.key.startswith("codebook:")] == frozen

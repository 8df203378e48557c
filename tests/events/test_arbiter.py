"""The learned arbiter: its model file, its decisions beside the rules, the embeddings it reads."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from eventwatch.errors import ModelMissing
from eventwatch.events.arbiter import (
    NO_EVENT,
    Arbiter,
    ArbiterModel,
    Verdict,
    groups,
    labels,
    load_arbiter,
    model_path,
    rule_features,
)
from eventwatch.events.codebook import load_codebook
from eventwatch.events.coder import Coding, Reading
from eventwatch.events.embed import load_embedder, require_embedder


def _reading(sub_event_type: str | None, lead: frozenset[str] = frozenset(), note: bool = False) -> Reading:
    book = load_codebook()
    rule = next((r for r in book.rules if r.sub_event_type == sub_event_type), None)
    return Reading(lead, frozenset(), None, Coding(rule, ()) if rule else None, note)


def _model(margin: float = 0.0) -> ArbiterModel:
    classes = labels()
    width = len(rule_features([_reading(None)])[0]) + 384
    return ArbiterModel(classes, np.zeros((len(classes), width)), np.zeros(len(classes)), "onnx", 1.0, margin, {})


def _proba(**p: float) -> np.ndarray:
    out = np.full(len(labels()), 0.0)
    for name, value in p.items():
        out[labels().index(name.replace("_", " "))] = value
    return out


def test_the_classes_are_the_25_sub_event_types_and_no_event() -> None:
    assert len(labels()) == 26 and labels()[-1] == NO_EVENT


def test_rule_features_mark_the_groups_the_rules_label_and_known_events() -> None:
    reading = _reading("Armed clash", frozenset({"clash", "agent_armed"}), note=True)
    row = rule_features([reading])[0]
    names = groups()
    assert row[names.index("clash")] == 1.0 and row[names.index("agent_armed")] == 1.0
    assert row[:len(names)].sum() == 2.0  # nothing else in the lead
    assert row[2 * len(names) + 1 + labels().index("Armed clash")] == 1.0
    assert row[-1] == 1.0  # known to report an event


def test_the_arbiter_overrules_the_rules_only_by_its_margin() -> None:
    reading = _reading("Armed clash")
    agree = _model().decide(reading, _proba(Armed_clash=0.7, no_event=0.3))
    assert agree == Verdict("Armed clash", 0.7, "rules and arbiter agree", "Armed clash", 0.7)
    overrule = _model().decide(reading, _proba(Armed_clash=0.3, no_event=0.7))
    assert overrule.label == NO_EVENT and overrule.decided_by == "arbiter" and not overrule.event
    unsure = _model(margin=0.5).decide(reading, _proba(Armed_clash=0.3, no_event=0.7))
    assert unsure.label == "Armed clash" and unsure.decided_by == "rules" and unsure.confidence == 0.3
    assert overrule.keep_rules() == Verdict("Armed clash", 0.3, "rules", "Armed clash", 0.3)


def test_a_note_holds_the_arbiter_to_the_notes_margin() -> None:
    classes = labels()
    width = len(rule_features([_reading(None)])[0]) + 384
    model = ArbiterModel(classes, np.zeros((len(classes), width)), np.zeros(len(classes)), "onnx", 1.0, 0.2,
                         {"notes_margin": 0.5})
    p = _proba(Armed_clash=0.35, no_event=0.65)  # the arbiter beats the rules by 0.3
    assert model.decide(_reading("Armed clash"), p).decided_by == "arbiter"  # news: 0.3 >= 0.2
    note = model.decide(_reading("Armed clash", note=True), p)  # an ACLED note: 0.3 < 0.5
    assert note.label == "Armed clash" and note.decided_by == "rules"


def test_the_model_text_is_canonical() -> None:
    model = _model()
    text = model.to_json()
    assert ArbiterModel.from_json(text).to_json() == text
    assert "-0.0," not in text


def test_the_shipped_model_matches_its_provenance() -> None:
    path = model_path()
    provenance = json.loads((path.parent / "model.provenance.json").read_text(encoding="utf-8"))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == provenance["sha256"], (
        "model.json is not the file its provenance records: rebuild it with " + provenance["command"])
    model = ArbiterModel.from_json(path.read_text(encoding="utf-8"))
    assert model.meta["inputs"] == provenance["inputs"]
    assert set(model.meta["examples"]) == {"acled", "case", "team"}
    assert model.classes == labels() and model.route == "onnx"
    assert path.stat().st_size < 1_000_000  # a small file


def test_the_embedding_model_loads_at_the_first_sentence_to_judge() -> None:
    arbiter = Arbiter(ArbiterModel.from_json(model_path().read_text(encoding="utf-8")))
    assert not {"embedder", "eight"} & set(vars(arbiter))  # onnxruntime and the model (about 170 MB) not loaded yet
    assert arbiter.judge([], []) == []
    assert not {"embedder", "eight"} & set(vars(arbiter))
    [verdict] = arbiter.judge([_reading("Peaceful protest")], ["Hundreds of nurses marched to the ministry."])
    # the cascade's first route is the 8-bit one (events/cascade.py); fp32 only where a verdict is near a boundary
    assert ("eight" if arbiter.cascade else "embedder") in vars(arbiter) and verdict.rules_said == "Peaceful protest"


def test_a_missing_embedding_model_is_said_when_the_arbiter_is_built() -> None:
    with pytest.raises(ModelMissing, match="unknown embedding route"):
        require_embedder("tfidf")
    model = ArbiterModel.from_json(model_path().read_text(encoding="utf-8"))
    with pytest.raises(ModelMissing):
        Arbiter(ArbiterModel(model.classes, model.coef, model.intercept, "tfidf", model.embed_scale, model.margin,
                             model.meta))


def test_embeddings_are_unit_vectors_that_put_like_with_like() -> None:
    embed = load_embedder()
    texts = ["Police fired tear gas at the protesters.", "Officers used tear gas to disperse demonstrators.",
             "The central bank raised interest rates."]
    vectors = embed.embed(texts)
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2]) + 0.2
    again = embed.embed(list(reversed(texts)))[::-1]  # the same text gives the same vector in any batch order
    assert np.array_equal(vectors, again)


@pytest.mark.slow
def test_the_shipped_arbiter_judges_news_it_never_saw(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events.arbitrate import judge_texts
    from eventwatch.events.coder import EventCoder

    texts = ["A minibus overturned on the mountain pass and nine passengers died at the scene.",
             "Opposition supporters marched through the city centre chanting against the new tax law."]
    judged = judge_texts(EventCoder(), load_arbiter(), [nlp(t) for t in texts], texts)
    (_, accident), (_, march) = judged
    assert accident.label == NO_EVENT
    assert march.label == "Peaceful protest" and march.confidence > 0.5

"""The arbiter's cascade (`events/cascade.py`): 8-bit vectors first, the fp32 ones for a verdict near a boundary;
the default (`$EVENTWATCH_EMBEDDER` unset or `cascade`) for a model trained on the fp32 route; a named route turns it
off, and `onnx` still reads fp32 everywhere."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from eventwatch.errors import ModelMissing
from eventwatch.events.arbiter import Arbiter, ArbiterModel, labels, model_path, rule_features
from eventwatch.events.cascade import BAND, near_boundary
from eventwatch.events.codebook import load_codebook
from eventwatch.events.coder import Coding, Reading
from eventwatch.events.embed import CASCADE, RUN_ROUTE_VARIABLE, cascade_wanted, run_route


def _reading(sub_event_type: str | None, note: bool = False) -> Reading:
    rule = next((r for r in load_codebook().rules if r.sub_event_type == sub_event_type), None)
    return Reading(frozenset(), frozenset(), None, Coding(rule, ()) if rule else None, note)


def _model(margin: float = 0.2) -> ArbiterModel:
    classes = labels()
    width = len(rule_features([_reading(None)])[0]) + 384
    return ArbiterModel(classes, np.zeros((len(classes), width)), np.zeros(len(classes)), "onnx", 1.0, margin,
                        {"notes_margin": 0.3})


def _proba(**p: float) -> np.ndarray:
    out = np.full(len(labels()), 0.0)
    for name, value in p.items():
        out[labels().index(name.replace("_", " "))] = value
    rest = (1.0 - out.sum()) / (len(out) - len(p))
    return np.where(out > 0, out, rest)


def test_a_clear_agreement_or_overruling_is_left_at_8_bits() -> None:
    model = _model()
    assert not near_boundary(model, _reading("Armed clash"), _proba(Armed_clash=0.9, Attack=0.05))
    # the arbiter's lead of 0.80 over the rules' 0.05 is far from the margin 0.2; "Arrests" 0.85 far from the
    # next class
    assert not near_boundary(model, _reading("Attack"), _proba(Arrests=0.85, Attack=0.05))


def test_two_classes_close_at_the_top_go_to_fp32() -> None:
    model = _model()
    assert near_boundary(model, _reading("Peaceful protest"),
                         _proba(Peaceful_protest=0.5, Protest_with_intervention=0.4))
    assert near_boundary(model, _reading("Attack"), _proba(Attack=0.45, no_event=0.45 - BAND / 2))


def test_a_lead_near_the_margin_goes_to_fp32_with_the_notes_margin_on_notes() -> None:
    model = _model(margin=0.2)
    p = _proba(Armed_clash=0.62, Attack=0.30)  # the arbiter's lead 0.32: top gap 0.32, near the notes' margin 0.3
    assert not near_boundary(model, _reading("Attack"), p, band=0.1)
    assert near_boundary(model, _reading("Attack", note=True), p, band=0.1)


def test_a_no_event_near_a_veto_threshold_goes_to_fp32() -> None:
    model = _model(margin=0.2)
    near_veto = _proba(no_event=0.82, Attack=0.01)  # near VETO_MIN 0.8
    assert near_boundary(model, _reading("Attack"), near_veto)
    assert near_boundary(model, _reading("Attack"), _proba(no_event=0.995, Attack=0.001))  # near VETO_MIN_OF_KIND
    # a "no event" at 0.6 removes nothing by either vector (VETO_MIN 0.8 is 0.2 away): left at 8 bits
    assert not near_boundary(model, _reading("Attack"), _proba(no_event=0.6, Attack=0.01))


def test_the_cascade_is_the_default_for_an_fp32_model_and_a_named_route_turns_it_off(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(RUN_ROUTE_VARIABLE, raising=False)
    assert cascade_wanted("onnx") and not cascade_wanted("onnx8") and not cascade_wanted("torch")
    assert run_route("onnx") == "onnx"  # its second route is the training's own
    monkeypatch.setenv(RUN_ROUTE_VARIABLE, CASCADE)
    assert cascade_wanted("onnx") and not cascade_wanted("onnx8") and not cascade_wanted("torch")
    for route in ("onnx", "onnx8", "torch"):
        monkeypatch.setenv(RUN_ROUTE_VARIABLE, route)
        assert not cascade_wanted("onnx")
    model = ArbiterModel.from_json(model_path().read_text(encoding="utf-8"))
    monkeypatch.delenv(RUN_ROUTE_VARIABLE)
    assert Arbiter(model).cascade and Arbiter(model).route == "onnx"
    monkeypatch.setenv(RUN_ROUTE_VARIABLE, "onnx")  # the fp32 path, reachable by name
    assert not Arbiter(model).cascade and Arbiter(model).route == "onnx"


def test_without_an_8_bit_graph_the_default_reads_fp32_and_a_named_cascade_says_so(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import eventwatch.events.arbiter as arbiter_module

    def missing(route: str = "onnx") -> None:
        if route == "onnx8":
            raise ModelMissing("no onnx")

    monkeypatch.setattr(arbiter_module, "require_embedder", missing)
    model = ArbiterModel.from_json(model_path().read_text(encoding="utf-8"))
    monkeypatch.delenv(RUN_ROUTE_VARIABLE, raising=False)
    assert not Arbiter(model).cascade
    monkeypatch.setenv(RUN_ROUTE_VARIABLE, CASCADE)
    with pytest.raises(ModelMissing, match="no onnx"):
        Arbiter(model)


class _Routes:
    """Stands in for both embedders, recording the texts each was given."""

    def __init__(self, route: str) -> None:
        self.route = route
        self.seen: list[str] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.seen += texts
        return np.zeros((len(texts), 384), dtype=np.float32)


def test_a_verdict_whose_confidence_is_ranked_is_decided_on_fp32_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # no boundary near (stubbed): a text goes to fp32 only because its confidence is ranked; stand-in embedders
    # record which route read which text
    monkeypatch.delenv(RUN_ROUTE_VARIABLE, raising=False)
    model = ArbiterModel.from_json(model_path().read_text(encoding="utf-8"))
    arbiter = Arbiter(model)
    eight, fp32 = _Routes("onnx8"), _Routes("onnx")
    arbiter.__dict__.update(eight=eight, embedder=fp32)
    monkeypatch.setattr("eventwatch.events.cascade.near_boundary", lambda *_: False)
    readings = [_reading("Peaceful protest"), _reading("Arrests")]
    arbiter.judge(readings, ["one event", "two events"], [False, True])
    assert eight.seen == ["one event"] and fp32.seen == ["two events"]
    arbiter.judge(readings, ["alone", "also alone"])
    assert eight.seen[1:] == ["alone", "also alone"] and fp32.seen == ["two events"]


@pytest.mark.slow
def test_the_cascade_keeps_the_fp32_labels_and_does_not_depend_on_the_batch(  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, nlp) -> None:
    # Team-written sentences of several kinds, countries and tenses, some near a boundary (a blast told by its
    # wounded, a fire by accident): the labels and deciders are fp32's; a verdict does not depend on its batch.
    from eventwatch.events.arbitrate import judge_texts
    from eventwatch.events.coder import EventCoder

    texts = ["Herders and farmers fought with machetes near Makurdi, leaving six dead, police said.",
             "Unknown gunmen shot dead a local councillor outside his home in Ciudad Juarez on Friday.",
             "The wounded were taken to the district hospital soon after the blast, an official told reporters.",
             "Teachers will march to the education ministry in La Paz next week over unpaid wages.",
             "A gas cylinder exploded in a restaurant kitchen in Lahore, injuring three cooks.",
             "Soldiers detained a dozen protesters who had blocked the road to the mine near Cajamarca."]
    docs = [nlp(t) for t in texts]
    model = ArbiterModel.from_json(model_path().read_text(encoding="utf-8"))
    monkeypatch.setenv(RUN_ROUTE_VARIABLE, "onnx")
    fp32 = [v for _, v in judge_texts(EventCoder(), Arbiter(model), docs, texts)]
    monkeypatch.setenv(RUN_ROUTE_VARIABLE, CASCADE)
    cascade = Arbiter(model)
    both = [v for _, v in judge_texts(EventCoder(), cascade, docs, texts)]
    assert [(v.label, v.decided_by) for v in both] == [(v.label, v.decided_by) for v in fp32]
    assert all(abs(a.confidence - b.confidence) < BAND for a, b in zip(fp32, both, strict=True))
    alone = [judge_texts(EventCoder(), Arbiter(model), [d], [t])[0][1] for d, t in zip(docs, texts, strict=True)]
    # (the probabilities of one batch's matrix product may differ from another's in their last bits, as on main)
    assert [(v.label, v.decided_by) for v in alone] == [(v.label, v.decided_by) for v in both]
    assert all(abs(a.confidence - b.confidence) < 1e-9 for a, b in zip(alone, both, strict=True))

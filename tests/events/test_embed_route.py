"""The arbiter's run-time embedding route (`embed.run_route`, `$EVENTWATCH_EMBEDDER`): unset, the model's own
route; set, the named route for the shipped model's verdicts, never for training's vectors."""

from __future__ import annotations

import pytest

from eventwatch.errors import ModelMissing
from eventwatch.events.arbiter import Arbiter, ArbiterModel, model_path
from eventwatch.events.embed import RUN_ROUTE_VARIABLE, run_route


def test_unset_or_empty_the_model_route_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(RUN_ROUTE_VARIABLE, raising=False)
    assert run_route("onnx") == "onnx" and run_route("torch") == "torch"
    monkeypatch.setenv(RUN_ROUTE_VARIABLE, "  ")
    assert run_route("onnx8") == "onnx8"


def test_a_named_route_replaces_the_model_route(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(RUN_ROUTE_VARIABLE, "onnx8")
    assert run_route("onnx") == "onnx8"
    monkeypatch.setenv(RUN_ROUTE_VARIABLE, " onnx ")
    assert run_route("onnx8") == "onnx"


def test_an_unknown_route_is_refused_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(RUN_ROUTE_VARIABLE, "int4")
    with pytest.raises(ModelMissing, match=r"EVENTWATCH_EMBEDDER.*int4"):
        run_route("onnx")


def test_the_shipped_arbiter_reads_the_named_route_and_keeps_its_trained_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    model = ArbiterModel.from_json(model_path().read_text(encoding="utf-8"))
    monkeypatch.delenv(RUN_ROUTE_VARIABLE, raising=False)
    assert Arbiter(model).route == model.route == "onnx"
    monkeypatch.setenv(RUN_ROUTE_VARIABLE, "onnx8")
    arbiter = Arbiter(model)
    assert arbiter.route == "onnx8" and arbiter.model.route == "onnx"  # the file still says what it was trained on
    assert '"route":"onnx"' in arbiter.model.to_json()
    assert arbiter.embedder.route == "onnx8"


@pytest.mark.slow
def test_the_8bit_route_gives_the_shipped_arbiter_the_same_verdicts_on_team_sentences(  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, nlp) -> None:
    # Team-written sentences of several kinds, countries and tenses; the verdicts' labels must not move between
    # the fp32 vectors and the 8-bit ones (speed59: 99.x% of the tuning parts' verdicts kept their label).
    from eventwatch.events.arbitrate import judge_texts
    from eventwatch.events.coder import EventCoder

    texts = ["Farmers blocked the highway outside Nakuru with tractors to demand lower fertiliser prices.",
             "Gunmen on motorbikes killed four villagers near Gusau on Sunday night.",
             "The navy will hold a parade in Valparaiso next month.",
             "Riot police fired tear gas at students marching on the parliament in Dhaka.",
             "A fire at a textile depot in Faisalabad was caused by an electrical fault, officials said."]
    docs = [nlp(t) for t in texts]
    model = ArbiterModel.from_json(model_path().read_text(encoding="utf-8"))
    monkeypatch.delenv(RUN_ROUTE_VARIABLE, raising=False)
    fp32 = [v for _, v in judge_texts(EventCoder(), Arbiter(model), docs, texts)]
    monkeypatch.setenv(RUN_ROUTE_VARIABLE, "onnx8")
    eight = [v for _, v in judge_texts(EventCoder(), Arbiter(model), docs, texts)]
    assert [v.label for v in eight] == [v.label for v in fp32]
    assert all(abs(a.confidence - b.confidence) < 0.05 for a, b in zip(fp32, eight, strict=True))

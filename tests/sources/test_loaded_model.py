"""The learned loaded-language scorer: built reproducibly from a corpus in the PTC layout, used when built (setting
`loaded_detector`), the lexicon otherwise; its spans and techniques. The corpus here is team-written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwatch.cli import cli
from eventwatch.cli import evaluate as cli_eval
from eventwatch.cli import tools as cli_tools
from eventwatch.errors import ModelMissing, SettingsError
from eventwatch.evaluation.language import build_model, evaluate_ptc
from eventwatch.records import Document, Event, Evidence, Span
from eventwatch.settings import Settings
from eventwatch.sources import Sources, find_loaded
from eventwatch.sources.loaded_model import detector, read_model, spans_from, word_features

cli_tools.register(cli)
cli_eval.register(cli)

# Sentences of a made-up partisan blog: the marked phrase of each, and its technique.
SENTENCES = [
    ("The feckless senator voted for the bill again.", "feckless senator", "Name_Calling,Labeling"),
    ("Critics called the plan a shoddy betrayal of workers.", "shoddy betrayal", "Loaded_Language"),
    ("The clueless bureaucrats ignored the warnings.", "clueless bureaucrats", "Name_Calling,Labeling"),
    ("The council met on Tuesday and approved the budget.", "", ""),
    ("This dismal scheme will ruin the town.", "dismal scheme", "Loaded_Language"),
    ("Residents said the road would reopen next week.", "", ""),
    ("A feckless mayor and clueless aides let it happen.", "feckless mayor", "Name_Calling,Labeling"),
    ("The shoddy decision drew an dismal response.", "shoddy decision", "Loaded_Language"),
]


def write_corpus(root: Path, copies: int = 6) -> Path:
    """Articles 1..2*copies, each the eight sentences in a rotated order; labels in one TC file."""
    (root / "articles").mkdir(parents=True)
    labels = []
    for n in range(1, 2 * copies + 1):
        order = SENTENCES[n % len(SENTENCES):] + SENTENCES[:n % len(SENTENCES)]
        text = ""
        for sentence, marked, technique in order:
            if marked:
                start = len(text) + sentence.index(marked)
                labels.append(f"{n}\t{technique}\t{start}\t{start + len(marked)}")
            text += sentence + "\n"
        (root / "articles" / f"article{n}.txt").write_text(text, encoding="utf-8")
    (root / "train-task2-TC.labels").write_text("\n".join(labels) + "\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("ptc"))


def test_the_model_is_rebuilt_bit_for_bit(corpus: Path, tmp_path: Path) -> None:
    first, path_a = build_model(corpus, tmp_path / "a.json")
    _, path_b = build_model(corpus, tmp_path / "b.json")
    assert path_a.read_bytes() == path_b.read_bytes()
    assert "6 articles" in first.trained_on  # the odd ids only: the even ones stay unseen
    assert read_model(path_a) == first


def test_the_model_carries_its_cross_validated_figure(corpus: Path, tmp_path: Path) -> None:
    """The figure on the training articles that is not a training-set figure: each fold scored by weights fitted
    to the other. On this regular corpus the held-out fold is found well, but not perfectly on the training set."""
    model, path = build_model(corpus, tmp_path / "m.json")
    assert model.cv_f1 is not None and 0.5 < model.cv_f1 <= 1.0
    assert read_model(path).cv_f1 == model.cv_f1
    assert "cv_f1" in json.loads(path.read_text(encoding="utf-8"))


def test_the_model_learns_what_the_lexicon_does_not_know(corpus: Path, tmp_path: Path) -> None:
    model, _ = build_model(corpus, tmp_path / "m.json")
    text = "Yesterday the feckless governor defended the shoddy deal."
    found = {s.text: s.technique for s in model.find(text)}
    assert not find_loaded(text)  # none of these words is in the team-written lexicon
    assert any("feckless" in span for span in found)
    assert any("shoddy" in span for span in found)
    assert found[next(s for s in found if "feckless" in s)] == "Name_Calling,Labeling"
    assert model.find("The council met on Tuesday and approved the budget.") == []
    # offsets point into the text even when scoring a part of it
    for span in model.find("Preamble. " + text, start=10):
        assert ("Preamble. " + text)[span.start:span.end] == span.text


def test_growing_takes_in_neighbours_above_the_lower_threshold() -> None:
    text = "a complete travesty of justice"
    words, _ = word_features(text)
    marked = [0.0, 0.2, 0.9, 0.1, 0.3]
    named = [0.0] * 5
    assert [s.text for s in spans_from(text, 0, words, marked, named, 0.5, 1.0)] == ["travesty"]
    assert [s.text for s in spans_from(text, 0, words, marked, named, 0.5, 0.1)] == ["complete travesty of justice"]
    assert spans_from(text, 0, words, marked, [1.0] * 5, 0.5, 1.0)[0].technique == "Name_Calling,Labeling"


def test_the_detector_is_the_model_when_built_and_the_lexicon_otherwise(corpus: Path, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cache" / "model.json"
    monkeypatch.setenv("EVENTWATCH_LOADED_MODEL", str(path))
    assert detector("auto") is find_loaded and detector("lexicon") is find_loaded
    with pytest.raises(ModelMissing, match="eventwatch loaded-model"):
        detector("model")
    build_model(corpus)  # into the cache
    assert path.is_file()
    assert detector("auto") is not find_loaded and detector("lexicon") is find_loaded
    text = "The feckless senator spoke."
    doc = Document(raw=text, id="d1", text=text, events=(Event(
        event_id="e1", doc_id="d1", event_type="Protests", sub_event_type="Peaceful protest",
        evidence=Evidence(sentence=Span(0, len(text), text))),))
    with_model = Sources(Settings.load())(doc)
    assert with_model.loaded_spans and with_model.loaded_language and with_model.loaded_language > 0
    assert Sources(Settings.load(loaded_detector="lexicon"))(doc).loaded_spans == ()
    with pytest.raises(SettingsError):
        Settings.load(loaded_detector="neural")


def test_the_commands_build_use_and_evaluate_the_model(corpus: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWATCH_LOADED_MODEL", str(tmp_path / "model.json"))
    runner = CliRunner()
    missing = runner.invoke(cli, ["loaded", "--detector", "model", "-"], input='{"id": 1, "text": "x"}\n')
    assert missing.exit_code != 0 and "E005" in missing.output
    built = runner.invoke(cli, ["loaded-model", str(corpus)])
    assert built.exit_code == 0 and "trained on" in built.output and "cross-validation" in built.output
    record = json.dumps({"id": "a", "text": "The feckless senator left."})
    out = runner.invoke(cli, ["loaded", "--detector", "model", "-"], input=record + "\n")
    spans = json.loads(out.output)["spans"]
    assert out.exit_code == 0 and any("feckless" in s["text"] for s in spans)
    report = runner.invoke(cli, ["eval", "language", str(corpus), "--detector", "model", "--json"])
    figures = json.loads(report.output)
    assert figures["detector"].startswith("model") and figures["even_never_tuned"]["spans"]["f1"] > 0.5
    assert "cross-validated span F1" in figures["detector"]
    lexicon = evaluate_ptc(corpus)
    assert lexicon.detector == "lexicon" and lexicon.held_out.spans.f1 < figures["even_never_tuned"]["spans"]["f1"]


@pytest.mark.slow
def test_ptc_even_ids_floor_of_the_learned_scorer(shared_eval: Path, tmp_path: Path) -> None:
    """Built from the odd ids as a user builds it; a floor on the even ids it never saw (raise it, never lower it)."""
    folder = shared_eval / "language" / "ptc"
    model, _ = build_model(folder, tmp_path / "model.json")
    report = evaluate_ptc(folder, model.find, name="model")
    assert report.held_out.articles > 150
    assert report.held_out.spans.f1 >= 0.32
    assert report.held_out.spans.f1 > evaluate_ptc(folder).held_out.spans.f1 + 0.08  # well above the lexicon

"""Loaded language and name-calling: the lexicon's own phrases, spans and scores, the `loaded` command's contract,
and the SemEval-2020 Task 11 span measure."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.cli import cli
from eventwatch.cli import evaluate as cli_eval
from eventwatch.cli import tools as cli_tools
from eventwatch.evaluation.language import SpanScore, evaluate_ptc, merge
from eventwatch.sources import TECHNIQUES, find_loaded, loaded_score
from eventwatch.sources.loaded import lexicon

cli_tools.register(cli)
cli_eval.register(cli)

PATTERN_EXAMPLES = [
    ("The murderous regime sent its thugs into the streets.", "murderous regime"),
    ("They burned the images of the terror master across the country.", "terror master"),
    ("The so-called peace plan was rejected.", "so-called peace plan"),
    ("They imposed a reign of terror with an iron fist.", "reign of terror"),
    ("The minister called the report absolutely laughable and its authors wildly reckless.", "absolutely laughable"),
]


def test_the_patterns_file_examples_are_what_its_tests_use() -> None:
    import tomllib
    from importlib import resources

    text = resources.files("eventwatch.data").joinpath("sources").joinpath("loaded_patterns.toml").read_text()
    specs = tomllib.loads(text)["pattern"]
    assert [(s["example"], s["example_span"]) for s in specs] == PATTERN_EXAMPLES


@pytest.mark.parametrize(("sentence", "span"), PATTERN_EXAMPLES)
def test_each_phrase_pattern_finds_its_example(sentence: str, span: str) -> None:
    assert span in [s.text for s in find_loaded(sentence)]


def test_loaded_adjectives_take_their_noun_and_labels_stand_alone() -> None:
    text = "That night the heroic youths torched two repressive centres, defying the mullahs' grip."
    spans = {s.text: s.technique for s in find_loaded(text)}
    assert spans == {"heroic youths": "Loaded_Language", "repressive centres": "Loaded_Language",
                     "mullahs": "Name_Calling,Labeling"}


def test_plain_wire_prose_has_no_loaded_language() -> None:
    text = ("Police fired tear gas on Tuesday to disperse about 5,000 garment workers who had blocked a highway "
            "to demand unpaid wages, police and union leaders said. Six officers were hurt.")
    assert find_loaded(text) == [] and loaded_score(text, []) == 0.0


def test_the_score_grows_with_the_share_of_loaded_words() -> None:
    calm = "The council met on Monday and agreed the budget for the coming year after a long debate."
    angry = "The corrupt council met on Monday and rammed through a disgraceful, shameful budget."
    assert loaded_score(calm, find_loaded(calm)) == 0.0
    assert 0.5 < loaded_score(angry, find_loaded(angry)) <= 1.0


@given(st.text(max_size=300))
def test_spans_are_ordered_disjoint_and_point_at_their_text(text: str) -> None:
    spans = find_loaded(text)
    assert all(text[s.start:s.end] == s.text and s.technique in TECHNIQUES for s in spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    assert 0.0 <= loaded_score(text, spans) <= 1.0


def test_every_lexicon_term_is_found_as_itself() -> None:
    lex = lexicon()
    for term, (technique, _) in list(lex.terms.items())[:400]:
        [span] = find_loaded(f"They said {term}.")
        assert span.text.lower().startswith(term) and span.technique == technique


def test_the_loaded_command_writes_the_contract() -> None:
    record = json.dumps({"id": "r1", "text": "The vile thugs of the regime attacked brave protesters."})
    result = CliRunner().invoke(cli, ["loaded", "-"], input=record + "\n")
    assert result.exit_code == 0, result.output
    [line] = [json.loads(x) for x in result.output.splitlines()]
    assert set(line) == {"id", "score", "spans"} and line["id"] == "r1" and line["score"] > 0
    assert all(set(s) == {"start", "end", "text", "technique"} for s in line["spans"])
    assert {"vile", "thugs", "brave protesters"} <= {s["text"] for s in line["spans"]}


def test_the_span_measure_gives_partial_credit_as_semeval_does() -> None:
    score = SpanScore()
    score.add([(0, 5), (20, 30)], [(0, 10), (40, 50)])
    assert score.precision == pytest.approx((5 / 5) / 2)  # the first prediction lies inside gold; the second misses
    assert score.recall == pytest.approx((5 / 10) / 2)
    assert merge([(0, 5), (3, 8), (8, 9)]) == [(0, 8), (8, 9)]


def test_eval_language_reads_the_ptc_layout(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "article11.txt").write_text("The thugs came.\n", encoding="utf-8")
    (tmp_path / "articles" / "article12.txt").write_text("The budget passed.\n", encoding="utf-8")
    labels = "11\tName_Calling,Labeling\t4\t9\n11\tDoubt\t0\t3\n12\tDoubt\t0\t3\n"
    (tmp_path / "train-task2-TC.labels").write_text(labels, encoding="utf-8")
    report = evaluate_ptc(tmp_path)
    assert report.tuned.articles == 1 and report.held_out.articles == 1
    assert report.tuned.spans.f1 == pytest.approx(1.0)
    assert report.held_out.spans.gold == 0
    result = CliRunner().invoke(cli, ["eval", "language", str(tmp_path), "--json"])
    assert result.exit_code == 0 and json.loads(result.output)["odd_tuned"]["spans"]["f1"] == 1.0


def test_eval_language_without_data_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "language", str(tmp_path / "none")])
    assert result.exit_code != 0 and "E007" in result.output


@pytest.mark.slow
def test_ptc_even_ids_floor(shared_eval: Path) -> None:
    """A floor on the half never tuned on (raise it when the detector improves, never lower it)."""
    report = evaluate_ptc(shared_eval / "language" / "ptc")
    assert report.held_out.articles > 150
    assert report.held_out.spans.f1 >= 0.22

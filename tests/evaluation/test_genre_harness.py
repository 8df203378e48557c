"""The multi-genre harness: loaders read each format, splits are fixed and disjoint, and the scores are right on
small team-written inputs (the development sets themselves are read only from ../shared/eval)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwatch.errors import EvalDataMissing
from eventwatch.evaluation import case, relevance
from eventwatch.evaluation.suite import evaluate_all

CASE_TSV = (
    "id\tEventSnippet\tSubType\n"
    "1\tRebels and soldiers exchanged fire near the bridge.\tARMED_CLASH\n"
    "2\tA flood swept away two villages after the dam gave way.\tNATURAL_DISASTER\n"
    "3\tPolice arrested the mayor at his office.\tARREST\n"
    "4\tThe two foreign ministers met to discuss trade.\tDIPLO\n"
    "5\tNurses marched to the ministry to demand better pay.\tPEACE_PROTEST\n"
)


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "case.tsv"
    path.write_text(CASE_TSV, encoding="utf-8")
    return path


def test_case_codes_cover_acled_and_outside_types() -> None:
    from eventwatch.events import load_codebook

    subs = {v[1] for v in case.CASE_TO_ACLED.values() if v}
    assert subs == set(load_codebook().sub_events)
    assert [k for k, v in case.CASE_TO_ACLED.items() if v is None] == [
        "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"]


def test_case_split_is_by_id_parity(case_file: Path) -> None:
    tuning, report = case.split_case(case.load_case(case_file))
    assert [s.id for s in tuning] == ["2", "4"]
    assert [s.id for s in report] == ["1", "3", "5"]


def test_case_unknown_code_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tEventSnippet\tSubType\n1\tSomething.\tMADE_UP\n", encoding="utf-8")
    with pytest.raises(EvalDataMissing, match="MADE_UP"):
        case.load_case(bad)


def test_case_scores(case_file: Path) -> None:
    snippets = case.load_case(case_file)
    predicted: list[case.Label] = [
        ("Battles", "Armed clash"),  # right
        ("Strategic developments", "Other"),  # a disaster called an event: wrong
        None,  # a missed arrest
        None,  # diplomacy answered with no event: right
        ("Protests", "Protest with intervention"),  # right event type, wrong sub-type
    ]
    r = case.score_case(snippets, predicted)
    assert (r.n, r.n_acled, r.non_acled) == (5, 3, 2)
    assert r.non_acled_no_event == pytest.approx(0.5)
    assert r.event_type_accuracy == pytest.approx(2 / 3)
    assert r.acled_no_event == 1
    assert r.per_class["Armed clash"].f1 == pytest.approx(1.0)
    assert r.per_class["Arrests"].f1 == 0.0
    assert r.sub_event_weighted_f1 == pytest.approx(1 / 3)
    assert "Peaceful protest -> Protest with intervention" in r.format()


def test_relevance_scores_both_classes() -> None:
    items = [relevance.Item(str(n), "", label) for n, label in enumerate([1, 1, 0, 0])]
    r = relevance.score_relevance(items, [True, False, True, False])
    assert (r.precision, r.recall, r.f1) == (0.5, 0.5, 0.5)
    assert r.macro_f1 == pytest.approx(0.5)
    assert r.misses == ["1"] and r.false_alarms == ["2"]


def test_glocon_split_keeps_sentences_with_their_document() -> None:
    items = [relevance.Item("5db5a_1", "", 0), relevance.Item("5db5a_2", "", 1), relevance.Item("5db5b", "", 1)]
    tuning, report = relevance.split_glocon(items)
    assert [i.id for i in tuning] == ["5db5a_1", "5db5a_2"] and [i.id for i in report] == ["5db5b"]


def test_muc4_relevance_is_any_filled_role(tmp_path: Path) -> None:
    path = tmp_path / "muc.json"
    path.write_text(json.dumps({
        "DEV-MUC3-0002": {"doc": "GUERRILLAS BOMBED A BRIDGE.", "roles": {"perp_individual_id": [["GUERRILLAS"]]}},
        "DEV-MUC3-0001": {"doc": "THE MINISTER SPOKE ON TRADE.", "roles": {"perp_individual_id": []}},
    }), encoding="utf-8")
    items = relevance.load_muc4(path)
    assert [(i.id, i.label) for i in items] == [("DEV-MUC3-0001", 0), ("DEV-MUC3-0002", 1)]
    tuning, report = relevance.split_muc4(items)
    assert [i.id for i in tuning] == ["DEV-MUC3-0001"] and [i.id for i in report] == ["DEV-MUC3-0002"]


def test_satp_flags_map_to_event_types(tmp_path: Path) -> None:
    path = tmp_path / "dev.tsv"
    path.write_text("Militants shot a constable.\t1\t0\t0\t0\nA bomb went off.\t0\t1\t0\t0\n"
                    "Traders were kidnapped.\t0\t0\t1\t0\n", encoding="utf-8")
    items = relevance.load_satp(path)

    def extract(texts: object) -> list[list[relevance.Found]]:
        attack = relevance.Found("Violence against civilians", "Attack")
        return [[attack], [], [attack]]

    r = relevance.evaluate_satp(items, extract)
    assert r.detected == pytest.approx(2 / 3)
    assert r.flags["armed assault"]["precision"] == 0.5 and r.flags["armed assault"]["recall"] == 1.0
    assert r.flags["bombing / explosion"]["recall"] == 0.0


def test_suite_skips_missing_genres_and_scores_present_ones(tmp_path: Path) -> None:
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "case2021_task2_dev_half.tsv").write_text(CASE_TSV, encoding="utf-8")

    def classify(texts: object) -> list[case.Label]:
        return [None for _ in texts]  # type: ignore[attr-defined]

    report = evaluate_all(tmp_path, classify, lambda texts: [[] for _ in texts], part="report")
    assert {s.split(":")[0] for s in report.skipped} == {"acled", "glocon", "muc4", "satp"}
    names = {(f.genre, f.name): f for f in report.figures}
    assert names[("CASE 2021 half", "sub-event weighted F1")].value == 0.0
    assert names[("CASE 2021 half", "sub-event weighted F1")].met is False
    assert "CASE 2021 half" in report.format()


def test_repeated_case_report_averages_the_repetitions(case_file: Path) -> None:
    snippets = case.load_case(case_file)
    right: list[case.Label] = [("Battles", "Armed clash"), None, ("Strategic developments", "Arrests"), None,
                               ("Protests", "Peaceful protest")]
    wrong_protest = [*right[:4], ("Protests", "Protest with intervention")]
    runs = case.evaluate_case_repeated(snippets, [lambda texts: right, lambda texts: wrong_protest])
    assert len(runs.runs) == 2
    assert runs.runs[0].event_type_accuracy == runs.runs[1].event_type_accuracy == 1.0
    assert runs.spread("sub_event_weighted_f1") == (runs.runs[1].sub_event_weighted_f1, 1.0)
    assert runs.mean("sub_event_weighted_f1") == pytest.approx((1.0 + runs.runs[1].sub_event_weighted_f1) / 2)
    assert runs.as_dict()["mean"]["sub_event_weighted_f1"] == runs.mean("sub_event_weighted_f1")
    assert "mean of 2 repetitions" in runs.format()
    with pytest.raises(ValueError):
        case.evaluate_case_repeated(snippets, [])


def test_suite_reports_the_mean_and_spread_of_cv_repetitions(tmp_path: Path) -> None:
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "case2021_task2_dev_half.tsv").write_text(CASE_TSV, encoding="utf-8")
    good: list[case.Label] = [("Battles", "Armed clash"), None, ("Strategic developments", "Arrests"), None,
                              ("Protests", "Peaceful protest")]
    by_text = dict(zip((line.split("\t")[1] for line in CASE_TSV.splitlines()[1:]), good, strict=True))

    def right(texts: object) -> list[case.Label]:
        return [by_text[t] for t in texts]  # type: ignore[attr-defined]

    def silent(texts: object) -> list[case.Label]:
        return [None for _ in texts]  # type: ignore[attr-defined]

    report = evaluate_all(tmp_path, silent, lambda texts: [[] for _ in texts], part="report",
                          genres=["case"], case_classify=[right, silent])
    names = {f.name: f for f in report.figures}
    weighted = names["sub-event weighted F1"]
    assert weighted.genre == "CASE 2021 half, 2x5-fold CV"
    assert (weighted.value, weighted.spread) == (0.5, (0.0, 1.0))
    assert "(0.0000 - 1.0000)" in report.format()
    one = evaluate_all(tmp_path, silent, lambda texts: [[] for _ in texts], part="report", genres=["case"],
                       case_classify=[right])
    first = one.figures[0]
    assert (first.genre, first.value, first.spread) == ("CASE 2021 half, 5-fold CV", 1.0, None)

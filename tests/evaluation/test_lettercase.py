"""`--case` of the evaluations: a labelled set scored with its text all in lower case or all in capitals, at the
same offsets (team-written texts)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwatch.cli import cli, genres  # noqa: F401  (importing genres attaches the commands)
from eventwatch.cli import evaluate as cli_eval
from eventwatch.evaluation.acled import AcledRow, recase_notes
from eventwatch.evaluation.geo import evaluate_geo
from eventwatch.evaluation.lettercase import as_case, changed_length, recase, recased

cli_eval.register(cli)
LOCAL_NEWS = Path(__file__).resolve().parent.parent / "fixtures" / "geo" / "local_news.xml"


def test_recase_keeps_every_offset() -> None:
    text = "Farmers marched through Straße 7 in İzmir on Tuesday."
    assert recase(text, "lower") == "farmers marched through straße 7 in İzmir on tuesday."
    assert recase(text, "upper") == "FARMERS MARCHED THROUGH STRAßE 7 IN İZMIR ON TUESDAY."
    assert recase(text, "as-written") is text
    for case in ("lower", "upper"):
        assert len(recase(text, as_case(case))) == len(text)
    assert changed_length([text], "lower") == 1  # "İ"
    assert changed_length([text], "upper") == 1  # "ß"


def test_as_case_refuses_another_word() -> None:
    with pytest.raises(ValueError):
        as_case("title")


def test_recased_predictor_reads_the_transformed_texts() -> None:
    seen: list[str] = []

    def predict(texts: Sequence[str]) -> list[int]:
        seen.extend(texts)
        return [len(t) for t in texts]

    assert recased(predict, "upper")(["Police fired tear gas in Lyon."]) == [30]
    assert seen == ["POLICE FIRED TEAR GAS IN LYON."]
    assert recased(predict, "as-written") is predict


def test_recase_notes_changes_the_notes_alone() -> None:
    row = AcledRow("XYZ2", "2022-03-01", "Protests", "Peaceful protest", "Protesters (X)", 6, "", 0, "X", "North",
                   "Lyon", 45.76, 4.83, 0, "Nurses marched in Lyon over pay.")
    (lowered,) = recase_notes([row], "lower")
    assert lowered.notes == "nurses marched in lyon over pay."
    assert (lowered.location, lowered.admin1) == ("Lyon", "North")


def test_eval_geo_scores_the_lowered_text_against_the_same_gold() -> None:
    written = evaluate_geo(LOCAL_NEWS, end_to_end=False, nlp=None)
    lowered = evaluate_geo(LOCAL_NEWS, end_to_end=False, nlp=None, case="lower")
    assert lowered.gold == written.gold > 0
    assert lowered.dataset.endswith("(lower case)")


def test_eval_geo_case_option() -> None:
    result = CliRunner().invoke(cli, ["eval", "geo", str(LOCAL_NEWS), "--case", "upper"])
    assert result.exit_code == 0, result.output
    assert "(upper case)" in result.output


@pytest.mark.slow
def test_eval_all_reads_the_texts_in_capitals(tmp_path: Path) -> None:
    satp = tmp_path / "protest" / "satp"
    satp.mkdir(parents=True)
    (satp / "dev.tsv").write_text("Militants shot dead two villagers at a market on Monday.\t1\t0\t0\t0\n",
                                  encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "all", "--data", str(tmp_path), "--rules-only", "--quiet",
                                      "--case", "upper"])
    assert result.exit_code == 0, result.output
    assert "SATP" in result.stdout

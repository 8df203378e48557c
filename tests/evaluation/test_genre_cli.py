"""`eventwatch eval case` and `eval all` from the command line, on team-written snippets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwatch.cli import cli, genres  # noqa: F401  (importing genres attaches the commands)
from eventwatch.cli import evaluate as cli_eval

cli_eval.register(cli)


def test_eval_case_reports_the_odd_ids(tmp_path: Path) -> None:
    path = tmp_path / "case.tsv"
    path.write_text("id\tEventSnippet\tSubType\n"
                    "1\tArmy troops clashed with rebel fighters outside the river port.\tARMED_CLASH\n"
                    "2\tNurses marched to the ministry to demand better pay.\tPEACE_PROTEST\n"
                    "3\tThe two foreign ministers met in the capital to discuss trade.\tDIPLO\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "case", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["n"], report["n_acled"], report["non_acled"]) == (2, 1, 1)
    assert report["sub_event_weighted_f1"] == 1.0
    assert report["non_acled_no_event"] == 1.0


def test_eval_all_without_data_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "all", "--data", str(tmp_path / "absent")])
    assert result.exit_code == 0
    assert "no development data" in result.output


def _satp_dev(tmp_path: Path) -> Path:
    satp = tmp_path / "protest" / "satp"
    satp.mkdir(parents=True)
    (satp / "dev.tsv").write_text("Militants shot dead two villagers at a market on Monday.\t1\t0\t0\t0\n"
                                  "Police found an explosive device near the bus stand and defused it.\t0\t0\t1\t0\n",
                                  encoding="utf-8")
    return tmp_path


@pytest.mark.slow
def test_eval_all_reports_progress_on_stderr(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "all", "--data", str(_satp_dev(tmp_path)), "--rules-only"])
    assert result.exit_code == 0, result.output
    assert "scoring satp" in result.stderr
    assert "SATP" in result.stdout


@pytest.mark.slow
def test_eval_all_quiet_prints_the_table_only(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "all", "--data", str(_satp_dev(tmp_path)), "--rules-only", "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "SATP" in result.stdout

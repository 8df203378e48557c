"""`--out` for every command that writes lines (`cli.options.output`): the file is closed however the command ends,
stdout never is, and an unwritable place is a one-line error before any work."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from eventwatch.cli import cli
from eventwatch.cli.options import output


def test_a_file_is_written_and_closed_even_when_the_command_fails(tmp_path: Path) -> None:
    target = tmp_path / "lines.jsonl"
    with pytest.raises(RuntimeError), output(str(target)) as handle:
        handle.write("one line\n")
        raise RuntimeError("the command failed half way")
    assert handle.closed
    assert target.read_text(encoding="utf-8") == "one line\n"


def test_without_out_the_lines_go_to_stdout_which_stays_open() -> None:
    with output(None) as handle:
        assert handle is sys.stdout
    assert not sys.stdout.closed


def test_a_missing_folder_is_a_one_line_error_and_nothing_is_created(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "lines.jsonl"
    with pytest.raises(click.ClickException, match="does not exist"), output(str(target)):
        pytest.fail("the body must not run")
    assert not target.parent.exists()


def test_a_contract_command_writes_its_answers_to_out(tmp_path: Path) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(json.dumps({"id": "a", "text": "They met on 11 March 2024.", "published": "2024-03-12"})
                      + "\n" + "not json\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["dates", str(source), "--out", str(target)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["id"] == "a" and lines[0]["dates"][0]["value"] == "2024-03-11"
    assert "error" in lines[1] and result.stdout == ""

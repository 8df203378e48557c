"""Every command is documented in the README and answers --help (as sqlite-utils' test_docs does)."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from eventwatch.cli import cli
from eventwatch.cli import data as cli_data
from eventwatch.cli import evaluate as cli_eval
from eventwatch.cli import genres as cli_genres
from eventwatch.cli import tools as cli_tools

ROOT = Path(__file__).resolve().parent.parent

for module in (cli_data, cli_tools, cli_eval, cli_genres):
    module.register(cli)


def _commands(group: click.Group, prefix: str = "") -> list[str]:
    names = []
    for name, command in sorted(group.commands.items()):
        full = f"{prefix}{name}"
        if isinstance(command, click.Group):
            names.extend(_commands(command, full + " "))
        else:
            names.append(full)
    return names


COMMANDS = _commands(cli)


def test_all_contract_commands_exist() -> None:
    for name in ("run", "read", "extract", "classify", "geocode", "dates", "export", "eval acled", "eval geo",
                 "eval timeml", "eval case", "eval all"):
        assert name in COMMANDS


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name: str) -> None:
    result = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_documented_in_readme(name: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"eventwatch {re.escape(name)}\b", readme), f"README does not document `eventwatch {name}`"

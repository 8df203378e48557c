"""Every command and every option of it is documented in the README, and every command answers --help (as
sqlite-utils' test_docs does)."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from eventwatch.cli import cli, register_commands

ROOT = Path(__file__).resolve().parent.parent

register_commands()


def _commands(group: click.Group, prefix: str = "") -> dict[str, click.Command]:
    found: dict[str, click.Command] = {}
    for name, command in sorted(group.commands.items()):
        full = f"{prefix}{name}"
        if isinstance(command, click.Group):
            found.update(_commands(command, full + " "))
        else:
            found[full] = command
    return found


COMMANDS = list(_commands(cli))


def test_all_contract_commands_exist() -> None:
    for name in ("run", "read", "extract", "classify", "geocode", "dates", "export", "eval acled", "eval geo",
                 "eval timeml", "eval case", "eval all", "train"):
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


def _command_line_section() -> tuple[str, list[str]]:
    """The README's "Command line" section: the words before its table (the options every command shares) and the
    table's rows, each naming one command or a few."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Command line"):readme.index("\n## ", readme.index("## Command line") + 1)]
    table = section.index("| command |")
    return section[:table], [line for line in section[table:].splitlines() if line.startswith("| `eventwatch ")]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_is_documented_beside_its_command(name: str) -> None:
    """Each long option in the command's own row of the table, or among the shared options written above it: an
    option added to a command without a word in the README fails here."""
    shared, rows = _command_line_section()
    own = " ".join(row for row in rows if re.search(rf"`eventwatch {re.escape(name)}\b", row))
    assert own, f"the README's command table has no row for `eventwatch {name}`"
    for param in _commands(cli)[name].params:
        if isinstance(param, click.Option) and not param.hidden:
            spellings = [o for o in (*param.opts, *param.secondary_opts) if o.startswith("--")]
            assert any(re.search(rf"{re.escape(o)}(?![\w-])", own + shared) for o in spellings), (
                f"`eventwatch {name}` {spellings[0]} is not in its README row nor among the shared options"
            )

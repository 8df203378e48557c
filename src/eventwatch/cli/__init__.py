"""A thin command line over the Python API (as sqlite-utils does): options map onto `Settings`, domain errors
become one-line messages with a non-zero exit code, and every contract command writes JSON Lines.

`options` holds what the commands share; `data` (run, read, export, serve), `tools` (the JSONL contract commands)
and `evaluate` (eval ...) hold the commands, and each registers itself here.
"""

from __future__ import annotations

from typing import Any

import click

from eventwatch.errors import EventwatchError


class Group(click.Group):
    """Turns domain errors into a clean one-line CLI error."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EventwatchError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=Group)
@click.version_option(package_name="eventwatch")
def cli() -> None:
    """eventwatch: geocoded, source-attributed political event data (ACLED taxonomy) from news reports."""


def main() -> None:
    from eventwatch.runner import ending

    ending.arm()  # a cluster run's driver ends without Python's finalisation once its run is done (runner/ending.py)
    from eventwatch.cli import data, evaluate, genres, tools, train

    data.register(cli)
    tools.register(cli)
    evaluate.register(cli)
    genres.register(cli)
    train.register(cli)
    try:
        cli(prog_name="eventwatch")
    except SystemExit as exc:
        ending.exiting(exc.code)
        raise

"""A thin command line over the Python API (as sqlite-utils does): options map onto `Settings`, domain errors
become one-line messages with a non-zero exit code, and every contract command writes JSON Lines.

`options` holds what the commands share; `data` (run, read, export, serve, merge), `tools` (the JSONL contract
commands), `evaluate` and `genres` (eval ...) and `train` hold the commands, and each registers itself here
(`register_commands`).
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
    """The `eventwatch` command: the cluster run's fork server first when this run will need one, then every
    command registered and run, and the process's end handed to `runner.ending`."""
    import sys

    from eventwatch.runner import ending

    ending.arm()  # a cluster run's driver ends without Python's finalisation once its run is done (runner/ending.py)
    if runs_own_cluster(sys.argv[1:]):
        # the server our workers are forked from starts before the commands' modules are imported (some 0.2 CPU s:
        # the API, the dates, rich), not when `run` is called: it is what the workers wait for (runner/forkserver.py)
        from eventwatch.runner.forkserver import start_server

        start_server()
    register_commands()
    try:
        cli(prog_name="eventwatch")
    except SystemExit as exc:
        ending.exiting(exc.code)
        raise


def register_commands() -> None:
    """Add every command to `cli`. The commands' modules are imported here, not at the top, so that `main` can start
    the fork server first; the tests call this same function, so that no command is left out of what they check."""
    from eventwatch.cli import data, evaluate, genres, tools, train

    for module in (data, tools, evaluate, genres, train):
        module.register(cli)


def runs_own_cluster(args: list[str]) -> bool:
    """True for `eventwatch run ... --workers N` without `--scheduler`: a run on a LocalCluster of our own, whose fork
    server `main` starts first. Read from the words as click will parse them (an option's value may follow `=`);
    `run` itself starts the server too, so a case missed here only starts it later."""
    if not args or args[0] != "run" or "--" in args or "--help" in args:
        return False
    named = {a.partition("=")[0] for a in args[1:] if a.startswith("--")}
    return "--workers" in named and "--scheduler" not in named

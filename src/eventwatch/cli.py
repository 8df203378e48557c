"""A thin command line over the Python API (as sqlite-utils does): options map onto `Settings`, domain errors
become one-line messages with a non-zero exit code, and every contract command writes JSON Lines."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import IO, Any, TypeVar

import click

from eventwatch.errors import EventwatchError
from eventwatch.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])


def settings_options(func: F) -> F:
    """Options shared by every command that runs the pipeline; each maps onto a `Settings` field."""
    options = [
        click.option("--config", type=click.Path(dir_okay=False), help="TOML file of settings (data/settings.toml)."),
        click.option("--published", help="Reference date (YYYY-MM-DD) for documents that carry none."),
        click.option("--strict", is_flag=True, default=None, help="Fail on the first error instead of dropping."),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary on stderr."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def make_settings(config: str | None, **overrides: Any) -> Settings:
    return Settings.load(config, **overrides)


def country_option(func: F) -> F:
    """`--country CC`, upper-cased here so that "ng" on the command line is NG (the setting itself wants NG)."""
    return click.option("--country", callback=lambda _ctx, _param, value: value.upper() if value else None,
                        help="ISO code of the country the corpus is about, for reports without a dateline.")(func)


def out_option(func: F) -> F:
    return click.option("--out", "-o", type=click.Path(dir_okay=False, writable=True),
                        help="Write to this file instead of stdout.")(func)


def open_out(out: str | None) -> IO[str]:
    return open(out, "w", encoding="utf-8") if out else sys.stdout


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
    from eventwatch import cli_data, cli_eval, cli_tools

    cli_data.register(cli)
    cli_tools.register(cli)
    cli_eval.register(cli)
    cli(prog_name="eventwatch")

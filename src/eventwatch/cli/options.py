"""Options shared by the commands (as sqlite-utils shares its own): each maps onto a `Settings` field, so the
command line and the Python API cannot drift apart."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from typing import IO, Any, TypeVar

import click

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
    """Settings from the packaged defaults, `--config` and the options; `--published` is read by the one parser
    of publication dates ("12 March 2024", or "12/03/2024" with date_order), an unreadable one is a one-line error."""
    published = overrides.pop("published", None)
    settings = Settings.load(config, **overrides)
    if published:
        from eventwatch.dates.published import parse_published

        settings = Settings.load(config, **overrides, published=parse_published(published, settings.date_order))
    return settings


def country_option(func: F) -> F:
    """`--country CC`, upper-cased here so that "ng" on the command line is NG (the setting itself wants NG)."""
    return click.option("--country", callback=lambda _ctx, _param, value: value.upper() if value else None,
                        help="ISO code of the country the corpus is about, for reports without a dateline.")(func)


def outlets_option(func: F) -> F:
    """`--outlets FILE` (repeatable): outlet registry files of the user's own, read after the packaged registry."""
    return click.option("--outlets", multiple=True, type=click.Path(exists=True, dir_okay=False),
                        callback=lambda _ctx, _param, value: tuple(value) or None,
                        help="Outlet registry file (TSV/CSV, columns of data/sources/outlets/*.tsv); repeatable.",
                        )(func)


def out_option(func: F) -> F:
    """`--out FILE` / `-o`: where a command writes instead of stdout (opened by `output`), one option for all."""
    return click.option("--out", "-o", type=click.Path(dir_okay=False, writable=True),
                        help="Write to this file instead of stdout.")(func)


@contextlib.contextmanager
def output(out: str | None) -> Iterator[IO[str]]:
    """The file of `--out` (stdout without one), closed however the command ends; stdout is never closed, as the
    process still writes to it after the command. A folder that is missing or not writable is a one-line error,
    raised before any work."""
    if not out:
        yield sys.stdout
        return
    check_out(out)
    try:
        handle = open(out, "w", encoding="utf-8")  # noqa: SIM115 - only the open's own failure is "cannot write"
    except OSError as exc:
        raise click.ClickException(f"cannot write {out}: {exc.strerror or exc}") from exc
    with handle:
        yield handle


def check_out(out: str) -> None:
    """Fail before any work when `--out` cannot be written: its folder is missing or read-only."""
    folder = os.path.dirname(os.path.abspath(out))
    if not os.path.isdir(folder):
        raise click.ClickException(f"cannot write {out}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (os.path.exists(out) and not os.access(out, os.W_OK)):
        raise click.ClickException(f"cannot write {out}: permission denied")

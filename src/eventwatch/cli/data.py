"""`eventwatch run`, `read` and `export`: documents into the store, and events out of it."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from eventwatch.cli.options import (
    check_out,
    country_option,
    make_settings,
    out_option,
    outlets_option,
    output,
    settings_options,
)
from eventwatch.errors import StoreError
from eventwatch.formats import FORMATS
from eventwatch.jsonio import write_line
from eventwatch.records import Document

if TYPE_CHECKING:
    from eventwatch.runner import RunSummary
    from eventwatch.store import Store

# The store, the merge, the runner and the export are imported in the commands that use them: importing them here
# loaded DuckDB, Arrow and the merge's word lists (0.2-0.45 s) on every command, `--help` included.


def register(cli: click.Group) -> None:
    cli.add_command(run)
    cli.add_command(read)
    cli.add_command(export_cmd)
    cli.add_command(serve)
    cli.add_command(merge_cmd)


def _safe(text: str) -> str:
    """Untrusted text (file names, reasons) shown in a terminal: no markup, no control characters."""
    return escape("".join(ch if ch.isprintable() else "?" for ch in text))


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", help="DuckDB file to store into (default ./eventwatch.duckdb).")
@click.option("--batch-size", type=int, help="Documents per stored transaction.")
@click.option("--reprocess", is_flag=True,
              help="Code documents already in the store again with the current settings (--published, --country, "
                   "date_order...), replacing what the store holds of them; without it they are skipped.")
@click.option("--workers", type=click.IntRange(min=1), help="Run on a local Dask cluster of N worker processes.")
@click.option("--scheduler", metavar="ADDRESS", help="Run on an existing Dask cluster (tcp://host:8786).")
@click.option("--parts", metavar="DIR", help="Folder for the workers' Parquet parts (default: DB.parts beside the "
              "store; on a cluster, a folder every worker can reach).")
@click.option("--shard-size", type=click.IntRange(min=1), help="Documents per shard (one task each).")
@click.option("--keep-parts", is_flag=True, help="Keep each shard's Parquet part after it is loaded.")
@country_option
@outlets_option
@settings_options
def run(paths: tuple[str, ...], db: str | None, batch_size: int | None, reprocess: bool, workers: int | None,
        scheduler: str | None, parts: str | None, shard_size: int | None, keep_parts: bool, country: str | None,
        outlets: tuple[str, ...] | None, config: str | None, published: str | None, strict: bool | None,
        quiet: bool) -> None:
    """Read PATHS (files, folders, globs, - for stdin), extract events and store everything in DuckDB.

    The summary (documents read, stored and dropped with their reasons, events by type, country, source and
    day) is printed on stdout when the run ends; the progress bar goes to stderr; --quiet prints neither. Long
    tables are cut and say so: `eventwatch export` and `eventwatch serve` show everything.

    With --workers N or --scheduler ADDRESS the inputs are cut into shards processed on a Dask cluster; the store
    ends up the same, and a run stopped at any point resumes shard by shard."""
    if workers is not None and scheduler is None:
        # our cluster's workers are forked from a server that imports what they need while this process imports
        # its own modules (runner/forkserver.py): started first
        from eventwatch.runner.forkserver import start_server

        start_server()
    from eventwatch.readers import ReadStats, iter_documents
    from eventwatch.runner import run_into_store
    from eventwatch.store import Store

    settings = make_settings(config, db=db, batch_size=batch_size, published=published, strict=strict,
                             country=country, outlets=outlets, shard_size=shard_size)
    console = Console(stderr=True, quiet=quiet)
    if workers is not None or scheduler is not None:
        from eventwatch.cli.cluster import run_on_cluster

        run_on_cluster(list(paths), settings, workers=workers, scheduler=scheduler, parts=parts,
                       keep_parts=keep_parts, quiet=quiet, reprocess=reprocess)
        return
    stats = ReadStats()
    docs = iter_documents(list(paths), settings, stats=stats)
    first = next(docs, None)
    with Store(settings.db) as store:
        with Progress(SpinnerColumn(), TextColumn("[bold]eventwatch run"), BarColumn(),
                      TextColumn("{task.completed} documents"), TimeElapsedColumn(),
                      console=console, transient=True, disable=quiet) as progress:
            task = progress.add_task("run", total=None)
            stream = docs if first is None else _chain(first, docs)
            summary = run_into_store(stream, store, settings, on_batch=lambda n: progress.advance(task, n),
                                     reprocess=reprocess)
        if not quiet:
            _print_summary(Console(), summary, store, settings.db)
            if stats.skipped:
                skipped = ", ".join(f"{n} {_safe(reason)}" for reason, n in sorted(stats.skipped.items()))
                Console().print(f"Records skipped inside archives and feeds: {skipped}")


def _chain(first: Document, rest: Iterator[Document]) -> Iterator[Document]:
    yield first
    yield from rest


def _print_summary(console: Console, summary: RunSummary, store: Store, db: str) -> None:
    console.print(f"[bold]Documents[/bold]: {summary.read} read, {summary.stored} stored, "
                  f"{summary.already_stored} already stored, {len(summary.drops)} dropped; "
                  f"{summary.events} new events in the reports  →  {_safe(db)}")
    totals = store.query("SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM event_reports) AS "
                         "reports, (SELECT count(*) FROM events WHERE n_reports > 1) AS told")[0]
    console.print(f"[bold]Events[/bold] (whole store): {totals['events']} occurrences told by {totals['reports']} "
                  f"per-report events; {totals['told']} told by more than one report")
    if summary.drops:
        table = Table(title="Dropped")
        for name in ("dropped document", "stage", "reason"):
            table.add_column(name, overflow="fold")
        for origin, stage, reason in summary.drops:
            table.add_row(_safe(origin), _safe(stage), _safe(reason))
        console.print(table)
        listed = table.row_count
        if listed < len(summary.drops):  # a crawl's drops would fill the screen: counted by reason instead
            by_reason = ", ".join(f"{n} {_safe(reason)}" for reason, n in sorted(summary.drop_reasons.items()))
            console.print(f"Dropped: the first {listed} of {len(summary.drops)} listed ({by_reason}); "
                          "the store's drops table holds them all")
    _print_corroborated(console, store)
    for title, column, limit in (("Events by type", "event_type || ' / ' || sub_event_type", 30),
                                 ("Events by country", "coalesce(country, '(unplaced)')", 30),
                                 ("Events by source", "coalesce(source_kind, '(outlet unknown)') || CASE WHEN "
                                  "partisan_only THEN ', partisan only' ELSE '' END", 20),
                                 ("Events by day", "coalesce(CAST(event_date AS VARCHAR), '(undated)')", 40)):
        rows = store.query(f"SELECT {column} AS k, count(*) AS n, count(*) OVER () AS groups FROM events "
                           f"GROUP BY k ORDER BY {'k' if 'day' in title else 'n DESC, k'} LIMIT {limit}")
        if rows:
            groups = int(rows[0]["groups"])
            cut = (f"the first {limit} of {groups} shown: `eventwatch export` or `eventwatch serve` has them all"
                   if groups > limit else None)
            table = Table(title.split()[-1], "events", title=f"{title} (whole store)", caption=cut)
            for row in rows:
                table.add_row(_safe(str(row["k"])), str(row["n"]))
            console.print(table)
    scope = store.query("SELECT count(*) FILTER (WHERE NOT coalesce(background, false) AND event_date IS NOT NULL "
                        "AND country IS NOT NULL AND actor1 IS NOT NULL) AS published, count(*) FILTER "
                        "(WHERE background) AS background, count(*) FILTER (WHERE event_date IS NULL) AS undated "
                        "FROM events")[0]
    console.print(f"[bold]Export[/bold]: `eventwatch export` writes the {scope['published']} current events with a "
                  f"day, a country and an actor; {scope['background']} background and {scope['undated']} undated "
                  "events stay in the store (--include-background, --all)")


def _print_corroborated(console: Console, store: Store, limit: int = 15) -> None:
    """The events told by most independent sources, with their sources (what the merge found)."""
    rows = store.query("SELECT event_date, sub_event_type, location, n_reports, n_sources, source FROM events "
                       "WHERE n_reports > 1 ORDER BY n_sources DESC, n_reports DESC, event_date DESC NULLS LAST, "
                       f"event_id LIMIT {limit}")
    if not rows:
        return
    table = Table("day", "event", "place", "reports", "sources", "source",
                  title="Events told by more than one report (whole store)")
    for row in rows:
        table.add_row(_safe(str(row["event_date"] or "(undated)")[:10]), _safe(str(row["sub_event_type"])),
                      _safe(str(row["location"] or "(unplaced)")), str(row["n_reports"]), str(row["n_sources"]),
                      _safe(str(row["source"] or "(outlets unknown)")))
    console.print(table)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@out_option
@outlets_option
@settings_options
def read(paths: tuple[str, ...], out: str | None, outlets: tuple[str, ...] | None, config: str | None,
         published: str | None, strict: bool | None, quiet: bool) -> None:
    """One JSON line per document after cleaning (text, title, dateline, captions, outlet, duplicate_of, dropped)."""
    from eventwatch.pipeline import Pipeline
    from eventwatch.readers import iter_documents
    from eventwatch.runner import build_stages

    settings = make_settings(config, published=published, strict=strict, outlets=outlets)
    pipeline = Pipeline(build_stages(settings, extract=False), strict=settings.strict)
    with output(out) as handle:
        for doc in pipeline.run(iter_documents(list(paths), settings), settings.batch_size):
            write_line(handle, {
                "id": doc.id or None, "origin": doc.origin, "url": doc.url, "title": doc.title,
                "published": doc.published, "dateline": dataclasses.asdict(doc.dateline),
                "reported_by": doc.reported_by, "byline": doc.byline, "source": doc.source,
                "language": doc.language, "text": doc.text,
                "captions": [dataclasses.asdict(c) for c in doc.captions],
                "outlet": dataclasses.asdict(doc.outlet) if doc.outlet else None, "outlet_via": doc.outlet_via,
                "duplicate_of": doc.duplicate_of,
                "dropped": dataclasses.asdict(doc.dropped) if doc.dropped else None,
            })


@click.command(name="merge")
@click.option("--db", help="DuckDB file to merge in (default ./eventwatch.duckdb).")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing.")
def merge_cmd(db: str | None, quiet: bool) -> None:
    """Cluster every stored report into events again: after a change of the merge rules, or after loading
    per-report events in bulk. `run` merges as it stores; this is never needed to keep a store merged."""
    from eventwatch.merge import recompute
    from eventwatch.store import Store

    settings = make_settings(None, db=db)
    if not Path(settings.db).exists():
        raise click.ClickException(f"no store at {settings.db}: run `eventwatch run PATH` first")
    with Store(settings.db) as store:
        counts = recompute(store)
        if not quiet:
            total = store.count("events")
            click.echo(f"{total} events from {store.count('event_reports')} per-report events: {counts.events} "
                       f"written anew, {counts.removed} gone, {counts.reports} reports merged for the first time")


@click.command(name="export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True)
@click.option("--db", help="DuckDB file to export from (default ./eventwatch.duckdb).")
@out_option
@click.option("--include-background", is_flag=True,
              help="Also export background events (dated more than reporting_window_days before their report).")
@click.option("--all", "everything", is_flag=True,
              help="Export every stored event, also background, undated (no day), unplaced and actorless ones.")
@click.option("--config", type=click.Path(dir_okay=False), help="TOML file of settings.")
def export_cmd(fmt: str, db: str | None, out: str | None, include_background: bool, everything: bool,
               config: str | None) -> None:
    """Export the stored events as ACLED publishes them (ACLED's 31 columns, then eventwatch's own).

    By default only the rows ACLED would publish: current events with a day, a country and an actor.
    The count of rows written goes to stderr."""
    from eventwatch.export import Scope, export

    settings = make_settings(config, db=db)
    if not Path(settings.db).exists():
        raise click.ClickException(f"no store at {settings.db}: run `eventwatch run PATH` first")
    if out:
        check_out(out)
    elif fmt == "parquet":
        raise click.ClickException("parquet is binary: give --out FILE.parquet")
    scope = Scope(background=include_background or everything, everything=everything)
    with open_for_export(settings.db) as store:
        if fmt == "parquet":
            n = export(store, fmt, None, Path(str(out)), scope=scope)
        else:
            with output(out) as handle:
                n = export(store, fmt, handle, scope=scope)
    click.echo(f"{n} events exported", err=True)


def open_for_export(db: str) -> Store:
    """The store, opened for writing when possible so that one written by an earlier release is upgraded (ACLED
    numbers, date type, its per-report events merged); read-only when another process holds it (`eventwatch
    serve`), if it needs no upgrade."""
    from eventwatch.merge import merge_new
    from eventwatch.store import Store

    try:
        store = Store(db)
    except StoreError:
        store = Store(db, read_only=True)
        if store.needs_upgrade():
            store.close()
            raise click.ClickException(
                f"the store {db} was written by an earlier eventwatch and needs an upgrade, which another process "
                "holding it prevents: stop it (eventwatch serve) and export again") from None
        return store
    try:
        merge_new(store)  # reports not merged yet: an earlier release's, or loaded in bulk
    except BaseException:
        store.close()
        raise
    return store


@click.command()
@click.option("--db", help="DuckDB file to serve (default ./eventwatch.duckdb).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the store to the network.")
@click.option("--port", type=int, default=8765, show_default=True, help="Port (0 picks a free one).")
@click.option("--watch", "watch", multiple=True, metavar="PATH",
              help="Ingest new or changed files under PATH (folder, file, glob) while serving; repeatable.")
@click.option("--interval", type=click.FloatRange(min=1.0), default=30.0, show_default=True,
              help="Seconds between two looks at the watched paths.")
@country_option
@click.option("--config", type=click.Path(dir_okay=False), help="TOML file of settings (for --watch).")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing on start.")
def serve(db: str | None, host: str, port: int, watch: tuple[str, ...], interval: float, country: str | None,
          config: str | None, quiet: bool) -> None:
    """HTTP API (OpenAPI at /openapi.json) and dashboard over the store, on 127.0.0.1 unless --host says otherwise.

    With --watch, the server is the store's one writer and ingests new material as it arrives (DuckDB lets only
    one process write a store, so a separate `eventwatch run` cannot add to a served store).
    """
    from eventwatch.store import Store
    from eventwatch.web.server import bind, is_loopback
    from eventwatch.web.server import serve as run_server

    settings = make_settings(config, db=db, country=country)
    if not watch and not Path(settings.db).exists():
        raise click.ClickException(f"no store at {settings.db}: run `eventwatch run PATH` first, or serve with "
                                   "--watch PATH to fill it as material arrives")
    bind(host, port).close()  # a port in use is one clear error before the store is opened
    err = Console(stderr=True, quiet=quiet)
    if not is_loopback(host):
        err.print(f"[yellow]warning[/yellow]: listening on {_safe(host)}: anyone who can reach it can read the store")
    with Store(settings.db, read_only=not watch) as store:
        def ready(url: str) -> None:
            what = f"; watching {', '.join(watch)} every {interval:g} s" if watch else ""
            if not quiet:  # one plain line (no wrapping): scripts read the URL from it
                click.echo(f"serving {settings.db} on {url} (Ctrl-C to stop){what}", err=True)
        with contextlib.suppress(KeyboardInterrupt):
            run_server(store, host, port, watch=watch, settings=settings, interval=interval, on_ready=ready)

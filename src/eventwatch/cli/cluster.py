"""`eventwatch run --workers N` / `--scheduler ADDRESS`: the run on a Dask cluster, with its progress and summary."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from eventwatch.cli.data import _print_summary, _safe
from eventwatch.runner.driver import ShardedSummary, open_loader, run_sharded
from eventwatch.settings import Settings
from eventwatch.store import Store


def progress_bar(err: Console, quiet: bool) -> Progress:
    """The run's progress bar on `err`: drawn on a terminal only, twice a second. Rich's thread builds the bar at
    each refresh whether or not it is drawn (into a pipe or a file a transient bar draws nothing), ten times a
    second by default: 0.23 / 0.71 CPU s of the driver's 3.5 / 8.5 in runs of 72 / 190 s at load 8, beside the
    workers."""
    return Progress(SpinnerColumn(), TextColumn("[bold]eventwatch run"), BarColumn(),
                    TextColumn("{task.fields[shards]}"), TextColumn("{task.fields[docs]}"), TimeElapsedColumn(),
                    console=err, transient=True, refresh_per_second=2, disable=quiet or not err.is_terminal)


def run_on_cluster(paths: list[str], settings: Settings, *, workers: int | None, scheduler: str | None,
                   parts: str | None, keep_parts: bool, quiet: bool, reprocess: bool = False) -> None:
    """`eventwatch run` on a Dask cluster (a local one of `workers` processes, or the one at `scheduler`): the input
    cut into shards, the workers' parts loaded into the store as they come, with the same summary as a run in
    one process, so that the two are used alike."""
    from eventwatch.readers.shards import plan_shards
    from eventwatch.runner.cluster import (
        Background,
        DaskExecutor,
        cpu_seconds,
        local_client,
        peak_rss_mb,
        remote_client,
    )
    from eventwatch.runner.forkserver import server_cpu_seconds, stop_server

    plan_shards(paths, settings, 1)  # a missing path, or stdin, fails here before a cluster starts
    folder = Path(parts) if parts else Path(settings.db + ".parts")
    err = Console(stderr=True, quiet=quiet)
    with Store(settings.db) as store:
        # the driver's side of the run opened while the cluster starts, when the driver waits on the workers' server
        opening = Background(open_loader, store, settings, folder, keep_parts=keep_parts, reprocess=reprocess)
        try:
            client = remote_client(scheduler) if scheduler else local_client(workers or 1)
        finally:  # the store is not closed under the thread's feet
            opening.thread.join()
        with contextlib.closing(client):
            loader = opening.result()
            executor = DaskExecutor(client, settings, exit_at_once=not scheduler)  # our own LocalCluster's
            started = time.perf_counter()
            with progress_bar(err, quiet) as progress:
                task = progress.add_task("run", total=None, shards="planning", docs="")

                def show(summary: ShardedSummary, processed: int) -> None:
                    rate = processed / max(time.perf_counter() - started, 1e-9)
                    finished = summary.processed + summary.resumed + summary.already_loaded + len(summary.failed)
                    progress.update(task, total=summary.planned, completed=finished,
                                    shards=f"{finished}/{summary.planned} shards",
                                    docs=f"{processed} documents, {rate:.1f}/s on {len(client.nthreads())} workers")

                summary = run_sharded(paths, store, settings, executor, folder, size=settings.shard_size,
                                      keep_parts=keep_parts, reprocess=reprocess, progress=show, loader=loader)
            elapsed = time.perf_counter() - started
            peaks = executor.worker_peak_mb() if not quiet else {}
            cpus = executor.worker_cpu_seconds() if not quiet else {}
        server_cpu = server_cpu_seconds()
        # our cluster closes (the driver mostly waits for its workers to end) while the summary reads the store;
        # then the server its workers were forked from is stopped (runner/forkserver.py)
        closing = Background(client.cluster.close) if not scheduler else None
        out = Console()
        if not quiet:
            _print_summary(out, summary.run, store, settings.db)
        if closing is not None:
            try:
                closing.wait()
            finally:  # a close that raised leaves no server behind: it would outlive the run
                stop_server()
        if not quiet:
            out.print(f"Shards: {summary.planned} planned, {summary.processed} processed, {summary.resumed} loaded "
                      f"from parts finished earlier, {summary.already_loaded} already loaded, "
                      f"{len(summary.failed)} failed; {summary.run.read} documents in {elapsed:.1f} s "
                      f"({summary.run.read / max(elapsed, 1e-9):.1f}/s)"
                      + (f"; worker peak memory {max(peaks.values()):.0f} MB" if peaks else "")
                      + f"; driver peak memory {peak_rss_mb():.0f} MB")
            if cpus:
                each = ", ".join(f"{v:.1f}" for v in sorted(cpus.values(), reverse=True))
                # the driver's with its forkserver's, whose imports its workers share (runner/forkserver.py)
                out.print(f"CPU seconds: workers {each}; driver {cpu_seconds() + server_cpu:.1f}")
            if (spread := summary.end_spread()) is not None:
                out.print(f"Workers' last shards ended {spread:.2f} s apart")
            if summary.skipped:
                skipped = ", ".join(f"{n} {_safe(reason)}" for reason, n in sorted(summary.skipped.items()))
                out.print(f"Records skipped inside archives and feeds: {skipped}")
    from eventwatch.runner.ending import done

    done()  # the store closed, the cluster and its server stopped: nothing left but finalisation (runner/ending.py)

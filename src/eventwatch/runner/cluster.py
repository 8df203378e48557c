"""Running shards on Dask: a `LocalCluster` of N worker processes (`--workers N`), or an existing cluster
(`--scheduler ADDRESS`), through the same code.

Each worker builds the stages once, in a `WorkerPlugin` (spaCy, the gazetteer, the outlet registry, the coder and
its classifier), not per task. Each shard is one task that writes one Parquet part (`runner/parts.py`) and returns
its completion marker; a task that raises is retried (`retries`), a worker that dies has its task rescheduled by
the scheduler, and a shard still failing after that comes back as a failure the driver records as a drop. Tasks
are submitted a window at a time, so that the driver holds a bounded number of futures whatever the corpus size.

On a real cluster the parts folder must be one every worker and the driver can reach (a shared filesystem), and
every worker needs eventwatch installed: the worker reads the shard's files by their path.
"""

from __future__ import annotations

import atexit
import gc
import logging
import os
import resource
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from distributed import as_completed, get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from eventwatch.errors import EventwatchError
from eventwatch.readers.shards import Shard
from eventwatch.records import content_id
from eventwatch.runner.shardwork import ShardWorker
from eventwatch.settings import Settings

if TYPE_CHECKING:  # the driver's module (the store, the merge) is imported by the driver alone, not by the workers
    from eventwatch.runner.driver import ShardResult


class ClusterError(EventwatchError):
    code = "E040"


def plugin_name(settings: Settings) -> str:
    """One plugin per settings: two runs with different settings on one cluster each get their own stages."""
    return "eventwatch-" + content_id(repr(settings))


# The cyclic collector's thresholds in a worker once its stages are frozen (see `StagesPlugin`): Python's are
# (700, 10, 10).
WORKER_GC = (10_000, 10, 10)


class StagesPlugin(WorkerPlugin):
    """Builds the per-document stages once per worker process, when the worker joins (or lazily on its first
    task), and warms them with one report (`ShardWorker.warm`), so that no shard's task pays for loading; a worker
    forked from our server takes the stages the server warmed instead, when they are its run's (`_server_warmed`,
    some 0.1 CPU s of each worker's setup on the run's path to its first shard). What it
    then holds is frozen out of the cyclic garbage collector's generations (`gc.freeze`): the collector's full
    passes walked the stages' objects again and again over a run (0.74-1.02 CPU s of a worker's 28 over the bench
    corpus, 0.27-0.37 frozen), and the shards cost some 0.98 of what they did (a worker's stages over the corpus in
    one process, five pairs alternated, every pair lower); unfrozen again when the plugin is torn down. The
    collector then runs its youngest pass every `WORKER_GC` allocations, not 700: a shard's objects are mostly
    acyclic and short-lived, and the passes walked them 271 times over 280 reports (0.12-0.14 CPU s of 20, a
    worker's stages frozen; 18 passes and 0.03-0.05 s with 10,000), at no cost in memory a worker could see (the
    youngest generation holds 10,000 objects at most before its pass). Python's thresholds are restored at teardown.

    With `exit_at_once` (the workers of our own `LocalCluster`), a worker process that has closed ends without
    freeing what it holds: Python's finalisation of a worker (the spaCy pipeline, the gazetteer, the embedding
    model: some 600 MB of objects) took 1.5 s a process, in the run's wall time, since the run ends when its
    cluster has closed. The process ends with `os._exit` after its worker has closed (the plugin's teardown is part
    of that close), as the first of its exit handlers: nothing is left to write (parts are written and renamed
    inside each task). Not on a cluster the user runs (`--scheduler`): its processes are left to end as they do."""

    idempotent = True

    def __init__(self, settings: Settings, *, exit_at_once: bool = False) -> None:
        self.settings = settings
        self.name = plugin_name(settings)
        self.exit_at_once = exit_at_once
        self.worker: ShardWorker | None = None
        self.thresholds: tuple[int, int, int] | None = None  # the collector's before setup, restored at teardown

    def setup(self, worker: Any) -> None:
        self.worker = _server_warmed(self.settings)
        if self.worker is None:
            self.worker = ShardWorker(self.settings)
            self.worker.warm()
        # what the worker holds now lives as long as it does: a full collection walks only what shards leave
        gc.collect()
        gc.freeze()
        if self.thresholds is None:
            self.thresholds = gc.get_threshold()
            gc.set_threshold(*WORKER_GC)

    def teardown(self, worker: Any) -> None:
        self.worker = None
        gc.unfreeze()  # the stages are let go: collectable again
        if self.thresholds is not None:
            gc.set_threshold(*self.thresholds)
            self.thresholds = None
        if self.exit_at_once:
            atexit.register(_exit_at_once)  # registered last, so run first when the process exits


def _server_warmed(settings: Settings) -> ShardWorker | None:
    """The stages our workers' server built and warmed before it forked this worker, if they are this run's
    (`preload.take_warmed`); None in a process not forked from it (a spawned worker, a cluster the user runs), where
    the preload module is not imported and is not imported here: importing it loads every model."""
    from eventwatch.runner.forkserver import PRELOAD

    take = getattr(sys.modules.get(PRELOAD), "take_warmed", None)
    return cast("ShardWorker | None", take(settings)) if take is not None else None


def _exit_at_once() -> None:
    """End a worker process that has closed without freeing what it holds (see `StagesPlugin`)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def process_shard(shard: Shard, folder: str, name: str) -> dict[str, Any]:
    """The task: the worker's stages (from its plugin) turn one shard into one part."""
    plugin = cast(StagesPlugin, get_worker().plugins[name])
    if plugin.worker is None:  # set up lazily if the plugin's setup has not run on this worker yet
        plugin.setup(get_worker())
    assert plugin.worker is not None
    return plugin.worker.process(shard, Path(folder))


def peak_rss_mb() -> float:
    """The peak resident memory of this process in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU seconds (user + system) this process has used since it started: on a machine shared with other jobs,
    what a process cost, which its wall time does not say."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Background:
    """A call run on a thread of its own, waited for later; what it raised is raised again by `wait`, what it
    returned is `result()`."""

    def __init__(self, call: Any, *args: Any, **kwargs: Any) -> None:
        self.error: BaseException | None = None
        self.value: Any = None

        def target() -> None:
            try:
                self.value = call(*args, **kwargs)
            except BaseException as exc:  # handed to the waiting thread
                self.error = exc

        self.thread = threading.Thread(target=target, name="eventwatch-background", daemon=True)
        self.thread.start()

    def wait(self) -> None:
        self.thread.join()
        if self.error is not None:
            raise self.error

    def result(self) -> Any:
        """What the call returned, once it has ended (raising what it raised)."""
        self.wait()
        return self.value


class DaskExecutor:
    """Shards as Dask tasks on a client's cluster; see the module's docstring."""

    def __init__(self, client: Any, settings: Settings, *, retries: int = 2, window: int | None = None,
                 task: Any = None, exit_at_once: bool = False) -> None:
        self.client = client
        self.settings = settings
        self.retries = retries
        self.task = task or process_shard
        self.name = plugin_name(settings)
        threads = sum(client.nthreads().values()) or 1
        self.window = window or max(4, 3 * threads)
        # registering waits until every worker has built and warmed its stages (1.2 CPU s each): meanwhile the driver
        # opens its side of the run (`run_sharded`'s loader), which the workers waited for when it came after
        self.registering = Background(client.register_plugin, StagesPlugin(settings, exit_at_once=exit_at_once),
                                       name=self.name)

    def run(self, shards: Iterator[Shard], folder: Path) -> Iterator[ShardResult]:
        from eventwatch.runner.driver import ShardResult

        self.registering.wait()  # no shard before the workers hold the plugin its task reads
        folder.mkdir(parents=True, exist_ok=True)
        pending: dict[str, Shard] = {}
        running = as_completed()

        def submit() -> bool:
            shard = next(shards, None)
            if shard is None:
                return False
            future = self.client.submit(self.task, shard, str(folder), self.name, retries=self.retries,
                                        key=f"eventwatch-shard-{shard.key}", pure=False)
            pending[future.key] = shard
            running.add(future)
            return True

        while len(pending) < self.window and submit():
            pass
        for future in running:
            shard = pending.pop(future.key)
            try:
                info = future.result()
            except Exception as exc:  # raised on every try, or its worker died too often (KilledWorker)
                if self.settings.strict:
                    raise
                yield ShardResult(shard, error=f"{type(exc).__name__}: {exc}"[:400])
            else:
                yield ShardResult(shard, info)
            future.release()
            while len(pending) < self.window and submit():
                pass

    def worker_peak_mb(self) -> dict[str, float]:
        """Peak resident memory of each worker process so far, in MB."""
        result: dict[str, float] = self.client.run(peak_rss_mb)
        return result

    def worker_cpu_seconds(self) -> dict[str, float]:
        """CPU seconds each worker process has used so far (its start and model loading included)."""
        result: dict[str, float] = self.client.run(cpu_seconds)
        return result


# What a LocalCluster runs beside the tasks, for a dashboard we do not start, is slowed down: the statistical profiler
# (every task's stack sampled every 10 ms) is off; the nannies' memory checks (every 100 ms) and the event loops'
# ticks (every 20 ms) run every 1 s and 0.5 s. On two idle workers this took the driver's process (scheduler and
# nannies) from 1.24 to 0.30 CPU s per 30 s, each worker's from about 0.7 to 0.11: CPU the tasks and the driver's
# loading get on a machine with as many cores as workers. The system monitors (the scheduler's and each worker's:
# psutil's CPU, memory, network, disk and open files every 500 ms) feed only the dashboard's plots and the
# heartbeats' figures: every 30 s, without the host's disk counters (0.16 -> 0.13 CPU s of the driver's process
# per 20 s of two idle workers, 0.055 -> 0.048 a worker). The memory limits read the process's memory afresh at
# each check, not the monitor's figure, so they are as before.
_LOCAL_CONFIG = {
    "distributed.scheduler.allowed-failures": 2, "distributed.worker.profile.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s", "distributed.admin.system-monitor.interval": "30s",
    "distributed.admin.system-monitor.disk": False, "distributed.admin.tick.interval": "500ms",
}
# Dask's nannies start each worker with MALLOC_TRIM_THRESHOLD_=65536 (`distributed.nanny.pre-spawn-environ`), so that
# glibc hands freed memory back to the system at once. Setting that threshold also turns off glibc's sliding mmap
# threshold: every block of more than 128 KB (spaCy's and onnxruntime's arrays of a batch, numpy temporaries) is then
# mapped and unmapped at each use, its pages faulted in and zeroed anew. On the bench corpus that was a fifth of a
# worker's CPU (the same 840 reports through a worker's stages in one process: 26.7 CPU s, 0.4 of it system, against
# 32.5 and 4.2 with the variable set). Our workers start without it (`forkserver.spawn_environ`); the thread limits
# stay. They are forked from a process that has imported what they need (`runner/forkserver.py`), where the platform
# has one.


def local_client(workers: int, *, quiet: bool = True) -> Any:
    """A `LocalCluster` of `workers` single-threaded worker processes and a client on it, the workers forked from
    this process's forkserver (`runner/forkserver.py`; started here unless the command line started it first). No
    dashboard (it would need bokeh and a port); a worker that dies is restarted by its nanny."""
    import dask
    from distributed import Client, LocalCluster

    if workers < 1:
        raise ClusterError(f"--workers must be at least 1, got {workers}")
    from eventwatch.runner.forkserver import spawn_environ, use_server

    environ = spawn_environ()  # read once: the nannies' setting and the server's environment (runner/forkserver.py)
    with dask.config.set({**_LOCAL_CONFIG, "distributed.nanny.pre-spawn-environ": environ, **use_server(environ)}):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.CRITICAL if quiet else logging.WARNING)
        return Client(cluster)


def remote_client(address: str) -> Any:
    """A client on an existing scheduler (`tcp://host:8786`); a scheduler that cannot be reached is one line."""
    from distributed import Client

    try:
        return Client(address, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc

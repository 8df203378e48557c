"""The sharded run on a real 2-worker Dask LocalCluster: the same store as the in-process run; a worker killed
mid-task and a shard that keeps failing do not stop the run."""

from __future__ import annotations

import gc
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cloudpickle
import pytest
from forkedchild import forked_report
from shardcorpus import reference_run, write_corpus
from storediff import store_contents

from eventwatch.readers.shards import Shard
from eventwatch.runner.cluster import (
    WORKER_GC,
    ClusterError,
    DaskExecutor,
    StagesPlugin,
    local_client,
    process_shard,
)
from eventwatch.runner.driver import ShardedSummary, run_sharded
from eventwatch.settings import Settings
from eventwatch.store import Store

SETTINGS = Settings(batch_size=4, published="2024-03-29")
cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import a test module


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    client = local_client(2)
    yield client
    cluster = client.cluster
    client.close()
    cluster.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], Path]:
    root = tmp_path_factory.mktemp("cluster")
    paths = write_corpus(root / "corpus")
    reference = root / "reference.duckdb"
    reference_run(paths, reference, SETTINGS)
    return paths, reference


def _run(client: Any, paths: list[str], db: Path, task: Any = None) -> ShardedSummary:
    with Store(db) as store:
        executor = DaskExecutor(client, SETTINGS, task=task)
        return run_sharded(paths, store, SETTINGS, executor, db.with_suffix(".parts"), size=3, split_bytes=0)


def kill_worker_once(shard: Shard, folder: str, name: str) -> dict[str, Any]:
    """Kills its own worker process the first time it meets shard 1, as an out-of-memory killer would."""
    flag = Path(folder) / "killed-once"
    if shard.seq == 1 and not flag.exists():
        flag.write_text(str(os.getpid()), encoding="utf-8")
        os.kill(os.getpid(), signal.SIGKILL)
    return process_shard(shard, folder, name)


def always_fail_shard_2(shard: Shard, folder: str, name: str) -> dict[str, Any]:
    if shard.seq == 2:
        with open(Path(folder) / "attempts", "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n")
        raise ValueError("cannot parse this shard")
    return process_shard(shard, folder, name)


@pytest.mark.slow
def test_two_workers_store_what_the_in_process_run_stores(client: Any, corpus: tuple[list[str], Path],
                                                          tmp_path: Path) -> None:
    paths, reference = corpus
    db = tmp_path / "cluster.duckdb"
    summary = _run(client, paths, db)
    assert summary.processed == summary.planned > 6 and not summary.failed
    assert store_contents(db) == store_contents(reference)
    with Store(db) as store:
        workers = {row["worker"] for row in store.query("SELECT worker FROM shards")}
    assert len(workers) == 2, "both workers took shards"


@pytest.mark.slow
def test_a_killed_worker_loses_nothing(client: Any, corpus: tuple[list[str], Path], tmp_path: Path) -> None:
    paths, reference = corpus
    db = tmp_path / "killed.duckdb"
    summary = _run(client, paths, db, kill_worker_once)
    assert (db.with_suffix(".parts") / "killed-once").exists(), "a worker was killed"
    assert not summary.failed
    assert store_contents(db) == store_contents(reference)


@pytest.mark.slow
def test_a_failing_shard_is_retried_then_dropped(client: Any, corpus: tuple[list[str], Path], tmp_path: Path) -> None:
    paths, reference = corpus
    db = tmp_path / "failing.duckdb"
    summary = _run(client, paths, db, always_fail_shard_2)
    attempts = (db.with_suffix(".parts") / "attempts").read_text(encoding="utf-8").split()
    assert len(attempts) == 3, "one try and two retries"
    assert len(summary.failed) == 1 and "cannot parse this shard" in summary.failed[0][1]
    assert summary.processed == summary.planned - 1
    with Store(db) as store:
        drops = store.query("SELECT reason FROM drops WHERE stage = 'shard'")
        documents = store.count("documents")
    assert len(drops) == 1 and "ValueError: cannot parse this shard" in drops[0]["reason"]
    assert 0 < documents < len(store_contents(reference)["documents"])


def _spawn_environment() -> dict[str, str | None]:
    return {name: os.environ.get(name) for name in ("MALLOC_TRIM_THRESHOLD_", "OMP_NUM_THREADS")}


def test_workers_start_without_dask_s_malloc_trim_threshold(client: Any) -> None:
    """Dask's nannies would set MALLOC_TRIM_THRESHOLD_, which turns off glibc's sliding mmap threshold (a fifth of
    a worker's CPU in page faults); our workers start without it, and with Dask's one-thread limits still set."""
    seen = list(client.run(_spawn_environment).values())
    assert len(seen) == 2
    assert all(env["MALLOC_TRIM_THRESHOLD_"] is None and env["OMP_NUM_THREADS"] == "1" for env in seen), seen


def test_a_worker_s_stages_are_frozen_out_of_the_collector_until_teardown() -> None:
    plugin = StagesPlugin(SETTINGS)
    before = gc.get_threshold()
    try:
        plugin.setup(None)
        assert gc.get_freeze_count() > 0 and plugin.worker is not None
        assert gc.get_threshold() == WORKER_GC != before  # the youngest pass runs less often
    finally:
        plugin.teardown(None)
    assert gc.get_freeze_count() == 0 and plugin.worker is None
    assert gc.get_threshold() == before


def _parent_and_preloaded() -> tuple[int, bool]:
    return os.getppid(), "eventwatch.runner.preload" in sys.modules


def test_workers_are_forked_from_a_server_that_imported_what_they_need() -> None:
    """Our LocalCluster's workers are children of this process's forkserver, which imported Dask's worker, spaCy
    and the stage modules once for them (runner/preload.py). (A worker its nanny restarts after the cluster has
    started is spawned as Dask spawns it: a cluster of its own here, as the module's lost one a worker.)"""
    from multiprocessing import forkserver

    client = local_client(2)
    try:
        server = forkserver._forkserver._forkserver_pid
        assert server
        seen = list(client.run(_parent_and_preloaded).values())
    finally:
        cluster = client.cluster
        client.close()
        cluster.close()
    assert seen == [(server, True)] * 2, (server, seen)


_DRIVER = """
import os, sys
from multiprocessing import forkserver
from eventwatch.runner.cluster import local_client
from eventwatch.runner.forkserver import server_cpu_seconds, stop_server
client = local_client(1)
server = forkserver._forkserver._forkserver_pid
assert 'pandas' not in sys.modules, 'Dask set up a forkserver of its own: pandas imported into the driver'
assert server_cpu_seconds() > 0
cluster = client.cluster
client.close()
cluster.close()
stop_server()
try:
    os.kill(server, 0)
except ProcessLookupError:
    pass
else:
    raise AssertionError('the server still runs')
"""


def test_the_driver_imports_no_package_for_the_server_and_stops_it() -> None:
    import subprocess

    done = subprocess.run([sys.executable, "-c", _DRIVER], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


_SERVER_FIRST = """
import sys, time
from multiprocessing import forkserver
from eventwatch.runner.forkserver import start_server, stop_server
assert start_server()
assert 'distributed' not in sys.modules
pid = forkserver._forkserver._forkserver_pid
for _ in range(200):  # until the server's interpreter has started (its environment is then its own)
    with open(f'/proc/{pid}/cmdline', 'rb') as file:
        if b'forkserver' in file.read():
            break
    time.sleep(0.05)
with open(f'/proc/{pid}/environ', encoding='utf-8', errors='replace') as file:
    env = dict(kv.split('=', 1) for kv in file.read().split('\\0') if '=' in kv)
print(*(env.get(k) for k in ('OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'MALLOC_TRIM_THRESHOLD_')), end='')
stop_server()
"""


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads a process's environment from /proc")
def test_a_server_started_before_dask_s_worker_is_imported_has_the_one_thread_limits() -> None:
    """`eventwatch run --workers N` starts the server before it imports `distributed`, whose defaults hold the
    one-thread limits: the server (and every worker forked from it, whose numpy read them there) starts with
    them all the same, and without MALLOC_TRIM_THRESHOLD_."""
    import subprocess

    done = subprocess.run([sys.executable, "-c", _SERVER_FIRST], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout == "1 1 None"


def test_a_background_call_is_waited_for_and_its_error_raised_by_the_waiter() -> None:
    """The executor registers its plugin on a thread while the driver opens the store (`DaskExecutor`): what the
    registration raised must reach the run, not die with the thread."""
    import threading

    from eventwatch.runner.cluster import Background

    release = threading.Event()
    done: list[int] = []

    def slow(value: int) -> None:
        release.wait(10)
        done.append(value)

    call = Background(slow, 7)
    assert call.thread.is_alive() and not done, "the caller goes on while the call runs"
    release.set()
    call.wait()
    assert done == [7]

    def failing() -> None:
        raise ClusterError("the plugin could not be registered")

    with pytest.raises(ClusterError, match="could not be registered"):
        Background(failing).wait()

    assert Background(lambda a, b: a + b, 2, b=3).result() == 5, "the loader opened on a thread reaches the run"
    with pytest.raises(ClusterError, match="could not be registered"):
        Background(failing).result()


_FORKED = """
def child(queue):
    from eventwatch.events.codebook import load_codebook
    from eventwatch.events.embed import _load as embedders
    from eventwatch.nlp import _load as pipelines
    queue.put([f.cache_info().currsize for f in (pipelines, load_codebook, embedders)])
"""


def test_a_process_forked_from_the_server_finds_the_default_models_loaded(tmp_path: Path) -> None:
    """The server loads what the default settings' stages read and never change (runner/preload.py): the spaCy
    pipeline, the codebook and the arbiter's embedding are in their caches in a process forked from it before it
    has built anything (both of the cascade's routes when it is on: events/cascade.py)."""
    from eventwatch.events.embed import cascade_wanted

    assert forked_report(tmp_path, _FORKED) == [1, 1, 2 if cascade_wanted("onnx") else 1]

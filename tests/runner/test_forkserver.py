"""runner/forkserver.py: the environment our workers start with, read once for the nannies and the server."""

from __future__ import annotations

import os
import subprocess
import sys
from multiprocessing import forkserver as mp_forkserver
from typing import Any

import dask
import distributed
import distributed.utils
import pytest
from forkedchild import forked_report

import eventwatch.runner.forkserver as forkserver
from eventwatch.runner.cluster import local_client


def test_the_spawn_environment_is_read_once_for_the_nannies_and_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """`local_client` gives Dask's nannies the environment its fork server starts with: one reading of Dask's
    configuration (and of distributed's defaults) serves both, and both get the same variables."""
    reads: list[int] = []
    seen: dict[str, Any] = {}

    def spawn_environ() -> dict[str, str]:
        reads.append(1)
        return {"EVENTWATCH_TEST_LIMIT": "1"}

    def ensure_running() -> None:  # instead of starting a server: what its interpreter would start with
        seen["server"] = os.environ.get("EVENTWATCH_TEST_LIMIT")

    class Cluster:
        def __init__(self, **kwargs: Any) -> None:
            seen["nannies"] = dask.config.get("distributed.nanny.pre-spawn-environ")

    monkeypatch.setattr(forkserver, "spawn_environ", spawn_environ)
    monkeypatch.setattr(forkserver, "available", lambda: True)
    monkeypatch.setattr(mp_forkserver, "ensure_running", ensure_running)
    monkeypatch.setattr(distributed.utils, "_forkserver_preload_set", distributed.utils._forkserver_preload_set)
    monkeypatch.setattr(distributed, "LocalCluster", Cluster)
    monkeypatch.setattr(distributed, "Client", lambda cluster: cluster)
    local_client(2)
    assert reads == [1]
    assert seen == {"server": "1", "nannies": {"EVENTWATCH_TEST_LIMIT": "1"}}
    assert "EVENTWATCH_TEST_LIMIT" not in os.environ


def test_the_server_warms_only_where_the_tokenizer_starts_no_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """The server runs the warm-up report (`preload.warm_shared`) only under `QUIET_TOKENIZERS`, which the server's
    environment gets from `start_server`: without it the embedding's tokenizer would start its thread pool in the
    process that forks."""
    import eventwatch.runner.shardwork as shardwork
    from eventwatch.runner import preload

    warmed: list[int] = []
    monkeypatch.setattr(preload, "KEPT", preload.KEPT)  # the stand-in stages kept below are not left to a later test
    monkeypatch.setattr(shardwork.ShardWorker, "__init__", lambda self, settings: None)
    monkeypatch.setattr(shardwork.ShardWorker, "warm", lambda self: warmed.append(1))
    key, value = forkserver.QUIET_TOKENIZERS
    monkeypatch.delenv(key, raising=False)
    assert preload.warm_shared() is False and warmed == []
    monkeypatch.setenv(key, value)
    assert preload.warm_shared() is True and warmed == [1]
    assert preload.WARMED is not None and preload.WARMED[0] == preload.WARMED[1]


def test_a_warm_up_that_starts_a_thread_is_said(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The threads are counted around the server's warm-up: one left running there is said on standard error."""
    import threading

    import eventwatch.runner.shardwork as shardwork
    from eventwatch.runner import preload

    release = threading.Event()
    started: list[threading.Thread] = []

    def warm(self: object) -> None:
        started.append(threading.Thread(target=release.wait, args=(30,), daemon=True))
        started[0].start()

    monkeypatch.setattr(preload, "KEPT", preload.KEPT)  # the stand-in stages kept below are not left to a later test
    monkeypatch.setattr(shardwork.ShardWorker, "__init__", lambda self, settings: None)
    monkeypatch.setattr(shardwork.ShardWorker, "warm", warm)
    monkeypatch.setenv(*forkserver.QUIET_TOKENIZERS)
    try:
        assert preload.warm_shared() is True
    finally:
        release.set()
        started[0].join()
    if preload.WARMED is not None and preload.WARMED[0] is not None:  # threads are counted where /proc is
        assert "started 1 thread(s)" in capsys.readouterr().err


_WARMED = """
def child(queue):
    import atexit, os
    import eventwatch.runner.preload as preload
    threads = len(os.listdir('/proc/self/task'))
    exiting = os.fork()  # a copy of the server's exit handlers, run as the server's exit runs them, then code 3
    if exiting == 0:
        atexit._run_exitfuncs()
        os._exit(3)
    queue.put((preload.WARMED, os.environ.get('TOKENIZERS_PARALLELISM'), threads, preload.AT_ONCE,
               os.waitstatus_to_exitcode(os.waitpid(exiting, 0)[1])))
"""


@pytest.fixture(scope="module")
def server_report(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """What a process forked from the real server reports (`_WARMED`): one server start serves the checks below."""
    return forked_report(tmp_path_factory.mktemp("server"), _WARMED)


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="counts a process's threads in /proc")
def test_the_server_warms_its_workers_and_forks_with_no_thread_started(server_report: Any) -> None:
    """The real server: its warm-up ran, under `QUIET_TOKENIZERS`, and the server runs as many threads after it as
    before (the embedding's tokenizer started no pool); a process forked from it runs one thread."""
    (before, after), variable, threads = server_report[:3]
    assert variable == "false" and threads == 1, server_report
    assert before is not None and before == after, server_report


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="counts a process's threads in /proc")
def test_the_server_registers_its_exit_at_once(server_report: Any) -> None:
    """The fork server's import of the preload module registers the handler that ends the server at once: a copy
    of a process forked from it that runs its exit handlers and would then exit with code 3 ends with code 0, inside
    the first handler run (the last registered: the preload's, after every module it imported)."""
    at_once, code = server_report[3:]
    assert at_once is True and code == 0, server_report


def test_importing_the_preload_elsewhere_keeps_the_exit_code() -> None:
    """A process other than the fork server that imports the preload module exits with its own code: the handler
    that ends the server with code 0 is not registered there (it once turned pytest's failing run into a pass)."""
    script = ("import sys\n"
              "import eventwatch.runner.preload as preload\n"
              "print(preload.AT_ONCE, preload.imported_by_fork_server())\n"
              "sys.exit(3)\n")
    environ = {key: value for key, value in os.environ.items() if key != forkserver.QUIET_TOKENIZERS[0]}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, env=environ)
    assert done.returncode == 3, done.stderr[-2000:]
    assert done.stdout.split() == ["False", "False"]


_TAKEN = """
def child(queue):
    import dataclasses, hashlib, tempfile
    from pathlib import Path
    import eventwatch.runner.preload as preload
    from eventwatch.readers.shards import plan_shards
    from eventwatch.runner.cluster import _server_warmed
    from eventwatch.runner.shardwork import ShardWorker
    from eventwatch.settings import Settings

    settings = dataclasses.replace(Settings.load(), db='/elsewhere/run.duckdb')  # a run's store: not the server's
    kept = preload.KEPT
    other = _server_warmed(dataclasses.replace(settings, country='KE'))
    taken = _server_warmed(settings)
    again = _server_warmed(settings)
    with tempfile.TemporaryDirectory() as root:
        corpus = Path(root, 'corpus')
        corpus.mkdir()
        Path(corpus, 'a.txt').write_text('Hundreds of traders marched through Kisumu on Tuesday to protest against a '
                                         'new market levy, witnesses said.', encoding='utf-8')
        Path(corpus, 'b.txt').write_text('Gunmen killed two farmers near Jos in Plateau State on Sunday, police '
                                         'said; no group claimed the attack.', encoding='utf-8')
        (shard,) = plan_shards([str(corpus)], settings, 32)
        fresh = ShardWorker(settings)
        fresh.warm()
        digests = []
        for worker, name in ((taken, 'taken'), (fresh, 'fresh')):
            info = worker.process(shard, Path(root, name))
            digests.append((hashlib.sha256(Path(root, name, shard.key + '.parquet').read_bytes()).hexdigest(),
                            info['events']))
    queue.put((kept is not None, other is None, taken is kept, again is None, digests))
"""


@pytest.mark.slow
def test_a_worker_forked_from_the_server_takes_its_warmed_stages_once_for_its_run(tmp_path: Any) -> None:
    """A worker forked from the real server takes the stages the server warmed when its run's settings are the
    server's but for the store's path (`preload.take_warmed`), once; other settings build their own. A shard goes
    through the taken stages into the same Parquet bytes as through stages built and warmed afresh."""
    kept, other_refused, taken, once, digests = forked_report(tmp_path, _TAKEN)
    assert kept and other_refused and taken and once
    assert digests[0] == digests[1] and digests[0][1] >= 2, digests

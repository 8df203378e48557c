"""`eventwatch run --workers N` as a user runs it: killed mid-run (a real SIGKILL of the driver and its workers)
and run again, it processes each shard once and stores what the in-process run stores."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from shardcorpus import reference_run, write_corpus
from storediff import store_contents

from eventwatch.settings import Settings


def _eventwatch(*args: str) -> list[str]:
    return [sys.executable, "-m", "eventwatch", *args]


def _shards(output: str) -> dict[str, int]:
    found = re.search(r"Shards: (\d+) planned, (\d+) processed, (\d+) loaded from parts finished earlier, "
                      r"(\d+) already loaded, (\d+) failed", output)
    assert found, output
    return dict(zip(("planned", "processed", "resumed", "already", "failed"), map(int, found.groups()), strict=True))


@pytest.mark.slow
def test_killed_cluster_run_resumes_shard_by_shard(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "corpus", articles=24, records=6)
    reference = tmp_path / "reference.duckdb"
    reference_run(paths, reference, Settings(batch_size=4))

    db = tmp_path / "cluster.duckdb"
    parts = tmp_path / "cluster.duckdb.parts"
    run = _eventwatch("run", *paths, "--db", str(db), "--workers", "1", "--shard-size", "2", "--batch-size", "4")
    proc = subprocess.Popen([*run, "--quiet"], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None and len(list(parts.glob("*.done"))) < 2:
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be interrupted: make the corpus larger"
    os.killpg(proc.pid, signal.SIGKILL)  # the driver and its local workers, as a crash or an OOM kill would
    proc.wait()

    again = subprocess.run(run, cwd=tmp_path, capture_output=True, text=True, check=True)
    counts = _shards(" ".join(again.stdout.split()))
    assert counts["failed"] == 0
    assert counts["resumed"] + counts["already"] >= 2, "shards finished before the kill are not processed again"
    assert counts["processed"] + counts["resumed"] + counts["already"] == counts["planned"]
    assert counts["processed"] < counts["planned"]
    assert store_contents(db) == store_contents(reference)


def test_the_progress_bar_is_built_for_a_terminal_only() -> None:
    """Into a pipe or a file the transient bar draws nothing, but rich's thread built it ten times a second."""
    from rich.console import Console

    from eventwatch.cli.cluster import progress_bar

    assert progress_bar(Console(stderr=True, force_terminal=False), quiet=False).disable
    assert progress_bar(Console(stderr=True, force_terminal=True), quiet=True).disable
    drawn = progress_bar(Console(stderr=True, force_terminal=True), quiet=False)
    assert not drawn.disable
    assert drawn.live.refresh_per_second == 2


def test_the_fork_server_is_stopped_when_closing_the_cluster_raises(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The server forks the workers of our cluster; left running it would outlive a run whose close failed."""
    from types import SimpleNamespace

    import eventwatch.cli.cluster as cli_cluster
    import eventwatch.runner.cluster as runner_cluster
    import eventwatch.runner.forkserver as forkserver

    class Failing:
        def close(self) -> None:
            raise RuntimeError("the cluster did not close")

    client = SimpleNamespace(cluster=Failing(), close=lambda: None, nthreads=lambda: {"w": 1})
    stopped: list[bool] = []
    monkeypatch.setattr(runner_cluster, "local_client", lambda workers: client)
    monkeypatch.setattr(runner_cluster, "DaskExecutor", lambda *args, **kwargs: SimpleNamespace())
    monkeypatch.setattr(cli_cluster, "run_sharded", lambda *args, **kwargs: SimpleNamespace())
    monkeypatch.setattr(forkserver, "stop_server", lambda: stopped.append(True))
    monkeypatch.setattr(forkserver, "server_cpu_seconds", lambda: 0.0)
    (tmp_path / "a.txt").write_text("Protesters marched in Lagos on Monday.", encoding="utf-8")
    settings = Settings(db=str(tmp_path / "run.duckdb"))
    with pytest.raises(RuntimeError, match="did not close"):
        cli_cluster.run_on_cluster([str(tmp_path / "a.txt")], settings, workers=1, scheduler=None, parts=None,
                                   keep_parts=False, quiet=True)
    assert stopped == [True]


def test_the_command_line_knows_a_run_on_its_own_cluster_before_click_parses_it() -> None:
    """`main` starts the fork server before importing the commands for these words only."""
    from eventwatch.cli import runs_own_cluster

    assert runs_own_cluster(["run", "crawl/", "--workers", "2"])
    assert runs_own_cluster(["run", "--workers=2", "--db", "x.duckdb", "crawl/"])
    assert not runs_own_cluster(["run", "crawl/"])
    assert not runs_own_cluster(["run", "crawl/", "--workers", "2", "--scheduler", "tcp://10.0.0.5:8786"])
    assert not runs_own_cluster(["run", "--workers", "2", "--help"])
    assert not runs_own_cluster(["read", "--workers", "2"])
    assert not runs_own_cluster([])


def test_the_package_loads_its_api_when_first_asked_for() -> None:
    """`import eventwatch` imports neither the API nor the stage modules (see the package's docstring)."""
    code = ("import sys, eventwatch\n"
            "assert 'eventwatch.api' not in sys.modules and 'eventwatch.dates' not in sys.modules\n"
            "from eventwatch import Settings, extract\n"
            "import eventwatch.settings, eventwatch.api\n"
            "assert Settings is eventwatch.settings.Settings and extract is eventwatch.api.extract\n"
            "assert eventwatch.Pipeline.__module__ == 'eventwatch.pipeline'\n"
            "assert 'Document' in dir(eventwatch)\n")
    subprocess.run([sys.executable, "-c", code], check=True)

"""The sharded runner's driver, with shards run in this process: the store it leaves equals the in-process run's,
it resumes shard by shard, and a failing shard is a drop while the run goes on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from shardcorpus import reference_run, write_corpus
from storediff import store_contents

from eventwatch.readers.shards import Shard
from eventwatch.runner.driver import SerialExecutor, ShardedSummary, open_loader, run_sharded
from eventwatch.runner.parts import part_path
from eventwatch.runner.shardwork import ShardWorker
from eventwatch.settings import Settings
from eventwatch.store import Store

SETTINGS = Settings(batch_size=4, published="2024-03-29")


@pytest.fixture(scope="module")
def worker() -> ShardWorker:
    """A worker warmed as the cluster's workers are: the sharded runs below must still store what the in-process
    run stores."""
    built = ShardWorker(SETTINGS)
    built.warm()
    return built


def test_the_warm_up_report_reaches_every_lazy_load(worker: ShardWorker) -> None:
    """The warm-up report is coded (not dropped), gives events the arbiter judged, and one at a division's seat
    (the gazetteer's seats table): what a shard would otherwise load inside its task."""
    doc = worker.warm()
    assert doc.dropped is None and len(doc.events) >= 4
    assert any("arbiter" in e.notes for e in doc.events)
    assert any(e.geo_precision == 3 for e in doc.events)  # "in Zamfara state": at the state's seat


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], Path]:
    root = tmp_path_factory.mktemp("driver")
    paths = write_corpus(root / "corpus")
    reference = root / "reference.duckdb"
    reference_run(paths, reference, SETTINGS)
    return paths, reference


def _run(paths: list[str], db: Path, task: Any, *, keep: bool = False, progress: Any = None) -> ShardedSummary:
    with Store(db) as store:
        return run_sharded(paths, store, SETTINGS, SerialExecutor(SETTINGS, task), db.with_suffix(".parts"),
                           size=3, split_bytes=0, keep_parts=keep, progress=progress)


@pytest.mark.slow
def test_a_loader_opened_ahead_stores_the_same(corpus: tuple[list[str], Path], worker: ShardWorker,
                                               tmp_path: Path) -> None:
    """`eventwatch run --workers N` opens the driver's loader and warms the merge while its cluster starts
    (`open_loader`): the run then stores what a run that opens it itself stores, the in-process run's store; a
    loader opened for another folder or other flags is refused, not used."""
    from eventwatch.merge.written import _patterns

    paths, reference = corpus
    db = tmp_path / "ahead.duckdb"
    folder = db.with_suffix(".parts")
    with Store(db) as store:
        _patterns.cache_clear()
        loader = open_loader(store, SETTINGS, folder)
        assert _patterns.cache_info().currsize == 1, "the merge's patterns are compiled before the first shard"
        for other in ({"keep_parts": True}, {"reprocess": True}):
            with pytest.raises(ValueError, match="another run"):
                run_sharded(paths, store, SETTINGS, SerialExecutor(SETTINGS, worker.process), folder, size=3,
                            split_bytes=0, loader=loader, **other)
        with pytest.raises(ValueError, match="another run"):
            run_sharded(paths, store, SETTINGS, SerialExecutor(SETTINGS, worker.process), tmp_path / "elsewhere",
                        size=3, split_bytes=0, loader=loader)
        summary = run_sharded(paths, store, SETTINGS, SerialExecutor(SETTINGS, worker.process), folder, size=3,
                              split_bytes=0, loader=loader)
    assert summary.processed == summary.planned > 6
    assert store_contents(db) == store_contents(reference)


@pytest.mark.slow
def test_sharded_store_equals_in_process_store(corpus: tuple[list[str], Path], worker: ShardWorker,
                                               tmp_path: Path) -> None:
    paths, reference = corpus
    expected = store_contents(reference)
    assert len(expected["documents"]) >= 20 and len(expected["events"]) >= 15
    reasons = {row[4].split(" of ")[0] for row in expected["drops"]}  # (drop_id, origin, doc_id, stage, reason..)
    assert {"exact duplicate", "fr", "empty file"} <= reasons | {r.split(":")[0] for r in reasons}

    db = tmp_path / "sharded.duckdb"
    summary = _run(paths, db, worker.process)
    assert summary.processed == summary.planned > 6  # the JSONL export was cut into ranges
    assert store_contents(db) == expected
    assert not list(db.with_suffix(".parts").glob("*.parquet")), "loaded parts are removed"

    again = _run(paths, db, worker.process)  # a rerun finds every shard loaded and adds nothing
    assert again.already_loaded == again.planned and again.processed == 0
    assert store_contents(db) == expected


@pytest.mark.slow
def test_a_stopped_driver_resumes_and_processes_each_shard_once(corpus: tuple[list[str], Path],
                                                                worker: ShardWorker, tmp_path: Path) -> None:
    paths, reference = corpus
    db = tmp_path / "stopped.duckdb"
    calls: list[str] = []

    def task(shard: Shard, folder: Path) -> dict[str, Any]:
        calls.append(shard.key)
        return worker.process(shard, folder)

    class Stop(Exception):
        pass

    def stop_after_four(summary: ShardedSummary, _docs: int) -> None:
        if summary.processed == 4:
            raise Stop

    with pytest.raises(Stop):
        _run(paths, db, task, progress=stop_after_four)
    first = set(calls)
    assert len(first) == 4
    # a part finished but never loaded (the driver stopped in between) is loaded, not computed again
    assert any(part_path(db.with_suffix(".parts"), key).exists() for key in first)

    summary = _run(paths, db, task)
    assert len(calls) == len(set(calls)) == summary.planned, "every shard was processed exactly once"
    assert summary.already_loaded + summary.resumed + summary.processed == summary.planned
    assert summary.resumed >= 1
    done = store_contents(db)
    expected = store_contents(reference)
    assert done["documents"] == expected["documents"] and done["events"] == expected["events"]


@pytest.mark.slow
def test_a_failing_shard_is_a_drop_and_the_run_goes_on(corpus: tuple[list[str], Path], worker: ShardWorker,
                                                       tmp_path: Path) -> None:
    paths, reference = corpus
    db = tmp_path / "failing.duckdb"

    def task(shard: Shard, folder: Path) -> dict[str, Any]:
        if shard.seq == 2:
            raise RuntimeError("the worker ran out of disk")
        return worker.process(shard, folder)

    summary = _run(paths, db, task)
    assert len(summary.failed) == 1 and "out of disk" in summary.failed[0][1]
    with Store(db) as store:
        drops = store.query("SELECT origin, stage, reason FROM drops WHERE stage = 'shard'")
        stored = store.count("documents")
    assert len(drops) == 1 and "RuntimeError: the worker ran out of disk" in drops[0]["reason"]
    assert 0 < stored < len(store_contents(reference)["documents"])

    again = _run(paths, db, worker.process)  # the next run tries the failed shard again
    assert again.processed == 1 and not again.failed
    assert store_contents(db)["documents"] == store_contents(reference)["documents"]
    with Store(db) as store:
        assert store.query("SELECT * FROM drops WHERE stage = 'shard'") == []


@pytest.mark.slow
def test_a_checkpoint_after_every_batch_leaves_the_same_store(corpus: tuple[list[str], Path], worker: ShardWorker,
                                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The driver checkpoints at a low threshold and bounds DuckDB's memory (runner/memory.py): rows and indexes
    read back from disk after a checkpoint must give the same look-ups (dedupe candidates, the merge's reports),
    so the store is the in-process run's. A threshold of 1 KB checkpoints after every batch, and the driver opens
    the store again after each checkpoint (with its one thread): what DuckDB read before is read anew."""
    from eventwatch.runner import memory

    monkeypatch.setattr(memory, "CHECKPOINT_THRESHOLD", "1KB")
    reopened: list[int] = []
    reopen = Store.reopen

    def counted(self: Store) -> None:
        reopen(self)
        reopened.append(1)

    monkeypatch.setattr(Store, "reopen", counted)
    paths, reference = corpus
    db = tmp_path / "checkpointed.duckdb"
    with Store(db) as store:
        ((default,),) = store.con.execute("SELECT current_setting('memory_limit')").fetchall()
        summary = run_sharded(paths, store, SETTINGS, SerialExecutor(SETTINGS, worker.process),
                              db.with_suffix(".parts"), size=3, split_bytes=0)
        # the bound held while loading is lifted at the end of the run, before any work over the whole store
        assert store.con.execute("SELECT current_setting('memory_limit')").fetchall() == [(default,)]
        assert store.con.execute("SELECT current_setting('threads')").fetchall() == [(1,)]
    assert len(reopened) >= summary.run.read // SETTINGS.batch_size - 1
    assert store_contents(db) == store_contents(reference)


@pytest.mark.slow
def test_the_summary_says_how_far_apart_the_workers_ended(corpus: tuple[list[str], Path], worker: ShardWorker,
                                                        tmp_path: Path) -> None:
    """Each worker's last shard's finishing time (the marker's `finished`, the worker's clock) is kept by worker;
    the spread between the first and the last worker to run out of shards is how long one idled at the end."""
    paths, _ = corpus

    def two_workers(shard: Shard, folder: Path) -> dict[str, Any]:
        info = worker.process(shard, folder)
        assert isinstance(info["finished"], float)
        return info | {"worker": "b" if shard.seq % 2 else "a", "finished": 1000.0 + 2.5 * shard.seq}

    summary = _run(paths, tmp_path / "spread.duckdb", two_workers)
    last = summary.planned - 1
    assert summary.ended == {"a" if last % 2 == 0 else "b": 1000.0 + 2.5 * last,
                             "b" if last % 2 == 0 else "a": 1000.0 + 2.5 * (last - 1)}
    assert summary.end_spread() == 2.5
    assert ShardedSummary(ended={"a": 5.0}).end_spread() is None


def test_what_the_driver_holds_is_frozen_while_parts_load_and_let_go_after() -> None:
    """The objects the process holds when loading starts are out of the collector's generations (`gc.freeze`) for
    the loading only; a process that froze objects of its own keeps them as they are."""
    import gc

    from eventwatch.runner.driver import _settled

    if gc.get_freeze_count():
        pytest.skip("an earlier test froze objects of this process")
    with _settled():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        held = gc.get_freeze_count()
        with _settled():
            assert gc.get_freeze_count() == held
        assert gc.get_freeze_count() == held
    finally:
        gc.unfreeze()

"""The driver's memory bounds: DuckDB's settings while loading parts, and the C allocator's free pages returned."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import duckdb
import pytest

from eventwatch.runner.memory import bound_store_memory, release_free_memory, unbound_store_memory


def _settings(con: duckdb.DuckDBPyConnection) -> tuple[str, str]:
    ((limit, threshold),) = con.execute("SELECT current_setting('memory_limit'), "
                                        "current_setting('checkpoint_threshold')").fetchall()
    return str(limit), str(threshold)


def test_loading_bounds_duckdb_and_lifting_restores_its_defaults(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "s.duckdb"))
    defaults = _settings(con)
    bound_store_memory(con)
    limit, threshold = _settings(con)
    assert limit.endswith("MiB") and float(limit.split()[0]) < 100  # 64 MB, whatever the machine's memory
    assert threshold == defaults[1]  # DuckDB's own, named: lower thresholds cost CPU and saved nothing
    unbound_store_memory(con)
    assert _settings(con) == defaults
    con.close()


def test_free_pages_are_returned_where_the_c_library_is_glibc() -> None:
    """On glibc Linux (this project's CI and the cluster images) the call is made; elsewhere it says it cannot."""
    import platform

    made = release_free_memory()
    assert made == (sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc")
    assert release_free_memory() == made  # the looked-up function is kept, and a second call is as harmless


def test_the_bound_leaves_room_for_the_batch_at_hand() -> None:
    from eventwatch.runner import memory

    assert memory.batch_limit(0) == memory.LOADING_MEMORY_LIMIT
    assert memory.batch_limit(300_000) - memory.LOADING_MEMORY_LIMIT < 1_000_000  # an ordinary batch: the bound
    assert memory.batch_limit(150_000_000) >= memory.LOADING_MEMORY_LIMIT + 150_000_000


def test_a_batch_of_long_reports_commits_under_the_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Long reports (a million characters each, within max_bytes and max_sentences) are rows DuckDB must hold until
    the batch commits: under the bare bound the write fails, with the batch's room it commits. The bound is scaled
    down here (16 MB, 12 reports) so that the test stays small; the driver's is 64 MB for 128 reports."""
    from eventwatch.errors import StoreError
    from eventwatch.records import Document
    from eventwatch.runner import memory
    from eventwatch.runner.local import store_batch
    from eventwatch.store import Store

    monkeypatch.setattr(memory, "LOADING_MEMORY_LIMIT", 16_000_000)
    noise = random.Random(7)

    def batch(tag: str) -> list[Document]:
        texts = [noise.randbytes(500_000).hex() for _ in range(12)]  # incompressible, as DuckDB stores it
        return [Document(raw=t, origin=f"{tag}{i}.txt", id=f"{tag}{i:04d}", text=t, published="2024-03-29")
                for i, t in enumerate(texts)]

    store = Store(str(tmp_path / "s.duckdb"))
    bound_store_memory(store.con)
    with pytest.raises(StoreError, match="Out of Memory"):
        store_batch(store, batch("a"), "signature")
    docs = batch("b")
    bound_store_memory(store.con, sum(len(d.raw.encode()) + len(d.text.encode()) for d in docs))
    store_batch(store, docs, "signature")
    assert store.con.execute("SELECT count(*) FROM documents").fetchone() == (12,)
    bound_store_memory(store.con)  # and back to the bound for the next, ordinary batch
    assert _settings(store.con)[0] == _settings(duckdb_with_limit(memory.LOADING_MEMORY_LIMIT))[0]


def duckdb_with_limit(limit: int) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"SET memory_limit = '{limit}B'")
    return con


def test_the_bound_leaves_room_for_the_stores_indexes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """DuckDB holds an index whole in memory while it writes: once a store's keys outgrow a fixed bound, a commit
    or a checkpoint cannot allocate them (fatal at a checkpoint). The bound grows with the keys the store's
    indexes hold, so batch after batch commits. Scaled down: a 16 MB bound, 16,000 keys a batch (random ids, as
    content hashes are), some 30 MB of index in the end."""
    from eventwatch.runner import memory

    monkeypatch.setattr(memory, "LOADING_MEMORY_LIMIT", 16_000_000)
    con = duckdb.connect(str(tmp_path / "s.duckdb"))
    con.execute("SET threads = 1")
    con.execute("CREATE TABLE t (id VARCHAR PRIMARY KEY, doc VARCHAR)")
    con.execute("CREATE INDEX t_doc ON t (doc)")
    assert memory.index_keys(con) == 0
    batches = 24
    for b in range(batches):
        bound_store_memory(con)
        con.execute("BEGIN")
        con.execute("INSERT INTO t SELECT md5((? * 100000 + i)::VARCHAR), md5((? * 100000 + i / 4)::VARCHAR) "
                    "FROM range(8000) r(i)", [b, b])
        con.execute("COMMIT")
    con.execute("CHECKPOINT")
    assert memory.index_keys(con) == 2 * 8000 * batches  # two indexes over every row
    limit = float(_settings(con)[0].split()[0])
    assert limit > 16_000_000 / 2**20 + 2 * 8000 * (batches - 1) * memory.INDEX_BYTES_PER_KEY / 2**20 - 1
    con.close()


def test_without_room_for_the_indexes_the_store_fails(tmp_path: Path) -> None:
    """What the room above is for: the same writes under the fixed bound fail once the indexes outgrow it."""
    con = duckdb.connect(str(tmp_path / "s.duckdb"))
    con.execute("SET threads = 1")
    con.execute("CREATE TABLE t (id VARCHAR PRIMARY KEY, doc VARCHAR)")
    con.execute("CREATE INDEX t_doc ON t (doc)")
    con.execute("SET memory_limit = '16000000B'")
    with pytest.raises(duckdb.Error, match=r"allocate|pin|Out of Memory"):
        for b in range(24):
            con.execute("BEGIN")
            con.execute("INSERT INTO t SELECT md5((? * 100000 + i)::VARCHAR), md5((? * 100000 + i / 4)::VARCHAR) "
                        "FROM range(8000) r(i)", [b, b])
            con.execute("COMMIT")
        con.execute("CHECKPOINT")

"""What the driver does between batches so that its resident memory stays flat in the corpus size.

Five things outlive a batch without being needed by the next one:

- **DuckDB's data not yet checkpointed.** Rows written since the last checkpoint live in memory (DuckDB's
  in-memory row groups and their ART indexes) until the write-ahead log reaches `checkpoint_threshold`: a
  saw-tooth of some 30 MB, bounded whatever the corpus. A threshold of 4 or 8 MB instead of DuckDB's 16 MB did not
  lower the driver's memory once DuckDB's own is bounded (below) and cost 5-15% more CPU (checkpoints), so the
  threshold stays DuckDB's, named here so that a test can make every batch a checkpoint.
- **What DuckDB keeps of an open database beside its buffers.** The metadata of the row groups and column
  segments it has read or written (and their statistics) stays in the C heap for as long as the database is open,
  outside DuckDB's buffer pool (neither `duckdb_memory()` nor `memory_limit` counts it): some 3 MB per 1,000
  documents of the C allocator's bytes in use in a 9-pass `bench_driver.py` replay (Python's own objects 0.6 of it,
  `tracemalloc`), 24 -> 45 MB over 7,560 documents. Opening the store again lets it go, so the driver reopens it
  after every batch whose commit checkpointed (`Store.checkpointed`: its write-ahead log is then empty, so closing
  writes nothing; DuckDB reads its indexes back whole at the next insert after a checkpoint in any case): the heap
  in use after each checkpoint stays at 29-30 MB. Closing and opening costs about 45 ms a checkpoint (one in some 7
  batches of 128 documents); the batches after it were no dearer (the driver's CPU level, its last batches cheaper).
- **Pages the C allocator keeps.** Python's objects freed after a batch (the batch's documents, the rows the merge
  read, the Arrow tables registered for inserts) leave free chunks that glibc's `malloc` keeps in its arenas
  rather than returning them to the system; `malloc_trim` returns the free pages at the top and inside the arenas.
  It costs about a millisecond per batch and changes nothing but the resident memory.
- **DuckDB's buffer pool.** Blocks of the store read or written stay cached until DuckDB needs the memory, and
  its default limit is 80% of the machine's: the cache grew with the store (6 -> 19 MB over 2,520 documents).
  While the driver loads parts its statements are small look-ups and inserts, so its connection gets a limit
  (`LOADING_MEMORY_LIMIT`) that DuckDB meets by dropping cached blocks (read again from the file when needed);
  the limit is lifted before whole-store work (the merge of an old store's reports, `--reprocess`'s re-clustering).
  A batch's own rows must fit in DuckDB's memory until its transaction commits, so before each batch the limit
  grows by `BATCH_BYTES_FACTOR` times the batch's text (`batch_limit`): 64 long reports (1,900 sentences, 1.2 MB of
  incompressible text each, 156 MiB with their raw copies) failed to commit under a fixed 96 MB and need some 0.5
  to 1 times their size; an ordinary batch (128 reports of 300 words, about 0.5 MB with their raw copies) adds
  some 1 MB to the bound.
- **The store's indexes.** DuckDB keeps every index (each primary key, unique constraint and `CREATE INDEX`: an
  ART) whole in memory while it writes to the table: it cannot evict a part of one and read it back, and a
  checkpoint loads and writes it whole. They grow with the store (some 66 keys a report with its events, evidence,
  links and dedupe bands), so under a fixed limit a large enough store could no longer commit a batch or
  checkpoint (DuckDB's "could not allocate", fatal at a checkpoint: the store is closed). The limit therefore also
  grows by `INDEX_BYTES_PER_KEY` for every key the store's indexes hold (`index_keys`, from DuckDB's catalogue
  and row counts), so that what the bound takes from DuckDB is its cache of blocks, never the room its indexes
  need. Those indexes are what still grows with the corpus in the driver (and in any process writing the store).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache

import duckdb

# DuckDB checkpoints once its write-ahead log holds this much (DuckDB's default); see the module.
CHECKPOINT_THRESHOLD = "16MiB"
# DuckDB's memory while the driver loads parts: its cache of the store's blocks is bounded by it (see the module).
# What a batch needs sets its floor: the merge's read of a batch's reports (`merge.load.report_rows`, one query
# joining them with their documents, evidence and the other events of their documents) needs 45 / 52 / 58 MB of
# DuckDB's memory for batches of 32 / 128 / 512 documents (the least limit under which it ran, on a store of 1,680
# bench documents); under 48 MB the first batch failed. Above that floor, whatever room the bound gives is filled
# by cached blocks the batch does not need: 96 MB let them reach 42 MB over 7,560 documents (a 9-pass
# `bench_driver.py` replay), 64 MB 24 MB, and the driver's resident memory grew 10.75 -> 8.15 MB per 1,000.
LOADING_MEMORY_LIMIT = 64_000_000
# Bytes of DuckDB memory a batch may add per byte of its documents' text and raw copy (see the module): twice what
# incompressible text was measured to need, so that a batch of long reports commits.
BATCH_BYTES_FACTOR = 2
# Bytes of memory DuckDB's ART needs per key of the store's indexes (see the module), with a margin: over 7,560
# bench documents (74 keys each) the indexes took 32 MiB, 60 bytes a key, each further key some 32 bytes (the
# first ones fill DuckDB's fixed buffers, which the bound covers); a larger reserve would only let DuckDB's cache of
# blocks grow into the room the bound takes from it. 32 bytes a key was too little: a store given the keys of some
# 20,000 documents (`bench_driver.py --extra-index-rows 600000`) failed its merge's read under a 64 MB bound.
INDEX_BYTES_PER_KEY = 64

# Keys in the store's indexes: the rows of every table times its indexes (primary keys, unique constraints and
# those made by `CREATE INDEX`). DuckDB's estimate of a table's rows is its committed count, read from its metadata.
_INDEX_KEYS = """
SELECT coalesce(sum(t.estimated_size * k.n), 0) FROM duckdb_tables() t JOIN (
    SELECT database_name, schema_name, table_name, count(*) AS n FROM (
        SELECT database_name, schema_name, table_name FROM duckdb_constraints()
        WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE')
        UNION ALL SELECT database_name, schema_name, table_name FROM duckdb_indexes()) GROUP BY ALL) k
USING (database_name, schema_name, table_name)
"""


def batch_limit(batch_bytes: int, index_keys: int = 0) -> int:
    """DuckDB's memory limit while a batch of `batch_bytes` of text is written into a store whose indexes hold
    `index_keys` keys: the bound plus room for the batch and for the indexes."""
    return LOADING_MEMORY_LIMIT + BATCH_BYTES_FACTOR * max(batch_bytes, 0) + INDEX_BYTES_PER_KEY * max(index_keys, 0)


def index_keys(con: duckdb.DuckDBPyConnection) -> int:
    """Keys the indexes of the connection's tables hold (see the module); about 2 ms on the store's catalogue."""
    ((keys,),) = con.execute(_INDEX_KEYS).fetchall()
    return int(keys or 0)


def bound_store_memory(con: duckdb.DuckDBPyConnection, batch_bytes: int = 0) -> None:
    """While loading parts: DuckDB's memory bounded, with room for the batch at hand and the store's indexes (and
    its checkpoint threshold named, see the module)."""
    con.execute(f"SET checkpoint_threshold = '{CHECKPOINT_THRESHOLD}'")
    con.execute(f"SET memory_limit = '{batch_limit(batch_bytes, index_keys(con))}B'")


def unbound_store_memory(con: duckdb.DuckDBPyConnection) -> None:
    """DuckDB's own defaults again, before work over the whole store."""
    con.execute("RESET memory_limit")
    con.execute("RESET checkpoint_threshold")


@cache
def _malloc_trim() -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    """glibc's `malloc_trim`, or None where the C library is not glibc (macOS, musl)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_free_memory() -> bool:
    """Give the pages the C allocator holds free back to the system; False where it cannot (not glibc)."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True

"""The driver's memory bounds: DuckDB's settings while loading parts, and the C allocator's free pages returned."""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

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
    assert limit.endswith("MiB") and float(limit.split()[0]) < 100  # 96 MB, whatever the machine's memory
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

"""What `bench_driver.py` reads of the driver while it replays parts: resident memory, the C allocator's bytes in
use, the slope of a series per 1,000 documents, the keys the store's indexes hold, a connection whose statements
are timed by the line of eventwatch's code running them (and profiled for whole-table scans), and the dates of a
pass moved back in time so that the merge joins no event of one pass with another's."""

from __future__ import annotations

import ctypes
import ctypes.util
import datetime as dt
import json
import re
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

_YEAR = re.compile(r"^(\d{4})(.*)$")


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def periods_back(value: str | None, years: int) -> str | None:
    """A report's `date_value` `years` earlier: its year, or each end of a range ("2017-03-20/2017-06-20"), so that a
    report of no day names the period of its own pass (a decade's "201X" stays as it is)."""
    return "/".join(years_back(v, years) or v for v in value.split("/")) if value else value


def years_back(value: str | None, years: int) -> str | None:
    """An ISO date (or year) `years` earlier; 29 February becomes the 28th in a year that has none."""
    match = _YEAR.match(value or "")
    if not match or not years:
        return value
    year, rest = int(match.group(1)) - years, match.group(2)
    if rest.startswith("-02-29"):
        try:
            dt.date(year, 2, 29)
        except ValueError:
            rest = "-02-28" + rest[6:]
    return f"{year:04d}{rest}"


class _Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


def malloc_in_use_mb() -> float:
    """Bytes the C allocator has handed out and not taken back (glibc: arenas in use plus mmapped chunks), MB; 0
    where the C library is not glibc."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        info = libc.mallinfo2
    except (OSError, AttributeError):
        return 0.0
    info.restype = _Mallinfo2
    got = info()
    return float(got.uordblks + got.hblkhd) / 2**20


def mapped_mb() -> dict[str, float]:
    """Resident memory by kind of mapping (`/proc/self/smaps`), MB: the C allocator's main heap (`heap`), other
    anonymous mappings (`anon`: glibc's mmapped chunks and thread arenas, Python's object arenas, other allocators'
    pools) and file-backed pages (`file`: the libraries); beside them glibc's own count of its main arena (`arena`:
    the heap's size, `free`: its free chunks, `mmapped`: chunks mmapped apart). {} where there is no smaps."""
    out = {"heap": 0.0, "anon": 0.0, "file": 0.0}
    try:
        with open("/proc/self/smaps", encoding="ascii", errors="replace") as smaps:
            kind = "anon"
            for line in smaps:
                head = line.split(maxsplit=6)
                if not head[0].endswith(":"):  # a mapping's first line: address, perms, offset, dev, inode, path
                    path = head[5].strip() if len(head) > 5 else ""
                    kind = "heap" if path == "[heap]" else "file" if path.startswith("/") else "anon"
                elif head[0] == "Rss:":
                    out[kind] += int(head[1]) / 1024
    except OSError:
        return {}
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        info = libc.mallinfo2
        info.restype = _Mallinfo2
        got = info()
        out |= {"arena": got.arena / 2**20, "free": got.fordblks / 2**20, "mmapped": got.hblkhd / 2**20}
    except (OSError, AttributeError):
        pass
    return out


def slope(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of (documents, MB), in MB per 1,000 documents."""
    if len(points) < 2:
        return 0.0
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return 1000 * sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var if var else 0.0


def index_entries(db: Path) -> dict[str, int]:
    """Keys in the store's indexes (primary keys, unique constraints, `CREATE INDEX`), by table: DuckDB keeps each
    index (an ART) in memory whole, so they are what grows with the store."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        per_table: dict[str, int] = {}
        for (table,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall():
            ((n_keys,),) = con.execute(
                "SELECT (SELECT count(*) FROM duckdb_constraints() WHERE table_name = $1 AND constraint_type IN "
                "('PRIMARY KEY', 'UNIQUE')) + (SELECT count(*) FROM duckdb_indexes() WHERE table_name = $1)",
                [table]).fetchall()
            if n_keys:
                ((rows,),) = con.execute(f'SELECT count(*) FROM "{table}"').fetchall()
                per_table[str(table)] = int(rows) * int(n_keys)
        return per_table
    finally:
        con.close()


def add_index_keys(db: Path, rows: int) -> None:
    """Give the fresh store DB's indexes the keys of a larger store: `rows` evidence rows (two keys each: its primary
    key and its index on event_id) and half as many dedupe band rows, with ids and keys no query of the merge or the
    dedupe stage meets."""
    from eventwatch.store import Store
    from eventwatch.store.dedupe_index import DDL

    with Store(db) as store:
        store.con.execute(DDL)
        store.con.execute("INSERT INTO evidence SELECT substr(md5('synthetic' || i::VARCHAR), 1, 16), 'sentence', 0, "
                          "0, '' FROM range(?) r(i)", [rows])
        store.con.execute("INSERT INTO dedupe_bands SELECT (hash('synthetic' || i::VARCHAR) >> 1)::BIGINT, "
                          "substr(md5('synthetic' || i::VARCHAR), 1, 16) FROM range(?) r(i)", [rows // 2])
        store.con.execute("CHECKPOINT")


class TimedConnection:
    """A DuckDB connection whose `execute` is timed (CPU) and counted by the line of eventwatch's code calling it,
    into `self.batch` (label -> seconds); everything else is the connection's."""

    _THROUGH = frozenset({"query", "insert", "id_column", "_stored", "_insert_keys", "near_keys"})

    def __init__(self, con: Any, profile: Path) -> None:
        self.con = con
        self.batch: dict[str, float] = {}
        self.profile = profile  # DuckDB's profile of one statement (JSON), read when `watch` is set
        self.watch = False
        self.labels: dict[str, str] = {}  # while watching: a statement's SQL -> the line running it
        self.scans: dict[tuple[str, str], int] = {}  # with `watch`: (label, table) -> rows read by a full scan

    def __getattr__(self, name: str) -> Any:
        return getattr(self.con, name)

    def execute(self, sql: str, *args: Any) -> Any:
        frame = sys._getframe(1)
        while frame.f_back is not None and frame.f_code.co_name in self._THROUGH:
            frame = frame.f_back
        label = f"{Path(frame.f_code.co_filename).parent.name}/{Path(frame.f_code.co_filename).stem}." \
                f"{frame.f_code.co_name}:{frame.f_lineno}"
        if self.watch:  # DuckDB writes a statement's profile when its result is let go, so it names its SQL
            self._read_scans()
            self.labels[sql] = label
        start = time.process_time()
        try:
            return self.con.execute(sql, *args)
        finally:
            self.batch[label] = self.batch.get(label, 0.0) + time.process_time() - start

    def watching(self, on: bool) -> None:
        """Profile every statement from now on (`on`), or no longer."""
        if self.watch and not on:
            self._read_scans()
        if on != self.watch:
            self.labels = {}
            self.profile.unlink(missing_ok=True)
            self.con.execute(f"PRAGMA enable_profiling = 'json'; SET profiling_output = '{self.profile}'" if on
                             else "PRAGMA disable_profiling")
        self.watch = on

    def _read_scans(self) -> None:
        """The store's tables the statement run last read by a full scan (DuckDB's profile), with the rows read."""
        try:
            found = json.loads(self.profile.read_text(encoding="utf-8"))
            self.profile.unlink()
        except (OSError, ValueError):
            return
        label = self.labels.get(str(found.get("query", {}).get("sql")))
        nodes = list(found.get("operator", [])) if label else []
        while nodes:
            node = nodes.pop()
            nodes += node.get("children", [])
            info = node.get("extra_info", {})
            if node.get("type") == "TABLE_SCAN" and info.get("Type") == "Sequential Scan" and \
                    str(info.get("Table", "")).count(".") == 2 and ".temp." not in str(info.get("Table")):
                key = (label, str(info["Table"]).rsplit(".", 1)[-1])
                self.scans[key] = self.scans.get(key, 0) + int(node.get("rows_scanned") or 0)


def statement_figures(batches: list[dict[str, float]], top: int = 25) -> list[str]:
    """The statements (by calling line) costing most a batch in the last tenth, with the first tenth's cost."""
    tenth = max(1, len(batches) // 10)
    first, last = batches[:tenth], batches[-tenth:]

    def mean(group: list[dict[str, float]], label: str) -> float:
        return 1000 * sum(b.get(label, 0.0) for b in group) / len(group)

    labels = sorted({k for b in batches for k in b}, key=lambda k: -mean(last, k))
    total = [1000 * statistics.fmean(sum(b.values()) for b in g) for g in (first, last)]
    return [f"all statements: {total[0]:.0f} -> {total[1]:.0f} ms a batch"] + [
        f"{label}: {mean(first, label):.1f} -> {mean(last, label):.1f} ms a batch" for label in labels[:top]]

"""The stored documents with no per-report event, keyed by the month of their publication: what the merge's
look-up of mentions reads (`merge.mentions`), through an index rather than a scan of `documents`.

After each batch the merge links anew the documents with no event published on the days its changed events lie on
(`mentions.refresh`): those published from one day to another. It read them by `published` as text, cast to a date
(`DAY`), which no index holds, so DuckDB scanned every document for every batch: 3.8 -> 20.5 ms a batch over a
9-pass `bench_driver.py` replay, a cost that grows with the store. Here each such document has a row (its month's
number, its day, its id), written with its row when it is stored with no event; the merge finds a range of days
through the index on the months that range spans and keeps the rows of its days (`between`). DuckDB's index answers
equality, not a range: a key per day would make a range of years thousands of look-ups, a month a few dozen.

The rows are a superset of what the scan found: a document written with no event has no per-report event as long
as its row is stored (its events are written with it, and `Store.forget` removes both), and the reader still
keeps only documents with no event (`mentions._documents`). A store written before this table gains the rows of
its documents when it is next opened for writing (`ensure`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import duckdb

_DDL = """CREATE TABLE eventless_days (month INTEGER, day DATE, doc_id VARCHAR);
CREATE INDEX eventless_days_month ON eventless_days (month);"""
# a stored document's day of publication, as the merge reads it (`published` is the reader's text)
DAY = "TRY_CAST(substr(d.published, 1, 10) AS DATE)"
_INSERT = f"""INSERT INTO eventless_days SELECT year(day) * 12 + month(day) - 1, day, id
FROM (SELECT {DAY} AS day, d.id FROM documents d WHERE {{where}}) WHERE day IS NOT NULL"""


def month(day: dt.date) -> int:
    """A day's month as the table numbers it (DuckDB's `year(day) * 12 + month(day) - 1`)."""
    return day.year * 12 + day.month - 1


def ensure(con: duckdb.DuckDBPyConnection) -> None:
    """The table, with the rows of the stored documents with no event when a store written before it gains it (in
    the caller's transaction, or in one of its own)."""
    if con.execute("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND "
                   "table_name = 'eventless_days'").fetchall()[0][0]:
        return
    con.execute(_DDL)
    # a store written before documents had a day of publication has no rows to key (nothing the scan could find)
    if con.execute("SELECT count(*) FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = 'documents' "
                   "AND column_name = 'published'").fetchall()[0][0]:
        con.execute(_INSERT.format(where="NOT EXISTS (SELECT 1 FROM report_events r WHERE r.doc_id = d.id)"))


def add(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> None:
    """The rows of these documents, just stored with no event (looked up through the documents' key)."""
    if doc_ids:
        con.execute(_INSERT.format(where="list_contains(?, d.id)"), [list(doc_ids)])


def forget(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> None:
    """Remove the rows of these documents (removed from the store)."""
    if doc_ids:
        con.execute("DELETE FROM eventless_days WHERE list_contains(?, doc_id)", [list(doc_ids)])


def between(con: duckdb.DuckDBPyConnection, lo: dt.date, hi: dt.date) -> list[str]:
    """The ids of the documents with no event (when stored) published from `lo` to `hi`, through the index on the
    months the range spans."""
    months = list(range(month(lo), month(hi) + 1))
    if not months:
        return []
    rows = con.execute("SELECT doc_id FROM eventless_days WHERE list_contains(?, month) "
                       "AND day BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)", [months, lo, hi]).fetchall()
    return [str(r[0]) for r in rows]

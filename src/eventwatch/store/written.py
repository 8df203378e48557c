"""What the last batch wrote, kept by the store until the next one: the merge reads the batch's new reports from
these rows (`merge/fresh.py`) instead of querying them back from the tables it has just written.

Reading a batch's reports back was the driver's costliest statement (some 52 ms a batch of 120 documents, 69 ms
once the store held nine times the corpus: DuckDB fetches each row's 40 columns from compressed segments, and the
look-ups grow with the indexes). The rows are kept only where what DuckDB would give back is known without asking:
a document new to the store, written once in the batch, all of whose reports are new too (a document stored before,
or with a report stored before, is read from the tables as it always was).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

import duckdb


@dataclass(slots=True)
class Written:
    """The rows of one batch's documents whose reports `merge/fresh.py` may read without a query."""

    documents: dict[str, list[Any]] = field(default_factory=dict)  # doc id -> its row (`schema._DOC_COLUMNS`)
    events: dict[str, list[list[Any]]] = field(default_factory=dict)  # doc id -> its reports (`EVENT_COLUMNS`)
    evidence: dict[str, list[list[Any]]] = field(default_factory=dict)  # event id -> its spans (event, role, ...)
    stamp: Any = None  # the transaction's `current_timestamp`: what the reports' `updated_at` defaults to


def stored_before(con: duckdb.DuckDBPyConnection, doc_rows: list[list[Any]]) -> set[str]:
    """The ids of these document rows that the store holds already (before the batch's insert)."""
    ids = [str(r[0]) for r in doc_rows]
    found = con.execute("SELECT id FROM documents WHERE list_contains(?, id)", [ids]).fetchall() if ids else []
    return {str(r[0]) for r in found}


def written(con: duckdb.DuckDBPyConnection, doc_rows: list[list[Any]], event_rows: list[list[Any]],
            new_events: list[list[Any]], new_evidence: list[list[Any]], stored: Collection[str],
            known: Collection[str]) -> Written:
    """The batch's documents new to the store (not in `known`, once in the batch) with their reports (each event
    row's `doc_id`), when none of those reports was stored before (`stored`, read from all of the batch's
    `event_rows`); their reports and spans as inserted (`new_events`, `new_evidence`: what `rows._first_new` let in,
    the first of each event id and the first span of each role)."""
    twice = {i for i, n in Counter(str(r[0]) for r in doc_rows).items() if n > 1}
    old = {str(r[1]) for r in event_rows if r[0] in stored}  # documents with a report stored before
    # DuckDB's `current_timestamp` is the transaction's start: the `updated_at` the rows were given
    out = Written(stamp=con.execute("SELECT current_timestamp").fetchall()[0][0])
    out.documents = {str(r[0]): r for r in doc_rows if r[0] not in known and r[0] not in twice and r[0] not in old}
    kept: set[str] = set()
    for row in new_events:
        if str(row[1]) in out.documents:
            kept.add(str(row[0]))
            out.events.setdefault(str(row[1]), []).append(row)
    for row in new_evidence:
        if row[0] in kept:
            out.evidence.setdefault(str(row[0]), []).append(row)
    return out

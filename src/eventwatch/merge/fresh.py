"""The rows `load.select_reports` gives for a batch's new reports, built from the rows the batch wrote.

The merge reads every report of a batch right after the batch is written (`merge_new`). Querying them back was the
driver's costliest statement, growing with the store (`store/written.py`); the store keeps the batch's rows instead,
and this module gives what the query would: the report's columns as DuckDB returns them (a DATE as a date, a
default `updated_at` as the transaction's timestamp), its document's columns, and what the query derives from the
evidence of the document's reports (the sentence, the place's words, `date_offset`, `lead`, `twins`, `twin_first`,
`field_spans`;
`select_reports` says what each means). A value whose round trip through DuckDB is not known for certain (a type
the table does not hold as given) makes its report read by the query, as before; tests compare the two, column by
column (`tests/merge/test_merge_fresh.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from eventwatch.store import EVENT_COLUMNS, Store
from eventwatch.store.schema import _DOC_COLUMNS

_NONE = object()  # a value whose stored form is not known: the report is read from the store
# the evidence roles of an event's fields (its trigger, actors, place and day; not the sentence nor a claim's teller):
# how many a report has spans for is what it says of its event (`coding.py`)
FIELD_ROLES: tuple[str, ...] = ("trigger", "actor1", "actor2", "place", "date")


def _stored(value: Any, kind: str) -> Any:
    """`value` as DuckDB returns it from a column of type `kind` after an insert through Arrow, else `_NONE`."""
    if value is None:
        return None
    if kind == "VARCHAR":
        return value if isinstance(value, str) else _NONE
    if kind in ("INTEGER", "BIGINT"):
        bound = 2**31 if kind == "INTEGER" else 2**63
        return value if type(value) is int and -bound <= value < bound else _NONE
    if kind == "DOUBLE":
        return float(value) if type(value) in (float, int) else _NONE
    if kind == "BOOLEAN":
        return value if type(value) is bool else _NONE
    if kind == "DATE" and isinstance(value, str) and len(value) == 10 and value[4] == value[7] == "-":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return _NONE
    return _NONE


def _evidence(spans: Sequence[Sequence[Any]]) -> dict[str, Any] | None:
    """The `ev` columns of one report's spans (None with no span: the query's left join finds no row)."""
    if not spans:
        return None
    role: dict[str, tuple[int | None, Any]] = {}
    for _, name, start, _, text in spans:
        if type(start) is not int and start is not None:
            raise ValueError("a span's start is no integer")
        role[str(name)] = (start, _stored(text, "VARCHAR"))
    if any(text is _NONE for _, text in role.values()):
        raise ValueError("a span's text is no string")
    sentence, place, date = role.get("sentence"), role.get("place"), role.get("date")
    return {"sentence": sentence[1] if sentence else None, "place_text": place[1] if place else None,
            "at": sentence[0] if sentence else None, "place_at": place[0] if place else None,
            "date_at": date[0] if date else None, "date_span": date is not None, "place_span": place is not None,
            "field_spans": sum(1 for name in role if name in FIELD_ROLES)}


def _document(store: Store, doc: str, event_types: Mapping[str, str],
              doc_types: Mapping[str, str], fields: Sequence[tuple[str, str]]) -> dict[str, dict[str, Any]]:
    """The rows of every report of a document the last batch wrote, by event id ({} when one value is not known)."""
    written = store.written
    assert written is not None
    events: list[dict[str, Any]] = []
    for values in written.events.get(doc, []):
        given = dict(zip(EVENT_COLUMNS, values, strict=True))
        row = {c: (_stored(given[c], kind) if c in given else written.stamp if c == "updated_at" else None)
               for c, kind in event_types.items()}
        if any(v is _NONE for v in row.values()):
            return {}
        events.append(row)
    given_doc = dict(zip(_DOC_COLUMNS, written.documents[doc], strict=True))
    docs = {alias: _stored(given_doc[c], doc_types[c]) if c in doc_types else None for c, alias in fields}
    if any(v is _NONE for v in docs.values()):
        return {}
    try:
        ev = {str(r["event_id"]): _evidence(written.evidence.get(str(r["event_id"]), [])) for r in events}
    except ValueError:
        return {}
    # the document's lead: the first sentence of a report not of the background, among those with spans
    starts = [e["at"] for r in events if not r.get("background") and (e := ev[str(r["event_id"])]) is not None]
    first = min((s for s in starts if s is not None), default=None)
    out: dict[str, dict[str, Any]] = {}
    for r in events:
        e = ev[str(r["event_id"])]
        at = e["at"] if e else None
        twins: list[dict[str, Any]] = []  # same type and day, another place, the same sentence
        if e is not None and at is not None:
            twins = [f for y in events if y["event_id"] != r["event_id"] and y["event_type"] is not None
                     and y["event_type"] == r["event_type"] and y["event_date"] == r["event_date"]
                     and y["location"] != r["location"] and (f := ev[str(y["event_id"])]) is not None
                     and f["at"] == at]
        out[str(r["event_id"])] = {
            **r, **docs,
            "sentence": e["sentence"] if e else None, "place_text": e["place_text"] if e else None,
            "date_span": e["date_span"] if e else False,
            "date_offset": e["date_at"] - at if e and e["date_at"] is not None and at is not None else None,
            "place_span": e["place_span"] if e else False,
            "lead": not r.get("background") and at == first,
            "twins": bool(twins),
            "twin_first": len(twins) == 1 and all(
                e is not None and e["place_at"] is not None and f["place_at"] is not None
                and e["place_at"] < f["place_at"] for f in twins),
            "field_spans": e["field_spans"] if e else 0,
        }
    return out


def fresh_rows(store: Store, ids: Sequence[str], event_types: Mapping[str, str], doc_types: Mapping[str, str],
               fields: Sequence[tuple[str, str]]) -> dict[str, dict[str, Any]]:
    """The rows of those of `ids` the last batch wrote (`store.written`), by event id; the others are not given.
    `event_types` and `doc_types` are the tables' columns and types (`Store.columns`), `fields` the documents'
    columns a row carries, with their names in it (`load._DOC_FIELDS`)."""
    written = store.written
    if written is None or not ids or any(c not in EVENT_COLUMNS and c not in _PLANNED for c in event_types) \
            or any(c in doc_types and c not in _DOC_COLUMNS for c, _ in fields):
        return {}
    docs: dict[str, str] = {}  # event id -> its document, of the batch's new documents
    for doc, rows in written.events.items():
        docs.update((str(r[0]), doc) for r in rows)
    out: dict[str, dict[str, Any]] = {}
    for doc in sorted({docs[i] for i in ids if i in docs}):
        out.update(_document(store, doc, event_types, doc_types, fields))
    return {i: out[i] for i in ids if i in out}


# columns of `report_events` no report row is given (null) but `updated_at`, its transaction's time
_PLANNED = ("updated_at", "n_reports", "n_sources", "source_kinds")

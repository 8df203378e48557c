"""Rows from records: a document, its evidence spans and captions as the store's tables hold them, and the
content-derived ids that make re-running add nothing."""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from eventwatch.records import Caption, Document, Event, content_id


def _hash(*parts: object) -> str:
    return content_id(*parts)


def _column(values: list[Any]) -> pa.Array:
    """An Arrow column; all-null columns get a string type so DuckDB can cast them to the table's type (built
    directly: inferring the type of a list of None is slow)."""
    if all(v is None for v in values):
        return pa.nulls(len(values), pa.string())
    array = pa.array(values)
    return array.cast(pa.string()) if pa.types.is_null(array.type) else array


def _document_row(doc: Document, pipeline: str) -> list[Any]:
    captions = json.dumps([{"text": c.text, "date": c.date, "at": c.at} for c in doc.captions], ensure_ascii=False)
    loaded = json.dumps([{"start": s.start, "end": s.end, "text": s.text, "technique": s.technique}
                         for s in doc.loaded_spans], ensure_ascii=False)
    o = doc.outlet
    outlet = [o.id, o.name, o.country, o.source_scale, o.kind, o.side or None] if o else [None] * 6
    return [
        doc.id, doc.origin, doc.url, doc.title, doc.published, doc.dateline.place, doc.dateline.date,
        doc.reported_by, doc.byline, doc.source, doc.language, doc.duplicate_of, captions, doc.text,
        len(doc.events), pipeline, *outlet, doc.outlet_via, doc.loaded_language, loaded, doc.record_id,
    ]


def parse_captions(value: object) -> tuple[Caption, ...]:
    """Captions from the JSON of the `captions` column (older rows have no `at`; bad values are skipped)."""
    try:
        items = json.loads(value) if isinstance(value, str) else []
    except ValueError:
        return ()
    out = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("text"), str):
            date, at = item.get("date"), item.get("at")
            out.append(Caption(item["text"], date if isinstance(date, str) else None,
                               at if isinstance(at, int) and not isinstance(at, bool) else None))
    return tuple(out)


def _evidence_rows(event: Event) -> list[list[Any]]:
    ev = event.evidence
    rows = []
    for role, span in (("sentence", ev.sentence), ("trigger", ev.trigger), ("actor1", ev.actor1),
                       ("actor2", ev.actor2), ("place", ev.place), ("date", ev.date), ("claim", ev.claim)):
        if span is not None:
            rows.append([event.event_id, role, span.start, span.end, span.text])
    return rows


def event_id(*parts: object) -> str:
    """A deterministic event id, so that the same event extracted twice is stored once."""
    return _hash("event", *parts)


def _first_new(rows: list[list[Any]], stored: set[str], width: int = 1) -> list[list[Any]]:
    """Rows whose event id (their first value) is not in `stored`, the first of each key (their first `width`
    values): what `INSERT OR IGNORE` on that key lets in. Report rows are keyed by the event id; evidence rows by
    (event, role), the key evidence no longer has (`schema.DROPPED_KEYS`)."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for row in rows:
        key = tuple(row[:width])
        if row[0] not in stored and key not in seen:
            seen.add(key)
            out.append(row)
    return out

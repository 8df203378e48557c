"""Exports of the event table in ACLED column names: CSV, GeoJSON, Parquet and JSON Lines."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Literal

from eventwatch.errors import EventwatchError
from eventwatch.store import EVENT_COLUMNS, Store

Format = Literal["csv", "geojson", "parquet", "jsonl"]
FORMATS: tuple[str, ...] = ("csv", "geojson", "parquet", "jsonl")
COLUMNS: tuple[str, ...] = (*EVENT_COLUMNS[:3], "year", *EVENT_COLUMNS[3:], "evidence")


class ExportError(EventwatchError):
    code = "E020"


_SELECT = f"""
SELECT {', '.join('e.' + c for c in EVENT_COLUMNS[:3])}, TRY_CAST(substr(e.event_date, 1, 4) AS INTEGER) AS year,
       {', '.join('e.' + c for c in EVENT_COLUMNS[3:])},
       (SELECT v.text FROM evidence v WHERE v.event_id = e.event_id AND v.role = 'sentence') AS evidence
FROM events e {{where}} ORDER BY e.event_date NULLS LAST, e.doc_id, e.event_id
"""
_SQL = _SELECT.format(where="")


def rows(store: Store, where: str = "", params: Sequence[Any] = (), con: Any = None) -> Iterator[dict[str, Any]]:
    """Export rows in order; `where` (a SQL `WHERE ...` over alias `e`, with `params`) narrows them, as the HTTP
    API's downloads of a filtered set do, on `con` (a cursor of the store's connection) when given."""
    cur = (con or store.con).execute(_SELECT.format(where=where), list(params))
    names = [d[0] for d in cur.description or []]
    while batch := cur.fetchmany(1000):
        for row in batch:
            yield dict(zip(names, row, strict=True))


def export(store: Store, fmt: str, out: IO[str] | None, path: Path | None = None) -> int:
    """Write every event; returns the number written. Parquet needs a file path (it is binary)."""
    if fmt == "parquet":
        if path is None:
            raise ExportError("parquet is binary: give --out FILE.parquet")
        store.con.execute(f"COPY ({_SQL}) TO ? (FORMAT parquet)".replace("?", _quote(str(path))))
        return store.count("events")
    if out is None:
        raise ExportError(f"{fmt} export needs an output stream")
    if fmt == "csv":
        return _csv(store, out)
    if fmt == "jsonl":
        n = 0
        for row in rows(store):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "geojson":
        return _geojson(store, out)
    raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _quote(path: str) -> str:
    return "'" + path.replace("'", "''") + "'"


def _csv(store: Store, out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows(store):
        writer.writerow(row)
        n += 1
    return n


def _geojson(store: Store, out: IO[str]) -> int:
    """A FeatureCollection of the events that have coordinates (QGIS and web maps read it directly)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for row in rows(store):
        feature = geojson_feature(row)
        if feature is None:
            continue
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def geojson_feature(row: dict[str, Any]) -> dict[str, Any] | None:
    """One export row as a GeoJSON Point feature, or None when the event has no coordinates."""
    if row["latitude"] is None or row["longitude"] is None:
        return None
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
            "properties": row}

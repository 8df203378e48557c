"""Writers of the export's Arrow batches: CSV, JSON Lines, GeoJSON and Parquet.

Every format gets the same rows and columns from one query (`acled.export_query`); the writers only change how
they are written. CSV cells are neutralised against formula injection, because an export is opened in a
spreadsheet and its text comes from untrusted articles.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

# OWASP's CSV injection rule: a cell starting with one of these is read as a formula by spreadsheets.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """A CSV cell that a spreadsheet cannot run: text starting with `=`, `+`, `-`, `@`, a tab or a carriage return
    gets a leading single quote (OWASP); numbers, dates and other text are left as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def tags_value(size: str | None) -> str | None:
    """ACLED's `tags` cell from the query's raw crowd size: null for events that are not demonstrations, else
    `crowd size=...` with the count rules applied (`crowd_size`)."""
    if size is None:
        return None
    # imported here: `eventwatch.events` loads spaCy, which a process that only stores or exports never needs
    from eventwatch.events.crowd import crowd_size

    return f"crowd size={crowd_size(size or None)}"


def finish(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The query's batches with `tags` in ACLED's form (it needs the count rules, which live in Python)."""
    for batch in batches:
        index = batch.schema.get_field_index("tags")
        if index >= 0:
            tags = pa.array([tags_value(v) for v in batch.column(index).to_pylist()], type=pa.string())
            batch = pa.RecordBatch.from_arrays(
                [tags if i == index else batch.column(i) for i in range(batch.num_columns)], schema=batch.schema)
        yield batch


def _rows(batches: Iterable[pa.RecordBatch]) -> Iterator[dict[str, Any]]:
    for batch in batches:
        yield from batch.to_pylist()


def _cell(value: object) -> object:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return neutralise(value)


def write_csv(batches: Iterable[pa.RecordBatch], columns: list[str], out: IO[str]) -> int:
    """The rows as CSV under a header of `columns`, each cell spreadsheet-safe (`neutralise`); the number of rows
    written, for the command's summary."""
    # Rows end in CRLF (RFC 4180): Python's writer then quotes a cell holding a lone carriage return too.
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    n = 0
    for row in _rows(batches):
        writer.writerow(["" if v is None else _cell(v) for v in row.values()])
        n += 1
    return n


def _json_default(value: object) -> object:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def nested(row: dict[str, Any]) -> dict[str, Any]:
    """A row for JSON: the merged event's `reports` and `mentions` (JSON texts in CSV and Parquet cells) as lists
    of objects."""
    for name in ("reports", "mentions"):
        cell = row.get(name)
        if isinstance(cell, str):
            with contextlib.suppress(ValueError):
                row = {**row, name: json.loads(cell)}
    return row


def write_jsonl(batches: Iterable[pa.RecordBatch], out: IO[str]) -> int:
    """The rows as JSON Lines, the reports and mentions as lists (`nested`) rather than the JSON texts CSV holds;
    the number of rows written."""
    n = 0
    for row in _rows(batches):
        out.write(json.dumps(nested(row), ensure_ascii=False, default=_json_default) + "\n")
        n += 1
    return n


def write_geojson(batches: Iterable[pa.RecordBatch], out: IO[str]) -> int:
    """A FeatureCollection of the events that have coordinates (QGIS and web maps read it directly)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for row in _rows(batches):
        feature = geojson_feature(row)
        if feature is None:
            continue
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False, default=_json_default))
        n += 1
    out.write("\n]}\n")
    return n


def geojson_feature(row: dict[str, Any]) -> dict[str, Any] | None:
    """One export row as a GeoJSON Point feature, or None when the event has no coordinates."""
    if row["latitude"] is None or row["longitude"] is None:
        return None
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
            "properties": nested(row)}


def write_parquet(batches: Iterable[pa.RecordBatch], schema: pa.Schema, path: Path) -> int:
    """Parquet keeps the query's types: `event_date` a DATE, the codes 64-bit integers, coordinates doubles."""
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for batch in batches:
            writer.write_batch(batch)
            n += batch.num_rows
    return n

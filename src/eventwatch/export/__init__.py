"""Exports of the stored events as ACLED publishes them: CSV, GeoJSON, Parquet and JSON Lines.

ACLED's 31 columns come first, with ACLED's names, order, codes and types (`acled.ACLED_COLUMNS`), then
eventwatch's own (`acled.OWN_COLUMNS`: ids, provenance, background flag, confidence, the evidence sentence). By
default an export holds the rows ACLED would publish (`Scope`): background events, undated ones (no day, or only a
year) and events with no country or no actor stay in the store and are left out unless asked for.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import duckdb
import pyarrow as pa

from eventwatch.errors import EventwatchError
from eventwatch.export.acled import ACLED_COLUMNS, COLUMNS, OWN_COLUMNS, PUBLISHED, Scope, export_query
from eventwatch.export.writers import (
    finish,
    geojson_feature,
    neutralise,
    write_csv,
    write_geojson,
    write_jsonl,
    write_parquet,
)
from eventwatch.formats import FORMATS
from eventwatch.store import Store

__all__ = ["ACLED_COLUMNS", "COLUMNS", "FORMATS", "OWN_COLUMNS", "PUBLISHED", "ExportError", "Scope", "columns",
           "export", "geojson_feature", "neutralise", "rows"]

_BATCH = 2048


class ExportError(EventwatchError):
    code = "E160"


def _reader(store: Store, scope: Scope, where: str = "", params: Sequence[Any] = (),
            con: Any = None) -> pa.RecordBatchReader:
    try:
        return (con or store.con).sql(export_query(store, scope, where), params=list(params)).to_arrow_reader(_BATCH)
    except duckdb.Error as exc:
        raise ExportError(f"cannot read the events of {store.path}: {exc}") from exc


def columns(store: Store, scope: Scope = PUBLISHED) -> list[str]:
    """The export's column names for this store: ACLED's 31, then eventwatch's own (and any the store added)."""
    return list(_reader(store, scope).schema.names)


def rows(store: Store, where: str = "", params: Sequence[Any] = (), con: Any = None,
         scope: Scope = PUBLISHED) -> Iterator[dict[str, Any]]:
    """The exported rows as dictionaries (what JSON Lines writes). `where` (a `WHERE ...` over alias `e`, with
    `params`) narrows them further, as the HTTP API's downloads of a filtered set do, on `con` (a cursor of the
    store's connection) when given."""
    for batch in finish(_reader(store, scope, where, params, con)):
        yield from batch.to_pylist()


def export(store: Store, fmt: str, out: IO[str] | None, path: Path | None = None, scope: Scope = PUBLISHED) -> int:
    """Write the events of `scope`; returns the number of rows written (GeoJSON: the rows with coordinates).

    Parquet is binary and needs a file path; the text formats write to `out`."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    reader = _reader(store, scope)
    batches = finish(reader)
    if fmt == "parquet":
        if path is None:
            raise ExportError("parquet is binary: give --out FILE.parquet")
        try:
            return write_parquet(batches, reader.schema, path)
        except OSError as exc:
            raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    if out is None:
        raise ExportError(f"{fmt} export needs an output stream")
    if fmt == "csv":
        return write_csv(batches, list(reader.schema.names), out)
    if fmt == "jsonl":
        return write_jsonl(batches, out)
    return write_geojson(batches, out)

"""Parquet parts: what a worker writes for one shard, and the driver reads back.

A part holds every document the shard read, in reading order, with everything the pipeline gave it — the
cleaned text, dateline, captions, outlet, drops, and the per-report events with their evidence spans — as typed
Parquet columns derived from the records' own dataclasses (`Document.events` is a list of structs). A new field
on a record is carried without touching this module, and a user can look inside a part with DuckDB
(`SELECT origin, dropped.reason, len(events) FROM 'part.parquet'`).

Writing is atomic, as datatrove's executors do it: the Parquet file is written under a temporary name and
renamed, then a small JSON completion marker is written the same way. A part without its marker does not exist;
a shard computed twice (a worker lost after writing) writes the same bytes again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import operator
import os
import sys
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import pyarrow as pa
import pyarrow.parquet as pq

from eventwatch.records import Document

MARKER = ".done"
PART = ".parquet"
_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.date32(),
}


def _optional(tp: Any) -> Any:
    """X for `X | None`; the type itself otherwise (Arrow columns are nullable anyway)."""
    if get_origin(tp) in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
        raise TypeError(f"cannot store a union of {args}")
    return tp


@cache
def arrow_type(tp: Any) -> pa.DataType:
    """The Arrow type of a record field: scalars, `X | None`, `tuple[X, ...]`, literals and nested records."""
    tp = _optional(tp)
    if tp in _SCALARS:
        return _SCALARS[tp]
    origin = get_origin(tp)
    if origin is Literal:
        return pa.string()
    if origin is tuple:
        args = get_args(tp)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"cannot store {tp}: only tuple[X, ...]")
        return pa.list_(arrow_type(args[0]))
    if dataclasses.is_dataclass(tp):
        hints = get_type_hints(tp)
        return pa.struct([pa.field(f.name, arrow_type(hints[f.name])) for f in dataclasses.fields(tp)])
    raise TypeError(f"cannot store a field of type {tp}")


@cache
def _plainer(tp: Any) -> Callable[[Any], Any] | None:
    """A function turning a value of the record type `tp` into what Arrow is given (dicts for records, lists for
    tuples, scalars as they are); None for a scalar, which is given as it is. Built once per type from the fields'
    types, as `_builder` is for reading, so that writing a part asks no value its type (`dataclasses.is_dataclass`
    and `fields` per value, one call per scalar, were half of writing a part)."""
    tp = _optional(tp)
    origin = get_origin(tp)
    if origin is tuple:
        item = _plainer(get_args(tp)[0])
        if item is None:
            return lambda v: None if v is None else list(v)
        return lambda v: None if v is None else [item(x) for x in v]
    if dataclasses.is_dataclass(tp):
        hints = get_type_hints(tp)
        names = tuple(f.name for f in dataclasses.fields(tp))
        nested = [(name, plain) for name in names if (plain := _plainer(hints[name])) is not None]
        get = operator.attrgetter(*names)
        values = get if len(names) > 1 else lambda v: (get(v),)  # one name: attrgetter gives the value alone

        def plain_record(v: Any) -> dict[str, Any] | None:
            if v is None:
                return None
            row = dict(zip(names, values(v), strict=True))
            for name, plain in nested:
                row[name] = plain(row[name])
            return row

        return plain_record
    return None


@cache
def _builder(tp: Any) -> Callable[[Any], Any] | None:
    """A function turning what Arrow gives back (dicts, lists) into the record type `tp`; None for a scalar, which
    Arrow gives as it is stored (so that reading a part calls no function per scalar value: a document's events
    hold some fifty of them each, and reading parts was a tenth of the driver's CPU)."""
    tp = _optional(tp)
    origin = get_origin(tp)
    if origin is tuple:
        item = _builder(get_args(tp)[0])
        if item is None:
            return lambda v: None if v is None else tuple(v)
        return lambda v: None if v is None else tuple(map(item, v))
    if dataclasses.is_dataclass(tp):
        hints = get_type_hints(tp)
        fields = [(f.name, _builder(hints[f.name])) for f in dataclasses.fields(tp)]
        cls = typing.cast(Callable[..., Any], tp)
        if any(not f.init or f.kw_only for f in dataclasses.fields(tp)):  # not in the constructor's order
            return lambda v: None if v is None else cls(**{name: v[name] if build is None else build(v[name])
                                                         for name, build in fields})
        if all(build is None for _, build in fields):  # the fields in the constructor's order, positionally
            values = operator.itemgetter(*(name for name, _ in fields))
            if len(fields) == 1:
                return lambda v: None if v is None else cls(values(v))
            return lambda v: None if v is None else cls(*values(v))
        return lambda v: None if v is None else cls(*[v[name] if build is None else build(v[name])
                                                      for name, build in fields])
    return None


def _schema() -> pa.Schema:
    struct = arrow_type(Document)
    return pa.schema([struct.field(i) for i in range(struct.num_fields)])


def part_path(folder: Path, key: str) -> Path:
    return folder / f"{key}{PART}"


def marker_path(folder: Path, key: str) -> Path:
    return folder / f"{key}{MARKER}"


def _atomic(target: Path, write: Callable[[Path], None]) -> None:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        write(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


class _NoPandas:
    """A finder that answers an import of pandas with ModuleNotFoundError (see `arrow_without_pandas`)."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "pandas":
            raise ModuleNotFoundError("pandas is not looked up while pyarrow first checks for it", name=name)


@cache
def arrow_without_pandas() -> None:
    """Let pyarrow find no pandas when it first looks, once per process, so that writing parts (a worker) or the
    store (`runner.local.store_batch`: the in-process run and the cluster's driver) does not import it.

    Converting Python lists to Arrow (`pa.array`, `Table.from_pylist`) asks whether the list is a pandas object,
    and to ask, pyarrow imports pandas: 0.21 CPU seconds and 47 MB of resident memory in each process, none of
    which holds a pandas object (nor does DuckDB import it for the Arrow tables it is given). pyarrow looks once
    per process and keeps the answer; what needs pandas by name (`Table.to_pandas`) imports it then, as without
    this. The answer to our lists' question is the same either way (a list is no pandas object), so the parts and
    the store are the same bytes (`tests/runner/test_worker_imports.py`). The import is refused by a finder put
    first on `sys.meta_path` for pyarrow's first look alone; a process that already holds pandas is left as is."""
    if "pandas" in sys.modules:
        return
    finder = _NoPandas()
    sys.meta_path.insert(0, finder)
    try:
        pa.array([0])
    finally:
        sys.meta_path.remove(finder)


def write_part(folder: Path, key: str, docs: Iterable[Document], info: dict[str, Any]) -> None:
    """Write the shard's documents (their raw text left out: the cleaned text is what later steps read), then its
    completion marker holding `info`."""
    folder.mkdir(parents=True, exist_ok=True)
    arrow_without_pandas()
    plain = _plainer(Document)
    assert plain is not None
    rows = [plain(doc) for doc in docs]
    for row in rows:
        row["raw"] = ""
    table = pa.Table.from_pylist(rows, schema=_schema())
    _atomic(part_path(folder, key), lambda tmp: pq.write_table(table, tmp, compression="zstd"))
    text = json.dumps(info, sort_keys=True)
    _atomic(marker_path(folder, key), lambda tmp: _write_text(tmp, text))


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def read_marker(folder: Path, key: str) -> dict[str, Any] | None:
    """The completion marker of a shard's part, or None when the part is not finished."""
    try:
        value = json.loads(marker_path(folder, key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def read_part(folder: Path, key: str, batch_rows: int = 256) -> Iterator[Document]:
    """The documents of a finished part, in order, a few hundred rows at a time (bounded memory)."""
    build = _builder(Document)
    assert build is not None
    parquet = pq.ParquetFile(part_path(folder, key))
    # in this thread: the driver's reads are small, and Arrow's pool of threads only added its coordination
    for batch in parquet.iter_batches(batch_size=batch_rows, use_threads=False):
        for row in batch.to_pylist():
            yield typing.cast(Document, build(row))


def remove_part(folder: Path, key: str) -> None:
    part_path(folder, key).unlink(missing_ok=True)
    marker_path(folder, key).unlink(missing_ok=True)

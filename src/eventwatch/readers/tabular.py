"""JSON Lines and CSV exports of news databases: one document per record, streamed in bounded memory.

Column names come from `Settings` (text_field, id_field, ...), so an export from any tool can be read without
renaming. A malformed record becomes a drop for that record and reading goes on with the next one.
"""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from eventwatch.readers.common import dropped, iso_date, read_limited, too_large
from eventwatch.readers.decode import decode_bytes, guess_encoding, normalise_text
from eventwatch.readers.webpage import fragment_parts
from eventwatch.records import Caption, Document
from eventwatch.settings import Settings


def _str(value: object) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    text = normalise_text(text).replace("\n", " ")
    return text or None


def record_document(record: dict[str, Any], origin: str, settings: Settings) -> Document:
    """A document from one record (a JSON object or a CSV row) using the configured field names."""
    text = record.get(settings.text_field)
    if not isinstance(text, str):
        if text is None:
            return dropped(origin, f"record has no {settings.text_field!r} field")
        return dropped(origin, f"record field {settings.text_field!r} is not text")
    if len(text.encode("utf-8", "replace")) > settings.max_bytes:
        return dropped(origin, too_large(settings.max_bytes))
    body, captions = fragment_parts(text) if text.lstrip().startswith("<") else (normalise_text(text), ())
    if not body:
        return dropped(origin, "empty record")
    record_id = _str(record.get(settings.id_field))
    return Document(
        raw=body,
        origin=origin,
        id=record_id or "",
        record_id=record_id,
        url=_str(record.get(settings.url_field)),
        title=_str(record.get(settings.title_field)),
        published=iso_date(_str(record.get(settings.published_field))),
        source=_str(record.get(settings.source_field)),
        captions=tuple(Caption(c) for c in captions),
    )


def bounded_lines(stream: BinaryIO, limit: int, first: int = 0) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) with None for a line longer than `limit`, whose rest is skipped unread; numbers go on
    from `first` (the lines before a shard's byte range)."""
    number = first
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line


def _json_value(line: bytes) -> Any:
    try:
        return json.loads(line)
    except UnicodeDecodeError:
        text, reason = decode_bytes(line)
        if text is None:
            raise ValueError(reason) from None
        return json.loads(text)


def iter_jsonl(stream: BinaryIO, head: bytes, path: str, settings: Settings) -> Iterator[Document]:
    """JSON Lines (one object per line), or a JSON array when the file starts with `[`."""
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        data, over = read_limited(stream, settings.max_bytes)
        if over:
            yield dropped(path, too_large(settings.max_bytes) + "; use JSON Lines for large exports")
            return
        try:
            records = _json_value(data)
        except ValueError as exc:
            yield dropped(path, f"malformed JSON: {exc}")
            return
        if not isinstance(records, list):
            yield dropped(path, "malformed JSON: expected an array of objects")
            return
        for n, record in enumerate(records, start=1):
            origin = f"{path}#{n}"
            if isinstance(record, dict):
                yield record_document(record, origin, settings)
            else:
                yield dropped(origin, "malformed record: not a JSON object")
        return
    records = 0
    for doc in jsonl_records(stream, path, settings):
        records += 1
        yield doc
    if records == 0:
        yield dropped(path, "empty file: no JSON records, only blank lines")


def jsonl_records(stream: BinaryIO, path: str, settings: Settings, first_line: int = 0) -> Iterator[Document]:
    """One document (or drop) per non-blank line; line numbers go on from `first_line`, so that a shard that
    starts inside a file names its records as reading the whole file would."""
    for number, line in bounded_lines(stream, settings.max_bytes, first_line):
        origin = f"{path}#{number}"
        if line is None:
            yield dropped(origin, too_large(settings.max_bytes))
            continue
        if not line.strip():
            continue
        try:
            record = _json_value(line)
        except ValueError as exc:
            yield dropped(origin, f"malformed JSON: {str(exc)[:200]} (line {number})")
            continue
        if not isinstance(record, dict):
            yield dropped(origin, f"malformed record: not a JSON object (line {number})")
            continue
        yield record_document(record, origin, settings)


def _encoding(head: bytes) -> str:
    """The encoding of a CSV stream, judged on its first bytes (a multi-byte character may be cut at the end)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return guess_encoding(head) or "utf-8"


# Stands in for a line too long to read: the CSV parser sees a one-field row, reported as a drop.
OVERLONG = "\ue000overlong\ue000"


def text_lines(stream: BinaryIO, encoding: str, limit: int) -> Iterator[str]:
    """The lines of a CSV stream decoded as they come (a bad byte replaced, not fatal); a line over `limit` bytes
    is never held in memory but stands as `OVERLONG`, which the CSV reader reports as a drop."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    for _, line in bounded_lines(stream, limit):
        yield OVERLONG + "\n" if line is None else decoder.decode(line)


def csv_dialect(head: bytes, path: str) -> tuple[str, str]:
    """(encoding, delimiter) of a CSV or TSV file, judged on its name and first bytes."""
    delimiter = "\t" if path.lower().endswith((".tsv", ".tsv.gz")) else ","
    first_line = head.split(b"\n", 1)[0]
    if b"\t" in first_line and b"," not in first_line:
        delimiter = "\t"
    return _encoding(head), delimiter


def iter_csv(stream: BinaryIO, head: bytes, path: str, settings: Settings) -> Iterator[Document]:
    """CSV (or TSV) with a header row naming the columns; each row a document."""
    encoding, delimiter = csv_dialect(head, path)
    lines = text_lines(stream, encoding, settings.max_bytes)
    csv.field_size_limit(max(settings.max_bytes, 1 << 17))
    reader = csv.DictReader(lines, delimiter=delimiter)
    try:
        fields = reader.fieldnames
    except csv.Error as exc:
        yield dropped(path, f"malformed CSV header: {exc}")
        return
    if not fields or settings.text_field not in fields:
        yield dropped(path, f"CSV has no {settings.text_field!r} column (columns: {', '.join(fields or [])[:200]})")
        return
    yield from csv_rows(reader, list(fields), path, settings)


def csv_rows(reader: csv.DictReader[str], fields: list[str], path: str, settings: Settings, first_row: int = 0
             ) -> Iterator[Document]:
    """One document (or drop) per row; row numbers go on from `first_row`, so that a shard that starts inside a
    file names its records as reading the whole file would."""
    csv.field_size_limit(max(settings.max_bytes, 1 << 17))
    row_number = first_row
    errors = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            errors += 1
            yield dropped(f"{path}#{row_number + 1}", f"malformed CSV row: {exc}")
            if errors > 1000:
                yield dropped(path, "too many malformed CSV rows; stopped reading")
                return
            continue
        row_number += 1
        origin = f"{path}#{row_number}"
        if OVERLONG in (row.get(fields[0]) or ""):
            yield dropped(origin, too_large(settings.max_bytes))
            continue
        if None in row:
            yield dropped(origin, "malformed CSV row: more fields than columns")
            continue
        yield record_document(dict(row), origin, settings)

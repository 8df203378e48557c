"""Web archives (WARC, WARC.gz): HTTP 200 HTML responses become documents; every other record is counted.

Records are streamed one at a time with warcio and each payload is read only up to `max_bytes`, so a crawl
of any size is read in bounded memory. A record cut short (an interrupted crawl, a truncated download) is a
drop with its reason; warcio cannot resynchronise after it, so reading that file stops there.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from eventwatch.readers.common import dropped, read_limited, too_large
from eventwatch.readers.single import html_document
from eventwatch.readers.sources import CountingReader
from eventwatch.readers.stats import ReadStats
from eventwatch.records import Document
from eventwatch.settings import Settings

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# Bytes that may follow the last record without being data (record separators).
_TRAILING_SLACK = 8


def _describe(exc: BaseException) -> str:
    from warcio.exceptions import ArchiveLoadFailed

    kind = "" if isinstance(exc, ArchiveLoadFailed | zlib.error | EOFError) else f"{type(exc).__name__}: "
    return f"{kind}{exc}"[:200]


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _skip_reason(record: Any) -> str | None:
    """Why a record is not a document, or None when it is an HTTP 200 HTML response."""
    if record.rec_type != "response":
        return f"WARC {record.rec_type or 'untyped'} record"
    headers = record.http_headers
    if headers is None:
        return "response without HTTP headers"
    status = headers.get_statuscode() or "?"
    if status != "200":
        return f"HTTP status {status}"
    content_type = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type and content_type not in _HTML_TYPES:
        return f"not HTML ({content_type})"
    return None


def iter_warc(stream: BinaryIO, path: str, settings: Settings, stats: ReadStats, *, first: int = 0,
              last: bool = True) -> Iterator[Document]:
    """Documents of the records in `stream`. A shard of a WARC file starts at a record boundary: `first` records
    came before it (record numbers go on from there), and only the shard that reads to the end of the file
    (`last`) checks for a truncated tail or an empty archive."""
    # imported here, not on import: warcio and feedparser cost ~0.1 s of every worker's start, and most inputs are
    # plain text, HTML, JSONL or CSV
    from warcio.archiveiterator import ArchiveIterator

    counter = CountingReader(stream)
    archive = ArchiveIterator(counter, no_record_parse=False, arc2warc=True)
    number = first
    end = 0
    records = iter(archive)
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as exc:  # warcio raises anything (AttributeError, ...) on malformed headers
            yield dropped(f"{path}#{number + 1}", f"malformed WARC record: {_describe(exc)}")
            return
        number += 1
        origin = f"{path}#{number}"
        try:
            doc = _record_document(record, origin, settings, stats)
            archive.read_to_end(record)
            end = archive.get_record_offset() + archive.get_record_length()
        except Exception as exc:  # same: a damaged payload can fail anywhere inside warcio
            yield dropped(origin, f"truncated or malformed WARC record: {_describe(exc)}")
            return
        if doc is not None:
            yield doc
    stats.bytes_read += counter.count
    if not last:
        return
    if number == 0:
        yield dropped(path, "not a WARC file: no records found")
    elif counter.count - end > _TRAILING_SLACK:
        unread = counter.count - end
        yield dropped(f"{path}#{number + 1}", f"truncated WARC record at byte {end} ({unread} bytes unread)")


def _record_document(record: Any, origin: str, settings: Settings, stats: ReadStats) -> Document | None:
    if not record.rec_type:
        return dropped(origin, "malformed WARC record: no WARC-Type header")
    reason = _skip_reason(record)
    if reason is not None:
        stats.skipped[reason] += 1
        return None
    payload, over = read_limited(record.content_stream(), settings.max_bytes)
    if over:
        return dropped(origin, too_large(settings.max_bytes))
    if record.raw_stream.limit > 0:
        return dropped(origin, f"truncated WARC record: {record.raw_stream.limit} bytes missing")
    url = record.rec_headers.get_header("WARC-Target-URI")
    charset = _charset(record.http_headers.get_header("Content-Type") or "")
    return html_document(payload, origin, url=url, charset=charset)

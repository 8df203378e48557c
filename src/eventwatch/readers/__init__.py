"""Readers: every input a user has (files, folders, globs, gzip, stdin; text, HTML, JSONL, CSV, feeds, WARC)
turned into `Document` records.

Bad input is data, not a crash: a file or record that cannot be read becomes a document with
`dropped=Drop("read", reason)` and reading goes on. Only errors the user must fix (a missing path, a folder
with nothing in it) raise, and they raise before anything is read.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from eventwatch.readers.common import dropped, read_limited, too_large
from eventwatch.readers.decode import binary_kind
from eventwatch.readers.feeds import iter_feed
from eventwatch.readers.single import html_document, text_document
from eventwatch.readers.sources import (
    GZIP_ERRORS,
    GZIP_MAGIC,
    Source,
    expand_paths,
    format_from_name,
    gunzip_head,
    sniff_format,
    with_head,
)
from eventwatch.readers.stats import ReadStats
from eventwatch.readers.tabular import iter_csv, iter_jsonl
from eventwatch.readers.warc import iter_warc
from eventwatch.records import Document
from eventwatch.settings import Settings

__all__ = ["ReadStats", "iter_documents", "read_source"]

# Formats whose whole content is parsed at once: a file above max_bytes is dropped from its size alone.
_WHOLE_FILE = frozenset({"text", "html", "feed"})


def iter_documents(
    paths: Sequence[str],
    settings: Settings,
    *,
    stdin: BinaryIO | None = None,
    stats: ReadStats | None = None,
) -> Iterator[Document]:
    """Documents from every path in order; unreadable files and records come out as dropped documents.

    All paths are checked first: a missing path raises InputNotFound and an empty folder or glob
    NoReadableInput, before anything is yielded. Pass `stats` to learn afterwards how many records were
    skipped (WARC requests, 404s, images) and documents dropped, by reason.
    """
    sources = expand_paths(paths)
    tally = stats if stats is not None else ReadStats()
    return _iterate(sources, settings, stdin, tally)


def _iterate(sources: list[Source], settings: Settings, stdin: BinaryIO | None, stats: ReadStats) -> Iterator[Document]:
    for source in sources:
        stats.files += 1
        for doc in read_source(source, settings, stdin=stdin, stats=stats):
            stats.count(doc)
            yield doc


def read_source(
    source: Source, settings: Settings, *, stdin: BinaryIO | None = None, stats: ReadStats | None = None
) -> Iterator[Document]:
    """Documents of one file (or stdin); never raises for bad content."""
    stats = stats if stats is not None else ReadStats()
    if source.is_stdin:
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from _read_stream(stream, "-", None, None, False, settings, stats)
        return
    path = source.path
    try:
        size = Path(path).stat().st_size
    except OSError as exc:
        yield dropped(path, f"cannot read file: {exc.strerror or exc}")
        return
    if size == 0:
        yield dropped(path, "empty file")
        return
    fmt, gz_name = format_from_name(path)
    if fmt in _WHOLE_FILE and not gz_name and size > settings.max_bytes:
        yield dropped(path, too_large(settings.max_bytes, size))
        return
    try:
        with open(path, "rb") as handle:
            yield from _read_stream(handle, path, fmt, size, gz_name, settings, stats)
    except OSError as exc:
        yield dropped(path, f"cannot read file: {exc.strerror or exc}")


def _read_stream(
    raw: BinaryIO,
    origin: str,
    fmt: str | None,
    size: int | None,
    gz_name: bool,
    settings: Settings,
    stats: ReadStats,
) -> Iterator[Document]:
    head, stream = with_head(raw)
    if not head:
        yield dropped(origin, "empty file")
        return
    gzipped = head.startswith(GZIP_MAGIC)
    plain_head = head
    if gzipped:
        try:
            plain_head = zlib.decompressobj(31).decompress(head, 8192)
        except zlib.error as exc:
            yield dropped(origin, f"corrupt gzip: {exc}")
            return
    elif gz_name and fmt is None:
        fmt = None  # named .gz but not compressed: sniff the content as it is
    if fmt is None or fmt == "text":
        sniffed = sniff_format(plain_head)
        fmt = sniffed if fmt is None or sniffed == "warc" else fmt
    if fmt == "warc":
        yield from iter_warc(stream, origin, settings, stats)
        return
    if gzipped:
        try:
            plain_head, stream = gunzip_head(stream)
        except GZIP_ERRORS as exc:
            yield dropped(origin, f"corrupt or truncated gzip: {exc}")
            return
        if not plain_head:
            yield dropped(origin, "empty file")
            return
    kind = binary_kind(plain_head)
    if kind is not None:
        yield dropped(origin, f"binary file ({kind})")
        return
    try:
        if fmt == "jsonl":
            yield from iter_jsonl(stream, plain_head, origin, settings)
        elif fmt == "csv":
            yield from iter_csv(stream, plain_head, origin, settings)
        else:
            data, over = read_limited(stream, settings.max_bytes)
            stats.bytes_read += len(data)
            if over:
                yield dropped(origin, too_large(settings.max_bytes, size if not gzipped else None))
            elif fmt == "feed":
                yield from iter_feed(data, origin)
            elif fmt == "html":
                yield html_document(data, origin)
            else:
                yield text_document(data, origin)
    except GZIP_ERRORS as exc:
        yield dropped(origin, f"corrupt or truncated gzip: {exc}")

"""Where a large input file is cut into pieces for the cluster runner: at record boundaries of JSON Lines, CSV and
WARC files (byte ranges) and of feeds (item ranges). A file whose records cannot be cut safely (compressed JSONL or
CSV, a CSV with a malformed or overlong row, a damaged WARC, a JSON array) is read whole, so that a sharded run
reads the same documents as an in-process one. `shards` groups the pieces into shards and reads them back.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, cast

from eventwatch.readers.decode import binary_kind
from eventwatch.readers.feeds import iter_feed
from eventwatch.readers.sources import GZIP_MAGIC, format_from_name, sniff_format
from eventwatch.readers.tabular import OVERLONG, csv_dialect, text_lines
from eventwatch.settings import Settings

_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Piece:
    """A whole file (`kind` "file"), or a range of one: bytes [start, end) of a JSONL, CSV or WARC file cut at
    record boundaries, items [start, end) of a feed. `first` records (lines, rows, WARC records, items) of the
    file come before the range; `end` None reads to the end of the file."""

    path: str
    kind: str = "file"
    start: int = 0
    end: int | None = None
    first: int = 0

    @property
    def label(self) -> str:
        return self.path if self.kind == "file" else f"{self.path}#{self.first + 1}-"


def stamp(path: str) -> tuple[int, int]:
    """A file's size and modification time (-1, -1 when it cannot be read): a shard's key holds them."""
    try:
        st = os.stat(path)
    except OSError:
        return (-1, -1)
    return (st.st_size, st.st_mtime_ns)


def cut_ranges(path: str, settings: Settings, size: int) -> Iterator[Piece] | None:
    """The ranges a large file is cut into, or None when it is read whole."""
    length = stamp(path)[0]
    fmt, gz_name = format_from_name(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except OSError:
        return None
    if fmt is None or fmt == "text":
        sniffed = sniff_format(head)
        fmt = sniffed if fmt is None or sniffed == "warc" else fmt
    if fmt == "warc":
        return _warc_ranges(path, size)
    if gz_name or head.startswith(GZIP_MAGIC) or binary_kind(head) is not None:
        return None
    if fmt == "jsonl" and not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        blank: list[bool] = [True]
        pieces = list(_jsonl_ranges(path, size, blank))
        # a file of blank lines only is one drop ("empty file") when read whole: keep it whole
        return iter(pieces) if len(pieces) > 1 and not blank[0] else None
    if fmt == "csv":
        return _csv_ranges(path, head, settings, size)
    if fmt == "feed" and length <= settings.max_bytes:
        return _feed_ranges(path, size)
    return None


def _jsonl_ranges(path: str, size: int, blank: list[bool]) -> Iterator[Piece]:
    """Cut every `size` lines (blank lines count: record numbers are line numbers); `blank[0]` is left True when
    the file holds nothing but whitespace."""
    start = lines = offset = 0
    first = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            if blank[0] and chunk.strip():
                blank[0] = False
            at = 0
            while (nl := chunk.find(b"\n", at)) != -1:
                lines += 1
                at = nl + 1
                if lines - first >= size:
                    yield Piece(path, "jsonl", start, offset + at, first)
                    start, first = offset + at, lines
            offset += len(chunk)
    if offset > start:
        yield Piece(path, "jsonl", start, None, first)


def _csv_ranges(path: str, head: bytes, settings: Settings, size: int) -> Iterator[Piece] | None:
    """Cut every `size` rows at the byte where a row starts (a quoted field may span lines); a file with a
    malformed or overlong row stays whole, since how reading recovers from it depends on what came before."""
    encoding, delimiter = csv_dialect(head, path)
    csv.field_size_limit(max(settings.max_bytes, 1 << 17))
    cuts: list[tuple[int, int]] = []  # (byte offset where a row starts, rows before it)
    offset = [0]
    with open(path, "rb") as handle:
        lines = text_lines(cast(BinaryIO, _Tally(handle, offset)), encoding, settings.max_bytes)
        reader = csv.reader(lines, delimiter=delimiter)
        try:
            header = next(reader)
            if settings.text_field not in header:
                return None
            cuts.append((offset[0], 0))
            rows = 0
            for row in reader:
                if not row:  # a blank line is no row (DictReader skips it)
                    continue
                if len(row) > len(header) or any(OVERLONG in cell for cell in row):
                    return None
                rows += 1
                if rows % size == 0:
                    cuts.append((offset[0], rows))
        except (csv.Error, StopIteration, UnicodeError):
            return None
    pieces = [Piece(path, "csv", s, e, first) for (s, first), (e, _) in itertools.pairwise(cuts)]
    last_start, last_first = cuts[-1]
    if last_start < offset[0]:
        pieces.append(Piece(path, "csv", last_start, None, last_first))
    return iter(pieces) if len(pieces) > 1 else None


class _Tally(io.RawIOBase):
    """Counts the bytes the line reader has taken from a file (`offset[0]`): where the next row starts."""

    def __init__(self, inner: BinaryIO, offset: list[int]) -> None:
        self.inner = inner
        self.offset = offset

    def readable(self) -> bool:
        return True

    def readline(self, size: int | None = -1) -> bytes:
        line = self.inner.readline(-1 if size is None else size)
        self.offset[0] += len(line)
        return line


def _warc_ranges(path: str, size: int) -> Iterator[Piece] | None:
    """Cut every `size` HTTP responses at a record boundary. A compressed archive is cut only where a gzip member
    starts (one member per record, as crawlers write them); an archive whose walk fails stays whole."""
    from warcio.archiveiterator import ArchiveIterator  # here: only a WARC is cut with it (readers.warc says why)

    cuts: list[tuple[int, int]] = []
    try:
        with open(path, "rb") as handle:
            archive = ArchiveIterator(handle, no_record_parse=True, arc2warc=True)
            responses = 0
            for number, record in enumerate(archive):  # `number` records come before this one
                if responses >= size:
                    cuts.append((archive.get_record_offset(), number))
                    responses = 0
                if record.rec_type == "response":
                    responses += 1
            archive.read_to_end()
            end = archive.get_record_offset() + archive.get_record_length()
            if not cuts or stamp(path)[0] - end > 8:
                return None
            for offset, _ in cuts:
                handle.seek(offset)
                if handle.read(2) == GZIP_MAGIC[:2] or path.lower().endswith((".warc", ".arc")):
                    continue
                return None
    except Exception:  # warcio raises anything on a damaged archive: read it whole, as the reader would
        return None
    starts = [(0, 0), *cuts]
    pieces = [Piece(path, "warc", s, e, first) for (s, first), (e, _) in itertools.pairwise(starts)]
    pieces.append(Piece(path, "warc", starts[-1][0], None, starts[-1][1]))
    return iter(pieces)


def _feed_ranges(path: str, size: int) -> Iterator[Piece] | None:
    with open(path, "rb") as handle:
        data = handle.read()
    items = sum(1 for _ in iter_feed(data, path))
    if items <= size:
        return None
    return iter([Piece(path, "feed", a, min(a + size, items), a) for a in range(0, items, size)])

"""Cutting inputs into shards for the cluster runner, and reading one shard back as the whole run would.

A shard is a run of pieces in reading order: whole files (a folder of articles is grouped a few dozen files to a
shard), or a range of one large file — byte ranges of JSON Lines, CSV and WARC files cut at record boundaries,
item ranges of a feed. Reading a shard yields exactly the documents, origins (`file.jsonl#1234`) and drops that
`iter_documents` yields for that stretch of the input, so that a sharded run and an in-process run store the same
thing. A file whose records cannot be cut safely (compressed JSONL or CSV, a CSV with a malformed row, a damaged
WARC, a JSON array) stays whole.

Planning reads large files once on the planning side (counting lines, parsing CSV rows, walking WARC headers), in
bounded memory, and yields shards as it goes, so that work starts before a large crawl is planned to its end.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO, cast

from warcio.archiveiterator import ArchiveIterator

from eventwatch.errors import NoReadableInput
from eventwatch.readers import read_source
from eventwatch.readers.common import read_limited
from eventwatch.readers.decode import binary_kind
from eventwatch.readers.feeds import iter_feed
from eventwatch.readers.sources import GZIP_MAGIC, Source, expand_paths, format_from_name, sniff_format
from eventwatch.readers.stats import ReadStats
from eventwatch.readers.tabular import OVERLONG, csv_dialect, csv_rows, jsonl_records, text_lines
from eventwatch.readers.warc import iter_warc
from eventwatch.records import Document, content_id
from eventwatch.settings import Settings

# Below this size a file is one piece whatever its format: cutting it would cost more than it spreads.
SPLIT_BYTES = 1 << 20
# Whole files are grouped into one shard until it holds this many bytes (or `size` documents).
GROUP_BYTES = 8 << 20
# The last shards of a run of whole files shrink down to `size` // TAIL_FLOOR documents (`_Tail`).
TAIL_FLOOR = 8
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


@dataclass(frozen=True, slots=True)
class Shard:
    """Pieces read in order; `seq` is its place in the run's reading order and `key` names its content (paths,
    ranges, and each file's size and modification time), so that a finished shard is recognised on a rerun."""

    seq: int
    pieces: tuple[Piece, ...]
    key: str

    @property
    def label(self) -> str:
        first, last = self.pieces[0].label, self.pieces[-1].label
        return first if len(self.pieces) == 1 else f"{first} .. {last} ({len(self.pieces)} files)"


def _stamp(path: str) -> tuple[int, int]:
    try:
        st = os.stat(path)
    except OSError:
        return (-1, -1)
    return (st.st_size, st.st_mtime_ns)


def _shard(seq: int, pieces: Sequence[Piece], salt: str) -> Shard:
    parts = [(p.path, p.kind, p.start, p.end, p.first, *_stamp(p.path)) for p in pieces]
    return Shard(seq, tuple(pieces), content_id("shard", salt, *parts))


def plan_shards(paths: Sequence[str], settings: Settings, size: int, *, split_bytes: int = SPLIT_BYTES,
                salt: str = "") -> Iterator[Shard]:
    """Shards of about `size` documents over PATHS, in the order `iter_documents` reads them; a file of
    `split_bytes` or more is cut into ranges. `salt` (what else the shard's output depends on: settings, code)
    goes into each shard's key. Paths are checked first (a missing path raises before anything is planned); stdin
    cannot be shared with workers."""
    sources = expand_paths(paths)
    if any(source.is_stdin for source in sources):
        raise NoReadableInput("stdin (-) cannot be cut into shards for workers: save it to a file and run on that")
    return _plan(sources, settings, max(1, size), split_bytes, salt)


def _plan(sources: list[Source], settings: Settings, size: int, split_bytes: int, salt: str) -> Iterator[Shard]:
    seq = 0
    group: list[Piece] = []
    docs = grouped = 0
    tail = _Tail(sources, size, split_bytes)
    for index, source in enumerate(sources):
        length = _stamp(source.path)[0]
        ranges = _ranges(source.path, settings, size) if length >= split_bytes else None
        if ranges is None:  # a whole file, grouped with its neighbours
            group.append(Piece(source.path))
            docs += _estimate(source.path, length)
            grouped += length
            if docs >= tail.target(index, docs) or grouped >= GROUP_BYTES:
                yield _shard(seq, group, salt)
                seq, group, docs, grouped = seq + 1, [], 0, 0
            continue
        if group:
            yield _shard(seq, group, salt)
            seq, group, docs, grouped = seq + 1, [], 0, 0
        for piece in ranges:
            yield _shard(seq, [piece], salt)
            seq += 1
    if group:
        yield _shard(seq, group, salt)


class _Tail:
    """The size of the last shards of a run of whole files: halved towards the end, down to an eighth of `size`.

    Workers take shards as they free up, so the run ends when the worker given the last shard finishes it, while
    the other has nothing left: with shards of equal size that idle time is up to one shard (2 s of a 30 s run
    of the bench corpus on two workers). Making each of the last shards half of what is left (32, ..., 32, 20, 10,
    5, 5 for 840 files of one report; as guided self-scheduling does) lets the workers end within a small shard of
    each other: 0.74 -> 0.19 s of idling on average over folders of 800 to 899 reports (90th percentile 1.52 ->
    0.37 s; a model, `bench/bench_shard_tail.py`). Known only where every input left is a file read whole (its
    documents estimated as for grouping, `_estimate`): the last `2 * size` inputs are looked at when the plan
    reaches them, so that planning a large folder still yields its first shards at once. The documents and their
    order are the same whatever the shards (the driver loads them in reading order and batches them itself)."""

    def __init__(self, sources: list[Source], size: int, split_bytes: int) -> None:
        self.sources, self.size, self.split_bytes = sources, size, split_bytes
        self.start = max(0, len(sources) - 2 * size)  # from here on, the documents left are counted
        self.after: list[int] | None = None  # documents of the inputs after each one of the last ones

    def target(self, index: int, docs: int) -> int:
        """How many documents the group holding `docs` so far, up to input `index`, should reach."""
        if index < self.start:
            return self.size
        if self.after is None:
            self.after = self._count()
        if not self.after:
            return self.size
        left = docs + self.after[index - self.start]
        half = -(-left // 2)
        # the last shard takes what is left rather than leave less than the smallest shard after it
        return min(self.size, left if left - half < -(-self.size // TAIL_FLOOR) else half)

    def _count(self) -> list[int]:
        """Estimated documents of the inputs after each of the last ones; empty when one of those is cut into
        ranges (its own ranges are its shards)."""
        estimates = []
        for source in self.sources[self.start:]:
            length = _stamp(source.path)[0]
            if length >= self.split_bytes:
                return []
            estimates.append(_estimate(source.path, length))
        after, total = [], 0
        for n in reversed(estimates):
            after.append(total)
            total += n
        return after[::-1]


def _ranges(path: str, settings: Settings, size: int) -> Iterator[Piece] | None:
    """The ranges a large file is cut into, or None when it is read whole."""
    length = _stamp(path)[0]
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


def _estimate(path: str, length: int) -> int:
    """About how many documents a file read whole holds: one for an article, its lines for a small JSONL or CSV
    file, a guess from its size for a WARC file or a feed."""
    fmt, gz_name = format_from_name(path)
    if fmt in ("jsonl", "csv") and not gz_name and length < SPLIT_BYTES:
        try:
            with open(path, "rb") as handle:
                return max(1, handle.read().count(b"\n"))
        except OSError:
            return 1
    if fmt in ("warc", "feed"):
        return max(1, length // 20_000)
    return 1


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
            if not cuts or _stamp(path)[0] - end > 8:
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


# -- reading ----------------------------------------------------------------------------------------------------

def read_shard(shard: Shard, settings: Settings, stats: ReadStats | None = None) -> Iterator[Document]:
    """The documents of a shard, as `iter_documents` yields them for that stretch of the input."""
    stats = stats if stats is not None else ReadStats()
    for piece in shard.pieces:
        if piece.start == 0:
            stats.files += 1
        yield from read_piece(piece, settings, stats)


def read_piece(piece: Piece, settings: Settings, stats: ReadStats) -> Iterator[Document]:
    if piece.kind == "file":
        docs = read_source(Source(piece.path), settings, stats=stats)
    elif piece.kind == "feed":
        with open(piece.path, "rb") as handle:
            data, _ = read_limited(handle, settings.max_bytes)
        docs = itertools.islice(iter_feed(data, piece.path), piece.start, piece.end)
    else:
        docs = _read_range(piece, settings, stats)
    for doc in docs:
        if doc.dropped is None:
            stats.documents += 1
        else:
            stats.dropped[doc.dropped.reason.split(":")[0]] += 1
        yield doc


def _read_range(piece: Piece, settings: Settings, stats: ReadStats) -> Iterator[Document]:
    with open(piece.path, "rb") as handle:
        handle.seek(piece.start)
        stream = cast(BinaryIO, _Bounded(handle, None if piece.end is None else piece.end - piece.start))
        if piece.kind == "jsonl":
            yield from jsonl_records(stream, piece.path, settings, piece.first)
        elif piece.kind == "warc":
            yield from iter_warc(stream, piece.path, settings, stats, first=piece.first, last=piece.end is None)
        elif piece.kind == "csv":
            with open(piece.path, "rb") as head_handle:
                head = head_handle.read(8192)
            encoding, delimiter = csv_dialect(head, piece.path)
            fields = _csv_fields(piece.path, encoding, delimiter, settings)
            lines = text_lines(stream, encoding, settings.max_bytes)
            reader = csv.DictReader(lines, fieldnames=fields, delimiter=delimiter)
            yield from csv_rows(reader, fields, piece.path, settings, piece.first)
        else:
            raise ValueError(f"unknown piece kind {piece.kind!r}")


def _csv_fields(path: str, encoding: str, delimiter: str, settings: Settings) -> list[str]:
    with open(path, "rb") as handle:
        reader = csv.DictReader(text_lines(handle, encoding, settings.max_bytes), delimiter=delimiter)
        return list(reader.fieldnames or [])


class _Bounded(io.RawIOBase):
    """At most `limit` bytes of a file from where it stands (all of it when `limit` is None)."""

    def __init__(self, inner: BinaryIO, limit: int | None) -> None:
        self.inner = inner
        self.left = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        want = len(buffer) if self.left is None else min(len(buffer), self.left)
        data = self.inner.read(want)
        n = len(data)
        buffer[:n] = data
        if self.left is not None:
            self.left -= n
        return n

    def readline(self, size: int | None = -1) -> bytes:
        limit = -1 if size is None else size
        if self.left is not None:
            limit = self.left if limit < 0 else min(limit, self.left)
            if limit == 0:
                return b""
        line = self.inner.readline(limit)
        if self.left is not None:
            self.left -= len(line)
        return line


def shard_paths(shards: Sequence[Shard]) -> list[str]:
    """Every file the shards read, once each, in order (for messages and tests)."""
    return list(dict.fromkeys(p.path for s in shards for p in s.pieces))


__all__ = ["Piece", "Shard", "plan_shards", "read_piece", "read_shard", "shard_paths"]

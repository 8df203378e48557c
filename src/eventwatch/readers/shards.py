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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO, cast

from eventwatch.errors import NoReadableInput
from eventwatch.readers import read_source
from eventwatch.readers.common import read_limited
from eventwatch.readers.cuts import Piece, cut_ranges, stamp
from eventwatch.readers.feeds import iter_feed
from eventwatch.readers.sources import Source, expand_paths, format_from_name
from eventwatch.readers.stats import ReadStats
from eventwatch.readers.tabular import csv_dialect, csv_rows, jsonl_records, text_lines
from eventwatch.readers.warc import iter_warc
from eventwatch.records import Document, content_id
from eventwatch.settings import Settings

# Below this size a file is one piece whatever its format: cutting it would cost more than it spreads.
SPLIT_BYTES = 1 << 20
# Whole files are grouped into one shard until it holds this many bytes (or `size` documents).
GROUP_BYTES = 8 << 20
# The last shards of a run of whole files shrink down to `size` // TAIL_FLOOR documents (`_Tail`).
TAIL_FLOOR = 8


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


def _shard(seq: int, pieces: Sequence[Piece], salt: str) -> Shard:
    parts = [(p.path, p.kind, p.start, p.end, p.first, *stamp(p.path)) for p in pieces]
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
        length = stamp(source.path)[0]
        ranges = cut_ranges(source.path, settings, size) if length >= split_bytes else None
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
            length = stamp(source.path)[0]
            if length >= self.split_bytes:
                return []
            estimates.append(_estimate(source.path, length))
        after, total = [], 0
        for n in reversed(estimates):
            after.append(total)
            total += n
        return after[::-1]


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


# -- reading ----------------------------------------------------------------------------------------------------

def read_shard(shard: Shard, settings: Settings, stats: ReadStats | None = None) -> Iterator[Document]:
    """The documents of a shard, as `iter_documents` yields them for that stretch of the input."""
    stats = stats if stats is not None else ReadStats()
    for piece in shard.pieces:
        if piece.start == 0:
            stats.files += 1
        yield from read_piece(piece, settings, stats)


def read_piece(piece: Piece, settings: Settings, stats: ReadStats) -> Iterator[Document]:
    """The documents of one piece of a shard (a whole file, a stretch of a feed's items or of a JSONL or CSV file's
    lines), named and counted as reading the whole input would name and count them."""
    if piece.kind == "file":
        docs = read_source(Source(piece.path), settings, stats=stats)
    elif piece.kind == "feed":
        with open(piece.path, "rb") as handle:
            data, _ = read_limited(handle, settings.max_bytes)
        docs = itertools.islice(iter_feed(data, piece.path), piece.start, piece.end)
    else:
        docs = _read_range(piece, settings, stats)
    for doc in docs:
        stats.count(doc)
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

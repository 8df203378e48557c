"""Small helpers every reader shares: bounded reads, drop documents and date normalisation."""

from __future__ import annotations

from typing import BinaryIO

from eventwatch.dates.published import UnreadableDate, parse_published
from eventwatch.records import Document, Drop


def dropped(origin: str, reason: str) -> Document:
    """A document that could not be read: kept as data so that it is counted and reported."""
    return Document(raw="", origin=origin, dropped=Drop("read", reason))


def read_limited(stream: BinaryIO, limit: int) -> tuple[bytes, bool]:
    """Read at most `limit` bytes; returns (data, too_large). Never holds more than limit + 1 bytes."""
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = stream.read(min(1 << 20, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    data = b"".join(chunks)
    if len(data) > limit:
        return data[:limit], True
    return data, False


def too_large(limit: int, size: int | None = None) -> str:
    """The drop reason for input over `max_bytes`, with its size when known; it starts "too large" so that the
    read statistics count every such drop under one reason."""
    if size is None:
        return f"too large: over max_bytes ({limit} bytes)"
    return f"too large: {size} bytes > max_bytes ({limit})"


def iso_date(value: object) -> str | None:
    """The publication date of metadata (ISO strings, RFC 2822, written dates, struct_time) as an ISO day when it
    reads without a setting; otherwise the text as given, which cleaning reads with `date_order` or drops with
    the reason (`eventwatch.dates.parse_published`, the one parser of publication dates)."""
    try:
        return parse_published(value)
    except UnreadableDate:
        return " ".join(value.split()) if isinstance(value, str) else str(value)

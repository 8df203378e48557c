"""Small helpers every reader shares: bounded reads, drop documents and date normalisation."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import time
from typing import BinaryIO

from eventwatch.records import Document, Drop

_ISO_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")


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
    if size is None:
        return f"too large: over max_bytes ({limit} bytes)"
    return f"too large: {size} bytes > max_bytes ({limit})"


def iso_date(value: object) -> str | None:
    """An ISO day (`2021-01-05`) from the date forms metadata uses: ISO strings, RFC 2822, struct_time."""
    if value is None or value == "":
        return None
    if isinstance(value, time.struct_time):
        try:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
        except ValueError:
            return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    if not isinstance(value, str):
        return None
    text = value.strip()
    if _ISO_PREFIX.match(text):
        try:
            return dt.date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            return None
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat()

"""Where documents come from: expanding paths, folders and globs, opening files, stdin and gzip, sniffing formats.

All paths are checked before anything is read, so a typo in the last argument fails fast instead of after an
hour of reading. Folders and globs expand in sorted order so that two runs read in the same order.
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from eventwatch.errors import InputNotFound, NoReadableInput

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")
GZIP_MAGIC = b"\x1f\x8b"

# Formats known from the file name (after any .gz); anything else is sniffed from its first bytes.
_EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".warc": "warc",
    ".arc": "warc",
}


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file path, or stdin when `path` is "-"."""

    path: str

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _expand_dir(root: Path) -> list[Path]:
    files = [p for p in root.rglob("*") if p.is_file() and not _is_hidden(p, root)]
    return sorted(files, key=lambda p: p.as_posix())


def expand_paths(paths: Sequence[str]) -> list[Source]:
    """Check every path, then expand folders (recursively) and globs; raise before anything is read.

    A missing path raises InputNotFound; a folder or glob that holds no files raises NoReadableInput.
    """
    plan: list[tuple[str, list[Path] | None]] = []
    for raw in paths:
        if raw == STDIN:
            plan.append((raw, None))
            continue
        path = Path(raw)
        if path.is_file():
            plan.append((raw, [path]))
        elif path.is_dir():
            plan.append((raw, _expand_dir(path)))
        elif _GLOB_CHARS & set(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            found: list[Path] = []
            for match in matches:
                m = Path(match)
                found.extend(_expand_dir(m) if m.is_dir() else [m] if m.is_file() else [])
            plan.append((raw, found))
        elif path.exists():
            raise NoReadableInput(f"{raw} is neither a regular file nor a folder")
        else:
            raise InputNotFound(f"input not found: {raw}")
    sources: list[Source] = []
    for raw, files in plan:
        if files is None:
            sources.append(Source(STDIN))
            continue
        if not files:
            raise NoReadableInput(f"no readable files in {raw}")
        sources.extend(Source(str(f)) for f in files)
    return sources


def format_from_name(name: str) -> tuple[str | None, bool]:
    """(format, gzipped) guessed from a file name such as `crawl.warc.gz`; format None means sniff."""
    lower = name.lower()
    gz = lower.endswith((".gz", ".gzip"))
    if gz:
        lower = lower.rsplit(".", 1)[0]
    return _EXTENSIONS.get(os.path.splitext(lower)[1]), gz


def sniff_format(head: bytes) -> str:
    """Guess a format from the first (decompressed) bytes when the name does not say."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"warc/", b"filedesc://")):
        return "warc"
    window = start[:2048]
    if start.startswith(b"<?xml") or start.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        if b"<rss" in window or b"<feed" in window or b"<rdf:rdf" in window or b"<channel" in window:
            return "feed"
        if b"<html" in window:
            return "html"
        return "feed"
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<!--")):
        return "html"
    if start.startswith((b"{", b"[")):
        return "jsonl"
    if start.startswith(b"<") and (b"<p" in window or b"<div" in window or b"<article" in window):
        return "html"
    return "text"


class _Prefixed(io.RawIOBase):
    """A stream that replays bytes already read (for sniffing) before the rest of the underlying stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n


class CountingReader(io.RawIOBase):
    """Counts bytes read through it, to report MB read and to find data left after the last WARC record."""

    def __init__(self, inner: BinaryIO) -> None:
        self.inner = inner
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.inner.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.count += n
        return n


def with_head(stream: BinaryIO, size: int = 8192) -> tuple[bytes, BinaryIO]:
    """Read the first `size` bytes to sniff them, and return a stream that still yields them."""
    head = stream.read(size)
    return head, io.BufferedReader(_Prefixed(head, stream), buffer_size=65536)


def gunzip_head(stream: BinaryIO, size: int = 8192) -> tuple[bytes, BinaryIO]:
    """Decompressed first bytes of a gzip stream and a decompressing stream that still yields them.

    A stream too damaged to give its first bytes raises OSError/EOFError/zlib.error, which callers report.
    """
    gz: BinaryIO = gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[assignment]
    return with_head(gz, size)


GZIP_ERRORS: tuple[type[BaseException], ...] = (OSError, EOFError, zlib.error, gzip.BadGzipFile)

"""JSON Lines in and out for the contract commands (`extract`, `classify`, `geocode`, `dates`)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from eventwatch.errors import BadRecord, InputNotFound


@dataclass(frozen=True, slots=True)
class Record:
    """One JSONL line: its object, or (`error`) why it is not one, so that the command answers it and goes on."""

    line: int
    origin: str
    data: dict[str, Any]
    error: str | None = None


def read_records(paths: Sequence[str], *, stdin: IO[str] | None = None, strict: bool = False) -> Iterator[Record]:
    """JSON objects one per line; a malformed line is a record with its `error` (raised with `strict`), and the
    rest goes on."""
    for path in paths or ["-"]:
        if path != "-" and not Path(path).is_file():
            raise InputNotFound(f"no such file: {path}")
    for path in paths or ["-"]:
        handle: IO[str]
        if path == "-":
            handle = stdin or sys.stdin
            yield from _records(handle, "<stdin>", strict)
        else:
            with open(path, encoding="utf-8", errors="replace") as handle:
                yield from _records(handle, path, strict)


def _records(handle: IO[str], origin: str, strict: bool) -> Iterator[Record]:
    for n, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            message = f"{origin}:{n}: not a JSON object ({exc})"
            if strict:
                raise BadRecord(message) from exc
            yield Record(n, origin, {}, message)
            continue
        yield Record(n, origin, data)


def require_text(record: Record) -> str:
    if record.error is not None:
        raise BadRecord(record.error)
    text = record.data.get("text")
    if not isinstance(text, str):
        what = "no \"text\"" if text is None else f"a \"text\" that is not a string ({type(text).__name__})"
        raise BadRecord(f"{record.origin}:{record.line}: the record has {what}")
    return text


def write_line(out: IO[str], obj: Any) -> None:
    out.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")

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
    line: int
    origin: str
    data: dict[str, Any]


def read_records(paths: Sequence[str], *, stdin: IO[str] | None = None,
                 problems: list[str] | None = None) -> Iterator[Record]:
    """JSON objects one per line; a malformed line is reported in `problems` (or raised) and the rest goes on."""
    for path in paths or ["-"]:
        if path != "-" and not Path(path).is_file():
            raise InputNotFound(f"no such file: {path}")
    for path in paths or ["-"]:
        handle: IO[str]
        if path == "-":
            handle = stdin or sys.stdin
            yield from _records(handle, "<stdin>", problems)
        else:
            with open(path, encoding="utf-8", errors="replace") as handle:
                yield from _records(handle, path, problems)


def _records(handle: IO[str], origin: str, problems: list[str] | None) -> Iterator[Record]:
    for n, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            message = f"{origin}:{n}: not a JSON object ({exc})"
            if problems is None:
                raise BadRecord(message) from exc
            problems.append(message)
            continue
        yield Record(n, origin, data)


def require_text(record: Record) -> str:
    text = record.data.get("text")
    if not isinstance(text, str):
        raise BadRecord(f"{record.origin}:{record.line}: the record has no \"text\" string")
    return text


def write_line(out: IO[str], obj: Any) -> None:
    out.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")

"""Bad inputs are data: each gives a drop with a clear reason, and the rest of the batch is read."""

from __future__ import annotations

import gzip
import os
import tracemalloc
from pathlib import Path

from helpers_readers import ARTICLE

from eventwatch.readers import ReadStats, iter_documents
from eventwatch.settings import Settings


def only(path: Path, settings: Settings | None = None) -> str:
    docs = list(iter_documents([str(path)], settings or Settings()))
    assert len(docs) == 1
    assert docs[0].raw == ""
    assert docs[0].dropped is not None and docs[0].dropped.stage == "read"
    return docs[0].dropped.reason


def test_empty_and_blank_files(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "w.txt").write_bytes(b" \n\t\r\n ")
    assert only(tmp_path / "e.txt") == "empty file"
    assert only(tmp_path / "w.txt") == "empty file"


def test_binary_files(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "blob.html").write_bytes(b"abc\x00\x01\x02" * 100)
    assert only(tmp_path / "photo.txt") == "binary file (PNG image)"
    assert only(tmp_path / "blob.html") == "binary file (NUL bytes)"


def test_invalid_utf8_that_cannot_be_decoded(tmp_path: Path) -> None:
    noise = bytes((b * 37 + 11) % 128 + 128 for b in range(4000))  # high bytes only: no code page reads it as text
    (tmp_path / "bad.txt").write_bytes(noise)
    assert only(tmp_path / "bad.txt").startswith("undecodable")


def test_invalid_utf8_in_a_latin1_file_is_decoded(tmp_path: Path) -> None:
    (tmp_path / "l1.txt").write_bytes("Manifestation à Genève contre la réforme des retraites.".encode("latin-1"))
    [doc] = iter_documents([str(tmp_path / "l1.txt")], Settings())
    assert doc.raw == "Manifestation à Genève contre la réforme des retraites."


def test_over_max_bytes_small_limit(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "big.txt.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    settings = Settings(max_bytes=50)
    assert only(tmp_path / "big.txt", settings).startswith("too large")
    assert only(tmp_path / "big.txt.gz", settings).startswith("too large")


def test_fifty_megabyte_file_is_not_read_whole(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with open(big, "wb") as handle:
        line = (ARTICLE + "\n").encode()
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert big.stat().st_size > 50 * 1024 * 1024
    tracemalloc.start()
    try:
        reason = only(big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert reason.startswith("too large")
    assert peak < 5 * 1024 * 1024, f"reading a 50 MB file to refuse it allocated {peak} bytes"


def test_large_jsonl_streams_in_bounded_memory(tmp_path: Path) -> None:
    big = tmp_path / "huge.jsonl"
    record = ('{"text": "' + ARTICLE + '"}\n').encode()
    count = 12 * 1024 * 1024 // len(record) + 1  # 12 MB: above max_bytes, yet read record by record
    with open(big, "wb") as handle:
        for _ in range(count):
            handle.write(record)
    tracemalloc.start()
    try:
        n = sum(1 for _ in iter_documents([str(big)], Settings()))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n == count
    assert peak < 4 * 1024 * 1024


def test_truncated_gzip(tmp_path: Path) -> None:
    data = gzip.compress(os.urandom(2000) + ARTICLE.encode() * 50)
    (tmp_path / "cut.txt.gz").write_bytes(data[: len(data) // 2])
    assert "gzip" in only(tmp_path / "cut.txt.gz")


def test_malformed_records_and_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "good one"}\n{not json\n{"title": "no text"}\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text("still read", encoding="utf-8")
    stats = ReadStats()
    docs = list(iter_documents([str(tmp_path)], Settings(), stats=stats))
    reasons = [d.dropped.reason if d.dropped else None for d in docs]
    assert reasons[0] is None and docs[0].raw == "good one"
    assert reasons[1] is not None and reasons[1].startswith("malformed JSON")
    assert reasons[2] == "record has no 'text' field"
    assert docs[3].raw == "still read"
    assert stats.documents == 2 and sum(stats.dropped.values()) == 2


def test_huge_jsonl_line_is_dropped_and_reading_goes_on(tmp_path: Path) -> None:
    f = tmp_path / "h.jsonl"
    f.write_bytes(b'{"text": "' + b"x" * 5000 + b'"}\n{"text": "after"}\n')
    docs = list(iter_documents([str(f)], Settings(max_bytes=1000)))
    assert docs[0].dropped is not None and docs[0].dropped.reason.startswith("too large")
    assert docs[1].raw == "after" and docs[1].origin == f"{f}#2"


def test_a_jsonl_file_of_blank_lines_is_dropped_as_empty(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.readers import iter_documents
    from eventwatch.settings import Settings

    path = tmp_path / "blank.jsonl"
    path.write_bytes(b"\t\n  \n")
    [doc] = list(iter_documents([str(path)], Settings()))
    assert doc.dropped is not None and doc.dropped.stage == "read" and "empty" in doc.dropped.reason

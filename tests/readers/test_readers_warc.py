"""WARC crawls: HTTP 200 HTML responses become documents, other records are counted by reason, truncated
records are drops."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_readers import page, write_warc

from eventwatch.readers import ReadStats, iter_documents
from eventwatch.settings import Settings

RECORDS = [
    ("request", "", "", b""),
    ("response", "200 OK", "text/html; charset=utf-8", page().encode()),
    ("response", "404 Not Found", "text/html", b"<html><body>missing</body></html>"),
    ("response", "200 OK", "image/jpeg", b"\xff\xd8\xff\xe0" + b"\x00" * 200),
    ("response", "301 Moved Permanently", "text/html", b""),
    (
        "response",
        "200 OK",
        "text/html",
        page(title="Second story", body="Dock workers struck in Mombasa " * 20).encode(),
    ),
]


@pytest.mark.parametrize("gz", [False, True])
def test_warc_documents_and_skip_counts(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, RECORDS, gzip=gz)
    stats = ReadStats()
    docs = list(iter_documents([str(path)], Settings(), stats=stats))
    assert [d.dropped for d in docs] == [None, None]
    assert [d.title for d in docs] == ["Farmers block highway near Lyon", "Second story"]
    assert docs[0].origin == f"{path}#3"  # warcinfo and request come first
    assert docs[0].url == "https://courier.example/farmers"  # canonical link wins over the target URI
    assert dict(stats.skipped) == {
        "WARC warcinfo record": 1,
        "WARC request record": 1,
        "HTTP status 404": 1,
        "not HTML (image/jpeg)": 1,
        "HTTP status 301": 1,
    }


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_warc_keeps_earlier_records(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    write_warc(path, RECORDS, gzip=gz)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 300])
    docs = list(iter_documents([str(path)], Settings()))
    assert docs[0].dropped is None and docs[0].title == "Farmers block highway near Lyon"
    assert docs[-1].dropped is not None
    assert "truncated" in docs[-1].dropped.reason


def test_warc_with_garbage_after_header(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    docs = list(iter_documents([str(path)], Settings()))
    assert docs and all(d.dropped is not None for d in docs)


def test_oversized_warc_payload_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "big.warc"
    write_warc(path, RECORDS, gzip=False)
    docs = list(iter_documents([str(path)], Settings(max_bytes=500)))
    assert [d.dropped.reason.startswith("too large") for d in docs if d.dropped] == [True, True]

"""Fuzz every reader: random bytes, truncated gzip, malformed HTML and XML, huge lines. No input may crash
the reader; every failure must be a drop with a reason."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from helpers_readers import RECORDS_FOR_FUZZ, page, write_warc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwatch.readers import ReadStats, iter_documents
from eventwatch.records import Document
from eventwatch.settings import Settings

EXTENSIONS = [".txt", ".html", ".jsonl", ".json", ".csv", ".rss", ".xml", ".warc", ".warc.gz", ".gz", ".bin"]
SMALL = Settings(max_bytes=20_000)


def check(docs: list[Document], *, may_be_empty: bool = False) -> None:
    assert docs or may_be_empty, "every file yields at least one document or drop"
    for doc in docs:
        if doc.dropped is not None:
            assert doc.dropped.stage == "read" and doc.dropped.reason.strip()
            assert doc.raw == ""
        else:
            assert isinstance(doc.raw, str)


def read_bytes(tmp: Path, name: str, data: bytes) -> list[Document]:
    path = tmp / name
    path.write_bytes(data)
    try:
        return list(iter_documents([str(path)], SMALL))
    finally:
        path.unlink()


FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(data=st.binary(min_size=1, max_size=3000), ext=st.sampled_from(EXTENSIONS))
def test_random_bytes_never_crash(tmp_path: Path, data: bytes, ext: str) -> None:
    check(read_bytes(tmp_path, "fuzz" + ext, data))


@FUZZ
@given(cut=st.integers(min_value=1, max_value=400), ext=st.sampled_from([".txt.gz", ".jsonl.gz", ".html.gz", ".gz"]))
def test_truncated_gzip_never_crashes(tmp_path: Path, cut: int, ext: str) -> None:
    data = gzip.compress(b'{"text": "' + b"Workers marched downtown. " * 40 + b'"}\n')
    check(read_bytes(tmp_path, "cut" + ext, data[: max(1, len(data) - cut)]))


@FUZZ
@given(cut=st.integers(min_value=0, max_value=2000), gz=st.booleans())
def test_truncated_or_spliced_warc_never_crashes(tmp_path: Path, cut: int, gz: bool) -> None:
    path = tmp_path / ("w.warc.gz" if gz else "w.warc")
    write_warc(path, RECORDS_FOR_FUZZ, gzip=gz)
    data = path.read_bytes()
    start = min(cut, len(data) - 1)
    for variant in (
        data[: len(data) - start],
        data[:start] + data[start + 7 :],
        data[:start] + b"\x00\xff" + data[start:],
    ):
        path.write_bytes(variant)
        stats = ReadStats()
        docs = list(iter_documents([str(path)], SMALL, stats=stats))
        # A damaged Content-Length can make warcio read the rest of the file as one skipped record.
        check(docs, may_be_empty=sum(stats.skipped.values()) > 0)


@FUZZ
@given(text=st.text(alphabet=st.sampled_from(list("<>/=\"'&;ab p div html body title meta script !-[]?xml rss item"))))
def test_malformed_html_and_xml(tmp_path: Path, text: str) -> None:
    for ext in (".html", ".rss", ".xml", ".atom"):
        check(read_bytes(tmp_path, "m" + ext, ("<" + text).encode()))


def test_truncated_page_and_feed(tmp_path: Path) -> None:
    html = page().encode()
    for n in range(1, len(html), 97):
        check(read_bytes(tmp_path, "p.html", html[:n]))
    feed = b'<?xml version="1.0"?><rss><channel><item><title>T</title><description>Body text</description></item>'
    for n in range(1, len(feed), 13):
        check(read_bytes(tmp_path, "f.rss", feed[:n]))


def test_huge_lines(tmp_path: Path) -> None:
    line = b"word " * 200_000  # one 1 MB line, over max_bytes
    for ext in (".txt", ".jsonl", ".csv", ".html", ".rss"):
        check(read_bytes(tmp_path, "h" + ext, b"text\n" + line + b"\n"))
    docs = read_bytes(tmp_path, "ok.csv", b"text\n" + line + b"\nshort row\n")
    assert docs[0].dropped is not None and docs[0].dropped.reason.startswith("too large")
    assert docs[-1].raw == "short row"


def test_stdin_fuzz() -> None:
    for data in (b"", b"\x00\x01", b"\x1f\x8b\x08\x00junk", b"WARC/1.0\r\n\r\n", b"<rss><item>", b"{" * 1000):
        check(list(iter_documents(["-"], SMALL, stdin=io.BytesIO(data))))

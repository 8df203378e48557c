"""Builders for test inputs written by the tests themselves (team-written content only)."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ARTICLE = (
    "Hundreds of farmers blocked the main highway into Lyon on Tuesday with tractors, demanding lower fuel "
    "taxes, organisers said. Police diverted traffic for several hours and no arrests were reported."
)


def page(title: str = "Farmers block highway near Lyon", body: str = ARTICLE, extra_head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} | Valley Courier</title>"
        f"<meta name='author' content='Ana Ruiz'><meta property='og:site_name' content='Valley Courier'>"
        f"<link rel='canonical' href='https://courier.example/farmers'>"
        f"<meta property='article:published_time' content='2021-03-04T08:00:00Z'>{extra_head}</head>"
        f"<body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav><article><h1>{title}</h1>"
        f"<p>{body}</p><p>The protest ended peacefully in the early evening near the town hall.</p></article>"
        f"<footer>Subscribe to our newsletter</footer></body></html>"
    )


def write_warc(path: Path, records: list[tuple[str, str, str, bytes]], *, gzip: bool) -> None:
    """records: (record type, HTTP status line, content type, body)."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "eventwatch tests"}))
        for n, (rec_type, status, content_type, body) in enumerate(records):
            url = f"https://courier.example/{n}"
            if rec_type == "request":
                headers = StatusAndHeaders(f"GET /{n} HTTP/1.1", [("Host", "courier.example")], is_http_request=True)
                record = writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=headers)
            else:
                headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)


RECORDS_FOR_FUZZ: list[tuple[str, str, str, bytes]] = [
    ("request", "", "", b""),
    ("response", "200 OK", "text/html", page().encode()),
    ("response", "404 Not Found", "text/html", b"<p>gone</p>"),
    ("response", "200 OK", "text/html", page(title="Another").encode()),
]

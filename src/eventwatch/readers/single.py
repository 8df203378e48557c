"""Readers for inputs that are one document each: plain text and HTML pages."""

from __future__ import annotations

from eventwatch.readers.common import dropped, iso_date
from eventwatch.readers.decode import declared_encoding, decode_bytes, normalise_text
from eventwatch.readers.webpage import extract_page
from eventwatch.records import Caption, Document


def text_document(data: bytes, origin: str) -> Document:
    """A plain-text report: decoded, entities unescaped, whitespace normalised; the cleaning stage does the rest."""
    text, reason = decode_bytes(data)
    if text is None:
        return dropped(origin, reason)
    text = normalise_text(text)
    if not text:
        return dropped(origin, "empty file")
    return Document(raw=text, origin=origin)


def html_document(data: bytes, origin: str, *, url: str | None = None, charset: str | None = None) -> Document:
    """An HTML page: its main text and metadata (title, author as byline, date, site name, canonical URL), and
    the photo captions of its markup, undated: cleaning dates them and says where they stood."""
    text, reason = decode_bytes(data, declared=charset or declared_encoding(data))
    if text is None:
        return dropped(origin, reason)
    if not text.strip():
        return dropped(origin, "empty file")
    try:
        page = extract_page(text, url=url)
    except ValueError as exc:
        return dropped(origin, f"unreadable HTML: {exc}")
    return Document(
        raw=page.text,
        origin=origin,
        url=page.url,
        title=page.title,
        byline=page.author,
        published=iso_date(page.date),
        source=page.sitename,
        captions=tuple(Caption(text) for text in page.captions),  # cleaning takes these lines out as captions
    )

"""RSS and Atom feeds: each item is a document, its HTML content flattened to text.

feedparser is lenient with broken XML (it sets `bozo`); a feed that yields no item at all is reported with
the parser's complaint, so a user sees why a feed gave nothing.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

from eventwatch.readers.common import dropped, iso_date
from eventwatch.readers.decode import normalise_text
from eventwatch.readers.webpage import fragment_parts, fragment_text
from eventwatch.records import Caption, Document


def _get(entry: Any, key: str) -> Any:
    try:
        return entry.get(key)
    except (AttributeError, TypeError, KeyError):
        return None


def _plain(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = fragment_text(value) if "<" in value else normalise_text(value)
    return " ".join(text.split()) or None


def _item_html(entry: Any) -> str:
    """The fullest text an item carries: its content, else its summary or description."""
    contents = _get(entry, "content") or []
    for content in contents:
        value = _get(content, "value")
        if isinstance(value, str) and value.strip():
            return value
    for key in ("summary", "description"):
        value = _get(entry, key)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def iter_feed(data: bytes, path: str) -> Iterator[Document]:
    """One document per item of an RSS or Atom feed (`path#n`), its HTML made text with its captions; a feed with
    no items, or one that cannot be parsed, is one drop, not an error, as every bad input is."""
    import feedparser  # here, not on import: only a feed needs it (readers.warc says why)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    entries = list(parsed.get("entries") or [])
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            yield dropped(path, f"malformed feed: {str(problem)[:200] or type(problem).__name__}")
        else:
            yield dropped(path, "feed has no items")
        return
    feed_title = _plain(_get(parsed.get("feed") or {}, "title"))
    for n, entry in enumerate(entries, start=1):
        origin = f"{path}#{n}"
        body = _item_html(entry)
        text, captions = fragment_parts(body) if "<" in body else (normalise_text(body), ())
        if not text:
            yield dropped(origin, "feed item has no text")
            continue
        published = iso_date(_get(entry, "published_parsed") or _get(entry, "updated_parsed"))
        yield Document(
            raw=text,
            origin=origin,
            url=_plain(_get(entry, "link")),
            title=_plain(_get(entry, "title")),
            published=published,
            byline=_plain(_get(entry, "author")),
            source=feed_title,
            captions=tuple(Caption(c) for c in captions),
        )

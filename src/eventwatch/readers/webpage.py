"""HTML pages and fragments to text with their metadata.

Whole pages go through trafilatura, which finds the article among navigation, footers and comments and reads
the title, author, date, site name and canonical URL. Feed items and HTML inside JSON records are fragments
with no page around them; trafilatura would judge them too small, so they are flattened with lxml, keeping a
paragraph break at every block element.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import lxml.etree
import lxml.html
import trafilatura
from trafilatura.settings import use_config

from eventwatch.readers.decode import normalise_text

# trafilatura logs every page it finds too short; those pages are reported as drops instead.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

_BLOCKS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "section"}
    | {"article", "header", "footer", "pre", "figcaption", "figure", "dd", "dt", "dl", "hr", "address", "aside", "main"}
)
_SKIP = frozenset(["script", "style", "noscript", "template", "head", "svg", "iframe", "form", "button", "nav"])


@dataclass(frozen=True, slots=True)
class PageText:
    """What a page yields: main text (paragraphs separated by blank lines) and the metadata found."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None


@lru_cache(maxsize=1)
def _config() -> Any:
    """trafilatura settings: no signal-based timeout (breaks in threads), accept short articles."""
    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    config.set("DEFAULT", "MAX_FILE_SIZE", str(2**40))
    return config


def _clean_meta(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = normalise_text(value).replace("\n", " ").strip()
    return value or None


def extract_page(page: str, url: str | None = None) -> PageText:
    """Main text and metadata of a whole HTML page; falls back to flattening the page when trafilatura finds none.

    Raises ValueError when the page holds no text at all.
    """
    result = None
    try:
        result = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            config=_config(),
        )
    except (ValueError, TypeError, lxml.etree.LxmlError, RecursionError):
        result = None
    if result is not None:
        meta = result.as_dict() if hasattr(result, "as_dict") else dict(result)
        text = normalise_text(str(meta.get("text") or ""))
        if text:
            return PageText(
                text=text.replace("\n", "\n\n"),
                title=_clean_meta(meta.get("title")),
                author=_clean_meta(meta.get("author")),
                date=_clean_meta(meta.get("date")),
                sitename=_clean_meta(meta.get("sitename")),
                url=_clean_meta(meta.get("url")) or url,
            )
    text = fragment_text(page)
    if not text:
        raise ValueError("no text found in the HTML")
    return PageText(text=text, url=url)


def fragment_text(fragment: str) -> str:
    """Text of an HTML fragment with a blank line between block elements; scripts and styles removed."""
    if "<" not in fragment:
        return normalise_text(fragment)
    try:
        root = lxml.html.fromstring(fragment)
    except (lxml.etree.LxmlError, ValueError):
        return ""
    parts: list[str] = []
    _walk(root, parts)
    joined = "".join(parts)
    paragraphs = [" ".join(p.split()) for p in joined.split("\n\n")]
    return normalise_text("\n\n".join(p for p in paragraphs if p))


def _walk(node: Any, parts: list[str]) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    tag = tag.lower().rsplit("}", 1)[-1]
    if tag in _SKIP or not isinstance(node.tag, str):
        if node.tail:
            parts.append(node.tail)
        return
    block = tag in _BLOCKS
    if block:
        parts.append("\n\n")
    if node.text:
        parts.append(node.text)
    for child in node:
        _walk(child, parts)
    if block:
        parts.append("\n\n")
    if node.tail:
        parts.append(node.tail)

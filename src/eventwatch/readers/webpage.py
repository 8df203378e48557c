"""HTML pages and fragments to text with their metadata.

Whole pages go through trafilatura, which finds the article among navigation, footers and comments and reads
the title, author, date, site name and canonical URL. Feed items and HTML inside JSON records are fragments
with no page around them; trafilatura would judge them too small, so they are flattened with lxml, keeping a
paragraph break at every block element.

Photo captions (`htmlcaptions`) come out of both paths as paragraphs of their own at their place in the text,
and are listed in `PageText.captions` so that cleaning takes them out of the body as captions.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import lxml.etree
import lxml.html

from eventwatch.readers.decode import normalise_text
from eventwatch.readers.htmlcaptions import SKIP_TAGS, caption_of, mark_captions, tag_name

# trafilatura logs every page it finds too short; those pages are reported as drops instead.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

_BLOCKS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "section"}
    | {"article", "header", "footer", "pre", "figcaption", "figure", "dd", "dt", "dl", "hr", "address", "aside", "main"}
)


@dataclass(frozen=True, slots=True)
class PageText:
    """What a page yields: main text (paragraphs separated by blank lines), the metadata found, and the photo
    captions from its markup, each also a paragraph of the text at the caption's place."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    captions: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _config() -> Any:
    """trafilatura settings: no signal-based timeout (breaks in threads), accept short articles."""
    from trafilatura.settings import use_config

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
    # imported at the first page, not with the readers: 0.2 CPU seconds that the cluster's driver (which plans
    # shards with the readers but never extracts a page) and a run reading no HTML would spend for nothing
    import trafilatura
    from trafilatura.utils import load_html

    result = None
    marked = None
    try:
        tree = load_html(page)
        if tree is not None:
            marked = mark_captions(tree, page)
            result = trafilatura.bare_extraction(
                tree,
                url=url,
                with_metadata=True,
                include_comments=False,
                include_tables=False,
                config=_config(),
            )
    except (ValueError, TypeError, lxml.etree.LxmlError, RecursionError):
        result = None
    if result is not None and marked is not None:
        meta = result.as_dict() if hasattr(result, "as_dict") else dict(result)
        text, captions = marked.restore(str(meta.get("text") or ""))
        text = _paragraphs(normalise_text(text))
        if text:
            return PageText(
                text=text,
                title=_clean_meta(meta.get("title")),
                author=_clean_meta(meta.get("author")),
                date=_clean_meta(meta.get("date")),
                sitename=_clean_meta(meta.get("sitename")) or _title_sitename(tree, _clean_meta(meta.get("title"))),
                url=_clean_meta(meta.get("url")) or url,
                captions=tuple(normalise_text(c) for c in captions),
            )
    text, captions = fragment_parts(page)
    if not text:
        raise ValueError("no text found in the HTML")
    return PageText(text=text, url=url, captions=captions)


_TITLE_SEPARATORS = (" | ", " — ", " – ", " - ", " :: ", " · ")


def _title_sitename(tree: Any, title: str | None) -> str | None:
    """The site name a page's `<title>` adds after its headline ("Cars torched in Marseille — Riviera Post"),
    for pages whose metadata names no site: the headline is the page's own (og:)title, the rest the site."""
    node = tree.find(".//title") if title else None
    full = _clean_meta(node.text_content() if node is not None else None)
    if not full or not title or not full.startswith(title):
        return None
    rest = full[len(title):]
    for separator in _TITLE_SEPARATORS:
        if rest.startswith(separator):
            name = rest[len(separator):].strip()
            return name if 1 < len(name) <= 60 else None
    return None


def _paragraphs(text: str) -> str:
    """trafilatura's one line per paragraph as paragraphs separated by a blank line (no empty ones)."""
    return "\n\n".join(line for line in text.split("\n") if line)


def fragment_text(fragment: str) -> str:
    """Text of an HTML fragment with a blank line between block elements; scripts and styles removed."""
    return fragment_parts(fragment)[0]


def fragment_parts(fragment: str) -> tuple[str, tuple[str, ...]]:
    """`fragment_text` and the photo captions in it (each also a paragraph of the text)."""
    if "<" not in fragment:
        return normalise_text(fragment), ()
    try:
        root = lxml.html.fromstring(fragment)
    except (lxml.etree.LxmlError, ValueError):
        return "", ()
    parts: list[str] = []
    captions: list[str] = []
    _walk(root, parts, captions)
    joined = "".join(parts)
    paragraphs = [" ".join(p.split()) for p in joined.split("\n\n")]
    text = normalise_text("\n\n".join(p for p in paragraphs if p))
    return text, tuple(normalise_text(c) for c in captions)


def _walk(node: Any, parts: list[str], captions: list[str]) -> None:
    tag = tag_name(node)
    if tag in SKIP_TAGS or not tag:
        if node.tail:
            parts.append(node.tail)
        return
    if (caption := caption_of(node)) is not None:
        captions.append(caption)
        parts.append(f"\n\n{caption}\n\n")
        if node.tail:
            parts.append(node.tail)
        return
    block = tag in _BLOCKS
    if block:
        parts.append("\n\n")
    if node.text:
        parts.append(node.text)
    for child in node:
        _walk(child, parts, captions)
    if block:
        parts.append("\n\n")
    if node.tail:
        parts.append(node.tail)

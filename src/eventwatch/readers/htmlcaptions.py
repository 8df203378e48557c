"""Photo captions in HTML markup (`<figcaption>`, `class="caption"`, WordPress `wp-caption-text`, ...).

A dated photo caption says when the event beside it happened, but trafilatura drops figures and caption
markup when it extracts a page's main text. So, before extraction, each caption element is taken out of the
tree and a marker paragraph put where its figure stood; after extraction the marker becomes the caption as a
paragraph of its own, at its place in the article, and the caption's text is reported so that cleaning knows
the line is a caption (not report prose) even when it carries no date. The caption element is removed from
the tree, so its text can never also appear in the body; a marker trafilatura leaves out (a caption in a
sidebar or a teaser) means a caption that was not part of the article, and it is dropped with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import lxml.html
from lxml import etree

# Class names that mark a caption's own text (not its container: `wp-caption` also holds the image).
CAPTION_CLASSES = frozenset({
    "caption", "wp-caption-text", "wp-element-caption", "image-caption", "img-caption", "photo-caption",
    "figure-caption", "media-caption", "caption-text", "figcaption",
})
SKIP_TAGS = frozenset(["script", "style", "noscript", "template", "head", "svg", "iframe", "form", "button", "nav"])
# Longer than this, the "caption" is a layout using caption classes for prose: it is left in the page.
MAX_CAPTION_CHARS = 600
MAX_CAPTIONS = 200
_STOP = frozenset({"html", "body", "article", "main"})
_INLINE = frozenset({"span", "em", "i", "b", "strong", "small", "a", "cite", "font", "label"})
_SPACE = re.compile(r"\s+")
# Every caption class contains "aption" ("Caption" too): XPath finds the few candidates in C, in document order.
_CANDIDATES = etree.XPath("//figcaption | //*[contains(@class, 'aption')]")


def tag_name(node: Any) -> str:
    """Lower-case tag without namespace; "" for comments and processing instructions."""
    return node.tag.lower().rsplit("}", 1)[-1] if isinstance(node.tag, str) else ""


def is_caption(node: Any) -> bool:
    """True for a `<figcaption>` or an element whose class names a caption."""
    tag = tag_name(node)
    if tag == "figcaption":
        return True
    if not tag or tag in _STOP:
        return False
    classes = node.get("class")
    return bool(classes) and any(c.lower() in CAPTION_CLASSES for c in classes.split())


def caption_text(node: Any) -> str:
    """The caption's words on one line; text inside scripts, styles and the like is not read."""
    parts: list[str] = []
    if node.text:
        parts.append(node.text)
    for child in node:
        if tag_name(child) and tag_name(child) not in SKIP_TAGS:
            parts.append(caption_text(child))
        if child.tail:
            parts.append(child.tail)
    return " ".join(" ".join(parts).split())


def caption_of(node: Any) -> str | None:
    """The text of a caption element, or None when `node` is not one (or is empty, or prose-long)."""
    if not is_caption(node):
        return None
    text = caption_text(node)
    return text if text and len(text) <= MAX_CAPTION_CHARS else None


def _skipped(node: Any) -> bool:
    return any(tag_name(a) in SKIP_TAGS for a in node.iterancestors())


@dataclass(frozen=True, slots=True)
class Marked:
    """Captions replaced by markers in a tree: `captions[i]` stands where `marker(i)` is."""

    prefix: str
    captions: tuple[str, ...]

    def marker(self, i: int) -> str:
        return f"{self.prefix}{i}q"

    def restore(self, text: str) -> tuple[str, tuple[str, ...]]:
        """Each marker in the extracted text becomes its caption on a line of its own; returns the text and
        the captions that survived extraction, in page order."""
        kept: list[str] = []
        for i, caption in enumerate(self.captions):
            marker = self.marker(i)
            if marker in text:
                text = text.replace(marker, f"\n{caption}\n")
                kept.append(caption)
        return text, tuple(kept)


def mark_captions(root: Any, page: str) -> Marked:
    """Replace every caption element of `root` (in place) by a marker paragraph; see the module docstring.

    The marker replaces the largest element around the caption that holds nothing else but images (the
    `<figure>`, the `wp-caption` box), so that extraction, which drops figures, keeps it."""
    prefix = "ewcaption"
    while prefix in page:  # a page cannot forge a marker
        prefix += "x"
    captions: list[str] = []
    found = [node for node in _CANDIDATES(root) if is_caption(node)]
    for node in found:
        if len(captions) >= MAX_CAPTIONS:
            break
        if node.getroottree().getroot() is not root or _skipped(node):
            continue  # inside a caption already taken out, or in a script or template
        text = caption_of(node)
        if text is None:
            continue
        container = node
        parent = node.getparent()
        while parent is not None and tag_name(parent) not in _STOP and not _other_text(parent, text):
            container, parent = parent, parent.getparent()
        if parent is None:
            continue
        marker = lxml.html.Element("span" if tag_name(container) in _INLINE else "p")
        marker.text = f"{prefix}{len(captions)}q"
        marker.tail = container.tail
        container.tail = None
        container.addprevious(marker)
        parent.remove(container)
        captions.append(text)
    return Marked(prefix, tuple(captions))


def _other_text(node: Any, caption: str) -> bool:
    """Whether `node` holds text besides `caption` (a marker left by an earlier caption counts)."""
    return bool(_SPACE.sub("", caption_text(node)).replace(_SPACE.sub("", caption), "", 1))

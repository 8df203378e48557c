"""Which outlet published a document: its URL, its site name, its credit or byline line, its title, its first lines.

The evidence is tried from the most to the least reliable: a URL's domain names one outlet for sure; a site name
(`og:site_name`, a record's `source` field) or a wire credit ("(Reuters) -", "Reporting by PMOI/MEK") names it as
the page printed it; a title's tail ("... | Sahel Daily Ledger") and a short masthead line at the top of the text
("Staff Correspondent | Dhaka Business Herald") or a copyright line at its end come last. Only names and domains
in the registry count: an unknown name is left unresolved (the report keeps its `source` and `reported_by` as
printed) rather than guessed into an outlet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from eventwatch.records import Document, Outlet
from eventwatch.sources.registry import Registry, host_of

# Separators between an outlet's name and the rest of a title, a credit or a masthead line.
_SEGMENTS = re.compile(r"\s+[|–—·:]\s+|\s+-\s+|\s*\|\s*|\s*;\s*|,\s+|\s+/\s+|\s+and\s+|\s+for\s+")
_LOOKS_LIKE_DOMAIN = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/.*)?$", re.I)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<who>.{2,60}?)\.?\s*(?:all rights reserved\.?)?$",
                        re.I)
_HEAD_LINES = 6
_MAX_LINE = 90


def outlet_for(doc: Document, registry: Registry, country: str | None = None) -> tuple[Outlet, str] | None:
    """The registry's outlet for a document and what named it ("url", "site name", "credit", "byline", "title" or
    "text"), or None. `country` (ISO alpha-2, the report's) decides between outlets that share a name."""
    for via, value in _evidence(doc):
        outlet = _lookup(registry, value, country, exact=via in {"title", "text"})
        if outlet is not None:
            return outlet, via
    return None


def _lookup(registry: Registry, value: str, country: str | None, *, exact: bool) -> Outlet | None:
    """A value names an outlet as a whole (a domain, a site name), else one of its segments does ("Staff
    Correspondent | Dhaka Business Herald"); a segment, like a title or a text line, must name it exactly."""
    value = value.strip()
    if not value:
        return None
    if _LOOKS_LIKE_DOMAIN.match(value):
        found = registry.by_domain(value)
        if found is not None:
            return found
    found = registry.by_name(value, country, exact=exact)
    if found is not None:
        return found
    for part in _SEGMENTS.split(value):
        found = registry.by_name(part, country, exact=True) if len(part) > 1 else None
        if found is not None:
            return found
    return None


def _evidence(doc: Document) -> Iterator[tuple[str, str]]:
    if doc.url:
        yield "url", host_of(doc.url)
    if doc.source:
        yield "site name", doc.source
    if doc.reported_by:
        yield "credit", doc.reported_by
    if doc.byline:
        yield "byline", doc.byline
    if doc.title:
        yield "title", doc.title
    lines = [line.strip() for line in doc.text.splitlines() if line.strip()]
    for line in lines[:_HEAD_LINES]:
        if len(line) <= _MAX_LINE and _SEGMENTS.search(line):
            yield "text", line  # a masthead or credit line: "Staff Correspondent | Dhaka Business Herald"
    for line in lines[-2:]:
        match = _COPYRIGHT.match(line) if len(line) <= _MAX_LINE else None
        if match:
            yield "text", match.group("who")

"""Place mentions: from spaCy entities (GPE, LOC, FAC, demonyms among NORP), or from spans a caller gives.

Around each mention we read what a reader would use to place it: an admin qualifier after a comma or in
parentheses ("Nur, Mazandaran", "Crater (Aden)") and a following "province"/"district".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwatch.geo.normalize import key

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwatch.geo.candidates import CandidateFinder

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_COMMA_QUALIFIER = re.compile(r"\s*,\s*((?:[A-Z][\w'’.\-]*)(?:\s+[A-Z][\w'’.\-]*){0,3})")
_PAREN_QUALIFIER = re.compile(r"\s*\(([^()\n]{2,40})\)")
_LIST_AFTER = re.compile(r"\s*(?:,\s*[A-Z]|and\s+[A-Z]|or\s+[A-Z])")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


@dataclass(frozen=True, slots=True)
class Mention:
    """A place mention: character offsets into the text, its words and what stands next to it."""

    start: int
    end: int
    text: str
    qualifier: str = ""
    admin: bool = False  # followed by "province", "district", ...
    label: str = ""


def _context(text: str, end: int, admin_words: frozenset[str]) -> tuple[str, bool]:
    tail = text[end:end + 80]
    qualifier = ""
    m = _COMMA_QUALIFIER.match(tail)
    if m and _LIST_AFTER.match(tail[m.end():]):
        m = None  # "Tehran, Isfahan, Ahvaz": a list of places, not a place and its province
    m = m or _PAREN_QUALIFIER.match(tail)
    if m:
        qualifier = m.group(1).strip().rstrip(".")
    nxt = _NEXT_WORD.match(tail)
    admin = bool(nxt and nxt.group(1).lower() in admin_words and nxt.group(1).lower() != "state")
    return qualifier, admin


def mentions_for_spans(text: str, spans: list[tuple[int, int]], finder: CandidateFinder) -> list[Mention]:
    """One mention per given span, in order (spans outside the text become empty mentions)."""
    out = []
    admin_words = finder.lex.admin_words
    for start, end in spans:
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        words = text[start:end]
        qualifier, admin = _context(text, end, admin_words)
        out.append(Mention(start, end, words, qualifier, admin))
    return out


def extract_mentions(doc: Doc, finder: CandidateFinder) -> list[Mention]:
    """Place mentions among a parsed doc's entities, in text order."""
    text = doc.text
    admin_words = finder.lex.admin_words
    out: list[Mention] = []
    for ent in doc.ents:
        label = ent.label_
        start, end = ent.start_char, ent.end_char
        words = ent.text
        if words.lower().startswith("the "):
            start, words = start + 4, words[4:]
        if words.endswith("'s") or words.endswith("’s"):
            end, words = end - 2, words[:-2]
        if not words.strip():
            continue
        if label == "NORP":
            if finder.demonym_row(key(words)) is None:
                continue
        elif label not in PLACE_LABELS:
            continue
        qualifier, admin = _context(text, end, admin_words)
        out.append(Mention(start, end, words, qualifier, admin, label))
    return out

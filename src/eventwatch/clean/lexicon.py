"""Loading the cleaning lexicons (furniture, attribution, wire services) from package data, once.

The patterns are data, not code, so that they can be read, extended and tested without touching the logic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("eventwatch.data").joinpath("clean").joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@dataclass(frozen=True, slots=True)
class Attribution:
    kind: str  # "reported_by" or "byline"
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def furniture_patterns() -> tuple[re.Pattern[str], ...]:
    """The page-furniture line patterns of `furniture.txt` (ad slots, share buttons, "Advertisement"), compiled once."""
    return tuple(re.compile(line.strip(), re.IGNORECASE) for line in _lines("furniture.txt"))


@lru_cache(maxsize=1)
def attribution_patterns() -> tuple[Attribution, ...]:
    """The byline and "reported by" patterns of `attribution.txt`, compiled once; a line of an unknown kind is an
    error at load, not a pattern that never fires."""
    out: list[Attribution] = []
    for line in _lines("attribution.txt"):
        kind, _, pattern = line.partition("\t")
        if kind not in {"reported_by", "byline"} or not pattern:
            raise ValueError(f"bad attribution line: {line!r}")
        out.append(Attribution(kind, re.compile(pattern)))
    return tuple(out)


@lru_cache(maxsize=1)
def wire_services() -> dict[str, str]:
    """Every written form of a news agency mapped to its canonical name."""
    forms: dict[str, str] = {}
    for line in _lines("wire_services.txt"):
        canonical, *variants = [part.strip() for part in line.split("|")]
        for variant in [canonical, *variants]:
            forms[variant] = canonical
    return forms


@lru_cache(maxsize=1)
def kickers() -> frozenset[str]:
    """The words of `kickers.txt` that name a story's kind before its headline ("TIMELINE - ..."), case-folded."""
    return frozenset(" ".join(line.split()).casefold() for line in _lines("kickers.txt"))


def is_kicker(words: str) -> bool:
    """Whether the capitals before a heading's dash are a story's kind ("TIMELINE", "FACTBOX"), not a place."""
    return " ".join(words.split()).casefold() in kickers()


@lru_cache(maxsize=1)
def _date_label() -> re.Pattern[str]:
    words = sorted((line.split() for line in _lines("date_labels.txt")), key=len, reverse=True)
    labels = "|".join(r"\s+".join(re.escape(w) for w in label) for label in words)
    return re.compile(rf"(?:{labels})(?:\s+on)?\s*:?", re.IGNORECASE)


def is_date_label(words: str) -> bool:
    """Whether the words before a head line's day label it as the page's own day ("Published", "Issued:";
    `date_labels.txt`), not a caption's or a sentence's."""
    return _date_label().fullmatch(words.strip()) is not None


def canonical_agency(name: str) -> str:
    """A news agency's canonical name (`wire_services.txt`: "AFP" for "Agence France-Presse"), white space folded;
    an unknown name as written, so that the same wire counts once however it is spelled."""
    name = " ".join(name.split())
    return wire_services().get(name, name)


def is_furniture(line: str) -> bool:
    """A whole line that is page furniture, not text; a line over 300 characters is a paragraph and is never
    tested (no pattern is meant to match one, and it spares the patterns the longest lines)."""
    if len(line) > 300:
        return False
    return any(p.fullmatch(line) for p in furniture_patterns())

"""Places a parsed doc names outside spaCy's place entities (`recognize.extract_mentions` reads them beside the
entities): place names standing inside the name of an organisation, team or event ("the Houston Rockets", "Central
Bank of Malta", "Kano State Police"), labelled EMBEDDED; demonyms the model left out or called a person ("Azerbaijani
soldiers", "anti-Russian"); country abbreviations ("US", "U.S."); and all-capitals datelines ("KOLKATA, India -",
"DALLAS (AP) -"); a place whose name opens on a number word the model read as a number ("at Six Cross Roads").
Kept apart from `recognize` so that each module reads one way of finding a mention.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from eventwatch.geo.normalize import key

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span

    from eventwatch.geo.cues import PlaceEvidence
    from eventwatch.geo.view import Words

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
EMBEDDED = "EMBEDDED"  # the label of a place name found inside a longer name
_HOSTS = frozenset({"ORG", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "FAC"})
_DATELINE_END = frozenset({",", "(", "-", "–", "—", "--"})
_BEFORE_NUMBERED = frozenset({"at", "in", "near", "from"})
_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"})


class _Word(Protocol):
    """A word as spaCy's `Token` and the place view's `Word` both give it."""

    @property
    def text(self) -> str: ...

    @property
    def whitespace_(self) -> str: ...


class _Words(Protocol):
    """Words indexed by position: a spaCy `Doc` or the place view's `Words` (`geo/view.py`)."""

    def __getitem__(self, i: int, /) -> _Word: ...


def _opens_line(words: _Words, i: int) -> bool:
    """Whether word `i` opens its line (or the text): the word before it ends in, or is, a line break. One test for a
    column item's town (`heads_line`, read on the Doc) and a dateline's (`_dateline_run`, read on the view)."""
    return i == 0 or "\n" in words[i - 1].whitespace_ + words[i - 1].text


def extra_spans(doc: Doc, ev: PlaceEvidence, ents: Sequence[Span] | None = None) -> list[tuple[int, int, str]]:
    """(start_char, end_char, label) of places outside the place entities; see the module docstring. `ents`: the
    Doc's entities where the caller has read them (`Doc.ents` builds a new tuple of spans at each read)."""
    from eventwatch.geo.cues import capitalised_runs, lower_words, person_words
    from eventwatch.geo.view import words as words_of

    w = words_of(doc)  # the words read once, kept with the Doc since the place ruler read them (`geo/view.py`)
    if ents is None:
        ents = doc.ents
    persons = person_words(doc, lambda e: ev.level(e.text) >= 2 or ev.placed(e), ents)
    lower = lower_words(doc)
    out: list[tuple[int, int, str]] = []
    used: set[int] = set()

    def add(start: int, end: int, label: str) -> None:
        used.update(range(start, end))
        last = w[end - 1]
        out.append((w[start].idx, last.idx + len(last.text), label))

    in_ent = {i: e.label_ for e in ents for i in range(e.start, e.end)}
    lex = ev.finder.lex
    skip = lex.admin_words | lex.generic_words | {"the", "of", "and"}
    for ent in ents:
        if ent.label_ not in _HOSTS or (ent.label_ == "NORP" and finder_demonym(ev, ent.text)):
            continue
        first = ent.start + 1 if w[ent.start].lower_ == "the" else ent.start
        for start, end in capitalised_runs(w[ent.start:ent.end], skip):
            if any(i in used for i in range(start, end)) or (start == first and end == ent.end):
                continue
            words = w[start:end].text
            if words.lower() in lower or (ev.is_person(words, persons) and ev.level(words) < 3):
                continue
            if ev.level(words) >= 2:
                add(start, end, EMBEDDED)
    for tok in w:
        i = tok.i
        if i in used or in_ent.get(i) in PLACE_LABELS or not tok.text[:1].isupper():
            continue
        if not tok.is_alpha:
            if "." in tok.text and ev.country_abbreviation(doc[i]):  # "the U.S. Securities and Exchange Commission"
                add(i, i + 1, "GPE" if i not in in_ent else EMBEDDED)
            continue
        if in_ent.get(i) in (None, "PERSON") and finder_demonym(ev, tok.text) and tok.text.lower() not in lower:
            add(i, i + 1, "NORP")  # "Azerbaijani soldiers", "anti-Russian"
        elif _abbreviation_shape(tok.text) and ev.country_abbreviation(doc[i]):  # "US" called ORG, "EU member
            alone = i not in in_ent or any(e.start == i and e.end == i + 1 for e in ents)  # states", "US dollars"
            add(i, i + 1, "GPE" if alone else EMBEDDED)
        elif in_ent.get(i) == "CARDINAL" and (end := _numbered_name(w, i, in_ent)) and _exactly(ev, w[i:end].text):
            add(i, end, "GPE")  # "blocked the road at Six Cross Roads": the model read "Six" as a number
        elif _dateline_run(w, i):
            end = _dateline_run(w, i)
            words = w[i:end].text
            if ev.level(words.title()) >= 1 and not ev.is_person(words, persons):
                add(i, end, "GPE")
    return out


def finder_demonym(ev: PlaceEvidence, text: str) -> bool:
    return ev.finder.demonym_row(key(text)) is not None


def _abbreviation_shape(text: str) -> bool:
    """What `PlaceEvidence.country_abbreviation` asks of a word's text first ("US", "U.S.", "DPRK"): tested here so
    that a spaCy `Token` is made only for a word of that shape."""
    return 2 <= len(text) <= 6 and text.replace(".", "").isalpha() and text.isupper()


def _numbered_name(w: Words, i: int, in_ent: dict[int, str]) -> int:
    """End of a place name that opens on a number word after "at", "in", "near" or "from" ("at Six Cross Roads",
    "near Three Rivers"), whose first word the model read as a number and the rest as no entity, else 0."""
    if i == 0 or w[i - 1].lower_ not in _BEFORE_NUMBERED or w[i].lower_ not in _NUMBER_WORDS:
        return 0
    end = i + 1
    while end < len(w) and end - i < 4 and w[end].is_alpha and w[end].text[:1].isupper() and end not in in_ent:
        end += 1
    return end if end > i + 1 else 0


def _exactly(ev: PlaceEvidence, words: str) -> bool:
    """Whether the gazetteer names a place exactly so (not a look-alike, not a part of the words)."""
    return any(not (c.partial or c.fuzzy) for c in ev.finder.candidates(words))


def heads_line(ent: Span) -> bool:
    """Whether a name opens its line (or its piece of text) and a colon follows it: the town a column item was filed
    under ("TARSO: Youths blocked the road ..."), which an all-capital word there names whatever its length, as an
    acronym inside a sentence ("the CGT") does not. Not a dateline's town ("TARSO, May 3 (Wire) -"): the clean stage
    reads that one as the report's desk, and read here as well it moved a namesake's reading in its report."""
    doc = ent.doc
    return _opens_line(doc, ent.start) and ent.end < len(doc) and doc[ent.end].text == ":"


def _dateline_run(w: Words, i: int) -> int:
    """End of an all-capitals place name opening a line ("DALLAS (AP) -", "HORRY COUNTY, SC"), else 0."""
    if not _opens_line(w, i) and w[i - 1].text not in (".", "Press"):
        return 0
    end = i
    while end < len(w) and end - i < 4 and w[end].is_alpha and w[end].text.isupper():
        end += 1
    if end == i or len(w[i:end].text) < 3 or end >= len(w) or w[end].text not in _DATELINE_END:
        return 0
    return end

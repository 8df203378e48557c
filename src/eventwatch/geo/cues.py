"""Evidence that a capitalised word is a place, beyond spaCy's own labels.

Used by the place ruler (to relabel what the small model calls ORG, PERSON or DATE) and by mention extraction
(to find place names that stand inside other names). The rules are general:
- a locative cue before the word: "in/near/outside/from/across/at X", "north of X", "the town of X";
- a place word after it: "X province/district/governorate/village/city", "X-based";
- how sure the gazetteer is: a country, first-level division or sizeable town is a place on its own, a smaller
  place needs a cue;
- scoping: a common personal name ("Ali", "Holloway" where the document names "Ian Holloway") or a common word
  ("Police", "Bank", "Mobile") is not a place unless the gazetteer knows it as a country, a division or a city;
  the document's own use of the word in lower case marks it as a common word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwatch.geo.build import data_rows
from eventwatch.geo.gazetteer import ADM1, ADM2, CITY, COUNTRY, REGION
from eventwatch.geo.normalize import key
from eventwatch.geo.view import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from eventwatch.geo.candidates import CandidateFinder
    from eventwatch.geo.view import Run, Word, Words

BIG_CITY = 250_000  # a town this size keeps its place label even when it is also a personal name ("Houston")
EMBEDDED_CITY = 100_000  # a town inside an organisation's name ("Houston Rockets", "Kano State Police")
SMALL_PLACE = 1_000  # a town that needs a locative cue ("protesters in Valemount")


CueWords = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]


@lru_cache(maxsize=1)
def place_cue_words() -> CueWords:
    """(words before a place, words after a place, common words that are also town names, sites named "of" a
    town, words between a locative word and a place); data/geo/cues.tsv."""
    roles: dict[str, set[str]] = {"before": set(), "after": set(), "common": set(), "site": set(), "side": set()}
    for word, role in data_rows("cues.tsv"):
        roles[role].add(word.lower())
    return (frozenset(roles["before"]), frozenset(roles["after"]), frozenset(roles["common"]),
            frozenset(roles["site"]), frozenset(roles["side"]))


def person_words(doc: Doc, is_place: Callable[[Span], bool], ents: Sequence[Span] | None = None) -> frozenset[str]:
    """Words the document uses inside personal names of two words or more ("Ian Holloway" -> holloway); a
    "person" that is itself a place name ("Bandar Abbas", "Chervonyi Yar district") does not count. `ents`: the
    Doc's entities where the caller has read them (`Doc.ents` builds them anew at each read)."""
    out: set[str] = set()
    for ent in doc.ents if ents is None else ents:
        if ent.label_ == "PERSON" and len(ent) >= 2 and not is_place(ent):
            out.update(t.lower_ for t in ent if t.text[:1].isupper())
    return frozenset(out)


_WORD = re.compile(r"\w+(?:[.'-]\w+)*")
# a bearing from a place ("south of X", "north-east of X"): the word after "of" is where it is measured from, a place
# as surely as after "near"; only the compass points of the "side" words, not "central" or "rural"
_COMPASS = re.compile(r"(?:north|south)(?:-?(?:east|west))?|east|west")


def lower_words(doc: Doc) -> frozenset[str]:
    """Words the document writes in lower case (so "police" marks "Police" as a common word); read from the text
    once per document and kept with it, since the ruler and the recogniser both ask."""
    cached = doc.user_data.get("eventwatch_lower_words")
    if isinstance(cached, frozenset):
        return cached
    words = frozenset(w for w in _WORD.findall(doc_text(doc)) if w.islower())
    doc.user_data["eventwatch_lower_words"] = words
    return words


class PlaceEvidence:
    """Gazetteer-backed tests of how much a capitalised word run looks like a place."""

    def __init__(self, finder: CandidateFinder, people: frozenset[str]) -> None:
        self.finder = finder
        self.people = people
        self.before, self.after, self.common, self.site, self.side = place_cue_words()
        self.level = lru_cache(maxsize=100_000)(self._level)

    def _level(self, text: str) -> int:
        """3: a country, region, first-level division or big town; 2: a town of EMBEDDED_CITY; 1: a town of
        SMALL_PLACE or a district; 0: nothing the gazetteer names exactly (look-alikes and parts do not count)."""
        k = key(text)
        if len(k) < 2 or k in self.common:
            return 0
        if self.finder.demonym_row(k) is not None:
            return 3
        cols = self.finder.gaz.cols
        best = 0
        for c in self.finder.candidates(text):
            if c.partial or c.fuzzy:
                continue
            kind, pop = cols.kind[c.row], cols.population[c.row]
            if kind in (COUNTRY, REGION, ADM1) or (kind == CITY and pop >= BIG_CITY):
                return 3
            if kind == CITY and pop >= EMBEDDED_CITY:
                best = max(best, 2)
            elif kind == ADM2 or (kind == CITY and pop >= SMALL_PLACE):
                best = max(best, 1)
        return best

    def is_person(self, text: str, persons: frozenset[str]) -> bool:
        """A personal name: a word on the project's list, or words the document uses in someone's name (a name
        of several words only when all are: "Wad Medani" is a town though "Medani Al Kubra" was taken for a
        person)."""
        words = key(text).split(" ")
        return any(w in self.people for w in words) or all(w in persons for w in words)

    def known(self, text: str) -> bool:
        """Whether the gazetteer names `text` (any size of place, or a close spelling); common words never count."""
        k = key(text)
        if len(k) < 3 or k in self.common:
            return False
        return any(not c.partial for c in self.finder.candidates(text))

    def country_abbreviation(self, tok: Token) -> bool:
        """An all-capitals abbreviation of a country or a region ("US", "U.S.", "UAE", "DPRK", "EU") standing
        among words in normal case (so not a word of an all-capitals headline)."""
        text = tok.text
        if not (2 <= len(text) <= 6 and text.replace(".", "").isalpha() and text.isupper()):
            return False
        doc = tok.doc
        for i in (tok.i - 1, tok.i + 1):
            if 0 <= i < len(doc) and doc[i].is_alpha and doc[i].text.isupper() and len(doc[i].text) > 1:
                return False
        cands = self.finder.candidates(text)
        return bool(cands) and not cands[0].fuzzy and self.finder.gaz.cols.kind[cands[0].row] in (COUNTRY, REGION)

    def placed(self, ent: Span) -> bool:
        """Whether an entity is itself marked as a place: by a place word in or after it, or a locative word."""
        from eventwatch.geo.view import words

        w = words(ent.doc)  # the Doc's words read once (`geo/view.py`), not a `Token` made at every look
        return w[ent.end - 1].lower_ in self.after or self.cued(w, ent.start, ent.end) > 0

    def cued(self, doc: Doc | Words, start: int, end: int, places: frozenset[int] | set[int] = frozenset()) -> int:
        """How strongly the words around doc[start:end] say it is a place: 2 for a place word ("X district",
        "the village of X", "X-based", "(X" after a place), 1 for a locative word before it ("near X") or a place
        after a comma that does not go on into a list ("X, Zaporizhia."), else 0."""
        if end < len(doc):
            nxt = doc[end]
            if nxt.lower_ in self.after:
                return 2
            if nxt.text in ("-", "‑") and end + 1 < len(doc) and doc[end + 1].lower_ == "based":
                return 2
            if nxt.text == "," and end + 1 in places and (end + 2 >= len(doc) or doc[end + 2].text != ","):
                return 1  # "shelled Huliaipole, Zaporizhia": a town and its province
        if start > 1 and doc[start - 1].lower_ in self.side:  # "in central Heraklion"
            start -= 1
        if start > 0:
            prev = doc[start - 1]
            if prev.lower_ == "of" and start > 1 and doc[start - 2].lower_ in self.after:  # "the town of X"
                return 2
            if prev.lower_ == "of" and start > 1 and doc[start - 2].lower_ in self.site:  # "the prison of X"
                return 1
            if prev.lower_ == "of" and start > 1 and _COMPASS.fullmatch(doc[start - 2].lower_):
                return 1  # "a checkpoint south of Sheikh Zuweid", "30 km east of Chami": a bearing from a place
            if prev.text == "(" and start - 2 in places:  # "Villavicencio (Meta)"
                return 2
            if prev.lower_ == "nearby" and start > 1 and doc[start - 2].lower_ in ("the", "a", "an"):
                return 0  # "the nearby Boni forest": an adjective of the common noun's phrase, not "nearby Meghri"
            if prev.lower_ in self.before:
                return 1
        return 0


def place_tokens(doc: Doc, ents: Sequence[Span] | None = None) -> set[int]:
    """The tokens of the document's GPE and LOC entities: the places `PlaceEvidence.cued` reads a comma or a
    bracket against ("Huliaipole, Zaporizhia", "Villavicencio (Meta)"). `ents` as in `person_words`."""
    return {i for e in (doc.ents if ents is None else ents) if e.label_ in ("GPE", "LOC")
            for i in range(e.start, e.end)}


def unit_comma(doc: Doc | Words, end: int, settlement_words: frozenset[str]) -> bool:
    """Whether a name is followed by the kind of settlement it is and a comma ("Krasnopillia community, Sumy",
    "Yenisehir town, Diyarbakir"): the division after the comma then qualifies the name as it does right after it
    ("Columbus, Ohio"). Ukraine's communities (hromadas) are named after their seat, Nigeria's are villages."""
    return (end + 1 < len(doc) and doc[end].is_lower and doc[end].lower_ in settlement_words
            and doc[end + 1].text == ",")


def capitalised_runs(span: Span | Doc | Run, skip: frozenset[str], longest: int = 3) -> list[tuple[int, int]]:
    """(start, end) token runs of capitalised words inside a span, longest first, left to right; no run holds a
    word of `skip` (articles, place and institution words: "the Ohio State University" -> Ohio), and a single
    word has four letters or more unless it is written like a name ("Ufa", not "PA")."""
    toks: list[Token | Word] = list(span)
    out: list[tuple[int, int]] = []
    for size in range(min(longest, len(toks)), 0, -1):
        for i in range(len(toks) - size + 1):
            run = toks[i:i + size]
            if not all(t.text[:1].isupper() and t.is_alpha and t.lower_ not in skip for t in run):
                continue
            if size == 1 and len(run[0].text) < 4 and not run[0].text.istitle():
                continue
            out.append((run[0].i, run[-1].i + 1))
    return out

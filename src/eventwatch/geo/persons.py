"""A name the report uses for a person is not a place, unless a place reading of it is written.

Why: the small spaCy model often labels a surname GPE, and the gazetteer holds a town by almost every surname
("Mr. Torres" placed at Torres, Brazil; "Rodriguez told reporters" placed at Rodriguez in the Philippines). Such a
false place is an event's place in a short note, and a vote for the wrong country in a long report. A GPE or LOC
entity is read as a person's name when the report uses it so:
- an honorific or a title stands right before it ("Mr. Torres", "Gen. Rodriguez", "President Medina";
  data/geo/person_titles.txt), and the title with the name is not itself a place ("Prince George", "General Santos");
- it is the surname of someone the report names in full ("Luis Medina visited the camp. Medina said ...");
- it is the subject of a speech verb ("Rodriguez told reporters") and not a place big enough to speak for its
  government ("Moscow said", "Washington warned": a country, a first-level division or a city of 250,000 people);
  smaller places already lose their label so (`recognize._doubtful`).
A place reading written around the name keeps it a place whatever else is true: a locative word or a place word
("in Torres", "Torres province", "the town of Torres"), or where it lies after a comma ("Torres, Brazil").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from eventwatch.geo.build import data_rows
from eventwatch.geo.cues import place_tokens

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span

    from eventwatch.geo.cues import PlaceEvidence

SPEECH = frozenset({"say", "tell", "add", "explain", "ask", "write", "recall", "claim", "insist", "note"})
_SPOKESMAN = 3  # a place this sure (`PlaceEvidence.level`) may speak for its government ("Moscow said")


def speaks(ent: Span) -> bool:
    """Whether the entity is the subject of a verb of saying ("Rodriguez told reporters", "Moscow said")."""
    return ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in SPEECH


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Honorifics and titles written before a person's name, lower case without a final full stop."""
    return frozenset(row[0].strip().lower().rstrip(".") for row in data_rows("person_titles.txt"))


class PersonUse:
    """The tests of one document: which of its GPE/LOC entities stand for a person (see the module docstring)."""

    def __init__(self, doc: Doc, ev: PlaceEvidence, ents: Sequence[Span] | None = None) -> None:
        """`ents`: the Doc's entities where the caller has read them (`Doc.ents` builds them anew at each read)."""
        from eventwatch.geo.view import words

        self.w = words(doc)
        self.ev = ev
        self.titles = person_titles()
        ents = doc.ents if ents is None else ents
        self.places = place_tokens(doc, ents)
        self.surnames = self._surnames(ents)

    def _surnames(self, ents: Sequence[Span]) -> frozenset[str]:
        """Last words of the personal names of two words or more the document writes ("Maria Torres" -> torres);
        a "person" that is itself a place ("Bandar Abbas", "Chervonyi Yar district") does not count."""
        out: set[str] = set()
        for ent in ents:
            if ent.label_ != "PERSON" or len(ent) < 2:
                continue
            last = self.w[ent.end - 1]
            if last.text[:1].isupper() and last.is_alpha and not self.ev.placed(ent) and self.ev.level(ent.text) < 2:
                out.add(last.lower_)
        return frozenset(out)

    def titled(self, start: int, end: int) -> bool:
        """An honorific or a title right before the name, the two together not a place's name."""
        if start == 0:
            return False
        prev = self.w[start - 1]
        if prev.lower_.rstrip(".") not in self.titles or not prev.text[:1].isupper():
            return False
        return not self.ev.known(self.w[start - 1:end].text)

    def person(self, ent: Span, qualifier: str) -> bool:
        """Whether the report uses this GPE/LOC entity for a person and writes no place reading of it."""
        start, end = ent.start, ent.end
        if self.w[start].lower_ == "the" or qualifier or self.ev.cued(self.w, start, end, self.places) > 0:
            return False
        if self.titled(start, end):
            return True
        if end - start == 1 and self.w[start].lower_ in self.surnames:
            return True
        return speaks(ent) and self.ev.level(ent.text) < _SPOKESMAN

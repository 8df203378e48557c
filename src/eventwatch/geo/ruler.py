"""A place ruler that corrects the small spaCy model's entity labels with the gazetteer.

en_core_web_sm calls many towns PERSON or ORG ("Sabzevar", "Doroud", "Bandar Abbas"), merges lists of towns into
one ORG ("Ahvaz, Rasht,") and sometimes calls a surname a GPE ("Soleimani"). After the statistical NER, this
component:
- relabels as GPE an entity (or each comma/"and"-separated part of one) whose text is the name of a sizeable
  place, or that stands in a list next to places and has any gazetteer candidate;
- adds GPE for capitalised proper nouns the model left out when they are such a name or stand in such a list;
- relabels as GPE an entity or a capitalised word run with a locative cue ("near Duhok", "protesters in Dahuk",
  "Kharkiv-based", "Duhok governorate"; see `eventwatch.geo.cues`) that names a place of some size;
- drops GPE/LOC labels on common personal names ("Soleimani", "Ali"), which never become places on their own,
  unless the name is a country, a first-level division or a big city ("Washington", "Houston") that the document
  does not also use in someone's name ("Denzel Washington");
- never turns into a place a common word ("Police", "Bank") or a word of a personal name the document uses
  ("Holloway" after "Ian Holloway") unless a place word says it is one ("the town of Holloway", "Al Bireh city").
The names it trusts are compiled once from the gazetteer (`geo/ruler_names.py`); a name followed by where it lies
is read by `geo/ruler_paths.py`. The words around an entity are read from the Doc's view (`geo/view.py`: plain
values read once), not from spaCy `Token`s made anew at every look.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwatch.geo.cues import PlaceEvidence, lower_words, person_words, place_tokens
from eventwatch.geo.gazetteer import Q_LANDMARK, Gazetteer, get_gazetteer
from eventwatch.geo.normalize import key
from eventwatch.geo.ruler_names import MIN_POPULATION, person_names, ruler_names
from eventwatch.geo.ruler_paths import PARTICLES, Qualified
from eventwatch.geo.view import Run, Words, words

__all__ = ["COMPONENT", "MIN_POPULATION", "PlaceRuler", "add_place_ruler", "person_names", "ruler_names"]

COMPONENT = "eventwatch_place_ruler"
_RELABEL = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "NORP", "EVENT", "LAW"})
_CUE_RELABEL = _RELABEL | {"DATE", "TIME", "MONEY", "CARDINAL"} - {"FAC"}
_LIST_WORDS = frozenset({",", "and", "or", "&"})
def _words(w: Words, ent: Span) -> int:
    """The words of an entity, its hyphens not counted: "Bourg-de-Peage" is one name, not five tokens."""
    return sum(1 for t in w.words[ent.start:ent.end] if t.text not in ("-", "‐", "‑"))


class PlaceRuler:
    """The spaCy component; see the module docstring."""

    def __init__(self, gaz: Gazetteer, nlp: Language | None = None) -> None:
        from eventwatch.geo.candidates import CandidateFinder
        from eventwatch.geo.qualifiers import Qualifiers

        self.nlp = nlp  # its lemmatiser's words tell a heading's English word from a town's name (`_heading`)
        self.finder = CandidateFinder(gaz)
        self.names = ruler_names(gaz)
        self.people = person_names()
        self.evidence = PlaceEvidence(self.finder, self.people)
        self.qualified = Qualified(self.finder, Qualifiers(self.finder), self.people)

    def _placey(self, text: str, in_list: bool, persons: frozenset[str] = frozenset()) -> bool:
        k = key(text)
        if not k or k in self.people or not text[:1].isupper() or k in self.evidence.common:
            return False
        if any(w in persons for w in k.split(" ")):  # "Holloway" where the document names "Ian Holloway"
            return False
        if k in self.names:
            return True
        if any(w in self.people for w in k.split(" ")):  # "Ali Khamenei"
            return False
        return in_list and bool(self.finder.candidates(text))

    def _cued_place(self, w: Words, start: int, end: int, persons: frozenset[str], lower: frozenset[str],
                    places: set[int]) -> bool:
        """A word run with a cue that names a place the gazetteer knows: a place word makes any place enough
        ("Zur Maghar town", "Chervonyi Yar district" in one entity), a locative word one of some size ("near
        Duhok")."""
        ev = self.evidence
        if end - start > 1 and w[end - 1].lower_ in ev.after:
            strength, end = 2, end - 1
        else:
            strength = ev.cued(w, start, end, places)
        text = w[start:end].text
        # a place word ("the town of Torres", "Torres province") is a place reading even of a surname the report
        # gives someone ("Maria Torres"; `geo/persons.py`); the project's list of common personal names still holds
        if not strength or not text[:1].isupper() or text.lower() in lower or ev.is_person(
                text, persons if strength < 2 else frozenset()):
            return False
        if ev.finder.demonym_row(key(text)) is not None:  # "Kurdish" stays a demonym
            return False
        return ev.known(text) if strength == 2 else ev.level(text) >= 1

    def _landmark(self, doc: Doc, w: Words, ent: Span) -> Span | None:
        """A site named where something happened ("outside the White House", "marched to the Pentagon"), which
        the model calls an organisation; "the White House said" stays one."""
        before = ent.start - 1
        if before > 0 and w[before].lower_ == "the":
            before -= 1
        if ent.label_ not in _RELABEL or before < 0 or w[before].lower_ not in self.evidence.before:
            return None
        start = ent.start + 1 if w[ent.start].lower_ == "the" else ent.start
        name = key(w[start:ent.end].text)
        if start >= ent.end or not any(q == Q_LANDMARK for _, q in self.finder.gaz.lookup(name)):
            return None
        return Span(doc, start, ent.end, label="FAC")

    def _keeps_label(self, ent: Span, persons: frozenset[str]) -> bool:
        """Whether a GPE/LOC label on a common personal name stands: a big place nobody in the text is named."""
        return self.evidence.level(ent.text) >= 3 and not any(w in persons for w in key(ent.text).split(" "))

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        w = words(doc)
        persons = person_words(doc, lambda e: key(e.text) in self.names or self.evidence.placed(e))
        lower = lower_words(doc)
        places = place_tokens(doc)
        for tok in w:  # names trusted on their own count as places for the list rule, wherever they stand
            if tok.propn and tok.text[:1].isupper() and key(tok.text) in self.names:
                places.add(tok.i)
        for ent in _paren_parts(doc, w):
            if ent.label_ in ("GPE", "LOC") and key(ent.text) in self.people and not self._keeps_label(ent, persons):
                continue
            site = self._landmark(doc, w, ent)
            if site is not None:
                places.update(range(site.start, site.end))
                spans.append(site)
                continue
            town = self._town_in_tail(w, ent) if ent.label_ in _RELABEL else None
            if town is not None:  # "Ossining High School in Ossining (New York)": the school, then the town
                places.update(range(town, ent.end))
                spans.extend((Span(doc, ent.start, town - 1, label=ent.label_), Span(doc, town, ent.end, label="GPE")))
                continue
            if ent.label_ in _CUE_RELABEL and _words(w, ent) <= 4 and self._cued_place(w, ent.start, ent.end, persons,
                                                                                      lower, places):
                places.update(range(ent.start, ent.end))
                spans.append(Span(doc, ent.start, ent.end, label="GPE"))
                continue
            if ent.label_ in _RELABEL and len(ent) <= 3 and (self.qualified.holds(w, ent.start, ent.end)
                                                             or self.qualified.settled(w, ent.start, ent.end)):
                places.update(range(ent.start, ent.end))
                spans.append(Span(doc, ent.start, ent.end, label="GPE"))
                continue
            if ent.label_ in _RELABEL and len(ent) == 1 and self._heading(w, ent.start, persons):
                places.add(ent.start)  # "KIRTIPUR: Members of two rival unions fought": no people, the item's town
                spans.append(Span(doc, ent.start, ent.end, label="GPE"))
                continue
            if ent.label_ in _RELABEL and len(ent) <= 6:
                parts = _split(w, ent)
                converted = [p for p in parts
                             if self._placey(p.text, len(parts) > 1 or _in_list(w, p.start, p.end, places), persons)]
                if converted and ent.label_ != "NORP":
                    places.update(i for p in converted for i in range(p.start, p.end))
                    spans.extend(Span(doc, p.start, p.end, label="GPE") for p in converted)
                    continue
            spans.append(ent)
        taken = {i for s in spans for i in range(s.start, s.end)}
        for tok in w:
            if tok.i in taken or not tok.text[:1].isupper() or not tok.is_alpha:
                continue
            end = _run_end(w, tok.i, taken)
            if (self._cued_place(w, tok.i, end, persons, lower, places) or self.qualified.holds(w, tok.i, end)
                    or self.qualified.settled(w, tok.i, end)):
                spans.append(Span(doc, tok.i, end, label="GPE"))
                taken.update(range(tok.i, end))
                continue
            if self._heading(w, tok.i, persons):
                spans.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
                continue
            if not tok.propn:
                continue
            if tok.is_sent_start:  # capitalised anyway: only a big place known by that name ("Douma is ...")
                if (self.evidence.level(tok.text) >= 2 and tok.lower_ not in lower
                        and not self.evidence.is_person(tok.text, persons) and key(tok.text) in self.names):
                    spans.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
                continue
            if (self._placey(tok.text, _in_list(w, tok.i, tok.i + 1, places), persons)
                    and key(tok.text) in self.names):
                spans.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
        spans.extend(self._multiword(doc, w))
        doc.ents = _non_overlapping(self._joined(doc, w, _non_overlapping(spans)))
        return doc

    def _heading(self, w: Words, i: int, persons: frozenset[str]) -> bool:
        """A brief-news item's heading: one word in capitals opening the sentence before a colon, naming a place
        ("ZOMBA: About 400 students marched ..."), is the item's town, as a dateline is a wire's; the model tags
        such a word a noun or an adverb, never a place. A big place by its own name always; a smaller town
        ("KIRTIPUR:", 45,000 people) or a town by another of its names ("BIRGUNJ:", GeoNames' Birgañj) too when the
        word is no English word (the model's lemmatiser does not know it): "PHOTO:", "DATE:" or "QUOTE:" head a
        line as a label does, whatever village bears the word (geo41: trial10's Nepalese column placed its
        KIRTIPUR item at the item before it)."""
        tok = w[i]
        if not (i == 0 and len(w) > 2 and w[1].text == ":" and tok.text.isupper() and len(tok.text) >= 4
                and not self.evidence.is_person(tok.text, persons)):
            return False
        level = self.evidence.level(tok.text)
        return (level >= 2 and key(tok.text) in self.names) or (level >= 1 and not self._english(tok.text.lower()))

    def _english(self, word: str) -> bool:
        """Whether the pipeline's lemmatiser knows `word` as English (True without one: no heading is risked)."""
        from eventwatch.nlp.words import words_of

        words = words_of(self.nlp) if self.nlp is not None else None
        return words is None or words.knows(word)

    def _town_in_tail(self, w: Words, ent: Span) -> int | None:
        """Where the town starts that a longer name ends on after "in", when the division written after the name
        holds a town of that name ("a walkout at Ossining High School in Ossining (New York)", "a 'Vigil for
        Democracy' in Bucksport (Maine)": the model takes the school or the vigil and its town for one name, and the
        town is where it happened); None otherwise. The town is at most three capitalised words; what stands before
        "in" keeps its label."""
        for at in range(ent.end - 2, max(ent.start, ent.end - 5), -1):
            if w[at].lower_ != "in":
                continue
            if at == ent.start or not all(t.is_alpha and t.text[:1].isupper() for t in w.words[at + 1:ent.end]):
                return None
            return at + 1 if self.qualified.holds(w, at + 1, ent.end) else None
        return None

    def _multiword(self, doc: Doc, w: Words) -> list[Span]:
        """Names of several words the ruler trusts, where the model cut one short or shifted it ("General" +
        "Santos City"): they win over a shorter entity starting later. Each start's run of name words is read once
        (up to six words), not once for each length tried."""
        out: list[Span] = []
        i = 0
        size = len(w)
        while i < size:
            if not (w[i].is_alpha and w[i].text[:1].isupper()):
                i += 1
                continue
            run = 1  # the words from i on that can stand inside a name (`_name_word`; w[i], capitalised, can)
            while run < 6 and i + run < size and _name_word(w, i + run):
                run += 1
            for n in (6, 5, 4, 3, 2):
                if n > run or not w[i + n - 1].text[:1].isupper():
                    continue
                span = w[i:i + n]
                k = key(span.text)
                if k in self.names or (k.endswith(" city") and k[:-5] in self.names and " " in k[:-5]):
                    out.append(Span(doc, i, i + n, label="GPE"))
                    i += n - 1
                    break
            i += 1
        return out

    def _joined(self, doc: Doc, w: Words, spans: list[Span]) -> list[Span]:
        """Place names cut in two by the model joined again: "Paso" + "Canoas" when the gazetteer knows "Paso
        Canoas", names with a linking particle ("San Antonio del Junte", "Deir ez Zor", "Khabb wa Ash Shaaf"), and
        "X of Y" when the gazetteer knows the whole by that very name ("Port" + "Spain": Port of Spain, not a port
        in Spain; "the Governor of Texas" is no such name, so it stays apart)."""
        out: list[Span] = []
        by_start = {s.start: s for s in spans}
        skip: set[int] = set()
        for span in spans:
            if span.start in skip:
                continue
            end = span.end
            while span.label_ == "GPE" and end < len(w):
                of = w[end].lower_ == "of" and bool(w[end - 1].whitespace_)
                link = of or (w[end].lower_ in PARTICLES and bool(w[end - 1].whitespace_))
                nxt = end + 1 if link else end
                if nxt >= len(w) or not w[nxt].text[:1].isupper() or not w[nxt].is_alpha:
                    break
                if not w[nxt - 1].whitespace_ or (not link and "\n" in w[end - 1].whitespace_):
                    break
                other = by_start.get(nxt)
                if other is None and link and end in by_start:  # the model's own "del Chico" after "Mineral"
                    other = by_start[end]
                if other is not None and other.label_ in ("DATE", "TIME"):
                    break
                stop = other.end if other is not None else _run_end(w, nxt, set())
                if other is None and any(s.start < stop and nxt < s.end for s in spans):
                    break
                if not link and not self.evidence.known(w[span.start:stop].text):
                    break
                if of and not self._named_whole(w[span.start:stop].text):
                    break
                if other is not None:
                    skip.add(other.start)
                end = stop
            out.append(Span(doc, span.start, end, label=span.label_) if end != span.end else span)
        return out


    def _named_whole(self, text: str) -> bool:
        """Whether the gazetteer holds a place by exactly this name (not a look-alike, not part of a longer one)."""
        return any(not c.partial and not c.fuzzy for c in self.evidence.finder.candidates(text))


def _name_word(w: Words, i: int) -> bool:
    """A word that can stand inside a place name: capitalised, a particle, or a hyphen or apostrophe glued to its
    neighbours ("Croix-des-Bouquets", "Olho d'Agua das Flores")."""
    tok = w[i]
    if tok.is_alpha:
        return tok.text[:1].isupper() or tok.lower_ in PARTICLES
    if tok.text in ("-", "'", "’"):
        return i > 0 and not w[i - 1].whitespace_ and not tok.whitespace_
    return tok.lower_.rstrip("'’") in PARTICLES and tok.lower_[-1:] in ("'", "’")  # "d'"


def _paren_parts(doc: Doc, w: Words) -> list[Span]:
    """The entities, each cut at parentheses ("Arequipa (Arequipa" -> Arequipa, Arequipa) with its label."""
    out: list[Span] = []
    for ent in doc.ents:
        if not any(t.text in "()" for t in w.words[ent.start:ent.end]):
            out.append(ent)
            continue
        start = ent.start
        for i in range(ent.start, ent.end + 1):
            if i == ent.end or w[i].text in "()":
                if i > start:
                    out.append(Span(doc, start, i, label=ent.label_))
                start = i + 1
    return out


def _run_end(w: Words, start: int, taken: set[int]) -> int:
    """End of the run of up to three capitalised words starting at `start` (none of them already labelled)."""
    end = start + 1
    while end < len(w) and end - start < 3 and end not in taken and w[end].is_alpha and w[end].text[:1].isupper():
        end += 1
    return end


def _split(w: Words, ent: Span) -> list[Run]:
    """The parts of an entity separated by commas or "and" ("Ahvaz, Rasht," -> Ahvaz, Rasht)."""
    parts: list[Run] = []
    start = ent.start
    for tok in w.words[ent.start:ent.end]:
        if tok.text in _LIST_WORDS:
            if tok.i > start:
                parts.append(w[start:tok.i])
            start = tok.i + 1
    if start < ent.end:
        parts.append(w[start:ent.end])
    return parts


def _in_list(w: Words, start: int, end: int, places: set[int]) -> bool:
    """Whether words start..end stand in a comma/"and" list next to a place (token indices in `places`)."""
    if start > 0 and w[start - 1].text in _LIST_WORDS and start - 1 > 0 and start - 2 in places:
        return True
    return end < len(w) and w[end].text in _LIST_WORDS and end + 1 < len(w) and end + 1 in places


def _non_overlapping(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    used: set[int] = set()
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if any(i in used for i in range(s.start, s.end)):
            continue
        used.update(range(s.start, s.end))
        out.append(s)
    return out


@Language.factory(COMPONENT)
def make_place_ruler(nlp: Language, name: str) -> PlaceRuler:
    return PlaceRuler(get_gazetteer(), nlp)


def add_place_ruler(nlp: Language) -> None:
    """Add the place ruler after the NER (once: calling again changes nothing)."""
    if COMPONENT in nlp.pipe_names:
        return
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after="ner")
    else:
        nlp.add_pipe(COMPONENT, last=True)

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
  ("Holloway" after "Ian Holloway").
The name list (towns of 15,000 people or more, divisions and countries, minus personal names) is compiled once
from the gazetteer, saved next to it in the cache and read from there afterwards.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwatch.geo.cues import PlaceEvidence, lower_words, person_words, unit_comma
from eventwatch.geo.gazetteer import ADM1, ADM2, CITY, COUNTRY, Q_LANDMARK, Gazetteer, cache_dir, get_gazetteer
from eventwatch.geo.normalize import fold, key

COMPONENT = "eventwatch_place_ruler"
MIN_POPULATION = 15_000
_RELABEL = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "NORP", "EVENT", "LAW"})
_CUE_RELABEL = _RELABEL | {"DATE", "TIME", "MONEY", "CARDINAL"} - {"FAC"}
_LIST_WORDS = frozenset({",", "and", "or", "&"})
_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "di", "al", "el", "ez", "az", "ad", "ash", "wa", "bin",
                        "ibn", "les", "des", "du", "d", "la", "le"})


def person_names() -> frozenset[str]:
    text = resources.files("eventwatch.data").joinpath("geo").joinpath("person_names.txt").read_text("utf-8")
    return frozenset(key(w) for w in text.splitlines() if w.strip() and not w.startswith("#"))


def ruler_names(gaz: Gazetteer, directory: Path | None = None) -> frozenset[str]:
    """Keys of the place names the ruler trusts on their own, built once and saved in the cache."""
    path = (directory or cache_dir()) / "ruler_names.txt"
    if path.exists():
        return frozenset(path.read_text(encoding="utf-8").splitlines())
    people = person_names()
    c = gaz.cols
    names = set()
    for row in range(len(c.gid)):
        kind = c.kind[row]
        if kind in (ADM1, COUNTRY) or (kind == CITY and c.population[row] >= MIN_POPULATION):
            k = key(fold(c.name[row]))
            if len(k) >= 3 and k not in people:
                names.add(k)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(sorted(names)), encoding="utf-8")
    tmp.replace(path)
    return frozenset(names)


def _words(ent: Span) -> int:
    """The words of an entity, its hyphens not counted: "Bourg-de-Peage" is one name, not five tokens."""
    return sum(1 for t in ent if t.text not in ("-", "‐", "‑"))


class PlaceRuler:
    """The spaCy component; see the module docstring."""

    def __init__(self, gaz: Gazetteer) -> None:
        from eventwatch.geo.candidates import CandidateFinder
        from eventwatch.geo.qualifiers import Qualifiers

        self.finder = CandidateFinder(gaz)
        self.names = ruler_names(gaz)
        self.people = person_names()
        self.evidence = PlaceEvidence(self.finder, self.people)
        self.qualifiers = Qualifiers(self.finder)

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

    def _cued_place(self, doc: Doc, start: int, end: int, persons: frozenset[str], lower: frozenset[str],
                    places: set[int]) -> bool:
        """A word run with a cue that names a place the gazetteer knows: a place word makes any place enough
        ("Zur Maghar town", "Chervonyi Yar district" in one entity), a locative word one of some size ("near
        Duhok")."""
        ev = self.evidence
        if end - start > 1 and doc[end - 1].lower_ in ev.after:
            strength, end = 2, end - 1
        else:
            strength = ev.cued(doc, start, end, places)
        text = doc[start:end].text
        if not strength or not text[:1].isupper() or text.lower() in lower or ev.is_person(text, persons):
            return False
        if ev.finder.demonym_row(key(text)) is not None:  # "Kurdish" stays a demonym
            return False
        return ev.known(text) if strength == 2 else ev.level(text) >= 1

    def _qualified(self, doc: Doc, start: int, end: int) -> bool:
        """A name followed by the division that holds a town of that name is that town, whatever the model said:
        "Madison (Wisconsin)", "Sitrah (Capital)", "Columbus, Ohio" (its kind may stand before the comma: "Krasnopillia
        community, Sumy", `cues.unit_comma`), and in a bracketed path any part may hold it
        ("Sidi Bouzid (Sidi Bouzid Ouest, Sidi Bouzid)"). A bracket that repeats the name before a division the
        gazetteer knows is ACLED's way of writing a place and its district ("Orugodawatta (Orugodawatta,
        Western)"), a place even when the gazetteer does not know it; so is a bracket of two parts or more that reads
        as a path of divisions the gazetteer knows ("Ougarou (Matiacoali, Gourma)", "Matsapha (Manzini North,
        Manzini)"): ACLED's village with its district and province, whatever the model called the village (not a
        common personal name, nor a party and state after a senator's name: "Sherrod Brown (D, Ohio)")."""
        if not doc[start].text[:1].isupper():
            return False
        gap = self._unit_gap(doc, end)  # "Mirmir cantonment site (Koch county, Unity state)"
        comma = end + 1 if unit_comma(doc, end, self.finder.lex.settlement_words) else end
        if gap == end and (comma >= len(doc) or doc[comma].text not in ("(", ",")):
            return False
        bracket = gap < len(doc) and doc[gap].text == "("
        if gap != end and not bracket:
            return False
        parts: list[str] = []
        first = (gap if bracket else comma) + 1
        while True:
            stop = first
            while stop < len(doc) and stop - first < 4 and doc[stop].is_alpha and doc[stop].text[:1].isupper():
                stop += 1
            if bracket and stop > first:
                stop = self._part_end(doc, first, stop)
            if stop == first or (bracket and (stop >= len(doc) or doc[stop].text not in (")", ","))):
                return False
            parts.append(doc[first:stop].text)
            if not bracket or doc[stop].text == ")" or len(parts) == 4:
                break
            first = stop + 1
        if gap != end and not (len(parts) > 1 and self._sure_path(doc[start:end].text, parts)):
            return False  # lower-case words before the bracket: only a sure path of divisions makes a place
        if not bracket and stop - (comma + 1) > 3:
            return False
        gaz = self.finder.gaz
        c = gaz.cols
        holders = {h.row for part in parts for h in self.finder.candidates(part)
                   if not h.partial and not h.fuzzy and c.kind[h.row] in (ADM1, ADM2, COUNTRY)}
        if bracket and len(parts) > 1 and holders and key(parts[0]) == key(doc[start:end].text):
            return True
        if bracket and len(parts) > 1 and holders and self._sure_path(doc[start:end].text, parts):
            return True
        return any(c.kind[t.row] == CITY and not t.partial and not t.fuzzy
                   and holders & {c.admin1[t.row], c.admin2[t.row], gaz.country_index.get(c.country[t.row], -2)}
                   for t in self.finder.candidates(doc[start:end].text))

    def _sure_path(self, name_text: str, parts: list[str]) -> bool:
        """Whether a bracket of two parts or more reads as a path of divisions that surely places a name (not a
        common personal name, nor a party and state after a senator's name: "Sherrod Brown (D, Ohio)")."""
        name = key(name_text)
        if not all(len(p) >= 4 for p in parts) or any(w in self.people for w in name.split(" ")):
            return False
        found = self.qualifiers.place(", ".join(parts), name)
        return found is not None and found[1] > 0

    def _unit_gap(self, doc: Doc, end: int) -> int:
        """Where a bracket opens after a name and at most two lower-case words, the kind of place or the rest of its
        name ("Mirmir cantonment site (Koch county, Unity state)", "Hlaingtharya township (...)"); `end` when
        none."""
        for n in (1, 2):
            at = end + n
            if (at < len(doc) and doc[at].text == "("
                    and all(t.is_alpha and t.is_lower and len(t) >= 3 for t in doc[end:at])):
                return at
        return end

    def _part_end(self, doc: Doc, first: int, stop: int) -> int:
        """The end of one part of a bracketed path run on over the linking particles, hyphens and unit words
        written inside a division's name ("Kitaf wa Al Boqee", "Yangon-North district", "Koch county")."""
        words = self.finder.lex.admin_words
        while stop < len(doc) and stop - first < 6:
            tok = doc[stop]
            linked = stop + 1 < len(doc) and doc[stop + 1].text[:1].isupper()
            if linked and (tok.text in ("-", "‐", "‑") or tok.lower_ in _PARTICLES):
                stop += 2
            elif (tok.is_lower and tok.lower_ in words) or (tok.is_alpha and tok.text[:1].isupper()):
                stop += 1
            else:
                break
        return stop

    def _landmark(self, doc: Doc, ent: Span) -> Span | None:
        """A site named where something happened ("outside the White House", "marched to the Pentagon"), which
        the model calls an organisation; "the White House said" stays one."""
        before = ent.start - 1
        if before > 0 and doc[before].lower_ == "the":
            before -= 1
        if ent.label_ not in _RELABEL or before < 0 or doc[before].lower_ not in self.evidence.before:
            return None
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        name = key(doc[start:ent.end].text)
        if start >= ent.end or not any(q == Q_LANDMARK for _, q in self.finder.gaz.lookup(name)):
            return None
        return Span(doc, start, ent.end, label="FAC")

    def _keeps_label(self, ent: Span, persons: frozenset[str]) -> bool:
        """Whether a GPE/LOC label on a common personal name stands: a big place nobody in the text is named."""
        return self.evidence.level(ent.text) >= 3 and not any(w in persons for w in key(ent.text).split(" "))

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        persons = person_words(doc, lambda e: key(e.text) in self.names or self.evidence.placed(e))
        lower = lower_words(doc)
        places = {i for e in doc.ents if e.label_ in ("GPE", "LOC") for i in range(e.start, e.end)}
        for tok in doc:  # names trusted on their own count as places for the list rule, wherever they stand
            if tok.pos_ == "PROPN" and tok.text[:1].isupper() and key(tok.text) in self.names:
                places.add(tok.i)
        for ent in _paren_parts(doc):
            if ent.label_ in ("GPE", "LOC") and key(ent.text) in self.people and not self._keeps_label(ent, persons):
                continue
            site = self._landmark(doc, ent)
            if site is not None:
                places.update(range(site.start, site.end))
                spans.append(site)
                continue
            if ent.label_ in _CUE_RELABEL and _words(ent) <= 4 and self._cued_place(doc, ent.start, ent.end, persons,
                                                                                   lower, places):
                places.update(range(ent.start, ent.end))
                spans.append(Span(doc, ent.start, ent.end, label="GPE"))
                continue
            if ent.label_ in _RELABEL and len(ent) <= 3 and self._qualified(doc, ent.start, ent.end):
                places.update(range(ent.start, ent.end))
                spans.append(Span(doc, ent.start, ent.end, label="GPE"))
                continue
            if ent.label_ in _RELABEL and len(ent) <= 6:
                parts = _split(ent)
                converted = [p for p in parts
                             if self._placey(p.text, len(parts) > 1 or _in_list(doc, p, places), persons)]
                if converted and ent.label_ != "NORP":
                    places.update(i for p in converted for i in range(p.start, p.end))
                    spans.extend(Span(doc, p.start, p.end, label="GPE") for p in converted)
                    continue
            spans.append(ent)
        taken = {i for s in spans for i in range(s.start, s.end)}
        for tok in doc:
            if tok.i in taken or not tok.text[:1].isupper() or not tok.is_alpha:
                continue
            end = _run_end(doc, tok.i, taken)
            if self._cued_place(doc, tok.i, end, persons, lower, places) or self._qualified(doc, tok.i, end):
                spans.append(Span(doc, tok.i, end, label="GPE"))
                taken.update(range(tok.i, end))
                continue
            if tok.pos_ != "PROPN":
                continue
            if tok.is_sent_start:  # capitalised anyway: only a big place known by that name ("Douma is ...")
                if (self.evidence.level(tok.text) >= 2 and tok.lower_ not in lower
                        and not self.evidence.is_person(tok.text, persons) and key(tok.text) in self.names):
                    spans.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
                continue
            if (self._placey(tok.text, _in_list(doc, doc[tok.i:tok.i + 1], places), persons)
                    and key(tok.text) in self.names):
                spans.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
        spans.extend(self._multiword(doc))
        doc.ents = _non_overlapping(self._joined(doc, _non_overlapping(spans)))
        return doc

    def _multiword(self, doc: Doc) -> list[Span]:
        """Names of several words the ruler trusts, where the model cut one short or shifted it ("General" +
        "Santos City"): they win over a shorter entity starting later."""
        out: list[Span] = []
        i = 0
        while i < len(doc):
            if not (doc[i].is_alpha and doc[i].text[:1].isupper()):
                i += 1
                continue
            for n in (6, 5, 4, 3, 2):
                span = doc[i:i + n]
                if len(span) < n or not all(_name_word(t) for t in span) or not span[-1].text[:1].isupper():
                    continue
                k = key(span.text)
                if k in self.names or (k.endswith(" city") and k[:-5] in self.names and " " in k[:-5]):
                    out.append(Span(doc, i, i + n, label="GPE"))
                    i += n - 1
                    break
            i += 1
        return out

    def _joined(self, doc: Doc, spans: list[Span]) -> list[Span]:
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
            while span.label_ == "GPE" and end < len(doc):
                of = doc[end].lower_ == "of" and bool(doc[end - 1].whitespace_)
                link = of or (doc[end].lower_ in _PARTICLES and bool(doc[end - 1].whitespace_))
                nxt = end + 1 if link else end
                if nxt >= len(doc) or not doc[nxt].text[:1].isupper() or not doc[nxt].is_alpha:
                    break
                if not doc[nxt - 1].whitespace_ or (not link and "\n" in doc[end - 1].whitespace_):
                    break
                other = by_start.get(nxt)
                if other is None and link and end in by_start:  # the model's own "del Chico" after "Mineral"
                    other = by_start[end]
                if other is not None and other.label_ in ("DATE", "TIME"):
                    break
                stop = other.end if other is not None else _run_end(doc, nxt, set())
                if other is None and any(s.start < stop and nxt < s.end for s in spans):
                    break
                if not link and not self.evidence.known(doc[span.start:stop].text):
                    break
                if of and not self._named_whole(doc[span.start:stop].text):
                    break
                if other is not None:
                    skip.add(other.start)
                end = stop
            out.append(Span(doc, span.start, end, label=span.label_) if end != span.end else span)
        return out


    def _named_whole(self, text: str) -> bool:
        """Whether the gazetteer holds a place by exactly this name (not a look-alike, not part of a longer one)."""
        return any(not c.partial and not c.fuzzy for c in self.evidence.finder.candidates(text))


def _name_word(tok: Token) -> bool:
    """A word that can stand inside a place name: capitalised, a particle, or a hyphen or apostrophe glued to its
    neighbours ("Croix-des-Bouquets", "Olho d'Agua das Flores")."""
    if tok.is_alpha:
        return tok.text[:1].isupper() or tok.lower_ in _PARTICLES
    if tok.text in ("-", "'", "’"):
        return tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and not tok.whitespace_
    return tok.lower_.rstrip("'’") in _PARTICLES and tok.lower_[-1:] in ("'", "’")  # "d'"


def _paren_parts(doc: Doc) -> list[Span]:
    """The entities, each cut at parentheses ("Arequipa (Arequipa" -> Arequipa, Arequipa) with its label."""
    out: list[Span] = []
    for ent in doc.ents:
        if not any(t.text in "()" for t in ent):
            out.append(ent)
            continue
        start = ent.start
        for i in range(ent.start, ent.end + 1):
            if i == ent.end or doc[i].text in "()":
                if i > start:
                    out.append(Span(doc, start, i, label=ent.label_))
                start = i + 1
    return out


def _run_end(doc: Doc, start: int, taken: set[int]) -> int:
    """End of the run of up to three capitalised words starting at `start` (none of them already labelled)."""
    end = start + 1
    while end < len(doc) and end - start < 3 and end not in taken and doc[end].is_alpha and doc[end].text[:1].isupper():
        end += 1
    return end


def _split(ent: Span) -> list[Span]:
    """The parts of an entity separated by commas or "and" ("Ahvaz, Rasht," -> Ahvaz, Rasht)."""
    parts: list[Span] = []
    start = ent.start
    for tok in ent:
        if tok.text in _LIST_WORDS:
            if tok.i > start:
                parts.append(ent.doc[start:tok.i])
            start = tok.i + 1
    if start < ent.end:
        parts.append(ent.doc[start:ent.end])
    return parts


def _in_list(doc: Doc, span: Span, places: set[int]) -> bool:
    """Whether a span stands in a comma/"and" list next to a place (token indices in `places`)."""
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.text in _LIST_WORDS and before.i > 0 and before.i - 1 in places:
        return True
    return bool(after is not None and after.text in _LIST_WORDS and after.i + 1 < len(doc) and after.i + 1 in places)


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
    return PlaceRuler(get_gazetteer())


def add_place_ruler(nlp: Language) -> None:
    """Add the place ruler after the NER (once: calling again changes nothing)."""
    if COMPONENT in nlp.pipe_names:
        return
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after="ner")
    else:
        nlp.add_pipe(COMPONENT, last=True)

"""Resolving a document's place mentions together.

A mention is first ranked on its own (name quality, kind, population); the document then votes for the
countries it is about, and every mention is re-ranked with that focus, with any admin qualifier written next to
it ("Nur, Mazandaran"), and with its distance to the other places named. A mention the gazetteer cannot place
(a street, a church, a neighbourhood) can fall back to the document's main place with ACLED precision 2
("part of"), which is what a coder does with "Royal Street" in a report about New Orleans.

The document's context (focus, neighbours, locale, main place) is read by `context.ContextReader`; a mention's
reading is chosen among its candidates by `ranking.Ranking`; where ACLED puts an event found at a place is
`acled_point`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from eventwatch.geo.acled_point import event_point
from eventwatch.geo.beyond import EMBEDDED
from eventwatch.geo.build import Q_ALIAS, Q_MAIN
from eventwatch.geo.candidates import CITY_POPULATION, Candidate, CandidateFinder
from eventwatch.geo.checks import STRAY_FOCUS
from eventwatch.geo.choice import once_per_name
from eventwatch.geo.cued import cued_village
from eventwatch.geo.cues import PlaceEvidence
from eventwatch.geo.fallback import paragraph_numbers, towns_before
from eventwatch.geo.gazetteer import ADM1, ADM2, CITY, COUNTRY, Gazetteer
from eventwatch.geo.governments import names_government
from eventwatch.geo.institutions import find_institutions, institution_votes
from eventwatch.geo.local_names import LocalNames
from eventwatch.geo.locale import LocaleVotes
from eventwatch.geo.normalize import key
from eventwatch.geo.qualifiers import Qualifiers
from eventwatch.geo.ranking import Ranking
from eventwatch.geo.recognize import Mention, extract_mentions, mentions_for_spans
from eventwatch.geo.sites import at_host, hosts, mission_hosts
from eventwatch.geo.view import doc_text
from eventwatch.geo.written import dateline_date_word, document_named_after, part_of_town
from eventwatch.records import Place, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwatch.geo.choice import Choice
    from eventwatch.geo.locale import Locale


def _with_institutions(votes: LocaleVotes | None, text: str) -> LocaleVotes | None:
    """The caller's locale votes and those of the national institutions the text names ("at the call of the
    CGT")."""
    found = institution_votes(find_institutions(text), text)
    if found is None:
        return votes
    return found if votes is None else votes.merged(found)


def _inside_any(start: int, end: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(s <= start and end <= e for s, e, _ in spans)


_LIST_GAP = re.compile(r"\s*(?:,|and|&|/)\s*(?:and\s+)?$")
_ITEM_BEFORE = re.compile(r"(?:[,(/&]|\band)\s*$")
_ITEM_AFTER = re.compile(r"\s*(?:[,)/&]|and\b)")


def _listed_with(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> bool:
    """Whether a name is an item of a list beside an institution ("at the call of 4 unions (CGT, FO, Sud, FSU)"):
    it is one of them, not Haiti's Sud department. Only a list item, between list marks on both sides: "in Lyon,
    CGT members said" keeps Lyon."""
    if not (_ITEM_BEFORE.search(text, max(0, start - 6), start) and _ITEM_AFTER.match(text, end)):
        return False
    return any((e <= start and start - e <= 6 and _LIST_GAP.match(text[e:start]))
               or (end <= s and s - end <= 6 and _LIST_GAP.match(text[end:s])) for s, e, _ in spans)


class Geocoder(Ranking):
    """Finds and resolves place mentions against a `Gazetteer`."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.finder = CandidateFinder(gazetteer)
        self.qualifiers = Qualifiers(self.finder)
        self.local_names = LocalNames(gazetteer)
        self._evidence: PlaceEvidence | None = None

    @property
    def evidence(self) -> PlaceEvidence:
        if self._evidence is None:
            from eventwatch.geo.ruler import person_names

            self._evidence = PlaceEvidence(self.finder, person_names())
        return self._evidence

    # -- public API ----------------------------------------------------------------------------------------------
    def find_places(self, doc: Doc, *, country_hint: str | None = None,
                    votes: LocaleVotes | None = None) -> list[Place]:
        """Recognise the place mentions of a parsed doc and resolve them together; spans are offsets in doc.text.
        `votes` carries what the report says of its locale beyond its words (dateline, outlet, web address)."""
        return [p for group in self.find_places_in([(0, doc)], country_hint=country_hint, votes=votes)
                for p in group]

    def find_places_in(self, parts: list[tuple[int, Doc]], *, country_hint: str | None = None,
                       votes: LocaleVotes | None = None, header: Sequence[str] = ()) -> list[list[Place]]:
        """The places of several parsed pieces of one document (sentences, each with its offset in the document),
        resolved together so that a name is decided once with all the document's context; spans are document
        offsets, grouped by piece. `header` holds the names the report's head writes outside the pieces
        (`headers.header_names`): the first that is a town by its own name is where the report's sites fall back to
        (`fallback.towns_before`); it is no place of any piece, and it does not count for the report's main place
        (where its unknown villages fall back to)."""
        mentions: list[Mention] = []
        owner: list[int] = []
        text: list[str] = []
        for n, (offset, doc) in enumerate(parts):
            doc_words = doc_text(doc)  # read once: spaCy's `Doc.text` joins every token's text anew at each read
            institutions = find_institutions(doc_words)
            if institutions:
                text.append(doc_words)
            found = extract_mentions(doc, self.finder, self.evidence)
            for m in found:
                if (self._acronym(doc_words, m) or _inside_any(m.start, m.end, institutions)
                        or _listed_with(doc_words, m.start, m.end, institutions)):
                    continue  # "the National Rally party" is no place, nor "Sud" in "(CGT, FO, Sud, FSU)"
                if self._month_town(doc_words, m) or document_named_after(doc_words, m.start):
                    continue  # "LISBON, March 15": no March; "the Treaty of Waitangi": a document's name
                if (m.label in ("FAC", "LOC") or self._candidates(m) or self._sure_qualifier(m)
                        or self._cued_village(doc, m, found)):
                    mentions.append(replace(m, start=m.start + offset, end=m.end + offset,
                                            part=part_of_town(doc_words, m.start, m.end),
                                            government=names_government(doc_words, m.start, m.end)))
                    owner.append(n)
        if mentions and text:
            votes = _with_institutions(votes, " ".join(dict.fromkeys(text)))
        paragraphs = paragraph_numbers(doc_text(parts[0][1]), [m.start for m in mentions]) if len(parts) == 1 else None
        places = self.resolve_mentions(mentions, country_hint=country_hint, fallback=True, votes=votes,
                                       paragraphs=paragraphs, header=self._header_town(header, country_hint))
        out: list[list[Place]] = [[] for _ in parts]
        for n, place in zip(owner, places, strict=True):
            if place is not None:
                out[n].append(place)
        return out

    def _cued_village(self, doc: Doc, m: Mention, found: list[Mention]) -> bool:
        """A village the gazetteer lacks, written where an act is (`cued.cued_village`), in a sentence that names no
        place the gazetteer holds: "clashes broke out in Tarsokoba near Maiduguri" is placed at the town it names,
        as before; the village alone stands and falls back under its own words (precision 2)."""
        return cued_village(doc, m, self.evidence) and not any(o is not m and self._candidates(o) for o in found)

    def _header_town(self, names: Sequence[str], country_hint: str | None) -> int | None:
        """The row of the first of the header's names that is a town by its own main name ("Tbilisi", not
        "Protests" read as a look-alike nor "EU" as a continent), each read alone; None when none is."""
        cols = self.gaz.cols
        for name in names:
            choice = self.resolve_mentions([Mention(0, len(name), name)], country_hint=country_hint)[0]
            row = self.gaz.row_of(choice) if choice is not None else None
            if row is not None and cols.kind[row] == CITY and self.gaz.lookup_quality(row, key(name)) == Q_MAIN:
                return row
        return None

    def _acronym(self, text: str, m: Mention) -> bool:
        """A short all-capital word inside a sentence ("at the call of the CGT, FO and SUD unions") is an acronym,
        not a division or town by its plain name (Sud in Haiti): only a country or a listed abbreviation ("US",
        "KPK") stands. A dateline ("ADEN, Yemen -") opens its line and is read as a place."""
        words = m.text
        if not (words.isupper() and words.isalpha() and len(words) <= 5):
            return False
        line_start = text.rfind("\n", 0, m.start) + 1
        if not text[line_start:m.start].strip():
            return False
        cols = self.gaz.cols
        return not any(cols.kind[c.row] == COUNTRY or self.gaz.lookup_quality(c.row, key(words)) == Q_ALIAS
                       for c in self._candidates(m))

    def resolve_spans(
        self, text: str, spans: list[tuple[int, int]], *, doc: Doc | None = None, votes: LocaleVotes | None = None
    ) -> list[Place | None]:
        """Exactly one answer per given span, in order (None when even the document focus is unknown)."""
        mentions = [replace(m, part=part_of_town(text, m.start, m.end))
                    for m in mentions_for_spans(text, spans, self.finder)]
        return self.resolve_mentions(mentions, fallback=True, votes=votes, text=text,
                                     paragraphs=paragraph_numbers(text, [m.start for m in mentions]))

    def resolve_name(self, name: str, *, country_hint: str | None = None) -> Place | None:
        """A bare name such as a dateline place ("BEIRUT", "Kabul, Afghanistan"); None when unknown."""
        text = " ".join(name.split())
        if not text:
            return None
        head, _, tail = text.partition(",")
        mention = Mention(0, len(head.strip()), head.strip(), qualifier=tail.strip())
        return self.resolve_mentions([mention], country_hint=country_hint, fallback=False)[0]

    def event_point(self, place: Place) -> Place:
        """Where ACLED puts an event found at `place` (`acled_point.event_point`): a division's event at its seat,
        precision 3 ("Odesa region" -> Odesa); a territory ACLED files under another country moved under it."""
        return event_point(self.gaz, place)

    def _month_town(self, text: str, m: Mention) -> bool:
        """Whether `m` is a dateline's town whose date opens on a word that surely names a place as a unit
        ("LISBON, March 15, 2024 (wire) -": March, Cambridgeshire; "ALGIERS, June 24": Unieux, whose other name is
        June; "PORT VILA, Monday ..."): the word was read as the town's unit and the town's place went to it
        (trial11's Lisbon march placed in England, its protesters British). The word is no unit
        (`written.qualifier_after`), and such a town is read as no place at all: a dateline the clean stage leaves
        unread ("(wire)") is no event's place, and the town read here would become one (geo41 measured trial7's
        Algiers and Pristina, trial8's Luanda, trial10's Phnom Penh as events' places). A dateline whose date opens on
        a word naming nothing as a unit ("TEHRAN, May 12", "TRIPOLI, Aug 16") keeps its town, as before; reading an
        unread dateline apart is the clean stage's work (the dateline tag of dates44/dates45)."""
        word = dateline_date_word(text, m.start, m.end)
        found = self.qualifiers.place(word, key(m.text)) if word else None
        return found is not None and found[1] > 0

    def _sure_qualifier(self, m: Mention) -> bool:
        """Whether an unknown name's qualifier surely places it ("Al Far (Kitaf wa Al Boqee, Sadah)")."""
        found = self.qualifiers.place(m.qualifier, key(m.text)) if m.qualifier else None
        return found is not None and found[1] > 0

    def _candidates(self, m: Mention) -> tuple[Candidate, ...]:
        """Candidates for a mention, as a division when a place word follows it ("Sindhupalchok district"), as a
        town when "city", "town" or "village" does."""
        if m.street:  # "Bourbon and Dauphine streets": a street of the report's town, unless a listed landmark
            return tuple(c for c in self.finder.candidates(m.text) if c.landmark)  # ("Downing Street": London)
        if m.elided:  # "Central and South America": Central America, when the gazetteer holds it by that name
            whole = self.finder.candidates(f"{m.text} {m.elided}")
            if whole and not (whole[0].partial or whole[0].fuzzy):
                return whole
        if m.text.endswith(" Township"):  # "Washington Township": a township of the report's county, not the state
            return ()
        if m.admin:
            return self.finder.unit_candidates(m.text)
        if m.town:  # "the streets of Amara city": the town Al Amarah, not the region Amhara
            return self.finder.candidates(m.text + " town") or self.finder.candidates(m.text)
        found = self.finder.candidates(m.text)
        return self._paper_city(found) if m.paper else found

    def _paper_city(self, found: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
        """A newspaper is named after the city it is published in ("The Washington Post", "The New York Times"):
        a first-level division yields to a city of its name in its country (`CITY_POPULATION` or more); a state
        with no such city keeps its paper ("The Texas Tribune")."""
        cols = self.gaz.cols
        cities = {cols.country[c.row] for c in found
                  if cols.kind[c.row] == CITY and cols.population[c.row] >= CITY_POPULATION and not c.fuzzy}
        return tuple(c for c in found if not (cols.kind[c.row] == ADM1 and cols.country[c.row] in cities))

    # -- joint resolution ------------------------------------------------------------------------------------------
    def resolve_mentions(
        self, mentions: list[Mention], *, country_hint: str | None = None, fallback: bool = False,
        votes: LocaleVotes | None = None, text: str | None = None, paragraphs: list[int] | None = None,
        header: int | None = None,
    ) -> list[Place | None]:
        """The places of a document's mentions, decided together. `text` is the document's, read for the national
        institutions it names when a mention has namesakes in several countries (`find_places_in` reads them
        itself, as it also drops mentions inside an institution's name)."""
        cands = [self._candidates(m) for m in mentions]
        if text and self._contested(cands):
            votes = _with_institutions(votes, text)
        hint = country_hint.upper() if country_hint else None
        first = [self._pick(m, cs, {}, hint, None) for m, cs in zip(mentions, cands, strict=False)]
        keys = [key(m.text) for m in mentions]
        external = dict(votes.countries) if votes is not None else {}  # dateline, outlet, web address
        locale = self._locale(votes, hint, keys, first, cands)
        # a people named ("Russian forces shelled ...") says who acted, not where: it does not vote for the focus
        focus = self._focus([None if m.label == "NORP" else f for m, f in zip(mentions, first, strict=False)], cands,
                            extra=external)
        anchors = self._anchors(first)
        regions = self._divisions(first)
        peers = self._listed_divisions(mentions, first)
        named = self._named_countries(mentions, first, keys)
        final = [
            self._pick(m, cs, focus, hint, [a for a in anchors if f is None or a != f.row],
                       regions - {f.row} if f is not None else regions, locale, listed,
                       frozenset(iso for iso, k in named if k != mkey))
            for m, cs, f, listed, mkey in zip(mentions, cands, first, peers, keys, strict=False)
        ]
        final = [None if c is not None and c.fuzzy and m.label == "FAC" else c  # "the state Capitol" is not Capitola
                 for m, c in zip(mentions, final, strict=False)]
        # a town a body or treaty is named after is read on its own ("the Venice Commission"), and alone
        final = [f if m.eponym else c for m, f, c in zip(mentions, first, final, strict=False)]
        final = once_per_name(keys, [bool(m.qualifier) or m.eponym for m in mentions], final)
        final = self._as_qualifiers_read(mentions, keys, final, cands)
        final = self._qualifiers_as_read(mentions, keys, final)
        framed = self._framed(mentions, final)
        final = [None if c is not None and self._elsewhere(c, cs, framed) else c for c, cs in zip(final, cands,
                                                                                                  strict=False)]
        final = self.local_names.apply(mentions, final, locale, text)  # "SA" in a South African paper
        # a capital written for its government ("Tehran accuses ...") is not what the report is about
        voting = [None if c is not None and m.government and self.gaz.cols.fcode[c.row] == "PPLC" else c
                  for m, c in zip(mentions, final, strict=False)]
        default = self._document_place(voting, focus, locale, keys, external) if fallback else None
        before = towns_before(final, keys, [m.start for m in mentions], paragraphs, default, self.gaz, header)
        starts, ends, gaps = [m.start for m in mentions], [m.end for m in mentions], [m.site_gap for m in mentions]
        host, mission = mission_hosts(starts, ends, gaps, keys, final, self.gaz, self.finder.lex.abroad_words,
                                      hosts(starts, ends, gaps, keys, final, self.gaz))
        out: list[Place | None] = []
        for i, (m, choice) in enumerate(zip(mentions, final, strict=False)):
            span = Span(m.start, m.end, m.text)
            weak = choice is not None and (choice.fuzzy or (choice.partial and self.gaz.cols.kind[choice.row] in (
                CITY, ADM2)))  # a state or country inside a longer name ("Arizona State University") stands
            if weak and choice is not None:  # a look-alike or part of a name needs support from the *other* mentions
                # the same name said again is no support for itself ("Puntland ... Puntland")
                rest = [j for j in range(len(mentions)) if j != i and keys[j] != keys[i]]
                others = self._focus([first[j] for j in rest], [cands[j] for j in rest])
                near = [a for a in anchors if a != choice.row]  # part of a name in a report on a town ("Royal
                focus = {} if choice.partial and near else others  # Street" in New Orleans) must lie near it
                weak = not (self._supported(choice.row, focus, near) or self.gaz.cols.country[choice.row] == hint
                            or (not (choice.partial and near) and self._said_country(choice.row, external))
                            or self._inside(choice.row, regions) or choice.qualified)
            if choice is not None and not weak and not m.eponym and (  # a body's town is no stray of the report's
                    self._stray(choice, i, first, cands, anchors, regions, hint, keys)
                    or self._stray_at_home(choice, locale, anchors, regions, final)
                    or (m.part and self._part_abroad(choice, i, keys, final))
                    or (self._foreign_part(choice, locale, keys[i])
                        and not self._backed(choice, i, keys, first, anchors, external))):
                weak = True
            site = host[i]
            # a site written with its town ("Balthazar in New York") is at that town
            if site is not None and (mission[i] or at_host(choice, site, self.gaz, weak=weak,
                                                           written_in=m.site_gap > 0, inner=m.inner)):
                out.append(replace(self.gaz.place(site, span=span), geo_precision=2))
            elif choice is not None and not weak:
                precision = 2 if choice.partial or choice.fallback or choice.landmark or m.label == EMBEDDED else None
                place = self.gaz.place(choice.row, span=span, precision=precision)
                written = self.qualifiers.written_admin1(m.qualifier, keys[i], choice.row) if m.qualifier else None
                out.append(place if written is None else replace(place, admin1=self.gaz.cols.name[written]))
            elif (fall := self._fall(default, before[i], m, choice, voting, focus, locale, keys, external)) \
                    is not None and not (weak and choice is not None and choice.fuzzy and m.label == "GPE"):
                out.append(replace(self.gaz.place(fall, span=span), geo_precision=2))  # a site near the last town
            else:
                out.append(None)
        return out

    def _fall(self, default: int | None, before: int | None, m: Mention, choice: Choice | None,
              final: list[Choice | None], focus: dict[str, float], locale: Locale, keys: list[str],
              external: dict[str, float]) -> int | None:
        """Where a mention with no reading of its own falls back to: the town its paragraph named last, else the
        report's main place; but never to the very namesake just turned down, which the main place can be when the
        report names the unknown village most ("Tawila" four times in a report on North Darfur: not the Yemeni
        hamlet that lists the name among its other names, but the report's main place without it, El Fasher). A
        namesake by its own name stays the fallback, as `checks._stray` lets its repetitions back it, and so does
        one where the report's other places do not plainly lie (`checks.STRAY_FOCUS` of them) in the country of the
        main place found without it (geo50)."""
        fall = default if before is None or m.qualifier else before
        if fall is None or choice is None or fall != choice.row:
            return fall
        own = key(m.text)
        if self.gaz.lookup_quality(fall, own) == Q_MAIN:
            return fall
        main = self._document_place([None if c is not None and c.row == choice.row else c for c in final], focus,
                                    locale, keys, external)
        cols = self.gaz.cols
        votes = Counter(cols.country[c.row] for c, k in zip(final, keys, strict=False)
                        if c is not None and k != own and cols.kind[c.row] in (CITY, ADM1, ADM2))
        total = sum(votes.values())
        if main is None or not total or votes[cols.country[main]] < STRAY_FOCUS * total:
            return fall  # the rest of the report does not plainly lie where the main place without it is
        return main

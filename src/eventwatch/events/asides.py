"""Places a sentence names beside its event's place that are not a second place of the event (issue 10, "one event
per occurrence").

ACLED codes one event per occurrence at the place it happened. A sentence often names other places on the way, and
the assembler made one event at each (`locate.event_places`), so one occurrence became two or three events:

- *the division that holds the place*: "a bomb exploded in Rueso district of Thailand's southernmost Narathiwat
  province", "the clash at a bazar in Chhagalnaiya upazila of Feni district", "shelled the hills around Batifa, in
  the neighbouring Zakho district", "the outskirts of Bannu in Pakistan's northwestern Khyber Pakhtunkhwa province".
  The writer names the province (often read as its capital town) to say where the district lies. One event, at the
  district or town written first (`division_of`); a list of places ("in Rueso and Narathiwat") is no such phrase;
- *a part of a town named beside the town*: "Russian drones struck Kharkiv, hitting an apartment block in the
  Kyivskyi district" names the city's district, which the gazetteer knows as a place of its own; one event, at the
  town (`part_of`), as ACLED codes a city's districts at the city;
- *a river*: "artillery fire from Russian positions across the Dnipro river" names a river, not the city of its name
  (`water_name`);
- *where someone spoke or a victim was treated*: "a resident told reporters in Gusau", "the secretary general said in
  Dar es Salaam", "died during treatment at a hospital in Muzaffarpur", "died on the way to Feni General Hospital".
  Those places yield to the event's own (`treated_at`; `locate.said_at_spans` reads the places of speaking), and a
  sentence that names only them takes the place its paragraph or story carries (`assemble.py`), as
  `story.StoryPlace` already reads them for the sentences after.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwatch.geo.distance import km
from eventwatch.records import Place, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The kind of a division written after its name ("Narathiwat province", "Feni district").
_DIVISION = (r"(?:province|district|state|region|county|department|governorate|division|prefecture|oblast|"
             r"territory|upazila|municipality|zone|woreda|tehsil|regency)")
# The kind of a place written after the place inside a division ("Rueso district of ...", "Bacho district of").
_DIVISION_AFTER = re.compile(rf"\s+{_DIVISION}\b", re.IGNORECASE)
# Between the inner place (and its kind) and the division: "of" or "in", an article, a country's possessive and at
# most two words of where ("Thailand's southernmost", "the neighbouring", "Pakistan's northwestern").
_HELD_BY = re.compile(
    rf"(?:\s+{_DIVISION})?\s*,?\s+(?:of|in)\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s?\s+)?"
    r"(?:(?:neighbou?ring|nearby|adjoining|restive|remote|troubled|(?:far\s+)?(?:north|south)(?:-?(?:east|west))?"
    r"(?:ern(?:most)?)?|(?:east|west)(?:ern(?:most)?)?|southernmost|northernmost|central|coastal|mountainous)\s+){0,2}",
    re.IGNORECASE)
# Words after a name that make it a part of a town: "the Kyivskyi district", "the al-Rawdah area".
_PART_AFTER = re.compile(r"\s+(?:district|area|neighbou?rhood|quarter|suburb)\b", re.IGNORECASE)
# A part of a town lies within this distance of it.
_PART_KM = 20.0
# Words after a name that make it a river's, a lake's or a sea's: "the Dnipro river", "the Kabul River".
_WATER_AFTER = re.compile(r"\s+(?:river|rivers|lake|sea|canal|creek|stream|estuary|delta)\b", re.IGNORECASE)
# Words right before a town that name it as where someone spoke: "told reporters in", "said in", "speaking at".
SPOKEN_IN = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists|the\s+press|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)|"
                       r"spoke|speaking)\s+(?:in|at)\s+(?:the\s+(?:town|city)\s+of\s+)?$")
# Words before a place that make it where the wounded or the dead were taken (merge's `aftermath` words and the like).
# A side of the town may stand between ("a hospital in central Tamale", geo49).
_TREATED_BEFORE = re.compile(r"\b(?:hospitals?|clinics?|morgue|mortuary|medical\s+cent(?:er|re))\s+(?:in|at|of)\s+"
                             r"(?:the\s+(?:town|city)\s+of\s+|(?:central|downtown|(?:north|south|east|west)(?:ern)?)\s+)?$",
                             re.IGNORECASE)
# What was done to a victim before the hospital's words: a hospital is where the event ended only for someone taken,
# treated or dead there ("died during treatment at a hospital in", "was referred to a hospital in"); a protest "in
# front of the Hospital in Verin" or "outside McLaren Oakland hospital in Pontiac" happened there.
_VICTIM_BEFORE = re.compile(r"\b(?:died|dies|dying|death|treated|treatment|taken|admitted|succumbed|rushed|flown|"
                            r"referred|evacuated|hospitali[sz]ed|transferred|brought|way\s+to|receiving)\b"
                            r"[^.;:]{0,40}$", re.IGNORECASE)
# A town a victim was carried to for care, named with no hospital: "the wounded man was flown to Cabinda city for
# treatment", "was taken to Siem Reap for treatment" (trial11's fix half: an armed clash at Cabinda, the ambush near
# Buco-Zau told again at the wounded soldier's hospital town). The carrying verb and "to" before the town, "for"
# and the care after it (at most "city" or "town" between).
_CARRIED_TO = re.compile(r"\b(?:flown|taken|rushed|evacuated|airlifted|transferred|moved|brought|driven|referred)"
                         r"\s+(?:[a-z]+\s+){0,2}?to\s+(?:the\s+(?:town|city)\s+of\s+)?$", re.IGNORECASE)
_FOR_CARE = re.compile(r"(?:\s+(?:city|town))?\s+for\s+(?:medical\s+|urgent\s+|further\s+)?"
                       r"(?:treatment|care|surgery)\b", re.IGNORECASE)
# A hospital named after its town: "Feni General Hospital", "Mosul Teaching Hospital".
_HOSPITAL_AFTER = re.compile(r"(?:\s+(?:General|District|Regional|Teaching|Central|Referral|Civil|Medical|City|"
                             r"Provincial|Military|Government|Sadar|State))*\s+(?:Hospital|Clinic|Medical\s+College)\b")


def division_of(text: str, inner: Place, outer: Place) -> bool:
    """Whether the sentence names `outer` as the division that holds `inner` ("Rueso district of Thailand's
    southernmost Narathiwat province", "Bacho district of Narathiwat", "Batifa, in the neighbouring Zakho district"):
    written right after it with "of" or "in", one of the two with its kind of division, and in the same first-level
    division by the gazetteer (a namesake elsewhere is no container)."""
    a, b = inner.span, outer.span
    if a is None or b is None or inner is outer or not a.end <= b.start or b.start - a.end > 60:
        return False
    if (inner.geonameid, inner.name) == (outer.geonameid, outer.name):
        return False
    if not inner.country or inner.country != outer.country or not inner.admin1 or inner.admin1 != outer.admin1:
        return False
    if _HELD_BY.fullmatch(text, a.end, b.start) is None:
        return False
    return _DIVISION_AFTER.match(text, a.end) is not None or _DIVISION_AFTER.match(text, b.end) is not None


def spoken_at(text: str, said: list[Span]) -> list[Span]:
    """The places of speaking (`locate.said_at_spans`) written right after a verb of speaking: "a resident told
    reporters in Gusau", "the secretary general said in Dar es Salaam". Not a locative that opens the sentence or
    follows a verb of reporting or finding: "in Monywa town (Monywa township, Sagaing region), the group claimed that
    it shot dead a soldier" and "their bodies were found in the Miraflores vereda" tell where the event happened, as
    ACLED's one-paragraph notes write it (ACLED even: the opening locative had yielded to the region beside it)."""
    return [s for s in said if SPOKEN_IN.search(text, max(0, s.start - 60), s.start) is not None]


# Words right before a town that name it as a spokesperson's seat or where a statement was issued: "a police
# spokesman in Lusaka said", "the police spokesman in Dodoma rejected the report", "in a statement issued in Bangkok"
# (trial10's class 2c: the statement's town pulled an abduction in Kimara, Dar es Salaam, to Dodoma and a shelling
# near the border to Bangkok). Where the speaker sits, whatever verb follows; not "officials in Kisumu", who may be
# the event's own town's. A statement issued at a body's seat is one too: "the GDF said in a statement issued at its
# headquarters in Georgetown" (trial9: the soldiers' return of fire near Eteringbang told again at the desk's town).
_SPEAKER_BEFORE = re.compile(r"\b(?:spokes(?:man|woman|person|people|men|women)|(?:statement|communiqu[eé])\s+"
                             r"(?:issued|released|published|sent)(?:\s+(?:at|from)\s+(?:its|their)\s+"
                             r"(?:headquarters|head\s+office|offices?|main\s+base))?|press\s+conference)\s+(?:in|at|from)\s+"
                             r"(?:the\s+(?:town|city|capital)\s+of\s+)?$", re.IGNORECASE)


def speaker_at(text: str, place: Place) -> bool:
    """Whether the place is named only as a spokesperson's town or where a statement was issued ("a police spokesman
    in Lusaka said", "a statement issued in Bangkok"): an aside, as where someone spoke is (`spoken_at`)."""
    return place.span is not None and speaker_before(text, place.span.start)


def speaker_before(text: str, start: int) -> bool:
    """Whether the name at `start` is written as a spokesperson's town or where a statement was issued."""
    return _SPEAKER_BEFORE.search(text, max(0, start - 60), start) is not None


def water_name(text: str, place: Place) -> bool:
    """Whether the place's name is written as a river's, a lake's or a sea's ("across the Dnipro river")."""
    return place.span is not None and _WATER_AFTER.match(text, place.span.end) is not None


def treated_at(text: str, place: Place) -> bool:
    """Whether the place is named only as where a victim was treated or taken ("died during treatment at a hospital
    in Muzaffarpur", "died on the way to Feni General Hospital", "the bodies were taken to the morgue in Herat",
    "the wounded man was flown to Cabinda city for treatment"), not where a crowd stood ("a protest in front of the
    Hospital in Verin")."""
    if place.span is None:
        return False
    treated = _TREATED_BEFORE.search(text, max(0, place.span.start - 60), place.span.start)
    if treated is not None:
        return _VICTIM_BEFORE.search(text, max(0, treated.start() - 60), treated.start()) is not None
    if _FOR_CARE.match(text, place.span.end) is not None:
        return _CARRIED_TO.search(text, max(0, place.span.start - 60), place.span.start) is not None
    named = _HOSPITAL_AFTER.match(text, place.span.end)
    return named is not None and _VICTIM_BEFORE.search(text, max(0, place.span.start - 60),
                                                       place.span.start) is not None


def part_of(text: str, part: Place, town: Place) -> bool:
    """Whether the sentence names `part` as a district or area of `town`, another place of it: "the X district" or
    "the X area" written after the town, in its first-level division and within a few kilometres of it ("struck
    Kharkiv, ... hitting a warehouse in the Kyivskyi district")."""
    a, b = town.span, part.span
    if a is None or b is None or part is town or not a.end <= b.start or b.start - a.end > 150:
        return False
    if (part.geonameid, part.name) == (town.geonameid, town.name) or not part.admin1 or part.admin1 != town.admin1:
        return False
    if text[max(0, b.start - 4):b.start].lower() != "the " or _PART_AFTER.match(text, b.end) is None:
        return False
    return km(part.latitude, part.longitude, town.latitude, town.longitude) <= _PART_KM


def only_aside(where: list[Place], aside: list[Span]) -> bool:
    """Whether every place is one named only as where someone spoke or a victim was treated (`asides.py`)."""
    return bool(aside) and all(p.span is not None and any(s.start <= p.span.start < s.end for s in aside)
                               for p in where)


# What a people's adjective is when it stands as a noun: a person ("after the Palestinian attempted to ...").
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr"})


def persons(doc: Doc, offset: int) -> list[Span]:
    """The words of a sentence that stand as nouns (its subjects and objects): a people's adjective among them names
    a person ("the incident occurred after the Palestinian attempted to stop the soldiers"), not where anything is."""
    return [Span(offset + t.idx, offset + t.idx + len(t.text), t.text) for t in doc if t.dep_ in _NOUN_DEPS]


def says_less(located: list[Place], carried: list[Place], fallback: Place | None, home: Place | None,
              nouns: list[Span]) -> bool:
    """Whether a sentence placed only by a people's adjective ("withdrawing towards Nigerian waters", "Greek
    universities") says less than where the story already is: it carries a town or division (`StoryPlace`) in the
    adjective's country or the dateline's (`home`), or it falls back to a place finer than a country in that
    country. Then the adjective does not become the paragraph's place: "Twenty-three of them were killed ... on the
    island" stays at the island base the story told, as `StoryPlace.set` already reads such a sentence for the
    paragraphs after it. Not when the adjectives name two peoples, who are the sides rather than the place, or stand
    as a person ("the Palestinian attempted": `persons`, ACLED even: the note's next sentence had become a second
    attack at the carried town with the wrong side as its actor); nor when
    the carried place lies in neither country (a namesake abroad: a party's name, "Cope", read as a town in Panama in
    a report on "South African voters")."""
    if not all(p.feature_code.startswith("PCL") and p.span is not None and p.span.text.lower() != p.name.lower()
               and not any(n.start <= p.span.start < n.end for n in nouns) for p in located):
        return False
    countries = {p.country for p in located}
    if len(countries) != 1:
        return False
    known = countries | ({home.country} if home is not None and home.country else set())
    return any(c.country in known for c in carried) or (
        fallback is not None and not fallback.feature_code.startswith("PCL") and fallback.country in countries)

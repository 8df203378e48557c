"""Where and when an event happened, chosen among the places and dates around its trigger.

ACLED codes one event per location: a sentence that lists towns (or towns and a province) in one coordination
is one event per member, while a town named with its province and country ("Forbesganj, in Bihar, India") is
one event at the town. The dateline ("BAGHDAD, Feb 21, 2024 (Wire) —") names where the report was filed and
when, not where and when the event happened, so its words never locate or date an event directly.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from eventwatch.events.asides import division_of, part_of, water_name
from eventwatch.events.codebook import load_codebook
from eventwatch.events.parsed import Tok, parsed
from eventwatch.events.place_sides import (
    STATED_AT,
    coordinated_spans,
    desk_again,
    government_named,
    launcher_spans,
    scene_after_desk,
    side_named,
    unread_desk,
)
from eventwatch.events.routes import near_a_way, route_ends
from eventwatch.events.villages import is_town, named_outright
from eventwatch.geo.candidates import project_lexicon
from eventwatch.geo.distance import km
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.locale import DATELINE_WEIGHT, DOMAIN_WEIGHT, OUTLET_WEIGHT, LocaleVotes, domain_country
from eventwatch.geo.normalize import key
from eventwatch.records import Document, Place, Span

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

_REGION_CODES = ("RGN", "CONT", "AREA", "OCN", "SEA")
_LIST_GLUE = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or|&)\s*$")
# a dateline ends in a dash, or in a colon after its date ("ludhiana, february 14, 2024: police ...")
_DATELINE_DASH = re.compile(r"\s(?:—|–|--|-)\s?|(?<=\d):\s")


def dateline_span(text: str, dateline_place: str | None) -> tuple[int, int] | None:
    """Offsets of the dateline at the start of the body, when the text still carries it."""
    if not dateline_place:
        return None
    head = dateline_place.split(",")[0].strip().lower()
    for match in re.finditer(r"(?:^|\n)\s*", text[:4000]):
        start = match.end()
        if text[start:start + len(head)].lower() == head:
            dash = _DATELINE_DASH.search(text, start, start + 160)
            if dash is not None:
                return start, dash.end()
    return None


def report_locale(gaz: Gazetteer, home: Place | None, doc: Document) -> LocaleVotes:
    """What a report says of its locale beyond the places it names: the dateline's town and its state, the
    outlet's country (when the document has an outlet with one) and the web address's country domain."""
    votes = LocaleVotes()
    if home is not None and home.country:
        row = gaz.row_of(home)
        admin1 = None if row is None else (row if home.feature_code == "ADM1" else gaz.cols.admin1[row])
        votes.add(home.country, admin1 if admin1 is not None and admin1 >= 0 else None, DATELINE_WEIGHT)
    if doc.outlet is not None and len(doc.outlet.country) == 2:  # set when a stage found it before this one
        votes.add(doc.outlet.country.upper(), None, OUTLET_WEIGHT)
    votes.add(domain_country(doc.url), None, DOMAIN_WEIGHT)
    return votes


def agent_spans(doc: Doc, offset: int) -> list[Span]:
    """Names standing as the agent of a passive verb, with those coordinated with them ("a ceasefire brokered by
    Russia and Turkey", "shelled by Ukraine"): who acted, not where, so never the place of the event; offsets are
    the document's (the sentence starts at `offset`). The subjects of a verb of launching are such agents too
    (`place_sides.launcher_spans`: "Russia launched 112 drones")."""
    return _objects(doc, offset, lambda tok: tok.dep_ == "agent") + launcher_spans(doc, offset)


def origin_spans(doc: Doc, offset: int) -> list[Span]:
    """Places people are said to come from ("farmworkers from Oaxaca and Guerrero marched on the Cuernavaca road",
    "refugees from Ukraine gathered in Paris", "farmers from Batui district"): where they are from, not where the
    event happened, so they yield to any other place of the sentence. Only "from" after a noun: after a verb it
    may be where something happened ("fired from Sanaa"); after a noun even when the parser hangs it on the verb."""
    return _objects(doc, offset, lambda tok: tok.lower_ == "from" and tok.dep_ == "prep" and (
        tok.head.pos_ in _NOMINAL or (tok.i > 0 and tok.nbor(-1).pos_ in _NOMINAL)))  # "tents of IDPs from Aleppo"


_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def said_at_spans(doc: Doc, offset: int) -> list[Span]:
    """Places named only as where something was said ("In Abuja, a defence ministry spokesman said ...", "the
    minister told reporters in Bamako"): a locative on a verb of saying (modality's `source_verbs`) or on its object.
    Where the speaker was, not where the story is (`story.StoryPlace.set`)."""
    verbs = frozenset(load_codebook().modality["source_verbs"])

    def saying(tok: Tok) -> bool:
        if tok.lower_ not in ("in", "at") or tok.dep_ != "prep":
            return False
        head = tok.head
        if head.dep_ == "dobj":  # "told reporters in Bamako"
            head = head.head
        return head.pos_ == "VERB" and head.lemma_.lower() in verbs

    return _objects(doc, offset, saying)


def _objects(doc: Doc, offset: int, prep: Callable[[Tok], bool]) -> list[Span]:
    """The objects of the prepositions `prep` takes, asked of the parsed view's words (`parsed.py`: spaCy's own
    values); only a word it takes is made a spaCy token. Why: walking every spaCy token of every parsed sentence
    three times (agents, origins, places of speaking) made some 68,000 `Token` objects over 200 reports, 3% of a
    worker; the same spans."""
    out: list[Span] = []
    for word in parsed(doc).toks:
        if not prep(word):
            continue
        tok = doc[word.i]
        for obj in tok.children:
            if obj.dep_ != "pobj" or (obj.i + 1 < len(doc) and doc[obj.i + 1].lower_ == "to"):
                continue  # "the road from Sofia to Velingrad" is a way, not where anyone is from
            out += coordinated_spans(doc, offset, obj)
    return out


def outside(span: Span | None, region: tuple[int, int] | None) -> bool:
    return span is None or region is None or not (region[0] <= span.start < region[1])


def report_town(places: list[Place], country: str) -> Place | None:
    """The one town a report names in the country it is about, when all its places below the country lie in one
    first-level division: where an event the text does not place happened ("protesters cycled through the city
    centre ... The ride started in Thessaloniki"), as a coder reads the report, at geo_precision 2; with no town,
    its one first-level division. None when the report names two towns there, or places in two divisions, or a
    town only through part of a name."""
    local = [p for p in places if p.country == country and not p.feature_code.startswith(("PCL", "RGN", "CONT"))]
    towns = {p.geonameid: p for p in local if p.geo_precision == 1 and not p.feature_code.startswith("ADM")}
    if len({p.admin1 for p in local}) != 1 or len(towns) > 1:
        return None
    if not towns:  # a province alone ("the Chungbuk Alliance"): the province, at its seat (`event_point`)
        return next((dataclasses.replace(p, geo_precision=3) for p in local if p.feature_code == "ADM1"), None)
    return dataclasses.replace(next(iter(towns.values())), geo_precision=2)


def _groups(text: str, places: list[Place]) -> list[list[Place]]:
    """Places joined only by commas and "and" form one coordination group ("Tehran, Isfahan and Hormozgan")."""
    groups: list[list[Place]] = []
    for place in sorted(places, key=_start):
        prev = groups[-1][-1] if groups else None
        if (prev is not None and prev.span is not None and place.span is not None
                and _LIST_GLUE.match(text[prev.span.end:place.span.start])):
            groups[-1].append(place)
        else:
            groups.append([place])
    return groups


def event_places(text: str, places: list[Place], actor_spans: list[Span], *, people: bool = False,
                 origins: list[Span] | None = None, agents: list[Span] | None = None, moving: bool = False,
                 aside: list[Span] | None = None, record: bool = False) -> list[Place]:
    """The places of a sentence that locate its event: towns first, a listed province beside towns, else the
    province, else the country; never a region, and never a place that names an actor ("Turkish forces") or a
    country that acted (`agents`: "brokered by Russia"; a town there is passed by, not acting); a place people come
    from (`origins`), or a place named only as where someone spoke or a victim was treated (`aside`: "told reporters
    in Gusau", "died in a hospital in Muzaffarpur"), only when the sentence names no other; never a river's name, nor a
    division written as the one that holds another place of the sentence ("Rueso district of Narathiwat province":
    `asides.py`), nor the town a statement was made in when the sentence names another, nor an unread "(wire)"
    dateline's town when its lead names the scene (`place_sides.py`). A `record` (an event record, ACLED's note)
    keeps no village at the town that locates it (`villages.named_outright`).
    With `people`, a people named counts as its country: "the Iranian people tear down his image" says where the
    paragraph is, for the sentences after it that name no place. The ends of a way ("from Gao to Menaka") are one
    place unless the event is `moving` (a march or a protesters' convoy is where it passes: each end its own event)."""
    located = [p for p in places if p.feature_code not in _REGION_CODES and not _in_a_name(text, p)
               and not (_demonym(p) and (not people or side_named(text, p)))
               and not (people and government_named(text, p))
               and not _within(p, actor_spans) and not water_name(text, p)
               and not (p.feature_code.startswith("PCL") and _within(p, agents or []))]
    stated = [p.span for p in located if p.span is not None and STATED_AT.search(text, max(0, p.span.start - 80),
                                                                                      p.span.start)]
    for yielding in (origins, [*(aside or []), *stated]):
        if yielding and any(not _within(p, yielding) for p in located):
            located = [p for p in located if not _within(p, yielding)]
    desk = [p for p in located if unread_desk(text, p)]
    if desk and any(scene_after_desk(text, desk[0], p) for p in located if not any(p is d for d in desk)):
        located = [p for p in located if not any(p is d or desk_again(d, p) for d in desk)]
    if not located:
        return []
    located = _in_the_sentence_country(_in_the_written_division(text, _without_a_village_path(text, located)))
    if not moving:
        located = _on_the_way(text, located)
    chosen: list[Place] = []
    for group in _groups(text, located):
        towns = [p for p in group if is_town(p)]
        admins = [p for p in group if p.feature_code.startswith("ADM")]
        if len(group) > 1 and len(towns) + len(admins) == len(group) and len(towns) != 1:
            chosen.extend(group)  # a list of places, each its own event
        elif towns:
            chosen.extend(towns)
        elif admins:
            chosen.extend(admins)
    if any(is_town(p) for p in chosen):
        town_admins = {p.admin1 for p in chosen if is_town(p)}
        chosen = [p for p in chosen if is_town(p) or (p.admin1 not in town_admins and _listed(text, p, chosen))]
    chosen = [p for p in chosen if not any(_names_a_site_in(text, p, q) or division_of(text, q, p)
                                           or (is_town(q) and part_of(text, p, q)) for q in chosen)]
    # a town named outright beats a part of a name, not a village it locates
    chosen = named_outright(text, chosen, villages=not record)
    if not chosen:
        countries = [p for p in located if p.feature_code.startswith("PCL")]
        chosen = countries[:1]
    unique: dict[tuple[object, ...], Place] = {}
    for p in chosen:
        unique.setdefault((p.geonameid, p.name), p)
    return list(unique.values())


def _on_the_way(text: str, located: list[Place]) -> list[Place]:
    """`located` without the ends of a way when the sentence names a town the event was near, else with the way's
    first end alone (`routes.py`)."""
    ends = route_ends(text, located)
    if not ends:
        return located
    if any(is_town(p) and near_a_way(text, p) for i, p in enumerate(located) if i not in ends):
        return [p for i, p in enumerate(located) if i not in ends]
    first = min(ends, key=lambda i: _start(located[i]))
    return [p for i, p in enumerate(located) if i not in ends or i == first]


def _start(place: Place) -> int:
    return place.span.start if place.span is not None else 0


# a name runs on after a place inside it ("Ukraine International Airlines", "Kano-based"), but not across ACLED's
# "City - District" dash or onto the kind of place ("Seoul City")
def _within(place: Place, spans: list[Span]) -> bool:
    return any(place.span is not None and place.span.start < s.end and s.start < place.span.end for s in spans)


_NAME_GOES_ON = re.compile(r"(?: +|-)(?!(?:City|Town|Village|Province|District|Region|Governorate|State)\b"
                           r"(?!\s+[A-Z]))[A-Z][a-z]")


def _demonym(place: Place) -> bool:
    """A people or an adjective ("Chinese nationals", "Turkish forces") names who, not where."""
    return place.span is not None and project_lexicon().demonym_target(key(place.span.text)) is not None


def _in_a_name(text: str, place: Place) -> bool:
    """A place inside an organisation's name ("Ukraine International Airlines") does not locate an event."""
    return (place.geo_precision == 2 and place.span is not None
            and _NAME_GOES_ON.match(text, place.span.end) is not None)


_SITE_IN = re.compile(
    r"(?:[\s'’.-]*[\w'’.-]+){0,4}?\s+(?:park|street|road|avenue|square|bridge|airport|station|university|college|"
    r"school|hospital|church|cathedral|mosque|temple|mall|market|stadium|hotel|prison|base|camp|beach|factory|plant|"
    r"mine|office|building|court|hall|museum)s?\s+(?:in|of|at|near)\s+$", re.IGNORECASE)


_PART_IN = re.compile(r"\s+(?:located\s+|situated\s+)?in\s+(?:the\s+)?$")


def _names_a_site_in(text: str, place: Place, other: Place) -> bool:
    """A place that names a site lying in another town of the sentence ("Mill Creek park in Kansas City", "St.
    Vladimir Cathedral in Parma"), or a part of it that the gazetteer only knows as a namesake far away (the
    neighbourhood "Andersonville in Chicago"): the town holds the event, the namesake does not."""
    if place is other or place.span is None or other.span is None or other.span.start <= place.span.end:
        return False
    if not is_town(other):
        return False
    if _SITE_IN.match(text, place.span.end, other.span.start) is not None:
        return True
    return (_PART_IN.match(text, place.span.end, other.span.start) is not None and is_town(place)
            and km(place.latitude, place.longitude, other.latitude, other.longitude) > 50.0)


def _in_the_sentence_country(located: list[Place]) -> list[Place]:
    """Places in the country most of the sentence's places lie in beat a namesake abroad ("a sit-in camp called
    'Gama' on the seafront of Galle (Galle, Southern)": Gama in Brazil is a look-alike, not a second event)."""
    counts: dict[str, int] = {}
    named: set[str] = set()  # a country named counts once: "the Russian invasion of Ukraine" is what they protest
    for p in located:
        country = p.feature_code.startswith("PCL")
        if not p.country or (country and p.country in named):
            continue
        if country:
            named.add(p.country)
        counts[p.country] = counts.get(p.country, 0) + 1
    if len(counts) < 2:
        return located
    ranked = sorted(counts.values(), reverse=True)
    top = max(counts, key=lambda c: counts[c])
    if ranked[0] < 2 * ranked[1]:
        return located
    return [p for p in located if p.country == top]


_UNIT = (r"(?:town|city|village|villages|municipality|district|township|tehsil|block|area|camp|governorate|province|"
         r"region|state|county|ward|locality|neighbou?rhood|barangay|commune|department|parish|LGA|woreda|sub-?district)")
_BRACKET_AFTER = re.compile(r"(?:\s+" + _UNIT + r"){0,2}\s*\(([^()]{2,160})\)", re.IGNORECASE)
_PATH_REST = re.compile(r"(?:\s+" + _UNIT + r")?\s*,([^()]{2,160})\)", re.IGNORECASE)
_SITE_BEFORE = re.compile(r"\b(?:Office|Council|Hall|[Hh]eadquarters|Complex|Building|Court|Ministry|Station|"
                          r"Cent(?:er|re)|Assembly|Embassy|Consulate|Hospital|University|School|Factory|Plant|Palace|"
                          r"House|Square)\s*\($")
_BRACKET_END = re.compile(r"(?:\s+-\s+[^()]{1,40})?\)")  # "(Seoul City - Yeongdeungpo)"
_UNIT_WORDS = re.compile(r"\b" + _UNIT + r"\b", re.IGNORECASE)


def _same_name(written: str, name: str | None) -> bool:
    if not name:
        return False
    a, b = key(written), key(name)
    return bool(a) and (a == b or (min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 85))


def _held(text: str, place: Place) -> bool:
    """A place written with the division it lies in right after it, in brackets ("Kharar town (Mohali district,
    Punjab)", "Nyaung Pin village (Salingyi township, Monywa district, Sagaing region)"), when the bracket agrees
    with where the gazetteer put it, or in brackets after a site's name ("outside the Provincial Office (Cheongju)"):
    the writer located that place with care. Not after a group's name: "the Zero Guerrilla Force (Myingyan)"."""
    if place.span is None or not (place.admin1 or place.admin2):
        return False
    if _SITE_BEFORE.search(text, max(0, place.span.start - 40), place.span.start) and _BRACKET_END.match(
            text, place.span.end):
        return True  # the town of a site named before it: "in front of the Labor Office (Mokpo)"
    m = _BRACKET_AFTER.match(text, place.span.end)
    if m is not None:
        path = m.group(1)
    elif text[max(0, place.span.start - 1):place.span.start] == "(" and (m := _PATH_REST.match(text, place.span.end)):
        path = m.group(1)  # the first part of a path, a village's district ("Koflande (Mangodara, Comoe)")
    else:
        return False
    parts = [_UNIT_WORDS.sub(" ", part).strip() for chunk in path.split(",") for part in chunk.split(" - ")]
    return any(_same_name(part, name) for part in parts if part for name in (place.admin1, place.admin2))


def _in_the_written_division(text: str, located: list[Place]) -> list[Place]:
    """Places held by a bracketed division ("Kiraoli (Agra district, UP)") beat the sentence's other places that
    lie outside it: those are landmarks, the road's ends or where people came from ("a sit-in by the Agra-Jaipur road
    close to Kiraoli (Agra district, UP)", "blocking the road to Chandigarh outside Kharar town
    (Mohali district, Punjab)", "the Zero Guerrilla Force (Myingyan)"), or a look-alike of a village the gazetteer does
    not know. A country the held places lie in stays (it is never chosen before them)."""
    held = [p for p in located if _held(text, p)]
    if not held or len(held) == len(located):
        return located
    divisions = {(p.country, p.admin1) for p in held}
    return [p for p in located if p in held or (p.country, p.admin1) in divisions
            or (p.feature_code.startswith("PCL") and any(p.country == c for c, _ in divisions))]


_SETTLEMENT = r"(?:village|villages|hamlet|town|area|camp|locality|neighbou?rhood|ward|quarter)"
_PATH_OPENS = re.compile(r"(?:\s+(?P<unit>" + _SETTLEMENT + r"))?\s*\((?P<path>[^()]{2,160})\)", re.IGNORECASE)
_ENDS_SETTLED = re.compile(r"\s" + _SETTLEMENT + r"$", re.IGNORECASE)


def _without_a_village_path(text: str, located: list[Place]) -> list[Place]:
    """`located` without the parts of the path written after a village the gazetteer does not know ("Kyaung Kone
    village (Ye township, Mawlamyine district, Mon state)"): the geocoder placed the village at the most specific
    unit of its path it knows (its township's town, precision 2), and the path's parts say where the village lies,
    not where else the event happened. Left in, the district's town, a town named outright (precision 1), beat
    the village's township, tens of kilometres from it. Only a village written as one (its settlement word before
    the bracket), placed at a town not of its own name that the path's first part names (the township's), in the
    province of the path's first place."""
    out = located
    for p in located:
        if p.geo_precision != 2 or p.span is None or not is_town(p):
            continue
        m = _PATH_OPENS.match(text, p.span.end)
        written = _ENDS_SETTLED.sub("", p.span.text)
        if m is None or not (m.group("unit") or written != p.span.text) or _same_name(written, p.name):
            continue  # a town found by a spelling of its own name is no unknown village: "Gariyaband town (...)"
        first = _UNIT_WORDS.sub(" ", m.group("path").split(",")[0]).strip()
        if not _same_name(first, p.name):
            continue  # placed elsewhere than at the path's first unit ("Yaputih village (Tehoru district, ...)")
        inside = sorted((q for q in out if q is not p and q.span is not None
                         and m.start("path") <= q.span.start < m.end("path")), key=_start)
        if inside and inside[0].country == p.country and inside[0].admin1 == p.admin1:
            out = [q for q in out if not any(q is r for r in inside)]
    return out


def _listed(text: str, place: Place, chosen: list[Place]) -> bool:
    """A province stays beside towns only when it is listed with them."""
    return any(len(g) > 1 and place in g for g in _groups(text, chosen))

"""Where a story is when a sentence of it names no place: the place the story set last, across paragraphs.

A reader places "Fighting continued around the airport" where the story last was, not where the reporter filed
from. A wire filed from KABUL whose lead says the Taliban captured Kunduz, whose next paragraphs tell of the
fighting around the airport and the buildings taken, is about Kunduz all along; the dateline names the desk. The
event assembler already carries a place within its paragraph (`last_places`); this carries the last town or
division the story named into the paragraphs after it, until another is named.

The dateline stays right where the story is about the town it was filed from: when the headline or the text
before the sentence names the dateline town itself ("ZIGUINCHOR - ... Ziguinchor counts its dead"), an unplaced
sentence falls back to the dateline town as before (`fallback.fallback_place`), even if another place came
up in between ("the conviction of its mayor by a Dakar court"). A report with no dateline (ACLED's notes, most
protest and wire corpora as stored) carries the story's place; a note is one paragraph, which `last_places` already
covers. Only towns and divisions carry: a country named alone ("Afghan forces", "the Iranian people") says less
than the dateline town, and a country other than the story's ("In neighbouring Pakistan, ...") ends the story's
place, so what follows falls back as before.

A place named only as where the wounded or the dead were taken ("three officers were flown to a hospital in
Popayan", "the bodies were taken to the morgue in Herat") is where what followed happened, not where the story is:
it does not become the story's place, so the attackers who "also set fire to two vehicles" in the next paragraph stay
where the attack was. The words are merge's `aftermath` (data/merge/rules.toml), which reads such a place the same way.
Nor does a place named only as where something was said ("In Abuja, a defence ministry spokesman said more troops had
been sent"): the capital's officials speak about the village raid, and the looting told in the next paragraph happened
at the village (`locate.said_at_spans`).

A carried place must not split an occurrence the story already told: arrests and arms seized are part of the
protest, riot or battle they were made in (`occurrence.HOSTS`), so an unplaced "Police arrested 25 people" after a
paragraph on funerals in another town joins the protest told before it, not the funerals' town, when that town has no
host of its own on the day (`StoryPlace.host`). The fallback the carry replaced put such a sentence at the dateline
town, where it folded into a protest told there; without this the carry made it an event of its own.

The dateline town is the desk, and a read dateline (a wire's "TEHRAN, May 12, 2025 (wire) -") must not pull a
story's details to it (issues 10 and 12). Two places where it did: a name the gazetteer cannot place ("the village
of Irina"), which the geocoder reads as the report's main place, whose ties the dateline's town wins, goes to the
place the story's lead event took (`off_the_desk`); and an event no place reaches goes to the lead's place before the
dateline town, which stays the fallback of the story that places no event elsewhere in its country
(`StoryPlace.fallback`). A dateline town named only as a landmark ("north of Cairo", "flown to Lomé for treatment")
still makes the story about it (`home_named_at`): dates39's `_landmark`, which did not, added an event to the first
trial set's report half and changed no tuning text's score (dates41).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import tomllib
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources

from eventwatch.events.asides import SPOKEN_IN, speaker_before
from eventwatch.events.capitals import desk_at, in_reading_order
from eventwatch.events.occurrence import HOSTS  # what arrests and seizures are part of
from eventwatch.records import DateRef, Document, Event, Place, Span

_BEFORE_PLACE = re.compile(r"([a-z]+)\s+(?:in|at|near)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$")


@lru_cache(maxsize=1)
def _aftermath() -> frozenset[str]:
    """Words before a locative that make it the place of what followed the event ("hospital in", "morgue in")."""
    text = resources.files("eventwatch.data").joinpath("merge").joinpath("rules.toml").read_text(encoding="utf-8")
    return frozenset(str(w) for w in tomllib.loads(text)["words"]["aftermath"])


def _after_aftermath(text: str, place: Place) -> bool:
    """Whether `place` is written right after "hospital in" and the like: where the wounded were taken."""
    if place.span is None:
        return False
    found = _BEFORE_PLACE.search(text[max(0, place.span.start - 60):place.span.start].casefold())
    return found is not None and found.group(1) in _aftermath()


def _is_country(place: Place) -> bool:
    return place.feature_code.startswith("PCL")


def _written_out(place: Place) -> bool:
    """A country written by its name ("in Pakistan"), not a people or adjective ("the Israeli army": an actor)."""
    return place.span is None or place.span.text.lower() == place.name.lower()


class StoryPlace:
    """The towns and divisions the story named last, and from where on its dateline town is named in it."""

    def __init__(self, doc: Document, home: Place | None, dateline: tuple[int, int] | None) -> None:
        self.places: list[Place] = []
        self.text = doc.text
        self.home_named_at = math.inf  # the offset from which the story is known to be about its dateline town
        if home is None or not doc.dateline.place:
            return
        names = {doc.dateline.place.split(",")[0].strip(), home.name}
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names) if n) + r")\b", re.IGNORECASE)
        if doc.title and pattern.search(doc.title):
            self.home_named_at = 0
            return
        for match in pattern.finditer(doc.text):
            if SPOKEN_IN.search(doc.text, max(0, match.start() - 60), match.start()) or speaker_before(
                    doc.text, match.start()):  # or "a statement issued at its headquarters in Abuja": an aside
                continue  # "a resident told reporters in Gusau": where someone spoke, not what the story is about
            if dateline is None or not dateline[0] <= match.start() < dateline[1]:
                self.home_named_at = match.start()
                return

    def set(self, located: list[Place], said: Sequence[Span] = (), dates: Sequence[DateRef] = (),
            lead: dt.date | None = None) -> None:
        """A sentence located `located`: its towns and divisions become the story's place; a country alone keeps
        the story's place when it is that place's country or only names a people ("the Israeli army said"), and
        ends it when it is another written by its name. A town named only as where the wounded were taken
        ("flown to a hospital in Popayan") or where something was said (`said`: "In Abuja, a spokesman said", and
        the sentence's asides: "a statement issued at its headquarters in Georgetown")
        leaves the story's place as it was, and so does a sentence of background: one whose every date of its
        own (`dates`) begins more than a day before the story's lead day (`lead`: "Last week the RSF seized the
        town of Mellit", "the army retook Bulo Burte last year"), as a report tells its day's and the day before's
        events (`occurrence._days_agree`); the story comes back from it to where it was."""
        if lead is not None and dates and all(d.first < lead - dt.timedelta(days=1) for d in dates):
            return
        below = [p for p in located if not _is_country(p) and not _after_aftermath(self.text, p)
                 and not _within(p, said)]
        if below:
            self.places = below
        elif any(_written_out(p) and p.country not in {q.country for q in self.places} for p in located):
            self.places = []

    def at(self, offset: int) -> list[Place]:
        """The places an unplaced sentence starting at `offset` inherits: none once the story has named its
        dateline town (the fallback's dateline town is then where the story is)."""
        return list(self.places) if offset < self.home_named_at else []

    def fallback(self, fallback: Place | None, home: Place | None, offset: int,
                 placed: list[tuple[Event, Place]]) -> Place | None:
        """Where an event goes that neither its sentence nor the story's carried place places (`fallback`, the
        dateline town for a report on its country): the place the story's lead event took, when that is another
        place of the dateline town's country and the story has not named its dateline town (`home_named_at`). The
        dateline names the desk; the dateline town stays only for the story that places no event elsewhere."""
        if home is None or fallback is None or not _same(fallback, home) or offset >= self.home_named_at:
            return fallback
        return _lead_elsewhere(home, placed) or fallback

    @staticmethod
    def host(carried: list[Place], sub_type: str, when: DateRef | None, placed: list[tuple[Event, Place]]
             ) -> list[Place]:
        """Where an unplaced part of a larger event (arrests, arms seized: `HOSTS`) goes when the story's place is
        `carried`: at the story's lead event (the first the report placed, `placed` holding its events so far with
        the places they were built at) when that is a host of it (a protest, a riot, a battle) on a day near its
        own and the carried place holds no such host, else at the carried place. "Police fired tear gas at
        protesters in Kisumu ... Hundreds of mourners gathered in Homa Bay for the funerals ... Police arrested 25
        people" are arrests at the Kisumu protest. Only the lead: a story's later hosts are side events as often
        as not ("a man was shot dead by settlers in a nearby village ... the army said it had arrested eight
        Israelis over the rampage", the rampage being the lead)."""
        kinds = HOSTS.get(sub_type)
        if not carried or kinds is None or not placed:
            return carried
        hosts = [(e, p) for e, p in placed if e.event_type in kinds and _near(e, when)]
        lead, at = placed[0]
        if (lead, at) not in hosts or any(_same(p, c) for _, p in hosts for c in carried):
            return carried
        return [at]


def off_the_desk(where: list[Place], home: Place | None, placed: list[tuple[Event, Place]], text: str = ""
                 ) -> list[Place]:
    """`where` with a name the gazetteer could not place, read as the dateline town, read at the story's lead
    instead. The geocoder puts an unknown name ("the village of Irina", a day misread as a place) at the report's
    main place, and a read dateline makes its town the report's locale, which wins the main place's ties: "LOMÉ,
    April 29, 2025 (wire) - ... attacked an army post at Mandouri ... flown to Lomé for treatment" put "air support
    drove them back" at Lomé. The dateline names where the reporter filed from; the place the story's lead event
    took (the first event placed, `placed`) is where its details happened, when it is another town or division of
    the dateline's country. A lead with no event placed yet, placed at the dateline town itself (the short local
    brief: "NIAMEY - ... an attack on Kokorou", the village unknown), at a country only or abroad (a report filed
    from ASTANA on fighting between Armenia and Azerbaijan) keeps the geocoder's reading, and so does a name the
    `text` calls a part of a town ("the Solino neighbourhood", "the suburb of Koloma": `_TOWN_PART`), which is the
    desk's own town when the geocoder reads it there ("PORT-AU-PRINCE ... (wire) - Gangs attacked Mirebalais ...
    Police clashed with gang members in the Solino neighbourhood": a clash in Port-au-Prince)."""
    if home is None or (lead := _lead_elsewhere(home, placed)) is None:
        return where
    return [dataclasses.replace(lead, span=p.span, geo_precision=max(2, lead.geo_precision))
            if _stands_in(p, home) and not _town_part(text, p) else p for p in where]


# a part of a town, named before or after its name: "the Solino neighbourhood", "the suburb of Koloma", "Kibera slum"
_TOWN_PART = (re.compile(r"^\W{0,2}\s*(?:neighbou?rhoods?|suburbs?|slums?|quarters?|townships?|estates?)\b",
                         re.IGNORECASE),
              re.compile(r"\b(?:neighbou?rhoods?|suburbs?|slums?|quarters?|townships?)\s+of\s+$", re.IGNORECASE))
# a named square, street or ground of a town, its kind written last or first: "Tahrir Square", "Uhuru Park",
# "Kamukunji grounds", "Plaza Murillo", "Avenida Bolívar": a landmark of the town the geocoder read it as
_LANDMARK_LAST = re.compile(r"\b(?:square|street|st|avenue|ave|road|boulevard|park|grounds?|stadium|roundabout|"
                            r"plaza|circle|bridge|market|campus|university)\.?$", re.IGNORECASE)
_LANDMARK_FIRST = re.compile(r"^(?:plaza|plaza\s+de|avenida|calle|rue|boulevard|place\s+de)\b", re.IGNORECASE)


def _town_part(text: str, place: Place) -> bool:
    """Whether `text` names the place at its span as a part of a town (`_TOWN_PART`) or a landmark of one: a square,
    street or ground named with its kind ("protesters gathered at Tahrir Square", "at the Kamukunji grounds":
    `_LANDMARK_LAST`, `_LANDMARK_FIRST`), which the geocoder reads as the desk's town because a wire filed from a
    town names that town's landmarks without it ("CAIRO, March 17, 2025 (wire) - ... a village in Minya ...
    dozens of activists gathered at Tahrir Square": a protest in Cairo, not Minya)."""
    if not text or place.span is None:
        return False
    after, before = text[place.span.end:place.span.end + 20], text[max(0, place.span.start - 30):place.span.start]
    words = f"{place.span.text} {after.split('.')[0].split(',')[0].strip().split(' ')[0]}".strip()
    return bool(_TOWN_PART[0].match(after) or _TOWN_PART[1].search(before)
                or _LANDMARK_LAST.search(place.span.text) or _LANDMARK_LAST.search(words)
                or _LANDMARK_FIRST.match(place.span.text))


# a landmark named with its kind and no town, after a preposition of place: "at Makerere University", "at the
# Kamukunji grounds", "in front of the National Press Club", "in Plaza San Martín" (names capitalised, kinds either)
_DESK_LANDMARK = re.compile(
    r"\b(?:at|in|outside|near|on|around|from|to|into|in\s+front\s+of)\s+(?:the\s+)?("
    r"(?:[A-Z][\w'’.-]*\s+){1,4}(?i:square|street|avenue|boulevard|park|grounds|stadium|roundabout|university|"
    r"campus|market|press\s+club)\b"
    r"|(?:Plaza|Avenida|Calle|Rue)\s+(?:de\s+|del\s+|la\s+)?[A-Z][\w'’-]*)")


def desk_landmark(text: str, start: int, end: int, places: list[Place], home: Place | None) -> list[Place]:
    """`places` of the sentence at `start`..`end` with the dateline town added at a landmark it names with its kind
    and no town ("Students at Makerere University protested", "Thousands rallied at the Kamukunji grounds"), when
    the sentence places nothing below a country: a wire filed from a town names that town's squares, grounds and
    campuses without it, and the geocoder, which knows no such name, placed nothing, so the sentence took the
    story's lead town (a clash in Marsabit, a raid in Moroto) and became a second telling there. Unread, the
    dateline had put the story at the desk, which matched by accident (dates42: "KAMPALA, Feb 24, 2025 (wire) -
    Soldiers killed four suspected cattle raiders in Moroto ... Students at Makerere University protested on Monday":
    a protest in Kampala). Not a national park (no town's), and nothing without a read dateline; the caller asks it
    only of a report on the dateline town's own country (its fallback the dateline town)."""
    if home is None or any(not _is_country(p) for p in places):
        return places
    for m in _DESK_LANDMARK.finditer(text, start, end):
        if re.search(r"\bnational\s+park$", m.group(1), re.IGNORECASE) or _named_elsewhere(text, m):
            continue
        return in_reading_order([*places, desk_at(home, m)])
    return places


def _named_elsewhere(text: str, landmark: re.Match[str]) -> bool:
    """Whether the landmark's first name is written elsewhere in `text` ("the village of Mamove ... looted Mamove
    market"): then it is that place's, not the desk's."""
    name = landmark.group(1).split()[0]
    if name.casefold() in {"plaza", "avenida", "calle", "rue", "national", "central", "main"}:
        return False
    return any(not landmark.start(1) <= m.start() < landmark.end(1)
               for m in re.finditer(rf"\b{re.escape(name)}\b", text))


# where the wounded were carried to, right before the town: "were flown to Lomé", "flown by helicopter to Georgetown",
# "were evacuated to the capital Niamey"
_CARRIED_TO = re.compile(r"\b(?:flown|airlifted|evacuated|taken|rushed|transferred|brought)\b[^.;:]{0,30}?\bto\s+"
                         r"(?:the\s+capital,?\s+)?$", re.IGNORECASE)
# the town followed by a clause told there: "flown to Niamey, where hundreds of relatives protested"
_WHERE_AFTER = re.compile(r"\s*,?\s*where\b(?!\s+(?:they|he|she|the\s+\w+)\s+(?:was|were|are|is|had\s+been)\s+"
                          r"(?:being\s+)?(?:treated|admitted|hospitali[sz]ed|operated|taken|said|reported|listed|in))",
                          re.IGNORECASE)
_HURT = re.compile(r"\b(?:wounded|injured|hurt|casualties|victims|survivors)\b", re.IGNORECASE)


def carried_to_desk(text: str, place: Place, home: Place | None) -> bool:
    """Whether `place` is the dateline town named only as where the wounded were carried ("The wounded soldiers were
    flown to Lomé for treatment", "The two wounded soldiers were flown by helicopter to Georgetown, where they were
    treated"): the desk's town is no place of the event told there (`asides`), as a hospital's town is not. Unread,
    the dateline put a copy of the lead at its town, into which this sentence folded; read, the sentence made an
    event of its own there, a day away from the lead's. Not when a clause told at the town follows it ("Nine wounded
    soldiers were flown to Niamey, where hundreds of relatives protested outside the military hospital":
    `_WHERE_AFTER`), whose event is the town's (dates42, the credit's way (b) of losing a found event; "where they
    were treated" stays an aside)."""
    if home is None or place.span is None or not _same(place, home) or _WHERE_AFTER.match(text, place.span.end):
        return False
    start = text.rfind(".", 0, place.span.start) + 1
    before = text[max(start, place.span.start - 60):place.span.start]
    return _CARRIED_TO.search(before) is not None and _HURT.search(text, start, place.span.start) is not None


# a place's bearing from another, written after it and a comma: "at Dumbéa, north of Nouméa", "in Kisii, about 50 km
# south-east of Kisumu", "Zaibo, west of Daloa"
_BEARING_BEFORE = re.compile(r"\w[\w'’)\-]*,\s+(?:some\s+|about\s+|around\s+)?(?:\d[\d,.]*\s*(?:km|kilometres?|"
                             r"kilometers?|miles?)\s+)?(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)\s+of\s+$",
                             re.IGNORECASE)
# the same bearing measured from a town after the kind of place the scene is ("in Tarsoko, a village in Moro district
# about 30 km east of Sadiya"): the village is the scene and the town its reader's landmark, desk's town or not
_VILLAGE_BEARING = re.compile(r"\w[\w'’)\-]*,\s+an?\s+(?:small\s+|remote\s+)?(?:village|hamlet|locality|"
                              r"settlement)\b[^,;.()]{0,60}?\s+(?:some\s+|about\s+|around\s+)?(?:\d[\d,.]*\s*"
                              r"(?:km|kilometres?|kilometers?|miles?)\s+)?(?:(?:north|south)(?:[\s-]?(?:east|west))?|"
                              r"east|west)\s+of\s+$", re.IGNORECASE)


def bearing_to_desk(text: str, place: Place, home: Place | None) -> bool:
    """Whether `place` is the dateline town named only as the bearing of the place before it ("broke into a
    warehouse in the Panda industrial area at Dumbéa, north of Nouméa", a wire filed from NOUMÉA): the desk's town
    locates the event's town for a reader abroad and is no place of the event (`asides`). Unread, the dateline left
    the copy at Nouméa undated, and it folded into the lead's event there; read, the copy had Wednesday and the
    lead Tuesday, and Nouméa had a riot of its own. Only the desk's town: a bearing from another town the story
    names is the geocoder's and the story's to read."""
    if home is None or place.span is None or not _same(place, home):
        return False
    return _BEARING_BEFORE.search(text, max(0, place.span.start - 80), place.span.start) is not None


def bearing_of_a_village(text: str, place: Place) -> bool:
    """Whether `place` is named only as the bearing of a village written before it as one ("attacked Tarsoko, a
    village in Moro district about 30 km east of Sadiya"): the town is the reader's landmark and no place of the
    event, which is at the village (or where the geocoder puts it), though the town is not the desk's
    (`bearing_to_desk`)."""
    if place.span is None:
        return False
    return _VILLAGE_BEARING.search(text, max(0, place.span.start - 140), place.span.start) is not None


def _lead_elsewhere(home: Place, placed: list[tuple[Event, Place]]) -> Place | None:
    """The place the story's lead event took (the first event placed), when it is another town or division of the
    dateline town's country: where a wire's details happened, which `StoryPlace.fallback` and `off_the_desk` read
    instead of the desk's town. None for no event placed yet, the dateline town itself, a country or abroad."""
    lead = placed[0][1] if placed else None
    if lead is None or _same(lead, home) or _is_country(lead) or lead.country != home.country:
        return None
    return lead


def _stands_in(place: Place, home: Place) -> bool:
    """Whether `place` is the dateline town only as the geocoder's fallback for a name it could not place: the
    town near its name's words (precision 2), its words not naming it ("Irina", not "Lomé" nor "Lomé-based")."""
    if place.span is None or place.geo_precision != 2 or not _same(place, home):
        return False
    return home.name.casefold() not in place.span.text.casefold()


def retold(key: tuple[object, ...], events: Mapping[tuple[object, ...], object]) -> bool:
    """Whether an event placed by the story's carried place, keyed (day, place, sub-type, actor), retells one the
    story has already told there that day: same day, place and sub-type, its actor unnamed ("The aircraft dropped
    two bombs on the village" after "A Myanmar military jet bombed a village in Ye-U township"). The sentence says
    no more than the one before it; the assembler's key alone would keep both for their actors. Before the carry,
    such a sentence went to the fallback (a country for a story filed from abroad) and folded into the town's event
    there (`occurrence`'s headline rule); a named actor of its own keeps it apart (two armed groups, two events)."""
    day, location, sub_type, actor = key
    if actor is not None and not str(actor).startswith("Unidentified"):
        return False
    return any(k[:3] == (day, location, sub_type) and k != key for k in events)


def treated_retold(event: Event, day: DateRef | None, events: Mapping[tuple[object, ...], Event]) -> bool:
    """Whether an event whose sentence names its places only as where its wounded were taken or treated
    (`asides.treated_at`, `carried_to_desk`), and so was placed where the story is, retells an event of its sub-type
    the story has told at that place within a day of it: "The two wounded soldiers were flown by helicopter to
    Georgetown, where they were treated ... and were said to be in a stable condition on Thursday" after "GEORGETOWN,
    Nov. 20, 2025 (wire) - Armed men ... attacked a ... patrol boat near Eteringbang on Wednesday afternoon, wounding
    two soldiers" is Wednesday's attack told through its wounded, not a clash of Thursday. Unread, the dateline left
    both undated, and they folded; read, Thursday (the day of their condition) kept the second apart. A telling that
    counts more dead than the told event ("Two of the injured died at the regional hospital in Daloa on Monday
    night, bringing the toll to six") keeps its event, and its toll."""
    return any(e.sub_event_type == event.sub_event_type and e.location == event.location and e is not event
               and _near(e, day) and (event.fatalities or 0) <= (e.fatalities or 0) for e in events.values())


def _within(place: Place, spans: Sequence[Span]) -> bool:
    return place.span is not None and any(s.start <= place.span.start < s.end for s in spans)


def _same(a: Place, b: Place) -> bool:
    return (a.geonameid, a.name, a.country) == (b.geonameid, b.name, b.country)


def _near(event: Event, when: DateRef | None) -> bool:
    """Whether an event's day lies within a day of `when` (an undated telling is dated by the report: its day)."""
    if when is None or event.event_date is None:
        return True
    day = dt.date.fromisoformat(event.event_date)
    return when.first - dt.timedelta(days=1) <= day <= when.last + dt.timedelta(days=1)

"""A per-report event as the merge sees it: what it says (type, days, place, actors, toll, distinctive words) and
who said it (document, outlet, the story it copies), read from one row of the store.

A row is a `report_events` row with the columns of its document that the merge needs (`doc_published`,
`doc_source`, `doc_url`, `doc_reported_by`, `doc_duplicate_of`, `doc_origin`, and the outlet's `outlet_id`,
`outlet` and `doc_source_scale` once the store has them), and `date_span` (whether a time expression of the
report dates the event), `place_span` (whether a word of the report names its place) and `sentence`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from eventwatch.events.taxonomy import placeholder_actors
from eventwatch.geo.normalize import key
from eventwatch.merge.named import aside
from eventwatch.merge.report_days import as_date, days
from eventwatch.merge.report_texts import TOLL, Reading
from eventwatch.merge.rules import Rules
from eventwatch.merge.words import title_case, without_dateline
from eventwatch.merge.written import written_abroad

__all__ = ["TOLL", "Report", "generic", "host", "outlet_of", "placeholder_actors", "to_report", "wire"]

# patterns read for every report (compiled once: `re`'s own cache costs a look-up per call)
_NON_WORDS = re.compile(r"\W+")
_BRACKETED_END = re.compile(r"\s*\([^)]*\)\s*$")  # "Teachers (Kenya)": the country after an actor's name


@dataclass(frozen=True, slots=True, eq=False)
class Report:
    """One per-report event and its report. `first`/`last` are the days the event may lie on (None: undated)."""

    id: str
    doc_id: str
    kind: tuple[str, str]  # (event type, sub-event type)
    first: dt.date | None
    last: dt.date | None
    exact_day: bool  # the report names the day itself (precision 1, from a time expression or caption)
    # a toll revision naming its event by its weekday (`revised_day`), dated by it, or naming no day (dated by the
    # week up to the day it was revised, not exact)
    revision: bool
    told: bool  # its day is the day its source told it ("police said on Monday"): the event's or one before it
    story_day: bool  # its day is its story's (the lead's, `events.when.lead_date`), not one its sentence names
    country: str | None
    # the country (ISO3) its document writes itself in, when the gazetteer read its place in another one the document
    # never names (a namesake abroad): the report is then compared as one of no place, with that country's reports
    written: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    geonameid: int | None
    latitude: float | None
    longitude: float | None
    precision: int | None  # ACLED geo_precision: 1 town, 2 part of or near, 3 province
    district: bool  # placed by a district's name (its admin2), not by its province's or a town's
    place_named: bool  # a word of the report names the place (not a dateline or country standing in)
    spans: int  # how many of its fields (trigger, actors, place, day) a span of its text evidences
    groups: frozenset[str]  # named armed groups among the actors
    participants: frozenset[str]  # the groups taking part as associated actors ("teachers", "health workers")
    # another event of the report's sentence has its type and day at another place, written before its own: the
    # first place of a sentence is where its verb happened ("marched in Lilongwe ... the Mzuzu auction floors",
    # "attacked Kas, 90 km north of Nyala"), a later one most often what it refers to
    twin: bool
    # its place is written only as where who tells it is or what followed happened ("died in hospital in
    # Peshawar"): the report says nothing of where the event was, and is compared as one with no place
    aside: bool
    published: dt.date | None
    outlet: str | None  # key of the outlet's identity (registry id, name, or web host)
    outlet_name: str | None
    story: str  # the document this one copies (its near-duplicate original), else itself
    agency: str | None  # the wire agency it credits, for syndication
    row: Mapping[str, Any]
    # what the word fields below are read from, and read once the merge first asks for one (`report_texts.py`)
    reading: Reading

    @property
    def late(self) -> bool:
        """Its sentence tells of the night after its day ("late on Friday", "last night")."""
        return self.reading.texts().late

    @property
    def early(self) -> bool:
        """Its sentence tells of the small hours of its day ("in the early hours of Saturday")."""
        return self.reading.texts().early

    @property
    def run(self) -> bool:
        """Its sentence tells its event as one day of a run of days, on the day it names ("blocked the highway for
        the third consecutive day on Wednesday"): each day of the run is its own event."""
        return self.reading.texts().run

    @property
    def reference(self) -> bool:
        """Its place is written only as the point a distance is measured from ("attacked Um Kadada, 180 km east of
        El Fasher"): not where anything happened, so it joins no other report."""
        return self.reading.texts().reference

    @property
    def near(self) -> bool:
        """Its place is written only after "near" ("at a police station near Peshawar"): the event is beside the
        town, not in it (nor in a part of it)."""
        return self.reading.texts().near

    @property
    def targets(self) -> frozenset[str]:
        """Kinds of what its event struck, named by a common noun ("an army base", "a convoy": `targets.py`)."""
        return self.reading.texts().targets

    @property
    def cause(self) -> frozenset[str]:
        """Words of the clause giving its cause ("over planned job cuts"), singular."""
        return self.reading.texts().cause

    @property
    def stance(self) -> tuple[frozenset[str], frozenset[str]]:
        """Cause words it supports ("in favour of"), and opposes ("against")."""
        return self.reading.texts().stance

    @property
    def workforce(self) -> frozenset[str]:
        """Whom its marchers work for ("municipality workers": `marchers.workforce`)."""
        return self.reading.texts().workforce

    @property
    def caps(self) -> frozenset[str]:
        """Names written in capitals ("DPR", "KCTU"): organisations, acting in many events."""
        return self.reading.texts().caps

    @property
    def words(self) -> frozenset[str]:
        """Its distinctive words: the names and numbers of its texts less its own place's and its armed groups'
        (`words.pick_salient`), and the toll it gives ("3 dead")."""
        return self.reading.texts().words

    @property
    def names(self) -> frozenset[str]:
        """Every capitalised word of the sentence (place names too), to find the other's place."""
        return self.reading.texts().names

    @property
    def orgs(self) -> frozenset[str]:
        """The words of the organisations' names it writes ("Luhansk People's Militia")."""
        return self.reading.texts().orgs

    @property
    def doc_names(self) -> frozenset[str]:
        """A report placed coarser than a town: the capitalised words of its whole document."""
        return self.reading.texts().doc_names

    @property
    def parts(self) -> frozenset[str]:
        """Parts of the town the report names (a neighbourhood, a road, a market, a camp)."""
        return self.reading.texts().parts

    @property
    def divisions(self) -> frozenset[str]:
        """Words of the divisions it writes in a bracket after its place ("Tsaure village (Doguwa, Kano)")."""
        return self.reading.texts().divisions

    @property
    def spots(self) -> frozenset[str]:
        """Names it places its event at, finer than where it was placed ("shelled Kamianka")."""
        return self.reading.texts().spots

    @property
    def seen(self) -> frozenset[str]:
        """Names it places its event at that are its place as it wrote it ("in Muqdisho")."""
        return self.reading.texts().seen

    @property
    def initials(self) -> frozenset[str]:
        """Acronyms of the names it writes out ("Rapid Support Forces" -> rsf)."""
        return self.reading.texts().initials

    @property
    def town(self) -> bool:
        """Placed at a town or a part of one by a word of the report itself. A place with no province is its
        country, whatever precision extraction gave it ("in the Kenyan capital's Eastleigh district" placed at
        Kenya's point at precision 2): no town, to be found some hundred kilometres from the capital's reports."""
        return self.place_named and self.precision is not None and self.precision < 3 and self.admin1 is not None

    @property
    def partisan(self) -> bool:
        """Its outlet speaks for a side in the conflicts of the event's country (`partisan_only`, `sources.partisan`;
        an unknown flag: no side): what `coding` and `sides` rank after the reports of outlets of no side."""
        return bool(self.row.get("partisan_only"))

    @property
    def date_tier(self) -> tuple[int, bool, bool]:
        """How precisely it dates its event, best first: its time precision, whether a time expression gave the day
        (not the report's own date), and whether that day is the event's own (not the day it was told or its toll
        revised on)."""
        return (self.row.get("time_precision") or 3, not self.row.get("date_span"),
                self.told or (self.revision and not self.exact_day))

    @property
    def sort_key(self) -> tuple[str, bool, str, str]:
        """Earliest report first (by publication, an original before its copy, then document and event id): the
        founder of a merged event gives it its id and its evidence."""
        return (self.published.isoformat() if self.published else "9999-12-31", self.story != self.doc_id,
                self.doc_id, self.id)


def host(url: object) -> str | None:
    """The web host of a URL without `www.`, as the identity of an outlet nobody named."""
    if not isinstance(url, str) or "//" not in url:
        return None
    name = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return name or None


def _key(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    key = _NON_WORDS.sub(" ", value.casefold()).strip()
    return key or None


def outlet_of(row: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """(identity key, display name) of a report's outlet: the registry's outlet when the store knows it, else the
    source named in the record or the page, else the web host. None when nothing names it: the report is then an
    outlet of its own."""
    name = row.get("source") or row.get("outlet") or row.get("doc_source")
    web = host(row.get("doc_url"))
    if row.get("outlet_id"):
        return f"id:{row['outlet_id']}", str(name or row["outlet_id"])
    if name:
        return f"name:{_key(name)}", str(name)
    if web:
        return f"host:{web}", web
    return None, None


def wire(reported_by: object, rules: Rules) -> str | None:
    """The wire agency a report credits ("(AFP)", "Reuters"), case-folded; None for a byline or nothing."""
    if not isinstance(reported_by, str):
        return None
    name = reported_by.strip(" ()").casefold()
    return name if name in rules.wires else None


def generic(name: str, rules: Rules) -> bool:
    """An actor the report does not name: a placeholder of the codebook, or a name the rules call generic."""
    return name.startswith(rules.generic_actors) or name.startswith(placeholder_actors())


def armed_groups(row: Mapping[str, Any], rules: Rules) -> frozenset[str]:
    """Named rebel and militia groups among the actors (ACLED inter 2-4, not a generic name)."""
    out = set()
    for name, inter in ((row.get("actor1"), row.get("inter1")), (row.get("actor2"), row.get("inter2"))):
        if isinstance(name, str) and inter in rules.group_inter and not generic(name, rules):
            out.add(name)
    return frozenset(out)


def participants(row: Mapping[str, Any]) -> frozenset[str]:
    """The associated actors of an event without their country ("Teachers (Kenya)" -> teachers): who marched or
    struck, which tells one demonstration of a town and day from another."""
    out = set()
    for column in ("assoc_actor_1", "assoc_actor_2"):
        for name in str(row.get(column) or "").split(";"):
            name = key(_BRACKETED_END.sub("", name.strip()))
            if name:
                out.add(name)
    return frozenset(out)


def _names_district(row: Mapping[str, Any], threshold: int) -> bool:
    """Whether a report placed at province precision named a district ("in Ludhiana district"): the words it
    wrote are its admin2's, spelt a little differently or not ("Dholpur", "Dhaulpur"), not its admin1's (a
    division is placed at its seat, whose district is given either way)."""
    written, admin1, admin2 = (key(str(row.get(c) or "")) for c in ("place_text", "admin1", "admin2"))
    if row.get("geo_precision") != 3 or not written or not admin2:
        return False
    # the written name resolved to this district: a looser match than between two reports' words suffices to tell
    # its spellings ("Dholpur" and "Dhaulpur", "Sibsagar" and "Sivasagar") from the province's name
    return (admin2 in written or fuzz.ratio(admin2, written) >= threshold) and not (admin1 and admin1 in written)


# the columns of a report's place as the gazetteer read it
_READING = ("country", "admin1", "admin2", "location", "geonameid", "latitude", "longitude", "geo_precision")


def to_report(row: Mapping[str, Any], rules: Rules) -> Report:
    """The merge's view of a row. The headline of a report is read with the sentence of its lead events (those of
    the first sentence that tells a current event: what the report is about), unless it is in title case. Its word
    fields are read when the merge first asks for one of them (`report_texts.py`)."""
    stored, abroad = row, written_abroad(row)
    if abroad is not None:  # a namesake abroad: the report's place is unknown, in the country it writes
        row = {**row, **dict.fromkeys(_READING, None), "place_span": False}
    first, last, exact, how = days(row, rules)
    outlet, outlet_name = outlet_of(row)
    sentence = without_dateline(row.get("sentence") or "")
    title = row.get("doc_title")
    texts = [sentence]
    if row.get("lead") and isinstance(title, str) and not title_case(title):
        texts.append(title)
    geonameid = row.get("geonameid")
    precision = row.get("geo_precision")
    is_aside = aside(sentence, row.get("place_text"), rules)
    town = bool(row.get("place_span")) and precision is not None and precision < 3
    # the document's text is read for `doc_names` only: a report kept in the merge's cache need not hold it
    # (as stored: a report told once keeps the place extraction gave it)
    kept = {c: v for c, v in stored.items() if c != "doc_text"}
    read = kept if abroad is None else {c: v for c, v in row.items() if c != "doc_text"}
    document = (row.get("doc_title"), row.get("doc_text")) if is_aside or not town else None
    return Report(
        id=str(row["event_id"]), doc_id=str(row["doc_id"]),
        kind=(str(row["event_type"]), str(row["sub_event_type"])),
        first=first, last=last, exact_day=exact,
        revision=how == "revised", told=how == "told", story_day=how == "story",
        country=row.get("country") or None, written=abroad,
        admin1=row.get("admin1") or None, admin2=row.get("admin2") or None,
        location=row.get("location") or None, geonameid=int(geonameid) if geonameid is not None else None,
        latitude=row.get("latitude"), longitude=row.get("longitude"), precision=precision,
        district=_names_district(row, 75),
        place_named=bool(row.get("place_span")),
        spans=int(row.get("field_spans") or 0),
        groups=armed_groups(row, rules), participants=participants(row),
        twin=bool(row.get("twins")) and not row.get("twin_first"),
        aside=is_aside,
        published=as_date(row.get("doc_published")) or as_date(row.get("doc_dateline_date")),
        outlet=outlet, outlet_name=outlet_name,
        story=str(row.get("doc_duplicate_of") or row["doc_id"]),
        agency=wire(row.get("doc_reported_by"), rules),
        row=kept,
        reading=Reading(read, rules, texts, town, exact, document),
    )

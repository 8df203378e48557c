"""Typed records that flow through the pipeline.

Every field that came from the text carries the `Span` it came from, so that a user can check any cell of
the event table against the words that support it. Records are frozen: a stage returns a new record
(`dataclasses.replace`) instead of mutating, which keeps stages independent and runs reproducible.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Literal

Granularity = Literal["day", "range", "week", "month", "season", "year", "decade", "century"]

# ACLED time_precision: 1 = the day is known, 2 = a week or a range of days, 3 = a month or longer.
_TIME_PRECISION: dict[str, int] = {
    "day": 1,
    "range": 2,
    "week": 2,
    "month": 3,
    "season": 3,
    "year": 3,
    "decade": 3,
    "century": 3,
}


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into the cleaned text of a document (end exclusive)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Drop:
    """Why a document (or one stage of it) was rejected; stored and reported, never silently lost."""

    stage: str
    reason: str


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption kept out of the body; its date is evidence for the events it illustrates.

    `at` says where the caption stood: the offset in the cleaned text of the paragraph that followed it (the
    text's length when it came last; None when unknown). The caption is not part of the text, so this is a
    position between paragraphs, not a span: it lets the extractor date the paragraphs beside the caption.
    """

    text: str
    date: str | None = None
    at: int | None = None


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class DateRef:
    """A normalised time expression.

    `value` is ISO-8601 (`2021-01-05`, `2021-W01`, `2019-11`, `2019`, or `2021-01-02/2021-01-04` for a
    range); `first`/`last` are the days it covers, so that callers never re-parse `value`.
    """

    value: str
    granularity: Granularity
    first: dt.date
    last: dt.date
    span: Span | None = None

    @property
    def time_precision(self) -> int:
        return _TIME_PRECISION[self.granularity]


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place. `geo_precision` follows ACLED: 1 town, 2 near/part of, 3 province or larger."""

    name: str
    latitude: float
    longitude: float
    country: str  # ISO 3166-1 alpha-2
    geonameid: int | None = None
    feature_code: str = ""
    iso3: str = ""
    country_name: str = ""
    admin1: str | None = None
    admin2: str | None = None
    geo_precision: int = 1
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor named ACLED-style ("Protesters (Iran)") with its ACLED `inter` code (1-8)."""

    name: str
    inter: int
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: Span
    trigger: Span | None = None
    actor1: Span | None = None
    actor2: Span | None = None
    place: Span | None = None
    date: Span | None = None
    claim: Span | None = None  # who asserts the event inside the report ("according to the army", "X said")


@dataclass(frozen=True, slots=True)
class Outlet:
    """Who published a report, from the outlet registry (`eventwatch.sources`).

    `source_scale` is ACLED's (Local, Subnational, National, Regional, International, New media, Other); `kind` is
    wire, international, national, local, state-affiliated, partisan, advocacy, ngo or social-media; `side` says
    whose voice a state-affiliated, partisan or advocacy outlet is (government, opposition movement, armed group,
    party; empty for the others), and `party_to` the countries whose conflicts that side is a party to.
    """

    id: str
    name: str
    country: str  # ISO 3166-1 alpha-2 of its home country
    source_scale: str
    kind: str
    side: str = ""
    party_to: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LoadedSpan:
    """A stretch of loaded language or name-calling (technique "Loaded_Language" or "Name_Calling,Labeling")."""

    start: int
    end: int
    text: str
    technique: str


# The words an event's `notes` open its caption sentence with when a photo caption dated it (written by the event
# assembly, read by the merge as a day the report names): one string, so that the two never drift apart.
CAPTION_DATE_NOTE = "Date from the photo caption"


@dataclass(frozen=True, slots=True)
class Event:
    """One ACLED-style event: one location, day, actor pair and type."""

    event_id: str
    doc_id: str
    event_type: str
    sub_event_type: str
    evidence: Evidence
    event_date: str | None = None
    time_precision: int | None = None
    # The ISO-8601 value of what dated the event ("2021-01-04", "2019-11", "2009", a range): an event known only
    # by its year (or season, decade) keeps it here with no event_date, instead of a made-up 1 January.
    date_value: str | None = None
    plover_type: str | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: bool = False
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonameid: int | None = None
    fatalities: int = 0
    size: str | None = None
    notes: str = ""
    source: str | None = None
    reported_by: str | None = None
    background: bool = False
    confidence: float = 0.0
    # according to whom (the `sources` stage): the outlet's scale and kind, who asserts the event inside the
    # report, whether only a side of the conflict tells it, and the loaded-language score of its sentence (0-1)
    source_scale: str | None = None
    source_kind: str | None = None
    claimed_by: str | None = None
    partisan_only: bool | None = None
    loaded_language: float | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A news report on its way through the pipeline.

    `id` is the hash of the cleaned text (empty until the clean stage has run), so re-ingesting the same
    report adds nothing. `origin` says where it was read from, for drop reports.
    """

    raw: str
    origin: str = ""
    id: str = ""
    text: str = ""
    url: str | None = None
    title: str | None = None
    published: str | None = None
    dateline: Dateline = field(default_factory=Dateline)
    reported_by: str | None = None
    byline: str | None = None
    source: str | None = None
    language: str | None = None
    captions: tuple[Caption, ...] = ()
    duplicate_of: str | None = None
    dropped: Drop | None = None
    events: tuple[Event, ...] = ()
    outlet: Outlet | None = None
    outlet_via: str | None = None  # what named the outlet: url, site name, credit, title or text
    loaded_language: float | None = None  # the share of the text's sentences with loaded language, weighted (0-1)
    loaded_spans: tuple[LoadedSpan, ...] = ()
    # The input record's own id (a JSON Lines or CSV `id` field), kept for provenance once `id` is the hash of the
    # cleaned text; None for files, which `origin` names.
    record_id: str | None = None

    @property
    def reference_date(self) -> str | None:
        """The date relative expressions are anchored to: metadata first, then the dateline."""
        return self.published or self.dateline.date


def fatalities_phrase(fatalities: int | None) -> str:
    """The toll's sentence of an event's generated note, ACLED's shape (" 3 reported fatalities."), or "" for none:
    one writer for the per-report note (`events.record`), the merged event's (`merge.fields`) and the note a changed
    toll rewrites (`events.protest_dead`)."""
    return f" {fatalities} reported fatalities." if fatalities else ""


def content_id(*parts: object) -> str:
    """A deterministic id from what defines a record (16 hex digits of SHA-256), so the same thing stored twice is
    one row. Used for events, drops and reports; documents use the hash of their cleaned text."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]

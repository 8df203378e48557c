"""What the API asks of the store: the typed filter of an event query, turned into one parameterised SQL clause.

Everything a user types reaches DuckDB as a bound parameter, never as SQL text; what the SQL text does hold
(column names, sort keys) comes from fixed tables here. Parsing is strict: a value that means nothing (a month 13,
a bounding box with its corners swapped) is a `BadParameter` that the API answers with 400 and the reason, instead
of being compared as a string and quietly matching nothing or everything.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from eventwatch.errors import EventwatchError


class BadParameter(EventwatchError):
    """A query parameter that cannot mean anything; the API answers 400 with this message."""

    code = "E030"

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name = name
        self.detail = message


_DAY = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_day(name: str, value: str, *, end: bool) -> dt.date:
    """A date bound from `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a year or month starts on its first day (`since`) or
    ends on its last (`until`), so `until=2024-03` includes the 31st."""
    m = _DAY.match(value.strip())
    if not m:
        raise BadParameter(name, f"expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got {value!r}")
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if month is None:
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        if day is None:
            first = dt.date(year, int(month), 1)
            if not end:
                return first
            nxt = dt.date(year + (first.month == 12), first.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(year, int(month), int(day))
    except ValueError as exc:
        raise BadParameter(name, f"{value!r} is not a real date ({exc})") from exc


@dataclass(frozen=True, slots=True)
class BBox:
    """West, south, east, north in degrees; west > east means the box crosses the antimeridian."""

    west: float
    south: float
    east: float
    north: float


def parse_bbox(value: str) -> BBox:
    """The `bbox` query parameter as west, south, east, north; a malformed one is a 400 that names the
    parameter (`BadParameter`), never a query that silently matches nothing."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 4:
        raise BadParameter("bbox", f"expected west,south,east,north (four numbers), got {value!r}")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError as exc:
        raise BadParameter("bbox", f"expected four numbers, got {value!r}") from exc
    if any(x != x for x in (west, south, east, north)):
        raise BadParameter("bbox", "NaN is not a coordinate")
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise BadParameter("bbox", f"longitudes must lie in [-180, 180], got {west} and {east}")
    if not (-90 <= south <= 90 and -90 <= north <= 90):
        raise BadParameter("bbox", f"latitudes must lie in [-90, 90], got {south} and {north}")
    if south > north:
        raise BadParameter("bbox", f"south ({south}) is north of north ({north})")
    return BBox(west, south, east, north)


class Columns:
    """The `events` columns this store has: a store written before a column existed (and opened read-only, so not
    migrated) reads it as NULL instead of failing."""

    def __init__(self, names: Iterable[str], tables: Iterable[str]) -> None:
        self.names = frozenset(names)
        self.tables = frozenset(tables)

    def __call__(self, name: str) -> str:
        return f"e.{name}" if name in self.names else "NULL"


# Sort keys a user may ask for ("-" in front: descending), and the SQL each one orders by.
SORTS: dict[str, str] = {
    "date": "TRY_CAST(e.event_date AS DATE)", "fatalities": "e.fatalities", "country": "lower(e.country)",
    "admin1": "lower(e.admin1)", "location": "lower(e.location)", "event_type": "e.event_type",
    "sub_event_type": "e.sub_event_type", "n_sources": "{n_sources}", "n_reports": "{n_reports}",
    "confidence": "e.confidence",
}


def order_by(sort: str, cols: Columns) -> str:
    """The ORDER BY of an events page, from a key of `SORTS` only (never the request's text in the SQL); the
    event id last, so that pages do not repeat or skip rows with equal keys."""
    key = sort.lstrip("-")
    if key not in SORTS:
        raise BadParameter("sort", f"unknown sort key {key!r}; choose one of {', '.join(sorted(SORTS))}")
    expr = SORTS[key].format(n_sources=cols("n_sources"), n_reports=cols("n_reports"))
    direction = "DESC" if sort.startswith("-") else "ASC"
    return f"ORDER BY {expr} {direction} NULLS LAST, e.event_id"


@dataclass(frozen=True, slots=True)
class EventFilter:
    """The filters every event route shares (list, map, timeline, downloads), so the map, the timeline and the
    table always show the same set. Empty tuples and None mean "any"."""

    country: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    event_type: tuple[str, ...] = ()
    sub_event_type: tuple[str, ...] = ()
    actor: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    source_kind: tuple[str, ...] = ()
    partisan_only: bool | None = None
    min_sources: int | None = None
    bbox: BBox | None = None
    doc_id: str | None = None
    include_background: bool = False

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise BadParameter("since", f"since ({self.since}) is after until ({self.until})")

    def where(self, cols: Columns) -> tuple[str, list[Any]]:
        """`WHERE ...` over alias `e` and its parameters (an empty string when nothing narrows the set)."""
        clauses: list[str] = []
        params: list[Any] = []
        day = "TRY_CAST(e.event_date AS DATE)"
        if not self.include_background:
            # Background events (long before their report) and undated ones stay in the store but out of view.
            clauses.append(f"coalesce(e.background, false) = false AND {day} IS NOT NULL")
        for values, exprs in ((self.country, ("lower(e.country)", f"lower({cols('iso3')})")),
                              (self.admin1, ("lower(e.admin1)",)),
                              (self.event_type, ("lower(e.event_type)",)),
                              (self.sub_event_type, ("lower(e.sub_event_type)",))):
            if values:
                marks = ", ".join("?" for _ in values)
                clauses.append("(" + " OR ".join(f"{x} IN ({marks})" for x in exprs) + ")")
                for _ in exprs:
                    params.extend(v.strip().lower() for v in values)
        if self.actor:
            actors = [f"coalesce(e.{c}, '')" for c in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")]
            clauses.append(f"strpos(lower(concat_ws(' | ', {', '.join(actors)})), ?) > 0")
            params.append(self.actor.strip().lower())
        if self.since:
            clauses.append(f"{day} >= ?")
            params.append(self.since)
        if self.until:
            clauses.append(f"{day} <= ?")
            params.append(self.until)
        if self.source_kind:
            kinds = f"lower(coalesce({cols('source_kinds')}, {cols('source_kind')}, ''))"
            clauses.append(f"len(list_intersect(regexp_split_to_array({kinds}, '\\s*[;,|]\\s*'), ?)) > 0")
            params.append([k.strip().lower() for k in self.source_kind])
        if self.partisan_only is not None:
            clauses.append(f"coalesce({cols('partisan_only')}, false) = ?")
            params.append(self.partisan_only)
        if self.min_sources is not None:
            clauses.append(f"coalesce({cols('n_sources')}, 1) >= ?")
            params.append(self.min_sources)
        if self.bbox:
            b = self.bbox
            join = "AND" if b.west <= b.east else "OR"  # west > east: the box crosses the antimeridian
            lon = f"(e.longitude >= ? {join} e.longitude <= ?)"
            clauses.append(f"e.latitude >= ? AND e.latitude <= ? AND {lon}")
            params.extend([b.south, b.north, b.west, b.east])
        if self.doc_id:
            clauses.append("e.doc_id = ?")
            params.append(self.doc_id)
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), params

"""A merged event's fields from its reports, by ACLED's rules, and its provenance rows.

- type: what most independent sources say (ties: the earliest); the report of that type whose coding (civilian
  targeting) the event takes is chosen on evidence and outlet, never on confidence (`coding.py`), and the notes
  say which and why;
- day: the most precise any report gives (a day named outright beats a week, a month or a day taken from the
  report's own date), then what most sources say, then the earliest;
- place: the most precise any report names (a town beats its province), then what most sources say;
- fatalities: the lowest figure among the reports of one day (ACLED's conservative rule), unless a later day's
  reports raise it (tolls rise as the wounded die; a lower later figure is most often part of the toll);
- actors: the most specific named (a named group beats "Unidentified Armed Group"), from the outlets that speak for
  no side before a side's own (`sides.py`), the notes saying when a side's name was set aside or was the only one;
- `source`: the outlets joined by "; " in the order they first told it, `source_scale` their scales joined by "-"
  in ACLED's order; `n_reports` the documents, `n_sources` the independent ones: a near-duplicate copy of another
  report's story, a report crediting the same wire, and a second report of one outlet add no source;
- `notes`: what happened, who told it and why the reports were joined.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from eventwatch.events.taxonomy import interaction
from eventwatch.merge.cluster import Cluster
from eventwatch.merge.coding import CODED, coding
from eventwatch.merge.disjoint import Disjoint
from eventwatch.merge.reports import Report, generic
from eventwatch.merge.rules import Rules
from eventwatch.merge.sides import note, pool
from eventwatch.records import fatalities_phrase
from eventwatch.store import EVENT_COLUMNS, EVENT_REPORT_COLUMNS

# Columns of the merged `events` table written by the merge (the event columns, then the merge's own).
MERGED_COLUMNS: tuple[str, ...] = (
    *EVENT_COLUMNS,
    *(c for c in ("source_scale", "source_kind", "claimed_by", "partisan_only", "loaded_language")
      if c not in EVENT_COLUMNS),
    "n_reports", "n_sources", "source_kinds", "reports",
)
_PLACE = ("country", "iso3", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "geonameid")
K = TypeVar("K", bound=Hashable)


def independent_groups(reports: Sequence[Report]) -> list[list[Report]]:
    """Reports grouped by independent source: one story (a copy and its original), one wire, one outlet."""
    sets = Disjoint(range(len(reports)))
    seen: dict[tuple[str, str], int] = {}
    for i, r in enumerate(reports):
        for key in (("story", r.story), ("outlet", r.outlet or ""), ("wire", r.agency or "")):
            if key[1]:
                sets.union(i, seen.setdefault(key, i))
    groups: dict[int, list[Report]] = {}
    for i, r in enumerate(reports):
        groups.setdefault(sets.find(i), []).append(r)
    return list(groups.values())


def _vote(reports: Iterable[Report], value: Callable[[Report], K | None], groups: Mapping[str, int],
          order: Callable[[K], Any]) -> K | None:
    """The value most independent sources give; ties go to the smallest `order`."""
    backers: dict[K, set[int]] = {}
    for r in reports:
        v = value(r)
        if v is not None:
            backers.setdefault(v, set()).add(groups[r.id])
    if not backers:
        return None
    return min(backers, key=lambda v: (-len(backers[v]), order(v)))


def _specific(name: str, rules: Rules) -> int:
    return 1 if generic(name, rules) else 2


def _actor(reports: Sequence[Report], column: str, groups: Mapping[str, int], rules: Rules,
           exclude: str | None = None, sided: bool = True) -> Report | None:
    """The report giving the most specific name for an actor role, backed by the most sources, among the reports
    `sides.pool` prefers (an outlet of no side before a side's own; all of them when not `sided`)."""
    named = [r for r in reports if isinstance(r.row.get(column), str) and r.row[column] != exclude]
    if sided:
        named = pool(named, reports, column)
    if not named:
        return None
    best = max(_specific(r.row[column], rules) for r in named)
    name = _vote((r for r in named if _specific(r.row[column], rules) == best), lambda r: str(r.row[column]),
                 groups, lambda v: v)
    return next(r for r in named if r.row[column] == name)


def _fatalities(reports: Sequence[Report]) -> tuple[int, str]:
    """ACLED's conservative toll: the lowest figure of each day's reports, and of those days the one a later day
    raised it to. Tolls rise as the wounded die; a lower figure in a later report is most often part of the toll
    ("two more died"), not a revision."""
    by_day: dict[str, list[int]] = {}
    for r in reports:
        n = int(r.row.get("fatalities") or 0)
        if n > 0:
            by_day.setdefault(r.published.isoformat() if r.published else "", []).append(n)
    if not by_day:
        return 0, ""
    day = max(sorted(by_day), key=lambda d: min(by_day[d]))  # the earliest day giving the highest daily figure
    toll = min(by_day[day])
    tolls = sorted({n for ns in by_day.values() for n in ns})
    if len(tolls) == 1:
        return toll, ""
    when = f" reports of {day}" if day else " reports"
    return toll, f" Tolls reported: {', '.join(map(str, tolls))}; the lowest of the{when}: {toll}."


def _joined(values: Iterable[object], sep: str = "; ") -> str | None:
    out: list[str] = []
    for v in values:
        for part in (str(v).split(sep) if v else ()):
            part = part.strip(" ")
            if part and part not in out:
                out.append(part)
    return sep.join(out) or None


def _scale(reports: Sequence[Report], rules: Rules) -> str | None:
    order = {s.casefold(): i for i, s in enumerate(rules.scale_order)}
    scales = {str(v) for r in reports for v in (r.row.get("source_scale") or r.row.get("doc_source_scale"),) if v}
    ranked = sorted(scales, key=lambda s: (order.get(s.casefold(), len(order)), s))
    return "-".join(ranked) or None


def merged_row(cluster: Cluster, rules: Rules) -> dict[str, Any]:
    """The merged event's row (`MERGED_COLUMNS`); a report told once keeps its own values and notes."""
    reports = cluster.reports
    founder = reports[0]
    independent = independent_groups(reports)
    groups = {r.id: n for n, g in enumerate(independent) for r in g}
    rank = {r.id: n for n, r in enumerate(reports)}
    row = {c: founder.row.get(c) for c in EVENT_COLUMNS}

    kind = _vote(reports, lambda r: r.kind, groups, lambda k: min(rank[r.id] for r in reports if r.kind == k))

    dated = [r for r in reports if r.first is not None]
    if dated:
        # a day named outright beats a day only its telling or a toll's revision gave ("police said on Monday")
        tier = min(r.date_tier for r in dated)
        best = [r for r in dated if r.date_tier == tier]
        day = _vote(best, lambda r: str(r.row.get("event_date"))[:10], groups, lambda d: d)
        chosen = next(r for r in best if str(r.row.get("event_date"))[:10] == day)
        row.update(event_date=chosen.row.get("event_date"), time_precision=chosen.row.get("time_precision"),
                   date_value=chosen.row.get("date_value"))

    placed = [r for r in reports if r.country is not None]
    if placed:
        tier2 = min((not r.place_named, r.precision or 3) for r in placed)
        best = [r for r in placed if (not r.place_named, r.precision or 3) == tier2]
        where = _vote(best, _where, groups, lambda w: min(rank[r.id] for r in best if _where(r) == w))
        chosen = next(r for r in best if _where(r) == where)
        row.update({c: chosen.row.get(c) for c in _PLACE})

    first = _actor(reports, "actor1", groups, rules)
    second = _actor(reports, "actor2", groups, rules, exclude=first.row["actor1"] if first else None)
    row.update(actor1=first.row["actor1"] if first else None, inter1=first.row.get("inter1") if first else None,
               actor2=second.row["actor2"] if second else None, inter2=second.row.get("inter2") if second else None)
    row["assoc_actor_1"] = _joined(r.row.get("assoc_actor_1") for r in reports)
    row["assoc_actor_2"] = _joined(r.row.get("assoc_actor_2") for r in reports)
    row["interaction"] = interaction(row["inter1"], row["inter2"])
    # the actors were sides not read, for the notes: what a side's outlet would have given
    were = _actor(reports, "actor1", groups, rules, sided=False)
    sides = note(reports, "actor1", first, were) + note(reports, "actor2", second, _actor(
        reports, "actor2", groups, rules, were.row["actor1"] if were else None, sided=False))
    coded = coding([r for r in reports if r.kind == kind], row["actor2"])
    row.update({c: coded.report.row.get(c) for c in CODED})

    fatalities, toll_note = _fatalities(reports)
    sizes = Counter(str(r.row["size"]) for r in reports if r.row.get("size"))
    row.update(
        fatalities=fatalities,
        size=min(sizes, key=lambda s: (-sizes[s], s)) if sizes else None,
        source=_joined(r.outlet_name for r in reports),
        reported_by=_joined(r.row.get("reported_by") for r in reports),
        background=all(bool(r.row.get("background")) for r in reports),
        confidence=max(float(r.row.get("confidence") or 0.0) for r in reports),
        source_scale=_scale(reports, rules),
        source_kind=founder.row.get("source_kind") or founder.row.get("doc_source_kind"),
        source_kinds=_joined(sorted({str(k) for r in reports
                                     for k in (r.row.get("source_kind") or r.row.get("doc_source_kind"),) if k})),
        claimed_by=_joined(r.row.get("claimed_by") for r in reports),
        loaded_language=_mean(r.row.get("loaded_language") for r in reports),
        partisan_only=_all(r.row.get("partisan_only") for r in reports),
        n_reports=len({r.doc_id for r in reports}),
        n_sources=len(independent),
        reports=json.dumps([report_json(r) for r in _one_per_document(reports)], ensure_ascii=False),
    )
    if len(reports) > 1:
        row["notes"] = _notes(row, cluster, toll_note + sides + (f" {coded.why}" if coded.why else ""))
    return {c: row.get(c) for c in MERGED_COLUMNS}


def _where(r: Report) -> tuple[int, str]:
    return (r.geonameid or 0, r.location or "")


def _mean(values: Iterable[object]) -> float | None:
    nums = [float(v) for v in values if isinstance(v, int | float)]
    return round(sum(nums) / len(nums), 4) if nums else None


def _all(values: Iterable[object]) -> bool:
    """Every report partisan-only (as `sources.partisan_only` says of a merged event; an unknown flag is not)."""
    flags = [bool(v) for v in values]
    return bool(flags) and all(flags)


def _one_per_document(reports: Sequence[Report]) -> list[Report]:
    """A report that told the event twice (two sentences) is listed once, by its first telling."""
    out: dict[str, Report] = {}
    for r in reports:
        out.setdefault(r.doc_id, r)
    return list(out.values())


def record_id(r: Report) -> str | None:
    value = r.row.get("doc_record_id") or r.row.get("doc_origin")
    return str(value) if value else None


def report_json(r: Report) -> dict[str, Any]:
    """One report of a merged event as exports write it."""
    return {"doc_id": r.doc_id, "record_id": record_id(r), "source": r.outlet_name,
            "reported_by": r.row.get("doc_reported_by"), "url": r.row.get("doc_url"),
            "evidence": r.row.get("sentence")}


def _notes(row: Mapping[str, Any], cluster: Cluster, toll_note: str) -> str:
    who = row["actor1"] or "Unidentified actors"
    where = f" in {row['location']}" if row.get("location") else ""
    where += f" ({row['admin1']}, {row['country']})" if row.get("admin1") else ""
    when = f"On {str(row['event_date'])[:10]}, " if row.get("event_date") else ""
    deaths = fatalities_phrase(row.get("fatalities"))
    told = (f" Told by {row['n_reports']} reports from {row['n_sources']} independent "
            f"source{'s' * (row['n_sources'] != 1)}" + (f" ({row['source']})" if row.get("source") else "") + ".")
    reasons: list[str] = []
    for _, _, link in cluster.links:
        for why in link.why:
            if why not in reasons:
                reasons.append(why)
    joined = f" Joined as one event: {'; '.join(reasons[:6])}." if reasons else ""
    days = sorted({str(r.row.get("event_date"))[:10] for r in cluster.reports if r.row.get("event_date")})
    dates = f" Days reported: {', '.join(days)}." if len(days) > 1 else ""
    return f"{when}{who}: {str(row['sub_event_type']).lower()}{where}.{deaths}{told}{joined}{dates}{toll_note}"


def report_rows(cluster: Cluster, event_id: str) -> list[list[Any]]:
    """The `event_reports` rows of a merged event, one per report, in `EVENT_REPORT_COLUMNS` order."""
    independent = independent_groups(cluster.reports)
    firsts = {g[0].id for g in independent}
    joined: dict[str, str] = {}
    for a, b, link in cluster.links:
        for this, other in ((b, a), (a, b)):
            joined.setdefault(this, f"{other}: {'; '.join(link.why)}")
    out = []
    for r in cluster.reports:
        values = {
            "event_id": event_id, "report_event_id": r.id, "doc_id": r.doc_id, "record_id": record_id(r),
            "outlet": r.outlet_name, "source_kind": r.row.get("source_kind") or r.row.get("doc_source_kind"),
            "source_scale": r.row.get("source_scale") or r.row.get("doc_source_scale"),
            "reported_by": r.row.get("doc_reported_by"), "claimed_by": r.row.get("claimed_by"),
            "url": r.row.get("doc_url"), "published": r.published.isoformat() if r.published else None,
            "event_date": str(r.row["event_date"])[:10] if r.row.get("event_date") else None,
            "time_precision": r.row.get("time_precision"), "location": r.location, "admin1": r.admin1,
            "geonameid": r.geonameid, "geo_precision": r.precision, "latitude": r.latitude,
            "longitude": r.longitude, "fatalities": r.row.get("fatalities"), "evidence": r.row.get("sentence"),
            "duplicate_of": r.row.get("doc_duplicate_of"), "independent": r.id in firsts,
            "joined_by": None if r.id == event_id else joined.get(r.id), "component": cluster.component,
        }
        out.append([values[c] for c in EVENT_REPORT_COLUMNS])
    return out

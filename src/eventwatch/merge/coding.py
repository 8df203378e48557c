"""Which report codes a merged event's type columns, and on what ground.

The merged event's type is the one most independent sources give (`fields._vote`); its reports of that type share
event type, sub-event type and PLOVER type, but may still differ on civilian targeting: one outlet writes whom the
shelling struck ("shells hit a residential block, killing two civilians": civilians its second actor, so civilian
targeting), another only that the town was shelled. One report of the kind gives those columns, chosen on what the
reports say and who says it, never on the arbiter's confidence (which a retrained model or the 8-bit cascade moves by
hundredths, and which said nothing of the reports' evidence), best first:

1. a report whose second actor is the merged event's (the most specific name, backed by the most sources, read from
   the outlets of no side first: `fields._actor`, `sides.py`): extraction codes civilian targeting of an explosion
   or a riot from that actor, so the merged row says civilians were targeted exactly when its second actor is
   civilians;
2. an outlet of no side: a report `partisan_only` (its outlet speaks for a side in the conflicts of the event's
   country, `sources.partisan`) comes after one that is not; whom an attack struck is what a side's outlet has most
   reason to tell its way;
3. the most fields a span of its text evidences (`Report.spans`: trigger, actors, place, day): the report that names
   whom it struck says more than one that does not, and a report's silence is no evidence against it;
4. the most precise place its own words name, then the most precise day (as the merged place and day are chosen);
5. published first, then the reports' own order (an original before its copy, then document and event id): a stable
   tie-break, so the choice depends on the reports alone.

`why` says, when the reports of the kind code those columns differently, which report was followed and the first
ground on which it came before the best report that codes them otherwise; the merged event's notes carry it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from eventwatch.merge.reports import Report

# the columns of a merged event the coding report gives
CODED: tuple[str, ...] = ("event_type", "sub_event_type", "plover_type", "civilian_targeting")


@dataclass(frozen=True, slots=True)
class Coding:
    """The report whose coding the merged event takes, and why (None when its reports of the kind agree)."""

    report: Report
    why: str | None


def _place_tier(r: Report) -> tuple[bool, bool, int]:
    return (r.country is None, not r.place_named, r.precision or 3)


def _day_tier(r: Report) -> tuple[bool, tuple[int, bool, bool]]:
    return (r.first is None, r.date_tier)


def _published(r: Report) -> str:
    return r.published.isoformat() if r.published else "9999-12-31"


# (its ground as the notes say it, against the best report coding the event otherwise; a key, smaller is better;
# the first key is the event's second actor, given to `coding`)
_GROUNDS: tuple[tuple[str, Callable[[Report], Any]], ...] = (
    ("its outlet speaks for no side in the conflict, {other}'s does", lambda r: r.partisan),
    ("its text evidences {mine} of its fields, {other}'s {theirs}", lambda r: -r.spans),
    ("it names a more precise place than {other}", _place_tier),
    ("it names a more precise day than {other}", _day_tier),
    ("it was published before {other}'s", _published),
    ("published the same day as {other}'s, it comes first by the reports' ids", lambda r: r.sort_key),
)


_ACTOR = "its second actor is the event's, {actor}; {other}'s is {theirs}"


def _grounds(actor: str | None) -> tuple[tuple[str, Callable[[Report], Any]], ...]:
    return ((_ACTOR, lambda r: r.row.get("actor2") != actor), *_GROUNDS)


def _coded(r: Report) -> tuple[str, ...]:
    return tuple(str(r.row.get(c)) for c in CODED)


def _told(column: str, value: object) -> str:
    if column == "civilian_targeting":
        return "civilian targeting" if value else "no civilian targeting"
    return f"{column.replace('_', ' ')} {value}"


def coding(reports: Sequence[Report], actor: str | None) -> Coding:
    """The report of `reports` (those of the merged event's kind, at least one) that codes it, and why; `actor` is
    the merged event's second actor."""
    grounds = _grounds(actor)

    def rank(r: Report) -> tuple[Any, ...]:
        return tuple(key(r) for _, key in grounds)

    best = min(reports, key=rank)
    others = [r for r in reports if _coded(r) != _coded(best)]
    if not others:
        return Coding(best, None)
    rival = min(others, key=rank)
    text = next(text for text, key in grounds if key(best) != key(rival))
    theirs = (rival.row.get("actor2") or "none named") if text is _ACTOR else rival.spans
    ground = text.format(other=rival.outlet_name or "another report", mine=best.spans, theirs=theirs,
                         actor=actor or "none named")
    told = ", ".join(_told(c, best.row.get(c))
                     for c, a, b in zip(CODED, _coded(best), _coded(rival), strict=True) if a != b)
    teller = f"{best.outlet_name}'s report" if best.outlet_name else "a report naming no outlet"
    return Coding(best, f"Coded with {told} as {teller} tells it: {ground}.")

"""Whose word gives a merged event's actors: the outlets that speak for no side, before a side's own.

Who fought whom, and whom an attack struck, is what an outlet speaking for a side in the conflicts of the event's
country (`partisan_only`, `sources.partisan`) has most reason to tell its way: a government's wire writes its troops
fought "terrorists" where a paper of no side writes that gunmen fired on villagers. So the reports naming an actor
for a role are taken, best first, from:

1. when one of them identifies the actor (any name but the codebook's "Unidentified ..." placeholders), the
   outlets of no side;
2. else a side's outlets identifying it, unless an outlet of no side names that actor in the other role (a bomb by
   a police van: the side's wire makes the police its first actor, the paper of no side the target, "Police Forces"
   second, behind an "Unidentified Armed Group": the paper's reading stands);
3. else the outlets of no side, then the side's.

When no report naming the role is a side's, all are read as before. Within the group, the most specific name
backed by the most sources is chosen (`fields._actor`). `note` says, for the merged event's notes, when a side's
outlet's name was set aside or was the only one.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwatch.merge.reports import Report

_ROLE = {"actor1": "First actor", "actor2": "Second actor"}
_OTHER = {"actor1": "actor2", "actor2": "actor1"}
_SIDE = "an outlet speaking for a side in the conflict"


def _identified(r: Report, column: str) -> bool:
    return not str(r.row[column]).startswith("Unidentified")


def pool(named: Sequence[Report], reports: Sequence[Report], column: str) -> list[Report]:
    """The reports of `named` (those naming an actor for `column`) whose names the role is chosen from; `reports`
    are all the event's reports (an outlet of no side naming the actor in the other role sets a side's name aside).
    With no side's report among them, all of `named`, as before sides were read."""
    if not any(r.partisan for r in named):
        return list(named)
    plain = [r for r in named if not r.partisan]
    if any(_identified(r, column) for r in plain):
        return plain
    other = {str(r.row.get(_OTHER[column])) for r in reports if not r.partisan}
    sided = [r for r in named if r.partisan and _identified(r, column) and r.row[column] not in other]
    return sided or plain or list(named)


def _outlet(r: Report) -> str:
    return r.outlet_name or "a report naming no outlet"


def note(reports: Sequence[Report], column: str, chosen: Report | None, unsided: Report | None) -> str:
    """What the notes say of an actor role: the name a side's outlet gives, set aside for the one an outlet of no
    side gives (`unsided` is the report the choice would take were sides not read), or a side's outlet's name taken
    because no outlet of no side identifies the actor. Nothing when no report of a side and none of no side
    disagree."""
    if chosen is None or all(r.partisan for r in reports) or not any(r.partisan for r in reports):
        return ""
    role, name = _ROLE[column], chosen.row[column]
    if chosen.partisan:
        return f" {role} {name} as {_outlet(chosen)}, {_SIDE}, names it; no outlet of no side identifies one."
    if unsided is None or unsided.row[column] == name or not unsided.partisan:
        return ""
    return (f" {role} {name} as {_outlet(chosen)}, of no side, tells it; {_outlet(unsided)}, {_SIDE}, names "
            f"{unsided.row[column]}.")

"""Scoring extracted events against a golden file of expected events per document.

Used for the demo corpus (tests/fixtures/demo_expected.json): an expected event is found when an event of the same
document has its event type, its location in its country (names compared accent- and case-folded; a
namesake abroad, Lebanon the country for Lebanon, Ohio, is a wrong place) and, for day-precise
expectations, its date. Precision counts the extracted events of the documents that matched no expected event.
That precision forgives a copy: every event of an expected event's type and place is matched, so one occurrence
extracted twice costs nothing, and folding a wrong copy away lowers it. The one-to-one precision pairs each expected
event with at most one extracted event and each extracted event with at most one expected event (a maximum
matching), so a copy is an unmatched event: the figure for "one event per occurrence".
Of the expected events found, the report also counts those an event of the same place gives the expected
fatality count (0 included: a death moved onto an event that had none is an error a user sees in the table),
and, where the gold names its actors, those an event of the same place gives the expected actor1 (and actor2) by
the actor's head (`actor_head`).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwatch.evaluation.metrics import f1
from eventwatch.records import Event


def fold(name: str | None) -> str:
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return "".join(ch for ch in text if ch.isalnum())


def actor_head(name: str | None) -> str:
    """An ACLED actor's name up to its first bracket, folded (`fold`): "Military Forces of Nigeria (2023-)" and
    "Protesters (Kenya)" are "militaryforcesofnigeria" and "protesters"; no actor is "". The head, not the inter code
    both sides imply: the inter code makes any state force right for any other (a ministry's police for a foreign
    army, the code 1 either way) and any named rebel group right for any other, while the head is the name a user
    reads in the table. The bracket is left out because its country is the event's (scored with the place) and its
    years are a government's term, which a report never states; a unit written after the bracket ("... (2000-)
    Border Guard Service") is a detail of the same force."""
    return fold((name or "").split("(", 1)[0])


@dataclass(frozen=True, slots=True)
class Expected:
    event_type: str
    sub_event_type: str
    location: str
    country: str
    date: str
    fatalities: int
    day_precise: bool
    actor1: str | None = None  # None: the gold does not name its actors (the demo corpus); "" for actor2: none
    actor2: str | None = None


# The figures a trial set's floors keep from falling, in the order a floors tuple gives them (the last two optional).
FLOORED = ("recall_type_place", "precision_one_to_one", "recall_with_date", "fatalities_of_found", "actor1_of_found",
           "actor2_of_found")


@dataclass(slots=True)
class GoldenReport:
    expected: int = 0
    found_type: int = 0
    found_sub_type: int = 0
    found_date: int = 0
    found_fatalities: int = 0
    found_with_actors: int = 0  # found expected events whose gold names its actors
    found_actor1: int = 0
    found_actor2: int = 0
    extracted: int = 0
    unmatched_extracted: int = 0
    paired: int = 0  # expected and extracted events paired one to one (a maximum matching per document)
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found_type / self.expected if self.expected else 0.0

    @property
    def precision(self) -> float:
        return 1 - self.unmatched_extracted / self.extracted if self.extracted else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def as_dict(self) -> dict[str, Any]:
        return {"expected": self.expected, "extracted": self.extracted, "recall_type_place": round(self.recall, 3),
                "recall_sub_type": round(self.found_sub_type / max(self.expected, 1), 3),
                "recall_with_date": round(self.found_date / max(self.expected, 1), 3),
                "fatalities_of_found": round(self.found_fatalities / max(self.found_type, 1), 3),
                "actor1_of_found": round(self.found_actor1 / max(self.found_with_actors, 1), 3),
                "actor2_of_found": round(self.found_actor2 / max(self.found_with_actors, 1), 3),
                "precision": round(self.precision, 3), "f1": round(self.f1, 3),
                "precision_one_to_one": round(self.paired / self.extracted if self.extracted else 0.0, 3)}

    def below(self, floors: tuple[float, ...]) -> list[str]:
        """The figures under their floors, as "name figure < floor" (empty when every floor holds).

        The floors are, in order, recall (type+place), one-to-one precision, recall with the date and fatalities of
        found: the four lines a trial set's test keeps from falling; two more, when given, floor the actors of the
        found events (actor1 and actor2 of found, by the ACLED name's head), so a change that names the wrong side
        fails a test as a wrong day does. The precision floor is the one-to-one figure's (coder72, twelfth session):
        the other precision forgives copies, so folding a copy of a found event lowers it, and a floor on it would
        keep the copies. Figures are compared as they are printed (3 decimals), so a floor written down from a
        printed figure holds at that figure (17/50 is 0.33999... in floating point).
        """
        if len(floors) not in (len(FLOORED) - 2, len(FLOORED)):
            raise ValueError(f"{len(floors)} floors: give {len(FLOORED) - 2} or {len(FLOORED)} ({', '.join(FLOORED)})")
        shown = self.as_dict()
        return [f"{name} {shown[name]} < {floor}" for name, floor in zip(FLOORED, floors, strict=False)
                if shown[name] < floor]

    def format(self) -> str:
        return "\n".join(f"{k:20} {v}" for k, v in self.as_dict().items())


def load_expected(path: Path, background: bool = True) -> dict[str, list[Expected]]:
    """The expected events of a golden file by document. `background=False` leaves out the events it marks
    `background` (an earlier occurrence a story recalls after its lead): ACLED codes an event from the reports about
    it, not from a later story's background (docs/rules/extraction.md, "An earlier occurrence told after a story's
    lead"), and the dataset's export leaves background events out (`export.acled`)."""
    raw: Mapping[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, list[Expected]] = {}
    for name, items in raw.items():
        if not isinstance(items, list):
            continue
        out[name] = [Expected(i["event_type"], i["sub_event_type"], i["location"], i["country"], i["date"],
                              int(i.get("fatalities", 0)), "time_precision" not in i,
                              None if "actor1" not in i else i["actor1"] or "",
                              None if "actor1" not in i else i.get("actor2") or "") for i in items
                     if background or not i.get("background")]
    return out


def score(expected: Mapping[str, Sequence[Expected]], extracted: Mapping[str, Sequence[Event]]) -> GoldenReport:
    report = GoldenReport()
    for name, wanted in expected.items():
        events = list(extracted.get(name, ()))
        report.extracted += len(events)
        used: set[str] = set()
        candidates: list[list[int]] = []
        for exp in wanted:
            report.expected += 1
            # the place by its name, or by the words it was found in (a transliteration: "Jisr al-Shughur" is
            # GeoNames' "Jisr ash Shughur"), in the expected country either way
            at = [i for i, e in enumerate(events) if e.event_type == exp.event_type and e.country == exp.country and
                  (fold(e.location) == fold(exp.location) or fold(exp.location) in fold(
                      e.evidence.place.text if e.evidence.place else ""))]
            candidates.append(at)
            same_place = [events[i] for i in at]
            if not same_place:
                report.misses.append(f"{name}: {exp.event_type} / {exp.sub_event_type} in {exp.location}")
                continue
            report.found_type += 1
            used.update(e.event_id for e in same_place)
            if any(e.sub_event_type == exp.sub_event_type for e in same_place):
                report.found_sub_type += 1
            if any(e.event_date == exp.date or not exp.day_precise for e in same_place):
                report.found_date += 1
            if any(e.fatalities == exp.fatalities for e in same_place):
                report.found_fatalities += 1
            if exp.actor1 is not None:
                report.found_with_actors += 1
                report.found_actor1 += any(actor_head(e.actor1) == actor_head(exp.actor1) for e in same_place)
                report.found_actor2 += any(actor_head(e.actor2) == actor_head(exp.actor2) for e in same_place)
        report.unmatched_extracted += sum(1 for e in events if e.event_id not in used)
        report.paired += _matching(candidates)
    return report


def _matching(candidates: Sequence[Sequence[int]]) -> int:
    """The size of a maximum matching of expected events (rows) to the extracted events each may be (augmenting
    paths; a golden document holds a handful of events)."""
    owner: dict[int, int] = {}

    def place(row: int, seen: set[int]) -> bool:
        for col in candidates[row]:
            if col in seen:
                continue
            seen.add(col)
            if col not in owner or place(owner[col], seen):
                owner[col] = row
                return True
        return False

    return sum(place(row, set()) for row in range(len(candidates)))


def halves(names: Sequence[str]) -> dict[str, list[str]]:
    """A trial set's two halves by position in sorted file-name order: the even positions are the half whose errors
    may be read and fixed on ("fix"), the odd ones the half that is only ever reported ("report")."""
    ordered = sorted(names)
    return {"fix": ordered[0::2], "report": ordered[1::2]}


# How a trial set is scored: "export", the dataset's view (the gold's background entries and the events the pipeline
# marks as background left out, as `export.acled` leaves them out), or "all", every event extracted against every
# gold entry (the view of the trial lines up to the twenty-sixth session)
VIEWS = ("export", "all")


def score_halves(expected_path: Path, extracted: Mapping[str, Sequence[Event]],
                 view: str = "export") -> dict[str, GoldenReport]:
    """A trial set scored by halves (`halves`), each against its expected events (`score`); `extracted` holds every
    document's events by file name (`api.extract_folder`). In the export's `view` (`VIEWS`) an event marked
    background is neither extracted nor expected: ACLED codes an event from the reports about it, not from a later
    story's background, so a background event rightly flagged costs nothing and one the gold codes is a miss."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}: one of {', '.join(VIEWS)}")
    expected = load_expected(expected_path, background=view == "all")
    if sorted(extracted) != sorted(expected):
        raise ValueError(f"{expected_path}: the expected events and the extracted ones name different documents")
    if view == "export":
        extracted = {name: [e for e in events if not e.background] for name, events in extracted.items()}
    return {half: score({n: expected[n] for n in names}, extracted) for half, names in halves(list(expected)).items()}

"""Scoring eventwatch against ACLED exports: the note classifier alone, and the full pipeline.

`evaluate_classify` runs the event coder on each row's `notes` and compares event type, sub-event type, actor
inter codes and fatalities with ACLED's coding. `evaluate_events` runs a whole extract function on each note and
also scores the date and the place (within 25 km, admin1). Users can point both at their own ACLED exports.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwatch.errors import EvalDataMissing
from eventwatch.evaluation.lettercase import Case, recase
from eventwatch.evaluation.metrics import ClassScore, class_scores, confusion, f1_summary, same_admin
from eventwatch.events.actors import resolve_actor
from eventwatch.geo.candidates import CandidateFinder
from eventwatch.geo.distance import km as haversine_km
from eventwatch.geo.gazetteer import get_gazetteer
from eventwatch.records import Event, Place

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwatch.events import EventCoder
    from eventwatch.geo.resolve import Geocoder

# Where a note is read to be when no event is coded from it (the note's text -> a place at ACLED's point).
Locate = Callable[[str], Place | None]

_DATE_PREFIX = re.compile(
    r"^(?P<label>[A-Z][A-Za-z /-]{2,45}:\s*)?"
    r"(?:On or around|On or about|On|Around|Between|From|As of|By|During|Since|Over|In the night of|"
    r"Overnight on|Overnight)\s+"
    r"[^,]{0,60}?\b\d{4}\b(?:\s*\([^)]*\))?\s*,\s*"
)
_SIZE_SUFFIX = re.compile(r"\s*\[size=[^\]]*\]\s*$")
_KEEP_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


@dataclass(frozen=True, slots=True)
class AcledRow:
    event_id: str
    event_date: str
    event_type: str
    sub_event_type: str
    actor1: str
    inter1: int
    actor2: str
    inter2: int
    country: str
    admin1: str
    location: str
    latitude: float | None
    longitude: float | None
    fatalities: int
    notes: str
    timestamp: str = ""


def strip_note(note: str) -> str:
    """The note without its leading "On <date>," (a heading such as "Arrests:" is kept) and "[size=...]"."""
    note = _SIZE_SUFFIX.sub("", note.strip())
    m = _DATE_PREFIX.match(note)
    if m:
        label = m.group("label") or ""
        rest = note[m.end():]
        note = label + rest[:1].upper() + rest[1:]
    return note.strip()


def _int(value: str) -> int:
    try:
        return int(float(value))
    except ValueError:
        return 0


def _float(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def load_acled(path: Path, *, strip_date_prefix: bool) -> list[AcledRow]:
    """Rows of an ACLED CSV export with the columns the scores use; notes stripped when asked."""
    if not path.is_file():
        raise EvalDataMissing(f"ACLED file not found: {path}")
    rows: list[AcledRow] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            notes = rec.get("notes", "")
            rows.append(AcledRow(
                event_id=rec.get("event_id_cnty", ""), event_date=rec.get("event_date", ""),
                event_type=rec.get("event_type", ""), sub_event_type=rec.get("sub_event_type", ""),
                actor1=rec.get("actor1", ""), inter1=_int(rec.get("inter1", "0")),
                actor2=rec.get("actor2", ""), inter2=_int(rec.get("inter2", "0") or "0"),
                country=rec.get("country", ""), admin1=rec.get("admin1", ""), location=rec.get("location", ""),
                latitude=_float(rec.get("latitude", "")), longitude=_float(rec.get("longitude", "")),
                fatalities=_int(rec.get("fatalities", "0") or "0"),
                notes=strip_note(notes) if strip_date_prefix else notes.strip(),
                timestamp=rec.get("timestamp", ""),
            ))
    return rows


def recase_notes(rows: Sequence[AcledRow], case: Case) -> list[AcledRow]:
    """The rows with their notes all in lower case or all in capitals (`lettercase`), every coded field as it was."""
    return [replace(r, notes=recase(r.notes, case)) for r in rows] if case != "as-written" else list(rows)


def holdout_split(rows: Sequence[AcledRow], *, fraction: float = 0.25, seed: int = 4) -> tuple[
    list[AcledRow], list[AcledRow]
]:
    """(tuning rows, held-out rows): a fixed random `fraction` kept aside to check that rules tuned on the rest
    generalise. The same seed gives the same split, so figures can be reproduced."""
    import random

    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    held = set(order[: int(len(rows) * fraction)])
    return [r for i, r in enumerate(rows) if i not in held], [r for i, r in enumerate(rows) if i in held]


def id_half(rows: Sequence[AcledRow], half: str) -> list[AcledRow]:
    """The rows whose event_id_cnty number is even or odd ("YEM70797" is odd): a fixed split for tuning the places
    on one half (even) and reporting the other (odd), as the geocoding corpora are split by article number."""
    want = 0 if half == "even" else 1
    return [r for r in rows if int("0" + "".join(ch for ch in r.event_id if ch.isdigit())) % 2 == want]


@dataclass
class ClassifyReport:
    n: int
    event_type_accuracy: float
    sub_event_type_accuracy: float
    sub_event_type_weighted_f1: float
    sub_event_type_macro_f1: float
    inter1_accuracy: float
    inter2_accuracy: float
    fatalities_exact: float
    no_event: int
    per_class: dict[str, ClassScore] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def format(self) -> str:
        lines = [
            f"rows                         {self.n}",
            f"event_type accuracy          {self.event_type_accuracy:.4f}",
            f"sub_event_type accuracy      {self.sub_event_type_accuracy:.4f}",
            f"sub_event_type weighted F1   {self.sub_event_type_weighted_f1:.4f}",
            f"sub_event_type macro F1      {self.sub_event_type_macro_f1:.4f}",
            f"inter1 accuracy              {self.inter1_accuracy:.4f}",
            f"inter2 accuracy              {self.inter2_accuracy:.4f}",
            f"fatalities exact             {self.fatalities_exact:.4f}",
            f"no event found               {self.no_event}",
            "",
            f"{'sub_event_type':40} {'P':>6} {'R':>6} {'F1':>6} {'n':>6}",
        ]
        for label, s in sorted(self.per_class.items(), key=lambda kv: -kv[1].support):
            lines.append(f"{label[:40]:40} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.support:6d}")
        lines.append("")
        lines.append("confusion (gold -> predicted: count), largest errors first")
        errors = [(n, g, p) for g, row in self.confusion.items() for p, n in row.items() if g != p]
        for n, g, p in sorted(errors, reverse=True)[:25]:
            lines.append(f"  {n:5d}  {g} -> {p}")
        return "\n".join(lines)


def _pipes(nlp: Language) -> list[str]:
    return [name for name in nlp.pipe_names if name not in _KEEP_PIPES]


def evaluate_classify(
    rows: Sequence[AcledRow], coder: EventCoder, nlp: Language, batch_size: int = 64
) -> ClassifyReport:
    """Code each row's note and compare with ACLED's event type, sub-type, inter codes and fatalities."""
    gold_sub = [r.sub_event_type for r in rows]
    pred_sub: list[str | None] = []
    pred_type: list[str | None] = []
    inter1_ok = inter2_ok = fatal_ok = 0
    docs = nlp.pipe((r.notes for r in rows), batch_size=batch_size, disable=_pipes(nlp))
    for row, doc in zip(rows, docs, strict=True):
        m = coder.code_note(doc)
        pred_sub.append(m.sub_event_type if m else None)
        pred_type.append(m.event_type if m else None)
        inter1 = resolve_actor(m.actor1, row.country).inter if m and m.actor1 else 0
        inter2 = resolve_actor(m.actor2, row.country).inter if m and m.actor2 else 0
        inter1_ok += inter1 == row.inter1
        inter2_ok += inter2 == row.inter2
        fatal_ok += ((m.fatalities or 0) if m else 0) == row.fatalities
    n = len(rows) or 1
    scores = class_scores(gold_sub, pred_sub)
    weighted, macro = f1_summary(scores)
    return ClassifyReport(
        n=len(rows),
        event_type_accuracy=sum(p == r.event_type for p, r in zip(pred_type, rows, strict=True)) / n,
        sub_event_type_accuracy=sum(p == g for p, g in zip(pred_sub, gold_sub, strict=True)) / n,
        sub_event_type_weighted_f1=weighted,
        sub_event_type_macro_f1=macro,
        inter1_accuracy=inter1_ok / n,
        inter2_accuracy=inter2_ok / n,
        fatalities_exact=fatal_ok / n,
        no_event=sum(p is None for p in pred_sub),
        per_class=scores,
        confusion=confusion(gold_sub, pred_sub),
    )




@dataclass
class AcledReport:
    n: int
    found: int
    event_type_accuracy: float
    sub_event_type_accuracy: float
    sub_event_type_weighted_f1: float
    sub_event_type_macro_f1: float
    inter1_accuracy: float
    inter2_accuracy: float
    fatalities_exact: float
    date_exact: float
    place_within_25km: float
    admin1_match: float
    location_in_gazetteer: float  # ACLED's location name known to the gazetteer within 25 km: a rough ceiling for place
    # The places of every note: its main event's, else (no event coded) where the note is read to be (`note_place`).
    # The two figures above count a note with no event as a miss, which is the event coder's; these score the
    # geocoder on all notes. Without a `locate` function they equal the two above.
    place_within_25km_all_notes: float = 0.0
    admin1_match_all_notes: float = 0.0
    placed_without_event: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def format(self) -> str:
        items = self.as_dict().items()
        return "\n".join(f"{k:28} {v:.4f}" if isinstance(v, float) else f"{k:28} {v}" for k, v in items)


def main_event(events: Iterable[Event]) -> Event | None:
    """The event a short report is about: the one its first event sentence reports (ACLED notes lead with the
    main event), the most confident of those; later sentences give background and consequences."""
    ranked = sorted(events, key=lambda e: (e.evidence.sentence.start, -e.confidence))
    return ranked[0] if ranked else None


def _published(row: AcledRow) -> str | None:
    """A plausible publication date for a note: the day ACLED stamped it (after the event), else the event day."""
    if row.timestamp.isdigit():
        import datetime as dt

        return dt.datetime.fromtimestamp(int(row.timestamp), tz=dt.UTC).date().isoformat()
    return row.event_date or None


def country_codes(rows: Sequence[AcledRow]) -> dict[str, str]:
    """Each note's ISO country code from the row's country name, for scoring with the country known (as a monitor
    of one country, or a report with a dateline, would know it)."""
    from eventwatch.geo.gazetteer import COUNTRY
    from eventwatch.geo.normalize import key

    gaz = get_gazetteer()
    codes: dict[str, str] = {}
    for row in rows:
        iso = next((gaz.cols.country[r] for r, _ in gaz.lookup(key(row.country)) if gaz.cols.kind[r] == COUNTRY), None)
        if iso:
            codes[row.notes] = iso
    return codes


def note_place(text: str, nlp: Language, geocoder: Geocoder, country: str | None = None) -> Place | None:
    """Where a note is, read as the event assembler reads an event's place when the sentence names no actor: the
    places of the first sentence that names one (towns first, else a province, else the country; `event_places`),
    the note's names resolved together, at ACLED's point. ACLED's notes lead with their event, so this is the place
    an event of the note would have had: the place evaluation scores it for the notes the event coder codes no
    event from, which would otherwise count as place misses although no place was ever chosen."""
    from eventwatch.events.locate import event_places
    from eventwatch.sentences import split_sentences

    spans = split_sentences(text)
    docs = nlp.pipe(text[start:end] for start, end in spans)
    found = geocoder.find_places_in([(start, doc) for (start, _), doc in zip(spans, docs, strict=True)],
                                    country_hint=country)
    for places in found:
        where = event_places(text, places, [], record=True)
        if where:
            return geocoder.event_point(where[0])
    return None


def evaluate_events(rows: Sequence[AcledRow], extract: Callable[[str, str | None], list[Event]],
                    locate: Locate | None = None) -> AcledReport:
    """Run a full extract function on each note, take its main event and score all of issue 4's fields; with
    `locate`, also the place of every note, a note with no event placed where `locate` reads it."""
    gold_sub = [r.sub_event_type for r in rows]
    pred_sub: list[str | None] = []
    ok = Counter[str]()
    found = 0
    gaz = get_gazetteer()
    finder = CandidateFinder(gaz)
    for row in rows:
        ok["known"] += row.latitude is not None and row.longitude is not None and any(
            haversine_km(gaz.cols.lat[c.row], gaz.cols.lon[c.row], row.latitude, row.longitude) <= 25.0
            for c in finder.candidates(row.location.split(" - ")[0]))
        event = main_event(extract(row.notes, _published(row)))
        pred_sub.append(event.sub_event_type if event else None)
        if event is None:
            ok["fatalities"] += row.fatalities == 0
            ok["inter2"] += row.inter2 == 0
            place = locate(row.notes) if locate is not None else None
            if place is not None:
                ok["placed_without_event"] += 1
                ok["place_all"] += _near(place.latitude, place.longitude, row)
                ok["admin1_all"] += same_admin(place.admin1, row.admin1, gaz)
            continue
        found += 1
        ok["event_type"] += event.event_type == row.event_type
        ok["inter1"] += (event.inter1 or 0) == row.inter1
        ok["inter2"] += (event.inter2 or 0) == row.inter2
        ok["fatalities"] += event.fatalities == row.fatalities
        ok["date"] += event.event_date == row.event_date
        near = _near(event.latitude, event.longitude, row)
        ok["place"] += near
        ok["place_all"] += near
        admin1 = same_admin(event.admin1, row.admin1, gaz)
        ok["admin1"] += admin1
        ok["admin1_all"] += admin1
    n = len(rows) or 1
    weighted, macro = f1_summary(class_scores(gold_sub, pred_sub))
    return AcledReport(
        n=len(rows), found=found,
        event_type_accuracy=ok["event_type"] / n,
        sub_event_type_accuracy=sum(p == g for p, g in zip(pred_sub, gold_sub, strict=True)) / n,
        sub_event_type_weighted_f1=weighted, sub_event_type_macro_f1=macro,
        inter1_accuracy=ok["inter1"] / n, inter2_accuracy=ok["inter2"] / n, fatalities_exact=ok["fatalities"] / n,
        date_exact=ok["date"] / n, place_within_25km=ok["place"] / n, admin1_match=ok["admin1"] / n,
        location_in_gazetteer=ok["known"] / n,
        place_within_25km_all_notes=ok["place_all"] / n, admin1_match_all_notes=ok["admin1_all"] / n,
        placed_without_event=ok["placed_without_event"],
    )


def _near(lat: float | None, lon: float | None, row: AcledRow) -> bool:
    """Whether a point lies within 25 km of the row's (ACLED's precision-1 radius)."""
    if lat is None or lon is None or row.latitude is None or row.longitude is None:
        return False
    return haversine_km(lat, lon, row.latitude, row.longitude) <= 25.0

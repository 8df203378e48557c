"""Scoring one article's events against its gold file (the `.gold.json` format of the running example).

A required place counts as found when some extracted event of a permitted type sits no farther from it than 30 km
(or the place's own `max_km`) and also satisfies the date rule; an extracted event that matches no required and no
optional event is a false positive.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwatch.geo.distance import km
from eventwatch.records import Event


@dataclass(slots=True)
class ArticleReport:
    required: int = 0
    found: int = 0
    extracted: int = 0
    extra: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"required": self.required, "found": self.found, "extracted": self.extracted,
                "beyond_required_and_optional": len(self.extra), "missing": self.missing, "extra": self.extra}

    def format(self) -> str:
        lines = [f"required found     {self.found}/{self.required}", f"events extracted   {self.extracted}",
                 f"beyond gold        {len(self.extra)}"]
        lines += [f"  missing: {m}" for m in self.missing] + [f"  extra:   {e}" for e in self.extra]
        return "\n".join(lines)


def _date_ok(event: Event, spec: dict[str, Any]) -> bool:
    if event.event_date is None:
        return False
    day = dt.date.fromisoformat(event.event_date[:10])
    if "date" in spec:
        return bool(event.event_date[:10] == spec["date"])
    if "date_between" in spec:
        lo, hi = (dt.date.fromisoformat(d) for d in spec["date_between"])
        return lo <= day <= hi
    return True


def _type_ok(event: Event, spec: dict[str, Any]) -> bool:
    return event.event_type in spec.get("event_type", [event.event_type]) and event.sub_event_type in spec.get(
        "sub_event_type", [event.sub_event_type])


def _country_ok(event: Event, spec: dict[str, Any]) -> bool:
    from eventwatch.geo import get_gazetteer

    if "country" not in spec:
        return True
    gazetteer = get_gazetteer()
    row = gazetteer.country_row(spec["country"])
    name = gazetteer.place(row).country_name if row is not None else spec["country"]
    return event.country == name


def _near(event: Event, place: dict[str, Any]) -> bool:
    if event.latitude is None or event.longitude is None:
        return False
    return km(event.latitude, event.longitude, place["lat"], place["lon"]) <= float(place.get("max_km", 30.0))


def _trigger(event: Event) -> str:
    return event.evidence.trigger.text if event.evidence.trigger else ""


def score_article(gold_path: Path, events: Sequence[Event]) -> ArticleReport:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    report = ArticleReport(extracted=len(events))
    matched: set[str] = set()
    for spec in gold.get("events_required", []):
        places = spec.get("places") or [None]
        for place in places:
            report.required += 1
            hits = [e for e in events if _type_ok(e, spec) and _date_ok(e, spec)
                    and (_near(e, place) if place else _country_ok(e, spec))]
            label = f"{spec['group']}: {place['name'] if place else spec.get('country', '')}"
            if hits:
                report.found += 1
                matched.update(e.event_id for e in hits)
            else:
                report.missing.append(label)
    for spec in gold.get("events_optional", []):
        matched.update(e.event_id for e in events if _type_ok(e, spec) and _country_ok(e, spec))
    report.extra = [f"{e.event_date} {e.sub_event_type} @ {e.location}: {_trigger(e)}"
                    for e in events if e.event_id not in matched]
    return report

"""The running example: every required place of the report found within 30 km, Hormozgan as a province."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from eventwatch.geo import Geocoder, get_gazetteer


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(a))


def test_required_places_found(shared_eval: Path, nlp: Any) -> None:
    stem = shared_eval / "articles" / "iran-2021-01-05-soleimani-posters"
    text = stem.with_suffix(".txt").read_text(encoding="utf-8")
    gold = json.loads(stem.with_suffix(".gold.json").read_text(encoding="utf-8"))
    places = Geocoder(get_gazetteer()).find_places(nlp(text), country_hint="IR")
    required = [p for ev in gold["events_required"] for p in ev.get("places", [])]
    assert len(required) == 18
    for want in required:
        limit = want.get("max_km", 30)
        near = [p for p in places if _km(p.latitude, p.longitude, want["lat"], want["lon"]) <= limit]
        assert near, f"{want['name']} not found"
        if want.get("geo_precision") == 3:
            assert any(p.geo_precision == 3 and p.feature_code == "ADM1" and p.admin1 == want["admin1"]
                       for p in near), want["name"]
        else:
            assert any(p.admin1 == want["admin1"] for p in near), (want["name"], [p.admin1 for p in near])

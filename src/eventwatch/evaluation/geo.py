"""Geoparsing evaluation on GeoWebNews / GeoVirus style XML.

Two modes. With gold spans, every gold toponym that has coordinates is resolved (`Geocoder.resolve_spans`) and
scored: share within 161 km (100 miles, the customary threshold), exact GeoNames id (where the gold has one) and
mean error in km; beside the share within 161 km, the share that is the gold's own entity or within 161 km
(`geo_entity`: a country or region drawn at another convention's point counts when it is the entity the gold names).
End to end, places are found in the raw text (`Geocoder.find_places`), matched to gold
toponyms by span overlap (precision, recall, F1), and the matched ones are scored as above.

Gold for recognition is every toponym with coordinates. Predictions that overlap a gold annotation of a
non-geocodable kind that still names a place (GeoWebNews `Demonym`, `Homonym`, `Language`: "Nigerians",
"English") are left out of precision rather than counted as errors; `strict_precision` counts them.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from eventwatch.errors import EvalDataMissing
from eventwatch.evaluation.geo_entity import EntityJudge
from eventwatch.evaluation.lettercase import Case, recase
from eventwatch.evaluation.metrics import f1, same_admin
from eventwatch.geo.distance import km
from eventwatch.geo.locale import DOMAIN_WEIGHT, OUTLET_WEIGHT, LocaleVotes, domain_country
from eventwatch.records import Place
from eventwatch.sources.registry import Registry, load_registry

NEUTRAL_TYPES = frozenset({"Demonym", "Homonym", "Language"})
THRESHOLD_KM = 161.0


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None
    geonameid: int | None
    kind: str = ""
    page: str = ""  # GeoVirus: the Wikipedia page the toponym names

    @property
    def geocodable(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    text: str
    toponyms: tuple[GoldToponym, ...]
    number: int = 0  # the article's id (GeoWebNews `file`), else its position in the file
    url: str = ""


HALVES = ("even", "odd")


def split_half(articles: list[GoldArticle], half: str | None) -> list[GoldArticle]:
    """The articles of one half by article-number parity: rules are tuned on the even half and the odd half is
    reported as not tuned on (beside the whole file)."""
    if half is None:
        return articles
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    return [a for a in articles if a.number % 2 == HALVES.index(half)]


@dataclass
class GeoReport:
    dataset: str
    mode: str
    articles: int = 0
    gold: int = 0
    resolved: int = 0
    within_161km: int = 0
    entity_or_161km: int = 0
    exact_id: int = 0
    with_gold_id: int = 0
    errors_km: list[float] = field(default_factory=list)
    predicted: int = 0
    matched: int = 0
    neutral: int = 0
    seconds: float = 0.0

    @property
    def accuracy_161(self) -> float:
        return self.within_161km / self.gold if self.gold else 0.0

    @property
    def entity_or_161(self) -> float:
        """The share that is the gold's own entity or within 161 km (`geo_entity`)."""
        return self.entity_or_161km / self.gold if self.gold else 0.0

    @property
    def exact_id_rate(self) -> float:
        return self.exact_id / self.with_gold_id if self.with_gold_id else 0.0

    @property
    def mean_error_km(self) -> float:
        return sum(self.errors_km) / len(self.errors_km) if self.errors_km else 0.0

    @property
    def median_error_km(self) -> float:
        e = sorted(self.errors_km)
        return e[len(e) // 2] if e else 0.0

    @property
    def precision(self) -> float:
        counted = self.predicted - self.neutral
        return self.matched / counted if counted else 0.0

    @property
    def strict_precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def as_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k != "errors_km"}
        out.update(
            accuracy_161km=round(self.accuracy_161, 4),
            entity_or_161km_rate=round(self.entity_or_161, 4),
            exact_geonameid=round(self.exact_id_rate, 4),
            mean_error_km=round(self.mean_error_km, 1),
            median_error_km=round(self.median_error_km, 1),
        )
        if self.mode == "end-to-end":
            out.update(precision=round(self.precision, 4), strict_precision=round(self.strict_precision, 4),
                       recall=round(self.recall, 4), f1=round(self.f1, 4))
        return out

    def format(self) -> str:
        lines = [f"{self.dataset} ({self.mode}): {self.articles} articles, {self.gold} gold toponyms"]
        if self.mode == "end-to-end":
            lines.append(
                f"  recognition  P {self.precision:.3f} (strict {self.strict_precision:.3f})  R {self.recall:.3f}"
                f"  F1 {self.f1:.3f}  ({self.matched} matched of {self.predicted} predicted)"
            )
        scored = self.matched if self.mode == "end-to-end" else self.gold
        acc = self.within_161km / scored if scored else 0.0
        entity = self.entity_or_161km / scored if scored else 0.0
        lines.append(
            f"  resolution   acc@161km {acc:.3f} of {scored} ({self.within_161km})"
            f"  same entity or 161km {entity:.3f} ({self.entity_or_161km})  exact id {self.exact_id_rate:.3f}"
            f"  mean error {self.mean_error_km:.0f} km  median {self.median_error_km:.1f} km"
            f"  answered {self.resolved}"
        )
        lines.append(f"  {self.seconds:.1f} s")
        return "\n".join(lines)


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def _align(text: str, name: str, start: int, end: int) -> tuple[int, int]:
    """GeoVirus offsets are often one character off; move them onto the name when it is within two characters."""
    if text[start:end] == name:
        return start, end
    for shift in (-1, 1, -2, 2):
        if text[start + shift:end + shift] == name:
            return start + shift, end + shift
    return start, end


def read_articles(path: Path) -> list[GoldArticle]:
    """Articles of a GeoWebNews (`toponym`) or GeoVirus (`location`) XML file."""
    if not path.is_file():
        raise EvalDataMissing(f"evaluation file not found: {path}")
    root = ET.parse(path).getroot()
    out = []
    for position, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        number = art.get("file", "")
        tops: list[GoldToponym] = []
        for t in art.iter("toponym"):
            gid = t.findtext("geonamesID")
            tops.append(GoldToponym(
                int(t.findtext("start") or 0), int(t.findtext("end") or 0), t.findtext("extractedName") or "",
                _float(t.findtext("latitude")), _float(t.findtext("longitude")),
                int(gid) if gid and gid.isdigit() else None, t.findtext("type") or "",
            ))
        for loc in art.iter("location"):
            name = loc.findtext("name") or ""
            start, end = _align(text, name, int(loc.findtext("start") or 0), int(loc.findtext("end") or 0))
            tops.append(GoldToponym(
                start, end, name,
                _float(loc.findtext("lat")), _float(loc.findtext("lon")), None, "Literal",
                (loc.findtext("page") or "").strip(),
            ))
        tops.sort(key=lambda t: (t.start, t.end))
        out.append(GoldArticle(text, tuple(tops), int(number) if number.isdigit() else position,
                               (art.findtext("link") or "").strip()))
    return out




def address_votes(url: str, registry: Registry) -> LocaleVotes:
    """What an article's web address says of its locale, as the pipeline reads a document's (`events.locate.
    report_locale`): the outlet the registry knows by the address's domain votes its home country, as the `outlet`
    stage's find does ("thehindu.com" -> India), and a country-code domain votes its country."""
    votes = LocaleVotes()
    outlet = registry.by_domain(url) if url else None
    if outlet is not None and len(outlet.country) == 2:
        votes.add(outlet.country.upper(), None, OUTLET_WEIGHT)
    votes.add(domain_country(url), None, DOMAIN_WEIGHT)
    return votes


def _score(report: GeoReport, gold: GoldToponym, place: Place | None, judge: EntityJudge) -> None:
    if gold.geonameid is not None:
        report.with_gold_id += 1
    if place is None or gold.lat is None or gold.lon is None:
        return
    report.resolved += 1
    err = km(gold.lat, gold.lon, place.latitude, place.longitude)
    report.errors_km.append(err)
    if err <= THRESHOLD_KM:
        report.within_161km += 1
    if err <= THRESHOLD_KM or judge.same(place, lat=gold.lat, lon=gold.lon, geonameid=gold.geonameid,
                                         page=gold.page):
        report.entity_or_161km += 1
    if gold.geonameid is not None and place.geonameid == gold.geonameid:
        report.exact_id += 1


def evaluate_geo(path: Path, *, end_to_end: bool, nlp: Any, limit: int | None = None,
                 half: str | None = None, case: Case = "as-written") -> GeoReport:
    """Score the geocoder on one XML file (or one half of it, see `split_half`); `nlp` (a spaCy pipeline) is
    needed end to end only. With `case` "lower" or "upper" every article's text is re-written in that case first
    (`lettercase`: same offsets, so the gold spans still point at their names). Given `nlp`, text all in capitals
    or all in lower case is read in restored case, as `extract` and `geocode` read it (`events/casing.py`; text in
    ordinary case is left as it is)."""
    from eventwatch.geo import Geocoder, get_gazetteer

    geocoder = Geocoder(get_gazetteer())
    judge = EntityJudge(geocoder.gaz)
    registry = load_registry()
    articles = split_half(read_articles(path), half)
    articles = articles[:limit] if limit else articles
    articles = [replace(a, text=recase(a.text, case)) for a in articles] if case != "as-written" else articles
    name = path.stem + (f" ({half} half)" if half else "") + (f" ({case} case)" if case != "as-written" else "")
    report = GeoReport(name, "end-to-end" if end_to_end else "gold spans", articles=len(articles))
    if nlp is not None:
        from eventwatch.events.casing import restore_case
        from eventwatch.events.lexicon import lexicon_of

        lexicon = lexicon_of(nlp)
        articles = [replace(a, text=restore_case(a.text, lexicon)) for a in articles]
    started = time.perf_counter()
    for art in articles:
        gold = [t for t in art.toponyms if t.geocodable]
        report.gold += len(gold)
        votes = address_votes(art.url, registry)
        if not end_to_end:
            places = geocoder.resolve_spans(art.text, [(t.start, t.end) for t in gold], votes=votes)
            for t, p in zip(gold, places, strict=False):
                _score(report, t, p, judge)
            continue
        predicted = geocoder.find_places(nlp(art.text), votes=votes)
        report.predicted += len(predicted)
        used: set[int] = set()
        for p in predicted:
            assert p.span is not None
            match = next((i for i, t in enumerate(gold)
                          if i not in used and t.start < p.span.end and p.span.start < t.end), None)
            if match is None:
                if any(t.kind in NEUTRAL_TYPES and t.start < p.span.end and p.span.start < t.end
                       for t in art.toponyms):
                    report.neutral += 1
                continue
            used.add(match)
            report.matched += 1
            _score(report, gold[match], p, judge)
    report.seconds = time.perf_counter() - started
    return report


@dataclass
class AcledPlaceReport:
    """How often the first sub-country place the geocoder finds in an ACLED note matches ACLED's own coding."""

    notes: int = 0
    found: int = 0
    within_25km: int = 0
    admin1_match: int = 0
    seconds: float = 0.0

    @property
    def within_25km_rate(self) -> float:
        return self.within_25km / self.notes if self.notes else 0.0

    @property
    def admin1_rate(self) -> float:
        return self.admin1_match / self.notes if self.notes else 0.0

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.update(within_25km_rate=round(self.within_25km_rate, 4), admin1_rate=round(self.admin1_rate, 4))
        return out

    def format(self) -> str:
        return (f"ACLED notes: {self.notes}, a sub-country place found in {self.found}\n"
                f"  within 25 km {self.within_25km_rate:.3f}  admin1 matches {self.admin1_rate:.3f}"
                f"  ({self.seconds:.1f} s)")


def acled_sample(path: Path, limit: int | None) -> list[dict[str, str]]:
    """ACLED rows with notes and coordinates, evenly spread over the file when `limit` is smaller than it."""
    import csv

    if not path.is_file():
        raise EvalDataMissing(f"evaluation file not found: {path}")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("notes") and _float(r.get("latitude")) is not None]
    if limit and limit < len(rows):
        step = len(rows) / limit
        rows = [rows[int(i * step)] for i in range(limit)]
    return rows


def evaluate_acled_places(path: Path, nlp: Any, limit: int | None = 1000) -> AcledPlaceReport:
    """Geocode ACLED notes as written (no country given): the first place below country level that the geocoder
    finds is compared with the row's coordinates (within 25 km) and its admin1 with the row's admin1."""
    from eventwatch.geo import Geocoder, get_gazetteer

    geocoder = Geocoder(get_gazetteer())
    rows = acled_sample(path, limit)
    report = AcledPlaceReport(notes=len(rows))
    started = time.perf_counter()
    for row in rows:
        places = geocoder.find_places(nlp(row["notes"]))
        local = [p for p in places if p.feature_code not in ("PCLI", "RGN", "CONT", "")]
        # the first place named outright; one placed only through part of a longer name comes after
        place = next((p for p in local if p.geo_precision != 2), local[0] if local else None)
        if place is None:
            continue
        place = geocoder.event_point(place)
        report.found += 1
        lat, lon = _float(row["latitude"]), _float(row["longitude"])
        if lat is not None and lon is not None and km(lat, lon, place.latitude, place.longitude) <= 25.0:
            report.within_25km += 1
        if same_admin(place.admin1, row.get("admin1", ""), geocoder.gaz):
            report.admin1_match += 1
    report.seconds = time.perf_counter() - started
    return report

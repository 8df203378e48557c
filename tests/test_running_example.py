"""The running example end to end: the ten poster-burning towns each as its own event, and no event from a slogan
or the closing prediction. Reads ../shared/eval at run time; skips with a message when it is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwatch.geo.distance import km
from eventwatch.records import Event

ARTICLE = "articles/iran-2021-01-05-soleimani-posters"



@pytest.fixture(scope="module")
def example(shared_eval: Path) -> tuple[list[Event], dict]:  # type: ignore[type-arg]
    from eventwatch.api import process_document
    from eventwatch.readers import iter_documents
    from eventwatch.settings import Settings

    settings = Settings.load(published="2021-01-05")
    [doc] = list(iter_documents([str(shared_eval / f"{ARTICLE}.txt")], settings))
    done = process_document(doc, settings)
    gold = json.loads((shared_eval / f"{ARTICLE}.gold.json").read_text(encoding="utf-8"))
    return list(done.events), gold


def _near(events: list[Event], place: dict, types: list[str], max_km: float = 30.0) -> list[Event]:  # type: ignore[type-arg]
    return [e for e in events if e.event_type in types and e.latitude is not None and e.longitude is not None
            and km(e.latitude, e.longitude, place["lat"], place["lon"]) <= place.get("max_km", max_km)]


@pytest.mark.slow
def test_ten_poster_burning_towns_are_ten_events(example: tuple[list[Event], dict]) -> None:  # type: ignore[type-arg]
    events, gold = example
    group = next(g for g in gold["events_required"] if g["group"] == "poster-burning")
    found = {p["name"]: _near(events, p, group["event_type"]) for p in group["places"]}
    missing = [name for name, hits in found.items() if not hits]
    assert not missing, f"no event within 30 km of {missing}"
    distinct = {e.event_id for hits in found.values() for e in hits}
    assert len(distinct) >= 10


@pytest.mark.slow
def test_no_event_from_slogans_or_the_prediction(example: tuple[list[Event], dict]) -> None:  # type: ignore[type-arg]
    events, gold = example
    for phrase in gold["must_not_yield_events_from"]:
        fragment = phrase[:30]
        for event in events:
            assert event.evidence.trigger is None or fragment not in event.evidence.trigger.text
            sentence = event.evidence.sentence.text
            if fragment in sentence:
                # the sentence may hold a real event beside the quote, but its trigger must lie outside the quote
                start = sentence.index(fragment)
                trig = event.evidence.trigger
                assert trig is not None
                rel = trig.start - event.evidence.sentence.start
                assert not start <= rel < start + len(phrase), f"event from the quoted slogan {phrase!r}"


@pytest.mark.slow
def test_the_gold_scoring_finds_every_required_event_and_at_most_two_extra(
        example: tuple[list[Event], dict], shared_eval: Path) -> None:  # type: ignore[type-arg]
    from eventwatch.evaluation.article import score_article

    events, _ = example
    report = score_article(shared_eval / f"{ARTICLE}.gold.json", events)
    assert report.required == 20
    assert report.found == report.required, report.missing
    assert len(report.extra) <= 2, report.extra


@pytest.mark.slow
def test_every_required_event_and_none_beyond_the_gold(shared_eval: Path,
                                                       example: tuple[list[Event], dict]) -> None:  # type: ignore[type-arg]
    from eventwatch.evaluation.article import score_article

    events, _ = example
    report = score_article(shared_eval / f"{ARTICLE}.gold.json", events)
    assert report.found == report.required and not report.missing, report.missing
    assert report.extra == [], report.extra

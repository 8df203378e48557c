"""The `sources` stage: after `events`, say according to whom each event is told.

It finds the document's outlet in the registry and carries the outlet's name, scale and kind onto every event of
the document; finds who claims each event in its sentence (`claimed_by`, with the claimant's span in the
evidence); and marks `partisan_only` when the outlet speaks for a side in the conflicts of the event's country, or
when every claim the event rests on is made by one party to it. Nothing is dropped: a partisan report keeps all of
its events, marked.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from eventwatch.records import Document, Event, LoadedSpan, Outlet, Span
from eventwatch.settings import Settings
from eventwatch.sources.claims import Claim, find_claims, one_side_only
from eventwatch.sources.loaded import find_loaded, loaded_score
from eventwatch.sources.loaded_model import detector
from eventwatch.sources.outlets import outlet_for
from eventwatch.sources.partisan import alpha2, is_partisan, source_confidence
from eventwatch.sources.registry import Registry, load_registry


class FindOutlet:
    """Pipeline stage `outlet`, before `events`: the document's outlet, so that the place resolver can take the
    outlet's country as a hint to the report's locale. A name two countries' outlets share is decided by the
    corpus country (`--country`) here, and by the events' country in the `sources` stage if still open."""

    name = "outlet"
    version = "1"
    requires: tuple[str, ...] = ("text", "id")
    assigns: tuple[str, ...] = ("outlet", "outlet_via")

    def __init__(self, settings: Settings, registry: Registry | None = None) -> None:
        self.settings = settings
        self.registry = registry if registry is not None else load_registry(settings.outlets)

    def __call__(self, doc: Document) -> Document:
        found = outlet_for(doc, self.registry, self.settings.country or None)
        if found is None:
            return doc
        return dataclasses.replace(doc, outlet=found[0], outlet_via=found[1])


class Sources:
    """Pipeline stage `sources`: requires the cleaned text and the events; assigns the outlet and the events'
    source fields."""

    name = "sources"
    version = "1"
    requires: tuple[str, ...] = ("text", "id", "events")
    assigns: tuple[str, ...] = ("outlet", "outlet_via", "loaded_language", "loaded_spans", "events")

    def __init__(self, settings: Settings, registry: Registry | None = None) -> None:
        self.settings = settings
        self.registry = registry if registry is not None else load_registry(settings.outlets)
        self.find = detector(settings.loaded_detector)
        if self.find is not find_loaded:  # results of the learned scorer are not the lexicon's: say so in the stage
            self.version = "1+model"

    def __call__(self, doc: Document) -> Document:
        home = self._country(doc)
        found = (doc.outlet, doc.outlet_via or "") if doc.outlet is not None else outlet_for(doc, self.registry, home)
        outlet, via = found if found is not None else (None, None)
        spans = self.find(doc.text)
        claims: dict[tuple[int, int], tuple[list[Claim], float]] = {}
        for event in doc.events:
            sentence = event.evidence.sentence
            if (sentence.start, sentence.end) not in claims:
                claims[sentence.start, sentence.end] = self._sentence(doc.text, sentence, home, spans)
        events = tuple(self._event(e, home, outlet, *claims[e.evidence.sentence.start, e.evidence.sentence.end])
                       for e in doc.events)
        return dataclasses.replace(doc, outlet=outlet, outlet_via=via, events=events, loaded_spans=tuple(spans),
                                   loaded_language=loaded_score(doc.text, spans))

    def _sentence(self, text: str, sentence: Span, home: str | None, spans: list[LoadedSpan]
                  ) -> tuple[list[Claim], float]:
        """The claims in an event's sentence and its loaded-language score."""
        if text[sentence.start:sentence.end] == sentence.text:
            return (self._claims(text, sentence, home),
                    loaded_score(text, spans, sentence.start, sentence.end))
        return self._claims(text, sentence, home), loaded_score(sentence.text, self.find(sentence.text))

    def _claims(self, text: str, sentence: Span, home: str | None) -> list[Claim]:
        """Claims in an event's sentence; an event coded from text that is not the document's (a short record
        coded as it stands) is read from its evidence."""
        if text[sentence.start:sentence.end] == sentence.text:
            return find_claims(text, sentence.start, sentence.end, registry=self.registry, country=home)
        found = find_claims(sentence.text, registry=self.registry, country=home)
        return [dataclasses.replace(c, span=Span(c.span.start + sentence.start, c.span.end + sentence.start,
                                                 c.span.text)) for c in found]

    def _country(self, doc: Document) -> str | None:
        """The country a report is about: the corpus's (`--country`), else the one most of its events are in."""
        if self.settings.country:
            return self.settings.country
        counts = Counter(c for c in (alpha2(e.iso3) for e in doc.events) if c)
        return counts.most_common(1)[0][0] if counts else None

    def _event(self, event: Event, home: str | None, outlet: Outlet | None, claims: list[Claim],
               loaded: float) -> Event:
        """A report's event is partisan-only when its outlet is a side in the conflicts of the event's country or
        of the country the report is about (an opposition movement's report on Iran telling of a strike in Iraq
        on an Iranian commander tells it as a side), or when the claims it rests on are all one party's."""
        countries: set[str | None] = {c for c in (alpha2(event.iso3), home) if c} or {None}
        country = alpha2(event.iso3) or home
        partisan = any(is_partisan(outlet, c) for c in countries) or one_side_only(claims, event, country)
        evidence = event.evidence
        if claims:
            evidence = dataclasses.replace(evidence, claim=claims[0].span)
        return dataclasses.replace(
            event,
            evidence=evidence,
            source=outlet.name if outlet is not None else event.source,
            source_scale=outlet.source_scale if outlet is not None else None,
            source_kind=outlet.kind if outlet is not None else None,
            claimed_by="; ".join(dict.fromkeys(c.who for c in claims)) or None,
            partisan_only=partisan,
            loaded_language=loaded,
            confidence=source_confidence(event.confidence, outlet, partisan, loaded),
        )

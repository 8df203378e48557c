"""The `sources` stage: after `events`, say according to whom each event is told.

It finds the document's outlet in the registry and carries the outlet's name, scale and kind onto every event of
the document, with `partisan_only` when the outlet speaks for a side in the conflicts of the event's country.
Nothing is dropped: a partisan report keeps all of its events, marked.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from eventwatch.records import Document, Event, Outlet
from eventwatch.settings import Settings
from eventwatch.sources.outlets import outlet_for
from eventwatch.sources.partisan import alpha2, is_partisan
from eventwatch.sources.registry import Registry, load_registry


class Sources:
    """Pipeline stage `sources`: requires the cleaned text and the events; assigns the outlet and the events'
    source fields."""

    name = "sources"
    version = "1"
    requires: tuple[str, ...] = ("text", "id", "events")
    assigns: tuple[str, ...] = ("outlet", "outlet_via", "events")

    def __init__(self, settings: Settings, registry: Registry | None = None) -> None:
        self.settings = settings
        self.registry = registry if registry is not None else load_registry(settings.outlets)

    def __call__(self, doc: Document) -> Document:
        home = self._country(doc)
        found = outlet_for(doc, self.registry, home)
        outlet, via = found if found is not None else (None, None)
        events = tuple(self._event(event, home, outlet) for event in doc.events)
        return dataclasses.replace(doc, outlet=outlet, outlet_via=via, events=events)

    def _country(self, doc: Document) -> str | None:
        """The country a report is about: the corpus's (`--country`), else the one most of its events are in."""
        if self.settings.country:
            return self.settings.country
        counts = Counter(c for c in (alpha2(e.iso3) for e in doc.events) if c)
        return counts.most_common(1)[0][0] if counts else None

    def _event(self, event: Event, home: str | None, outlet: Outlet | None) -> Event:
        """A report's event is partisan-only when its outlet is a side in the conflicts of the event's country or
        of the country the report is about (an opposition movement's report on Iran telling of a strike in Iraq
        on an Iranian commander tells it as a side)."""
        countries: set[str | None] = {c for c in (alpha2(event.iso3), home) if c} or {None}
        return dataclasses.replace(
            event,
            source=outlet.name if outlet is not None else event.source,
            source_scale=outlet.source_scale if outlet is not None else None,
            source_kind=outlet.kind if outlet is not None else None,
            partisan_only=any(is_partisan(outlet, c) for c in countries),
        )

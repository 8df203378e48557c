"""The Python API: the same stages as the CLI, for a string or an iterable of documents."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from eventwatch.dates.published import parse_published
from eventwatch.pipeline import Pipeline, Stage
from eventwatch.records import Document, Event
from eventwatch.settings import Settings

if TYPE_CHECKING:
    from eventwatch.events import EventCoder


_CLASSIFY_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


@lru_cache(maxsize=4)
def _stages(settings: Settings) -> tuple[Stage, ...]:
    from eventwatch.clean import Clean
    from eventwatch.events.assemble import ExtractEvents
    from eventwatch.nlp import load_nlp
    from eventwatch.sources import FindOutlet, Sources

    return (Clean(settings), FindOutlet(settings), ExtractEvents(settings, load_nlp(settings)), Sources(settings))


def _settings(settings: Settings | None, overrides: dict[str, Any]) -> Settings:
    if settings is None:
        return Settings.load(**overrides)
    return dataclasses.replace(settings, **overrides) if overrides else settings


def extract(text: str, published: str | None = None, *, doc_id: str | None = None,
            settings: Settings | None = None, **overrides: Any) -> list[Event]:
    """Events reported in one text, dated relative to `published` (ISO date) when the text carries no date.

    >>> events = extract("Police arrested 12 students in Nairobi on Monday.", published="2024-03-12")
    """
    settings = _settings(settings, overrides)
    published = parse_published(published, settings.date_order)  # UnreadableDate: one clear error
    doc = process_document(Document(raw=text, origin=doc_id or "<text>", published=published), settings)
    if doc_id is not None:
        doc = dataclasses.replace(doc, events=tuple(dataclasses.replace(e, doc_id=doc_id) for e in doc.events))
    return list(doc.events)


def process_document(doc: Document, settings: Settings) -> Document:
    """Clean and extract one document, and say according to whom (outlet, claims, loaded language); a short text
    that cleaning would drop is still coded as it stands."""
    from eventwatch.clean.stage import PUBLISHED_STAGE

    clean, outlet, events, sources = _stages(settings)
    cleaned = clean(doc)
    if cleaned.dropped is not None and cleaned.dropped.stage == PUBLISHED_STAGE:
        return cleaned  # a date that cannot be read is a drop even where a short text is coded as it stands
    if cleaned.dropped is not None:
        text = doc.raw.strip()
        if not text:
            return cleaned
        cleaned = dataclasses.replace(doc, text=text, id=hashlib.sha256(text.encode()).hexdigest()[:16])
    return sources(events(outlet(cleaned)))


def process(docs: Iterable[Document], settings: Settings | None = None) -> Iterator[Document]:
    """Run the full stage list (clean, language, dedupe, outlet, events, sources) over documents, without a store."""
    from eventwatch.runner import build_stages

    settings = settings or Settings.load()
    yield from Pipeline(build_stages(settings), strict=settings.strict).run(docs, settings.batch_size)


def classify_texts(texts: Iterable[str], settings: Settings | None = None, *, known_event: bool = False
                   ) -> list[tuple[str, str] | None]:
    """The main event of each short text as (event_type, sub_event_type), or None when it reports none: what
    `eventwatch classify` answers per record. `known_event`: every text is known to report an event (ACLED notes),
    so weak cues decide instead of "no event"."""
    from eventwatch.nlp import load_nlp

    settings = settings or Settings.load()
    nlp, coder = load_nlp(settings), _coder()
    unused = [name for name in nlp.pipe_names if name not in _CLASSIFY_PIPES]  # the coder reads no entities
    from eventwatch.events.casing import restore_case

    docs = nlp.pipe((restore_case(t) for t in texts), batch_size=64, disable=unused)
    return [coder.classify(doc, known_event=known_event) for doc in docs]


@lru_cache(maxsize=1)
def _coder() -> EventCoder:
    from eventwatch.events import EventCoder as Coder

    return Coder()


def extract_texts(texts: Iterable[str], settings: Settings | None = None) -> list[list[Event]]:
    """The events of each text, through the same stages as `extract` (cleaning, then extraction)."""
    settings = settings or Settings.load()
    return [list(process_document(Document(raw=text, origin=f"<text {n}>"), settings).events)
            for n, text in enumerate(texts)]

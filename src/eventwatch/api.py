"""The Python API: the same stages as the CLI, for a string or an iterable of documents."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwatch.dates.published import parse_published
from eventwatch.pipeline import Pipeline, Stage
from eventwatch.records import Document, Event
from eventwatch.settings import Settings

if TYPE_CHECKING:
    from eventwatch.events import EventCoder


# Documents whose sentences `eventwatch extract` and `extract_texts` parse together.
EXTRACT_BATCH = 32


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
    return process_documents([doc], settings)[0]


def process_documents(docs: Sequence[Document], settings: Settings) -> list[Document]:
    """`process_document` for each of several documents, with their sentences parsed by spaCy together: one
    `nlp.pipe` over the batch instead of a few sentences per call (what `eventwatch extract` feeds it)."""
    from eventwatch.clean.stage import PUBLISHED_STAGE

    clean, outlet, events, sources = _stages(settings)
    ready: list[Document] = []
    live: list[int] = []  # the documents that go on to extraction (the others are answered by cleaning)
    for doc in docs:
        cleaned = clean(doc)
        if cleaned.dropped is not None and cleaned.dropped.stage == PUBLISHED_STAGE:
            ready.append(cleaned)  # a date that cannot be read is a drop even where a short text is coded as it is
            continue
        if cleaned.dropped is not None:
            text = doc.raw.strip()
            if not text:
                ready.append(cleaned)
                continue
            cleaned = dataclasses.replace(doc, text=text, id=hashlib.sha256(text.encode()).hexdigest()[:16])
        live.append(len(ready))
        ready.append(outlet(cleaned))
    pipe = getattr(events, "pipe", None)
    coded = list(pipe([ready[i] for i in live])) if pipe is not None else [events(ready[i]) for i in live]
    for i, doc in zip(live, coded, strict=True):
        ready[i] = sources(doc)
    return ready


def process(docs: Iterable[Document], settings: Settings | None = None) -> Iterator[Document]:
    """Run the full stage list (clean, language, dedupe, outlet, events, sources) over documents, without a store."""
    from eventwatch.runner import build_stages

    settings = settings or Settings.load()
    yield from Pipeline(build_stages(settings), strict=settings.strict).run(docs, settings.batch_size)


@dataclasses.dataclass(frozen=True, slots=True)
class Classified:
    """The main event of a short text: its type (None: no event), how sure, and who decided."""

    label: tuple[str, str] | None
    confidence: float | None  # the arbiter's probability of the answer (None: rules only)
    decided_by: str  # "rules", "arbiter" or "rules and arbiter agree"


def classify_texts(texts: Iterable[str], settings: Settings | None = None, *, known_event: bool = False
                   ) -> list[tuple[str, str] | None]:
    """The main event of each short text as (event_type, sub_event_type), or None when it reports none: what
    `eventwatch classify` answers per record. `known_event`: every text is known to report an event (ACLED notes),
    so weak cues decide instead of "no event". With `settings.arbiter` (the default) the learned arbiter has the
    last word where it disagrees with the rules (see `eventwatch.events.arbiter`)."""
    return [c.label for c in classify_details(texts, settings, known_event=known_event)]


def classify_details(texts: Iterable[str], settings: Settings | None = None, *, known_event: bool = False
                     ) -> list[Classified]:
    """`classify_texts` with the confidence and who decided (the rules, or the arbiter over them)."""
    from eventwatch.events.coder import parse_short_texts
    from eventwatch.nlp import load_nlp

    settings = settings or Settings.load()
    nlp, coder = load_nlp(settings), _coder()
    texts = list(texts)
    docs = parse_short_texts(nlp, texts)
    if not settings.arbiter:
        return [Classified(coder.classify(doc, known_event=known_event), None, "rules") for doc in docs]
    from eventwatch.events.arbiter import load_arbiter
    from eventwatch.events.arbitrate import as_type, judge_texts

    judged = judge_texts(coder, load_arbiter(settings.arbiter_model or None), list(docs), texts,
                         known_event=known_event)
    return [Classified(as_type(coder, v), round(v.confidence, 3), v.decided_by) for _, v in judged]


@lru_cache(maxsize=1)
def _coder() -> EventCoder:
    from eventwatch.events import EventCoder as Coder

    return Coder()


def extract_texts(texts: Iterable[str], settings: Settings | None = None) -> list[list[Event]]:
    """The events of each text, through the same stages as `extract` (cleaning, then extraction)."""
    settings = settings or Settings.load()
    docs = [Document(raw=text, origin=f"<text {n}>") for n, text in enumerate(texts)]
    return [list(doc.events) for start in range(0, len(docs), EXTRACT_BATCH)
            for doc in process_documents(docs[start:start + EXTRACT_BATCH], settings)]


def extract_folder(folder: Path) -> dict[str, list[Event]]:
    """Every document of a folder through the whole pipeline (`process_document`), its events by file name: what a
    golden set is scored on (`evaluation.golden.score_halves`). A golden set holds only news, so a dropped document
    is an error here, not a drop."""
    from eventwatch.readers import iter_documents

    settings = Settings.load()
    extracted: dict[str, list[Event]] = {}
    for doc in iter_documents([str(folder)], settings):
        if doc.dropped is not None:
            raise ValueError(f"{doc.origin}: dropped at {doc.dropped.stage}: {doc.dropped.reason}")
        extracted[Path(doc.origin).name] = list(process_document(doc, settings).events)
    return extracted

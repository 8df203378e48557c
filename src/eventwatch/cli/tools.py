"""The contract commands that read JSON Lines records: `extract`, `classify`, `geocode`, `dates` and `loaded`; and
`loaded-model`, which builds the learned loaded-language scorer into the cache."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import io
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

import click

from eventwatch.cli.options import (
    country_option,
    make_settings,
    out_option,
    outlets_option,
    output,
    settings_options,
)
from eventwatch.dates.published import UnreadableDate, parse_published
from eventwatch.errors import BadRecord
from eventwatch.jsonio import Record, read_records, require_text, write_line
from eventwatch.records import Document
from eventwatch.settings import Settings

if TYPE_CHECKING:
    from eventwatch.api import Classified


def register(cli: click.Group) -> None:
    for command in (extract, classify, geocode, dates, loaded, loaded_model):
        cli.add_command(command)


def _records(paths: tuple[str, ...], strict: bool, stdin: IO[str] | None = None) -> Iterator[Record]:
    """JSONL records; a malformed line comes as a record with its `error` (raised with --strict)."""
    yield from read_records(list(paths), stdin=stdin, strict=strict)


def _answer(handle: IO[str], record: Record, strict: bool, work: Callable[[Record], Iterable[Any]]) -> None:
    """Write what `work` makes of one record; a bad record (no text, text not a string, bad JSON, an unreadable
    date) is answered with one error line, {"id", "error"}, and the stream goes on; --strict stops at it."""
    try:
        for line in work(record):
            write_line(handle, line)
    except (BadRecord, UnreadableDate) as exc:
        if strict:
            raise
        write_line(handle, {"id": record.data.get("id"), "error": str(exc)})


def _answer_each(paths: tuple[str, ...], strict: bool, out: str | None,
                 work: Callable[[Record], Iterable[Any]]) -> None:
    """Answer every record of `paths` in its place (`_answer`) into `--out` (`output` closes it however the stream
    ends)."""
    with output(out) as handle:
        for record in _records(paths, strict):
            _answer(handle, record, strict, work)


def _is_jsonl(paths: tuple[str, ...]) -> tuple[bool, io.StringIO | None]:
    """JSONL when every path is .jsonl, or stdin starts with `{`; stdin is buffered so nothing is lost."""
    if not paths or paths == ("-",):
        data = sys.stdin.read()
        return data.lstrip().startswith("{"), io.StringIO(data)
    return all(p.endswith((".jsonl", ".ndjson")) for p in paths), None


@click.command()
@click.argument("paths", nargs=-1)
@out_option
@country_option
@outlets_option
@settings_options
def extract(paths: tuple[str, ...], out: str | None, country: str | None, outlets: tuple[str, ...] | None,
            config: str | None, published: str | None, strict: bool | None, quiet: bool) -> None:
    """One JSON event per line from documents or JSONL records {"id", "text", "published"?, "url"?, "source"?}."""
    from eventwatch.api import EXTRACT_BATCH, process_documents

    settings = make_settings(config, published=published, strict=strict, country=country, outlets=outlets)
    jsonl, buffered = _is_jsonl(paths)

    def events(result: Document, origin: str, record_id: str) -> Iterator[dict[str, Any]]:
        if result.dropped is not None:
            raise BadRecord(f"{origin}: dropped at {result.dropped.stage}: {result.dropped.reason}")
        for event in result.events:
            yield dataclasses.asdict(dataclasses.replace(event, doc_id=record_id or event.doc_id))

    def document(record: Record) -> Document:
        data = record.data
        return Document(raw=require_text(record), origin=f"{record.origin}:{record.line}",
                        published=parse_published(data.get("published") or None, settings.date_order),
                        url=_opt(data, "url"), source=_opt(data, "source"))

    def again(record: Record) -> list[dict[str, Any]]:
        document(record)  # raises the record's error again, so that it is answered in its place
        return []

    def answered(result: Document, origin: str) -> Callable[[Record], Iterator[dict[str, Any]]]:
        return lambda record: events(result, origin, str(record.data.get("id", "")))

    def answer(batch: list[tuple[Record, Document | None]]) -> None:
        """Extract a batch of records together, then answer each in its place (a bad one with its error)."""
        results = iter(process_documents([doc for _, doc in batch if doc is not None], settings))
        for record, doc in batch:
            work = again if doc is None else answered(next(results), doc.origin)
            _answer(handle, record, settings.strict, work)

    with output(out) as handle:
        if jsonl:
            batch: list[tuple[Record, Document | None]] = []
            for record in _records(paths, settings.strict, buffered):
                try:
                    batch.append((record, document(record)))
                except (BadRecord, UnreadableDate):
                    batch.append((record, None))
                if len(batch) >= EXTRACT_BATCH or (settings.strict and batch[-1][1] is None):
                    answer(batch)
                    batch = []
            answer(batch)
        else:
            docs: list[Document] = []
            for doc in _documents(paths, settings, buffered):
                if doc.dropped is not None:
                    click.echo(f"dropped {doc.origin}: {doc.dropped.stage}: {doc.dropped.reason}", err=True)
                    continue
                docs.append(doc)
                if len(docs) >= EXTRACT_BATCH:
                    _write_events(handle, docs, process_documents(docs, settings), events)
                    docs = []
            _write_events(handle, docs, process_documents(docs, settings), events)


def _write_events(handle: IO[str], docs: list[Document], results: list[Document],
                  events: Callable[[Document, str, str], Iterator[dict[str, Any]]]) -> None:
    for doc, result in zip(docs, results, strict=True):
        for line in events(result, doc.origin, ""):
            write_line(handle, line)


def _documents(paths: tuple[str, ...], settings: Settings, buffered: io.StringIO | None) -> Iterator[Document]:
    if buffered is not None:
        yield Document(raw=buffered.getvalue(), origin="<stdin>")
        return
    from eventwatch.readers import iter_documents

    for doc in iter_documents(list(paths), settings):
        yield dataclasses.replace(doc, id="")


def _opt(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return str(value) if value not in (None, "") else None


@click.command()
@click.argument("paths", nargs=-1)
@out_option
@settings_options
@click.option("--known-event", is_flag=True,
              help="Every record is known to report an event (ACLED notes): weak cues decide instead of no event.")
def classify(paths: tuple[str, ...], out: str | None, config: str | None, published: str | None,
             strict: bool | None, quiet: bool, known_event: bool) -> None:
    """The main event type of each JSONL record: {"id", "event_type", "sub_event_type", "confidence",
    "decided_by"} (nulls when none; decided_by: rules, arbiter, or rules and arbiter agree)."""
    from eventwatch.api import classify_details

    settings = make_settings(config, published=published, strict=strict)
    records = list(_records(paths, settings.strict))
    texts: dict[int, str] = {}
    for i, record in enumerate(records):  # bad records are answered in their place, the rest classified at once
        try:
            texts[i] = require_text(record)
        except BadRecord:
            if settings.strict:
                raise
    answers = dict(zip(texts, classify_details(list(texts.values()), settings, known_event=known_event),
                       strict=True))
    with output(out) as handle:
        for i, record in enumerate(records):
            _answer(handle, record, settings.strict, functools.partial(_label, answer=answers.get(i)))


def _label(record: Record, answer: Classified | None) -> list[dict[str, Any]]:
    require_text(record)
    label = answer.label if answer else None
    return [{"id": record.data.get("id"), "event_type": label[0] if label else None,
             "sub_event_type": label[1] if label else None, "confidence": answer.confidence if answer else None,
             "decided_by": answer.decided_by if answer else None}]


@click.command()
@click.argument("paths", nargs=-1)
@out_option
@settings_options
def geocode(paths: tuple[str, ...], out: str | None, config: str | None, published: str | None,
            strict: bool | None, quiet: bool) -> None:
    """Places of each JSONL record {"id", "text", "spans"?}; with spans, one place (or null) per span. Text all in
    capitals or all in lower case is read in restored case, as `extract` reads it (`events/casing.py`)."""
    from eventwatch.events.casing import restore_case
    from eventwatch.events.lexicon import lexicon_of
    from eventwatch.geo import Geocoder, get_gazetteer
    from eventwatch.nlp import load_nlp

    settings = make_settings(config, published=published, strict=strict)
    nlp, geocoder = load_nlp(settings), Geocoder(get_gazetteer())

    def places(record: Record) -> list[dict[str, Any]]:
        text = restore_case(require_text(record), lexicon_of(nlp))  # same length: the offsets stand
        spans = record.data.get("spans")
        if spans is not None:
            pairs = _spans(record, spans, len(text))
            found = geocoder.resolve_spans(text, pairs)
            rows: list[dict[str, Any] | None] = [
                None if p is None else _place(p, s, e) for p, (s, e) in zip(found, pairs, strict=True)
            ]
        else:
            rows = [_place(p, p.span.start if p.span else None, p.span.end if p.span else None)
                    for p in geocoder.find_places(nlp(text))]
        return [{"id": record.data.get("id"), "places": rows}]

    _answer_each(paths, settings.strict, out, places)


def _spans(record: Record, spans: Any, length: int) -> list[tuple[int, int]]:
    try:
        pairs = [(int(s), int(e)) for s, e in spans]
    except (TypeError, ValueError) as exc:
        raise BadRecord(f"{record.origin}:{record.line}: spans must be [[start, end], ...]") from exc
    for s, e in pairs:
        if not 0 <= s < e <= length:
            raise BadRecord(f"{record.origin}:{record.line}: span [{s}, {e}] is outside the text")
    return pairs


def _place(p: Any, start: int | None, end: int | None) -> dict[str, Any]:
    return {"start": start, "end": end, "name": p.name, "geonameid": p.geonameid, "latitude": p.latitude,
            "longitude": p.longitude, "feature_code": p.feature_code, "country": p.country, "admin1": p.admin1,
            "geo_precision": p.geo_precision}


@click.command()
@click.argument("paths", nargs=-1)
@out_option
@settings_options
def dates(paths: tuple[str, ...], out: str | None, config: str | None, published: str | None,
          strict: bool | None, quiet: bool) -> None:
    """Time expressions of each JSONL record {"id", "text", "published"}, normalised to ISO-8601 values."""
    from eventwatch.dates.timeml import timexes

    settings = make_settings(config, published=published, strict=strict)

    def expressions(record: Record) -> list[dict[str, Any]]:
        text = require_text(record)
        raw_ref = parse_published(record.data.get("published") or None, settings.date_order) or settings.published
        reference = dt.date.fromisoformat(raw_ref) if raw_ref else None
        found = timexes(text, reference)
        return [{"id": record.data.get("id"), "dates": [
            {"start": t.span.start, "end": t.span.end, "text": t.span.text, "value": t.value, "mod": t.mod,
             "precision": d.granularity, "first": d.first.isoformat(), "last": d.last.isoformat(),
             "time_precision": d.time_precision}
            for t in found if (d := t.date) is not None], "lengths": [
            {"start": t.span.start, "end": t.span.end, "text": t.span.text, "type": t.type, "value": t.value,
             "mod": t.mod}
            for t in found if t.date is None]}]

    _answer_each(paths, settings.strict, out, expressions)


DETECTOR = click.option("--detector", type=click.Choice(["auto", "model", "lexicon"]), default=None,
                        help="What finds the spans: the learned model built by `eventwatch loaded-model`, the "
                             "shipped lexicon, or auto (the model when built; setting loaded_detector).")


@click.command()
@click.argument("paths", nargs=-1)
@out_option
@DETECTOR
@settings_options
def loaded(paths: tuple[str, ...], out: str | None, detector: str | None, config: str | None, published: str | None,
           strict: bool | None, quiet: bool) -> None:
    """Loaded language and name-calling in each JSONL record {"id", "text"}: {"id", "score", "spans": [{"start",
    "end", "text", "technique"}]} with technique "Loaded_Language" or "Name_Calling,Labeling"."""
    from eventwatch.sources import loaded_score
    from eventwatch.sources.loaded_model import detector as choose

    settings = make_settings(config, published=published, strict=strict)
    find = choose(detector or settings.loaded_detector)

    def scored(record: Record) -> list[dict[str, Any]]:
        text = require_text(record)
        spans = find(text)
        return [{"id": record.data.get("id"), "score": loaded_score(text, spans), "spans": [
            {"start": s.start, "end": s.end, "text": s.text, "technique": s.technique} for s in spans]}]

    _answer_each(paths, settings.strict, out, scored)


@click.command(name="loaded-model")
@click.argument("directory", default="../shared/eval/language/ptc")
@click.option("--out", type=click.Path(dir_okay=False), help="Write the model here instead of the cache.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def loaded_model(directory: str, out: str | None, quiet: bool) -> None:
    """Build the learned loaded-language scorer from a Propaganda Techniques Corpus folder (its odd article ids
    only) into the cache, where `loaded`, `run` and `eval language` find it. PTC is for research use only, so the
    model is built on your machine, never shipped."""
    from pathlib import Path

    from eventwatch.evaluation.language import build_model

    model, path = build_model(directory, Path(out) if out else None)
    if not quiet:
        click.echo(f"wrote {path}: threshold {model.threshold}, grow {model.grow}, trained on {model.trained_on}")
        if model.cv_f1 is not None:
            click.echo(f"two-fold cross-validation inside those articles (folds by article id): span F1 "
                       f"{model.cv_f1:.3f} at these thresholds")

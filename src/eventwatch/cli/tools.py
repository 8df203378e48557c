"""The contract commands that read JSON Lines records: `extract`, `classify`, `geocode` and `dates`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import sys
from collections.abc import Iterator
from typing import IO, Any

import click

from eventwatch.cli.options import (
    country_option,
    make_settings,
    open_out,
    out_option,
    outlets_option,
    settings_options,
)
from eventwatch.errors import BadRecord
from eventwatch.jsonio import Record, read_records, require_text, write_line
from eventwatch.records import Document
from eventwatch.settings import Settings


def register(cli: click.Group) -> None:
    for command in (extract, classify, geocode, dates, loaded):
        cli.add_command(command)


def _records(paths: tuple[str, ...], strict: bool, stdin: IO[str] | None = None) -> Iterator[Record]:
    """JSONL records; malformed lines are reported on stderr (or raised with --strict) and skipped."""
    problems: list[str] | None = None if strict else []
    yield from read_records(list(paths), stdin=stdin, problems=problems)
    for problem in problems or []:
        click.echo(f"skipped: {problem}", err=True)


def _is_jsonl(paths: tuple[str, ...]) -> tuple[bool, io.StringIO | None]:
    """JSONL when every path is .jsonl, or stdin starts with `{`; stdin is buffered so nothing is lost."""
    if not paths or paths == ("-",):
        data = sys.stdin.read()
        return data.lstrip().startswith("{"), io.StringIO(data)
    return all(p.endswith((".jsonl", ".ndjson")) for p in paths), None


def _close(handle: IO[str]) -> None:
    if handle is not sys.stdout:
        handle.close()


@click.command()
@click.argument("paths", nargs=-1)
@out_option
@country_option
@outlets_option
@settings_options
def extract(paths: tuple[str, ...], out: str | None, country: str | None, outlets: tuple[str, ...] | None,
            config: str | None, published: str | None, strict: bool | None, quiet: bool) -> None:
    """One JSON event per line from documents or JSONL records {"id", "text", "published"?, "url"?, "source"?}."""
    from eventwatch.api import process_document

    settings = make_settings(config, published=published, strict=strict, country=country, outlets=outlets)
    jsonl, buffered = _is_jsonl(paths)
    handle = open_out(out)
    try:
        for doc in _documents(paths, settings, jsonl, buffered):
            if doc.dropped is not None:
                click.echo(f"dropped {doc.origin}: {doc.dropped.stage}: {doc.dropped.reason}", err=True)
                continue
            record_id = doc.id
            result = process_document(doc, settings)
            for event in result.events:
                write_line(handle, dataclasses.asdict(dataclasses.replace(event, doc_id=record_id or event.doc_id)))
    finally:
        _close(handle)


def _documents(paths: tuple[str, ...], settings: Settings, jsonl: bool, buffered: io.StringIO | None
               ) -> Iterator[Document]:
    if jsonl:
        for record in _records(paths, settings.strict, buffered):
            data = record.data
            yield Document(raw=require_text(record), origin=f"{record.origin}:{record.line}",
                           id=str(data.get("id", "")), published=_opt(data, "published"),
                           url=_opt(data, "url"), source=_opt(data, "source"))
        return
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
    """The main event type of each JSONL record: {"id", "event_type", "sub_event_type"} (nulls when none)."""
    from eventwatch.api import classify_texts

    settings = make_settings(config, published=published, strict=strict)
    records = list(_records(paths, settings.strict))
    handle = open_out(out)
    try:
        labels = classify_texts([require_text(r) for r in records], settings, known_event=known_event)
        for record, label in zip(records, labels, strict=True):
            write_line(handle, {"id": record.data.get("id"), "event_type": label[0] if label else None,
                                "sub_event_type": label[1] if label else None})
    finally:
        _close(handle)


@click.command()
@click.argument("paths", nargs=-1)
@out_option
@settings_options
def geocode(paths: tuple[str, ...], out: str | None, config: str | None, published: str | None,
            strict: bool | None, quiet: bool) -> None:
    """Places of each JSONL record {"id", "text", "spans"?}; with spans, one place (or null) per span."""
    from eventwatch.geo import Geocoder, get_gazetteer
    from eventwatch.nlp import load_nlp

    settings = make_settings(config, published=published, strict=strict)
    nlp, geocoder = load_nlp(settings), Geocoder(get_gazetteer())
    handle = open_out(out)
    try:
        for record in _records(paths, settings.strict):
            text = require_text(record)
            spans = record.data.get("spans")
            if spans is not None:
                pairs = _spans(record, spans, len(text))
                places = geocoder.resolve_spans(text, pairs)
                rows: list[dict[str, Any] | None] = [
                    None if p is None else _place(p, s, e) for p, (s, e) in zip(places, pairs, strict=True)
                ]
            else:
                rows = [_place(p, p.span.start if p.span else None, p.span.end if p.span else None)
                        for p in geocoder.find_places(nlp(text))]
            write_line(handle, {"id": record.data.get("id"), "places": rows})
    finally:
        _close(handle)


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
    from eventwatch.dates import find_dates, parse_date
    from eventwatch.dates.timeml import timeml_mod, to_timeml_value

    settings = make_settings(config, published=published, strict=strict)
    handle = open_out(out)
    try:
        for record in _records(paths, settings.strict):
            text = require_text(record)
            raw_ref = _opt(record.data, "published") or settings.published or None
            ref = parse_date(raw_ref, None) if raw_ref else None
            reference: dt.date | None = ref.last if ref else None
            found = find_dates(text, reference, indefinite=True)
            write_line(handle, {"id": record.data.get("id"), "dates": [
                {"start": d.span.start if d.span else None, "end": d.span.end if d.span else None,
                 "text": d.span.text if d.span else None, "value": to_timeml_value(d), "mod": timeml_mod(d),
                 "precision": d.granularity, "first": d.first.isoformat(), "last": d.last.isoformat(),
                 "time_precision": d.time_precision}
                for d in found]})
    finally:
        _close(handle)


@click.command()
@click.argument("paths", nargs=-1)
@out_option
@settings_options
def loaded(paths: tuple[str, ...], out: str | None, config: str | None, published: str | None,
           strict: bool | None, quiet: bool) -> None:
    """Loaded language and name-calling in each JSONL record {"id", "text"}: {"id", "score", "spans": [{"start",
    "end", "text", "technique"}]} with technique "Loaded_Language" or "Name_Calling,Labeling"."""
    from eventwatch.sources import find_loaded, loaded_score

    settings = make_settings(config, published=published, strict=strict)
    handle = open_out(out)
    try:
        for record in _records(paths, settings.strict):
            text = require_text(record)
            spans = find_loaded(text)
            write_line(handle, {"id": record.data.get("id"), "score": loaded_score(text, spans), "spans": [
                {"start": s.start, "end": s.end, "text": s.text, "technique": s.technique} for s in spans]})
    finally:
        _close(handle)

"""A part holds a document's records as Arrow is given them: the per-type converter of `write_part` gives what
asking each value its type gives (dicts for records, lists for tuples, None where a record or tuple is missing),
and a part read back is the document written, its raw text left out."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from eventwatch.records import Caption, Dateline, Document, Drop, Event, Evidence, LoadedSpan, Outlet, Span
from eventwatch.runner.parts import _plainer, read_part, write_part


def _asked(value: Any) -> Any:
    """What the converter gives, found by asking each value what it is (the conversion before the per-type one)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _asked(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return [_asked(v) for v in value]
    return value


def _documents() -> list[Document]:
    said = Span(40, 52, "the army said")
    event = Event(event_id="e1", doc_id="d1", event_type="Battles", sub_event_type="Armed clash",
                  evidence=Evidence(sentence=Span(0, 60, "Troops clashed with rebels near Goma, the army said."),
                                    trigger=Span(7, 14, "clashed"), claim=said),
                  event_date="2024-03-01", fatalities=3, latitude=-1.68, longitude=29.22, background=False)
    full = Document(raw="RAW TEXT", origin="a.txt", id="d1", text="Troops clashed with rebels near Goma.",
                    title="Clash", dateline=Dateline(place="GOMA", date="March 1"),
                    captions=(Caption("A road near Goma.", at=12),), events=(event,),
                    outlet=Outlet(id="o", name="Wire", country="CD", source_scale="national", kind="news",
                                  party_to=("gov",)),
                    loaded_language=0.5, loaded_spans=(LoadedSpan(0, 6, "Troops", "Name_Calling"),))
    dropped = Document(raw="x", origin="b.txt", dropped=Drop("language", "not English"))
    return [full, dropped, Document(raw="", origin="c.txt")]


def test_the_per_type_converter_gives_what_asking_each_value_gives() -> None:
    plain = _plainer(Document)
    assert plain is not None
    for doc in _documents():
        assert repr(plain(doc)) == repr(_asked(doc))  # the same keys in the same order, lists not tuples


def test_a_part_read_back_is_the_documents_written_without_their_raw_text(tmp_path: Path) -> None:
    docs = _documents()
    write_part(tmp_path, "k", docs, {"key": "k"})
    assert list(read_part(tmp_path, "k")) == [dataclasses.replace(d, raw="") for d in docs]
    assert docs[0].raw == "RAW TEXT"  # the documents given are left as they were

"""The demo corpus against its golden file of expected events: floors that may only go up."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.evaluation.golden import fold, load_expected, score
from eventwatch.records import Document, Event

ROOT = Path(__file__).resolve().parent.parent
# Measured on this code; raise them when extraction improves, never lower them.
RECALL_FLOOR = 0.92
PRECISION_FLOOR = 0.66


@pytest.mark.slow
def test_demo_corpus_meets_the_golden_floors() -> None:
    from eventwatch.api import process_document
    from eventwatch.readers import iter_documents
    from eventwatch.settings import Settings

    settings = Settings.load()
    # the dataset's events: the golden file's background (an earlier occurrence a story recalls after its lead) is
    # no event of it, and the export leaves the events the pipeline marks as background out (coder114)
    expected = load_expected(ROOT / "tests" / "fixtures" / "demo_expected.json", background=False)
    extracted: dict[str, list[Event]] = {}
    for doc in iter_documents([str(ROOT / "examples")], settings):
        name = Path(doc.origin).name
        if name in expected and doc.dropped is None:
            done: Document = process_document(doc, settings)
            extracted[name] = [event for event in done.events if not event.background]
    report = score(expected, extracted)
    print(report.format())
    assert report.expected >= 65
    assert report.recall >= RECALL_FLOOR, report.misses
    assert report.precision >= PRECISION_FLOOR


CAPTIONED = ROOT / "examples" / "bolivia-2024-06-28-oruro-fuel-protests.txt"


def _events_by_place(raw: str) -> tuple[Document, dict[str, Event]]:
    from eventwatch.api import process_document
    from eventwatch.settings import Settings

    done = process_document(Document(raw=raw, origin=CAPTIONED.name), Settings.load())
    return done, {fold(e.location): e for e in done.events}


@pytest.mark.slow
def test_a_photo_caption_dates_the_undated_paragraph_beside_it() -> None:
    _, events = _events_by_place(CAPTIONED.read_text(encoding="utf-8"))
    assert sorted(events) == ["cochabamba", "oruro", "potosi", "sucre"]
    for place, day, caption in (("oruro", "2024-06-27", "June 27, 2024 — Miners burn tyres"),
                                ("sucre", "2024-06-26", "Teachers march in Sucre - 26 June")):
        event = events[place]
        assert (event.event_date, event.time_precision) == (day, 1)
        assert event.evidence.date is None  # the caption is not part of the text, so no span can point at it
        assert caption in event.notes
    # a paragraph's own time expression wins over the caption beside it
    assert events["cochabamba"].event_date == "2024-06-25" and events["cochabamba"].evidence.date is not None
    assert events["potosi"].event_date == "2024-06-26"
    assert all("caption" not in events[p].notes for p in ("cochabamba", "potosi"))


@pytest.mark.slow
def test_without_its_captions_the_article_keeps_its_text_ids_and_the_lead_s_day() -> None:
    raw = CAPTIONED.read_text(encoding="utf-8")
    doc, with_captions = _events_by_place(raw)
    bare = "\n".join(line for line in raw.split("\n") if line not in {c.text for c in doc.captions})
    bare_doc, without = _events_by_place(bare)
    assert not bare_doc.captions and bare_doc.id == doc.id  # captions never were part of the text
    for place in ("cochabamba", "potosi"):
        assert without[place].event_id == with_captions[place].event_id
    # without the captions the text gives these paragraphs no day of their own: they take the lead's ("on
    # Wednesday", 26 June; `when.lead_date`), Sucre's own day; Oruro's, 27 June, was only the caption's to tell
    for place in ("oruro", "sucre"):
        assert (without[place].event_date, without[place].time_precision) == ("2024-06-26", 1)
        assert "caption" not in without[place].notes

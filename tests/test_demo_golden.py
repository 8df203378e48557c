"""The demo corpus against its golden file of expected events: floors that may only go up."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.evaluation.golden import load_expected, score
from eventwatch.records import Document, Event

ROOT = Path(__file__).resolve().parent.parent
# Measured on this code; raise them when extraction improves, never lower them.
RECALL_FLOOR = 0.87
PRECISION_FLOOR = 0.60


@pytest.mark.slow
def test_demo_corpus_meets_the_golden_floors() -> None:
    from eventwatch.api import process_document
    from eventwatch.readers import iter_documents
    from eventwatch.settings import Settings

    settings = Settings.load()
    expected = load_expected(ROOT / "tests" / "fixtures" / "demo_expected.json")
    extracted: dict[str, list[Event]] = {}
    for doc in iter_documents([str(ROOT / "examples")], settings):
        name = Path(doc.origin).name
        if name in expected and doc.dropped is None:
            done: Document = process_document(doc, settings)
            extracted[name] = list(done.events)
    report = score(expected, extracted)
    print(report.format())
    assert report.expected >= 70
    assert report.recall >= RECALL_FLOOR, report.misses
    assert report.precision >= PRECISION_FLOOR

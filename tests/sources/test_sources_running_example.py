"""The running example according to whom: one partisan outlet's account (PMOI/MEK, an Iranian opposition
movement), so every event it tells is partisan-only. Reads ../shared/eval at run time; skips with a message when
it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.records import Document

ARTICLE = "articles/iran-2021-01-05-soleimani-posters.txt"


@pytest.fixture(scope="module")
def done(shared_eval: Path) -> Document:
    from eventwatch.api import process_document
    from eventwatch.readers import iter_documents
    from eventwatch.settings import Settings

    settings = Settings.load(published="2021-01-05")
    [doc] = list(iter_documents([str(shared_eval / ARTICLE)], settings))
    return process_document(doc, settings)


@pytest.mark.slow
def test_the_outlet_is_pmoi_mek_a_partisan_iranian_opposition_movement(done: Document) -> None:
    assert done.outlet is not None
    assert (done.outlet.name, done.outlet.kind, done.outlet.side, done.outlet.country) == (
        "PMOI/MEK", "partisan", "opposition movement", "IR")
    assert done.outlet_via == "credit"  # the "Reporting by PMOI/MEK" line


@pytest.mark.slow
def test_every_event_is_partisan_only_and_kept(done: Document) -> None:
    assert len(done.events) >= 20
    assert all(e.partisan_only for e in done.events)
    assert all(e.source == "PMOI/MEK" and e.source_kind == "partisan" for e in done.events)


@pytest.mark.slow
def test_the_loaded_terms_are_flagged_with_spans(done: Document) -> None:
    flagged = {s.text.lower(): s.technique for s in done.loaded_spans}
    for term in ("brave youths", "suppressive bases", "mullahs"):
        assert term in flagged, f"{term!r} not flagged: {sorted(flagged)}"
    assert any(k.startswith("terrorist") for k in flagged)
    assert all(done.text[s.start:s.end] == s.text for s in done.loaded_spans)
    assert done.loaded_language is not None and done.loaded_language > 0.3
    scored = [e.loaded_language for e in done.events]
    assert all(v is not None for v in scored) and max(v for v in scored if v is not None) > 0

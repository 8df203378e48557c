"""The running example (read at test time from ../shared/eval, never copied): furniture, captions, dateline
and source attribution."""

from __future__ import annotations

from pathlib import Path

from eventwatch.clean import Clean
from eventwatch.readers import iter_documents
from eventwatch.settings import Settings

ARTICLE = "articles/iran-2021-01-05-soleimani-posters.txt"


def test_running_example_cleaning(shared_eval: Path) -> None:
    settings = Settings()
    [raw] = list(iter_documents([str(shared_eval / ARTICLE)], settings))
    doc = Clean(settings)(raw)
    assert doc.dropped is None
    assert "728 x 90" not in doc.text
    captions = [c.text for c in doc.captions]
    assert len(captions) == 5
    for caption in captions:
        assert caption not in doc.text  # the duplicated caption, and every dated one, is out of the body
    assert [c.date for c in doc.captions] == [None, "2021-01-04", "2021-01-02", "2021-01-03", "2020-12-31"]
    assert doc.dateline.place == "Iran" and doc.dateline.date == "2021-01-05"
    assert doc.reference_date == "2021-01-05"
    assert doc.reported_by == "PMOI/MEK"
    assert "Reporting by" not in doc.text
    assert doc.text.startswith("Iran, January 5, 2021")  # the dateline stays in the text, so spans stay honest
    assert doc.title is not None and doc.title.startswith("Iran: People celebrate anniversary")
    assert doc.title not in doc.text
    assert "In Tehran, Mashhad, Sabzevar" in doc.text
    assert len(doc.id) == 16

"""The in-process run's summary: its memory does not grow with a corpus's drops."""

from __future__ import annotations

import pytest

from eventwatch.records import Document, Drop
from eventwatch.runner import local
from eventwatch.runner.local import RunSummary


def test_a_summary_counts_every_drop_and_lists_the_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local, "LISTED_DROPS", 3)
    summary = RunSummary()
    for i in range(10):
        stage, reason = ("language", "not English: de") if i % 2 else ("read", "empty file")
        summary.add(Document(raw="", origin=f"{i}.txt", dropped=Drop(stage, reason)))
    summary.add(Document(raw="x", origin="ok.txt", id="a", text="x"))
    assert len(summary.drops) == 10 and summary.read == 11 and summary.stored == 1
    assert [origin for origin, _, _ in summary.drops] == ["0.txt", "1.txt", "2.txt"]
    assert summary.drop_reasons == {"language: not English": 5, "read: empty file": 5}

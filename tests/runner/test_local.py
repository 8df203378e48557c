"""The in-process run's summary and its skipping of stored documents: their memory does not grow with a corpus's
drops or with the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from eventwatch.cli.data import _print_summary
from eventwatch.records import Document, Drop
from eventwatch.runner import local
from eventwatch.runner.local import RunSummary, SkipStored
from eventwatch.store import ALREADY_STORED, Store


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


def test_the_printed_summary_says_when_only_the_first_drops_are_listed(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(local, "LISTED_DROPS", 2)
    summary = RunSummary()
    for i in range(5):
        summary.add(Document(raw="", origin=f"gone{i}.txt", dropped=Drop("read", "empty file")))
    console = Console(record=True, width=400)
    with Store(tmp_path / "s.duckdb") as store:
        _print_summary(console, summary, store, "s.duckdb")
    out = console.export_text()
    assert "5 dropped" in out
    assert "the first 2 of 5 listed (5 read: empty file)" in out
    assert "gone1.txt" in out and "gone2.txt" not in out


def test_the_printed_summary_lists_every_drop_under_the_limit(tmp_path: Path) -> None:
    summary = RunSummary()
    summary.add(Document(raw="", origin="gone.txt", dropped=Drop("read", "empty file")))
    console = Console(record=True, width=400)
    with Store(tmp_path / "s.duckdb") as store:
        _print_summary(console, summary, store, "s.duckdb")
    out = console.export_text()
    assert "gone.txt" in out and "listed" not in out


def test_skipping_stored_documents_looks_them_up_batch_by_batch(tmp_path: Path) -> None:
    """A document the store held when the run began is skipped; one stored by the run itself is not (the dedupe
    stage drops a later copy as an exact copy, as when the stage read every stored id at its start), and the stage
    keeps no set of the store's ids."""
    with Store(tmp_path / "s.duckdb") as store:
        empty = SkipStored(store)
        assert empty.stored(["a"]) == set()
        store.write_batch([Document(raw="x", origin="a.txt", id="a", text="x")])
        skip = SkipStored(store)
        store.write_batch([Document(raw="y", origin="b.txt", id="b", text="y")])  # stored during the run
        docs = [Document(raw=t, origin=f"{t}.txt", id=t, text=t) for t in ("a", "b", "c")]
        out = list(skip.pipe(docs))
        assert [d.dropped.reason if d.dropped else None for d in out] == [ALREADY_STORED, None, None]
        assert skip(docs[0]).dropped is not None and skip(docs[1]).dropped is None
        assert empty.stored(["a", "b"]) == set()
        assert not any(isinstance(v, set | dict | list) for v in vars(skip).values())  # no ids held


def test_a_server_ingesting_again_skips_what_its_earlier_ingests_stored(tmp_path: Path) -> None:
    """`advance` moves the run's start to now: the documents stored since are skipped from then on, looked up in the
    store (`web/live.py` calls it after every tick instead of adding every stored id to a set)."""
    with Store(tmp_path / "s.duckdb") as store:
        skip = SkipStored(store)
        store.write_batch([Document(raw="a", origin="a.txt", id="a", text="a")])
        assert skip.stored(["a", "b"]) == set()
        skip.advance()
        store.write_batch([Document(raw="b", origin="b.txt", id="b", text="b")])
        assert skip.stored(["a", "b", "c"]) == {"a"}
        skip.advance()
        assert skip.stored(["a", "b", "c"]) == {"a", "b"}

"""The merge's memory of reports read and pairs compared is a bounded cache of the most recently used: what it lets
go is read again, and the merged events are the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from mergerows import contents
from test_merge_store import DOCS, _all_at_once

import eventwatch.merge.load as merge_load
from eventwatch.merge import merge_new
from eventwatch.store import Store


def test_a_cache_of_one_report_merges_as_a_large_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reference = _all_at_once(tmp_path / "all.duckdb")
    monkeypatch.setattr(merge_load, "_KEEP", 1)
    with Store(tmp_path / "small.duckdb") as store:
        for doc in DOCS:
            with store.transaction():
                store.write_batch([doc])
                merge_new(store, [doc.id])
        kept = merge_load._LOADERS[store]
        assert len(kept.reports) <= 1 and len(kept.pairs) <= 4
        assert contents(store) == reference

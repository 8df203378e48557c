"""A batch's new reports read from the rows it wrote (`merge/fresh.py`) are the rows the store's query gives."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path
from typing import Any

import pytest
from mergerows import document, row

from eventwatch.merge.fresh import fresh_rows
from eventwatch.merge.load import _DOC_FIELDS, report_rows
from eventwatch.records import Document, Event, Evidence, Span
from eventwatch.store import Store

TEXT = ("Clashes in Kano. Gunmen attacked Fagge and Ungogo on Monday, killing four. Police said the market in "
        "Kano was shut last year. Troops later arrived.")


def _twins() -> Document:
    """One sentence telling one attack at two places (twins, the first place written first), a background event of
    another sentence, and an event with no date span."""
    sentence = "Gunmen attacked Fagge and Ungogo on Monday, killing four."
    start = TEXT.index(sentence)
    background = "Police said the market in Kano was shut last year."
    later = TEXT.index(background)

    def event(n: int, place: str, at: int, **fields: Any) -> Event:
        base = {k: v for k, v in row(n, "t", place).items() if k in Event.__dataclass_fields__}
        base.update(event_id=f"twin-{n}", doc_id="t", source=None, **fields)
        span = Span(start, start + len(sentence), sentence)
        return Event(evidence=Evidence(sentence=span, place=Span(at, at + 5, TEXT[at:at + 5]),
                                       date=Span(start + 33, start + 42, "on Monday")), **base)

    events = (
        event(1, "Fagge", TEXT.index("Fagge")),
        event(2, "Ungogo", TEXT.index("Ungogo")),
        dataclasses.replace(event(3, "Kano", later + 26), background=True, event_date="2023-03-04",
                            evidence=Evidence(sentence=Span(later, later + len(background), background))),
    )
    return Document(raw=TEXT, origin="t.txt", id="t", text=TEXT, title="Two attacks in Kano", published="2024-03-05",
                    source="Outlet t", events=events)


def _same(fresh: dict[str, Any], stored: dict[str, Any]) -> bool:
    """Equal column for column, in the query's order and with its types (NaN equal to NaN)."""
    return list(fresh) == list(stored) and all(
        type(fresh[k]) is type(stored[k]) and (fresh[k] == stored[k] or (
            isinstance(fresh[k], float) and math.isnan(fresh[k]) and math.isnan(stored[k]))) for k in stored)


def _compare(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    fresh = fresh_rows(store, ids, store.columns("report_events"), store.columns("documents"), _DOC_FIELDS)
    stored = {str(r["event_id"]): r for r in report_rows(store, ids)}
    for i, values in fresh.items():
        assert _same(values, stored[i]), (i, {k: (values.get(k), v) for k, v in stored[i].items()
                                              if values.get(k) != v})
    return fresh


def _ids(store: Store) -> list[str]:
    return [str(r[0]) for r in store.con.execute("SELECT event_id FROM report_events ORDER BY 1").fetchall()]


def test_a_batch_s_reports_read_from_its_rows_equal_the_query_s_rows(tmp_path: Path) -> None:
    docs = [_twins(),
            document("a", "Report a. Gunmen killed five traders in Kano on Monday. More.",
                     [row(1, "a", sentence="Gunmen killed five traders in Kano on Monday.", fatalities=5)]),
            document("b", "Report b. Five died at a market on Monday. More.",
                     [row(1, "b", sentence="Five died at a market on Monday.", date_span=False, place_span=False,
                          time_precision=2)]),
            Document(raw="Nothing happened.", origin="q.txt", id="q", text="Nothing happened.")]
    with Store(tmp_path / "s.duckdb") as store, store.transaction():
        store.write_batch(docs)
        ids = _ids(store)
        fresh = _compare(store, ids)
        assert sorted(fresh) == ids  # every report of the batch, none read back
        assert fresh["twin-1"]["twins"] and fresh["twin-1"]["twin_first"]  # Fagge written before Ungogo
        assert fresh["twin-2"]["twins"] and not fresh["twin-2"]["twin_first"]
        assert fresh["twin-1"]["lead"] and not fresh["twin-3"]["lead"]  # background: no lead
        assert fresh["twin-1"]["date_offset"] == 33 and fresh["twin-1"]["updated_at"] is not None
        # the fields a span evidences (the place and the day here; the sentence is none), as the query counts them
        assert [fresh[i]["field_spans"] for i in ("twin-1", "twin-3")] == [2, 0]
        assert sorted(v["field_spans"] for k, v in fresh.items() if not k.startswith("twin")) == [0, 2]


def test_a_document_stored_before_is_read_from_the_store(tmp_path: Path) -> None:
    a = document("a", "Report a. Gunmen killed five traders in Kano on Monday. More.",
                 [row(1, "a", sentence="Gunmen killed five traders in Kano on Monday.")])
    b = document("b", "Report b. Gunmen killed two farmers near Wudil on Monday. More.",
                 [row(1, "b", place="Wudil", sentence="Gunmen killed two farmers near Wudil on Monday.")])
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([a])
        again = Document(raw=a.raw, origin="elsewhere.txt", id="a", text=a.text, events=a.events)
        store.write_batch([again, b])  # the stored row keeps its origin: only b's report is given
        fresh = _compare(store, _ids(store))
        assert [v["doc_id"] for v in fresh.values()] == ["b"]


def test_what_a_batch_wrote_is_forgotten_when_undone_or_removed(tmp_path: Path) -> None:
    a = document("a", "Report a. Gunmen killed five traders in Kano on Monday. More.",
                 [row(1, "a", sentence="Gunmen killed five traders in Kano on Monday.")])
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.write_batch([a])
            assert store.written is not None
            raise RuntimeError("the merge failed")
        assert store.written is None and not _ids(store)
        store.write_batch([a])
        assert store.written is not None
        store.forget(["a"], [])
        assert store.written is None

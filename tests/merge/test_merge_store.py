"""Merging in the store: incremental equals all at once, re-running adds nothing, a split is re-clustered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import duckdb
import pytest
from mergerows import assert_any_order_gives, contents, document, row

from eventwatch.merge import merge_new, recompute
from eventwatch.records import Document
from eventwatch.store import Store


def _doc(doc: str, sentence: str, **fields: Any) -> Document:
    r = row(1, doc, sentence=sentence, **fields)
    return document(doc, f"Report {doc}. {sentence} More details followed.", [r])


DOCS = [
    _doc("a", "Gunmen killed five traders at Kurmi market in Kano on Monday.", fatalities=5),
    _doc("b", "Five traders died at Kurmi market when gunmen struck on Monday.", place="Fagge", fatalities=5),
    _doc("c", "The toll of the Kurmi market attack rose to seven.", day="2024-03-05", time_precision=2,
         date_span=False, fatalities=7),
    _doc("d", "Gunmen killed two farmers near Wudil on Monday.", place="Wudil", fatalities=2),
    _doc("e", "Armed men shot dead a trader at Sabon Gari market in Kano.", day="2024-03-11", fatalities=1),
    _doc("f", "A trader was shot at Sabon Gari market on Monday, police said.", day="2024-03-11",
         doc_duplicate_of="e"),
    _doc("g", "Jets struck the Karama camp near Atmeh, killing four.", place="Atmeh", fatalities=4),
    _doc("h", "Warplanes hit the Qah camp near Maarat al-Numan.", place="Maarrat"),
]



def _all_at_once(path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    with Store(path) as store:
        store.write_batch(DOCS)
        merge_new(store)
        return contents(store)


def test_merging_one_report_at_a_time_in_any_order_equals_merging_all_at_once(tmp_path: Path) -> None:
    reference = _all_at_once(tmp_path / "all.duckdb")
    assert len(reference[0]) == 5  # Kurmi market (a, b, c), Wudil, Sabon Gari (e and its copy f), two camps
    assert_any_order_gives(DOCS, reference, tmp_path)


def test_merging_again_adds_and_changes_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch(DOCS)
        first = merge_new(store)
        assert (first.reports, first.events) == (8, 5)
        before = contents(store)
        assert merge_new(store).reports == 0 and merge_new(store, [d.id for d in DOCS]).reports == 0
        assert recompute(store).events == 0  # every merged event already as it should be
        assert contents(store) == before
        sabon = store.query("SELECT n_reports, n_sources FROM events WHERE location = 'Kano' "
                            "AND event_date = '2024-03-11'")
        assert sabon == [{"n_reports": 2, "n_sources": 1}]  # the copy counts once


def test_a_report_that_splits_what_two_others_joined_is_reclustered(tmp_path: Path) -> None:
    protest = {"event_type": "Protests", "sub_event_type": "Peaceful protest", "actor1": "Protesters (Nigeria)",
               "inter1": 6, "actor2": None, "inter2": None}
    # x (4 March, Kano) joins y (3 March, Fagge, a part of Kano 1.5 km away): a day apart, one market and its
    # traders' leader named ...
    x = _doc("x", "Traders led by Musa Dankano protested over levies at Kurmi market.", day="2024-03-04", **protest)
    y = _doc("y", "Traders led by Musa Dankano marched at Kurmi market in Fagge on Sunday.", place="Fagge",
             day="2024-03-03", **protest)
    # ... until z (5 March, Kano) comes, closer to x; z and y are two days apart, so y is left on its own
    z = _doc("z", "Traders of Musa Dankano at Kurmi market protested over levies again on Tuesday.", day="2024-03-05",
             **protest)
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([x, y])
        merge_new(store)
        assert store.query("SELECT n_reports FROM events") == [{"n_reports": 2}]
        store.write_batch([z])
        counts = merge_new(store, ["z"])
        groups = sorted(sorted(g) for g in (r["docs"] for r in store.query(
            "SELECT list(doc_id) AS docs FROM event_reports GROUP BY event_id")))
        assert groups == [["x", "z"], ["y"]]
        assert counts.reports == 1
        split = contents(store)
    with Store(tmp_path / "once.duckdb") as store:
        store.write_batch([z, y, x])
        merge_new(store)
        assert contents(store) == split


def test_a_failed_merge_leaves_the_batch_unwritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import eventwatch.merge.storage as storage

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("merge failed")

    monkeypatch.setattr(storage, "cluster", broken)
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.write_batch(DOCS[:2])
            merge_new(store)
        assert store.count("documents") == 0 and store.count("report_events") == 0


def test_a_store_written_before_merging_is_merged_when_next_written(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.write_batch(DOCS)
    con = duckdb.connect(str(path))  # as the first release left it: per-report events in `events`
    con.execute("DROP TABLE events")
    con.execute("DROP TABLE event_reports")
    con.execute("DROP INDEX report_events_doc")  # the first release had no index of its own on it
    con.execute("ALTER TABLE report_events RENAME TO events")
    con.close()
    with Store(path, read_only=True) as store:
        assert store.count("events") == 8  # read-only readers see the old table as it is
    with Store(path) as store:
        assert store.count("report_events") == 8
        merge_new(store)
        assert store.count("events") == 5 and store.count("event_reports") == 8


def test_reports_coded_again_are_read_again(tmp_path: Path) -> None:
    # a document forgotten and stored again (run --reprocess) may bring events of the same ids with new values
    first = _doc("a", "Gunmen killed five traders at Kurmi market in Kano on Monday.", fatalities=5)
    again = _doc("a", "Gunmen killed five traders at Kurmi market in Kano on Monday.", fatalities=7)
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([first])
        merge_new(store)
        assert store.query("SELECT fatalities FROM events") == [{"fatalities": 5}]
        store.forget(["a"], [])
        store.write_batch([again])
        recompute(store)
        assert store.query("SELECT fatalities FROM events") == [{"fatalities": 7}]


# Reports the merge finds by its keys (`schema.NEAR_KEY`): of no day (compared with every report of their country of
# a related type), dated by their month, of no country, and far apart in time.
FAR = [
    *DOCS,
    _doc("i", "Gunmen killed a trader at Kurmi market in Kano, residents said.", day=None, doc_published="2024-03-06",
         fatalities=1),
    _doc("j", "Traders protested at Kurmi market in Kano over the killings.", day=None, doc_published="2024-03-07",
         event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Nigeria)", inter1=6),
    _doc("k", "Gunmen killed five traders at Kurmi market in Kano in March.", day="2024-03-01", time_precision=3,
         date_span=False, fatalities=5),
    _doc("l", "Gunmen killed three people at a market, police said on Monday.", country=None, iso3=None,
         admin1=None, admin2=None, location=None, latitude=None, longitude=None, geo_precision=None,
         geonameid=None, place_span=False),
    _doc("m", "Gunmen killed two traders at Kurmi market in Kano on Monday.", day="2023-11-06", fatalities=2),
]


def test_reports_found_by_the_merges_keys_merge_alike_in_any_order(tmp_path: Path) -> None:
    reference = _all_at_once_of(FAR, tmp_path / "all.duckdb")
    assert_any_order_gives(FAR, reference, tmp_path)


def test_a_store_written_before_the_merges_keys_gains_them(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.write_batch(FAR[:-1])
        merge_new(store)
        keys = store.con.execute("SELECT * FROM merge_keys ORDER BY ALL").fetchall()
        assert {k for k, _ in keys} >= {"Nigeria|-", "*|" + str(dt.date(2024, 3, 4).toordinal() // 8)}
        store.con.execute("DROP TABLE merge_keys")
    with Store(path) as store:
        assert store.con.execute("SELECT * FROM merge_keys ORDER BY ALL").fetchall() == keys
        store.write_batch(FAR[-1:])
        merge_new(store, [FAR[-1].id])
        assert contents(store) == _all_at_once_of(FAR, tmp_path / "all.duckdb")


def _all_at_once_of(docs: list[Document], path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    with Store(path) as store:
        store.write_batch(docs)
        merge_new(store)
        return contents(store)


def test_a_store_older_than_the_country_column_is_keyed_as_unplaced(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE events (event_id VARCHAR PRIMARY KEY, doc_id VARCHAR, event_date VARCHAR)")
    con.execute("INSERT INTO events VALUES ('old', 'd', '2020-01-01')")
    con.close()
    with Store(path) as store:
        [(key, event_id)] = store.con.execute("SELECT * FROM merge_keys").fetchall()
        assert event_id == "old" and key.startswith("*|")


def test_the_look_up_of_stored_neighbours_skips_the_new_reports(tmp_path: Path) -> None:
    """`_near` leaves out the ids it is told to skip (the batch's own new reports, which the look-up in
    `event_reports` would drop anyway) and keeps the stored neighbours it found before."""
    from eventwatch.merge import load_rules
    from eventwatch.merge.load import loader
    from eventwatch.merge.storage import _near

    rules = load_rules()
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch(DOCS[:2])
        merge_new(store)
        store.write_batch(DOCS[2:4])
        load = loader(store, rules)
        new = load.load("WHERE r.event_id NOT IN (SELECT report_event_id FROM event_reports)")
        everything = _near(store, new, rules, load)
        skipped = _near(store, new, rules, load, skip={r.id for r in new})
    assert {r.id for r in new} <= set(everything) and len(new) == 2
    assert skipped == [i for i in everything if i not in {r.id for r in new}] and len(skipped) == 2

"""Reports of no day reach the reports of the season, year or decade they name (`merge/undated.py`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mergerows import assert_any_order_gives, contents, document, report, row

from eventwatch.merge import load_rules, merge_new
from eventwatch.merge.cluster import candidates
from eventwatch.merge.undated import period_of
from eventwatch.store import Store


def test_a_date_value_names_its_period_ended_at_publication() -> None:
    day = dt.date
    assert period_of("2017", day(2024, 11, 9)) == (day(2017, 1, 1), day(2017, 12, 31))
    assert period_of("201X", None) == (day(2010, 1, 1), day(2019, 12, 31))
    assert period_of("19XX", None) == (day(1900, 1, 1), day(1999, 12, 31))
    assert period_of("2017-03-20/2017-06-20", None) == (day(2017, 3, 20), day(2017, 6, 20))
    # "this year", in an article of March: the months before it
    assert period_of("2024", day(2024, 3, 5)) == (day(2024, 1, 1), day(2024, 3, 5))
    assert period_of(None, day(2024, 3, 5)) is None and period_of("PAST_REF", None) is None


def _pairs(*reports: object) -> set[tuple[str, str]]:
    return {tuple(sorted((a.id, b.id))) for a, b in candidates(reports, load_rules())}  # type: ignore[arg-type, misc]


def test_a_report_of_a_year_is_compared_with_that_years_reports_only() -> None:
    # "Gunmen who killed traders at Kurmi market in 2017 struck again": the 2017 attack, told in a 2024 article
    old = report(1, "old", day=None, date_value="2017", doc_published="2024-03-06", background=True)
    same_year = report(1, "then", day="2017-05-02")
    this_year = report(1, "now", day="2024-03-04")
    other_year = report(1, "told", day=None, date_value="2019", doc_published="2024-03-07")
    told_again = report(1, "again", day=None, date_value="2017", doc_published="2024-03-08")
    no_period = report(1, "nodate", day=None, doc_published=None)
    pairs = _pairs(old, same_year, this_year, other_year, told_again, no_period)
    assert ("old-1", "then-1") in pairs and ("again-1", "old-1") in pairs
    assert ("now-1", "old-1") not in pairs and ("old-1", "told-1") not in pairs
    # a report naming no period reaches every report of its country, as before
    assert {("nodate-1", x) for x in ("now-1", "old-1", "then-1", "told-1")} | {("again-1", "nodate-1")} <= pairs


# An article of 2024 telling of the 2017 attack at the market (of no day), another of that year's attack, and the
# reports of this week's attack: merged in any order as at once, found by the keys of the period's days
TEXTS = {
    "p": ("Gunmen attacked traders at Kurmi market in Kano in 2017, killing four.", None, "2017", "2024-03-06"),
    "q": ("Gunmen killed four traders at Kurmi market in Kano on Tuesday.", "2017-05-02", None, "2017-05-03"),
    "r": ("Gunmen killed five traders at Kurmi market in Kano on Monday.", "2024-03-04", None, "2024-03-05"),
    "s": ("Gunmen killed five people at Kurmi market in Kano on Monday.", "2024-03-04", None, "2024-03-05"),
    "t": ("The 2017 attack on Kurmi market in Kano killed four traders.", None, "2017", "2024-03-07"),
}


def test_reports_of_a_period_merge_alike_in_any_order(tmp_path: Path) -> None:
    docs = []
    for doc, (sentence, day, value, published) in TEXTS.items():
        fields = row(1, doc, day=day or "2024-03-04", sentence=sentence, date_value=value, doc_published=published,
                     fatalities=4 if "four" in sentence else 5)
        if day is None:
            fields.update(event_date=None, time_precision=None, date_span=False)
        docs.append(document(doc, sentence, [fields]))
    with Store(tmp_path / "all.duckdb") as store:
        store.write_batch(docs)
        merge_new(store)
        reference = contents(store)
        linked = dict(store.con.execute("SELECT report_event_id, event_id FROM event_reports").fetchall())
    ids = {doc.id: doc.events[0].event_id for doc in docs}
    # this week's two reports are one event, and the 2017 attack's reports are not theirs
    assert linked[ids["r"]] == linked[ids["s"]] and linked[ids["p"]] != linked[ids["r"]]
    assert linked[ids["t"]] != linked[ids["r"]] and linked[ids["q"]] != linked[ids["s"]]
    assert_any_order_gives(docs, reference, tmp_path)

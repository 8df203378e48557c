"""A merged event's fields by ACLED's rules, and how many independent sources tell it."""

from __future__ import annotations

import json

from mergerows import report

from eventwatch.merge import Cluster, Report, independent_groups, load_rules, merged_row

RULES = load_rules()


def merged(*reports: Report) -> dict[str, object]:
    ordered = tuple(sorted(reports, key=lambda r: r.sort_key))
    return merged_row(Cluster(ordered, (), ordered[0].id), RULES)


def test_the_lowest_toll_of_the_latest_day_unless_a_later_report_revises_it() -> None:
    same_day = [report(1, "a", fatalities=5), report(1, "b", fatalities=8), report(1, "c", fatalities=0)]
    assert merged(*same_day)["fatalities"] == 5  # the conservative figure of one day's reports
    later = report(1, "d", fatalities=11, doc_published="2024-03-05")
    row = merged(*same_day, later)
    assert row["fatalities"] == 11  # the next day's report revises the toll
    assert "Tolls reported: 5, 8, 11; the lowest of the reports of 2024-03-05: 11." in str(row["notes"])
    part = report(1, "e", fatalities=2, doc_published="2024-03-06")  # "two more of the wounded died"
    assert merged(*same_day, later, part)["fatalities"] == 11


def test_the_most_precise_place_and_day_any_report_gives() -> None:
    row = merged(report(1, "a", place="Kano State", geo_precision=3, doc_published="2024-03-03"),
                 report(1, "b", day="2024-03-05", time_precision=2, date_span=False, doc_published="2024-03-05"),
                 report(1, "c", place="Fagge", day="2024-03-04", doc_published="2024-03-06"))
    assert (row["location"], row["geo_precision"], row["event_date"], row["time_precision"]) == (
        "Kano", 1, "2024-03-04", 1)
    assert row["event_id"] == "a-1" and row["doc_id"] == "a"  # the earliest report founds the event


def test_a_day_named_outright_beats_the_days_of_tellings() -> None:
    """Two reports giving only the day police told it ("police said on Monday") and one naming Sunday: Sunday."""
    text = "Five traders were killed when gunmen opened fire in the market, police said on Monday."
    told = [report(1, x, day="2024-03-04", sentence=text, date_offset=text.index("Monday"), doc_published="2024-03-04")
            for x in ("a", "b")]
    named = report(1, "c", day="2024-03-03", sentence="Gunmen killed five traders on Sunday.",
                   doc_published="2024-03-05")
    assert all(r.told for r in told)
    assert merged(*told, named)["event_date"] == "2024-03-03"
    assert merged(*told)["event_date"] == "2024-03-04"  # told only: the day of the telling, as extraction gave it


def test_the_most_specific_actor_named() -> None:
    row = merged(report(1, "a"), report(1, "b", actor1="Bandit Militia (Nigeria)", inter1=3),
                 report(1, "c", actor1="Bandit Militia (Nigeria)", inter1=3))
    assert row["actor1"] == "Bandit Militia (Nigeria)" and row["interaction"] == 37


def test_type_by_most_sources() -> None:
    row = merged(report(1, "a", event_type="Battles", sub_event_type="Armed clash"), report(1, "b"), report(1, "c"))
    assert (row["event_type"], row["sub_event_type"]) == ("Violence against civilians", "Attack")


def test_sources_copies_and_one_outlet_twice_count_once() -> None:
    reports = [
        report(1, "a", doc_source="Daily Trust"),
        report(1, "b", doc_source="Daily Trust"),  # the same outlet twice
        report(1, "c", doc_source="Kano Chronicle", doc_duplicate_of="a"),  # a near-duplicate of a's story
        report(1, "d", doc_source="Premium Times", doc_reported_by="(AFP)"),
        report(1, "e", doc_source="Vanguard", doc_reported_by="AFP"),  # the same wire, edited apart
        report(1, "f", doc_source="Radio Kano", source_scale="Subnational"),
        report(1, "g", doc_source=None, doc_url="https://www.example-news.ng/story", source_scale="National"),
    ]
    assert len(independent_groups(reports)) == 4
    row = merged(*reports)
    assert (row["n_reports"], row["n_sources"]) == (7, 4)
    # in the order they told it (all on one day: originals before the copy)
    assert row["source"] == "Daily Trust; Premium Times; Vanguard; Radio Kano; example-news.ng; Kano Chronicle"
    assert row["source_scale"] == "Subnational-National"
    listed = json.loads(str(row["reports"]))
    assert [r["doc_id"] for r in listed] == list("abdefgc")
    assert set(listed[0]) == {"doc_id", "record_id", "source", "reported_by", "url", "evidence"}
    assert "Told by 7 reports from 4 independent sources" in str(row["notes"])


def test_a_report_told_once_keeps_its_own_values() -> None:
    one = report(1, "a", fatalities=3, notes="On 2024-03-04, gunmen attacked.")
    row = merged(one)
    assert row["notes"] == "On 2024-03-04, gunmen attacked." and row["fatalities"] == 3
    assert (row["n_reports"], row["n_sources"], row["event_id"]) == (1, 1, "a-1")

"""A report with no country (no word of it resolved to a place) joins a placed report whose town its sentence or its
document names, whatever country that is; it never joins two countries' reports into one event, and merging it
in any order gives the same events as merging everything at once."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from mergerows import assert_any_order_gives, contents, document, report, row

from eventwatch.merge import Report, cluster, compare, load_rules, merge_new, recompute
from eventwatch.merge import load as storage_load
from eventwatch.merge.load import _LOADERS, Loader
from eventwatch.records import Document
from eventwatch.store import Store

RULES = load_rules()
NOWHERE: dict[str, Any] = {"country": None, "iso3": None, "admin1": None, "admin2": None, "location": None,
                           "latitude": None, "longitude": None, "geo_precision": None, "geonameid": None,
                           "place_span": False}


def test_an_unplaced_report_naming_the_town_joins_it() -> None:
    """"Gunmen raided Dawakin Kudu" with the village unknown to the gazetteer, beside a report placed at it."""
    placed = report(1, "a", place="Wudil", fatalities=4,
                    sentence="Gunmen raided the town of Wudil on Monday, killing four traders.")
    unplaced = report(1, "b", sentence="Gunmen raided Wudil on Monday afternoon, looting shops.", **NOWHERE)
    link = compare(placed, unplaced, RULES)
    assert link.score >= RULES.link and "both name Wudil" in link.why


def test_an_unplaced_report_whose_document_names_the_town_joins_it() -> None:
    """"Teachers staged a protest in the capital today", the next sentence saying "outside Parliament in Kano"."""
    placed = report(1, "a", sentence="Teachers marched through Kano on Monday to demand unpaid salaries.",
                    event_type="Protests", sub_event_type="Peaceful protest", assoc_actor_1="Teachers (Nigeria)")
    unplaced = report(1, "b", sentence="Teachers staged a peaceful protest in the capital on Monday.",
                      doc_text="Teachers staged a peaceful protest in the capital on Monday. Union leaders addressed "
                               "them outside the Assembly in Kano.",
                      event_type="Protests", sub_event_type="Peaceful protest", assoc_actor_1="Teachers (Nigeria)",
                      **NOWHERE)
    link = compare(placed, unplaced, RULES)
    assert link.score >= RULES.link and any("unplaced report's document" in why for why in link.why)
    # its document naming nothing of the town: nothing says where it was, and it stays apart
    silent = report(1, "c", sentence="Teachers staged a peaceful protest in the capital on Monday.",
                    doc_text="Teachers staged a peaceful protest in the capital on Monday.",
                    event_type="Protests", sub_event_type="Peaceful protest", assoc_actor_1="Teachers (Nigeria)",
                    **NOWHERE)
    assert compare(placed, silent, RULES).score < RULES.link


def test_a_report_placed_only_at_its_country_gives_no_town_to_name() -> None:
    country = report(1, "a", sentence="Gunmen killed four traders in Nigeria on Monday.", fatalities=4,
                     admin1=None, admin2=None, location="Nigeria", geo_precision=3)
    unplaced = report(1, "b", sentence="Gunmen killed four traders in Nigeria on Monday.", **NOWHERE)
    assert "one unplaced" in compare(country, unplaced, RULES).why


def test_an_unplaced_report_never_joins_two_countries() -> None:
    """A report of no country naming two towns of two countries' reports joins one of them at most."""
    kano = report(1, "a", sentence="Gunmen attacked a market in Wudil on Monday.", place="Wudil")
    atmeh = report(1, "b", place="Atmeh", sentence="Gunmen attacked a market in Atmeh on Monday.",
                   event_type="Violence against civilians", sub_event_type="Attack")
    unplaced = report(1, "c", sentence="Gunmen attacked markets in Wudil and Atmeh on Monday.", **NOWHERE)
    assert compare(kano, unplaced, RULES).score >= RULES.link and compare(atmeh, unplaced, RULES).score >= RULES.link
    clusters = cluster([kano, atmeh, unplaced], RULES)
    assert all(len({r.country for r in c.reports} - {None}) <= 1 for c in clusters)
    assert len(clusters) == 2


def _doc(doc: str, sentence: str, **fields: Any) -> Document:
    r = row(1, doc, sentence=sentence, **fields)
    return document(doc, f"Report {doc}. {sentence} More details followed.", [r])


DOCS = [
    _doc("a", "Gunmen raided the town of Wudil on Monday, killing four traders.", place="Wudil", fatalities=4),
    _doc("b", "Gunmen raided Wudil on Monday afternoon, burning shops.", **NOWHERE),
    _doc("c", "Jets struck a camp near Atmeh on Monday, killing four.", place="Atmeh", fatalities=4),
    _doc("d", "Gunmen killed two farmers in Kano on Tuesday.", day="2024-03-05", fatalities=2),
    _doc("e", "Armed men shot a trader somewhere on Monday.", **NOWHERE),
    # named with both towns of two countries: recompute clusters the two countries in one pass
    _doc("f", "Gunmen attacked markets in Kano and Atmeh on Monday.", **NOWHERE),
]



def test_an_unplaced_report_merges_alike_in_any_order_and_on_recompute(tmp_path: Path) -> None:
    with Store(tmp_path / "all.duckdb") as store:
        store.write_batch(DOCS)
        merge_new(store)
        reference = contents(store)
        wudil = store.query("SELECT n_reports, country, location FROM events WHERE location = 'Wudil'")
        spans = store.query("SELECT l.event_id, count(DISTINCT r.country) AS n FROM event_reports l JOIN report_events "
                            "r ON r.event_id = l.report_event_id GROUP BY l.event_id HAVING n > 1")
    assert not spans  # no event holds reports of two countries
    assert wudil == [{"n_reports": 2, "country": "Nigeria", "location": "Wudil"}]  # a and b, at a's place
    assert len(reference[0]) == 4  # f joins one of the two towns' events
    assert_any_order_gives(DOCS, reference, tmp_path)


def test_an_unplaced_report_joins_a_report_naming_its_spot() -> None:
    """"The town of Dawakin Kudu", unknown to the gazetteer, beside a report placed at Kano by its dateline that
    writes the town too: the spot both write is the place."""
    placed = report(1, "a", place_span=False, fatalities=3,
                    sentence="KANO, Nigeria — Gunmen killed three soldiers in Dawakin Kudu late on Sunday.")
    unplaced = report(1, "b", fatalities=3, sentence="Three soldiers died in an ambush in the town of Dawakin Kudu on "
                      "Sunday night.", **NOWHERE)
    link = compare(placed, unplaced, RULES)
    assert link.score >= RULES.link and "both name dawakin kudu" in link.why
    # a province both name is no spot
    province = report(1, "c", fatalities=3, sentence="Three soldiers died in an ambush in Kano State on Sunday night.",
                      **NOWHERE)
    assert compare(placed, province, RULES).score < RULES.link


def test_a_report_writing_the_province_of_a_coarser_report_lies_in_it() -> None:
    """"Dawaki in Kano State's Gaya area" placed by the gazetteer at a namesake in another state, beside a report
    placed at Kano State (at its seat, "Gwale"): the province it writes outweighs the coordinate."""
    misplaced = report(1, "a", place="Zaria", fatalities=5,
                       sentence="Bandits killed five farmers in Dawaki in Kano State's Gaya area on Monday.")
    state = report(1, "b", place="Kano State", location="Gwale", place_text="Kano State", fatalities=5,
                   sentence="Five farmers were shot dead on their farms in Kano State on Monday, condemning the attack "
                            "on Dawaki community.")
    link = compare(misplaced, state, RULES)
    assert link.conflict is None and link.score >= RULES.link
    # writing no province, it stays outside
    silent = report(1, "c", place="Zaria", fatalities=5, sentence="Bandits killed five farmers in Dawaki on Monday.")
    assert compare(silent, state, RULES).conflict is not None


def test_a_toll_revision_placed_at_the_hospital_joins_its_event_by_the_place_it_names() -> None:
    """"... rose to seven on Tuesday after two wounded traders died in hospital in Kano": Kano is where they died,
    not where the attack was; the revision joins the Wudil attack it names (41 km away), not a Kano look-alike."""
    attack = report(1, "a", place="Wudil", place_text="Wudil", fatalities=5,
                    sentence="Gunmen attacked the Dawaki Tofa market in Wudil on Monday, killing five traders.")
    revision = report(1, "b", day="2024-03-05", place_text="Kano", fatalities=7,
                      sentence="The toll from Monday's attack on the Dawaki Tofa market rose to seven on Tuesday after "
                               "two wounded traders died in hospital in Kano.")
    assert revision.aside and not attack.aside
    link = compare(attack, revision, RULES)
    assert link.conflict is None and link.score >= RULES.link
    kano = report(1, "c", place_text="Kano", fatalities=2,
                  sentence="A bomb exploded at the Sabon Gari market in Kano on Monday, killing two shoppers.")
    assert compare(kano, revision, RULES).score < RULES.link


def test_recompute_reads_each_countrys_reports_once_beside_unplaced_ones(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """With reports of no country in the store, `recompute` finds the placed reports they may join by one query over
    their days (any country), not by reading every country's reports before its own pass reads them again; a
    country's reports far in time from every unplaced report are not read for them at all. The events are the same
    as merging everything at once."""
    far = _doc("g", "Gunmen killed a herder in Zaria on Friday.", place="Zaria", day="2024-09-06")
    docs = [*DOCS, far]
    queries: list[tuple[str, tuple[Any, ...]]] = []
    read: list[str] = []
    load_rows = storage_load.report_rows

    def spy_load(self: Loader, where: str, params: Any = ()) -> list[Report]:
        queries.append((where, tuple(params)))
        return original(self, where, params)

    def spy_rows(store: Store, ids: Any, docs: Any = None) -> list[dict[str, Any]]:
        read.extend(ids)
        return load_rows(store, ids, docs)

    original = Loader.load
    with Store(tmp_path / "all.duckdb") as store:
        store.write_batch(docs)
        merge_new(store)
        reference = contents(store)
        zaria = [str(r["event_id"]) for r in store.query("SELECT event_id FROM report_events WHERE location = 'Zaria'")]
        _LOADERS.pop(store, None)  # a fresh loader: what recompute reads, not what merge_new kept
        store.written = None  # nor the rows the batch wrote (`store/written.py`): every report read from the store
        monkeypatch.setattr(Loader, "load", spy_load)
        monkeypatch.setattr(storage_load, "report_rows", spy_rows)
        recompute(store)
        assert contents(store) == reference
    per_country = Counter(params for where, params in queries if where == "WHERE r.country = ?")
    assert set(per_country) == {("Nigeria",), ("Syria",)} and set(per_country.values()) == {1}
    assert len(read) == len(set(read))  # every report read once
    assert zaria and read.count(zaria[0]) == 1  # by Nigeria's own pass only

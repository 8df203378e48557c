"""A report the gazetteer placed at a namesake abroad, in a country its document never names while writing itself
in another ("KANO, Nigeria —" and a market read at a town in Syria), is compared as a report of no place with the
reports of the country it writes only; merging it in any order, or recomputing, gives the same events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mergerows import assert_any_order_gives, contents, document, report, row

from eventwatch.merge import compare, load_rules, merge_new
from eventwatch.merge.written import named, written, written_abroad
from eventwatch.records import Document
from eventwatch.store import Store

RULES = load_rules()
# a market of Kano read by the gazetteer at a namesake in Syria, as a street or a terminus unknown at home is
ABROAD: dict[str, Any] = {"place": "Atmeh", "event_type": "Violence against civilians", "sub_event_type": "Attack",
                          "actor1": "Unidentified Armed Group (Nigeria)", "inter1": 3,
                          "actor2": "Civilians (Nigeria)", "inter2": 7}
DATELINE = "KANO, Nigeria — "


def test_a_country_counts_where_it_is_written_as_where() -> None:
    assert written("HARARE, Zimbabwe — Vendors marched on Tuesday.") == {"ZWE"}
    assert written("Students marched in the Chilean capital on Thursday.") == {"CHL"}
    assert written("An army base in Nigeria's north-eastern Borno state was attacked.") == {"NGA"}
    assert written("Rebels attacked a police station in southwestern Colombia.") == {"COL"}
    # who acted and what a place borders are not where it happened
    assert written("Russian forces shelled the town near the border with Niger.") == set()
    assert named("Brazilian police said") == {"BRA"}


def test_a_namesake_abroad_is_read_as_a_report_of_no_place_in_the_country_written() -> None:
    sentence = "Gunmen attacked the Fagge market on Monday, killing four traders."
    abroad = row(1, "b", sentence=sentence, doc_title="Four killed in market attack", doc_text=DATELINE + sentence,
                 **ABROAD)
    assert written_abroad(abroad) == "NGA"
    r = report(1, "b", sentence=sentence, doc_text=DATELINE + sentence, **ABROAD)
    assert r.country is None and r.written == "NGA" and r.location is None and r.row["location"] == "Atmeh"
    home = report(1, "a", sentence="Gunmen attacked the Fagge market in Kano on Monday, killing four traders.")
    assert compare(home, r, RULES).score >= RULES.link
    # a report placed in the country it writes, or naming its gazetteer's country anywhere, keeps its reading
    assert written_abroad(row(1, "c", doc_text=DATELINE + sentence)) is None
    assert written_abroad(row(1, "d", doc_text=DATELINE + sentence + " Syrian traders were among them.",
                              **ABROAD)) is None
    # never joined with a report of the country the gazetteer chose
    syria = report(1, "e", place="Sarmada", sentence="Gunmen attacked the Fagge market on Monday, killing four.",
                   **{k: v for k, v in ABROAD.items() if k != "place"})
    assert compare(syria, r, RULES).conflict is not None


def _doc(doc: str, sentence: str, head: str = "", **fields: Any) -> Document:
    r = row(1, doc, sentence=sentence, **fields)
    return document(doc, f"{head}{sentence} More details followed.", [r])


DOCS = [
    _doc("a", "Gunmen attacked the Fagge market in Kano on Monday, killing four traders.", fatalities=4),
    _doc("b", "Gunmen attacked the Fagge market on Monday, killing four traders.", DATELINE, fatalities=4, **ABROAD),
    _doc("c", "Gunmen attacked the Fagge market on Monday, killing four traders.", "IDLIB, Syria — ",
         place="Sarmada", fatalities=4, **{k: v for k, v in ABROAD.items() if k != "place"}),
    _doc("d", "Gunmen killed two farmers in Wudil on Tuesday.", day="2024-03-05", place="Wudil", fatalities=2),
]


def test_a_namesake_abroad_merges_alike_in_any_order_and_on_recompute(tmp_path: Path) -> None:
    with Store(tmp_path / "all.duckdb") as store:
        store.write_batch(DOCS)
        merge_new(store)
        reference = contents(store)
        kano = store.query("SELECT n_reports, country, location FROM events WHERE n_reports > 1")
        alone = store.query("SELECT country, location FROM events WHERE location = 'Sarmada'")
    assert kano == [{"n_reports": 2, "country": "Nigeria", "location": "Kano"}]  # a and b, at a's place
    assert alone == [{"country": "Syria", "location": "Sarmada"}]  # c, written in Syria, stays apart
    assert_any_order_gives(DOCS, reference, tmp_path)


def test_a_place_with_no_province_is_the_country_whatever_its_precision() -> None:
    """"in the Kenyan capital's Eastleigh district" placed at the country's point at precision 2 is no town some
    hundred kilometres from a report placed at the town."""
    town = report(1, "a", sentence="Gunmen attacked the Fagge market in Kano on Monday, killing four traders.",
                  fatalities=4)
    country = report(1, "b", sentence="Gunmen attacked a market in the Nigerian city's Fagge district on Monday, "
                                      "killing four traders.", fatalities=4, admin1=None, admin2=None,
                     location="Nigeria", latitude=9.08, longitude=8.68, geo_precision=2, geonameid=2328926)
    assert not country.town
    link = compare(town, country, RULES)
    assert link.conflict is None and link.score >= RULES.link


def test_a_division_of_one_country_writes_that_country() -> None:
    """"near El Plateado, in Cauca department" is in Colombia whatever namesake the gazetteer chose; a division two
    countries have ("Punjab") writes neither; a document naming the province of its reading keeps it."""
    assert written("ambushed a patrol near El Plateado, in Cauca department, on Monday") == {"COL"}
    assert written("in the southwestern department of Cauca") == {"COL"}
    assert written("farmers blocked a road in Punjab province") == set()
    sentence = "Gunmen attacked the Fagge market on Monday, killing four traders."
    assert written_abroad(row(1, "b", doc_text="In Kano State, " + sentence, **ABROAD)) == "NGA"
    assert written_abroad(row(1, "b", doc_text="In Kano State, " + sentence + " Idlib officials said.",
                              **ABROAD)) is None


def test_an_ambiguous_country_name_writes_no_country() -> None:
    """"Congo" alone is either Congo (a report on North Kivu often writes "eastern Congo"); a possessive before a
    division takes the longest name ("Papua New Guinea's", not Guinea's)."""
    assert written("Rebels attacked a village in eastern Congo on Monday.") == set()
    assert written("in Papua New Guinea's Enga province") == {"PNG"}
    assert named("in eastern DR Congo") == {"COD"}


def test_a_report_naming_its_province_is_not_read_for_the_country_it_writes(monkeypatch: Any) -> None:
    """The province named anywhere keeps a report's reading whatever the text writes, so the text is not read with
    `written`'s patterns then (a plain look-up first); without it, it is."""
    import eventwatch.merge.written as module

    read: list[str] = []
    monkeypatch.setattr(module, "written", lambda text: read.append(text) or frozenset({"NGA"}))
    sentence = "Gunmen attacked the Fagge market on Monday, killing four traders."
    assert written_abroad(row(1, "b", doc_text="In Kano State, " + sentence + " Idlib officials said.",
                              **ABROAD)) is None
    assert read == []
    assert written_abroad(row(1, "b", doc_text="In Kano State, " + sentence, **ABROAD)) == "NGA"
    assert len(read) == 1

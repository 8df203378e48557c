"""The HTTP API over a small real store: filters, sorting, paging, 400s for bad parameters, 404s, HEAD, downloads."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient
from webstore import HOSTILE, ids

from eventwatch.store import event_id
from eventwatch.web.app import CSP

KENYA = {event_id("d-hostile", 1), event_id("d-kenya", 1), event_id("d-kenya", 2)}
VISIBLE = {*KENYA, event_id("d-peru", 1), event_id("d-fiji", 1)}


def test_default_list_leaves_out_background_and_undated_events(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["total"] == 5 and ids(body) == VISIBLE
    everything = client.get("/api/events", params={"include_background": "true"}).json()
    assert everything["total"] == 7


@pytest.mark.parametrize(("params", "expected"), [
    ({"country": "kenya"}, KENYA),  # case-insensitive
    ({"country": "KEN"}, KENYA),  # ISO3 too
    ({"country": ["Peru", "Fiji"]}, {event_id("d-peru", 1), event_id("d-fiji", 1)}),
    ({"admin1": "MOMBASA"}, {event_id("d-kenya", 1), event_id("d-kenya", 2)}),
    ({"event_type": "riots"}, {event_id("d-kenya", 2)}),
    ({"sub_event_type": "Protest with intervention"}, {event_id("d-kenya", 1)}),
    ({"actor": "police forces"}, {event_id("d-kenya", 1)}),
    ({"actor": "RIOTERS"}, {event_id("d-kenya", 2)}),
    ({"since": "2024-03"}, {event_id("d-hostile", 1), event_id("d-kenya", 1), event_id("d-peru", 1),
                            event_id("d-fiji", 1)}),
    ({"until": "2024-03"}, KENYA),  # a month bound includes its last day (the 20th here, the 31st in general)
    ({"since": "2024-03-13", "until": "2024-03-20"}, {event_id("d-kenya", 1)}),
    ({"since": "2024", "until": "2024"}, VISIBLE),
    ({"bbox": "30,-10,45,5"}, KENYA),
    ({"bbox": "170,-30,-60,0"}, {event_id("d-peru", 1), event_id("d-fiji", 1)}),  # across the antimeridian
    ({"min_sources": "1"}, VISIBLE),  # an unmerged event is its own one source
    ({"min_sources": "2"}, set()),
    ({"partisan_only": "false"}, VISIBLE),
    ({"partisan_only": "true"}, set()),
    ({"doc_id": "d-kenya"}, {event_id("d-kenya", 1), event_id("d-kenya", 2)}),
])
def test_filters(client: TestClient, params: dict[str, object], expected: set[str]) -> None:
    response = client.get("/api/events", params=params)  # type: ignore[arg-type]
    assert response.status_code == 200, response.text
    body = response.json()
    assert ids(body) == expected and body["total"] == len(expected)


def test_source_kind_reads_the_sources_columns(client: TestClient, store: object) -> None:
    from eventwatch.store import Store

    assert isinstance(store, Store)
    store.con.execute("UPDATE events SET source_kind = 'state' WHERE event_id = ?", [event_id("d-fiji", 1)])
    store.con.execute("UPDATE events SET source_kinds = 'wire; Partisan' WHERE event_id = ?", [event_id("d-peru", 1)])
    assert ids(client.get("/api/events?source_kind=partisan").json()) == {event_id("d-peru", 1)}
    assert ids(client.get("/api/events?source_kind=state&source_kind=wire").json()) == {
        event_id("d-peru", 1), event_id("d-fiji", 1)}


def test_sorting_and_paging_with_totals(client: TestClient) -> None:
    dates = [e["event_date"] for e in client.get("/api/events").json()["events"]]
    assert dates == sorted(dates, reverse=True)  # newest first by default
    body = client.get("/api/events?sort=-fatalities&limit=2").json()
    assert body["total"] == 5 and len(body["events"]) == 2 and body["events"][0]["fatalities"] == 3
    pages = [client.get(f"/api/events?sort=date&limit=2&offset={o}").json()["events"] for o in (0, 2, 4)]
    seen = [e["event_id"] for page in pages for e in page]
    assert len(seen) == 5 and set(seen) == VISIBLE
    assert [e["event_date"] for page in pages for e in page] == sorted(e["event_date"] for p in pages for e in p)


@pytest.mark.parametrize(("query", "says"), [
    ("limit=abc", "limit"), ("limit=-1", "limit"), ("limit=100000", "limit"), ("offset=-5", "offset"),
    ("since=not-a-date", "since"), ("until=2024-13-45", "until"), ("since=2024-02-30", "not a real date"),
    ("since=2024-05-01&until=2024-04-01", "after until"), ("bbox=1,2,3", "bbox"), ("bbox=0,80,10,70", "bbox"),
    ("bbox=0,0,200,10", "longitudes"), ("bbox=a,b,c,d", "bbox"), ("sort=nonsense", "sort"),
    ("min_sources=-1", "min_sources"), ("partisan_only=maybe", "partisan_only"), ("contry=Kenya", "contry"),
    ("actor=" + "x" * 500, "actor"),
])
def test_bad_parameters_are_400_with_a_clear_message(client: TestClient, query: str, says: str) -> None:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 400, response.text
    assert says in response.json()["error"]


def test_every_route_answers_bad_parameters_with_400(client: TestClient) -> None:
    for path in ("/api/map?points=-1", "/api/timeline?interval=month", "/api/drops?limit=0",
                 "/api/events.csv?since=x", "/api/events.geojson?bbox=1", "/api/timeline?until=2024-00"):
        response = client.get(path)
        assert response.status_code == 400, (path, response.text)
        assert response.json()["error"]


def test_one_event_with_its_evidence_and_report(client: TestClient) -> None:
    body = client.get(f"/api/events/{event_id('d-hostile', 1)}").json()
    assert body["event_type"] == "Protests" and body["country"] == "Kenya"
    roles = {v["role"]: v for v in body["evidence"]}
    assert roles["sentence"]["text"] == HOSTILE  # article text comes back verbatim, as data
    assert HOSTILE[roles["trigger"]["start"]:roles["trigger"]["end"]] == "marched"
    [report] = body["reports"]
    assert report["doc_id"] == "d-hostile" and report["outlet"] == "Daily Example"
    assert report["title"] == "<b>Nairobi</b> tax march" and report["url"] == "https://example.org/a"
    assert {"kind", "claimed_by"} <= report.keys()


def test_reports_come_from_event_reports_once_the_store_has_that_table(client: TestClient, store: object) -> None:
    from eventwatch.store import Store
    from eventwatch.web.app import create_app
    from eventwatch.web.reads import Reader

    assert isinstance(store, Store)
    eid = event_id("d-kenya", 1)
    store.con.execute("DELETE FROM event_reports WHERE report_event_id IN (?, ?)",  # the merge's links, replaced
                      [eid, event_id("d-hostile", 1)])
    columns = "(event_id, report_event_id, doc_id, outlet, source_kind, claimed_by, reported_by, url)"
    store.con.execute(f"INSERT INTO event_reports {columns} VALUES (?, ?, 'd-kenya', 'Coast Wire', 'wire', NULL, "
                      "'AFP', NULL), (?, ?, 'd-hostile', 'Partisan Daily', 'partisan', 'the union', NULL, "
                      "'https://x.example')", [eid, eid, eid, event_id("d-hostile", 1)])
    with TestClient(create_app(Reader(store))) as merged:
        reports = merged.get(f"/api/events/{eid}").json()["reports"]
    assert [(r["outlet"], r["kind"], r["claimed_by"]) for r in reports] == [  # by publication, then document
        ("Partisan Daily", "partisan", "the union"), ("Coast Wire", "wire", None)]
    assert reports[0]["evidence"][0]["text"] == HOSTILE and reports[1]["title"] == "Mombasa"


def test_unknown_ids_are_404(client: TestClient) -> None:
    for path in ("/api/events/nosuch", "/api/events/nosuch/evidence", "/api/nothing-here"):
        response = client.get(path)
        assert response.status_code == 404 and "error" in response.json()


def test_head_answers_like_get_without_a_body(client: TestClient) -> None:
    for path in ("/", "/api/events", "/api/status", "/openapi.json"):
        got, head = client.get(path), client.head(path)
        assert head.status_code == 200 == got.status_code and head.content == b""
        assert head.headers["content-type"] == got.headers["content-type"]
    assert client.head("/api/events/nosuch").status_code == 404


def test_map_aggregates_by_place_and_timeline_by_day_or_week(client: TestClient) -> None:
    body = client.get("/api/map?country=Kenya&detail=true").json()
    assert body["total"] == 3
    mombasa = next(p for p in body["places"] if p["location"] == "Mombasa")
    assert mombasa["n"] == 2 and mombasa["fatalities"] == 3
    assert mombasa["by_type"] == {"Protests": 1, "Riots": 1}
    assert set(mombasa["event_ids"]) == {event_id("d-kenya", 1), event_id("d-kenya", 2)}
    assert {p["event_id"] for p in body["points"]} == KENYA
    plain = client.get("/api/map?country=Kenya").json()["places"]
    assert "event_ids" not in plain[0]  # a smaller answer
    assert {p["location"]: p["event_id"] for p in plain} == {"Mombasa": None, "Nairobi": event_id("d-hostile", 1)}
    assert client.get("/api/map?country=Kenya&points=2").json()["points"] is None  # too many: places only
    days = client.get("/api/timeline?country=Kenya").json()["series"]
    assert [(d["period"], d["event_type"], d["n"]) for d in days] == [
        ("2024-02-01", "Riots", 1), ("2024-03-12", "Protests", 1), ("2024-03-20", "Protests", 1)]
    weeks = client.get("/api/timeline?country=Kenya&interval=week").json()["series"]
    assert ("2024-03-11", "Protests", 1) in [(w["period"], w["event_type"], w["n"]) for w in weeks]


def test_downloads_of_the_filtered_set(client: TestClient) -> None:
    from eventwatch.export import COLUMNS

    response = client.get("/api/events.csv?country=kenya")
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert list(table[0].keys()) == list(COLUMNS) and {r["event_id"] for r in table} == KENYA
    everything = client.get("/api/events.csv?include_background=true").text
    assert len(list(csv.DictReader(io.StringIO(everything)))) == 7  # exactly the set the table lists
    geo = json.loads(client.get("/api/events.geojson?country=Peru&include_background=true").text)
    assert geo["type"] == "FeatureCollection"
    assert len(geo["features"]) == 2  # the undated Peruvian event has no coordinates either
    assert all(f["geometry"]["type"] == "Point" for f in geo["features"])


def test_drops_status_facets_and_openapi(client: TestClient) -> None:
    drops = client.get("/api/drops").json()
    assert drops["total"] == 1 and drops["drops"][0]["reason"] == "binary content"
    status = client.get("/api/status").json()
    assert (status["events"], status["documents"], status["drops"], status["watch"]) == (7, 4, 1, None)
    facets = client.get("/api/facets").json()
    assert {f["value"] for f in facets["country"]} == {"Kenya", "Peru", "Fiji"}
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/map", "/api/timeline", "/api/drops",
            "/api/events.csv", "/api/events.geojson"} <= schema["paths"].keys()
    names = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"country", "since", "until", "bbox", "sort", "limit", "offset", "min_sources"} <= names


def test_every_response_has_a_strict_content_security_policy(client: TestClient) -> None:
    for path in ("/", "/api/events", "/api/events/nosuch"):
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CSP and headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP


def test_an_event_lists_the_documents_that_mention_it_apart_from_its_reports(client: TestClient,
                                                                            store: object) -> None:
    from eventwatch.merge.mentions import MENTION_COLUMNS, ensure_table
    from eventwatch.store import Store
    from eventwatch.web.app import create_app
    from eventwatch.web.reads import Reader

    assert isinstance(store, Store)
    eid = event_id("d-kenya", 1)
    assert client.get(f"/api/events/{eid}").json()["mentions"] == []  # a store with no such table yet
    ensure_table(store)
    store.insert("event_mentions", MENTION_COLUMNS, [("d-note", eid, "rec-9", "Coast Wire", "https://n.example",
                                                      "2024-03-14", "Shops shut in Mombasa.", "town, day")],
                 ignore=False)
    with TestClient(create_app(Reader(store))) as merged:
        body = merged.get(f"/api/events/{eid}").json()
    assert [(m["doc_id"], m["outlet"], m["evidence"]) for m in body["mentions"]] == [
        ("d-note", "Coast Wire", "Shops shut in Mombasa.")]
    assert "d-note" not in {r["doc_id"] for r in body["reports"]}

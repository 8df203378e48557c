"""The API's read path over DuckDB: a pool of cursors on the store's one connection, and the queries behind routes.

DuckDB allows one process to write a store; `eventwatch serve --watch` makes the server that process, so the
ingesting thread writes through the store's own connection while requests read through cursors of it (each
cursor is a connection to the same database: it sees every committed batch, and queries run in parallel). The
cursors are made up front, before any writer thread starts, and lent to one request at a time.
"""

from __future__ import annotations

import queue
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import duckdb

from eventwatch.export import Scope
from eventwatch.export import rows as export_rows
from eventwatch.store import Store
from eventwatch.web.query import Columns, EventFilter, order_by

# What the table and the list API return per event (the panel asks for everything of one event).
LIST_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "country", "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities", "source",
    "background", "confidence", "source_kind", "source_kinds", "n_reports", "n_sources", "partisan_only",
    "claimed_by", "notes",
)
AUTO_DAYS = 400  # the timeline's `auto` interval: days up to this span, weeks beyond
EVIDENCE_ROLES: tuple[str, ...] = ("sentence", "trigger", "actor1", "actor2", "place", "date")


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


class Reader:
    """Queries behind the HTTP routes, each on a cursor borrowed from the pool."""

    def __init__(self, store: Store, size: int = 8) -> None:
        self.store = store
        self._pool: queue.Queue[duckdb.DuckDBPyConnection] = queue.Queue()
        for _ in range(size):
            self._pool.put(store.con.cursor())
        with self.cursor() as cur:
            cur.execute("SELECT table_name, column_name FROM information_schema.columns "
                        "WHERE table_schema = 'main'")
            found = cur.fetchall()
        self.cols = Columns((c for t, c in found if t == "events"), {t for t, _ in found})
        self.doc_cols = frozenset(c for t, c in found if t == "documents")

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cur = self._pool.get()
        try:
            yield cur
        finally:
            self._pool.put(cur)

    def query(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        with self.cursor() as cur:
            return _dicts(cur.execute(sql, list(params)))

    def _select(self, columns: tuple[str, ...]) -> str:
        return ", ".join(f"{self.cols(c)} AS {c}" for c in columns)

    # -- events ----------------------------------------------------------------------------------------------
    def events(self, flt: EventFilter, sort: str, limit: int, offset: int) -> dict[str, Any]:
        """One page of events and the total the filter matches, so that a client can page without a second call."""
        where, params = flt.where(self.cols)
        order = order_by(sort, self.cols)
        page = self.query(f"SELECT {self._select(LIST_COLUMNS)} FROM events e {where} {order} LIMIT ? OFFSET ?",
                          [*params, limit, offset])
        total = self.query(f"SELECT count(*) AS n FROM events e {where}", params)[0]["n"]
        return {"total": total, "limit": limit, "offset": offset, "sort": sort, "events": page}

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event with every column, its evidence spans and the reports that support it."""
        names = sorted(self.cols.names)
        found = self.query(f"SELECT {self._select(tuple(names))} FROM events e WHERE e.event_id = ?", [event_id])
        if not found:
            return None
        event = found[0]
        event["evidence"] = self.evidence(event_id)
        event["reports"] = self.reports(event)
        event["mentions"] = self.mentions(event_id)
        return event

    def mentions(self, event_id: str) -> list[dict[str, Any]]:
        """The documents with no event of their own that tell this event (`event_mentions`), apart from its reports:
        they corroborate it but were not coded. The table is looked for on each call: a store served while `--watch`
        ingests gains it with its first mention."""
        if not self.query("SELECT 1 FROM duckdb_tables() WHERE table_name = 'event_mentions'"):
            return []
        return self.query("SELECT doc_id, record_id, outlet, url, published, evidence, why FROM event_mentions "
                          "WHERE event_id = ? ORDER BY doc_id", [event_id])

    def evidence(self, event_id: str) -> list[dict[str, Any]]:
        """The evidence spans of an event in the order of `EVIDENCE_ROLES` (the sentence first), as the dashboard
        shows them."""
        got = self.query("SELECT role, start_char AS start, end_char AS \"end\", text FROM evidence "
                         "WHERE event_id = ?", [event_id])
        return sorted(got, key=lambda v: (EVIDENCE_ROLES.index(v["role"]) if v["role"] in EVIDENCE_ROLES else 99))

    def reports(self, event: dict[str, Any]) -> list[dict[str, Any]]:
        """The reports of a merged event from `event_reports` when the store has that table; before merge, the
        event's own document is its one report."""
        if "event_reports" in self.cols.tables:
            outlet = "coalesce(d.outlet, d.source)" if "outlet" in self.doc_cols else "d.source"
            linked = self.query("SELECT r.*, d.title AS title, d.url AS document_url, d.published AS "
                                f"document_published, {outlet} AS document_source FROM event_reports r "
                                "LEFT JOIN documents d ON d.id = r.doc_id WHERE r.event_id = ? "
                                "ORDER BY d.published NULLS LAST, r.doc_id",
                                [event["event_id"]])
            out = []
            for r in linked:
                report = {"doc_id": r.get("doc_id"), "title": r.get("title"),
                          "url": r.get("url") or r.get("document_url"),
                          "published": r.get("published") or r.get("document_published"),
                          "outlet": r.get("outlet") or r.get("document_source"),
                          "kind": r.get("source_kind") or r.get("kind"), "claimed_by": r.get("claimed_by"),
                          "reported_by": r.get("reported_by")}
                extra = {k: v for k, v in r.items() if k not in report and not k.startswith("document_")}
                spans = self.evidence(str(r["report_event_id"])) if r.get("report_event_id") else []
                out.append({**extra, **report, "evidence": spans or r.get("evidence") or []})
            return out
        docs = self.query("SELECT * EXCLUDE (text, captions) FROM documents WHERE id = ?", [event["doc_id"]])
        if not docs:
            return []
        d = docs[0]
        return [{"doc_id": d["id"], "title": d.get("title"), "url": d.get("url"), "published": d.get("published"),
                 "outlet": d.get("outlet") or event.get("source") or d.get("source"),
                 "kind": event.get("source_kind") or d.get("source_kind"),
                 "source_scale": event.get("source_scale") or d.get("source_scale"),
                 "claimed_by": event.get("claimed_by"), "reported_by": d.get("reported_by"),
                 "loaded_language": d.get("loaded_language"), "evidence": event["evidence"]}]

    def export_rows(self, flt: EventFilter) -> Iterator[dict[str, Any]]:
        """The filtered set as the exports write it (the export's columns and rows), streamed on one borrowed cursor.
        The API's own filter decides which events (the same set the table shows), so the export's scope is all."""
        where, params = flt.where(self.cols)
        with self.cursor() as cur:
            yield from export_rows(self.store, where, params, con=cur, scope=Scope(everything=True))

    # -- aggregates ------------------------------------------------------------------------------------------
    def places(self, flt: EventFilter, limit: int, points: int, detail: bool = False) -> dict[str, Any]:
        """Events by place for the map, and the events themselves as points when there are at most `points`.
        `detail` adds each place's counts by type and its latest event ids (a larger answer: the page asks a place
        for its events when it is clicked instead)."""
        where, params = flt.where(self.cols)
        located = f"{where} {'AND' if where else 'WHERE'} e.latitude IS NOT NULL AND e.longitude IS NOT NULL"
        extra = (", histogram(e.event_type) AS by_type, "
                 "list(e.event_id ORDER BY e.event_date DESC, e.event_id)[1:20] AS event_ids") if detail else ""
        places = self.query(
            "SELECT e.latitude, e.longitude, any_value(e.location) AS location, any_value(e.country) AS country, "
            "any_value(e.admin1) AS admin1, count(*) AS n, sum(coalesce(e.fatalities, 0)) AS fatalities, "
            "mode(e.event_type) AS event_type, CASE WHEN count(*) = 1 THEN any_value(e.event_id) END AS event_id"
            f"{extra} "
            f"FROM events e {located} GROUP BY e.latitude, e.longitude ORDER BY n DESC LIMIT ?", [*params, limit])
        total = sum(p["n"] for p in places) if len(places) < limit else \
            self.query(f"SELECT count(*) AS n FROM events e {located}", params)[0]["n"]
        for place in places:
            if detail:
                place["by_type"] = dict(place["by_type"] or {})
        out: dict[str, Any] = {"total": total, "places": places, "points": None}
        if total <= points:
            out["points"] = self.query(
                "SELECT e.event_id, e.latitude, e.longitude, e.event_type, e.fatalities, e.event_date, e.location "
                f"FROM events e {located} ORDER BY e.event_id", params)
        return out

    def timeline(self, flt: EventFilter, interval: str) -> dict[str, Any]:
        """Counts per period and type; `auto` takes days up to 400 days of data and weeks beyond."""
        where, params = flt.where(self.cols)
        day = "TRY_CAST(e.event_date AS DATE)"
        dated = f"{where} {'AND' if where else 'WHERE'} {day} IS NOT NULL"
        if interval == "auto":
            span = self.query(f"SELECT datediff('day', min({day}), max({day})) AS days FROM events e {dated}", params)
            interval = "week" if (span[0]["days"] or 0) > AUTO_DAYS else "day"
        series = self.query(
            f"SELECT strftime(date_trunc('{'week' if interval == 'week' else 'day'}', {day}), '%Y-%m-%d') AS period,"
            " e.event_type, count(*) AS n, sum(coalesce(e.fatalities, 0)) AS fatalities "
            f"FROM events e {dated} GROUP BY 1, 2 ORDER BY 1, 2", params)
        return {"interval": interval, "series": series}

    # -- the rest --------------------------------------------------------------------------------------------
    def drops(self, stage: str | None, limit: int, offset: int) -> dict[str, Any]:
        """One page of dropped documents, newest first, with the counts by stage: a drop is data, so the dashboard
        shows what was not read and why."""
        where, params = ("WHERE stage = ?", [stage]) if stage else ("", [])
        page = self.query(f"SELECT origin, doc_id, stage, reason, duplicate_of, stored_at FROM drops {where} "
                          "ORDER BY stored_at DESC, origin LIMIT ? OFFSET ?", [*params, limit, offset])
        total = self.query(f"SELECT count(*) AS n FROM drops {where}", params)[0]["n"]
        by_stage = self.query("SELECT stage, count(*) AS n FROM drops GROUP BY 1 ORDER BY 2 DESC")
        return {"total": total, "limit": limit, "offset": offset, "by_stage": by_stage, "drops": page}

    def facets(self) -> dict[str, Any]:
        """Values the filter controls offer, with counts over the whole store."""
        def counted(expr: str, limit: int = 500) -> list[dict[str, Any]]:
            return self.query(f"SELECT {expr} AS value, count(*) AS n FROM events e WHERE {expr} IS NOT NULL "
                              f"GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {limit}")
        kinds = f"coalesce({self.cols('source_kinds')}, {self.cols('source_kind')})"
        return {
            "country": counted("e.country"), "admin1": counted("e.admin1", 2000),
            "event_type": counted("e.event_type"),
            "sub_event_type": self.query("SELECT sub_event_type AS value, any_value(event_type) AS event_type, "
                                         "count(*) AS n FROM events GROUP BY 1 ORDER BY 3 DESC, 1"),
            "source_kind": self.query(f"SELECT trim(k) AS value, count(*) AS n FROM (SELECT unnest("
                                      f"regexp_split_to_array({kinds}, '\\s*[;,|]\\s*')) AS k FROM events e "
                                      f"WHERE {kinds} IS NOT NULL) WHERE k <> '' GROUP BY 1 ORDER BY 2 DESC"),
            "dates": self.query("SELECT min(TRY_CAST(event_date AS DATE)) AS first, "
                                "max(TRY_CAST(event_date AS DATE)) AS last FROM events")[0],
        }

    def status(self) -> dict[str, Any]:
        """Counts that change whenever a batch is stored: the page polls them to show new events live."""
        row = self.query("SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM documents) AS "
                         "documents, (SELECT count(*) FROM drops) AS drops, (SELECT max(stored_at) FROM documents) "
                         "AS last_stored_at")[0]
        return row

"""`eventwatch serve`: a read-only HTTP API and dashboard over the store, on 127.0.0.1 only.

Standard library only: the dashboard is one server-rendered page, and every piece of article text in it is
HTML-escaped, because article text is untrusted.
"""

from __future__ import annotations

import html
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

from eventwatch.export import rows
from eventwatch.store import Store

_FILTERS = {"country": "country", "event_type": "event_type", "sub_event_type": "sub_event_type",
            "doc_id": "doc_id", "since": "event_date >=", "until": "event_date <="}


class EventAPI:
    """Queries behind the HTTP routes; a lock serialises access to the single DuckDB connection."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.lock = threading.Lock()

    def events(self, params: dict[str, str], limit: int = 500) -> list[dict[str, Any]]:
        clauses, values = [], []
        for key, column in _FILTERS.items():
            if params.get(key):
                op = column if column.endswith("=") else f"{column} ="
                clauses.append(f"{op} ?")
                values.append(params[key])
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        with self.lock:
            return self.store.query(
                f"SELECT * FROM events {where} ORDER BY event_date NULLS LAST, event_id LIMIT {int(limit)}", values)

    def evidence(self, event_id: str) -> list[dict[str, Any]]:
        with self.lock:
            return self.store.query("SELECT role, start_char, end_char, text FROM evidence WHERE event_id = ?"
                                    " ORDER BY start_char", [event_id])

    def drops(self) -> list[dict[str, Any]]:
        with self.lock:
            return self.store.query("SELECT origin, stage, reason, duplicate_of FROM drops ORDER BY origin")

    def summary(self) -> dict[str, Any]:
        with self.lock:
            by_type = self.store.query("SELECT event_type, count(*) AS n FROM events GROUP BY 1 ORDER BY 2 DESC")
            return {"documents": self.store.count("documents"), "events": self.store.count("events"),
                    "drops": self.store.count("drops"), "by_type": by_type}

    def all_rows(self) -> list[dict[str, Any]]:
        with self.lock:
            return list(rows(self.store))


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def render_dashboard(api: EventAPI, params: dict[str, str]) -> str:
    summary = api.summary()
    events = api.events(params, limit=300)
    head = "".join(f"<th>{_esc(c)}</th>" for c in ("date", "type", "sub-event", "actor 1", "actor 2", "location",
                                                     "country", "fatalities", "evidence"))
    body = []
    for e in events:
        sentence = next((v["text"] for v in api.evidence(e["event_id"]) if v["role"] == "sentence"), "")
        body.append("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in (
            e["event_date"], e["event_type"], e["sub_event_type"], e["actor1"], e["actor2"], e["location"],
            e["country"], e["fatalities"], sentence)) + "</tr>")
    types = "".join(f"<li>{_esc(t['event_type'])}: {t['n']}</li>" for t in summary["by_type"])
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>eventwatch</title>"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px;vertical-align:top;font-size:13px}</style></head><body>"
        f"<h1>eventwatch</h1><p>{summary['documents']} documents, {summary['events']} events, "
        f"{summary['drops']} dropped documents</p><ul>{types}</ul>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></body></html>"
    )


def make_handler(api: EventAPI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            url = urlparse(self.path)
            params = {k: v[-1] for k, v in parse_qs(url.query).items()}
            if url.path == "/":
                self._send(200, "text/html; charset=utf-8", render_dashboard(api, params))
            elif url.path == "/api/summary":
                self._json(api.summary())
            elif url.path == "/api/events":
                self._json(api.events(params, limit=min(int(params.get("limit", "500") or 500), 10_000)))
            elif url.path.startswith("/api/events/") and url.path.endswith("/evidence"):
                self._json(api.evidence(url.path.split("/")[3]))
            elif url.path == "/api/drops":
                self._json(api.drops())
            else:
                self._json({"error": "not found"}, 404)

        def _json(self, obj: Any, status: int = 200) -> None:
            self._send(status, "application/json", json.dumps(obj, default=str, ensure_ascii=False))

        def _send(self, status: int, ctype: str, body: str) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # quiet by default
            return

    return Handler


def make_server(store: Store, port: int = 8765) -> ThreadingHTTPServer:
    return ThreadingHTTPServer(("127.0.0.1", port), make_handler(EventAPI(store)))

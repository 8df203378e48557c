from __future__ import annotations

import json
import threading
import urllib.request
from pathlib import Path

from eventwatch.records import Document, Event, Evidence, Span
from eventwatch.store import Store, event_id
from eventwatch.web.server import make_server

HOSTILE = '<script>alert("x")</script> marched'


def test_api_and_dashboard_escape_article_text(tmp_path: Path) -> None:
    ev = Event(event_id=event_id("d", 1), doc_id="d", event_type="Protests", sub_event_type="Peaceful protest",
               evidence=Evidence(sentence=Span(0, len(HOSTILE), HOSTILE)), event_date="2024-03-12",
               country="Kenya", actor1="<b>Protesters</b>")
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([Document(raw=HOSTILE, id="d", text=HOSTILE, events=(ev,))])
        server = make_server(store, port=0)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        base = f"http://127.0.0.1:{server.server_port}"
        try:
            page = urllib.request.urlopen(f"{base}/").read().decode()
            assert "<script>" not in page and "&lt;script&gt;" in page
            assert "&lt;b&gt;Protesters&lt;/b&gt;" in page
            events = json.loads(urllib.request.urlopen(f"{base}/api/events?country=Kenya").read())
            assert [e["event_id"] for e in events] == [ev.event_id]
            assert json.loads(urllib.request.urlopen(f"{base}/api/events?country=Chad").read()) == []
            evidence = json.loads(urllib.request.urlopen(f"{base}/api/events/{ev.event_id}/evidence").read())
            assert evidence[0]["text"] == HOSTILE
            assert json.loads(urllib.request.urlopen(f"{base}/api/summary").read())["events"] == 1
        finally:
            server.shutdown()
            server.server_close()

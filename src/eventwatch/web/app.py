"""The HTTP API (FastAPI, described at /openapi.json) and the dashboard's static files.

Parameters are typed and checked before any query runs: a bad one is a 400 that names it and says why, an id the
store does not hold is a 404, an unknown parameter is a 400 (a typo such as `contry=Kenya` must not silently
return everything). Every response carries a strict Content-Security-Policy: the page loads only its own scripts
and styles, so even article text that slipped into HTML could not run.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwatch.export import COLUMNS, geojson_feature, neutralise
from eventwatch.web.query import SORTS, BadParameter, EventFilter, parse_bbox, parse_day
from eventwatch.web.reads import Reader

STATIC = Path(__file__).resolve().parent / "static"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SortKey = Literal[tuple(k for key in SORTS for k in (key, "-" + key))]  # type: ignore[valid-type]
Text = Annotated[str | None, Query(max_length=200)]
Many = Annotated[list[str] | None, Query(max_length=200)]


class SecurityHeaders:
    """Adds the CSP and friends to every response, and answers HEAD as GET without the body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]
                message = {**message, "headers": headers}
            elif head and message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app(scope, receive, wrapped)


def event_filter(
    country: Many = None, admin1: Many = None, event_type: Many = None, sub_event_type: Many = None,
    actor: Text = None, since: Text = None, until: Text = None, source_kind: Many = None,
    partisan_only: bool | None = None, min_sources: Annotated[int | None, Query(ge=0, le=10_000)] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees")] = None,
    doc_id: Text = None, include_background: bool = False,
) -> EventFilter:
    """The filters shared by the list, the map, the timeline and the downloads (repeat a parameter for OR)."""
    return EventFilter(
        country=tuple(country or ()), admin1=tuple(admin1 or ()), event_type=tuple(event_type or ()),
        sub_event_type=tuple(sub_event_type or ()), actor=actor or None,
        since=parse_day("since", since, end=False) if since else None,
        until=parse_day("until", until, end=True) if until else None,
        source_kind=tuple(source_kind or ()), partisan_only=partisan_only, min_sources=min_sources,
        bbox=parse_bbox(bbox) if bbox else None, doc_id=doc_id or None, include_background=include_background,
    )


Filter = Annotated[EventFilter, Depends(event_filter)]


def _known_params(app: FastAPI, path: str) -> frozenset[str]:
    """The query parameters the OpenAPI description gives a route (so the check and the docs cannot differ)."""
    operations = app.openapi()["paths"].get(path, {})
    return frozenset(p["name"] for op in operations.values() for p in op.get("parameters", []) if p["in"] == "query")


def create_app(reader: Reader, live: Callable[[], dict[str, Any]] | None = None) -> FastAPI:
    """The application over one reader; `live` reports the watcher's state when the server ingests."""
    app = FastAPI(title="eventwatch", version="1", docs_url=None, redoc_url=None,
                  description="Political events coded in the ACLED taxonomy, with their reports and evidence.")
    known: dict[str, frozenset[str]] = {}

    @app.middleware("http")
    async def unknown_parameters(request: Request, call_next: Callable[[Request], Any]) -> Any:
        route = next((r for r in app.router.routes if isinstance(r, APIRoute) and r.path_regex.match(
            request.url.path)), None)
        if route is not None and route.path.startswith("/api/"):
            if route.path not in known:
                known[route.path] = _known_params(app, route.path)
            allowed = known[route.path]
            extra = sorted(set(request.query_params) - allowed)
            if extra:
                return _error(400, f"unknown parameter(s) {', '.join(extra)}; this route takes "
                                   f"{', '.join(sorted(allowed)) or 'none'}")
        return await call_next(request)

    @app.exception_handler(RequestValidationError)
    async def bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        messages = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ())[1:]) or "request"
            got = f" (got {err['input']!r})" if "input" in err and err["input"] is not None else ""
            messages.append(f"{where}: {err.get('msg', 'invalid')}{got}")
        return _error(400, "; ".join(messages))

    @app.exception_handler(BadParameter)
    async def bad_parameter(_: Request, exc: BadParameter) -> JSONResponse:
        return _error(400, f"{exc.name}: {exc.detail}")

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.get("/api/events", summary="Events matching the filters, sorted and paged, with the total")
    def list_events(flt: Filter, sort: SortKey = "-date",  # type: ignore[valid-type]
                    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
                    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> Response:
        return fast_json(reader.events(flt, str(sort), limit, offset))

    @app.get("/api/events.csv", summary="The filtered events as CSV (the export's columns)",
             response_class=StreamingResponse)
    def download_csv(flt: Filter) -> StreamingResponse:
        return StreamingResponse(_csv(reader.export_rows(flt)), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="eventwatch-events.csv"'})

    @app.get("/api/events.geojson", summary="The filtered events that have coordinates as GeoJSON",
             response_class=StreamingResponse)
    def download_geojson(flt: Filter) -> StreamingResponse:
        return StreamingResponse(_geojson(reader.export_rows(flt)), media_type="application/geo+json",
                                 headers={"Content-Disposition": 'attachment; filename="eventwatch-events.geojson"'})

    @app.get("/api/events/{event_id}", summary="One event with its evidence spans and its reports")
    def one_event(event_id: str) -> Response:
        event = reader.event(event_id)
        if event is None:
            raise HTTPException(404, f"no event {event_id!r} in this store")
        return fast_json(event)

    @app.get("/api/events/{event_id}/evidence", summary="The evidence spans of one event")
    def event_evidence(event_id: str) -> Response:
        if not reader.query("SELECT 1 FROM events WHERE event_id = ?", [event_id]):
            raise HTTPException(404, f"no event {event_id!r} in this store")
        return fast_json(reader.evidence(event_id))

    @app.get("/api/map", summary="Events by place for the map (and as points when few)")
    def map_places(flt: Filter, limit: Annotated[int, Query(ge=1, le=50_000)] = 20_000,
                   points: Annotated[int, Query(ge=0, le=20_000)] = 5_000, detail: bool = False) -> Response:
        return fast_json(reader.places(flt, limit, points, detail))

    @app.get("/api/timeline", summary="Events per day or week and event type")
    def timeline(flt: Filter, interval: Literal["day", "week", "auto"] = "day") -> Response:
        return fast_json(reader.timeline(flt, interval))

    @app.get("/api/drops", summary="Documents dropped, with the stage and the reason")
    def drops(stage: Text = None, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
              offset: Annotated[int, Query(ge=0)] = 0) -> Response:
        return fast_json(reader.drops(stage, limit, offset))

    @app.get("/api/facets", summary="Values for the filter controls, with counts")
    def facets() -> Response:
        return fast_json(reader.facets())

    @app.get("/api/status", summary="Counts of the store, and the live ingestion's state")
    def status() -> Response:
        return fast_json({**reader.status(), "watch": live() if live else None})

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders)
    return app


def _plain(value: Any) -> Any:
    """JSON for what DuckDB returns beyond JSON's types: dates and times as ISO strings, anything else as text."""
    iso = getattr(value, "isoformat", None)
    return iso() if callable(iso) else str(value)


def fast_json(obj: Any) -> Response:
    """A JSON response written by the standard library in one pass: a map of 100,000 events is a megabyte, and
    FastAPI's generic encoder would walk it value by value first (several times slower)."""
    return Response(json.dumps(obj, default=_plain, ensure_ascii=False, separators=(",", ":")),
                    media_type="application/json")


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _csv(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for n, row in enumerate(rows, 1):
        writer.writerow({k: neutralise(v) for k, v in row.items()})
        if n % 500 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _geojson(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": [\n'
    first = True
    for row in rows:
        feature = geojson_feature(row)
        if feature is not None:
            yield ("" if first else ",\n") + json.dumps(feature, ensure_ascii=False, default=str)
            first = False
    yield "\n]}\n"

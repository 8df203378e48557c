"""The store's tables: the columns of documents, per-report and merged events and their links, the DDL that
creates them, and the columns added since the first release (which an older store gains when it is next opened
for writing). Kept apart from the `Store` class so that readers of the schema (the merge, exports) need not
import DuckDB's connection handling.
"""

from __future__ import annotations

# Drops with this stage are bookkeeping (the document is already in the store), not a rejection worth storing.
ALREADY_STORED = "already stored"

EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "event_date", "time_precision", "event_type", "sub_event_type", "plover_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "country", "iso3", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "geonameid",
    "fatalities", "size", "notes", "source", "reported_by", "background", "confidence", "date_value",
    "source_scale", "source_kind", "claimed_by", "partisan_only", "loaded_language",
)

_DOC_COLUMNS: tuple[str, ...] = (
    "id", "origin", "url", "title", "published", "dateline_place", "dateline_date", "reported_by", "byline", "source",
    "language", "duplicate_of", "captions", "text", "n_events", "pipeline",
    "outlet_id", "outlet", "outlet_country", "source_scale", "source_kind", "outlet_side", "outlet_via",
    "loaded_language", "loaded_spans", "record_id",
)

# Columns added to `documents` after the first release: a document's outlet and loaded language (the `sources`
# stage) and the input record's own id. A store written before them gains them (null) when it is next opened for
# writing.
ADDED_DOCUMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("outlet_id", "VARCHAR"), ("outlet", "VARCHAR"), ("outlet_country", "VARCHAR"), ("source_scale", "VARCHAR"),
    ("source_kind", "VARCHAR"), ("outlet_side", "VARCHAR"), ("outlet_via", "VARCHAR"),
    ("loaded_language", "DOUBLE"), ("loaded_spans", "JSON"), ("record_id", "VARCHAR"),
)

# Columns of a per-report event (`report_events`) and of a merged event (`events`, which adds the merge's own).
_EVENT_DDL = """
    event_id VARCHAR PRIMARY KEY, doc_id VARCHAR, event_date DATE, time_precision INTEGER,
    event_type VARCHAR, sub_event_type VARCHAR, plover_type VARCHAR,
    actor1 VARCHAR, assoc_actor_1 VARCHAR, inter1 INTEGER, actor2 VARCHAR, assoc_actor_2 VARCHAR, inter2 INTEGER,
    interaction INTEGER, civilian_targeting BOOLEAN, country VARCHAR, iso3 VARCHAR, admin1 VARCHAR, admin2 VARCHAR,
    location VARCHAR, latitude DOUBLE, longitude DOUBLE, geo_precision INTEGER, geonameid BIGINT,
    fatalities INTEGER, size VARCHAR, notes VARCHAR, source VARCHAR, reported_by VARCHAR, background BOOLEAN,
    confidence DOUBLE, date_value VARCHAR, updated_at TIMESTAMPTZ DEFAULT current_timestamp"""

# One row per merged event and report: the report's own values (its outlet, day, place, toll, sentence), whether it
# is an independent source (not a copy of another report's story, nor a second report of one outlet), why the merge
# joined it (`joined_by`), and the group of reports the merge compared together (`component`).
EVENT_REPORT_COLUMNS: tuple[str, ...] = (
    "event_id", "report_event_id", "doc_id", "record_id", "outlet", "source_kind", "source_scale", "reported_by",
    "claimed_by", "url", "published", "event_date", "time_precision", "location", "admin1", "geonameid",
    "geo_precision", "latitude", "longitude", "fatalities", "evidence", "duplicate_of", "independent", "joined_by",
    "component",
)

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY, origin VARCHAR, url VARCHAR, title VARCHAR, published VARCHAR,
    dateline_place VARCHAR, dateline_date VARCHAR, reported_by VARCHAR, byline VARCHAR, source VARCHAR,
    language VARCHAR, duplicate_of VARCHAR, captions JSON, text VARCHAR, n_events INTEGER, pipeline VARCHAR,
    stored_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS report_events ({_EVENT_DDL}
);
CREATE TABLE IF NOT EXISTS events ({_EVENT_DDL}, reports JSON
);
CREATE TABLE IF NOT EXISTS event_reports (
    event_id VARCHAR, report_event_id VARCHAR PRIMARY KEY, doc_id VARCHAR, record_id VARCHAR, outlet VARCHAR,
    source_kind VARCHAR, source_scale VARCHAR, reported_by VARCHAR, claimed_by VARCHAR, url VARCHAR,
    published VARCHAR, event_date VARCHAR, time_precision INTEGER, location VARCHAR, admin1 VARCHAR,
    geonameid BIGINT, geo_precision INTEGER, latitude DOUBLE, longitude DOUBLE, fatalities INTEGER,
    evidence VARCHAR, duplicate_of VARCHAR, independent BOOLEAN, joined_by VARCHAR, component VARCHAR
);
CREATE TABLE IF NOT EXISTS event_numbers (
    event_id VARCHAR PRIMARY KEY, iso3 VARCHAR, number BIGINT
);
CREATE TABLE IF NOT EXISTS evidence (
    event_id VARCHAR, role VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR
);
CREATE TABLE IF NOT EXISTS drops (
    drop_id VARCHAR PRIMARY KEY, origin VARCHAR, doc_id VARCHAR, stage VARCHAR, reason VARCHAR,
    duplicate_of VARCHAR, stored_at TIMESTAMP DEFAULT current_timestamp
);
"""


# Keys a store written by an earlier release holds and this one no longer keeps: (table, constraint type, columns
# as DuckDB's catalogue lists them). DuckDB holds every key of a table's primary key, unique constraint or index
# (an ART) in memory whole while it writes to the table, so each such key is memory that grows with the store in
# any process that writes it. Neither of these answered a look-up: evidence's (event_id, role) only refused a span
# stored twice, which the one writer now never inserts (`Store.write_batch` writes a report's evidence with its
# report's row, only when that row is new: an anti-join through report_events' key), and event_numbers'
# (iso3, number) only refused a number given twice, which `_NUMBER_EVENTS` never gives (each country's numbers
# continue from its highest). They were 25.5 of the 74 keys a document's rows held (evidence 21.5, the numbers 4).
# A store that has them loses them when next opened for writing (`Store._drop_keys`: its table copied without
# them, once).
DROPPED_KEYS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("evidence", "PRIMARY KEY", ("event_id", "role")),
    ("event_numbers", "UNIQUE", ("iso3", "number")),
)

# Columns of the shared data model that later parts fill (sources: outlet kind, claims, loaded language; merge:
# reports and independent sources per event). They exist, null until filled, so that readers (the API, exports)
# can rely on them; every store gains them in both event tables (an older one when it is next opened for writing).
PLANNED_EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source_scale", "VARCHAR"), ("source_kind", "VARCHAR"), ("claimed_by", "VARCHAR"),
    ("loaded_language", "DOUBLE"), ("n_reports", "INTEGER"), ("n_sources", "INTEGER"),
    ("source_kinds", "VARCHAR"), ("partisan_only", "BOOLEAN"),
)


# Columns added to the event tables after the first release: a store written before them gains them when it is
# next opened for writing (rows already there get null, or the time of the upgrade as their last change).
_ADDED_EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("date_value", "VARCHAR"), ("updated_at", "TIMESTAMPTZ DEFAULT current_timestamp"),
)

# Look-ups the merge makes per batch (a batch's reports, their documents' other events and evidence, the reports of
# the components they touch), through indexes rather than scans, so that what a batch costs does not grow with the
# store. Created after any upgrade of the columns (DuckDB cannot change the type of an indexed column).
INDEXES = """
CREATE INDEX IF NOT EXISTS report_events_doc ON report_events (doc_id);
CREATE INDEX IF NOT EXISTS evidence_event ON evidence (event_id);
CREATE INDEX IF NOT EXISTS event_reports_component ON event_reports (component);
"""

# The merge's look-up of a batch's neighbours (`merge.storage._near`: stored reports of the same country with days
# close, or of no country, or read as placed abroad) by keys rather than a scan of `report_events` (a join with OR
# conditions, which DuckDB answers by reading every row: a batch cost what the store held). Each per-report event
# has a key `country|span` (`span`: its day's ordinal divided by NEAR_DAYS; `-` for no day); one of no country has
# `*|span` (`|-` with no day), as has one the merge links with no place (`event_reports.location` null: read as of
# no place, compared with every country's reports). A batch looks up the keys of its windows' spans through the
# index on `key`; the rows found are a superset, filtered by the same conditions as before. 8 days: a window
# (a report's days, the widest gap, a month's reach back and `implicit_before` forward) spans 6 or 7 keys.
NEAR_DAYS = 8
NEAR_DDL = """CREATE TABLE IF NOT EXISTS merge_keys (key VARCHAR, event_id VARCHAR);
CREATE INDEX IF NOT EXISTS merge_keys_key ON merge_keys (key);"""
_SPAN = f"CAST((r.event_date - DATE '0001-01-01' + 1) // {NEAR_DAYS} AS VARCHAR)"
# the key of a row `r` of report_events (its ordinal as Python's `date.toordinal`: both sides divide positive days)
NEAR_KEY = f"""CASE WHEN r.country IS NULL THEN (CASE WHEN r.event_date IS NULL THEN '|-' ELSE '*|' || {_SPAN} END)
    ELSE r.country || '|' || coalesce({_SPAN}, '-') END"""
# the key a row linked with no place adds (when dated)
NEAR_ANYWHERE = f"'*|' || {_SPAN}"

# ACLED's event_id_cnty is the country's ISO3 letters and a number that never changes for the event. Numbers are
# given once, per country, in order of date then id, to merged events not numbered yet, and never reused. `tops`:
# each country's highest number (TOPS, or a table of them the one writer keeps: `Store.number_events`). A country
# is `e.iso3 <> ''` (neither null nor empty), not `nullif(e.iso3, '') IS NOT NULL`, which means the same but is
# a filter DuckDB cannot push into the scan: with it, `{only}`'s look-up of a batch's events read every row of
# `events` instead of their index.
TOPS = "(SELECT iso3, max(number) AS top FROM event_numbers GROUP BY iso3)"
_NUMBER_EVENTS = """
INSERT INTO event_numbers (event_id, iso3, number)
SELECT e.event_id, e.iso3,
       coalesce(t.top, 0) + row_number() OVER (PARTITION BY e.iso3 ORDER BY e.event_date NULLS LAST, e.event_id)
FROM events e
LEFT JOIN {tops} t ON t.iso3 = e.iso3
WHERE e.iso3 <> '' AND e.event_id NOT IN (SELECT event_id FROM event_numbers {numbered}) {only}
"""

"""The query behind every export: ACLED's 31 columns, with ACLED's names, order, codes and types, then eventwatch's
own, from the store's `events` table, whatever columns it has gained since.

ACLED's columns are computed here, not stored, so that the store keeps what the pipeline found (a boolean for
civilian targeting, the crowd size as the text gave it, the ISO3 code) and the export says it as ACLED does
(`Civilian targeting`, `crowd size=around 200`, the numeric ISO code, the region). The codebook tables it needs
are data files (`data/export/countries.tsv`, `data/export/disorder.tsv`) read into the query as `VALUES` lists, so
that the query runs on a read-only store and inside DuckDB's own Parquet writer alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from eventwatch.store import Store

# ACLED's columns, in ACLED's order (the codebook's column list and the header of ACLED's CSV exports).
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

# eventwatch's own columns, after ACLED's, in this order. A column the store does not have yet is exported as a
# null of the given type, so a reader can rely on it being there; one it has keeps the store's own type.
OWN_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "VARCHAR"), ("doc_id", "VARCHAR"), ("plover_type", "VARCHAR"), ("iso3", "VARCHAR"),
    ("geonameid", "BIGINT"), ("n_reports", "BIGINT"), ("n_sources", "BIGINT"), ("reports", "VARCHAR"),
    ("mentions", "VARCHAR"), ("source_kind", "VARCHAR"), ("source_kinds", "VARCHAR"), ("claimed_by", "VARCHAR"),
    ("partisan_only", "BOOLEAN"),
    ("loaded_language", "DOUBLE"), ("reported_by", "VARCHAR"), ("date_value", "VARCHAR"), ("background", "BOOLEAN"),
    ("confidence", "DOUBLE"), ("evidence", "VARCHAR"),
)

# Every export's columns when the store has no columns beyond the shared data model's.
COLUMNS: tuple[str, ...] = (*ACLED_COLUMNS, *(name for name, _ in OWN_COLUMNS))

# Store columns that ACLED's columns already say in ACLED's form: not repeated among eventwatch's own.
_CONSUMED = frozenset({"size", "updated_at"})

# Sub-event types that are demonstrations and so carry a crowd size in `tags`.
CROWD_EVENT_TYPES: tuple[str, ...] = ("Protests", "Riots")


@dataclass(frozen=True, slots=True)
class Scope:
    """Which stored events an export holds. By default the rows ACLED would publish: current events (not
    background), with a day (`event_date`), a country and a first actor. `background` adds the background events
    that are otherwise complete; `everything` adds every stored event, undated, unplaced and actorless ones too."""

    background: bool = False
    everything: bool = False

    def where(self, narrower: str = "") -> str:
        """The `WHERE` clause over alias `e`, with `narrower` (a caller's own `WHERE ...`, as the HTTP API's
        filters) added to it."""
        clauses = [] if self.everything else [
            "TRY_CAST(e.event_date AS DATE) IS NOT NULL", "e.country IS NOT NULL", "e.actor1 IS NOT NULL"]
        if not self.background and not self.everything:
            clauses.insert(0, "NOT coalesce(e.background, false)")
        narrower = narrower.strip()
        if narrower:
            clauses.append("(" + narrower.removeprefix("WHERE").removeprefix("where").strip() + ")")
        return "WHERE " + " AND ".join(clauses) if clauses else ""


# The default scope: the rows ACLED would publish.
PUBLISHED = Scope()


def _data(filename: str) -> list[list[str]]:
    text = resources.files("eventwatch.data").joinpath("export").joinpath(filename).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]  # the header names the columns for a reader of the file


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[int, str, str]]:
    """ISO3 -> (ACLED's numeric `iso`, ACLED's country name, ACLED's region)."""
    return {iso3: (int(iso), name, region) for iso3, _iso2, iso, name, region in _data("countries.tsv")}


@lru_cache(maxsize=1)
def disorder_types() -> dict[tuple[str, str], str]:
    """(event_type, sub_event_type) -> ACLED's disorder_type."""
    return {(etype, sub): disorder for etype, sub, disorder in _data("disorder.tsv")}


def _literal(value: object) -> str:
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def _values(rows: Sequence[tuple[object, ...]]) -> str:
    return ", ".join("(" + ", ".join(_literal(v) for v in row) + ")" for row in rows)


def interaction_sql(inter1: str, inter2: str) -> str:
    """ACLED's interaction code from two inter codes (0 for no actor): the two codes, smallest first, or ten times
    the only one."""
    return (f"CASE WHEN {inter1} = 0 AND {inter2} = 0 THEN 0 WHEN {inter1} = 0 OR {inter2} = 0 "
            f"THEN 10 * greatest({inter1}, {inter2}) "
            f"ELSE 10 * least({inter1}, {inter2}) + greatest({inter1}, {inter2}) END")


def mentions_sql(tables: set[str]) -> str:
    """The documents linked to event `e` as mentions (`event_mentions`: reports extraction found no event in, which
    tell the event), as a JSON list ordered by document, `[]` for none. They are not among `reports` and not counted
    in `n_reports`: a mention corroborates an event, it does not code one, and a reader should see both apart."""
    if "event_mentions" not in tables:
        return "'[]'"
    fields = ", ".join(f"'{out}': m.{col}" for out, col in (
        ("doc_id", "doc_id"), ("record_id", "record_id"), ("source", "outlet"), ("url", "url"),
        ("published", "published"), ("evidence", "evidence"), ("why", "why")))
    return (f"coalesce((SELECT CAST(to_json(list({{{fields}}} ORDER BY m.doc_id)) AS VARCHAR) "
            "FROM event_mentions m WHERE m.event_id = e.event_id), '[]')")


def export_query(store: Store, scope: Scope = PUBLISHED, where: str = "") -> str:
    """The SELECT of an export over this store's `events` table, ACLED's columns first, then eventwatch's own.

    The `tags` column holds the crowd size as stored (an empty string for none) on demonstration events; the
    writers turn it into ACLED's `crowd size=...` form (`tags_value`), which needs Python's count rules. `where`
    narrows the scope's rows further (a `WHERE ...` over alias `e`)."""
    have = store.columns("events")
    tables = set(store.tables())

    def col(name: str, kind: str = "VARCHAR") -> str:
        return f"e.{name}" if name in have else f"CAST(NULL AS {kind})"

    iso3 = col("iso3")
    inter1 = f"coalesce(CAST({col('inter1', 'BIGINT')} AS BIGINT), 0)"
    inter2 = f"CASE WHEN {col('actor2')} IS NULL THEN 0 ELSE coalesce(CAST({col('inter2', 'BIGINT')} AS BIGINT), 0) END"
    number = ("(SELECT n.number FROM event_numbers n WHERE n.event_id = e.event_id)" if "event_numbers" in tables
              else "CAST(NULL AS BIGINT)")
    crowd = ", ".join(_literal(t) for t in CROWD_EVENT_TYPES)
    acled = {
        "event_id_cnty": f"CASE WHEN nullif({iso3}, '') IS NOT NULL THEN {iso3} || CAST({number} AS VARCHAR) END",
        "event_date": "TRY_CAST(e.event_date AS DATE)",
        "year": "CAST(year(TRY_CAST(e.event_date AS DATE)) AS BIGINT)",
        "time_precision": "CAST(e.time_precision AS BIGINT)",
        "disorder_type": "d.disorder_type",
        "event_type": "e.event_type",
        "sub_event_type": "e.sub_event_type",
        "actor1": "e.actor1",
        "assoc_actor_1": col("assoc_actor_1"),
        "inter1": inter1,
        "actor2": col("actor2"),
        "assoc_actor_2": col("assoc_actor_2"),
        "inter2": inter2,
        "interaction": "CAST(" + interaction_sql(inter1, f"({inter2})") + " AS BIGINT)",
        "civilian_targeting": f"CASE WHEN {col('civilian_targeting', 'BOOLEAN')} THEN 'Civilian targeting' END",
        "iso": "CAST(c.iso AS BIGINT)",
        "region": "c.region",
        "country": "coalesce(c.country, e.country)",
        "admin1": col("admin1"),
        "admin2": col("admin2"),
        "admin3": col("admin3"),
        "location": col("location"),
        "latitude": f"round(CAST({col('latitude', 'DOUBLE')} AS DOUBLE), 4)",
        "longitude": f"round(CAST({col('longitude', 'DOUBLE')} AS DOUBLE), 4)",
        "geo_precision": f"CAST({col('geo_precision', 'BIGINT')} AS BIGINT)",
        "source": col("source"),
        "source_scale": col("source_scale"),
        "notes": col("notes"),
        "fatalities": f"CAST(coalesce({col('fatalities', 'BIGINT')}, 0) AS BIGINT)",
        "tags": f"CASE WHEN e.event_type IN ({crowd}) THEN coalesce({col('size')}, '') END",
        "timestamp": f"CAST(epoch({col('updated_at', 'TIMESTAMPTZ')}) AS BIGINT)",
    }
    evidence = ("(SELECT v.text FROM evidence v WHERE v.event_id = e.event_id AND v.role = 'sentence')"
                if "evidence" in tables and "evidence" not in have else col("evidence"))
    own = {name: (evidence if name == "evidence" else col(name, kind)) for name, kind in OWN_COLUMNS}
    own["mentions"] = mentions_sql(tables)
    extra = {name: f"e.{name}" for name in have if name not in acled and name not in own and name not in _CONSUMED}
    select = ",\n       ".join(f'{expr} AS "{name}"' for name, expr in {**acled, **own, **extra}.items())
    country_rows = [(iso3, iso, name, region) for iso3, (iso, name, region) in sorted(countries().items())]
    disorder_rows = [(etype, sub, kind) for (etype, sub), kind in sorted(disorder_types().items())]
    return f"""
WITH c (iso3, iso, country, region) AS (VALUES {_values(country_rows)}),
     d (event_type, sub_event_type, disorder_type) AS (VALUES {_values(disorder_rows)})
SELECT {select}
FROM events e
LEFT JOIN c ON c.iso3 = {iso3}
LEFT JOIN d ON d.event_type = e.event_type AND d.sub_event_type = e.sub_event_type
{scope.where(where)}
ORDER BY e.event_date NULLS LAST, e.event_id
"""

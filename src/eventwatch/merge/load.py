"""Reading per-report events from the store for the merge, with what it has already read kept in memory.

A stored report does not change (its row, its document's columns and its evidence are written once, in one
batch), so the merge keeps the reports it has read, and the comparisons it has made, for as long as the `Store`
object lives: merging batch after batch, a run reads and compares the reports a new batch touches once, not once
per batch. Only ids are queried for the reports already known. The most recently used are kept, up to a bound
(`_KEEP`), so that the memory of a run does not grow with its corpus (each report holds its row, some 7 KB). When
the store removes rows (`Store.forget`, before documents are coded again) what was kept is dropped.
"""

from __future__ import annotations

import weakref
from collections.abc import Collection, Iterable, Sequence
from typing import Any

import pyarrow as pa

from eventwatch.lru import keep_recent
from eventwatch.merge.cluster import Pairs, compare_all
from eventwatch.merge.fresh import FIELD_ROLES, fresh_rows
from eventwatch.merge.reports import Report, to_report
from eventwatch.merge.rules import Rules
from eventwatch.store import Store

# Document columns a report needs, under the names `reports.to_report` reads (those a store lacks read as null).
_DOC_FIELDS: tuple[tuple[str, str], ...] = (
    ("published", "doc_published"), ("dateline_date", "doc_dateline_date"), ("source", "doc_source"),
    ("url", "doc_url"), ("reported_by", "doc_reported_by"), ("duplicate_of", "doc_duplicate_of"),
    ("origin", "doc_origin"), ("record_id", "doc_record_id"), ("outlet_id", "outlet_id"), ("outlet", "outlet"),
    ("source_scale", "doc_source_scale"), ("source_kind", "doc_source_kind"), ("title", "doc_title"),
    ("text", "doc_text"),
)
# Reports kept per store, the most recently used (comparisons: four times as many): a bound on the driver's
# memory whatever the corpus size; a batch's neighbourhood (same country, days close) is far smaller.
_KEEP = 2_000


def select_reports(docs: Iterable[str]) -> str:
    """The rows of the report events whose ids are the list `$1`, with their document's columns (of those the
    documents table has, `docs`) and evidence: the sentence, whether a time expression dates them (and where in the
    sentence it stands: `date_offset`) and a word of theirs places them, whether they are their report's lead events
    (the first sentence that tells a current
    event), and whether another event of their sentence has their type and day at another place (`twins`) and, if
    so, whether their place is written before the one other's (`twin_first`: of a list of three places or more,
    "shelled Popasna, Orikhove and Hirske", none is more the event's place than the others), and how many of their
    fields a span of the text evidences (`field_spans`, of `fresh.FIELD_ROLES`).

    `$2` are the ids of every event of their documents and `$3` the documents' ids (`report_rows` finds them):
    each table is read through its index for those ids only (`list_contains` over an indexed column is a look-up,
    not a scan), so that what a batch costs does not grow with the store."""
    docs = set(docs)
    fields = ", ".join(f"d.{c} AS {alias}" if c in docs else f"NULL AS {alias}" for c, alias in _DOC_FIELDS)
    roles = ", ".join(f"'{r}'" for r in FIELD_ROLES)
    return f"""
WITH sel AS (SELECT r.* FROM report_events r WHERE list_contains($1, r.event_id)),
fam AS (SELECT x.* FROM report_events x WHERE list_contains($2, x.event_id)),
ev AS (SELECT v.event_id, any_value(v.text) FILTER (WHERE v.role = 'sentence') AS sentence,
              any_value(v.text) FILTER (WHERE v.role = 'place') AS place_text,
              min(v.start_char) FILTER (WHERE v.role = 'sentence') AS at,
              min(v.start_char) FILTER (WHERE v.role = 'place') AS place_at,
              min(v.start_char) FILTER (WHERE v.role = 'date') AS date_at,
              bool_or(v.role = 'date') AS date_span, bool_or(v.role = 'place') AS place_span,
              count(DISTINCT v.role) FILTER (WHERE v.role IN ({roles})) AS field_spans
       FROM evidence v WHERE list_contains($2, v.event_id) GROUP BY v.event_id),
lead AS (SELECT x.doc_id, min(ev.at) AS first FROM fam x JOIN ev ON ev.event_id = x.event_id
         WHERE NOT coalesce(x.background, false) GROUP BY x.doc_id),
twin AS (SELECT x.event_id, bool_and(coalesce(e1.place_at < e2.place_at, false)) AND count(*) = 1 AS first
         FROM sel x JOIN ev e1 ON e1.event_id = x.event_id
         JOIN fam y ON y.doc_id = x.doc_id AND y.event_id <> x.event_id AND y.event_type = x.event_type
              AND y.event_date IS NOT DISTINCT FROM x.event_date AND y.location IS DISTINCT FROM x.location
         JOIN ev e2 ON e2.event_id = y.event_id AND e2.at = e1.at GROUP BY x.event_id),
d AS (SELECT * FROM documents WHERE list_contains($3, id))
SELECT sel.*, {fields}, ev.sentence, ev.place_text, coalesce(ev.date_span, false) AS date_span,
       ev.date_at - ev.at AS date_offset,
       coalesce(ev.place_span, false) AS place_span,
       NOT coalesce(sel.background, false) AND ev.at IS NOT DISTINCT FROM lead.first AS lead,
       twin.event_id IS NOT NULL AS twins, coalesce(twin.first, false) AS twin_first,
       coalesce(ev.field_spans, 0) AS field_spans
FROM sel LEFT JOIN d ON d.id = sel.doc_id LEFT JOIN ev ON ev.event_id = sel.event_id
LEFT JOIN lead ON lead.doc_id = sel.doc_id LEFT JOIN twin ON twin.event_id = sel.event_id
ORDER BY sel.event_id"""


def id_column(store: Store, sql: str, values: Sequence[Any]) -> list[str]:
    """The one column `sql` selects, for a list of values (`?`)."""
    rows = store.con.execute(sql, [list(values)]).fetchall() if values else []
    return [str(r[0]) for r in rows if r[0] is not None]


def events_of(store: Store, doc_ids: Sequence[str]) -> list[str]:
    """The ids of every per-report event of these documents (through the index on `report_events.doc_id`)."""
    return id_column(store, "SELECT event_id FROM report_events WHERE list_contains(?, doc_id) ORDER BY event_id",
                  doc_ids)


def report_rows(store: Store, event_ids: Sequence[str], docs: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The rows `select_reports` gives for these per-report events."""
    if not event_ids:
        return []
    doc_ids = id_column(store, "SELECT DISTINCT doc_id FROM report_events WHERE list_contains(?, event_id)", event_ids)
    sql = select_reports(store.columns("documents") if docs is None else docs)
    return store.query(sql, [list(event_ids), events_of(store, doc_ids), doc_ids])


class Loader:
    """Reports and comparisons of one store, read and made once."""

    def __init__(self, store: Store, rules: Rules) -> None:
        self.store = store
        self.rules = rules
        self.reports: dict[str, Report] = {}
        self.pairs: Pairs = {}
        self.doc_types = store.columns("documents")
        self.doc_columns = list(self.doc_types)
        # a batch's new reports are read from the rows it wrote (`fresh.py`) while `updated_at` defaults as it does
        defaults = dict(store.con.execute("SELECT column_name, column_default FROM information_schema.columns WHERE "
                                          "table_name = 'report_events' AND table_schema = 'main'").fetchall())
        self.event_types = store.columns("report_events") if defaults.get("updated_at") == "current_timestamp" \
            else {}
        self.generation = store.generation
        self._countries: set[str] | None = None

    def countries(self) -> set[str]:
        """Every country a stored report's row names (`report_events.country`): read once, then kept up to date by
        the merge (`add_countries`), the store's one writer; some two hundred at most."""
        if self._countries is None:
            self._countries = {str(r[0]) for r in self.store.con.execute(
                "SELECT DISTINCT country FROM report_events WHERE country IS NOT NULL").fetchall()}
        return self._countries

    def add_countries(self, reports: Iterable[Report]) -> None:
        """The countries of reports merged after `countries` was read."""
        if self._countries is not None:
            self._countries.update(str(c) for c in (r.row.get("country") for r in reports) if c is not None)

    def ids(self, where: str, params: Sequence[Any] = ()) -> list[str]:
        return [str(r["event_id"]) for r in self.store.query(
            f"SELECT r.event_id FROM report_events r {where} ORDER BY r.event_id", params)]

    def load(self, where: str, params: Sequence[Any] = ()) -> list[Report]:
        """The reports `where` selects, reading only those not read before."""
        return self.load_ids(self.ids(where, params))

    def load_ids(self, ids: Sequence[str]) -> list[Report]:
        """The reports of these per-report events (those stored), in the order given, reading only those not read
        before."""
        if self.generation != self.store.generation:  # rows were removed, and may come back changed
            self.reports.clear()
            self.pairs.clear()
            self._countries = None
            self.generation = self.store.generation
        missing = [i for i in ids if i not in self.reports]
        if missing:
            fresh = fresh_rows(self.store, missing, self.event_types, self.doc_types, _DOC_FIELDS) \
                if self.event_types else {}
            for row in [*fresh.values(), *report_rows(self.store, [i for i in missing if i not in fresh],
                                                      self.doc_columns)]:
                self.reports[str(row["event_id"])] = to_report(row, self.rules)
        ids = [i for i in ids if i in self.reports]
        found = [self.reports[i] for i in ids]
        keep_recent(self.reports, ((i, self.reports[i]) for i in ids), _KEEP)
        return found

    def compare(self, reports: Iterable[Report], focus: Collection[str] | None = None) -> Pairs:
        """Every candidate pair among `reports` (with one of `focus` when given), compared once per store."""
        found = compare_all(reports, self.rules, known=self.pairs, focus=focus)
        keep_recent(self.pairs, found.items(), 4 * _KEEP)
        return found

    def table(self, name: str, ids: Iterable[str]) -> _Registered:
        return _Registered(self.store, name, ids)


class _Registered:
    """A list of ids registered as a table for the length of a `with` block."""

    def __init__(self, store: Store, name: str, ids: Iterable[str]) -> None:
        self.store, self.name = store, name
        store.con.register(name, pa.table({"id": pa.array(sorted(set(ids)), pa.string())}))

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        self.store.con.unregister(self.name)


_LOADERS: weakref.WeakKeyDictionary[Store, Loader] = weakref.WeakKeyDictionary()


def loader(store: Store, rules: Rules) -> Loader:
    """The store's loader for these rules (a new one when the rules change)."""
    found = _LOADERS.get(store)
    if found is None or found.rules is not rules:
        found = _LOADERS[store] = Loader(store, rules)
    return found

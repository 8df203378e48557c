"""Upgrading a store written by an earlier release, where a table's layout changed (not only columns added)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import duckdb

from eventwatch.errors import StoreError
from eventwatch.store.schema import _ADDED_EVENT_COLUMNS, _SCHEMA, DROPPED_KEYS

if TYPE_CHECKING:
    from eventwatch.store import Store


def drop_keys(store: Store) -> None:
    """A store written by an earlier release loses the keys this one no longer keeps (`schema.DROPPED_KEYS`):
    each such table is copied into one created without them, in one transaction (its indexes are made again
    with the others, `INDEXES`)."""
    for table, kind, columns in DROPPED_KEYS:
        found = store.con.execute(
            "SELECT count(*) FROM duckdb_constraints() WHERE schema_name = 'main' AND table_name = ? AND "
            "constraint_type = ? AND constraint_column_names = ?", [table, kind, list(columns)]).fetchall()
        if not found[0][0]:
            continue
        old = f"{table}_keyed"
        try:
            with store.transaction():
                for (index,) in store.con.execute("SELECT index_name FROM duckdb_indexes() WHERE schema_name = "
                                                 "'main' AND table_name = ?", [table]).fetchall():
                    store.con.execute(f'DROP INDEX "{index}"')
                store.con.execute(f"ALTER TABLE {table} RENAME TO {old}")
                store.con.execute(_SCHEMA)  # the table again, without the key
                names = ", ".join(c for c in store.columns(table) if c in store.columns(old))
                store.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {old}")
                store.con.execute(f"DROP TABLE {old}")
        except StoreError as exc:
            raise StoreError(f"cannot upgrade the store {store.path}: {exc}") from exc


def migrate(store: Store) -> None:
    """Bring a store written by an earlier release up to the current schema (in one transaction): the event tables'
    columns added since, a year-only date stored as text read as a DATE, and ACLED numbers for its events."""
    if not store.needs_upgrade():
        return
    con = store.con
    try:
        con.execute("BEGIN TRANSACTION")
        for table in ("report_events", "events"):
            types = store.columns(table)
            for name, ddl in _ADDED_EVENT_COLUMNS:
                if name not in types:
                    con.execute(f"ALTER TABLE {table} ADD COLUMN {name} {ddl}")
            if types.get("event_date") == "VARCHAR":  # a year-only date was stored as its 1 January then
                con.execute(f"ALTER TABLE {table} ALTER event_date SET DATA TYPE DATE "
                            "USING TRY_CAST(event_date AS DATE)")
        store.number_events()
        con.execute("COMMIT")
    except duckdb.Error as exc:
        store._rollback()
        raise StoreError(f"cannot upgrade the store {store.path}: {exc}") from exc

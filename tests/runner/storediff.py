"""Comparing two stores table by table, leaving out the columns that say when a row was written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

_WHEN = {"stored_at", "updated_at", "loaded_at"}
TABLES = ("documents", "events", "report_events", "event_reports", "evidence", "drops", "event_numbers")


def table_rows(db: Path, table: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        names = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
            [table]).fetchall() if r[0] not in _WHEN]
        cols = ", ".join(names)
        return [tuple(r) for r in con.execute(f"SELECT {cols} FROM {table} ORDER BY ALL").fetchall()]


def store_contents(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    with duckdb.connect(str(db), read_only=True) as con:
        present = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    return {t: table_rows(db, t) for t in TABLES if t in present}

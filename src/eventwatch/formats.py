"""The names of the export formats, in a module of their own: the CLI offers them as choices on every start
(`eventwatch --help`, `run`, `extract`), and importing `eventwatch.export` for them would load DuckDB and the
store (0.2-0.45 s) in commands that never export."""

from __future__ import annotations

FORMATS: tuple[str, ...] = ("csv", "geojson", "parquet", "jsonl")

"""`eventwatch merge`: every stored report clustered again, adding nothing to a merged store."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from mergerows import document, row

from eventwatch.cli import cli
from eventwatch.cli import data as cli_data
from eventwatch.store import Store

cli_data.register(cli)


def test_merge_recomputes_and_then_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:  # reports stored but not merged, as a bulk load leaves them
        store.write_batch([document(d, f"Report {d}. Gunmen attacked Kurmi market in Kano.", [
            row(1, d, sentence="Gunmen attacked Kurmi market in Kano.")]) for d in ("a", "b")])
    first = CliRunner().invoke(cli, ["merge", "--db", str(db)])
    assert first.exit_code == 0 and first.output.startswith("1 events from 2 per-report events: 1 written anew")
    again = CliRunner().invoke(cli, ["merge", "--db", str(db)])
    assert "0 written anew, 0 gone" in again.output
    missing = CliRunner().invoke(cli, ["merge", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "no store" in missing.output

"""`eventwatch run --reprocess` codes stored documents again when the settings change; without it a re-run with
another --published changes nothing (the documents are already stored)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwatch.cli import cli
from eventwatch.cli import data as cli_data
from eventwatch.store import Store

cli_data.register(cli)

ARTICLE = "Police arrested 12 students at the university in Kisumu yesterday, officials said on the record.\n"


def _run(path: Path, db: Path, *options: str) -> None:
    result = CliRunner().invoke(cli, ["run", str(path), "--db", str(db), "--quiet", *options])
    assert result.exit_code == 0, result.output


def _days(db: Path) -> list[str]:
    with Store(db, read_only=True) as store:
        return [str(r["event_date"]) for r in store.query("SELECT event_date FROM events ORDER BY event_date")]


@pytest.mark.slow
def test_reprocess_recodes_stored_documents_with_the_new_settings(tmp_path: Path) -> None:
    article, db = tmp_path / "a.txt", tmp_path / "s.duckdb"
    article.write_text(ARTICLE, encoding="utf-8")
    _run(article, db, "--published", "2024-03-12")
    assert _days(db) == ["2024-03-11"]
    _run(article, db, "--published", "2024-04-02")
    assert _days(db) == ["2024-03-11"]  # already stored: skipped
    _run(article, db, "--published", "2024-04-02", "--reprocess")
    assert _days(db) == ["2024-04-01"]  # coded again; the old event is gone, not kept beside it
    with Store(db, read_only=True) as store:
        assert store.count("documents") == 1
        assert store.query("SELECT count(*) AS n FROM report_events")[0]["n"] == 1


@pytest.mark.slow
def test_reprocessing_the_same_settings_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    examples = Path(__file__).resolve().parent.parent / "examples"
    _run(examples, db)

    def counts() -> list[int]:
        with Store(db, read_only=True) as store:
            return [store.query(f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in
                    ("documents", "report_events", "events", "event_reports", "drops", "evidence")] + [
                store.query("SELECT count(*) AS n FROM documents WHERE duplicate_of IS NOT NULL")[0]["n"]]

    before = counts()
    _run(examples, db, "--reprocess")
    assert counts() == before

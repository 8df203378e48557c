"""`eventwatch serve` as a user meets it: one-line errors for a busy or impossible port, the real server answering
on 127.0.0.1, and a clear message for `run` against a store that a server holds."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from webstore import fill

from eventwatch.cli import cli
from eventwatch.errors import StoreError
from eventwatch.store import Store


def _cli(*args: str) -> tuple[int, str]:
    from eventwatch.cli import data

    data.register(cli)
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        fill(store)
    return path


def test_a_port_in_use_is_one_line(db: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        code, out = _cli("serve", "--db", str(db), "--port", str(port))
    assert code != 0 and out.strip().count("\n") == 0
    assert f"port {port} on 127.0.0.1 is in use" in out and "--port" in out


@pytest.mark.parametrize("port", ["70000", "-1"])
def test_a_port_out_of_range_is_one_line(db: Path, port: str) -> None:
    code, out = _cli("serve", "--db", str(db), "--port", port)
    assert code != 0 and "out of range" in out and out.strip().count("\n") == 0


def test_no_store_says_what_to_do(tmp_path: Path) -> None:
    code, out = _cli("serve", "--db", str(tmp_path / "none.duckdb"))
    assert code != 0 and "eventwatch run" in out and "--watch" in out


def test_the_server_answers_on_loopback_and_holds_the_store(db: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "eventwatch", "serve", "--db", str(db), "--port", "0"],
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        url = line.split(" on ")[1].split()[0]
        assert url.startswith("http://127.0.0.1:")
        body = json.loads(urllib.request.urlopen(url + "api/events?country=KENYA").read())
        assert body["total"] == 3
        request = urllib.request.Request(url + "api/events", method="HEAD")
        with urllib.request.urlopen(request) as head:
            assert head.status == 200 and head.read() == b""
        # DuckDB lets one process write: `run` says, in one line, how to ingest into a served store instead
        with pytest.raises(StoreError, match="serve --watch"):
            Store(db)
        article = db.parent / "new.txt"
        article.write_text("Hundreds of teachers marched in Nakuru on Monday over unpaid salaries. " * 3)
        code, out = _cli("run", str(article), "--db", str(db), "--quiet")
        assert code != 0 and "eventwatch serve --watch" in out and out.strip().count("\n") == 0
    finally:
        proc.terminate()
        proc.wait(timeout=30)

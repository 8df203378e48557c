"""Run a function in a process forked from the real workers' server (`runner/forkserver.start_server`), in a fresh
interpreter, and return what it reports: the server's preload (models loaded, the warm-up run) is only seen in a
process that started no server before, so each check runs as a script of its own."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

_SCRIPT = """
import json, multiprocessing
from eventwatch.runner.forkserver import start_server, stop_server

{child}

if __name__ == '__main__':
    assert start_server()
    context = multiprocessing.get_context('forkserver')
    queue = context.Queue()
    process = context.Process(target=child, args=(queue,))
    process.start()
    print(json.dumps(queue.get(timeout=240)), end='')
    process.join()
    stop_server()
"""


def forked_report(tmp_path: Path, child: str) -> Any:
    """`child`: the source of `def child(queue)`, which puts one JSON-able value on the queue in the forked process."""
    script = tmp_path / "forked.py"
    script.write_text(_SCRIPT.format(child=textwrap.dedent(child)), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)

"""A cluster run's driver ends without Python's finalisation once its run is done (`runner/ending.py`): the exit
handlers registered after `arm` still run, the output is flushed, and any other exit is Python's own."""

from __future__ import annotations

import subprocess
import sys

_SCRIPT = (
    "import atexit, sys\n"
    "from eventwatch.runner import ending\n"
    "ending.arm()\n"
    "atexit.register(lambda: print('handler', end=''))\n"  # registered later: runs before the ending
    "class Held:\n"
    "    def __del__(self):\n"
    "        print(' finalised', end='')\n"
    "held = Held()\n"  # a module's object: freed at finalisation only
    "{done}\n"
    "print('run ', end='')\n"
    "try:\n"
    "    sys.exit({code})\n"
    "except SystemExit as exc:\n"
    "    ending.exiting(exc.code)\n"
    "    raise\n"
)


def _run(done: bool, code: int) -> subprocess.CompletedProcess[str]:
    script = _SCRIPT.format(done="ending.done()" if done else "", code=code)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)


def test_a_done_run_ends_after_the_exit_handlers_without_finalisation() -> None:
    ended = _run(done=True, code=0)
    assert (ended.returncode, ended.stdout) == (0, "run handler")


def test_a_run_not_done_or_failing_exits_as_python_would() -> None:
    for done, code in ((False, 0), (True, 3)):
        normal = _run(done=done, code=code)
        assert (normal.returncode, normal.stdout) == (code, "run handler finalised"), (done, code)

"""The bench comparisons run the working tree they live in, whichever tree the venv's editable install points at."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import compare  # noqa: E402


def _pythonpath_seen(tmp_path: Path, pythonpath: Path | None) -> str:
    out = tmp_path / "seen.txt"
    code = f"import os; open({str(out)!r}, 'w').write(os.environ.get('PYTHONPATH', ''))"
    cpu, wall = compare.timed([sys.executable, "-c", code], pythonpath)
    assert cpu >= 0 and wall > 0
    return out.read_text()


def test_working_tree_is_this_checkout(tmp_path: Path) -> None:
    assert _pythonpath_seen(tmp_path, None) == str(BENCH.parent / "src")


def test_a_revision_runs_from_its_exported_source(tmp_path: Path) -> None:
    exported = tmp_path / "src"
    assert _pythonpath_seen(tmp_path, exported) == str(exported)

"""Two versions of the code side by side: `eventwatch extract` over the same input with the source of a git revision
and with the working tree's, alternated, each as a whole process; CPU seconds (user + system) of each, medians, and
whether their outputs are byte for byte the same.

    python bench/compare.py main~3 --input corpus/ --runs 3

Why CPU seconds: on a machine shared with other jobs the wall time of a process says how busy the machine was; the
CPU seconds it used say what it cost. The load average before and after is printed with the figures.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def export_source(revision: str, folder: Path) -> Path:
    """The `src` folder of `revision`, unpacked into `folder` (its package is run through PYTHONPATH)."""
    archive = folder / "src.tar"
    subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), revision, "src"], check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def timed(command: list[str], pythonpath: Path | None, extra: dict[str, str] | None = None) -> tuple[float, float]:
    """CPU seconds (the process and its children) and wall seconds of one whole command, run with `pythonpath`
    (a revision's exported source) ahead of the installed package; its stdout is discarded. Without one, the
    working tree is this script's own checkout (`ROOT/src`), not whatever tree the venv's editable install points
    at: from a second worktree with the main checkout's venv the comparison was otherwise main against main.
    `extra`: variables set for this command only (a setting the other version does not know)."""
    env = dict(os.environ) | (extra or {})
    env["PYTHONPATH"] = str(pythonpath if pythonpath is not None else ROOT / "src")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, wall


def one_run(path: str, out: Path, pythonpath: Path | None) -> tuple[float, float]:
    """CPU seconds and wall seconds of one whole `eventwatch extract` process."""
    return timed([sys.executable, "-m", "eventwatch", "extract", path, "--quiet", "-o", str(out)], pythonpath)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revision", help="the git revision to compare the working tree with")
    parser.add_argument("--input", required=True, help="what `eventwatch extract` reads (a folder, JSONL...)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        source = export_source(args.revision, tmp)
        cpu: dict[str, list[float]] = {"base": [], "working tree": []}
        load_before = os.getloadavg()[0]
        for _ in range(args.runs):
            for name, path in (("base", source), ("working tree", None)):
                seconds, _wall = one_run(args.input, tmp / f"{name}.jsonl", path)
                cpu[name].append(seconds)
        same = filecmp.cmp(tmp / "base.jsonl", tmp / "working tree.jsonl", shallow=False)
    base, new = statistics.median(cpu["base"]), statistics.median(cpu["working tree"])
    print(f"{args.revision}: {base:.2f} CPU s (runs {', '.join(f'{v:.2f}' for v in cpu['base'])})")
    print(f"working tree: {new:.2f} CPU s (runs {', '.join(f'{v:.2f}' for v in cpu['working tree'])})")
    print(f"working tree / {args.revision}: {new / base:.3f}; outputs byte for byte the same: {same}")
    print(f"load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")


if __name__ == "__main__":
    main()

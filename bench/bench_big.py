"""`make bench`: time and memory for one huge document, and how extraction's cost grows with a document's size.

A 10 MB text (just under `max_bytes`) must go through `eventwatch run` in bounded time and memory: it is read,
cleaned and then dropped with its reason because it has more sentences than `max_sentences` (target: under 60 s
and 1 GB). Documents under the cap are coded in full, and their cost must grow linearly with their size: the
second figure is the time per 100 KB of text at two sizes (a quadratic step would make the larger one slower).
The texts are built from the demo articles, every paragraph numbered so that cleaning keeps it.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_text(size: int) -> str:
    paras: list[str] = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        body = path.read_text(encoding="utf-8", errors="replace")
        paras += [p.strip() for p in body.split("\n") if len(p.strip()) > 60]
    out: list[str] = []
    n = i = 0
    while n < size:
        para = f"In update {i}, {paras[i % len(paras)]}"
        out.append(para)
        n += len(para.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(out).encode("utf-8")[:size].decode("utf-8", errors="ignore")


def run_once(path: Path, extra: list[str]) -> tuple[float, str]:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "eventwatch", "run", str(path), "--db", f"{tmp}/b.duckdb",
                               "--published", "2024-05-01", *extra], check=True, capture_output=True, text=True)
        return time.perf_counter() - start, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=9.9, help="size of the huge document in MB")
    parser.add_argument("--sizes", default="100,250", help="KB sizes coded in full, to compare cost per 100 KB")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "huge.txt"
        big.write_text(build_text(int(args.mb * 1_000_000)), encoding="utf-8")
        seconds, out = run_once(big, [])
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        dropped = "max_sentences" in out
        print(f"huge document ({big.stat().st_size / 1e6:.1f} MB): {seconds:.1f} s, peak RSS {peak:.0f} MB, "
              f"{'dropped for max_sentences' if dropped else 'NOT dropped'} (targets: < 60 s, < 1 GB)")
        for kb in (int(k) for k in args.sizes.split(",")):
            part = Path(tmp) / f"part{kb}.txt"
            part.write_text(build_text(kb * 1000), encoding="utf-8")
            seconds, out = run_once(part, [])
            if "max_sentences" in out:
                print(f"{kb} KB: dropped for max_sentences (choose smaller --sizes)")
                continue
            print(f"{kb} KB coded in full: {seconds:.1f} s, {seconds / kb * 100:.1f} s per 100 KB")


if __name__ == "__main__":
    main()

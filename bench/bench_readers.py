"""Benchmark of the input side: HTML extraction documents/s, WARC reading MB/s, and peak memory (RSS) while
streaming a large generated WARC.

Every input is generated here from team-written templates; nothing is downloaded.

    .venv/bin/python bench/bench_readers.py                 # 200 MB WARC for the memory check
    .venv/bin/python bench/bench_readers.py --big-mb 1024   # the 1 GB check

The big WARC is read in a child process so that its peak RSS is not mixed with the generator's.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwatch.readers import ReadStats, iter_documents
from eventwatch.readers.single import html_document
from eventwatch.settings import Settings

SUBJECTS = ["Hundreds of farmers", "Striking dock workers", "Students", "Residents", "Opposition supporters"]
ACTIONS = ["blocked the main road into", "marched through the centre of", "rallied outside the town hall of"]
CITIES = ["Lyon", "Mombasa", "Accra", "Kharkiv", "Cusco", "Dhaka", "Tunis", "Medan"]
TAILS = [
    "demanding lower fuel taxes, organisers said.",
    "after a week of talks over unpaid wages broke down, a union spokesperson said.",
    "and police diverted traffic for several hours; no arrests were reported.",
    "a day after the regional council approved the new budget, witnesses said.",
]


def article(rng: random.Random, paragraphs: int = 8) -> tuple[str, str]:
    city = rng.choice(CITIES)
    title = f"{rng.choice(SUBJECTS)} protest in {city}"
    body = [
        f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS)} {city} on {rng.choice(['Monday', 'Tuesday', 'Friday'])} "
        f"{rng.choice(TAILS)} " + " ".join(rng.choice(TAILS).capitalize() for _ in range(3))
        for _ in range(paragraphs)
    ]
    return title, "".join(f"<p>{p}</p>" for p in body)


def page(rng: random.Random) -> bytes:
    """A news page with the furniture real pages carry: navigation, scripts, share bar, footer."""
    title, body = article(rng)
    scripts = "".join(
        f"<script>var slot{i} = {{size: '728x90', id: {rng.randint(1, 10**6)}}};</script>" for i in range(20)
    )
    nav = "".join(f"<li><a href='/section/{i}'>Section {i}</a></li>" for i in range(40))
    html = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} | Valley Courier</title>"
        f"<meta name='author' content='Desk Reporter'><meta property='article:published_time' content='2021-03-04'>"
        f"{scripts}</head><body><nav><ul>{nav}</ul></nav><div class='share'>Share Tweet Email</div>"
        f"<article><h1>{title}</h1>{body}</article><aside>Most read</aside>"
        f"<footer>© 2021 Valley Courier. All rights reserved. Subscribe to our newsletter.</footer></body></html>"
    )
    return html.encode()


def write_warc(path: Path, target_bytes: int, seed: int = 7) -> dict[str, int]:
    """A crawl-like WARC: per page a request, an HTML response, an image, and sometimes a 404."""
    rng = random.Random(seed)
    counts = {"html": 0, "other": 0}
    image = bytes(rng.getrandbits(8) for _ in range(60_000))
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        n = 0
        while handle.tell() < target_bytes:
            url = f"https://courier.example/{n}"
            req = StatusAndHeaders(f"GET /{n} HTTP/1.1", [("Host", "courier.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=req))
            ok = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(page(rng)), http_headers=ok)
            )
            img = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url + ".jpg", "response", payload=io.BytesIO(image), http_headers=img)
            )
            counts["html"] += 1
            counts["other"] += 2
            if n % 5 == 0:
                gone = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                writer.write_record(
                    writer.create_warc_record(url + "/x", "response", payload=io.BytesIO(b"gone"), http_headers=gone)
                )
                counts["other"] += 1
            n += 1
    return counts


def bench_html(docs: int, runs: int) -> float:
    rng = random.Random(1)
    pages = [page(rng) for _ in range(docs)]
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        for n, data in enumerate(pages):
            doc = html_document(data, f"page{n}")
            assert doc.dropped is None
        rates.append(docs / (time.perf_counter() - start))
    return statistics.median(rates)


def read_warc(path: str) -> dict[str, object]:
    """Stream a WARC through iter_documents; returns MB/s, documents and this process's peak RSS."""
    stats = ReadStats()
    start = time.perf_counter()
    documents = sum(1 for d in iter_documents([path], Settings(), stats=stats) if d.dropped is None)
    seconds = time.perf_counter() - start
    size = Path(path).stat().st_size
    return {
        "mb": size / 1e6,
        "seconds": seconds,
        "mb_per_s": size / 1e6 / seconds,
        "documents": documents,
        "skipped": sum(stats.skipped.values()),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def child_read(path: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(path)], check=True, capture_output=True, text=True
    ).stdout
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--html-docs", type=int, default=200, help="pages per HTML extraction run")
    parser.add_argument("--warc-mb", type=int, default=50, help="size of the WARC timed for MB/s")
    parser.add_argument("--big-mb", type=int, default=200, help="size of the WARC streamed for peak RSS")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (the median is printed)")
    parser.add_argument("--gzip", action="store_true", help="write .warc.gz instead of .warc")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(read_warc(args.child)))
        return
    print(
        f"HTML extraction: {bench_html(args.html_docs, args.runs):.1f} documents/s "
        f"(median of {args.runs} runs of {args.html_docs} generated pages)"
    )
    suffix = ".warc.gz" if args.gzip else ".warc"
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / f"timed{suffix}"
        counts = write_warc(small, args.warc_mb * 1_000_000)
        runs = [child_read(small) for _ in range(args.runs)]
        rate = statistics.median(float(str(r["mb_per_s"])) for r in runs)
        print(
            f"WARC reading: {rate:.1f} MB/s (median of {args.runs} runs over a {args.warc_mb} MB {suffix} file with "
            f"{counts['html']} HTML pages and {counts['other']} other records; HTML extraction included)"
        )
        small.unlink()
        big = Path(tmp) / f"big{suffix}"
        write_warc(big, args.big_mb * 1_000_000, seed=11)
        result = child_read(big)
        print(
            f"Streaming a {result['mb']:.0f} MB {suffix} file: peak RSS {result['peak_rss_mb']:.0f} MB, "
            f"{result['documents']} documents, {result['skipped']} records skipped, "
            f"{result['seconds']:.0f} s ({result['mb_per_s']:.1f} MB/s)"
        )


if __name__ == "__main__":
    main()

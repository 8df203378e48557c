"""Resolution speed of the geocoder once loaded: gold spans of GeoWebNews resolved per second (one core).

Run: python bench/bench_geo.py [--repeat 5] [FILE.xml]; prints each run's rate and the median. Needs ../shared/eval
(or a GeoWebNews-style XML file given on the command line). Each run uses a fresh Geocoder so that the
per-name memo of the previous run does not flatter the figure; the gazetteer itself is loaded once.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from eventwatch.evaluation.geo import read_articles
from eventwatch.geo import Geocoder, get_gazetteer
from eventwatch.geo.gazetteer import Gazetteer

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "geo" / "GWN.xml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    get_gazetteer()
    print(f"gazetteer ready in {time.perf_counter() - started:.2f} s")
    articles = read_articles(args.file)
    jobs = [(a.text, [(t.start, t.end) for t in a.toponyms if t.geocodable]) for a in articles]
    total = sum(len(spans) for _, spans in jobs)
    rates = []
    for _ in range(args.repeat):
        fresh = Gazetteer.load()  # empty name memo
        geocoder = Geocoder(fresh)
        t0 = time.perf_counter()
        for text, spans in jobs:
            geocoder.resolve_spans(text, spans)
        rate = total / (time.perf_counter() - t0)
        rates.append(rate)
        print(f"{total} resolutions: {rate:,.0f} /s")
    print(f"median {statistics.median(rates):,.0f} resolutions/s over {args.repeat} runs")


if __name__ == "__main__":
    main()

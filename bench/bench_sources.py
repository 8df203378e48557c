"""`make bench`: the `sources` stage (outlet, claims, loaded language) as a share of `eventwatch run`'s time.

Same fixed corpus as bench/run.py (the demo articles, each repeated with a numbered closing line). The events are
extracted once; the sources stage is then timed alone on those documents (median of several runs) and set
against the median wall time of a whole `eventwatch run` over the same files (target: under 5%).
"""

from __future__ import annotations

import statistics
import time

from run import bench_options, corpus_and_run_wall, print_figures  # bench/run.py, beside this file


def time_sources(texts: list[str], runs: int) -> tuple[float, int, int]:
    """Median seconds of the sources stage over the documents, their number and their events."""
    from eventwatch.clean import Clean
    from eventwatch.events.assemble import ExtractEvents
    from eventwatch.nlp import load_nlp
    from eventwatch.records import Document
    from eventwatch.settings import Settings
    from eventwatch.sources import Sources

    settings = Settings()
    clean = Clean(settings)
    docs = [d for d in (clean(Document(raw=t, origin=str(i))) for i, t in enumerate(texts)) if d.dropped is None]
    extract = ExtractEvents(settings, load_nlp(settings))
    docs = [d for start in range(0, len(docs), 16) for d in extract.pipe(docs[start:start + 16])]
    stage = Sources(settings)
    stage(docs[0])  # load the registry, the claim rules and the lexicon once, as a run does
    walls = []
    for _ in range(runs):
        start = time.perf_counter()
        for doc in docs:
            stage(doc)
        walls.append(time.perf_counter() - start)
    return statistics.median(walls), len(docs), sum(len(d.events) for d in docs)


def main() -> None:
    args = bench_options(__doc__)
    texts, wall = corpus_and_run_wall(args.copies, args.runs)
    seconds, documents, events = time_sources(texts, max(args.runs, 5))
    figures = {
        "documents": documents,
        "events": events,
        "run_wall_s": round(wall, 2),
        "sources_stage_s": round(seconds, 3),
        "sources_documents_per_s": round(documents / seconds),
        "sources_share_of_run": f"{100 * seconds / wall:.2f}%",
    }
    print_figures(figures, args.json)


if __name__ == "__main__":
    main()

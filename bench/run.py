"""`make bench`: throughput and memory of `eventwatch run`, beside plain spaCy on the same texts.

The corpus is fixed: distinct news reports of about 300 words written by bench/news.py from the team's lists (252
by default, 12 for each of the 21 demo articles that `--corpus copies` repeats instead), no sentence repeated
across them, so that what a run costs is what distinct news costs. `--corpus copies` gives the corpus of earlier
rounds: the demo articles in examples/, each repeated with a numbered closing line and moved a year back per copy;
every copy is a distinct document, but its sentences are the article's, which the events stage parses once per
process (`nlp.RememberingParser`), so it flatters the extraction and hides what a second worker gives. Each figure
is the median of several runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from news import write_news  # noqa: E402  (bench/news.py, beside this file)


def demo_articles() -> list[Path]:
    """The demo articles the copies corpus repeats (the binary photo and the empty file left out)."""
    return sorted(p for p in (ROOT / "examples").glob("*.txt") if p.stat().st_size > 200)


def build_corpus(folder: Path, copies: int, kind: str = "news") -> list[str]:
    """The bench corpus written to `folder`, as many documents as `copies` copies of the demo articles: distinct
    news reports (`kind` "news", bench/news.py) or the copies themselves ("copies", `copy_articles`)."""
    if kind == "news":
        return write_news(folder, copies * len(demo_articles()))
    return copy_articles(folder, copies)


def copy_articles(folder: Path, copies: int) -> list[str]:
    """Copies of the demo articles, each copy moved `i` years back (2024 -> 2024 - i): every copy is a distinct
    document, and its events fall on days of their own, so that the merge joins a copy's events with no other copy's
    (twenty reports of every event would make the merge, not the extraction, what a run measures)."""
    texts = []
    for i in range(copies):
        for src in demo_articles():
            body = src.read_text(encoding="utf-8", errors="replace").replace("2024", str(2024 - i))
            # a numbered closing line keeps every copy a distinct document (a header line would be taken as a title)
            text = f"{body.rstrip()}\n\nThe monitoring desk filed this as bulletin number {i} of the series.\n"
            (folder / f"{i:03d}-{src.name}").write_text(text, encoding="utf-8")
            texts.append(text)
    return texts


def time_cli_run(corpus: Path, runs: int) -> tuple[float, float, int]:
    """Median wall seconds and median CPU seconds (user + system) of a full `eventwatch run` (fresh store each
    time), and the peak RSS in KiB."""
    walls, cpus = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "eventwatch", "run", str(corpus), "--db", f"{tmp}/b.duckdb",
                            "--quiet"], check=True)
            walls.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return statistics.median(walls), statistics.median(cpus), peak


def time_in_process(texts: list[str], runs: int, prefilter: str = "cue") -> dict[str, float]:
    """Pipeline stages against plain spaCy (all components) on the same cleaned texts, models already loaded.

    One definition of the ratio throughout: the **cost** of the extraction over the cost of plain spaCy on the same
    texts, in the same process, the three passes (with the arbiter, rules only, plain spaCy) alternated in every
    run, medians over the runs; lower is better (target <= 0.5). Cost is this process's CPU seconds
    (`time.process_time`), which the other jobs of a shared machine disturb far less than wall seconds; the wall
    ratios are printed beside them for comparison. `prefilter`: the setting of that name (which sentences spaCy
    parses; "rule" is cheaper, "cue" the default)."""
    import spacy

    from eventwatch.clean import Clean
    from eventwatch.events.assemble import ExtractEvents
    from eventwatch.nlp import load_nlp
    from eventwatch.records import Document
    from eventwatch.settings import Settings

    settings = Settings(prefilter=prefilter)
    clean = Clean(settings)
    docs = [d for d in (clean(Document(raw=t, origin=str(i))) for i, t in enumerate(texts)) if d.dropped is None]
    stage = ExtractEvents(settings, load_nlp(settings))
    rules_only = ExtractEvents(Settings(arbiter=False, prefilter=prefilter), load_nlp(settings))
    list(stage.pipe(docs[:5]))  # warm up the gazetteer, the lexicons and the arbiter's embedding model
    arbiter_seconds = _time_arbiter()
    plain = spacy.load(settings.spacy_model)

    def ours() -> None:
        forget(stage)
        for batch_start in range(0, len(docs), 16):
            list(stage.pipe(docs[batch_start:batch_start + 16]))

    def rules() -> None:
        forget(rules_only)
        for batch_start in range(0, len(docs), 16):
            list(rules_only.pipe(docs[batch_start:batch_start + 16]))

    def theirs() -> None:
        for _doc in plain.pipe((d.text for d in docs), batch_size=16):
            pass

    cpu: dict[str, list[float]] = {"ours": [], "rules": [], "theirs": []}
    wall: dict[str, list[float]] = {"ours": [], "rules": [], "theirs": []}
    shares = []
    for _ in range(runs):
        for name, work in (("ours", ours), ("rules", rules), ("theirs", theirs)):
            arbiter_seconds.clear()
            start, start_cpu = time.perf_counter(), time.process_time()
            work()
            cpu[name].append(time.process_time() - start_cpu)
            wall[name].append(time.perf_counter() - start)
            if name == "ours":
                shares.append(sum(arbiter_seconds) / wall[name][-1])
    med = {name: statistics.median(values) for name, values in cpu.items()}
    med_wall = {name: statistics.median(values) for name, values in wall.items()}
    words = sum(len(d.text.split()) for d in docs)
    return {
        "documents": len(docs),
        "words": words,
        "extract_cpu_s": med["ours"],
        "extract_rules_only_cpu_s": med["rules"],
        "spacy_cpu_s": med["theirs"],
        "extract_words_per_cpu_s": words / med["ours"],
        "extract_rules_only_words_per_cpu_s": words / med["rules"],
        "spacy_words_per_cpu_s": words / med["theirs"],
        # the cost of the extraction for what plain spaCy costs on all of the same text (target <= 0.5)
        "cost_ratio_extract_over_spacy": med["ours"] / med["theirs"],
        "cost_ratio_rules_only_over_spacy": med["rules"] / med["theirs"],
        "wall_cost_ratio_extract_over_spacy": med_wall["ours"] / med_wall["theirs"],
        "wall_cost_ratio_rules_only_over_spacy": med_wall["rules"] / med_wall["theirs"],
        "arbiter_share_of_extraction": statistics.median(shares),
        # of the sentences the events stage asked to parse in one pass, the share it had parsed before (in that
        # pass): near 0 on distinct text, high on copies
        "parse_cache_hit_ratio": 1 - stage.parser.parsed / max(stage.parser.asked, 1),
    }


def forget(stage: Any) -> None:
    """Let the events stage forget the sentences it parsed (`RememberingParser`) and its arbiter those it embedded
    (its `Remembering`), so that every pass over the corpus pays what a fresh process would: within a pass, a
    sentence seen before is still not parsed or embedded again."""
    stage.parser.forget()
    stage.parser.asked = stage.parser.parsed = 0
    if stage.arbiter is not None:
        vars(stage.arbiter).pop("embedder", None)  # the model itself stays loaded (`load_embedder` is cached)


def _time_arbiter() -> list[float]:
    """Wrap the events stage's call of the arbiter so that the seconds it takes (reading the unsure sentences again,
    embedding them, deciding) are recorded."""
    from eventwatch.events import assemble

    seconds: list[float] = []
    judge = assemble.judge_sentences

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return judge(*args, **kwargs)
        finally:
            seconds.append(time.perf_counter() - start)

    assemble.judge_sentences = timed
    return seconds


def bench_options(description: str | None, copies: int = 12, prefilter: bool = False) -> argparse.Namespace:
    """The options of every bench over the bench corpus: its size, how many runs, JSON output; `prefilter`: also
    the setting of that name, for a bench that passes it on."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--copies", type=int, default=copies,
                        help="the corpus's size in copies of the 21 demo articles (21 documents each)")
    parser.add_argument("--corpus", choices=("news", "copies"), default="news",
                        help="distinct news reports (bench/news.py) or copies of the demo articles")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    if prefilter:
        parser.add_argument("--prefilter", choices=("cue", "rule"), default="cue",
                            help="the prefilter setting of the in-process extraction passes")
        parser.add_argument("--input", type=Path,
                            help="JSON Lines of texts (a 'text' field each) to use instead of the bench corpus: "
                                 "reports that repeat no sentence, where the copies of the bench corpus repeat theirs")
    return parser.parse_args()


def print_figures(figures: dict[str, Any], as_json: bool) -> None:
    """Every bench's output: JSON for scripts (`--json`), else one figure a line with the names in one column."""
    if as_json:
        print(json.dumps(figures, indent=2))
        return
    width = max((len(key) for key in figures), default=0) + 2
    for key, value in figures.items():
        print(f"{key:{width}} {value}")


def given_corpus(folder: Path, path: Path) -> list[str]:
    """The texts of a JSON Lines file, each written to `folder` as a text file of its own (for `eventwatch run`)."""
    texts = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if line.strip():
                text = str(json.loads(line)["text"])
                (folder / f"{number:05d}.txt").write_text(text, encoding="utf-8")
                texts.append(text)
    return texts


def corpus_and_run_wall(copies: int, runs: int, kind: str = "news") -> tuple[list[str], float]:
    """The bench corpus's texts and the median wall seconds of `eventwatch run` over it: what a stage's share of
    the run is measured against."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        texts = build_corpus(corpus, copies, kind)
        wall, _, _ = time_cli_run(corpus, runs)
    return texts, wall


def main() -> None:
    args = bench_options(__doc__, prefilter=True)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        given = args.input is not None
        texts = given_corpus(corpus, args.input) if given else build_corpus(corpus, args.copies, args.corpus)
        words = sum(len(t.split()) for t in texts)
        wall, cpu, peak_kib = time_cli_run(corpus, args.runs)
        figures = {
            "corpus": str(args.input) if given else args.corpus,
            "cli_documents": len(texts),
            "cli_words": words,
            "cli_wall_s": round(wall, 2),
            "cli_cpu_s": round(cpu, 2),
            "cli_documents_per_s": round(len(texts) / wall, 1),
            # per CPU second of the one process: what a core of its own would give (process start included)
            "cli_documents_per_cpu_s": round(len(texts) / cpu, 1),
            "cli_words_per_s": round(words / wall),
            "cli_peak_rss_mib": round(peak_kib / 1024, 1),
        }
        in_process = time_in_process(texts, args.runs, args.prefilter)
        figures["prefilter"] = args.prefilter
        figures.update({k: round(v, 3 if "ratio" in k else 2) for k, v in in_process.items()})
    # the machine may be shared: the load average (1 minute) before and after says how much of it we had
    figures["load_average_before"] = round(load_before[0], 2)
    figures["load_average_after"] = round(os.getloadavg()[0], 2)
    print_figures(figures, args.json)


if __name__ == "__main__":
    main()

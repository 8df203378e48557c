"""What the extraction cannot cost less than while its output stays the same: its parts beside plain spaCy.

The target of `bench/run.py`'s ratio (the extraction's CPU over plain spaCy `en_core_web_sm` on all of the same
text, <= 0.5) is bounded below by two costs the extraction cannot shed without changing what it finds: spaCy on
the sentences the prefilter passes (every component's output is read: tags and lemmas by the coder's modality
rules, the parse by the actor and date rules, entities by the geocoder), and the arbiter's MiniLM embedding of the
sentences the rules are unsure of (every one of them changes an event's confidence, if not its type). In one
process, alternated, medians of `--runs`: plain spaCy over all texts, the pipeline's spaCy over the prefiltered
sentences, the embedding of the unsure sentences, and the whole events stage; each as a share of plain spaCy.
Then what is left of the stage beside those two (the coder, the prefilter, the assembly of places and dates), and
spaCy's time on the prefiltered sentences component by component (each over the Docs the one before it annotated),
so that a change aimed at one component can be sized before it is built.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import bench_options, build_corpus, forget, print_figures


def staged_corpus(copies: int, batch: int | None = None) -> tuple[Any, list[Any], Any, list[str]]:
    """The bench corpus cleaned, the events stage built and run over it once (in batches of `batch` documents, or
    all at once), which warms every model up and records the sentences the arbiter was asked to judge: the
    settings, the documents, the stage and those sentences."""
    from eventwatch.clean import Clean
    from eventwatch.events import arbiter as arbiter_module
    from eventwatch.events.assemble import ExtractEvents
    from eventwatch.nlp import load_nlp
    from eventwatch.records import Document
    from eventwatch.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        texts = build_corpus(Path(tmp), copies)
    settings = Settings.load()
    clean = Clean(settings)
    docs = [d for d in (clean(Document(raw=t, origin=str(i))) for i, t in enumerate(texts)) if d.dropped is None]
    stage = ExtractEvents(settings, load_nlp(settings))
    unsure: list[str] = []
    judge = arbiter_module.Arbiter.judge

    def recording(self: Any, readings: Any, sentences: Any) -> Any:
        unsure.extend(sentences)
        return judge(self, readings, sentences)

    arbiter_module.Arbiter.judge = recording  # type: ignore[method-assign]
    try:
        step = batch or max(len(docs), 1)
        for i in range(0, len(docs), step):
            list(stage.pipe(docs[i:i + step]))
    finally:
        arbiter_module.Arbiter.judge = judge  # type: ignore[method-assign]
    return settings, docs, stage, unsure


def main() -> None:
    args = bench_options(__doc__, copies=4)
    import spacy

    from eventwatch.events.casing import restore_case
    from eventwatch.sentences import split_sentences

    load_before = os.getloadavg()[0]
    settings, docs, stage, unsure = staged_corpus(args.copies)
    parsed = [s[a:b] for s in (restore_case(d.text) for d in docs) for a, b in split_sentences(s)
              if stage.coder.could_hold_event(s[a:b])]
    plain = spacy.load(settings.spacy_model)
    # the embedding model itself, not the arbiter's `Remembering` (which would answer the later passes from memory)
    embedder = stage.arbiter.embedder.inner if stage.arbiter is not None else None
    passes = {
        "plain_spacy_all_text": lambda: list(plain.pipe((d.text for d in docs), batch_size=16)),
        "spacy_prefiltered_sentences": lambda: list(stage.nlp.pipe(parsed, batch_size=64)),
        "arbiter_embedding": lambda: embedder.embed(unsure) if embedder is not None else None,
        "events_stage": lambda: [forget(stage), *(list(stage.pipe(docs[i:i + 16])) for i in range(0, len(docs), 16))],
    }
    cpu: dict[str, list[float]] = {name: [] for name in passes}
    components: dict[str, list[float]] = {name: [] for name in stage.nlp.pipe_names}
    for _ in range(args.runs):
        for name, work in passes.items():
            start = time.process_time()
            work()
            cpu[name].append(time.process_time() - start)
        for name, seconds in by_component(stage.nlp, parsed).items():
            components[name].append(seconds)
    med = {name: statistics.median(v) for name, v in cpu.items()}
    sentences = sum(len(split_sentences(restore_case(d.text))) for d in docs)
    figures: dict[str, Any] = {"documents": len(docs), "sentences": sentences, "sentences_parsed": len(parsed),
                               "sentences_embedded": len(unsure)}
    figures.update({f"{name}_cpu_s": round(v, 2) for name, v in med.items()})
    figures.update({f"{name}_over_plain_spacy": round(v / med["plain_spacy_all_text"], 3)
                    for name, v in med.items() if name != "plain_spacy_all_text"})
    rest = med["events_stage"] - med["spacy_prefiltered_sentences"] - med["arbiter_embedding"]
    figures["rest_of_events_stage_over_plain_spacy"] = round(rest / med["plain_spacy_all_text"], 3)
    figures.update({f"spacy_component_{name}_cpu_s": round(statistics.median(v), 2)
                    for name, v in components.items()})
    figures["load_average_before"], figures["load_average_after"] = round(load_before, 2), round(os.getloadavg()[0], 2)
    print_figures(figures, args.json)


def by_component(nlp: Any, texts: list[str]) -> dict[str, float]:
    """CPU seconds of each component of `nlp` over `texts`, one component after the other, as `nlp.pipe` batches
    them (64 to a batch, as the events stage parses)."""
    docs = [nlp.make_doc(text) for text in texts]
    out: dict[str, float] = {}
    for name, component in nlp.pipeline:
        start = time.process_time()
        docs = list(component.pipe(docs, batch_size=64)) if hasattr(component, "pipe") else [component(d) for d in docs]
        out[name] = time.process_time() - start
    return out


if __name__ == "__main__":
    main()

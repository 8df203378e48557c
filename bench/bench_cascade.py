"""Whether a cascade of the arbiter's two embeddings (8-bit first, fp32 only where the output needs it) could cut a
worker's CPU with outputs byte for byte main's: how many judged sentences it could leave at the 8-bit vector.

What a judged sentence records from its vector (`events/arbitrate.py`): every event the arbiter leaves standing
carries its verdict's `confidence` to three decimals (and, through it, the record's and the sources' confidence),
whoever decided, so its vector must be the fp32 one. Only a sentence whose events the arbiter removes (a "no event"
verdict at `VETO_MIN` or more, `VETO_MIN_OF_KIND` on the report's topic) records nothing from its vector: the screen
may leave a sentence at 8 bits only when its 8-bit verdict is such a veto at `--threshold` or more, far enough above
`VETO_MIN_OF_KIND` that the fp32 verdict is a veto too whichever threshold its report applies. Every other sentence
is embedded twice (8 bits, then fp32), so the cascade costs `eight + (1 - screened)` of the fp32 route's embedding,
where `eight` is the 8-bit route's CPU over the fp32 route's on the same sentences (measured here, alternated): it
saves only when more than `1 - eight` of the judged sentences are screened.

Over the bench corpus (or `--input` JSON Lines), in one process: the events stage runs as a worker's does, each
batch's judged sentences are also embedded by the 8-bit route into the same shipped model, and this bench reports
the judged sentences, the fp32 verdicts that remove their sentence's events, the 8-bit vetoes and how many of them
the screen would take at a few thresholds ("unsafe": screened although the fp32 verdict is no sure veto), the
highest 8-bit confidence of an unsafe veto, the judged sentences that are an output event's evidence sentence, the
two routes' CPU on the judged sentences, and the cascade's estimated embedding cost. Needs the `q8` extra
(`pip install -e '.[q8]'`) for the 8-bit graph.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import bench_options, build_corpus, given_corpus, print_figures

THRESHOLDS = (0.95, 0.96, 0.97, 0.98, 0.99)


def main() -> None:
    args = bench_options(__doc__, copies=40, prefilter=True)
    from eventwatch.clean import Clean
    from eventwatch.events import arbiter as arbiter_module
    from eventwatch.events import arbitrate
    from eventwatch.events.arbitrate import VETO_MIN_OF_KIND
    from eventwatch.events.assemble import ExtractEvents
    from eventwatch.events.embed import Remembering, load_embedder
    from eventwatch.nlp import load_nlp
    from eventwatch.records import Document
    from eventwatch.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        texts = given_corpus(folder, args.input) if args.input else build_corpus(folder, args.copies, args.corpus)
    settings = Settings(prefilter=args.prefilter)
    clean = Clean(settings)
    docs = [d for d in (clean(Document(raw=t, origin=str(i))) for i, t in enumerate(texts)) if d.dropped is None]
    stage = ExtractEvents(settings, load_nlp(settings))
    eight = Remembering(load_embedder("onnx8", fast=True))
    rows: dict[str, dict[str, Any]] = {}
    judge = arbiter_module.Arbiter.judge

    def both(self: Any, readings: Sequence[Any], sentences: Sequence[str]) -> Any:
        verdicts = judge(self, readings, sentences)
        if sentences:
            vectors = eight.embed(sentences)
            p8 = self.model.proba(arbiter_module.features(readings, vectors, self.model.embed_scale))
            for text, reading, v32, p in zip(sentences, readings, verdicts, p8, strict=True):
                v8 = self.model.decide(reading, p)
                rows.setdefault(text, {"v32": v32, "v8": v8, "kept": False})
        return verdicts

    apply = arbitrate.apply_verdict

    def applied(coder: Any, sent: Any, mentions: Any, verdict: Any, *, on_topic: bool = True) -> Any:
        out = apply(coder, sent, mentions, verdict, on_topic=on_topic)
        row = rows.get(arbitrate.text_of(sent))
        if row is not None and out:
            row["kept"] = True
        return out

    arbiter_module.Arbiter.judge = both  # type: ignore[method-assign]
    arbitrate.apply_verdict = applied
    done = list(stage.pipe(docs))
    outputs = {d.text[e.evidence.sentence.start:e.evidence.sentence.end].strip() for d in done for e in d.events}

    def sure_veto(v: Any) -> bool:
        return bool(v.decided_by == "arbiter" and not v.event and v.confidence >= VETO_MIN_OF_KIND)

    judged = list(rows.values())
    vetoes8 = [r for r in judged if r["v8"].decided_by == "arbiter" and not r["v8"].event]
    unsafe = [r["v8"].confidence for r in vetoes8 if not sure_veto(r["v32"])]
    figures: dict[str, Any] = {
        "documents": len(docs),
        "judged_sentences": len(judged),
        "judged_kept_an_event": sum(r["kept"] for r in judged),
        "judged_output_evidence": sum(t.strip() in outputs for t in rows),
        "fp32_vetoes_removing_events": sum(not r["kept"] for r in judged),
        "fp32_sure_vetoes": sum(sure_veto(r["v32"]) for r in judged),
        "eight_bit_vetoes": len(vetoes8),
        "highest_unsafe_eight_bit_veto": round(max(unsafe), 4) if unsafe else None,
    }
    taken = {t: [r for r in vetoes8 if r["v8"].confidence >= t] for t in THRESHOLDS}
    sentences = list(rows)
    fp32, eight_bit = load_embedder("onnx", fast=True), load_embedder("onnx8", fast=True)
    seconds: dict[str, list[float]] = {"onnx": [], "onnx8": []}
    for _ in range(args.runs):
        for name, embedder in (("onnx", fp32), ("onnx8", eight_bit)):
            start = time.process_time()
            embedder.embed(sentences)
            seconds[name].append(time.process_time() - start)
    ratio = statistics.median(seconds["onnx8"]) / statistics.median(seconds["onnx"])
    figures.update({
        "fp32_cpu_s": round(statistics.median(seconds["onnx"]), 3),
        "eight_bit_cpu_s": round(statistics.median(seconds["onnx8"]), 3),
        "eight_bit_over_fp32": round(ratio, 3),
    })
    for threshold, screened in taken.items():  # the cascade's embedding over today's: 8 bits for all, fp32 for the rest
        share = len(screened) / max(1, len(judged))
        figures[f"screened_at_{threshold}"] = (
            f"{len(screened)} ({share:.3f}), unsafe {sum(not sure_veto(r['v32']) or r['kept'] for r in screened)}, "
            f"cascade's embedding / fp32's {ratio + 1.0 - share:.3f}")
    print_figures(figures, args.json)


if __name__ == "__main__":
    main()

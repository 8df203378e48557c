"""The bench corpus (bench/news.py): the same reports on every run, and no sentence in two of them, so that a
parse cache cannot make a bench run cheaper than a corpus of distinct news."""

from __future__ import annotations

import sys
from pathlib import Path

from eventwatch.sentences import split_sentences

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from news import write_news


def test_the_corpus_is_the_same_on_every_run_and_repeats_no_sentence(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    texts = write_news(tmp_path / "a", 120)
    assert write_news(tmp_path / "b", 60) == texts[:60]  # deterministic, and a larger corpus starts the same
    seen: dict[str, int] = {}
    for number, text in enumerate(texts):
        assert 260 <= len(text.split()) <= 400
        for start, end in split_sentences(text):
            sentence = text[start:end].strip()
            assert seen.setdefault(sentence, number) == number, sentence
    assert len(seen) > 120 * 10

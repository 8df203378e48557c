"""Language identification with lingua, whose models ship inside its wheel (nothing downloaded at run time).

The detector is restricted to common news languages: fewer candidates make it faster and more accurate on
short texts, and it is built once per process because building it loads the models.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import Any

from eventwatch.records import Document, Drop
from eventwatch.settings import Settings

NEWS_LANGUAGES = (
    "ENGLISH", "FRENCH", "SPANISH", "PORTUGUESE", "GERMAN", "ITALIAN", "DUTCH", "RUSSIAN", "UKRAINIAN",
    "ARABIC", "PERSIAN", "TURKISH", "CHINESE", "JAPANESE", "INDONESIAN", "HINDI", "URDU", "SWAHILI",
)  # fmt: skip
# Enough text to decide; more only costs time.
_SAMPLE_CHARS = 3000


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in NEWS_LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it cannot be told (no letters, too short)."""
    sample = text[:_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    language = _detector().detect_language_of(sample)
    if language is None:
        return None
    return str(language.iso_code_639_1.name).lower()


class LanguageFilter:
    """Pipeline stage `language`: sets `language`; a document in a language not in `settings.languages` is
    dropped with its code as the reason (kept and counted, so a user sees what was not extracted)."""

    name = "language"
    version = "1"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("language",)

    def __init__(self, settings: Settings) -> None:
        self.allowed = frozenset(code.lower() for code in settings.languages)
        _detector()

    def __call__(self, doc: Document) -> Document:
        code = detect_language(doc.text or doc.raw)
        new = dataclasses.replace(doc, language=code)
        if code is not None and code not in self.allowed:
            return dataclasses.replace(new, dropped=Drop("language", code))
        return new

"""Fighters put out of the fight: a count of fighters "neutralised", "eliminated", "put out of action" or "taken out"
is a count of dead (coder98, issue 10). Apart from `counts.py`, which reads them among its fatality patterns, so that
each module stays small enough to read; the words are data (`modality.toml`: `put_down_words`, `put_down_active`,
`combatant_nouns`)."""

from __future__ import annotations

import re

from eventwatch.events.codebook import load_codebook


def put_down_patterns(num: str, qualifier: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`counts.find_fatalities`' patterns for fighters counted as "neutralised", "eliminated" or "put out of action"
    (`put_down_words`, `put_down_active`): "Five assailants were neutralised", "eliminating twelve terrorists"; `num`
    is a count's alternation (`number_words.number_regex`) and `qualifier` the words that may open it ("at least").

    Why: army and police communiqués count the enemy's dead so, and ACLED codes them as fatalities (trial14's
    fix-half press conference: a clash with five assailants "neutralised" was coded with no dead). Only a count of
    fighters (`combatant_nouns`): "two explosive devices were neutralised" and "eliminated the fee" count no one; a
    count told as "neutralised or captured" is no count of the dead. Team-written example: "Troops repelled the raid
    on the post and eliminated seven insurgents, the army said." (7)."""
    modality = load_codebook().modality
    passive = "|".join(modality["put_down_words"])
    active = "|".join(modality["put_down_active"])
    fighters = "|".join(modality["combatant_nouns"])
    flags = re.IGNORECASE
    not_either = r"(?!\s+(?:or|and/or)\s+(?:captured|arrested|detained|wounded|injured)\b)"
    return (
        re.compile(rf"\b(?P<n>{qualifier}{num})\s+(?:[\w-]+\s+){{0,3}}?(?:{fighters})\s+(?:of\s+[\w-]+\s+)?"
                   rf"(?:were|was|have\s+been|had\s+been|are|got)\s+(?:\w+\s+)?(?:{passive})\b{not_either}", flags),
        re.compile(rf"\b(?:{active})\s+(?P<n>{qualifier}{num})\s+(?:[\w-]+\s+){{0,3}}?(?:{fighters})\b{not_either}",
                   flags),
    )

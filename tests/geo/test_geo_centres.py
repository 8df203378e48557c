"""A large division's centre is the middle of its towns' extent, without the few towns far from all the rest
(team-written points)."""

from __future__ import annotations

from eventwatch.geo.centres import seat_or_centroid


def _grid(lat0: float, lon0: float, n: int) -> list[tuple[float, float, int]]:
    """n towns on a grid of 0.5 degree steps, none big enough to be the seat."""
    return [(lat0 + 0.5 * (i % 5), lon0 + 0.5 * (i // 5), 1_000) for i in range(n)]


def test_far_islands_do_not_move_a_large_division() -> None:
    towns = [*_grid(40.0, 10.0, 30), (30.0, 12.0, 500), (29.5, 12.5, 400)]  # two islands 1,000 km south
    lat, lon = seat_or_centroid(towns)
    assert 40.0 <= lat <= 42.0 and 10.0 <= lon <= 13.0


def test_a_small_division_keeps_all_its_towns() -> None:
    towns = [*_grid(40.0, 10.0, 10), (37.0, 11.0, 300), (35.5, 11.0, 400), (30.0, 12.0, 500)]
    lat, _ = seat_or_centroid(towns)
    assert lat < 40.0  # too few towns to tell an outlier from a sparse land


def test_a_few_towns_far_apart_stand_at_the_seat() -> None:
    # an exclave territory: a capital and a town 900 km off, with nothing of it in between
    towns = [(12.0, 80.0, 250_000), (11.9, 79.9, 5_000), (12.1, 80.1, 3_000), (16.7, 72.0, 30_000)]
    assert seat_or_centroid(towns) == (12.0, 80.0)


def test_the_country_median_is_unchanged() -> None:
    towns = [(10.0, 10.0, 1), (11.0, 11.0, 1), (50.0, 50.0, 1)]
    assert seat_or_centroid(towns, extent=False) == (11.0, 11.0)

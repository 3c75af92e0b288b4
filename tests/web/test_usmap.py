"""The map's geometry and projection, without a browser."""

from __future__ import annotations

import re

import pytest

from tracker.web import usmap
from tracker.web.albers import project, region

NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)")


def path_points(d: str) -> list[tuple[float, float]]:
    """Absolute points of a path written as "M x y l dx dy ... z" rings (what the build writes)."""
    points: list[tuple[float, float]] = []
    for ring in re.findall(r"M[^M]*", d):
        assert ring.endswith("z") and "l" in ring
        start, rest = ring[1:-1].split("l", 1)
        x, y = (float(v) for v in NUMBER.findall(start))
        points.append((x, y))
        deltas = [float(v) for v in NUMBER.findall(rest)]
        assert len(deltas) % 2 == 0
        for dx, dy in zip(deltas[::2], deltas[1::2], strict=True):
            x, y = x + dx, y + dy
            points.append((x, y))
    return points


def bbox(code: str) -> tuple[float, float, float, float]:
    points = path_points(usmap.geometry()["states"][code]["d"])
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def test_geometry_has_every_state_and_dc_inside_the_map_box():
    data = usmap.geometry()
    assert (data["width"], data["height"]) == (975, 610)
    assert "Census" in data["source"] and "us-atlas" in data["source"]
    states = data["states"]
    assert len(states) == 51 and "DC" in states and "PR" not in states
    for code, state in states.items():
        x0, y0, x1, y1 = bbox(code)
        assert [round(v, 1) for v in (x0, y0, x1, y1)] == pytest.approx(state["bbox"], abs=0.2)
        lx, ly = state["label"]
        assert x0 <= lx <= x1 and y0 <= ly <= y1, code
        if code != "AK":  # the far Aleutians run off the left edge, as in d3's own layout
            assert x0 >= 0 and y0 >= 0 and x1 <= 975 and y1 <= 610, code
    # Rough geography: west is left, north is up.
    assert bbox("CA")[2] < bbox("TX")[0] + 50 < bbox("FL")[0]
    assert bbox("ND")[3] < bbox("TX")[1]


@pytest.mark.parametrize(
    ("code", "lat", "lon"),
    [
        ("IL", 41.8781, -87.6298),  # Chicago
        ("WA", 47.6062, -122.3321),  # Seattle
        ("FL", 25.76, -80.19),  # Miami
        ("AK", 61.22, -149.9),  # Anchorage
        ("HI", 21.31, -157.86),  # Honolulu
        ("NY", 40.7128, -74.0060),  # New York City
        ("CA", 37.7749, -122.4194),  # San Francisco
        ("TX", 29.7604, -95.3698),  # Houston
        ("ME", 43.6591, -70.2568),  # Portland, Maine
        ("DC", 38.9072, -77.0369),  # Washington
    ],
)
def test_projection_puts_cities_inside_their_state(code, lat, lon):
    x, y = project(lat, lon)
    x0, y0, x1, y1 = bbox(code)
    slack = 2
    assert x0 - slack <= x <= x1 + slack and y0 - slack <= y <= y1 + slack, (x, y)


def test_projection_picks_the_inset_by_latitude_and_longitude():
    assert region(61.22, -149.9) == "AK"
    assert region(52.0, 177.0) == "AK"  # western Aleutians, east of the antimeridian
    assert region(21.31, -157.86) == "HI"
    assert region(41.88, -87.63) == "48"
    # d3.geoAlbersUsa reference values (center of the lower 48 lands at the translate point).
    assert project(38.7, -96.6) == pytest.approx((487.5, 305.0), abs=0.01)


def test_build_places_points_only_for_places_with_coordinates():
    places = [
        {"slug": "chicago", "name": "Chicago, IL", "level": "city", "state": "IL",
         "latitude": 41.88, "longitude": -87.63, "protective": 1, "restrictive": 0},
        {"slug": "nyc", "name": "New York City, NY", "level": "city", "state": "NY",
         "latitude": None, "longitude": None, "protective": 0, "restrictive": 0},
        {"slug": "texas", "name": "Texas", "level": "state", "state": "TX",
         "latitude": 31.0, "longitude": -99.0, "protective": 0, "restrictive": 1},
    ]  # fmt: skip
    tiles = {t.code: t for t in usmap.build_tiles({"TX": {"restrictive": 1}}, places)}
    assert len(tiles) == 52 and tiles["PR"].square and not tiles["PR"].d
    assert tiles["TX"].tone == "restrictive" and tiles["WY"].tone == "none"
    (chicago,) = tiles["IL"].points
    assert chicago.tone == "protective"
    x0, y0, x1, y1 = bbox("IL")
    assert x0 <= chicago.cx <= x1 and y0 <= chicago.cy <= y1
    assert [p.name for p in tiles["NY"].places] == ["New York City, NY"]
    assert tiles["NY"].points == []
    assert tiles["TX"].places == []  # states are the shapes, not points
    assert tiles["DC"].callout is not None and tiles["RI"].callout is not None
    assert usmap.view_box() == "0 0 975 610"

"""Build tracker/web/data/us_states_albers.json: one SVG path per state for the /map page.

Input is the us-atlas 3.0.1 npm package (ISC licence; geometry from the US Census Bureau's
cartographic boundary files, public domain), file states-albers-10m.json: TopoJSON already
projected with d3.geoAlbersUsa().scale(1300).translate([487.5, 305]) into a 975x610 box, y down.
This decodes its quantized, delta-encoded arcs (standard library only), joins them into rings,
and writes each state's outline as a compact SVG path (relative coordinates, 0.1 unit precision)
with a label point (area centroid of its largest ring) and bounding box.

    python scripts/build_us_map.py path/to/us-atlas/package/states-albers-10m.json

The output is committed; the web app never downloads geometry.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tracker" / "web" / "data" / "us_states_albers.json"
SOURCE = (
    "us-atlas 3.0.1 states-albers-10m.json (ISC licence), d3.geoAlbersUsa scale 1300; "
    "US Census Bureau cartographic boundaries (public domain)"
)

FIPS: dict[str, str] = {
    "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT",
    "10": "DE", "11": "DC", "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL",
    "18": "IN", "19": "IA", "20": "KS", "21": "KY", "22": "LA", "23": "ME", "24": "MD",
    "25": "MA", "26": "MI", "27": "MN", "28": "MS", "29": "MO", "30": "MT", "31": "NE",
    "32": "NV", "33": "NH", "34": "NJ", "35": "NM", "36": "NY", "37": "NC", "38": "ND",
    "39": "OH", "40": "OK", "41": "OR", "42": "PA", "44": "RI", "45": "SC", "46": "SD",
    "47": "TN", "48": "TX", "49": "UT", "50": "VT", "51": "VA", "53": "WA", "54": "WV",
    "55": "WI", "56": "WY", "72": "PR",
}  # fmt: skip

Point = tuple[float, float]


def decode_arcs(topology: dict) -> list[list[Point]]:
    """Absolute coordinates of every arc (undo delta encoding and quantization)."""
    transform = topology.get("transform")
    arcs: list[list[Point]] = []
    for arc in topology["arcs"]:
        if transform is None:
            arcs.append([(float(x), float(y)) for x, y, *_ in arc])
            continue
        (kx, ky), (dx, dy) = transform["scale"], transform["translate"]
        x = y = 0
        points: list[Point] = []
        for qx, qy, *_ in arc:
            x += qx
            y += qy
            points.append((x * kx + dx, y * ky + dy))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[Point]]) -> list[Point]:
    """Join a ring's arcs; a negative index ~i means arc i reversed. Shared ends are dropped."""
    points: list[Point] = []
    for index in indices:
        arc = arcs[~index][::-1] if index < 0 else arcs[index]
        points.extend(arc[1:] if points else arc)
    return points


def polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def area_and_centroid(points: list[Point]) -> tuple[float, Point]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if not area:
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return 0.0, ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
    return abs(area), (cx / (6 * area), cy / (6 * area))


def path_d(rings: list[list[Point]]) -> str:
    """SVG path data in tenths of a unit: absolute move to each ring's start, then relative lines.

    Deltas are taken between rounded points, so rounding never accumulates.
    """
    parts: list[str] = []
    for points in rings:
        tenths = [(round(x * 10), round(y * 10)) for x, y in points]
        compact = [tenths[0]]
        for p in tenths[1:]:
            if p != compact[-1]:
                compact.append(p)
        if len(compact) > 1 and compact[-1] == compact[0]:
            compact.pop()  # "z" closes the ring
        if len(compact) < 3:
            continue
        x0, y0 = compact[0]
        out = [f"M{_num(x0)} {_num(y0)}l"]
        prev = compact[0]
        coords: list[str] = []
        for x, y in compact[1:]:
            coords.append(_pair(x - prev[0], y - prev[1]))
            prev = (x, y)
        out.append("".join(coords).lstrip(" "))
        out.append("z")
        parts.append("".join(out))
    return "".join(parts)


def _num(tenths: int) -> str:
    """A number in tenths as the shortest SVG number: 12 -> "1.2", -3 -> "-.3", 40 -> "4"."""
    sign = "-" if tenths < 0 else ""
    whole, frac = divmod(abs(tenths), 10)
    if not frac:
        return f"{sign}{whole}"
    return f"{sign}{whole or ''}.{frac}"


def _pair(dx: int, dy: int) -> str:
    a, b = _num(dx), _num(dy)
    # A separator is needed unless the next number starts with "-" (or "." after a decimal).
    sep_b = "" if b.startswith("-") or (b.startswith(".") and "." in a) else " "
    return (" " if not a.startswith("-") else "") + a + sep_b + b


def build(topology: dict) -> dict:
    arcs = decode_arcs(topology)
    states: dict[str, dict] = {}
    for geometry in topology["objects"]["states"]["geometries"]:
        code = FIPS[geometry["id"]]
        rings = [ring(r, arcs) for polygon in polygons(geometry) for r in polygon]
        outer = [ring(polygon[0], arcs) for polygon in polygons(geometry)]
        largest = max(outer, key=lambda r: area_and_centroid(r)[0])
        _, (lx, ly) = area_and_centroid(largest)
        xs = [x for r in rings for x, _ in r]
        ys = [y for r in rings for _, y in r]
        states[code] = {
            "name": geometry["properties"]["name"],
            "d": path_d(rings),
            "label": [round(lx, 1), round(ly, 1)],
            "bbox": [round(min(xs), 1), round(min(ys), 1), round(max(xs), 1), round(max(ys), 1)],
        }
    return {
        "width": 975,
        "height": 610,
        "source": SOURCE,
        "states": dict(sorted(states.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="us-atlas states-albers-10m.json")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = build(json.loads(args.topojson.read_text()))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n")
    print(f"{args.out}: {len(data['states'])} states, {args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
